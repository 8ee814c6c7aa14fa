"""Editing relation types and addressing relations by id: what is refused, with which fields,
and the project unchanged after each refusal."""

from __future__ import annotations

import pytest

from qda_app.core.errors import CodeNotFound, DuplicateName, InvalidArgument, RelationCycle, RelationNotFound
from qda_app.services import relations
from tests.conftest import snapshot


@pytest.fixture
def related(coded_project):
    """A directed type "lleva a" relating Dependencia -> Viajes -> Región -> Dependencia (a cycle)."""
    relations.create_relation_type(coded_project, name="lleva a")
    for source, target in (("Centralismo::Dependencia", "Centralismo::Viajes"),
                           ("Centralismo::Viajes", "Región"), ("Región", "Centralismo::Dependencia")):
        relations.relate_codes(coded_project, source=source, target=target, relation="lleva a")
    return coded_project


def test_a_type_whose_relations_form_a_cycle_cannot_become_transitive(related) -> None:
    before = snapshot(related)
    with pytest.raises(RelationCycle) as caught:
        relations.edit_relation_type(related, relation="lleva a", behaviour="transitive", color="#112233")
    assert caught.value.fields == {"source": "Centralismo::Dependencia", "relation": "lleva a",
                                   "target": "Centralismo::Viajes"}
    assert snapshot(related) == before
    edited = relations.edit_relation_type(related, relation="lleva a", behaviour="symmetric", line_style="dotted",
                                          name_es=" lleva a ", label="->")
    assert (edited.behaviour, edited.line_style, edited.name_es, edited.label) == ("symmetric", "dotted", "lleva a", "->")


def test_a_type_cannot_take_the_name_of_another(related) -> None:
    before = snapshot(related)
    with pytest.raises(DuplicateName) as caught:
        relations.create_relation_type(related, name="Contradicts")
    assert caught.value.fields == {"kind": "relation type", "name": "Contradicts"}
    with pytest.raises(DuplicateName) as renamed:
        relations.edit_relation_type(related, relation="lleva a", name="es causa de")  # a default's Spanish name
    assert renamed.value.fields == {"kind": "relation type", "name": "es causa de"}
    assert relations.edit_relation_type(related, relation="lleva a", name="LLEVA A").name == "LLEVA A"  # its own


@pytest.mark.parametrize("field, value, name, choices", [
    ("scope", "document", "scope", ("code", "quotation")),
    ("behaviour", "reflexive", "behaviour", ("directed", "symmetric", "transitive")),
    ("line_style", "wavy", "line style", ("solid", "dashed", "dotted")),
])
def test_a_choice_outside_the_list_is_refused(coded_project, field, value, name, choices) -> None:
    before = snapshot(coded_project)
    with pytest.raises(InvalidArgument) as caught:
        relations.create_relation_type(coded_project, name="nuevo", **{field: value})
    assert caught.value.fields == {"name": name, "reason": "not_one_of", "value": value, "choices": choices}
    if field != "scope":
        with pytest.raises(InvalidArgument):
            relations.edit_relation_type(coded_project, relation="is a", **{field: value})
    assert snapshot(coded_project) == before


def test_relations_and_codes_given_by_an_id_that_is_gone_are_refused(related) -> None:
    before = snapshot(related)
    missing = max(r.id for r in relations.list_code_relations(related)) + 1
    with pytest.raises(RelationNotFound) as caught:
        relations.comment_relation(related, relation_id=missing, comment="ver E02")
    assert caught.value.fields == {"source": str(missing), "relation": "", "target": ""}
    with pytest.raises(RelationNotFound):
        relations.delete_relation(related, relation_id=missing)
    with pytest.raises(CodeNotFound) as code:
        relations.relate_codes(related, source=9999, target="Región")
    assert code.value.fields == {"path": "9999"}
    assert snapshot(related) == before
