"""What a file really is, from its first bytes, whatever its extension says.

Users rename files, mail clients add ``.txt``, Word saves an encrypted ``.docx`` as an OLE
compound file. ``resolve_format`` decides which extractor gets the bytes, and refuses
content that no extractor should see (images, executables, legacy ``.doc``...).
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from qda_app.core.errors import ImportRefused
from qda_app.services.importers.wording import ImportWarning, import_detail

# Extension (lower case, with dot) -> format name used in ExtractedDocument.format.
EXTENSION_FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".docx": "docx",
    ".odt": "odt",
    ".rtf": "rtf",
    ".pdf": "pdf",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}
SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(EXTENSION_FORMATS)
TEXT_FORMATS: frozenset[str] = frozenset({"txt", "md", "html", "rtf"})

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
ODT_MIMETYPES = (
    b"application/vnd.oasis.opendocument.text",
    b"application/vnd.oasis.opendocument.text-template",
)

# Binary formats we never import, for a clear "binary" refusal. Only signatures that
# cannot plausibly start a text file (most contain bytes outside printable ASCII).
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x7fELF", "ELF executable"),
    (b"\xca\xfe\xba\xbe", "Mach-O or Java class file"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00asm", "WebAssembly module"),
    (b"OggS\x00", "Ogg media"),
    (b"fLaC", "FLAC audio"),
)


def refuse(path: str, reason: str, detail: str = "", *, key: str | None = None, **fields: object) -> ImportRefused:
    """Build the one error type ``extract`` may raise (a helper so every module words it alike).
    ``key``: a detail of wording.IMPORT_DETAILS, worded from ``fields`` (in English here, in the
    reader's language by cli.messages); without it ``detail`` is a library's or the system's words."""
    if key is not None:
        detail = import_detail(key, **fields)
    return ImportRefused(file=path, reason=reason, detail=detail, detail_key=key, **fields)


def sniff(data: bytes) -> str | None:
    """A content format from the leading bytes, or None if nothing is recognised.

    Returns one of: "pdf", "docx", "odt", "zip" (some other zip), "ole", "rtf",
    "binary:<what>" for a known binary format, or "unsupported:<what>" for an office
    document of a kind we do not import (spreadsheet, presentation).
    """
    head = data[:1024]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(ZIP_MAGICS):
        return _sniff_zip(data)
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    if head[4:8] == b"ftyp":
        return "binary:MP4/QuickTime media"
    if head.startswith(b"RIFF") and head[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
        return f"binary:RIFF {head[8:12].decode('ascii').strip()} media"
    if head.startswith(b"MZ") and b"\x00" in head[:64]:
        return "binary:Windows executable"
    for signature, what in _BINARY_SIGNATURES:
        if head.startswith(signature):
            return f"binary:{what}"
    return None


def _sniff_zip(data: bytes) -> str:
    # The first member of an OpenDocument file is an uncompressed "mimetype" (the spec
    # requires it), so its content sits at a fixed offset and needs no zip parsing.
    if data[30:38] == b"mimetype":
        for mimetype in ODT_MIMETYPES:
            if data[38 : 38 + len(mimetype) + 16].find(mimetype) >= 0:
                return "odt"
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = b""
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 256:
                mimetype = archive.read("mimetype").strip()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        return "zip"
    if "word/document.xml" in names:
        return "docx"
    if mimetype in ODT_MIMETYPES:
        return "odt"
    if mimetype.startswith(b"application/vnd.oasis.opendocument."):
        kind = mimetype.rsplit(b".", 1)[-1].decode("ascii", errors="replace")
        return f"unsupported:OpenDocument {kind} (not a text document)"
    for part, what in (("xl/workbook.xml", "Excel workbook"),
                       ("ppt/presentation.xml", "PowerPoint presentation")):
        if part in names:
            return f"unsupported:{what}"
    return "zip"


def _ole_has_stream(data: bytes, name: str) -> bool:
    # Stream names are stored in UTF-16LE in the OLE directory sectors.
    return name.encode("utf-16-le") in data


def resolve_format(path: str, extension: str, data: bytes) -> tuple[str, tuple[str, ...]]:
    """The format whose extractor should read ``data``, and warnings about a lying name.

    Content wins over the extension when it is unambiguous (a real PDF named .txt is read
    as a PDF, with a warning). Content that no extractor can read is refused here.
    """
    declared = EXTENSION_FORMATS[extension]
    found = sniff(data)
    if found is None and declared == "pdf" and b"%PDF-" in data[:1024]:
        # Acrobat accepts the header anywhere in the first 1024 bytes; only trust that
        # when the name says PDF, since a text file may quote "%PDF-".
        found = "pdf"
    if found is None:
        if declared in ("docx", "odt", "pdf"):
            raise refuse(path, "corrupt", key="not_pdf_header" if declared == "pdf" else "not_zip_archive",
                         format=declared)
        return declared, ()
    if found.startswith("binary:"):
        raise refuse(path, "binary", key="binary_kind", kind=found[7:])
    if found.startswith("unsupported:"):
        raise refuse(path, "unsupported_format", key="unsupported_kind", kind=found[12:])
    if found == "ole":
        # Word saves a password-protected .docx as an OLE container; a Word 97-2003 .doc
        # is one too, but holds a "WordDocument" stream.
        legacy_word = _ole_has_stream(data, "WordDocument")
        if legacy_word and not _ole_has_stream(data, "EncryptedPackage"):
            raise refuse(path, "unsupported_format", key="legacy_doc")
        raise refuse(path, "encrypted", key="office_password")
    if found == "zip":
        if declared in ("docx", "odt"):
            raise refuse(path, "corrupt", key="zip_without_parts", format=declared)
        raise refuse(path, "binary", key="zip_not_document")
    if found == declared:
        return declared, ()
    if found == "rtf" and declared != "txt":
        # RTF source inside .md/.html is odd but harmless to read as what it claims.
        return declared, ()
    return found, (ImportWarning("content_differs", found=found, extension=extension),)
