"""Undo/redo entry names in the reader's language.

Services name each command with a key and fields (services/command_names.py); the English
sentence is kept for the CLI and logs, and here the whole sentence is looked up in context
"UndoNames" and filled in, so each language orders its own words. The tuple below exists so
that lupdate collects the sentences; tools/regen_messages.py rewrites it from the table and
tests/gui/test_undo_names.py checks that both agree.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qda_app.core.localized import in_language
from qda_app.gui.i18n import current_language
from qda_app.services.command_names import COMMAND_NAMES
from qda_app.services.commands import CommandRecord

CONTEXT = "UndoNames"

UNDO_NAMES = (
    QT_TRANSLATE_NOOP("UndoNames", "Create quotation"),
    QT_TRANSLATE_NOOP("UndoNames", "Code '{code}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Code with {count} codes: {codes}"),
    QT_TRANSLATE_NOOP("UndoNames", "Remove code '{code}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Resize quotation {quotation}"),
    QT_TRANSLATE_NOOP("UndoNames", "Comment on quotation {quotation}"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete quotation {quotation}"),
    QT_TRANSLATE_NOOP("UndoNames", "Mark {quotation} as representative of '{code}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Unmark {quotation} as representative of '{code}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Set excerpt of {quotation}"),
    QT_TRANSLATE_NOOP("UndoNames", "Print {quotation} whole"),
    QT_TRANSLATE_NOOP("UndoNames", "Auto-code {count} hits with {codes}"),
    QT_TRANSLATE_NOOP("UndoNames", "Add document '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Import '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Import {count} documents"),
    QT_TRANSLATE_NOOP("UndoNames", "Rename document {number} to '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete document {number} '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Edit text of document {number}"),
    QT_TRANSLATE_NOOP("UndoNames", "Add to group '{group}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Remove from group '{group}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Set '{attribute}' of document {number}"),
    QT_TRANSLATE_NOOP("UndoNames", "Import attributes from '{file}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Create code '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Rename code '{name}' to '{new_name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Recolour code '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Edit definition of '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Move code '{name}' to '{target}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Move code '{name}' to the top level"),
    QT_TRANSLATE_NOOP("UndoNames", "Merge code '{name}' into '{target}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete code '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Merge {count} duplicate codes"),
    QT_TRANSLATE_NOOP("UndoNames", "Merge 1 duplicate code"),
    QT_TRANSLATE_NOOP("UndoNames", "Create code group '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Rename code group '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete code group '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Add to code group '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Remove from code group '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Save smart code '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Rename smart code '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete smart code '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Create relation type '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Edit relation type '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete relation type '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Relate '{source}' {relation} '{target}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Comment relation"),
    QT_TRANSLATE_NOOP("UndoNames", "Unrelate '{source}' and '{target}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Remove relation"),
    QT_TRANSLATE_NOOP("UndoNames", "Link {source} {relation} {target}"),
    QT_TRANSLATE_NOOP("UndoNames", "Unlink {source} and {target}"),
    QT_TRANSLATE_NOOP("UndoNames", "Remove quotation link"),
    QT_TRANSLATE_NOOP("UndoNames", "Create network '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Rename network '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Describe network '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete network '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Add to network '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Remove from network '{name}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Move node"),
    QT_TRANSLATE_NOOP("UndoNames", "Move {count} nodes"),
    QT_TRANSLATE_NOOP("UndoNames", "Create memo '{title}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Edit memo '{title}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete memo '{title}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Attach memo '{title}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Detach memo '{title}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Consensus on passage {number}: accept {coder}"),
    QT_TRANSLATE_NOOP("UndoNames", "Consensus on passage {number}: union"),
    QT_TRANSLATE_NOOP("UndoNames", "Consensus on passage {number}: intersection"),
    QT_TRANSLATE_NOOP("UndoNames", "Consensus on passage {number}: custom boundaries"),
    QT_TRANSLATE_NOOP("UndoNames", "Consensus on {count} passages: accept {coder}"),
    QT_TRANSLATE_NOOP("UndoNames", "Consensus on {count} passages: union"),
    QT_TRANSLATE_NOOP("UndoNames", "Consensus on {count} passages: intersection"),
    QT_TRANSLATE_NOOP("UndoNames", "Merge {file}"),
    QT_TRANSLATE_NOOP("UndoNames", "Import '{file}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Import codebook '{file}'"),
    QT_TRANSLATE_NOOP("UndoNames", "Build demo project"),
    QT_TRANSLATE_NOOP("UndoNames", "Prepare copy for {coder}"),
    QT_TRANSLATE_NOOP("UndoNames", "Simulated coding by {coder}"),
    QT_TRANSLATE_NOOP("UndoNames", "Pseudonymise {count} names"),
    QT_TRANSLATE_NOOP("UndoNames", "Edit stop words"),
    QT_TRANSLATE_NOOP("UndoNames", "Set report wording ({language})"),
)


def translated_command_name(record: CommandRecord) -> str:
    """The record's name as a whole sentence of the reader's language, built-in relation types
    named in it too; a record named by a plain string (none of ours) keeps that string."""
    if record.title is None:
        return record.name
    template = COMMAND_NAMES[record.title.key]
    language = current_language()
    fields = {key: in_language(value, language) for key, value in record.title.fields}
    try:
        return QCoreApplication.translate(CONTEXT, template).format(**fields)
    except (KeyError, IndexError, ValueError):  # a damaged translation must not hide the action
        return record.name
