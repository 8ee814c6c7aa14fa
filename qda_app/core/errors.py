"""Domain errors.

Core emits no user-facing prose: each error carries a stable ``code`` and the fields a
front end needs to word it (``qda_app.cli.messages.describe`` does, for CLI and GUI alike).
``str(error)`` gives a plain English fallback for logs and tests only.
"""

from __future__ import annotations

from typing import Any


class QdaError(Exception):
    """Base of every error a user can cause; never a programming error."""

    code = "error"
    fallback = "{code}: {fields}"

    def __init__(self, **fields: Any) -> None:
        self.fields = fields
        super().__init__(self._fallback_text())

    def _fallback_text(self) -> str:
        try:
            return self.fallback.format(code=self.code, fields=self.fields, **self.fields)
        except (KeyError, IndexError, ValueError):
            return f"{self.code}: {self.fields}"

    def __getattr__(self, name: str) -> Any:
        fields = self.__dict__.get("fields", {})
        if name in fields:
            return fields[name]
        raise AttributeError(name)


# --- project file -------------------------------------------------------------------------

class ProjectNotFound(QdaError):
    code = "project_not_found"
    fallback = "{path}: no such project file"


class ProjectExists(QdaError):
    code = "project_exists"
    fallback = "{path}: a file of that name exists already"


class NotAProject(QdaError):
    code = "not_a_project"
    fallback = "{path}: not a qda_app project ({detail})"


class ProjectTooNew(QdaError):
    code = "project_too_new"
    fallback = "{path}: written by a newer qda_app (schema version {found}; this version supports up to {supported})"


class ProjectLocked(QdaError):
    code = "project_locked"
    fallback = "{path}: open for writing by {holder} on {host} (pid {pid}) since {since}"


class ProjectHeld(ProjectLocked):
    """A live program has the project open for writing although its lock file is gone."""

    code = "project_held"
    fallback = "{path}: open for writing by another program (process {pid}) whose lock file {lock} was deleted"


class ProjectReadOnly(QdaError):
    code = "project_read_only"
    fallback = "{path}: opened read-only; changes are not possible"


class ProjectDamaged(QdaError):
    code = "project_damaged"
    fallback = "{path}: the project file is damaged ({detail})"


class WriteFailed(QdaError):
    code = "write_failed"
    fallback = "{path}: the change could not be saved ({detail}); nothing was changed"


# --- lookups and arguments ----------------------------------------------------------------

class DocumentNotFound(QdaError):
    code = "document_not_found"
    fallback = "no document number {number}"


class QuotationNotFound(QdaError):
    code = "quotation_not_found"
    fallback = "no quotation {quotation_id}"


class CodeNotFound(QdaError):
    code = "code_not_found"
    fallback = "no code {path!r}"


class CoderNotFound(QdaError):
    code = "coder_not_found"
    fallback = "no coder {name!r}"


class GroupNotFound(QdaError):
    code = "group_not_found"
    fallback = "no {kind} group {name!r}"


class MemoNotFound(QdaError):
    code = "memo_not_found"
    fallback = "no memo {memo}"


class InvalidRange(QdaError):
    code = "invalid_range"
    fallback = "range [{start}, {end}) is not inside document {document} (length {length})"


class InvalidName(QdaError):
    code = "invalid_name"
    fallback = "{kind} name {name!r} is not allowed: {reason}"


class DuplicateName(QdaError):
    code = "duplicate_name"
    fallback = "a {kind} named {name!r} exists already"


class InvalidColor(QdaError):
    code = "invalid_color"
    fallback = "{value!r} is not a colour; use #RRGGBB"


class InvalidArgument(QdaError):
    """``name``: the option or file concerned; ``reason``: a key of the sentences in
    ``qda_app.cli.messages.ARGUMENT_REASONS``; the other fields fill that sentence."""

    code = "invalid_argument"
    fallback = "{name}: {reason} {fields}"


class InvalidMove(QdaError):
    code = "invalid_move"
    fallback = "cannot move {path!r} under {target!r}: {reason}"


# --- analysis: relations, links, networks, queries ---------------------------------------

class UnknownRelationType(QdaError):
    """``scope``: "code" or "quotation"; ``known``: the English names of the existing types."""

    code = "unknown_relation_type"
    fallback = "no {scope} relation type {name!r} (known: {known})"


class SelfRelation(QdaError):
    code = "self_relation"
    fallback = "{kind} {item!r} cannot be related to itself"


class RelationCycle(QdaError):
    """Relating ``source`` to ``target`` with a transitive type would close a cycle."""

    code = "relation_cycle"
    fallback = "{source!r} {relation} {target!r} would close a cycle of a transitive relation"


class RelationNotFound(QdaError):
    code = "relation_not_found"
    fallback = "{source!r} {relation} {target!r} is not a relation in the project"


class NetworkNotFound(QdaError):
    code = "network_not_found"
    fallback = "no network {name!r}"


class SmartCodeNotFound(QdaError):
    code = "smart_code_not_found"
    fallback = "no smart code {name!r}"


class QuerySyntaxError(QdaError):
    """``line`` and ``column`` (1-based) of the first character the parser could not accept;
    ``found``: that text; ``expected``: what could stand there."""

    code = "query_syntax_error"
    fallback = "query syntax error at line {line}, column {column}: unexpected {found!r}"


class QueryOperandNotFound(QdaError):
    """A quoted operand names no code, smart code or code group."""

    code = "query_operand_not_found"
    fallback = "the query names {name!r}, which is not a code, smart code or code group"


class QueryCycle(QdaError):
    code = "query_cycle"
    fallback = "smart code {name!r} refers to itself through {path}"


# --- files coming in and going out ------------------------------------------------------------

class ImportRefused(QdaError):
    """A file that cannot become a document.

    ``reason`` is one of: not_found, unreadable, is_directory, empty, too_large, binary,
    undecodable, corrupt, encrypted, zip_bomb, unsafe_xml, unsafe_path, no_text_layer, unsupported_format,
    duplicate.
    """

    code = "import_refused"
    fallback = "{file}: {reason} ({detail})"


class InteropError(QdaError):
    """A REFI-QDA or other exchange file that cannot be read or written."""

    code = "interop_error"
    fallback = "{file}: {reason} ({detail})"


class ExportFailed(QdaError):
    code = "export_failed"
    fallback = "{file}: {detail}"


class OutputRefused(ExportFailed):
    """A destination no output may take: a project or one of its files, a special file, or an
    existing file the user did not ask to replace. ``reason``: project, special, exists."""

    code = "export_failed"
    fallback = "{file}: {detail}"


class LockLost(QdaError):
    """The project's lock file vanished or names another holder while this program writes."""

    code = "lock_lost"
    fallback = "{path}: the lock file {lock} was removed or taken over; changes are no longer saved"


class ProjectUnreadable(QdaError):
    code = "project_unreadable"
    fallback = "{path}: permission denied ({detail})"


class NamesRemain(QdaError):
    """A pseudonymised copy in which a name was still found: refused, nothing written."""

    code = "names_remain"
    fallback = "{file}: not written, the copy still contains {names} (in {places})"


class MergeError(QdaError):
    code = "merge_error"
    fallback = "{file}: {detail}"
