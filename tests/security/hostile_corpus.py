"""A corpus of hostile inputs for the command line, built on the fly (nothing checked in).

Each ``HostileCase`` is one file (or project file) and the ``qda-app`` verb it is fed to.
``build_corpus(folder)`` writes every case into ``folder`` and returns them; the test
(tests/security/test_hostile_inputs.py) and the benchmark (benchmarks/hostile_inputs.py)
share it. Every case must be refused: exit 1, one line on stderr naming the file, no
traceback, nothing written outside the project, the project unchanged.
"""

from __future__ import annotations

import sqlite3
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# A file an external entity or an archive member would try to reach or create.
ESCAPE_NAME = "qda-hostile-escape.txt"

LAUGHS_DTD = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
    '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class HostileCase:
    name: str          # short label, unique
    verb: str          # import | import-qdpx | import-qdc | attributes | open-project
    path: Path         # the hostile file (for open-project: the hostile project file)
    what: str          # one line: what the file tries

    def argv(self, project: Path, output: Path) -> list[str]:
        """Arguments for ``qda-app`` (``project`` is a valid project unless the case is the project)."""
        if self.verb == "import":
            return ["import", str(project), str(self.path)]
        if self.verb == "import-qdpx":
            return ["import-qdpx", str(self.path), "-o", str(output)]
        if self.verb == "import-qdc":
            return ["import-qdc", str(project), str(self.path)]
        if self.verb == "attributes":
            return ["attributes", str(project), str(self.path)]
        if self.verb == "open-project":
            return ["import", str(self.path), str(project.with_name("plain.txt"))]
        if self.verb == "read-project":
            return ["docs", str(self.path)]
        raise ValueError(self.verb)


# --- building blocks -------------------------------------------------------------------------

