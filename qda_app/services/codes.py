"""Use cases on the code system: create, rename, move, merge, recolour, describe, delete."""

from __future__ import annotations

from qda_app.core.errors import DuplicateName, InvalidMove
from qda_app.core.model import Code, CodeCounts
from qda_app.core.numbering import check_name, normalise_color, split_code_path
from qda_app.services import lookup
from qda_app.services.code_duplicates import fold_code
from qda_app.services.command_names import command_name
from qda_app.services.project import Project
from qda_app.store import codes as code_store
from qda_app.store.database import new_guid, utc_now

# Distinct, readable on white and on dark backgrounds; new categories take the next one.
PALETTE = (
    "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4",
    "#f032e6", "#9a6324", "#469990", "#808000", "#000075", "#e6a800",
)


def list_codes(project: Project) -> list[Code]:
    return code_store.list_codes(project.database)


def code_counts(
    project: Project, *, coders: list[str] | None = None, document_ids: list[int] | None = None
) -> dict[int, CodeCounts]:
    coder_ids = lookup.coder_ids(project, coders) if coders else None
    return code_store.code_counts(project.database, coder_ids=coder_ids, document_ids=document_ids)


def ensure_code_path(
    project: Project, path: str, *, color: str | None = None, description: str | None = None
) -> int:
    """Id of the code at ``path``, creating missing levels. Call inside an action."""
    known = project.cache("code ids by path", "codes")
    plain_lookup = color is None and description is None
    if plain_lookup and path in known:
        return known[path]
    db = project.database
    parent: int | None = None
    parts = split_code_path(path)
    for depth, part in enumerate(parts):
        found = code_store.find_child(db, parent, part)
        last = depth == len(parts) - 1
        if found is None:
            if last and color:
                level_color = normalise_color(color)
            elif parent is not None:
                level_color = code_store.get_code_row(db, parent)["color"]
            else:
                count = code_store.top_level_count(db)
                level_color = PALETTE[count % len(PALETTE)]
            now = utc_now()
            found = code_store.insert_code(
                db,
                {
                    "guid": new_guid(),
                    "parent_id": parent,
                    "name": part,
                    "color": level_color,
                    "description": (description or "") if last else "",
                    "sort_order": code_store.next_sort_order(db, parent),
                    "created_by": project.coder_id(),
                    "created_at": now,
                    "modified_at": now,
                },
            )
        elif last:
            changes = {}
            if color:
                changes["color"] = normalise_color(color)
                changes["color_assigned"] = 0  # chosen by the user now, exported from now on
            if description is not None:
                changes["description"] = description
            if changes:
                code_store.update_code(db, found, {**changes, "modified_at": utc_now()})
        parent = found
    assert parent is not None
    if plain_lookup:
        known[path] = parent  # if a level was created here, this dict is already outdated
    return parent


def code_paths_by_id(project: Project) -> dict[int, str]:
    """Every code's full path, kept until the code system changes."""
    paths = project.cache("code paths by id", "codes")
    if not paths:
        paths.update((code.id, code.path) for code in code_store.list_codes(project.database))
    return paths


def create_code(
    project: Project, *, path: str, color: str | None = None, description: str | None = None
) -> Code:
    if color:
        normalise_color(color)  # refuse a bad colour before anything is written
    code_id = project.execute(
        command_name("create_code", name=split_code_path(path)[-1]),
        lambda: ensure_code_path(project, path, color=color, description=description),
    )
    return _by_id(project, code_id)


def _by_id(project: Project, code_id: int) -> Code:
    return next(code for code in code_store.list_codes(project.database) if code.id == code_id)


def rename_code(project: Project, *, path: str, new_name: str) -> Code:
    code = lookup.code(project, path)
    name = check_name(new_name, kind="code")
    other = code_store.find_child(project.database, code.parent_id, name)
    if other is not None and other != code.id:
        raise DuplicateName(kind="code", name=name)
    project.execute(
        command_name("rename_code", name=code.name, new_name=name),
        lambda: code_store.update_code(project.database, code.id, {"name": name, "modified_at": utc_now()}),
    )
    return _by_id(project, code.id)


