"""Use cases on code groups: named sets of codes apart from the tree (a code may be in several).

Codes are given as paths or ids, groups by name. Each function is one undoable command.
"""

from __future__ import annotations

from collections.abc import Sequence

from qda_app.core.errors import DuplicateName
from qda_app.core.model import Group
from qda_app.core.numbering import check_name
from qda_app.services import lookup
from qda_app.services.command_names import command_name
from qda_app.services.project import Project
from qda_app.services.relations import CodeRef, resolve_code
from qda_app.store import codes as code_store
from qda_app.store import groups as group_store


def list_code_groups(project: Project) -> list[Group]:
    """Every code group by name; ``members`` are code ids in the order they were added."""
    return group_store.list_groups(project.database, "code")


def code_group(project: Project, name: str) -> Group:
    """The group called ``name`` (``GroupNotFound`` when there is none)."""
    group_id = lookup.group_id(project, "code", name)
    return next(group for group in list_code_groups(project) if group.id == group_id)


def create_code_group(project: Project, *, name: str, codes: Sequence[CodeRef] = ()) -> Group:
    """A new group, optionally with its first codes (one command)."""
    clean = check_name(name, kind="code group")
    if group_store.find_group(project.database, "code", clean) is not None:
        raise DuplicateName(kind="code group", name=clean)
    code_ids = [resolve_code(project, code) for code in codes]

    def action() -> None:
        group_id = group_store.insert_group(project.database, "code", clean)
        for code_id in code_ids:
            group_store.add_member(project.database, group_id, code_id)

    project.execute(command_name("create_code_group", name=clean), action)
    return code_group(project, clean)


def rename_code_group(project: Project, *, name: str, new_name: str) -> Group:
    group_id = lookup.group_id(project, "code", name)
    clean = check_name(new_name, kind="code group")
    other = group_store.find_group(project.database, "code", clean)
    if other is not None and other != group_id:
        raise DuplicateName(kind="code group", name=clean)
    project.execute(command_name("rename_code_group", name=name), lambda: group_store.rename_group(project.database, group_id, clean))
    return code_group(project, clean)


def delete_code_group(project: Project, *, name: str) -> None:
    """Delete the group (its codes stay; network nodes showing the group go)."""
    group_id = lookup.group_id(project, "code", name)
    project.execute(command_name("delete_code_group", name=name), lambda: group_store.delete_group_row(project.database, group_id))


def add_codes_to_group(project: Project, *, name: str, codes: Sequence[CodeRef]) -> int:
    """Add codes to a group (one command); returns how many were not in it yet."""
    group_id = lookup.group_id(project, "code", name)
    code_ids = [resolve_code(project, code) for code in codes]
    return project.execute(
        command_name("add_to_code_group", name=name),
        lambda: sum(group_store.add_member(project.database, group_id, code_id) for code_id in code_ids))


def remove_codes_from_group(project: Project, *, name: str, codes: Sequence[CodeRef]) -> int:
    """Remove codes from a group (one command); returns how many were in it."""
    group_id = lookup.group_id(project, "code", name)
    code_ids = [resolve_code(project, code) for code in codes]
    return project.execute(
        command_name("remove_from_code_group", name=name),
        lambda: sum(group_store.remove_member(project.database, group_id, code_id) for code_id in code_ids))


def codes_in_groups(project: Project, names: Sequence[str]) -> set[int]:
    """Ids of the codes in any of the named groups (a filter for panes, reports, queries)."""
    wanted = {lookup.group_id(project, "code", name) for name in names}
    return {member for group in list_code_groups(project) if group.id in wanted for member in group.members}


def code_paths_in_groups(project: Project, names: Sequence[str]) -> list[str]:
    """Paths of the codes in any of the named groups, in code-tree order."""
    wanted = codes_in_groups(project, names)
    return [code.path for code in code_store.list_codes(project.database) if code.id in wanted]
