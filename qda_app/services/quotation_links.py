"""Use cases on links (hyperlinks) between quotations: "3:12 supports 5:2".

Quotations are given as "D:Q" or database ids; link types are relation types of scope
"quotation" (supports, contradicts, explains, continued by, ...), named in any language.
"""

from __future__ import annotations

from qda_app.core.errors import RelationCycle, RelationNotFound, SelfRelation
from qda_app.core.localized import LocalizedName
from qda_app.core.model import QuotationLink
from qda_app.core.relations import creates_cycle
from qda_app.services import lookup
from qda_app.services.command_names import command_name
from qda_app.services.project import Project
from qda_app.services.relations import TypeRef, relation_type
from qda_app.store import quotation_links as link_store
from qda_app.store.database import new_guid, utc_now

QuotationRef = str | int
# Any type, in a refusal's sentence ("3:1 linked to 5:2 is not in the project").
ANY_LINK = LocalizedName("linked to", es="vinculada a", pt="vinculada a")


def quotation_labels(project: Project) -> dict[int, str]:
    """"D:Q" of every quotation id."""
    return link_store.quotation_labels(project.database)


def list_quotation_links(project: Project, *, quotation: QuotationRef | None = None) -> list[QuotationLink]:
    """Every link (creation order), or the links from and to one quotation."""
    quotation_id = None if quotation is None else lookup.quotation_id(project, quotation)
    return link_store.list_quotation_links(project.database, quotation_id=quotation_id)


def link_quotations(project: Project, *, source: QuotationRef, target: QuotationRef,
                    relation: TypeRef = "supports", comment: str = "") -> QuotationLink:
    """Link two quotations (one command); linking them again only updates the comment.

    Refused: a quotation linked to itself (``SelfRelation``), a quotation that does not exist
    (``QuotationNotFound``), an unknown link type (``UnknownRelationType``), a cycle of a
    transitive type such as "continued by" (``RelationCycle``).
    """
    source_id, target_id = lookup.quotation_id(project, source), lookup.quotation_id(project, target)
    kind = relation_type(project, relation, scope="quotation")
    labels = quotation_labels(project)
    if source_id == target_id:
        raise SelfRelation(kind="quotation", item=labels[source_id])
    db = project.database
    existing = link_store.find_quotation_link(db, source_id=source_id, target_id=target_id, type_id=kind.id,
                                              either_way=kind.behaviour == "symmetric")
    if existing is None and kind.behaviour == "transitive" and creates_cycle(
            link_store.link_edges(db, kind.id), source_id, target_id):
        raise RelationCycle(source=labels[source_id], relation=kind.localized_name(), target=labels[target_id])

    def action() -> int:
        if existing is not None:
            if comment:
                link_store.update_quotation_link(db, existing, {"comment": comment})
            return existing
        return link_store.insert_quotation_link(db, {
            "guid": new_guid(), "source_quotation_id": source_id, "target_quotation_id": target_id,
            "type_id": kind.id, "comment": comment, "created_by": project.coder_id(), "created_at": utc_now(),
        })

    link_id = project.execute(
        command_name("link_quotations", source=labels[source_id], relation=kind.localized_name(), target=labels[target_id]), action)
    return link_store.get_quotation_link(db, link_id)  # type: ignore[return-value]


def unlink_quotations(project: Project, *, source: QuotationRef, target: QuotationRef,
                      relation: TypeRef | None = None) -> int:
    """Remove the link(s) from ``source`` to ``target`` (one type or all); one command.
    Raises ``RelationNotFound`` when there is none."""
    source_id, target_id = lookup.quotation_id(project, source), lookup.quotation_id(project, target)
    kind = None if relation is None else relation_type(project, relation, scope="quotation")
    doomed = [
        link.id for link in link_store.list_quotation_links(project.database, quotation_id=source_id)
        if (kind is None or link.type_id == kind.id)
        and ((link.source_quotation_id, link.target_quotation_id) == (source_id, target_id)
             or ((link.source_quotation_id, link.target_quotation_id) == (target_id, source_id)
                 and relation_type(project, link.type_id, scope="quotation").behaviour == "symmetric"))
    ]
    labels = quotation_labels(project)
    if not doomed:
        raise RelationNotFound(source=labels[source_id], relation=kind.localized_name() if kind else ANY_LINK,
                               target=labels[target_id])

    def action() -> int:
        for link_id in doomed:
            link_store.delete_quotation_link(project.database, link_id)
        return len(doomed)

    return project.execute(command_name("unlink_quotations", source=labels[source_id], target=labels[target_id]), action)


def delete_quotation_link(project: Project, *, link_id: int) -> None:
    """Remove one link by id (e.g. from the quotation pane or the network editor)."""
    if link_store.get_quotation_link(project.database, link_id) is None:
        raise RelationNotFound(source=str(link_id), relation="", target="")
    project.execute(command_name("remove_quotation_link"), lambda: link_store.delete_quotation_link(project.database, link_id))
