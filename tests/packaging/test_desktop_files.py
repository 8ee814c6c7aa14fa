"""Desktop integration files: valid for the freedesktop tools, and in step with the program."""

from __future__ import annotations

import configparser
import shutil
import sqlite3
import struct
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

import qda_app
from qda_app.services.project import Project
from qda_app.store.database import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.qda_app.QdaApp"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME = PACKAGING / "qda_app-mime.xml"
MIME_TYPE = "application/x-qdaproj"
ICONS = ROOT / "resources" / "icons" / "app"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
MIME_NAMESPACE = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils, appstream, shared-mime-info)")
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(delimiters=("=",), interpolation=None)
    parser.optionxform = str  # keys are case-sensitive: Name[es]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


# --- validators -----------------------------------------------------------------------------


def test_desktop_file_validates():
    completed = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)],
                               capture_output=True, text=True, timeout=60)
    errors = [line for line in completed.stdout.splitlines() if ": error:" in line or ": warning:" in line]
    assert completed.returncode == 0 and not errors, completed.stdout + completed.stderr


def test_metainfo_validates():
    completed = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                               capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_mime_database_recognises_projects_by_content(tmp_path):
    """update-mime-database accepts the file; a project renamed without .qdaproj is still ours."""
    update = _tool("update-mime-database")
    query = _tool("gio")
    mime = tmp_path / "mime"
    (mime / "packages").mkdir(parents=True)
    shutil.copy(MIME, mime / "packages")
    freedesktop = Path("/usr/share/mime/packages/freedesktop.org.xml")
    if freedesktop.exists():
        shutil.copy(freedesktop, mime / "packages")
    environment = {"XDG_DATA_HOME": str(tmp_path), "XDG_DATA_DIRS": str(tmp_path), "PATH": "/usr/bin:/bin"}
    completed = subprocess.run([update, str(mime)], capture_output=True, text=True, timeout=60, env=environment)
    assert completed.returncode == 0 and not completed.stderr.strip(), completed.stderr
    assert (mime / "application" / "x-qdaproj.xml").exists()

    Project.create(tmp_path / "study.qdaproj", coder="Ana").close()
    shutil.copy(tmp_path / "study.qdaproj", tmp_path / "renamed.bin")
    plain = sqlite3.connect(tmp_path / "plain.bin")
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()

    def content_type(name: str) -> str:
        result = subprocess.run([query, "info", "-a", "standard::content-type", str(tmp_path / name)],
                                capture_output=True, text=True, timeout=60, env=environment)
        assert result.returncode == 0, result.stderr
        return result.stdout.split("standard::content-type:")[1].split()[0]

    assert content_type("study.qdaproj") == MIME_TYPE
    assert content_type("renamed.bin") == MIME_TYPE
    assert content_type("plain.bin") != MIME_TYPE


# --- in step with the program ---------------------------------------------------------------


def test_metainfo_release_is_the_program_version():
    root = ElementTree.parse(METAINFO).getroot()
    releases = root.findall("./releases/release")
    assert releases, "no <release> in the metainfo"
    assert releases[0].get("version") == qda_app.__version__  # newest first
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert MIME_TYPE in [element.text for element in root.findall("./provides/mediatype")]
    assert root.find("content_rating") is not None


def test_metainfo_screenshots_exist_in_the_docs():
    root = ElementTree.parse(METAINFO).getroot()
    images = [element.text.strip() for element in root.findall("./screenshots/screenshot/image")]
    assert images
    for url in images:
        relative = url.split("/main/", 1)[1]
        assert (ROOT / relative).is_file(), f"{url}: {relative} is not in the repository"


def test_desktop_entry_opens_projects():
    entry = _desktop_entry()
    assert entry["Exec"] == "qda-app %f"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"] == "Education;Science;Office;"
    for language in ("es", "pt"):
        assert entry[f"Comment[{language}]"] != entry["Comment"]
        assert f"Name[{language}]" in entry


def test_mime_magic_matches_a_real_project(tmp_path):
    """The magic in the MIME file is the header the store writes: SQLite + our application_id."""
    root = ElementTree.parse(MIME).getroot()
    mime_type = root.find(f"{MIME_NAMESPACE}mime-type")
    assert mime_type.get("type") == MIME_TYPE
    assert mime_type.find(f"{MIME_NAMESPACE}glob").get("pattern") == "*.qdaproj"
    outer = mime_type.find(f"{MIME_NAMESPACE}magic/{MIME_NAMESPACE}match")
    inner = outer.find(f"{MIME_NAMESPACE}match")
    assert (outer.get("type"), outer.get("offset")) == ("string", "0")
    assert (inner.get("type"), inner.get("offset")) == ("big32", "68")
    assert int(inner.get("value"), 16) == APPLICATION_ID

    Project.create(tmp_path / "study.qdaproj", coder="Ana").close()
    header = (tmp_path / "study.qdaproj").read_bytes()[:100]
    signature = outer.get("value").encode("ascii").decode("unicode_escape").encode("latin-1")
    assert header.startswith(signature)
    assert struct.unpack(">I", header[68:72])[0] == APPLICATION_ID


def test_app_icon_sizes():
    svg = ElementTree.parse(ICONS / "qda-app.svg").getroot()
    assert svg.tag.endswith("svg")
    for size in ICON_SIZES:
        data = (ICONS / f"qda-app-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (size, size)