def recolour_code(project: Project, *, path: str, color: str) -> Code:
    code = lookup.code(project, path)
    value = normalise_color(color)
    project.execute(
        command_name("recolour_code", name=code.name),
        lambda: code_store.update_code(
            project.database, code.id, {"color": value, "color_assigned": 0, "modified_at": utc_now()}
        ),
    )
    return _by_id(project, code.id)


def describe_code(project: Project, *, path: str, description: str) -> Code:
    code = lookup.code(project, path)
    project.execute(
        command_name("edit_definition", name=code.name),
        lambda: code_store.update_code(
            project.database, code.id, {"description": description, "modified_at": utc_now()}
        ),
    )
    return _by_id(project, code.id)


def move_code(project: Project, *, path: str, new_parent: str | None, position: int | None = None) -> Code:
    """Move a code under another (or to the top level), optionally to a sibling position."""
    db = project.database
    code = lookup.code(project, path)
    parent_id = lookup.code_id(project, new_parent) if new_parent else None
    if parent_id is not None and (parent_id == code.id or parent_id in code_store.descendant_ids(db, code.id)):
        raise InvalidMove(path=path, target=new_parent, reason="a code cannot move below itself",
                          problem="below_itself")
    clash = code_store.find_child(db, parent_id, code.name)
    if clash is not None and clash != code.id:
        raise DuplicateName(kind="code", name=code.name)

    def action() -> None:
        siblings = code_store.sibling_ids(db, parent_id, excluding=code.id)
        index = len(siblings) if position is None else max(0, min(position, len(siblings)))
        siblings.insert(index, code.id)
        for order, sibling in enumerate(siblings):
            values: dict = {"sort_order": order}
            if sibling == code.id:
                values.update(parent_id=parent_id, modified_at=utc_now())
            code_store.update_code(db, sibling, values)

    name = (command_name("move_code", name=code.name, target=new_parent.split("::")[-1]) if new_parent
            else command_name("move_code_to_top", name=code.name))
    project.execute(name, action)
    return _by_id(project, code.id)


def merge_codes(project: Project, *, source: str, target: str) -> Code:
    """Fold ``source`` into ``target``: its codings, sub-codes, relations and marks move over."""
    db = project.database
    source_code, target_code = lookup.code(project, source), lookup.code(project, target)
    if source_code.id == target_code.id or target_code.id in code_store.descendant_ids(db, source_code.id):
        raise InvalidMove(path=source, target=target, reason="cannot merge a code into itself or its sub-code",
                          problem="into_itself")

    def action() -> None:
        # Sub-codes the target has already (by name) are folded into the target's own.
        fold_code(db, source_id=source_code.id, target_id=target_code.id)

    project.execute(command_name("merge_code", name=source_code.name, target=target_code.name), action)
    return _by_id(project, target_code.id)


def codings_below(project: Project, *, path: str) -> int:
    """How many codings deleting ``path`` (with its sub-codes) would remove."""
    code_id = lookup.code_id(project, path)
    ids = [code_id, *code_store.descendant_ids(project.database, code_id)]
    return code_store.count_codings(project.database, ids)


def delete_code(project: Project, *, path: str) -> int:
    """Delete a code with its sub-codes and their codings; returns the codings removed."""
    db = project.database
    code = lookup.code(project, path)
    removed = codings_below(project, path=path)

    def action() -> None:
        for descendant in reversed(code_store.descendant_ids(db, code.id)):
            code_store.delete_code_row(db, descendant)
        code_store.delete_code_row(db, code.id)

    project.execute(command_name("delete_code", name=code.name), action)
    return removed


def relate_codes(project: Project, *, source: str, target: str, name: str = "is associated with",
                 comment: str = "") -> None:
    """Relate two codes (see ``services.relations.relate_codes``, the full API)."""
    from qda_app.services import relations

    relations.relate_codes(project, source=source, target=target, relation=name, comment=comment)


def unrelate_codes(project: Project, *, source: str, target: str, name: str | None = None) -> int:
    """Remove relations between two codes (see ``services.relations.unrelate_codes``)."""
    from qda_app.services import relations

    return relations.unrelate_codes(project, source=source, target=target, relation=name)
