"""Use cases on relation types and code-code relations (axial coding).

Codes are given as paths ("Category::Subcategory") or database ids; relation types by name in
English, Spanish or Portuguese, by short label, or by id. Every change is one undoable command
(``project.execute``); the returned values are fresh reads after the command.

Density (Atlas.ti): the number of code-code relations a code takes part in, as source or
target, whatever their type: ``densities``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qda_app.core.errors import (
    CodeNotFound,
    DuplicateName,
    InvalidArgument,
    RelationCycle,
    RelationNotFound,
    SelfRelation,
    UnknownRelationType,
)
from qda_app.core.localized import LocalizedName
from qda_app.core.model import CodeRelation, RelationType
from qda_app.core.numbering import check_name, normalise_color
from qda_app.core.relations import BEHAVIOURS, LINE_STYLES, SCOPES, creates_cycle
from qda_app.services import lookup
from qda_app.services.command_names import command_name
from qda_app.services.project import Project
from qda_app.store import codes as code_store
from qda_app.store import relations as relation_store
from qda_app.store.database import new_guid, utc_now

if TYPE_CHECKING:
    from qda_app.services.commands import CommandRecord

CodeRef = str | int
TypeRef = str | int


# --- relation types --------------------------------------------------------------------------

def list_relation_types(project: Project, scope: str = "code") -> list[RelationType]:
    """The types of ``scope`` ("code" or "quotation"): the defaults first, then user types."""
    return relation_store.list_relation_types(project.database, scope)


def relation_type(project: Project, reference: TypeRef, *, scope: str = "code") -> RelationType:
    """The type named ``reference`` (any language, or its label), or with that id.

    Raises ``UnknownRelationType`` listing the English names of the known types of the scope.
    """
    db = project.database
    found = (relation_store.get_relation_type(db, reference) if isinstance(reference, int)
             else relation_store.find_relation_type(db, scope, reference))
    if found is None or found.scope != scope:
        known = [kind.name for kind in relation_store.list_relation_types(db, scope)]
        raise UnknownRelationType(scope=scope, name=str(reference), known=known)
    return found


def create_relation_type(
    project: Project,
    *,
    name: str,
    scope: str = "code",
    label: str = "",
    behaviour: str = "directed",
    line_style: str = "solid",
    color: str = "#4a4a4a",
    name_es: str = "",
    name_pt: str = "",
) -> RelationType:
    """A user-defined relation type. ``behaviour``: directed, symmetric or transitive."""
    clean = check_name(name, kind="relation type")
    _check_choice("scope", scope, SCOPES)
    _check_choice("behaviour", behaviour, BEHAVIOURS)
    _check_choice("line style", line_style, LINE_STYLES)
    colour = normalise_color(color)
    if relation_store.find_relation_type(project.database, scope, clean) is not None:
        raise DuplicateName(kind="relation type", name=clean)

    def action() -> int:
        return relation_store.insert_relation_type(project.database, {
            "guid": new_guid(), "scope": scope, "name": clean, "name_es": name_es.strip(),
            "name_pt": name_pt.strip(), "label": (label.strip() or clean)[:24], "behaviour": behaviour,
            "line_style": line_style, "color": colour, "is_default": 0, "created_at": utc_now(),
        })

    type_id = project.execute(command_name("create_relation_type", name=clean), action)
    return relation_type(project, type_id, scope=scope)


def edit_relation_type(
    project: Project,
    *,
    relation: TypeRef,
    scope: str = "code",
    name: str | None = None,
    name_es: str | None = None,
    name_pt: str | None = None,
    label: str | None = None,
    behaviour: str | None = None,
    line_style: str | None = None,
    color: str | None = None,
) -> RelationType:
    """Rename or restyle a type (defaults too); only the given fields change. Making a type
    transitive is refused when its relations already form a cycle."""
    found = relation_type(project, relation, scope=scope)
    values: dict[str, object] = {}
    if name is not None:
        clean = check_name(name, kind="relation type")
        other = relation_store.find_relation_type(project.database, scope, clean)
        if other is not None and other.id != found.id:
            raise DuplicateName(kind="relation type", name=clean)
        values["name"] = clean
    for key, value in (("name_es", name_es), ("name_pt", name_pt), ("label", label)):
        if value is not None:
            values[key] = value.strip()
    if behaviour is not None:
        _check_choice("behaviour", behaviour, BEHAVIOURS)
        if behaviour == "transitive" and found.behaviour != "transitive":
            _refuse_existing_cycle(project, found)
        values["behaviour"] = behaviour
    if line_style is not None:
        _check_choice("line style", line_style, LINE_STYLES)
        values["line_style"] = line_style
    if color is not None:
        values["color"] = normalise_color(color)
    if values:
        project.execute(command_name("edit_relation_type", name=found.localized_name()),
                        lambda: relation_store.update_relation_type(project.database, found.id, values))
    return relation_type(project, found.id, scope=scope)


def delete_relation_type(project: Project, *, relation: TypeRef, scope: str = "code") -> int:
    """Delete a type together with every relation or link of that type (undo restores them);
    returns how many relations and links went with it."""
    found = relation_type(project, relation, scope=scope)
    return project.execute(command_name("delete_relation_type", name=found.localized_name()),
                           lambda: relation_store.delete_relation_type_row(project.database, found.id))


def _check_choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise InvalidArgument(name=name, reason="not_one_of", value=value, choices=allowed)


def _refuse_existing_cycle(project: Project, kind: RelationType) -> None:
    edges = relation_store.relation_edges(project.database, kind.id)
    for index, (source, target) in enumerate(edges):
        if creates_cycle(edges[:index] + edges[index + 1:], source, target):
            paths = code_store_paths(project)
            raise RelationCycle(source=paths.get(source, source), relation=kind.localized_name(),
                                target=paths.get(target, target))


# Any type, in a refusal's sentence ("'A' related to 'B' is not in the project").
ANY_RELATION = LocalizedName("related to", es="relacionado con", pt="relacionado com")


# --- code relations --------------------------------------------------------------------------

def code_store_paths(project: Project) -> dict[int, str]:
    return {code.id: code.path for code in code_store.list_codes(project.database)}


def resolve_code(project: Project, code: CodeRef) -> int:
    """Database id of a code given as a path or an id (``CodeNotFound`` otherwise)."""
    if isinstance(code, int):
        if code_store.get_code_row(project.database, code) is None:
            raise CodeNotFound(path=str(code))
        return code
    return lookup.code_id(project, code)


def list_code_relations(project: Project, *, code: CodeRef | None = None) -> list[CodeRelation]:
    """Every code relation (creation order), or those one code takes part in."""
    code_id = None if code is None else resolve_code(project, code)
    return relation_store.list_code_relations(project.database, code_id=code_id)


def relate_codes(
    project: Project, *, source: CodeRef, target: CodeRef, relation: TypeRef = "is associated with",
    comment: str = "",
) -> CodeRelation:
    """Relate ``source`` to ``target`` (one command). Relating them again with the same type
    (either way round for a symmetric type) only updates the comment when one is given.

    Refused: a code related to itself (``SelfRelation``), an unknown code (``CodeNotFound``) or
    type (``UnknownRelationType``), and for a transitive type a relation that would close a
    cycle (``RelationCycle``).
    """
    source_id, target_id = resolve_code(project, source), resolve_code(project, target)
    kind = relation_type(project, relation, scope="code")
    paths = code_store_paths(project)
    if source_id == target_id:
        raise SelfRelation(kind="code", item=paths[source_id])
    db = project.database
    existing = relation_store.find_code_relation(db, source_id=source_id, target_id=target_id, type_id=kind.id,
                                                 either_way=kind.behaviour == "symmetric")
    if existing is None and kind.behaviour == "transitive" and creates_cycle(
            relation_store.relation_edges(db, kind.id), source_id, target_id):
        raise RelationCycle(source=paths[source_id], relation=kind.localized_name(), target=paths[target_id])
    name = command_name("relate_codes", source=_leaf(paths[source_id]), relation=kind.localized_name(),
                        target=_leaf(paths[target_id]))

    def action() -> int:
        if existing is not None:
            if comment:
                relation_store.update_code_relation(db, existing, {"comment": comment})
            return existing
        return relation_store.insert_code_relation(db, {
            "guid": new_guid(), "source_code_id": source_id, "target_code_id": target_id, "type_id": kind.id,
            "comment": comment, "created_by": project.coder_id(), "created_at": utc_now(),
        })

    relation_id = project.execute(name, action)
    found = relation_store.get_code_relation(db, relation_id)
    assert found is not None
    return found


def comment_relation(project: Project, *, relation_id: int, comment: str) -> CodeRelation:
    """Set the comment of one relation (one command)."""
    db = project.database
    found = relation_store.get_code_relation(db, relation_id)
    if found is None:
        raise RelationNotFound(source=str(relation_id), relation="", target="")
    project.execute(command_name("comment_relation"), lambda: relation_store.update_code_relation(db, relation_id, {"comment": comment}))
    return relation_store.get_code_relation(db, relation_id)  # type: ignore[return-value]


def unrelate_codes(project: Project, *, source: CodeRef, target: CodeRef, relation: TypeRef | None = None) -> int:
    """Remove the relation(s) from ``source`` to ``target`` (of one type, or all types; for
    symmetric types either way round) in one command; returns how many went.
    Raises ``RelationNotFound`` when there is none."""
    source_id, target_id = resolve_code(project, source), resolve_code(project, target)
    kind = None if relation is None else relation_type(project, relation, scope="code")
    doomed = [
        item.id for item in relation_store.list_code_relations(project.database, code_id=source_id)
        if (kind is None or item.type_id == kind.id)
        and ((item.source_code_id, item.target_code_id) == (source_id, target_id)
             or ((item.source_code_id, item.target_code_id) == (target_id, source_id)
                 and (kind or relation_type(project, item.type_id)).behaviour == "symmetric"))
    ]
    paths = code_store_paths(project)
    if not doomed:
        raise RelationNotFound(source=paths[source_id], relation=kind.localized_name() if kind else ANY_RELATION,
                               target=paths[target_id])

    def action() -> int:
        for relation_id in doomed:
            relation_store.delete_code_relation(project.database, relation_id)
        return len(doomed)

    return project.execute(command_name("unrelate_codes", source=_leaf(paths[source_id]), target=_leaf(paths[target_id])),
                           action)


def delete_relation(project: Project, *, relation_id: int) -> None:
    """Remove one relation by id (e.g. a link selected in the network editor)."""
    if relation_store.get_code_relation(project.database, relation_id) is None:
        raise RelationNotFound(source=str(relation_id), relation="", target="")
    project.execute(command_name("remove_relation"), lambda: relation_store.delete_code_relation(project.database, relation_id))


def densities(project: Project) -> dict[int, int]:
    """Density of every code id: the code-code relations it takes part in (0 when none)."""
    return relation_store.densities(project.database, [code.id for code in code_store.list_codes(project.database)])


def densities_after(project: Project, record: CommandRecord | None) -> dict[int, int] | None:
    """After an action on code relations only (relate, unrelate, a comment, their undo): the
    density of the codes at the ends of the relations it touched, so a view can update just
    those. None when the action changed more than code relations (recount everything)."""
    changes = record.changes.changes if record is not None and record.changes else []
    if not changes or any(change.table != "code_relations" for change in changes):
        return None
    ends = {row[column] for change in changes for row in (change.before, change.after) if row
            for column in ("source_code_id", "target_code_id") if column in row}
    return relation_store.densities(project.database, sorted(ends)) if ends else {}


def _leaf(path: str) -> str:
    return path.split("::")[-1]
