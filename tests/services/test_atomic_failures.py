"""``atomic_files`` when the disk or the file system lets it down.

Each failure is provoked (a full disk on write or flush, a rename that fails, a file system
without hard links, a folder nobody may write in, a name taken meanwhile) and the outcome
checked: the error's kind and fields, the target as it was (absent, or its old bytes), and no
temporary file left beside it.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from qda_app.core.errors import ExportFailed, OutputRefused
from qda_app.services import atomic_files
from qda_app.services.atomic_files import atomic_path, building_project, place, sweep_leftovers, write_atomically


def _raise(code: int, text: str):
    def failing(*_args, **_kwargs):
        raise OSError(code, text)
    return failing


def _names(folder: Path) -> list[str]:
    return sorted(item.name for item in folder.iterdir())


def test_a_folder_as_target_is_refused_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "salida").mkdir()
    with pytest.raises(ExportFailed) as caught:
        with atomic_path(tmp_path / "salida"):
            pytest.fail("the block must not run")
    assert caught.value.fields == {"file": str(tmp_path / "salida"), "problem": "is_folder"}
    assert _names(tmp_path) == ["salida"]


def test_a_disk_that_fills_while_writing_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "tabla.csv"
    target.write_text("antes", encoding="utf-8")
    with pytest.raises(ExportFailed) as caught:
        with atomic_path(target, overwrite=True) as temporary:
            temporary.write_text("a medias", encoding="utf-8")
            raise OSError(errno.ENOSPC, "No space left on device")
    assert caught.value.fields == {"file": str(target), "detail": "No space left on device"}
    assert target.read_text(encoding="utf-8") == "antes"
    assert _names(tmp_path) == ["tabla.csv"]


def test_a_writer_that_fails_for_another_reason_keeps_its_error_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(KeyError, match="columna"):
        with atomic_path(tmp_path / "tabla.csv") as temporary:
            temporary.write_text("a medias", encoding="utf-8")
            raise KeyError("columna")
    assert _names(tmp_path) == []


def test_a_flush_that_fails_leaves_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "informe.docx"
    target.write_bytes(b"antes")
    monkeypatch.setattr(os, "fsync", _raise(errno.EIO, "Input/output error"))
    with pytest.raises(ExportFailed) as caught:
        write_atomically(target, b"nuevo", overwrite=True)
    assert caught.value.fields == {"file": str(target), "detail": "Input/output error"}
    assert target.read_bytes() == b"antes"
    assert _names(tmp_path) == ["informe.docx"]


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch) -> None:
    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(tmp_path / "informe.docx", b"nuevo")
    assert _names(tmp_path) == []


def test_a_folder_nobody_may_write_in_is_worded(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(tempfile, "mkstemp", _raise(errno.EACCES, "Permission denied"))
    with pytest.raises(ExportFailed) as caught:
        write_atomically(tmp_path / "informe.docx", b"nuevo")
    assert caught.value.fields == {"file": str(tmp_path / "informe.docx"), "detail": "Permission denied"}
    assert _names(tmp_path) == []


def test_without_hard_links_a_free_name_is_filled_by_a_checked_rename(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(os, "link", _raise(errno.EPERM, "Operation not permitted"))  # FAT, some shares
    write_atomically(tmp_path / "tabla.csv", b"uno;dos\n")
    assert (tmp_path / "tabla.csv").read_bytes() == b"uno;dos\n"
    assert _names(tmp_path) == ["tabla.csv"]


def test_without_hard_links_a_taken_name_is_still_refused(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "tabla.csv"
    temporary = tmp_path / ".tabla.csv.tmp"
    temporary.write_bytes(b"nuevo")
    target.write_bytes(b"de otro")
    monkeypatch.setattr(os, "link", _raise(errno.EXDEV, "Invalid cross-device link"))
    with pytest.raises(OutputRefused) as caught:
        place(temporary, target)
    assert caught.value.fields == {"file": str(target), "reason": "exists", "problem": "exists"}
    assert target.read_bytes() == b"de otro"


def test_a_name_taken_between_the_check_and_the_link_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "tabla.csv"
    with pytest.raises(OutputRefused) as caught:
        with atomic_path(target) as temporary:
            temporary.write_bytes(b"nuevo")
            target.write_bytes(b"de otro")  # another program was quicker
    assert caught.value.fields == {"file": str(target), "reason": "exists", "problem": "exists"}
    assert target.read_bytes() == b"de otro"
    assert _names(tmp_path) == ["tabla.csv"]


def test_a_link_that_fails_otherwise_is_a_failed_export(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(os, "link", _raise(errno.EIO, "Input/output error"))
    with pytest.raises(ExportFailed) as caught:
        write_atomically(tmp_path / "tabla.csv", b"nuevo")
    assert caught.value.fields == {"file": str(tmp_path / "tabla.csv"), "detail": "Input/output error"}
    assert _names(tmp_path) == []


def test_a_new_project_file_that_cannot_be_put_in_place_leaves_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(os, "link", _raise(errno.ENOSPC, "No space left on device"))
    with pytest.raises(ExportFailed) as caught:
        with building_project(tmp_path / "copia.qdaproj") as temporary:
            temporary.write_bytes(b"SQLite format 3\x00")
            Path(f"{temporary}-wal").write_bytes(b"")
    assert caught.value.fields == {"file": str(tmp_path / "copia.qdaproj"), "detail": "No space left on device"}
    assert _names(tmp_path) == []


def test_folder_syncs_the_system_refuses_do_not_fail_a_write(tmp_path: Path, monkeypatch) -> None:
    real_open = os.open

    def no_folder_open(path, flags, *args, **kwargs):
        if Path(path) == tmp_path:
            raise OSError(errno.EACCES, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", no_folder_open)
    write_atomically(tmp_path / "a.csv", b"a")
    monkeypatch.undo()
    real_fsync = os.fsync

    def no_folder_fsync(descriptor):
        if os.path.isdir(f"/proc/self/fd/{descriptor}"):
            raise OSError(errno.EINVAL, "Invalid argument")  # some network file systems
        return real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", no_folder_fsync)
    write_atomically(tmp_path / "b.csv", b"b")
    assert [(tmp_path / name).read_bytes() for name in ("a.csv", "b.csv")] == [b"a", b"b"]
    assert _names(tmp_path) == ["a.csv", "b.csv"]


# --- leftovers of killed runs ------------------------------------------------------------------

def _leftover(folder: Path, pid: int) -> Path:
    path = folder / f".tabla.csv.q{pid}-{atomic_files.HOST_TAG}-abc123.tmp"
    path.write_bytes(b"a medias")
    return path


def test_sweeping_a_missing_folder_removes_nothing(tmp_path: Path) -> None:
    assert sweep_leftovers(tmp_path / "nowhere") == []


def test_leftovers_of_a_process_owned_by_another_user_are_kept(tmp_path: Path, monkeypatch) -> None:
    kept = _leftover(tmp_path, 4242)
    monkeypatch.setattr(os, "kill", _raise(errno.EPERM, "Operation not permitted"))
    assert sweep_leftovers(tmp_path) == []
    assert kept.exists()


def test_a_leftover_that_cannot_be_removed_is_skipped(tmp_path: Path, monkeypatch) -> None:
    stuck, gone = _leftover(tmp_path, 2**22 + 11), _leftover(tmp_path, 2**22 + 12)
    real_unlink = os.unlink

    def unlink(path, *args, **kwargs):
        if Path(path) == stuck:
            raise OSError(errno.EBUSY, "Device or resource busy")
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", unlink)
    assert sweep_leftovers(tmp_path) == [gone]
    assert _names(tmp_path) == [stuck.name]


# --- what is not a regular file ----------------------------------------------------------------

def test_a_socket_and_a_device_are_refused_as_input_and_as_output(tmp_path: Path) -> None:
    import socket

    from qda_app.core.errors import InvalidArgument
    from qda_app.services.atomic_files import check_input

    listening = socket.socket(socket.AF_UNIX)
    listening.bind(str(tmp_path / "canal"))
    try:
        for path, problem in ((tmp_path / "canal", "is_socket"), (Path("/dev/null"), "is_device")):
            with pytest.raises(InvalidArgument) as caught:
                check_input(path)
            assert caught.value.fields == {"name": str(path), "reason": problem}
            with pytest.raises(OutputRefused) as refused:
                write_atomically(path, b"nuevo", overwrite=True)
            assert refused.value.fields == {"file": str(path), "reason": "special", "problem": problem}
    finally:
        listening.close()
    assert _names(tmp_path) == ["canal"]


def test_a_symlink_loop_as_target_is_an_existing_name(tmp_path: Path) -> None:
    loop = tmp_path / "bucle.csv"
    loop.symlink_to(loop)
    with pytest.raises(OutputRefused) as caught:
        write_atomically(loop, b"nuevo")
    assert caught.value.fields == {"file": str(loop), "reason": "exists", "problem": "exists"}
    assert loop.is_symlink()
    write_atomically(loop, b"nuevo", overwrite=True)  # asked to replace: the link goes, the file comes
    assert (loop.is_symlink(), loop.read_bytes()) == (False, b"nuevo")


def test_work_files_have_known_kinds_only(tmp_path: Path) -> None:
    from qda_app.store.file_kinds import work_name

    with pytest.raises(ValueError, match="draft"):
        work_name(tmp_path / "tabla.csv", "draft")
