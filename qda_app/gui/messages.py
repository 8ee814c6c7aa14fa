"""The sentences of cli/messages.py and services/interop/report_text.py, for Qt Linguist.

Those modules have no Qt (the CLI runs without a display); they word errors and reports
through a ``translate`` callable. The GUI passes :func:`translate_message`, which looks each
English template up in context "Messages". The literals below exist so that lupdate collects
them; tests/gui/test_interop_gui.py checks they match the source tables exactly.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qda_app.cli.messages import describe
from qda_app.core.errors import InteropError, QdaError
from qda_app.services.interop.report_text import describe_interop

CONTEXT = "Messages"

ERROR_TEMPLATES = (
    QT_TRANSLATE_NOOP("Messages", "{path}: no such project file"),
    QT_TRANSLATE_NOOP("Messages", "{path}: a file of that name exists already"),
    QT_TRANSLATE_NOOP("Messages", "{path}: not a qda_app project ({detail})"),
    QT_TRANSLATE_NOOP("Messages", "{path}: written by a newer version of qda_app (project schema version {found}; this version supports up to {supported}); update qda_app to change it"),
    QT_TRANSLATE_NOOP("Messages", "{path}: open for writing by {holder} on {host} (process {pid}) since {since}; close it there. If that program is no longer running (a crash, another computer switched off), delete the lock file {path}.lock and open the project again"),
    QT_TRANSLATE_NOOP("Messages", "{path}: another program on this computer (process {pid}) has the project open for writing, although its lock file {lock} was deleted; close the project in that program and try again"),
    QT_TRANSLATE_NOOP("Messages", "{path}: permission denied ({detail}); ask the file's owner for access or copy it to a folder of yours"),
    QT_TRANSLATE_NOOP("Messages", "{path}: the lock file {lock} was removed or taken over by another program; to protect the project nothing more is saved from this window. Close the project and open it again"),
    QT_TRANSLATE_NOOP("Messages", "{path}: opened read-only, so it cannot be changed"),
    QT_TRANSLATE_NOOP("Messages", "{path}: the project file is damaged ({detail}); list its backups with 'qda-app backups {path}' and restore one with 'qda-app restore'"),
    QT_TRANSLATE_NOOP("Messages", "{path}: the change could not be saved ({detail}); nothing was changed"),
    QT_TRANSLATE_NOOP("Messages", "there is no document number {number}"),
    QT_TRANSLATE_NOOP("Messages", "there is no quotation {quotation_id}"),
    QT_TRANSLATE_NOOP("Messages", "there is no code '{path}'"),
    QT_TRANSLATE_NOOP("Messages", "there is no coder '{name}'"),
    QT_TRANSLATE_NOOP("Messages", "there is no {kind} group '{name}'"),
    QT_TRANSLATE_NOOP("Messages", "there is no memo {memo}"),
    QT_TRANSLATE_NOOP("Messages", "[{start}, {end}) is not a range inside document {document} (0 to {length}, start before end)"),
    QT_TRANSLATE_NOOP("Messages", "the {kind} name '{name}' cannot be used: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "a {kind} named '{name}' exists already"),
    QT_TRANSLATE_NOOP("Messages", "'{value}' is not a colour; use #RRGGBB"),
    QT_TRANSLATE_NOOP("Messages", "{name}: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "cannot move '{path}' to '{target}': {reason}"),
    QT_TRANSLATE_NOOP("Messages", "{file}: {reason} ({detail})"),
    QT_TRANSLATE_NOOP("Messages", "{file}: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "{file}: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "there is no {scope} relation type '{name}'; known types: {known}"),
    QT_TRANSLATE_NOOP("Messages", "the {kind} '{item}' cannot be related to itself"),
    QT_TRANSLATE_NOOP("Messages", "'{source}' {relation} '{target}' would close a cycle of a transitive relation"),
    QT_TRANSLATE_NOOP("Messages", "'{source}' {relation} '{target}' is not in the project"),
    QT_TRANSLATE_NOOP("Messages", "there is no network '{name}'"),
    QT_TRANSLATE_NOOP("Messages", "there is no smart code '{name}'"),
    QT_TRANSLATE_NOOP("Messages", "query syntax error at line {line}, column {column}: unexpected '{found}'; expected {expected_text}"),
    QT_TRANSLATE_NOOP("Messages", "the query names '{name}', which is not a code, smart code or code group"),
    QT_TRANSLATE_NOOP("Messages", "the smart code '{name}' refers to itself ({path})"),
    QT_TRANSLATE_NOOP("Messages", "{file}: not written: the pseudonymised copy still contains {names} (in {places}); add them to the names to replace (coder names need --coder-names)"),
    QT_TRANSLATE_NOOP("Messages", "{path}: cannot be changed: {detail}"),
    QT_TRANSLATE_NOOP("Messages", "query syntax error at line {line}, column {column}: the query ends too early; expected {expected_text}"),
)

IMPORT_REASONS = (
    QT_TRANSLATE_NOOP("Messages", "no such file or folder"),
    QT_TRANSLATE_NOOP("Messages", "cannot be read"),
    QT_TRANSLATE_NOOP("Messages", "is a folder"),
    QT_TRANSLATE_NOOP("Messages", "is empty"),
    QT_TRANSLATE_NOOP("Messages", "is too large"),
    QT_TRANSLATE_NOOP("Messages", "is not a text document (binary content)"),
    QT_TRANSLATE_NOOP("Messages", "has bytes that are invalid in every known text encoding"),
    QT_TRANSLATE_NOOP("Messages", "is damaged or truncated"),
    QT_TRANSLATE_NOOP("Messages", "is password-protected"),
    QT_TRANSLATE_NOOP("Messages", "expands to an unreasonable size (possible zip bomb)"),
    QT_TRANSLATE_NOOP("Messages", "contains unsafe XML (entity declarations)"),
    QT_TRANSLATE_NOOP("Messages", "contains a file path that points outside the archive, or a link (refused)"),
    QT_TRANSLATE_NOOP("Messages", "has no text layer (a scanned PDF?); run OCR first"),
    QT_TRANSLATE_NOOP("Messages", "is not a supported format"),
    QT_TRANSLATE_NOOP("Messages", "has the same content as a document already in the project"),
)

INTEROP_REASONS = (
    QT_TRANSLATE_NOOP("Messages", "no such file"),
    QT_TRANSLATE_NOOP("Messages", "cannot be read"),
    QT_TRANSLATE_NOOP("Messages", "is not a REFI-QDA project archive (not a zip file)"),
    QT_TRANSLATE_NOOP("Messages", "holds no project.qde, so it is not a REFI-QDA project"),
    QT_TRANSLATE_NOOP("Messages", "holds several .qde project files"),
    QT_TRANSLATE_NOOP("Messages", "is not a REFI-QDA file"),
    QT_TRANSLATE_NOOP("Messages", "is damaged: its XML is not well-formed"),
    QT_TRANSLATE_NOOP("Messages", "contains unsafe XML (DOCTYPE or entity declarations) and was refused"),
    QT_TRANSLATE_NOOP("Messages", "is too large to import"),
    QT_TRANSLATE_NOOP("Messages", "has too many files inside"),
    QT_TRANSLATE_NOOP("Messages", "contains a file path that points outside the archive (refused)"),
    QT_TRANSLATE_NOOP("Messages", "contains a symbolic link (refused)"),
    QT_TRANSLATE_NOOP("Messages", "is password-protected"),
    QT_TRANSLATE_NOOP("Messages", "expands to an unreasonable size (possible zip bomb)"),
    QT_TRANSLATE_NOOP("Messages", "could not be written"),
    QT_TRANSLATE_NOOP("Messages", "lacks the text of a document"),
    QT_TRANSLATE_NOOP("Messages", "cannot be imported without losing data"),
    QT_TRANSLATE_NOOP("Messages", "was not written: a REFI-QDA codebook must hold at least one code"),
)

REPORT_ENTRIES = (
    QT_TRANSLATE_NOOP("Messages", "offsets in {source} read as {unit_words}{origin}{bom_words}: {reason_words}"),
    QT_TRANSLATE_NOOP("Messages", "offsets in {count} document(s) read as code points: no character outside the BMP comes before their quotations, so code points and UTF-16 units agree"),
    QT_TRANSLATE_NOOP("Messages", "{count} quotation(s) in {source} do not match the text they name"),
    QT_TRANSLATE_NOOP("Messages", "a quotation in {source} ran past the end of the text; cut at the end"),
    QT_TRANSLATE_NOOP("Messages", "a quotation in {source} has an impossible range ({start}, {end}); left out"),
    QT_TRANSLATE_NOOP("Messages", "an empty quotation in {source} (at {start}) was left out"),
    QT_TRANSLATE_NOOP("Messages", "document {source} has no readable text ({reason}); left out"),
    QT_TRANSLATE_NOOP("Messages", "{source} is a {source_kind} source; its {text_from} was imported as a text document with {quotations} quotation(s)"),
    QT_TRANSLATE_NOOP("Messages", "{source} is a {source_kind} source without text; not imported"),
    QT_TRANSLATE_NOOP("Messages", "{source}: {count} {element_words} not imported ({codings} coding(s) on them): {reason_words}"),
    QT_TRANSLATE_NOOP("Messages", "{count} reference(s) to a missing {ref_kind} ({target}) were dropped"),
    QT_TRANSLATE_NOOP("Messages", "two {element} elements share the GUID {guid}; the second was given a new GUID"),
    QT_TRANSLATE_NOOP("Messages", "two {element} elements share the GUID {guid}; the second was left out"),
    QT_TRANSLATE_NOOP("Messages", "a {element} uses the GUID {guid} of a {first}; the {element} was given a new GUID"),
    QT_TRANSLATE_NOOP("Messages", "a {element} uses the GUID {guid} of a {first}; the {element} was left out"),
    QT_TRANSLATE_NOOP("Messages", "{count} identifier(s) were not GUIDs (e.g. '{example}'); new ones derived"),
    QT_TRANSLATE_NOOP("Messages", "a {element} had no GUID; one was assigned"),
    QT_TRANSLATE_NOOP("Messages", "'{value}' is not a colour ({element_name}); a default colour was used"),
    QT_TRANSLATE_NOOP("Messages", "{element_name} was not UTF-8 ({encoding}); decoded"),
    QT_TRANSLATE_NOOP("Messages", "a file inside the archive had another name or folder than referenced; used it"),
    QT_TRANSLATE_NOOP("Messages", "{count} date(s) without a time zone or unreadable (e.g. '{example}'); read as UTC"),
    QT_TRANSLATE_NOOP("Messages", "{count} GUID(s) written with braces; normalised"),
    QT_TRANSLATE_NOOP("Messages", "a variable value of {element_name} did not fit its type; kept as text"),
    QT_TRANSLATE_NOOP("Messages", "the file uses namespace '{namespace}'; read as REFI-QDA 1.0"),
    QT_TRANSLATE_NOOP("Messages", "{count} nameless case(s) read as document attributes"),
    QT_TRANSLATE_NOOP("Messages", "{count} memo(s) attached through Links"),
    QT_TRANSLATE_NOOP("Messages", "{count} coding(s) of the whole of {source} became a quotation of all its text"),
    QT_TRANSLATE_NOOP("Messages", "{count} {variant} element(s) are not supported and were left out"),
    QT_TRANSLATE_NOOP("Messages", "the text of {source} was normalised (newlines, Unicode NFC); offsets converted"),
    QT_TRANSLATE_NOOP("Messages", "the description of {source} became a memo on that document"),
    QT_TRANSLATE_NOOP("Messages", "the text of memo {note} is missing; imported with an empty text"),
    QT_TRANSLATE_NOOP("Messages", "{element} '{name}' renamed to '{new_name}'"),
    QT_TRANSLATE_NOOP("Messages", "code '{name}' has the same name as its sibling '{into}' (ignoring case, Unicode composition and spacing); merged into it"),
    QT_TRANSLATE_NOOP("Messages", "a repeated coding (same code and coder) in a quotation was merged"),
    QT_TRANSLATE_NOOP("Messages", "quotation IDs with gaps kept in the note 'qda_app quotation IDs'"),
    QT_TRANSLATE_NOOP("Messages", "the quotation ID table does not fit this file; quotations numbered in order"),
    QT_TRANSLATE_NOOP("Messages", "set '{name}' holds codes and documents; made a code group and a document group"),
    QT_TRANSLATE_NOOP("Messages", "two values for one attribute of {source}; kept '{kept}', ignored '{ignored}'"),
    QT_TRANSLATE_NOOP("Messages", "{what_words} cannot be stored in REFI-QDA and were not exported"),
)

REPORT_WORDS = (
    QT_TRANSLATE_NOOP("Messages", "{count} representative mark(s)"),
    QT_TRANSLATE_NOOP("Messages", "{count} table excerpt(s) of quotations"),
    QT_TRANSLATE_NOOP("Messages", "the empty {kind} group '{name}'"),
    QT_TRANSLATE_NOOP("Messages", "UTF-16 units"),
    QT_TRANSLATE_NOOP("Messages", "code points"),
    QT_TRANSLATE_NOOP("Messages", "converted"),
    QT_TRANSLATE_NOOP("Messages", "used as they are"),
    QT_TRANSLATE_NOOP("Messages", ", the byte-order mark counted as the first position"),
    QT_TRANSLATE_NOOP("Messages", "the other reading gives offsets that cannot exist in the text"),
    QT_TRANSLATE_NOOP("Messages", "{matched} of {tested} quoted texts match in this reading, more than in the other"),
    QT_TRANSLATE_NOOP("Messages", "{on_boundaries} of {ends} quotation ends fall on word boundaries, clearly more than in the other reading"),
    QT_TRANSLATE_NOOP("Messages", "the evidence in the file does not decide; this is the producer's convention"),
    QT_TRANSLATE_NOOP("Messages", "the evidence is too thin to tell code points from UTF-16 units; check the quotations of this document"),
    QT_TRANSLATE_NOOP("Messages", "both readings agree"),
    QT_TRANSLATE_NOOP("Messages", "PDF region(s)"),
    QT_TRANSLATE_NOOP("Messages", "areas of a page, not text positions"),
    QT_TRANSLATE_NOOP("Messages", "picture region(s)"),
    QT_TRANSLATE_NOOP("Messages", "areas of an image, not text positions"),
    QT_TRANSLATE_NOOP("Messages", "audio time range(s)"),
    QT_TRANSLATE_NOOP("Messages", "time ranges of a recording, not text positions"),
    QT_TRANSLATE_NOOP("Messages", "video time range(s)"),
    QT_TRANSLATE_NOOP("Messages", "time ranges of a recording, not text positions"),
    QT_TRANSLATE_NOOP("Messages", "transcript selection(s)"),
    QT_TRANSLATE_NOOP("Messages", "their sync points give no text position"),
    QT_TRANSLATE_NOOP("Messages", "transcript(s)"),
    QT_TRANSLATE_NOOP("Messages", "their text is not in the file"),
    QT_TRANSLATE_NOOP("Messages", "sync point time stamp(s)"),
    QT_TRANSLATE_NOOP("Messages", "a text document has no time line"),
    QT_TRANSLATE_NOOP("Messages", "coding(s) of the whole source"),
    QT_TRANSLATE_NOOP("Messages", "the source has no text to quote"),
    QT_TRANSLATE_NOOP("Messages", "info"),
    QT_TRANSLATE_NOOP("Messages", "warning"),
    QT_TRANSLATE_NOOP("Messages", "error"),
)

KIND_TEMPLATES = (
    QT_TRANSLATE_NOOP("Messages", "a code named '{name}' exists already"),
    QT_TRANSLATE_NOOP("Messages", "a smart code named '{name}' exists already"),
    QT_TRANSLATE_NOOP("Messages", "a network named '{name}' exists already"),
    QT_TRANSLATE_NOOP("Messages", "a relation type named '{name}' exists already"),
    QT_TRANSLATE_NOOP("Messages", "a code group named '{name}' exists already"),
    QT_TRANSLATE_NOOP("Messages", "a coder named '{name}' exists already"),
    QT_TRANSLATE_NOOP("Messages", "a document named '{name}' exists already"),
    QT_TRANSLATE_NOOP("Messages", "the code name '{name}' cannot be used: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "the smart code name '{name}' cannot be used: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "the network name '{name}' cannot be used: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "the relation type name '{name}' cannot be used: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "the code group name '{name}' cannot be used: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "the group name '{name}' cannot be used: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "the document name '{name}' cannot be used: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "the attribute name '{name}' cannot be used: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "the coder name '{name}' cannot be used: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "there is no code group '{name}'"),
    QT_TRANSLATE_NOOP("Messages", "there is no document group '{name}'"),
    QT_TRANSLATE_NOOP("Messages", "the code '{item}' cannot be related to itself"),
    QT_TRANSLATE_NOOP("Messages", "the quotation '{item}' cannot be related to itself"),
    QT_TRANSLATE_NOOP("Messages", "the memo '{item}' cannot be related to itself"),
    QT_TRANSLATE_NOOP("Messages", "there is no code relation type '{name}'; known types: {known}"),
    QT_TRANSLATE_NOOP("Messages", "there is no quotation relation type '{name}'; known types: {known}"),
)
NAME_REASONS = (
    QT_TRANSLATE_NOOP("Messages", "it is empty"),
    QT_TRANSLATE_NOOP("Messages", "it is too long"),
    QT_TRANSLATE_NOOP("Messages", "it contains control characters"),
    QT_TRANSLATE_NOOP("Messages", "'::' separates the levels of a code"),
    QT_TRANSLATE_NOOP("Messages", "a level of the code path is empty"),
)
MESSAGE_WORDS = (
    QT_TRANSLATE_NOOP("Messages", "something else"),
)
CLI_LINES = (
    QT_TRANSLATE_NOOP("Messages", "qda-app: error: {message}"),
    QT_TRANSLATE_NOOP("Messages", "qda-app: skipped: {message}"),
    QT_TRANSLATE_NOOP("Messages", "qda-app: refused: {message}"),
    QT_TRANSLATE_NOOP("Messages", "  would be left out: {entry}"),
    QT_TRANSLATE_NOOP("Messages", "  left out: {entry}"),
    QT_TRANSLATE_NOOP("Messages", "qda-app: fix the file, or import with --accept-losses to leave these out"),
    QT_TRANSLATE_NOOP("Messages", "qda-app: interrupted; the project keeps every change that was completed"),
    QT_TRANSLATE_NOOP("Messages", "qda-app: internal error: {kind}: {detail} (details in {log})"),
    QT_TRANSLATE_NOOP("Messages", "qda-app: note: the code '{path}' exists already"),
    QT_TRANSLATE_NOOP("Messages", "qda-app: note: the code '{path}' exists already (colour and definition updated)"),
    QT_TRANSLATE_NOOP("Messages", "qda-app: merged {merged} into '{kept}'"),
    QT_TRANSLATE_NOOP("Messages", "qda-app: no duplicate codes"),
    QT_TRANSLATE_NOOP("Messages", "qda-app: note: {same} are one code by name; 'qda-app codes {project} --merge-duplicates' merges them"),
    QT_TRANSLATE_NOOP("Messages", "qda-app: warning: no document named '{name}'"),
    QT_TRANSLATE_NOOP("Messages", "qda-app: no quotation matches the query in this scope"),
    QT_TRANSLATE_NOOP("Messages", "qda-app: saved as the smart code '{name}' ({count} quotations now)"),
    QT_TRANSLATE_NOOP("Messages", "qda-app: error: no display found for the program window; run it in a desktop session, or use the command-line verbs (qda-app --help)"),
)


def translate_message(template: str) -> str:
    """The ``translate`` callable that describe() and report_text take."""
    return QCoreApplication.translate(CONTEXT, template)


def error_text(error: QdaError) -> str:
    """One translated sentence for any domain error, REFI-QDA reasons worded as well."""
    if isinstance(error, InteropError):
        return describe_interop(error, translate_message)
    return describe(error, translate_message)
