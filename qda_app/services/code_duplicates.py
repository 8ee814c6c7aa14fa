"""Codes that are one code by name: finding them, and folding them together when asked.

Code names compare by ``name_key`` (NFC, Unicode case folding, whitespace collapsed), so
"Acción::Éxito" and "acción::éxito" are one code. Projects written before that rule, or
filled by a program that compared ASCII case only, can hold both. Nothing merges them
behind the user's back: ``find_duplicate_codes`` lists them, and ``merge_duplicate_codes``
(the GUI after the user confirms, ``qda-app codes --merge-duplicates``) folds each group into
its first code in tree order, as one undoable action.
"""

from __future__ import annotations

from dataclasses import dataclass

from qda_app.core.numbering import code_path_key
from qda_app.services.command_names import command_name
from qda_app.services.project import Project
from qda_app.store import codes as code_store
from qda_app.store.database import ProjectDatabase, utc_now


@dataclass(frozen=True)
class DuplicateCodes:
    kept: str  # the path of the code the others fold into (first in tree order)
    merged: tuple[str, ...]  # the paths folded into it


def find_duplicate_codes(project: Project) -> list[DuplicateCodes]:
    """Groups of codes whose whole paths are equal by name_key, in tree order."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for code in code_store.list_codes(project.database):  # parents before children
        groups.setdefault(code_path_key(code.path), []).append(code.path)
    return [DuplicateCodes(kept=paths[0], merged=tuple(paths[1:]))
            for paths in groups.values() if len(paths) > 1]


def fold_code(db: ProjectDatabase, *, source_id: int, target_id: int) -> None:
    """Move everything of ``source_id`` to ``target_id`` and delete it; sub-codes that are
    one code by name with one of the target's are folded into it in turn. Inside an action."""
    target_children = code_store.children_by_key(db, target_id)
    for key, ids in code_store.children_by_key(db, source_id).items():
        if key in target_children:
            for child in ids:
                fold_code(db, source_id=child, target_id=target_children[key][0])
    source = code_store.get_code_row(db, source_id)
    target = code_store.get_code_row(db, target_id)
    code_store.reassign_code(db, source_id=source_id, target_id=target_id)
    if source and target and source["description"] and not target["description"]:
        code_store.update_code(db, target_id, {"description": source["description"],
                                               "modified_at": utc_now()})
    code_store.delete_code_row(db, source_id)


def _fold_siblings(db: ProjectDatabase) -> None:
    changed = True
    while changed:  # folding two parents can make their sub-codes siblings
        changed = False
        for parent in code_store.parent_ids(db):
            if parent is not None and code_store.get_code_row(db, parent) is None:
                continue  # folded away in this pass
            for ids in code_store.children_by_key(db, parent).values():
                for duplicate in ids[1:]:
                    fold_code(db, source_id=duplicate, target_id=ids[0])
                    changed = True


def merge_duplicate_codes(project: Project) -> list[DuplicateCodes]:
    """Fold every group of same-name codes into its first code; returns what was merged."""
    found = find_duplicate_codes(project)
    if found:
        project.execute(command_name("merge_duplicates", count=sum(len(item.merged) for item in found)),
                        lambda: _fold_siblings(project.database))
    return found
