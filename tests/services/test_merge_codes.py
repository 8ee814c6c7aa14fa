"""Merging one code into another: everything that hangs on it moves over exactly once.

A hand-built project where "Viajes" (V) is merged into "Dependencia" (D), both under
"Centralismo", with every kind of thing a code carries:

- quotation 1:1 coded V and D by Ana (one coding stays), 1:2 coded V by Ana, 1:3 the same span by Luis;
- 1:1 marked representative of both V and D (one mark stays), 1:2 of V only (moves to D);
- V's sub-code "Lima" meets D's "lima" (one code by name: folded), V's "Cusco" moves under D;
- relations: V -> Región "is associated with" (D has the same: dropped), V -> D (would relate D to
  itself: dropped), Región -> V "is part of" (moves to Región -> D);
- a memo on V (moves to D), code groups {V} (gets D) and {V, D} (keeps one D);
- V has a definition, D none: D takes it.
"""

from __future__ import annotations

import pytest

from qda_app.core.errors import DuplicateName
from qda_app.services import code_groups, codes, coding, documents, memos, relations
from qda_app.services.commands import History
from qda_app.store import codes as code_store
from tests.conftest import snapshot

TEXT = "Todo pasa por Lima y por el ministerio; la región no ayuda. " * 4
V, D = "Centralismo::Viajes", "Centralismo::Dependencia"


@pytest.fixture
def two_codes(project):
    documents.add_text_document(project, name="E01", text=TEXT)
    codes.create_code(project, path=V, description="Viajes a Lima por trámites")
    codes.create_code(project, path=D)
    codes.create_code(project, path="Región")
    codes.create_code(project, path=V + "::Lima")
    codes.create_code(project, path=V + "::Cusco")
    codes.create_code(project, path=D + "::lima")
    coding.code_span(project, document=1, start=0, end=20, codes=[V, D])  # 1:1
    coding.code_span(project, document=1, start=30, end=60, codes=[V])  # 1:2
    coding.code_span(project, document=1, start=30, end=60, codes=[V], coder="Luis")  # 1:3
    coding.code_span(project, document=1, start=70, end=90, codes=[V + "::Lima"])  # 1:4
    coding.code_span(project, document=1, start=100, end=110, codes=[D + "::lima"])  # 1:5
    coding.mark_representative(project, quotation="1:1", code=V)
    coding.mark_representative(project, quotation="1:1", code=D)
    coding.mark_representative(project, quotation="1:2", code=V)
    relations.relate_codes(project, source=V, target="Región")
    relations.relate_codes(project, source=D, target="Región")
    relations.relate_codes(project, source=V, target=D)
    relations.relate_codes(project, source="Región", target=V, relation="is part of")
    memos.create_memo(project, title="Sobre viajes", target_type="code", target=V)
    code_groups.create_code_group(project, name="Solo viajes", codes=[V])
    code_groups.create_code_group(project, name="Ambos", codes=[V, D])
    return project


def test_merging_moves_everything_once_and_undo_restores_it(two_codes):
    project = two_codes
    before = snapshot(project)
    history = History(project)
    merged = codes.merge_codes(project, source=V, target=D)
    assert merged.path == D and merged.description == "Viajes a Lima por trámites"

    assert [c.path for c in codes.list_codes(project)] == [
        "Centralismo", D, D + "::lima", D + "::Cusco", "Región"]
    found = {q.quotation_id: sorted(q.codes) for q in coding.list_quotations(project)}
    assert found == {"1:1": [D], "1:2": [D], "1:3": [D], "1:4": [D + "::lima"], "1:5": [D + "::lima"]}
    db = project.database
    codings = sorted((row["quotation"], row["path"], row["coder"]) for row in db.rows(
        """SELECT q.number AS quotation, c.name AS path, k.name AS coder FROM codings g
           JOIN quotations q ON q.id = g.quotation_id JOIN codes c ON c.id = g.code_id
           JOIN coders k ON k.id = g.coder_id"""))
    assert codings == [(1, "Dependencia", "Ana"), (2, "Dependencia", "Ana"), (3, "Dependencia", "Luis"),
                       (4, "lima", "Ana"), (5, "lima", "Ana")]

    ids = {c.path: c.id for c in codes.list_codes(project)}
    marks = sorted(db.rows("SELECT code_id, quotation_id FROM representatives"), key=lambda row: row["quotation_id"])
    quotation_ids = {q.quotation_id: q.id for q in coding.list_quotations(project)}
    assert [(row["code_id"], row["quotation_id"]) for row in marks] == [
        (ids[D], quotation_ids["1:1"]), (ids[D], quotation_ids["1:2"])]

    assert sorted((r.source_code_id, r.name, r.target_code_id) for r in relations.list_code_relations(project)) == sorted([
        (ids[D], "is associated with", ids["Región"]),
        (ids["Región"], "is part of", ids[D]),
    ])
    (memo,) = memos.list_memos(project, target_type="code", target=D)
    assert memo.title == "Sobre viajes"
    groups = {group.name: sorted(code_groups.code_paths_in_groups(project, [group.name]))
              for group in code_groups.list_code_groups(project)}
    assert groups == {"Solo viajes": [D], "Ambos": [D]}
    group_rows = db.rows("SELECT member_id FROM group_members m JOIN groups g ON g.id = m.group_id "
                         "WHERE g.kind = 'code' ORDER BY member_id")
    assert [row["member_id"] for row in group_rows] == [ids[D], ids[D]]  # one per group

    assert history.undo() is not None
    assert snapshot(project) == before


def test_a_target_definition_is_kept(two_codes):
    codes.describe_code(two_codes, path=D, description="Depender del ministerio")
    merged = codes.merge_codes(two_codes, source=V, target=D)
    assert merged.description == "Depender del ministerio"


def test_reassigning_onto_a_code_with_a_same_named_sub_code_is_refused(two_codes):
    # fold_code folds such sub-codes first; the store refuses to make two siblings of one name.
    db = two_codes.database
    ids = {c.path: c.id for c in codes.list_codes(two_codes)}
    with pytest.raises(DuplicateName) as caught:
        two_codes.execute("reassign", lambda: code_store.reassign_code(db, source_id=ids[V], target_id=ids[D]))
    assert caught.value.name == "Lima"
