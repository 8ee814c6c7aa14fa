"""Undo/redo entry names in the reader's language.

Services name their commands in English ("Rename code 'X' to 'Y'"): the name is stored with
the command and the CLI prints it. The GUI translates the leading verb phrase, which is a
closed set; what follows (names, numbers, the occasional "to"/"into") is left as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "UndoNames"

# Longest first, so "Delete code" wins over a shorter prefix of it.
PREFIXES: tuple[str, ...] = tuple(sorted((
    QT_TRANSLATE_NOOP("UndoNames", "Add document"),
    QT_TRANSLATE_NOOP("UndoNames", "Add to group"),
    QT_TRANSLATE_NOOP("UndoNames", "Auto-code"),
    QT_TRANSLATE_NOOP("UndoNames", "Build demo project"),
    QT_TRANSLATE_NOOP("UndoNames", "Code"),
    QT_TRANSLATE_NOOP("UndoNames", "Comment on quotation"),
    QT_TRANSLATE_NOOP("UndoNames", "Consensus on passage"),
    QT_TRANSLATE_NOOP("UndoNames", "Consensus on"),
    QT_TRANSLATE_NOOP("UndoNames", "Create code"),
    QT_TRANSLATE_NOOP("UndoNames", "Create memo"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete code"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete document"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete memo"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete quotation"),
    QT_TRANSLATE_NOOP("UndoNames", "Edit definition of"),
    QT_TRANSLATE_NOOP("UndoNames", "Edit memo"),
    QT_TRANSLATE_NOOP("UndoNames", "Import"),
    QT_TRANSLATE_NOOP("UndoNames", "Import attributes from"),
    QT_TRANSLATE_NOOP("UndoNames", "Import codebook"),
    QT_TRANSLATE_NOOP("UndoNames", "Link"),
    QT_TRANSLATE_NOOP("UndoNames", "Mark"),
    QT_TRANSLATE_NOOP("UndoNames", "Merge"),
    QT_TRANSLATE_NOOP("UndoNames", "Merge code"),
    QT_TRANSLATE_NOOP("UndoNames", "Move code"),
    QT_TRANSLATE_NOOP("UndoNames", "Pseudonymise"),
    QT_TRANSLATE_NOOP("UndoNames", "Recolour code"),
    QT_TRANSLATE_NOOP("UndoNames", "Remove code"),
    QT_TRANSLATE_NOOP("UndoNames", "Remove code link"),
    QT_TRANSLATE_NOOP("UndoNames", "Remove from group"),
    QT_TRANSLATE_NOOP("UndoNames", "Rename code"),
    QT_TRANSLATE_NOOP("UndoNames", "Rename document"),
    QT_TRANSLATE_NOOP("UndoNames", "Resize quotation"),
    QT_TRANSLATE_NOOP("UndoNames", "Set"),
    QT_TRANSLATE_NOOP("UndoNames", "Unmark"),
    QT_TRANSLATE_NOOP("UndoNames", "Create relation type"),
    QT_TRANSLATE_NOOP("UndoNames", "Edit relation type"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete relation type"),
    QT_TRANSLATE_NOOP("UndoNames", "Comment relation"),
    QT_TRANSLATE_NOOP("UndoNames", "Unrelate"),
    QT_TRANSLATE_NOOP("UndoNames", "Remove relation"),
    QT_TRANSLATE_NOOP("UndoNames", "Relate"),
    QT_TRANSLATE_NOOP("UndoNames", "Create network"),
    QT_TRANSLATE_NOOP("UndoNames", "Rename network"),
    QT_TRANSLATE_NOOP("UndoNames", "Describe network"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete network"),
    QT_TRANSLATE_NOOP("UndoNames", "Add to network"),
    QT_TRANSLATE_NOOP("UndoNames", "Remove from network"),
    QT_TRANSLATE_NOOP("UndoNames", "Create code group"),
    QT_TRANSLATE_NOOP("UndoNames", "Rename code group"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete code group"),
    QT_TRANSLATE_NOOP("UndoNames", "Unlink"),
    QT_TRANSLATE_NOOP("UndoNames", "Remove quotation link"),
    QT_TRANSLATE_NOOP("UndoNames", "Save smart code"),
    QT_TRANSLATE_NOOP("UndoNames", "Rename smart code"),
    QT_TRANSLATE_NOOP("UndoNames", "Delete smart code"),
    QT_TRANSLATE_NOOP("UndoNames", "Attach memo"),
    QT_TRANSLATE_NOOP("UndoNames", "Detach memo"),
    QT_TRANSLATE_NOOP("UndoNames", "Move node"),
    QT_TRANSLATE_NOOP("UndoNames", "Move"),
    QT_TRANSLATE_NOOP("UndoNames", "Add to code group"),
    QT_TRANSLATE_NOOP("UndoNames", "Remove from code group"),
), key=len, reverse=True))


def translated_command_name(name: str) -> str:
    """``name`` with its known leading phrase translated; unknown names are kept as they are."""
    for prefix in PREFIXES:
        if name == prefix or name.startswith(prefix + " ") or name.startswith(prefix + ":"):
            return QCoreApplication.translate(CONTEXT, prefix) + name[len(prefix):]
    return name
