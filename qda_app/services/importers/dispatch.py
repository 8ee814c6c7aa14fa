"""``extract``: one file on disk -> ExtractedDocument, or ImportRefused and nothing else."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from qda_app.core.errors import ImportRefused
from qda_app.services.importers.detect import (
    EXTENSION_FORMATS,
    SUPPORTED_EXTENSIONS,
    refuse,
    resolve_format,
)
from qda_app.services.importers.document import ExtractedDocument
from qda_app.services.importers.docx import extract_docx
from qda_app.services.importers.html import extract_html
from qda_app.services.importers.markdown import extract_markdown
from qda_app.services.importers.normalise import join_blocks, normalise_with_report
from qda_app.services.importers.odt import extract_odt
from qda_app.services.importers.pdf import extract_pdf
from qda_app.services.importers.rtf import extract_rtf
from qda_app.services.importers.text import decode_text

DEFAULT_MAX_TEXT_CHARS = 50_000_000
DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024


def extract(
    path: str | os.PathLike[str],
    *,
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
) -> ExtractedDocument:
    """Read one file and return its normalised text with provenance.

    The format comes from the extension, corrected by the content where the two disagree
    (see ``detect.resolve_format``). Every failure, including a library choking on a
    damaged file, is an ImportRefused; nothing else escapes.
    """
    file_path = Path(path)
    name = str(file_path)
    data = _read(name, file_path, max_file_bytes=max_file_bytes)
    try:
        return _extract_bytes(name, file_path, data, max_text_chars=max_text_chars)
    except ImportRefused:
        raise
    except MemoryError:
        raise refuse(name, "too_large", "not enough memory to extract the text") from None
    except RecursionError:
        raise refuse(name, "corrupt", "structure nested too deeply to read") from None
    except Exception as error:  # noqa: BLE001 - libraries raise anything on damaged input
        detail = f"{type(error).__name__}: {error}"
        raise refuse(name, "corrupt", detail[:500]) from None


def _read(name: str, file_path: Path, *, max_file_bytes: int) -> bytes:
    try:
        info = file_path.stat()
    except FileNotFoundError:
        raise refuse(name, "not_found", "no such file") from None
    except (OSError, ValueError) as error:  # ValueError: a NUL byte in the path
        raise refuse(name, "unreadable", getattr(error, "strerror", None) or str(error)) \
            from None
    if stat.S_ISDIR(info.st_mode):
        raise refuse(name, "is_directory", key="folder_not_file")
    if not stat.S_ISREG(info.st_mode):
        # Reading a FIFO or device could block forever or never end.
        raise refuse(name, "unreadable", key="not_regular_file")
    if file_path.suffix.lower() not in SUPPORTED_EXTENSIONS:
        raise refuse(name, "unsupported_format", key="extension_not_supported", extension=file_path.suffix or "-",
                     supported=", ".join(sorted(SUPPORTED_EXTENSIONS)))
    if info.st_size > max_file_bytes:
        raise refuse(name, "too_large", key="bytes_over_limit", size=info.st_size, limit=max_file_bytes)
    try:
        with open(file_path, "rb") as stream:
            # One byte over the limit tells a file that grew since stat() apart.
            data = stream.read(max_file_bytes + 1)
    except OSError as error:
        raise refuse(name, "unreadable", error.strerror or str(error)) from None
    if len(data) > max_file_bytes:
        raise refuse(name, "too_large", key="more_bytes_than", limit=max_file_bytes)
    if not data:
        raise refuse(name, "empty", key="empty_file")
    return data


def _extract_bytes(
    name: str, file_path: Path, data: bytes, *, max_text_chars: int
) -> ExtractedDocument:
    extension = file_path.suffix.lower()
    document_format, warnings = resolve_format(name, extension, data)
    encoding: str | None = None
    page_starts: tuple[int, ...] = ()
    if document_format == "pdf":
        pages, format_warnings = extract_pdf(name, data, max_text_chars=max_text_chars)
        text, page_starts, normalise_warnings = join_blocks(pages)
    else:
        raw, encoding, format_warnings = _extract_raw(name, document_format, data,
                                                      max_text_chars=max_text_chars)
        text, normalise_warnings = normalise_with_report(raw)
    if not text.strip():
        raise refuse(name, "empty", key="no_text_in_format", format=document_format)
    return ExtractedDocument(
        text=text,
        format=document_format,
        encoding=encoding,
        original_name=file_path.name,
        original_path=file_path.absolute(),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        page_starts=page_starts,
        warnings=warnings + tuple(format_warnings) + normalise_warnings,
    )


def _extract_raw(
    name: str, document_format: str, data: bytes, *, max_text_chars: int
) -> tuple[str, str | None, tuple[str, ...]]:
    """Un-normalised text, encoding and warnings from the extractor of ``document_format``."""
    if document_format == "txt":
        decoded = decode_text(name, data, max_text_chars=max_text_chars)
        return decoded.text, decoded.encoding, decoded.warnings
    if document_format in ("docx", "odt"):
        extractor = extract_docx if document_format == "docx" else extract_odt
        text, warnings = extractor(name, data, max_text_chars=max_text_chars)
        return text, None, warnings
    text_extractors = {"rtf": extract_rtf, "html": extract_html, "md": extract_markdown}
    if document_format not in text_extractors:
        raise AssertionError(f"no extractor for {document_format!r} "
                             f"(known: {sorted(set(EXTENSION_FORMATS.values()))})")
    return text_extractors[document_format](name, data, max_text_chars=max_text_chars)
