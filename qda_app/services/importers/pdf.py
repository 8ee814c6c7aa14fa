"""PDF text layer via pypdf, page by page.

Pages are kept apart so the document can report where each page starts (a quotation
cites its page). A PDF whose pages carry no text (a scan) is refused rather than imported
empty: the user must run OCR first.
"""

from __future__ import annotations

import logging
from io import BytesIO

from qda_app.services.importers.detect import refuse
from qda_app.services.importers.wording import ImportWarning

# Acrobat accepts the end-of-file marker anywhere in the last 1024 bytes.
_EOF_WINDOW = 1024


def _quiet_pypdf() -> None:
    """pypdf logs its repairs of a damaged file ("Ignoring wrong pointing object") as warnings,
    which Python prints on stderr: the command line would print them around its one-line
    answer. The outcome (imported or refused) is what the user is told."""
    logger = logging.getLogger("pypdf")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
        logger.propagate = False


def extract_pdf(
    path: str, data: bytes, *, max_text_chars: int
) -> tuple[list[str], tuple[str, ...]]:
    """The text of each page, and warnings."""
    # pypdf reconstructs truncated files silently (strict=False) and would import the
    # pages it finds; a file cut short is refused instead.
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise refuse(path, "corrupt", "truncated PDF: no %%EOF marker at the end")
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    _quiet_pypdf()
    reader = PdfReader(BytesIO(data))
    warnings: list[str] = []
    if reader.is_encrypted:
        _decrypt_with_empty_password(path, reader, DependencyError)
        warnings.append(ImportWarning("pdf_owner_password"))
    try:
        pages = reader.pages
        page_count = len(pages)
    except FileNotDecryptedError:
        raise refuse(path, "encrypted", key="pdf_password") from None
    if page_count == 0:
        raise refuse(path, "empty", key="pdf_no_pages")
    texts: list[str] = []
    length = 0
    empty_pages: list[int] = []
    for number, page in enumerate(pages, start=1):
        text = page.extract_text() or ""
        if not text.strip():
            empty_pages.append(number)
        texts.append(text)
        length += len(text)
        if length > max_text_chars:
            raise refuse(path, "too_large", key="more_characters_by_page", limit=max_text_chars, page=number)
    if len(empty_pages) == page_count:
        raise refuse(path, "no_text_layer", key="no_text_layer_pages", pages=page_count)
    if empty_pages:
        warnings.append(ImportWarning("pages_without_text", pages=_ranges(empty_pages)))
    return texts, tuple(warnings)


def _decrypt_with_empty_password(path: str, reader: object, dependency_error: type) -> None:
    # Many PDFs are "encrypted" only to restrict printing/copying, with an empty opening
    # password; readers open them without asking, and so do we.
    try:
        result = reader.decrypt("")  # type: ignore[attr-defined]
    except dependency_error as error:
        raise refuse(path, "encrypted", f"encrypted PDF needing a missing library: {error}") \
            from None
    except Exception as error:  # noqa: BLE001 - any failure means we cannot read it
        raise refuse(path, "encrypted", f"encrypted PDF that cannot be opened: {error}") from None
    if not result:  # PasswordType.NOT_DECRYPTED == 0
        raise refuse(path, "encrypted", key="pdf_password_remove")


def _ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 7] -> "1-3, 7" (pages are listed compactly in the warning)."""
    spans: list[str] = []
    start = previous = numbers[0]
    for number in numbers[1:] + [0]:
        if number == previous + 1:
            previous = number
            continue
        spans.append(str(start) if start == previous else f"{start}-{previous}")
        start = previous = number
    return ", ".join(spans)