def _zip(path: Path, members: dict[str, bytes], *, extra: Callable[[zipfile.ZipFile], None] | None = None,
         compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        if extra is not None:
            extra(archive)
    return path


def _docx_members(document_xml: bytes) -> dict[str, bytes]:
    return {
        "[Content_Types].xml": (
            b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Default Extension="xml" ContentType="application/xml"/>'
            b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        "_rels/.rels": (
            b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/document.xml": document_xml,
    }


def _docx_body(text: str, *, dtd: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{dtd}<w:document xmlns:w="{W}"><w:body><w:p><w:r>'
            f"<w:t>{text}</w:t></w:r></w:p></w:body></w:document>").encode("utf-8")


def _odt_members(content_xml: bytes) -> dict[str, bytes]:
    return {
        "mimetype": b"application/vnd.oasis.opendocument.text",
        "META-INF/manifest.xml": (
            b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            b'<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'),
        "content.xml": content_xml,
    }


def _odt_body(text: str, *, dtd: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{dtd}<office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
            f"<text:p>{text}</text:p></office:text></office:body></office:document-content>").encode("utf-8")


def _qde(body: str = "", *, dtd: str = "", name: str = "p") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>{dtd}<Project xmlns="urn:QDA-XML:project:1.0" '
            f'name="{name}" origin="hostile">{body}</Project>').encode("utf-8")


def _qdc(body: str = "", *, dtd: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>{dtd}<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="hostile">'
            f'<Codes><Code guid="8f5c7a30-3a9e-4a9e-9d2b-1c2d3e4f5a6b" name="{body or "a"}" isCodable="true"/></Codes>'
            "</CodeBook>").encode("utf-8")


def _xxe(target: Path) -> str:
    return f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{target}">]>'


def _symlink(name: str, points_to: str) -> Callable[[zipfile.ZipFile], None]:
    def add(archive: zipfile.ZipFile) -> None:
        info = zipfile.ZipInfo(name)
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, points_to)
    return add


def _bomb_member(size: int) -> bytes:
    return b"\0" * size


def _xlsx(path: Path, sheet_xml: bytes) -> Path:
    members = {
        "[Content_Types].xml": (
            b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Default Extension="xml" ContentType="application/xml"/>'
            b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        "_rels/.rels": (
            b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            b'<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    return _zip(path, members)


def _sheet(cell: str, *, dtd: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{dtd}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{cell}</t></is></c></row></sheetData></worksheet>'
            ).encode("utf-8")


# --- the corpus -------------------------------------------------------------------------------

def build_corpus(folder: Path, *, secret: Path, huge_line_bytes: int = 0) -> list[HostileCase]:
    """Write every hostile input into ``folder``. ``secret`` is a file external entities aim at.

    ``huge_line_bytes`` > 0 adds a single-line text file of that size (60 MB in the benchmark;
    the test checks the same refusal through the service with a small limit instead).
    """
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[HostileCase] = []

    def case(name: str, verb: str, path: Path, what: str) -> None:
        cases.append(HostileCase(name, verb, path, what))

    escape = f"../../{ESCAPE_NAME}"
    absolute = f"/tmp/{ESCAPE_NAME}"
    ten_mb = 10 * 1024 * 1024

    # documents: docx / odt
    case("docx-billion-laughs", "import", _zip(folder / "laughs.docx", _docx_members(
        _docx_body("&lol5;", dtd=LAUGHS_DTD))), "entity expansion in word/document.xml")
    case("docx-xxe", "import", _zip(folder / "xxe.docx", _docx_members(
        _docx_body("&xxe;", dtd=_xxe(secret)))), "external entity reading a local file")
    case("docx-zip-bomb", "import", _zip(folder / "bomb.docx", {
        **_docx_members(_docx_body("hola")), "word/media/zeros.bin": _bomb_member(ten_mb * 3)}),
        "30 MB of zeros compressed to a few kB")
    case("docx-zip-slip", "import", _zip(folder / "slip.docx", {
        **_docx_members(_docx_body("hola")), escape: b"escaped"}), "member named ../../")
    case("docx-absolute-path", "import", _zip(folder / "absolute.docx", {
        **_docx_members(_docx_body("hola")), absolute: b"escaped"}), "member with an absolute path")
    case("docx-symlink", "import", _zip(folder / "symlink.docx", _docx_members(_docx_body("hola")),
                                        extra=_symlink("word/link.xml", "/etc/passwd")), "symlink member")
    case("docx-truncated", "import", _truncated(_zip(folder / "truncated-src.docx", _docx_members(
        _docx_body("hola " * 2000))), folder / "truncated.docx"), "archive cut in half")
    case("odt-billion-laughs", "import", _zip(folder / "laughs.odt", _odt_members(
        _odt_body("&lol5;", dtd=LAUGHS_DTD))), "entity expansion in content.xml")
    case("odt-xxe", "import", _zip(folder / "xxe.odt", _odt_members(
        _odt_body("&xxe;", dtd=_xxe(secret)))), "external entity reading a local file")
    case("odt-zip-bomb", "import", _zip(folder / "bomb.odt", {
        **_odt_members(_odt_body("hola")), "Pictures/zeros.bin": _bomb_member(ten_mb * 3)}), "30 MB of zeros")
    case("odt-zip-slip", "import", _zip(folder / "slip.odt", {
        **_odt_members(_odt_body("hola")), escape: b"escaped"}), "member named ../../")
    # plain text
    (folder / "nul.txt").write_bytes(b"Entrevista\x00\x00\x00 con NUL" * 100)
    case("txt-nul-bytes", "import", folder / "nul.txt", "NUL bytes in a text file")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    case("txt-binary", "import", folder / "binary.txt", "binary content named .txt")
    (folder / "invalid-utf8.txt").write_bytes(b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\x00\xff\xfe" * 300)
    case("txt-invalid-utf8", "import", folder / "invalid-utf8.txt", "invalid UTF-8 sequences and NUL")
    (folder / "empty.txt").write_bytes(b"")
    case("txt-empty", "import", folder / "empty.txt", "an empty file")
    (folder / "bom-only.txt").write_bytes(b"\xef\xbb\xbf   \n\n")
    case("txt-whitespace-only", "import", folder / "bom-only.txt", "a BOM and whitespace, no text")
    (folder / "fake.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 200)
    case("pdf-garbage", "import", folder / "fake.pdf", "a PDF header followed by garbage")
    (folder / "fake.docx").write_bytes(b"this is not a zip archive at all")
    case("docx-not-a-zip", "import", folder / "fake.docx", "a .docx that is plain text")
    if huge_line_bytes:
        with (folder / "huge-line.txt").open("wb") as stream:
            chunk = b"a" * (1024 * 1024)
            for _ in range(huge_line_bytes // len(chunk)):
                stream.write(chunk)
        case("txt-huge-single-line", "import", folder / "huge-line.txt",
             f"{huge_line_bytes // 2**20} MB on one line")
    # REFI-QDA projects
    case("qdpx-billion-laughs", "import-qdpx", _zip(folder / "laughs.qdpx", {
        "project.qde": _qde(dtd=LAUGHS_DTD, name="&lol5;")}), "entity expansion in project.qde")
    case("qdpx-xxe", "import-qdpx", _zip(folder / "xxe.qdpx", {
        "project.qde": _qde(dtd=_xxe(secret), name="&xxe;")}), "external entity in project.qde")
    case("qdpx-zip-bomb", "import-qdpx", _zip(folder / "bomb.qdpx", {
        "project.qde": _qde(), "sources/zeros.txt": _bomb_member(ten_mb * 3)}), "30 MB of zeros")
    case("qdpx-zip-slip", "import-qdpx", _zip(folder / "slip.qdpx", {
        "project.qde": _qde(), escape: b"escaped"}), "member named ../../")
    case("qdpx-absolute-path", "import-qdpx", _zip(folder / "absolute.qdpx", {
        "project.qde": _qde(), absolute: b"escaped"}), "member with an absolute path")
    case("qdpx-symlink", "import-qdpx", _zip(folder / "symlink.qdpx", {"project.qde": _qde()},
                                             extra=_symlink("sources/doc.txt", "/etc/passwd")), "symlink member")
    (folder / "not-a-zip.qdpx").write_bytes(b"<Project/>")
    case("qdpx-not-a-zip", "import-qdpx", folder / "not-a-zip.qdpx", "a .qdpx that is XML")
    case("qdpx-truncated", "import-qdpx", _truncated(_zip(folder / "truncated-src.qdpx", {
        "project.qde": _qde("<Description>" + "x" * 5000 + "</Description>")}), folder / "truncated.qdpx"),
        "archive cut in half")
    case("qdpx-malformed-xml", "import-qdpx", _zip(folder / "malformed.qdpx", {
        "project.qde": b"<Project><Users></Project>"}), "XML that is not well-formed")
    case("qdpx-nul-in-xml", "import-qdpx", _zip(folder / "nul.qdpx", {
        "project.qde": _qde().replace(b'name="p"', b'name="p\x00q"')}), "a NUL byte in an attribute")
    # REFI-QDA codebooks
    (folder / "laughs.qdc").write_bytes(_qdc("&lol5;", dtd=LAUGHS_DTD))
    case("qdc-billion-laughs", "import-qdc", folder / "laughs.qdc", "entity expansion")
    (folder / "xxe.qdc").write_bytes(_qdc("&xxe;", dtd=_xxe(secret)))
    case("qdc-xxe", "import-qdc", folder / "xxe.qdc", "external entity")
    (folder / "invalid-utf8.qdc").write_bytes(_qdc("ab").replace(b'name="ab"', b'name="a\xff\xfe\xc3\x28b"'))
    case("qdc-invalid-utf8", "import-qdc", folder / "invalid-utf8.qdc", "invalid UTF-8 in the XML")
    (folder / "binary.qdc").write_bytes(bytes(range(256)) * 16)
    case("qdc-binary", "import-qdc", folder / "binary.qdc", "binary content")
    # attribute sheets
    case("xlsx-billion-laughs", "attributes", _xlsx(folder / "laughs.xlsx", _sheet("&lol5;", dtd=LAUGHS_DTD)),
         "entity expansion in a worksheet")
    case("xlsx-xxe", "attributes", _xlsx(folder / "xxe.xlsx", _sheet("&xxe;", dtd=_xxe(secret))),
         "external entity in a worksheet")
    (folder / "not-a-zip.xlsx").write_bytes(b"name,age\nE01,3\n")
    case("xlsx-not-a-zip", "attributes", folder / "not-a-zip.xlsx", "a .xlsx that is CSV")
    (folder / "nul.csv").write_bytes(b"document,edad\x00\nE01\x00,3\n" * 10)
    case("csv-nul-bytes", "attributes", folder / "nul.csv", "NUL bytes in a CSV")
    (folder / "binary.csv").write_bytes(bytes(range(256)) * 64)
    case("csv-binary", "attributes", folder / "binary.csv", "binary content named .csv")
    # project files themselves
    (folder / "text.qdaproj").write_bytes(b"not a database, just text\n" * 10)
    case("project-not-sqlite", "open-project", folder / "text.qdaproj", "a .qdaproj that is not SQLite")
    other = folder / "other-program.qdaproj"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    connection.commit()
    connection.close()
    case("project-other-sqlite", "open-project", other, "an SQLite file of another program")
    case("project-other-sqlite-read", "read-project", other, "the same, for a reading verb")
    (folder / "empty.qdaproj").write_bytes(b"")
    case("project-empty", "open-project", folder / "empty.qdaproj", "an empty .qdaproj")
    (folder / "folder.qdaproj").mkdir(exist_ok=True)
    case("project-folder", "open-project", folder / "folder.qdaproj", "a folder named .qdaproj")
    truncated = folder / "truncated.qdaproj"
    _truncated_project(truncated)
    case("project-truncated", "open-project", truncated, "a project file cut short")
    case("project-truncated-read", "read-project", truncated, "the same, for a reading verb")
    header_only = folder / "header-only.qdaproj"
    header_only.write_bytes(b"SQLite format 3\x00" + b"\xff" * 84)
    case("project-header-only", "open-project", header_only, "an SQLite header and garbage")
    return cases


def _truncated(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    source.unlink()
    return target


def _truncated_project(path: Path) -> None:
    from qda_app.services import documents
    from qda_app.services.project import Project

    source = path.with_name("truncated-source.qdaproj")
    for suffix in ("", ".lock", "-wal", "-shm"):
        Path(str(source) + suffix).unlink(missing_ok=True)
    with Project.create(source, coder="Ana") as project:
        for index in range(5):
            documents.add_text_document(project, name=f"E{index}", text=f"Texto número {index}. " * 3000)
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    source.unlink()


def corpus_summary(cases: list[HostileCase]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in cases:
        counts[item.verb] = counts.get(item.verb, 0) + 1
    return counts


__all__ = ["ESCAPE_NAME", "HostileCase", "build_corpus", "corpus_summary"]
