"""Linking quotations: a transitive type refuses a cycle, a link made again only updates its
comment, a symmetric link is one link either way, and removing what is not there is refused."""

from __future__ import annotations

import pytest

from qda_app.core.errors import RelationCycle, RelationNotFound
from qda_app.services import quotation_links
from tests.conftest import snapshot


def _links(project) -> list[tuple[str, str, str, str]]:
    labels = quotation_links.quotation_labels(project)
    return sorted((labels[link.source_quotation_id], link.name, labels[link.target_quotation_id], link.comment)
                  for link in quotation_links.list_quotation_links(project))


def test_continued_by_cannot_close_a_circle(coded_project) -> None:
    quotation_links.link_quotations(coded_project, source="1:1", target="1:2", relation="continued by")
    quotation_links.link_quotations(coded_project, source="1:2", target="2:1", relation="continued by")
    before = snapshot(coded_project)
    with pytest.raises(RelationCycle) as caught:
        quotation_links.link_quotations(coded_project, source="2:1", target="1:1", relation="continued by")
    assert caught.value.fields == {"source": "2:1", "relation": "continued by", "target": "1:1"}
    assert snapshot(coded_project) == before


def test_linking_again_updates_only_a_given_comment_and_symmetric_links_are_one(coded_project) -> None:
    first = quotation_links.link_quotations(coded_project, source="1:1", target="1:2", relation="supports")
    again = quotation_links.link_quotations(coded_project, source="1:1", target="1:2", relation="supports",
                                            comment="misma idea")
    assert again.id == first.id
    kept = quotation_links.link_quotations(coded_project, source="1:1", target="1:2", relation="supports")
    assert kept.comment == "misma idea"
    contradiction = quotation_links.link_quotations(coded_project, source="1:2", target="2:1", relation="contradicts")
    other_way = quotation_links.link_quotations(coded_project, source="2:1", target="1:2", relation="contradicts",
                                                comment="al revés")
    assert _links(coded_project) == [("1:1", "supports", "1:2", "misma idea"),
                                     ("1:2", "contradicts", "2:1", "al revés")]
    assert other_way.id == contradiction.id
    assert quotation_links.unlink_quotations(coded_project, source="2:1", target="1:2") == 1  # symmetric: either way
    assert _links(coded_project) == [("1:1", "supports", "1:2", "misma idea")]


def test_removing_a_link_that_is_not_there_is_refused(coded_project) -> None:
    link = quotation_links.link_quotations(coded_project, source="1:1", target="1:2", relation="supports")
    before = snapshot(coded_project)
    with pytest.raises(RelationNotFound) as caught:  # "supports" is directed: not the other way
        quotation_links.unlink_quotations(coded_project, source="1:2", target="1:1")
    assert caught.value.fields == {"source": "1:2", "relation": "linked to", "target": "1:1"}
    with pytest.raises(RelationNotFound) as typed:
        quotation_links.unlink_quotations(coded_project, source="1:1", target="1:2", relation="explains")
    assert typed.value.fields == {"source": "1:1", "relation": "explains", "target": "1:2"}
    with pytest.raises(RelationNotFound) as by_id:
        quotation_links.delete_quotation_link(coded_project, link_id=link.id + 1)
    assert by_id.value.fields == {"source": str(link.id + 1), "relation": "", "target": ""}
    assert snapshot(coded_project) == before
    quotation_links.delete_quotation_link(coded_project, link_id=link.id)
    assert _links(coded_project) == []
