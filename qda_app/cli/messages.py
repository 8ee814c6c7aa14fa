"""Wording of domain errors for people, shared by the CLI and the GUI.

Core errors carry a code and fields; this is the one place that turns them into a sentence.
``translate`` is swapped for Qt's translator by the GUI and by the CLI when a language is set.
"""

from __future__ import annotations

from collections.abc import Callable

from qda_app.core.errors import QdaError

Translate = Callable[[str], str]

_IMPORT_REASONS = {
    "not_found": "no such file or folder",
    "unreadable": "cannot be read",
    "is_directory": "is a folder",
    "empty": "is empty",
    "too_large": "is too large",
    "binary": "is not a text document (binary content)",
    "undecodable": "has bytes that are invalid in every known text encoding",
    "corrupt": "is damaged or truncated",
    "encrypted": "is password-protected",
    "zip_bomb": "expands to an unreasonable size (possible zip bomb)",
    "unsafe_xml": "contains unsafe XML (entity declarations)",
    "unsafe_path": "contains a file path that points outside the archive, or a link (refused)",
    "no_text_layer": "has no text layer (a scanned PDF?); run OCR first",
    "unsupported_format": "is not a supported format",
    "duplicate": "has the same content as a document already in the project",
}

_TEMPLATES = {
    "project_not_found": "{path}: no such project file",
    "project_exists": "{path}: a file of that name exists already",
    "not_a_project": "{path}: not a qda_app project ({detail})",
    "project_too_new": "{path}: written by a newer version of qda_app (project schema version {found}; this version supports up to {supported}); update qda_app to change it",
    "project_locked": "{path}: open for writing by {holder} on {host} (process {pid}) since {since}; close it there. If that program is no longer running (a crash, another computer switched off), delete the lock file {path}.lock and open the project again",
    "project_unreadable": "{path}: permission denied ({detail}); ask the file's owner for access or copy it to a folder of yours",
    "lock_lost": "{path}: the lock file {lock} was removed or taken over by another program; to protect the project nothing more is saved from this window. Close the project and open it again",
    "project_read_only": "{path}: opened read-only, so it cannot be changed",
    "project_damaged": "{path}: the project file is damaged ({detail}); list its backups with 'qda-app backups {path}' and restore one with 'qda-app restore'",
    "write_failed": "{path}: the change could not be saved ({detail}); nothing was changed",
    "document_not_found": "there is no document number {number}",
    "quotation_not_found": "there is no quotation {quotation_id}",
    "code_not_found": "there is no code '{path}'",
    "coder_not_found": "there is no coder '{name}'",
    "group_not_found": "there is no {kind} group '{name}'",
    "memo_not_found": "there is no memo {memo}",
    "invalid_range": "[{start}, {end}) is not a range inside document {document} (0 to {length}, start before end)",
    "invalid_name": "the {kind} name '{name}' cannot be used: {reason}",
    "duplicate_name": "a {kind} named '{name}' exists already",
    "invalid_color": "'{value}' is not a colour; use #RRGGBB",
    "invalid_argument": "{name}: {reason}",
    "invalid_move": "cannot move '{path}' to '{target}': {reason}",
    "interop_error": "{file}: {reason} ({detail})",
    "export_failed": "{file}: {detail}",
    "merge_error": "{file}: {detail}",
    "unknown_relation_type": "there is no {scope} relation type '{name}'; known types: {known}",
    "self_relation": "the {kind} '{item}' cannot be related to itself",
    "relation_cycle": "'{source}' {relation} '{target}' would close a cycle of a transitive relation",
    "relation_not_found": "'{source}' {relation} '{target}' is not in the project",
    "network_not_found": "there is no network '{name}'",
    "smart_code_not_found": "there is no smart code '{name}'",
    "query_syntax_error": "query syntax error at line {line}, column {column}: {found_text}; expected {expected_text}",
    "query_operand_not_found": "the query names '{name}', which is not a code, smart code or code group",
    "query_cycle": "the smart code '{name}' refers to itself ({path})",
    "names_remain": "{file}: not written: the pseudonymised copy still contains {names} (in {places}); add them to the names to replace (coder names need --coder-names)",
}


def _identity(text: str) -> str:
    return text


def describe(error: QdaError, translate: Translate = _identity) -> str:
    """One clear sentence naming the file or thing and the problem, on one line."""
    return " ".join(_describe(error, translate).splitlines())


def _describe(error: QdaError, translate: Translate) -> str:
    fields = dict(error.fields)
    if error.code == "import_refused":
        reason = _IMPORT_REASONS.get(fields.get("reason", ""), str(fields.get("reason", "")))
        detail = str(fields.get("detail") or "")
        text = f"{fields.get('file')}: {translate(reason)}"
        # A detail that only repeats the reason ("no such file or folder") adds nothing.
        redundant = not detail or detail.casefold() in reason.casefold() or reason.casefold() in detail.casefold()
        return text if redundant else f"{text} ({detail})"
    template = _TEMPLATES.get(error.code)
    if error.code == "project_read_only" and fields.get("detail"):
        template = "{path}: cannot be changed: {detail}"
    if template is None:
        return str(error)
    if error.code == "query_syntax_error":
        found = fields.get("found") or ""
        fields["found_text"] = f"unexpected '{found}'" if found else "the query ends too early"
        fields["expected_text"] = ", ".join(fields.get("expected") or ()) or "something else"
    if isinstance(fields.get("known"), (list, tuple)):
        fields["known"] = ", ".join(fields["known"])
    try:
        return translate(template).format(**fields)
    except (KeyError, IndexError, ValueError):
        return str(error)
