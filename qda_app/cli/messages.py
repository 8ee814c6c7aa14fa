"""Wording of domain errors for people, shared by the CLI and the GUI.

Core errors carry a code and fields; this is the one place that turns them into a sentence.
``translate`` is swapped for Qt's translator by the GUI and by the CLI when a language is set.
"""

from __future__ import annotations

from collections.abc import Callable

from qda_app.core.errors import QdaError
from qda_app.services.importers.wording import IMPORT_DETAILS, IMPORT_WARNINGS, grouped
from qda_app.services.output_problems import OUTPUT_PROBLEMS

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
    "project_held": "{path}: another program on this computer (process {pid}) has the project open for writing, although its lock file {lock} was deleted; close the project in that program and try again",
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
    "query_syntax_error": "query syntax error at line {line}, column {column}: unexpected '{found}'; expected {expected_text}",
    "query_operand_not_found": "the query names '{name}', which is not a code, smart code or code group",
    "query_cycle": "the smart code '{name}' refers to itself ({path})",
    "names_remain": "{file}: not written: the pseudonymised copy still contains {names} (in {places}); add them to the names to replace (coder names need --coder-names)",
    "project_read_only_detail": "{path}: cannot be changed: {detail}",
    "query_syntax_early_end": "query syntax error at line {line}, column {column}: the query ends too early; expected {expected_text}",
}

# Errors that name a kind of thing: one whole sentence per kind, so that each language can
# give the noun its gender and place ("ya existe un código", "já existe uma rede").
# (error code, kind) -> template; a kind not listed falls back to the template in _TEMPLATES.
_KIND_TEMPLATES = {
    ("duplicate_name", "code"): "a code named '{name}' exists already",
    ("duplicate_name", "smart code"): "a smart code named '{name}' exists already",
    ("duplicate_name", "network"): "a network named '{name}' exists already",
    ("duplicate_name", "relation type"): "a relation type named '{name}' exists already",
    ("duplicate_name", "code group"): "a code group named '{name}' exists already",
    ("duplicate_name", "coder"): "a coder named '{name}' exists already",
    ("duplicate_name", "document"): "a document named '{name}' exists already",
    ("invalid_name", "code"): "the code name '{name}' cannot be used: {reason}",
    ("invalid_name", "smart code"): "the smart code name '{name}' cannot be used: {reason}",
    ("invalid_name", "network"): "the network name '{name}' cannot be used: {reason}",
    ("invalid_name", "relation type"): "the relation type name '{name}' cannot be used: {reason}",
    ("invalid_name", "code group"): "the code group name '{name}' cannot be used: {reason}",
    ("invalid_name", "group"): "the group name '{name}' cannot be used: {reason}",
    ("invalid_name", "document"): "the document name '{name}' cannot be used: {reason}",
    ("invalid_name", "attribute"): "the attribute name '{name}' cannot be used: {reason}",
    ("invalid_name", "coder"): "the coder name '{name}' cannot be used: {reason}",
    ("group_not_found", "code"): "there is no code group '{name}'",
    ("group_not_found", "document"): "there is no document group '{name}'",
    ("self_relation", "code"): "the code '{item}' cannot be related to itself",
    ("self_relation", "quotation"): "the quotation '{item}' cannot be related to itself",
    ("self_relation", "memo"): "the memo '{item}' cannot be related to itself",
    ("unknown_relation_type", "code"): "there is no code relation type '{name}'; known types: {known}",
    ("unknown_relation_type", "quotation"): "there is no quotation relation type '{name}'; known types: {known}",
}

# Why a name cannot be used (core.numbering.check_name).
_NAME_REASONS = {
    "empty": "it is empty",
    "too long": "it is too long",
    "control characters": "it contains control characters",
    "'::' separates levels": "'::' separates the levels of a code",
    "empty level in code path": "a level of the code path is empty",
}

