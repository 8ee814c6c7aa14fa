"""Excerpts: the shortened text of a quotation that the category tables print."""

from __future__ import annotations

import pytest

from qda_app.core.errors import InvalidArgument
from qda_app.services import coding
from qda_app.services.commands import History
from qda_app.services.excerpts import excerpt_fits, normalise_excerpt, set_excerpt
from qda_app.store import excerpts as excerpt_store
from tests.conftest import snapshot


def test_pieces_must_appear_in_order():
    text = "Todo pasa por el ministerio, señor. Sin plata no hay obra."
    assert excerpt_fits("Todo pasa por el ministerio […]. Sin plata no hay obra", text)
    assert excerpt_fits("[…] Sin plata no hay obra", text)
    assert not excerpt_fits("Sin plata no hay obra […] Todo pasa", text)  # order reversed
    assert not excerpt_fits("Todo pasa por la región", text)
    assert not excerpt_fits("[…]", text)
    assert normalise_excerpt("Todo  pasa [...] obra (…)") == "Todo pasa […] obra […]"


def test_set_excerpt_is_one_undoable_command(coded_project):
    history = History(coded_project)
    quotation = coding.list_quotations(coded_project)[0]
    before = snapshot(coded_project)
    words = quotation.text.split()
    excerpt = f"{' '.join(words[:2])} [...] {words[-1]}"
    set_excerpt(coded_project, quotation=quotation.quotation_id, text=excerpt)
    stored = excerpt_store.get_excerpt(coded_project.database, quotation.id)
    assert stored == f"{' '.join(words[:2])} […] {words[-1]}"
    history.undo()
    assert snapshot(coded_project) == before


def test_a_foreign_excerpt_is_refused_and_nothing_changes(coded_project):
    quotation = coding.list_quotations(coded_project)[0]
    before = snapshot(coded_project)
    with pytest.raises(InvalidArgument):
        set_excerpt(coded_project, quotation=quotation.quotation_id, text="palabras que nadie dijo")
    assert snapshot(coded_project) == before


def test_deleting_the_quotation_deletes_its_excerpt(coded_project):
    quotation = coding.list_quotations(coded_project)[0]
    set_excerpt(coded_project, quotation=quotation.quotation_id, text=quotation.text.split()[0])
    coding.delete_quotation(coded_project, quotation=quotation.quotation_id)
    assert excerpt_store.all_excerpts(coded_project.database) == {}
