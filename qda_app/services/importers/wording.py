"""What an import refusal's detail and an import warning say, as keyed English sentences.

The importers raise and warn by key and fields; the English text is made from the template
here (it is what logs, JSON and the document's provenance keep), and the CLI and the GUI word
the same key in the reader's language (cli.messages, context "Messages"). Details that are a
library's or the system's own words stay as they are, inside a translated sentence.
"""

from __future__ import annotations

# ImportRefused.detail_key -> the detail, after the reason ("is password-protected (...)").
IMPORT_DETAILS = {
    "empty_file": "the file is empty (0 bytes)",
    "no_text_in_format": "no text in the {format} file (only whitespace or markup)",
    "no_text_layer_pages": "none of the {pages} pages has a text layer (a scanned document?); run OCR on it and "
                           "import the result",
    "pdf_no_pages": "the PDF has no pages",
    "pdf_password": "password-protected PDF",
    "pdf_password_remove": "password-protected PDF; remove the password and import again",
    "odt_password": "password-protected OpenDocument file",
    "office_password": "password-protected Office document (an OLE container, not a zip); remove the password in "
                       "Word and import again",
    "legacy_doc": "legacy Word 97-2003 document (.doc); save it as .docx and import again",
    "extension_not_supported": "extension {extension} is not one of {supported}",
    "office_lock_file": "an Office lock file, not a document",
    "characters_over_limit": "{characters} characters of text; the limit is {limit}",
    "more_characters_than": "more than {limit} characters of text",
    "more_characters_by_page": "more than {limit} characters of text by page {page}",
    "bytes_over_limit": "{size} bytes; the limit is {limit}",
    "more_bytes_than": "more than {limit} bytes",
    "not_file_or_folder": "not a regular file or folder (broken link, device...)",
    "folder_not_file": "a folder, not a file",
    "not_regular_file": "not a regular file",
    "binary_kind": "the file is a {kind}, not a document",
    "unsupported_kind": "the file is an {kind}",
    "zip_not_document": "the file is a zip archive, not a document",
    "not_pdf_header": "not a {format} file: its leading bytes are not a PDF header",
    "not_zip_archive": "not a {format} file: its leading bytes are not a zip archive",
    "zip_without_parts": "zip archive without the parts of a {format} document (or a damaged zip)",
    "nul_byte": "NUL byte at offset {offset}: not a text file",
    "no_encoding_fits": "not valid UTF-8, cp1252 or ISO-8859-1, and no other encoding fits; save the file as UTF-8 "
                        "and import again",
    "zip_damaged": "damaged zip archive: {error}",
    "zip_too_many_members": "{members} members in the archive; the limit is {limit}",
    "zip_member_outside": "member '{member}' points outside the archive",
    "zip_member_link": "member '{member}' is a symbolic link",
    "zip_member_encrypted": "zip member '{member}' is encrypted",
    "zip_inflates_beyond": "members inflate to more than {limit} bytes",
    "zip_member_ratio": "member '{member}' inflates {ratio}-fold ({compressed} -> {size} bytes); the limit is {limit}",
    "xml_declarations": "{member}: {error} (DOCTYPE/ENTITY declarations are not allowed in a document)",
    "xml_malformed": "{member}: malformed XML ({error})",
    "rtf_no_header": "not an RTF file: it does not start with an RTF header",
    "csv_nul_bytes": "NUL bytes: not a CSV text file",
    "attributes_need_header": "needs a header row and a document column",
}

# ImportWarning.key -> the warning printed after the file's name.
IMPORT_WARNINGS = {
    "pages_without_text": "pages without text: {pages}",
    "pdf_owner_password": "PDF is encrypted without an opening password (owner password only)",
    "control_characters_removed": "control characters removed ({count})",
    "invalid_utf8_line": "{count} byte sequence(s) are not valid UTF-8; shown as \ufffd on line {lines}",
    "invalid_utf8_lines": "{count} byte sequence(s) are not valid UTF-8; shown as \ufffd on lines {lines}",
    "invalid_in_code_page": "bytes invalid in {code_page} replaced with U+FFFD",
    "content_differs": "content is {found} although the name ends in {extension}",
    "encoding_guessed": "encoding guessed as {encoding}",
    "encoding_guessed_no_bom": "encoding guessed as {encoding} (no byte-order mark)",
    "encoding_guessed_uncertain": "encoding guessed as {encoding} (uncertain)",
    "declared_charset_wrong": "declared charset {declared} does not fit the bytes",
}


class ImportWarning(str):
    """A warning: its English text, and the key and fields that word it in another language."""

    key: str
    fields: dict[str, object]

    def __new__(cls, key: str, **fields: object) -> ImportWarning:
        made = super().__new__(cls, IMPORT_WARNINGS[key].format(**grouped(fields)))
        made.key, made.fields = key, fields
        return made


def import_detail(key: str, **fields: object) -> str:
    """The English detail of ``key`` (IMPORT_DETAILS), its fields filled in."""
    return IMPORT_DETAILS[key].format(**grouped(fields))


def grouped(fields: dict[str, object], separator: str = ",") -> dict[str, object]:
    """The fields with whole numbers written in groups of three ("10,485,760" in English)."""
    return {name: f"{value:,}".replace(",", separator) if isinstance(value, int) and not isinstance(value, bool)
            else value for name, value in fields.items()}