# Why an argument is refused: ``InvalidArgument(name=..., reason=KEY, **fields)`` raised in
# core, store and services (and the CLI's own checks). One whole sentence per reason, so each
# language orders its words; ``name`` is the option or the file concerned, as the user typed it.
ARGUMENT_REASONS = {
    "use_one_of": "{name}: use one of {choices}",
    "not_one_of": "{name}: '{value}' is not one of {choices}",
    "two_coders_needed": "{name}: name at least two different coders",
    "exactly_two_coders": "{name}: name exactly two coders",
    "segments_two_coders": "{name}: segment agreement compares exactly two coders",
    "resamples_zero_or_more": "{name}: give a number of resamples, 0 or more (got {value})",
    "at_least_one": "{name}: must be 1 or more (got {value})",
    "keep_at_least_one": "{name}: must be 1 or more (got {value}); the backup just taken is always kept",
    "percentage": "{name}: give a percentage from 0 to 100",
    "between_zero_and_one": "{name}: must be between 0 and 1 (got {value})",
    "no_subcodes": "{name}: the code '{code}' has no sub-codes",
    "quotation_missing": "{name}: the quotation {quotation} does not exist",
    "excerpt_not_in_quotation": "{name}: the text between the ellipses must be words of quotation {quotation}, in order",
    "empty": "{name}: must not be empty",
    "smart_code_in_use": "the smart code '{smart_code}' cannot be deleted: the smart code '{used_by}' uses it; delete or change that one first",
    "codes_differ": "{name}: the coders used different codes; say which to keep",
    "custom_needs_bounds": "{name}: give start and end",
    "decision_leaves_nothing": "{name}: '{decision}' leaves nothing coded in this passage",
    "custom_one_at_a_time": "{name}: custom boundaries are decided one passage at a time",
    "is_folder": "{name}: is a folder, not a file",
    "is_fifo": "{name}: is a FIFO (named pipe), not a file",
    "is_socket": "{name}: is a socket, not a file",
    "is_device": "{name}: is a device, not a file",
    "not_regular_file": "{name}: is not a regular file",
    "node_id_missing": "node {kind}:{target}: nothing with that id is in the project",
    "no_document_named": "{name}: there is no document named '{document}'",
    "nodes_not_in_network": "{name}: not in the network '{network}': {nodes}",
    "code_not_a_number": "{name}: the code '{code}' is not a number; the ordinal, interval and ratio levels need codes named by numbers",
    "no_replacements": "{name}: no names to replace (give --replace NAME=PSEUDONYM or --names-file)",
    "not_name_value": "{name}: '{value}' is not NAME=VALUE",
    "not_node_ref": "{name}: '{value}' is not KIND:REF, with KIND one of {choices}",
    "custom_needs_passage": "{name}: give --passage N, --start and --end",
    "no_passage": "{name}: there is no passage {passage} (1 to {count})",
    "no_backups": "{name}: the project has no backups",
    "not_name_pseudonym": "{name}: expected NAME=PSEUDONYM, got '{value}'",
    "no_such_file": "{name}: no such file",
    "negative_length": "{name}: a document length is negative",
    "not_quotation_id": "{name}: '{value}' is not a quotation ID; write D:Q, e.g. 3:41",
}

# Why a project cannot be opened, changed or saved, or a code moved: ``problem=KEY`` on
# NotAProject, ProjectReadOnly, WriteFailed and InvalidMove (their English ``detail`` or ``reason``
# stays for logs). One whole sentence each; ``error_text`` is the system's or SQLite's own words.
PROJECT_PROBLEMS = {
    "other_program": "{path}: not a qda_app project (an SQLite file of another program)",
    "empty_file": "{path}: not a qda_app project (an empty file)",
    "not_sqlite": "{path}: not a qda_app project (not an SQLite file)",
    "is_folder": "{path}: not a qda_app project: it is a folder",
    "is_fifo": "{path}: not a qda_app project: it is a FIFO (named pipe)",
    "is_socket": "{path}: not a qda_app project: it is a socket",
    "is_device": "{path}: not a qda_app project: it is a device",
    "not_regular_file": "{path}: not a qda_app project: it is not a regular file",
    "restore_needs_project": "{path}: not a qda_app project; restore replaces only a qda_app project",
    "file_read_only": "{path}: cannot be changed: the file is read-only (permission denied)",
    "folder_read_only": "{path}: cannot be changed: its folder is read-only (permission denied)",
    "storage_read_only": "{path}: cannot be changed: the file or its folder cannot be written (read-only media or permissions)",
    "journal_in_read_only_folder": "{path}: cannot be changed: its folder is read-only and holds an unfinished -wal journal; copy the project with its -wal file to a writable folder",
    "no_lock_file": "{path}: cannot be changed: its folder is read-only, so no lock file can be made ({error_text})",
    "lock_not_written": "{path}: the lock file could not be written ({error_text}); nothing was changed",
    "disk_full": "{path}: the change could not be saved: the disk is full ({error_text}); nothing was changed",
    "below_itself": "cannot move '{path}' to '{target}': a code cannot move below itself",
    "into_itself": "cannot merge '{path}' into '{target}': a code cannot be merged into itself or one of its sub-codes",
}
_PROBLEM_ERRORS = ("not_a_project", "project_read_only", "write_failed", "invalid_move")

# Words filled into the sentences above; translated like them.
_WORDS = ("something else", "a code name in quotes", "a proximity operator", "the end")

