"""Relation types found or added by name, and densities of many codes at once."""

from __future__ import annotations

from qda_app.services import codes, relations
from qda_app.store import relations as relation_store


def test_a_type_by_name_is_found_in_any_language_or_added_as_directed(project) -> None:
    db = project.database
    default = relation_store.find_relation_type(db, "code", "is associated with")
    with project.database.transaction():
        assert relation_store.ensure_relation_type_like(db, None) == default.id
        assert relation_store.ensure_relation_type_like(db, None, name=" ES PARTE DE ") == \
            relation_store.find_relation_type(db, "code", "is part of").id
        added = relation_store.ensure_relation_type_like(db, None, name="  agrava la situación de ")
    kind = relation_store.get_relation_type(db, added)
    assert (kind.scope, kind.name, kind.label, kind.behaviour, kind.is_default) == (
        "code", "agrava la situación de", "agrava la situación de", "directed", False)


def test_densities_of_more_codes_than_one_query_takes_count_every_relation(project) -> None:
    for number in range(1, 106):
        codes.create_code(project, path=f"C{number:03d}")
    relations.relate_codes(project, source="C001", target="C002")
    relations.relate_codes(project, source="C001", target="C105", relation="is part of")
    relations.relate_codes(project, source="C104", target="C105", relation="is cause of")
    ids = {code.path: code.id for code in codes.list_codes(project)}
    found = relation_store.densities(project.database, list(ids.values()))
    expected = {code_id: 0 for code_id in ids.values()}
    expected.update({ids["C001"]: 2, ids["C002"]: 1, ids["C104"]: 1, ids["C105"]: 2})
    assert found == expected
    assert relation_store.densities(project.database) == {ids["C001"]: 2, ids["C002"]: 1, ids["C104"]: 1,
                                                         ids["C105"]: 2}
