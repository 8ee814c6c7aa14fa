"""What writing files must do on Windows and macOS too, simulated on this system.

Case-insensitive names (Windows, macOS): a project's journal under another letter case is still
its journal. File systems without hard links (FAT/exFAT on Windows). ``F_FULLFSYNC`` (macOS).
Names made from user text that Windows refuses.
"""

from __future__ import annotations

import errno
import os
import sys
import types
from pathlib import Path

import pytest

from qda_app.core.errors import MergeError, OutputRefused
from qda_app.services import team
from qda_app.services.atomic_files import check_target, file_name_from, write_atomically
from qda_app.services.demo import default_demo_path
from qda_app.services.merge import merge_project
from qda_app.store import durable


# --- case-insensitive file names ---------------------------------------------------------------

@pytest.mark.parametrize("name", ["study.qdaproj-WAL", "study.qdaproj-Shm", "study.qdaproj.LOCK",
                                  "study.QDAPROJ-wal", "Study.QdaProj-journal"])
def test_a_companion_in_other_letter_case_is_refused(project, name):
    """On Windows and macOS these names are the open project's journal, lock or shared memory."""
    target = project.path.with_name(name)
    with pytest.raises(OutputRefused) as refused:
        check_target(target, overwrite=True)
    assert refused.value.fields["problem"] == "project_companion"


def test_the_backups_folder_in_other_letter_case_is_refused(project):
    folder = project.path.with_name("study.qdaproj.Backups")
    folder.mkdir()
    with pytest.raises(OutputRefused) as refused:
        write_atomically(folder / "table.csv", b"a;b\n")
    assert refused.value.fields["problem"] == "project_companion"
    assert list(folder.iterdir()) == []


def test_merging_a_project_into_itself_under_another_name_is_refused(project, tmp_path):
    """Another letter case on Windows or macOS names the same file; so does a hard link here."""
    other_name = tmp_path / "STUDY.qdaproj"
    os.link(project.path, other_name)
    with pytest.raises(MergeError) as refused:
        merge_project(project, other=other_name, accept="all")
    assert refused.value.fields["problem"] == "merge_into_itself"


# --- file systems without hard links on Windows -----------------------------------------------

class _WindowsError(OSError):
    winerror = 1  # ERROR_INVALID_FUNCTION: FAT and exFAT have no hard links


def test_without_hard_links_on_windows_a_free_name_is_filled_by_a_checked_rename(tmp_path, monkeypatch):
    def no_links(*_args, **_kwargs):
        raise _WindowsError(errno.EINVAL, "Incorrect function")

    monkeypatch.setattr(os, "link", no_links)
    write_atomically(tmp_path / "tabla.csv", b"uno;dos\n")
    assert (tmp_path / "tabla.csv").read_bytes() == b"uno;dos\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["tabla.csv"]
    with pytest.raises(OutputRefused):
        write_atomically(tmp_path / "tabla.csv", b"otro\n")  # still never over an existing file
    assert (tmp_path / "tabla.csv").read_bytes() == b"uno;dos\n"


# --- a real flush on macOS ---------------------------------------------------------------------

def _mac_fcntl(calls: list, *, fails: bool = False) -> types.SimpleNamespace:
    def fcntl(descriptor, command):
        calls.append(("F_FULLFSYNC", command))
        if fails:
            raise OSError(errno.ENOTSUP, "Operation not supported")
        return 0

    return types.SimpleNamespace(F_FULLFSYNC=51, fcntl=fcntl)


def test_on_macos_a_written_file_is_flushed_with_full_fsync(tmp_path, monkeypatch):
    calls: list = []
    monkeypatch.setattr(durable, "fcntl", _mac_fcntl(calls))
    monkeypatch.setattr(os, "fsync", lambda descriptor: calls.append(("fsync", None)))
    write_atomically(tmp_path / "tabla.csv", b"uno\n")
    assert calls[0] == ("F_FULLFSYNC", 51)
    assert ("fsync", None) not in calls[:1]
    assert (tmp_path / "tabla.csv").read_bytes() == b"uno\n"


def test_where_full_fsync_is_refused_fsync_still_runs(tmp_path, monkeypatch):
    calls: list = []
    monkeypatch.setattr(durable, "fcntl", _mac_fcntl(calls, fails=True))
    monkeypatch.setattr(os, "fsync", lambda descriptor: calls.append(("fsync", None)))
    write_atomically(tmp_path / "tabla.csv", b"uno\n")
    assert calls[:2] == [("F_FULLFSYNC", 51), ("fsync", None)]


def test_project_commits_ask_sqlite_for_full_fsync(project):
    """Ignored by SQLite except on macOS, where fsync alone leaves commits in the drive's cache."""
    connection = project.database.connection
    assert connection.execute("PRAGMA fullfsync").fetchone() == (1,)
    assert connection.execute("PRAGMA checkpoint_fullfsync").fetchone() == (1,)


# --- names made from user text -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Actores: relación/red?", "Actores_ relación_red_"),
    ('Red "final" <v2> | a\\b*', "Red _final_ _v2_ _ a_b_"),
    ("Aux", "_Aux"), ("con.txt", "_con.txt"), ("NUL ", "_NUL"), ("com1", "_com1"), ("LPT9.png", "_LPT9.png"),
    ("Red final. ", "Red final"), ("  ..  ", "network"), ("", "network"), ("Conflictos", "Conflictos"),
])
def test_a_file_name_from_user_text_is_one_every_system_accepts(text, expected):
    assert file_name_from(text, fallback="network") == expected


def test_a_coder_named_like_a_windows_device_gets_a_usable_copy_name():
    assert team._file_name("Aux") == "_Aux"  # "Aux.qdaproj" is the AUX device on Windows 10
    assert team._file_name("María José") == "María_José"


def test_file_names_from_user_text_are_short_enough():
    assert len(file_name_from("x" * 500, fallback="n")) == 120
    assert Path(file_name_from("a/" * 300, fallback="n")).name == file_name_from("a/" * 300, fallback="n")


# --- where the demo project is kept ------------------------------------------------------------

@pytest.mark.parametrize(("platform", "expected"), [
    ("win32", ("local-app-data", "qda_app", "demo-puno.qdaproj")),
    ("darwin", ("home", "Library", "Application Support", "qda_app", "demo-puno.qdaproj")),
    ("linux", ("xdg-data", "qda_app", "demo-puno.qdaproj")),
])
def test_the_demo_is_kept_where_the_system_keeps_program_data(tmp_path, monkeypatch, platform, expected):
    """The folder Qt's GenericDataLocation names there, not ~/.local/share on every system."""
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local-app-data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    assert default_demo_path() == tmp_path.joinpath(*expected)