# The CLI's own lines around those sentences (cli/main.py and the verbs).
CLI_LINES = {
    "error": "qda-app: error: {message}",
    "skipped": "qda-app: skipped: {message}",
    "refused": "qda-app: refused: {message}",
    "would_be_left_out": "  would be left out: {entry}",
    "left_out": "  left out: {entry}",
    "accept_losses": "qda-app: fix the file, or import with --accept-losses to leave these out",
    "interrupted": "qda-app: interrupted; the project keeps every change that was completed",
    "internal_error": "qda-app: internal error: {kind}: {detail} (details in {log})",
    "code_exists": "qda-app: note: the code '{path}' exists already",
    "code_exists_updated": "qda-app: note: the code '{path}' exists already (colour and definition updated)",
    "merged_codes": "qda-app: merged {merged} into '{kept}'",
    "no_duplicates": "qda-app: no duplicate codes",
    "same_codes": "qda-app: note: {same} are one code by name; 'qda-app codes {project} --merge-duplicates' merges them",
    "unknown_document": "qda-app: warning: no document named '{name}'",
    "no_match": "qda-app: no quotation matches the query in this scope",
    "saved_smart_code": "qda-app: saved as the smart code '{name}' ({count} quotations now)",
    "progress_importing": "importing",
    "progress_reports": "reports",
    "usage_error": "{prog}: {message} (see {prog} --help)",
    "warning_about_file": "qda-app: warning: {file}: {warning}",
    "no_display": "qda-app: error: no display found for the program window; run it in a desktop session, or use the command-line verbs (qda-app --help)",
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
        worded = _fill(IMPORT_DETAILS, fields.get("detail_key"), fields, translate) or detail
        return text if redundant else f"{text} ({worded})"
    template = _KIND_TEMPLATES.get((error.code, str(fields.get("kind", fields.get("scope", "")))),
                                   _TEMPLATES.get(error.code))
    if error.code == "invalid_argument" and fields.get("reason") in ARGUMENT_REASONS:
        template = ARGUMENT_REASONS[str(fields["reason"])]
    if error.code in ("export_failed", "merge_error") and fields.get("problem") in OUTPUT_PROBLEMS:
        template = OUTPUT_PROBLEMS[str(fields["problem"])]
    if error.code == "project_read_only" and fields.get("detail"):
        template = _TEMPLATES["project_read_only_detail"]
    if error.code in _PROBLEM_ERRORS and fields.get("problem") in PROJECT_PROBLEMS:
        template = PROJECT_PROBLEMS[str(fields["problem"])]
    if template is None:
        return str(error)
    if error.code == "invalid_name" and fields.get("reason") in _NAME_REASONS:
        fields["reason"] = translate(_NAME_REASONS[str(fields["reason"])])
    if error.code == "query_syntax_error":
        # Whole sentences: "unexpected ..." and "ends too early" are not spliced into one.
        template = _TEMPLATES["query_syntax_error" if fields.get("found") else "query_syntax_early_end"]
        fields["expected_text"] = ", ".join(translate(word) for word in fields.get("expected") or ()) \
            or translate("something else")
    for listed in ("known", "choices", "nodes", "suffixes"):
        if isinstance(fields.get(listed), (list, tuple)):
            fields[listed] = ", ".join(map(str, fields[listed]))
    try:
        return translate(template).format(**fields)
    except (KeyError, IndexError, ValueError):
        return str(error)


def _fill(table: dict[str, str], key: object, fields: dict, translate: Translate) -> str | None:
    """``table[key]`` translated and filled in; None for a key the table does not know. Large
    numbers are grouped by threes with "," in English and a narrow space in Spanish and
    Portuguese, where "," is the decimal mark."""
    if key not in table:
        return None
    template = table[key]
    worded = translate(template)
    try:
        return worded.format(**grouped(fields, "," if worded == template else "\u202f"))
    except (KeyError, IndexError, ValueError):  # a damaged translation must not hide the message
        return template.format(**grouped(fields))


def describe_import_warning(warning: str, translate: Translate = _identity) -> str:
    """An importer's warning (wording.ImportWarning) in the reader's language; a plain string as it is."""
    return _fill(IMPORT_WARNINGS, getattr(warning, "key", None), getattr(warning, "fields", {}), translate) or warning


def cli_line(key: str, translate: Translate = _identity, **fields: object) -> str:
    """One of the CLI's own lines (CLI_LINES), translated, its fields filled in."""
    template = CLI_LINES[key]
    try:
        return translate(template).format(**fields)
    except (KeyError, IndexError, ValueError):  # a damaged translation must not hide the error
        return template.format(**fields)
