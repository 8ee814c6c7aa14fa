"""Importers: a file on disk -> normalised text plus provenance (no database here).

Heavy libraries (python-docx, odfpy, pypdf, bs4, markdown, striprtf) are imported
inside the extractor that needs them, so importing this package and extracting plain
text stay fast.
"""

from __future__ import annotations

from qda_app.services.importers.batch import discover
from qda_app.services.importers.detect import SUPPORTED_EXTENSIONS
from qda_app.services.importers.dispatch import (
    DEFAULT_MAX_FILE_BYTES,
    DEFAULT_MAX_TEXT_CHARS,
    extract,
)
from qda_app.services.importers.document import ExtractedDocument
from qda_app.services.importers.normalise import normalise_text

__all__ = [
    "DEFAULT_MAX_FILE_BYTES",
    "DEFAULT_MAX_TEXT_CHARS",
    "SUPPORTED_EXTENSIONS",
    "ExtractedDocument",
    "discover",
    "extract",
    "normalise_text",
]
