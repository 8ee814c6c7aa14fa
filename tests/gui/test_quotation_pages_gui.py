"""The quotation manager reads pages on demand and follows actions row by row."""

from __future__ import annotations

import pytest

from qda_app.gui import refresh
from qda_app.gui.models import quotation_model
from qda_app.gui.views import quotation_table
from qda_app.services import coding
from qda_app.services.quotation_pages import QuotationPages
from tests.gui.sample import TRANSCRIPT


@pytest.fixture
def paged(window, monkeypatch):
    """The sample's quotation manager reading two rows a page, with four quotations in document 1."""
    monkeypatch.setattr(quotation_model, "PAGE_SIZE", 2)
    start = TRANSCRIPT.index("Aquí")
    coding.code_span(window.project, document=1, start=start, end=start + 20, codes=["Centralismo"])
    refresh.reload_everything(window)
    return window.docks.quotation_pane


def in_document_order(window) -> list[int]:
    return [quotation.id for quotation in sorted(
        coding.list_quotations(window.project), key=lambda q: (q.document_number, q.start, q.end, q.id))]


def flush(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not refresh.panes_pending(window), timeout=2000)


def test_opening_reads_one_page_and_scrolling_reads_the_rest(window, paged):
    model = paged.source
    assert [quotation.id for quotation in model.rows] == in_document_order(window)[:2]
    assert (model.total, model.project_total) == (4, 4)
    assert paged.count.text() == "4 of 4"
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 4 and not model.canFetchMore()
    assert [quotation.id for quotation in model.rows] == in_document_order(window)
    assert [model.quotation(i).id for i in in_document_order(window)] == in_document_order(window)


def test_an_action_changes_only_its_rows_and_keeps_the_rows_a_prefix(window, paged):
    model = quotation_model.QuotationTableModel()  # no view asking for more rows: two stay read
    model.attach(QuotationPages(window.project))
    model.reload()
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    first, second = model.rows
    # A quotation that sorts first goes in at the top; one past the rows read waits for its page.
    top = coding.code_span(window.project, document=1, start=0, end=5, codes=["Centralismo"])
    late = coding.code_span(window.project, document=2, start=0, end=4, codes=["Centralismo"])
    model.update({top.id, late.id})
    assert [quotation.id for quotation in model.rows] == [top.id, first.id, second.id]
    assert model.total == 6 and model.rowCount() == 3
    coding.comment_quotation(window.project, quotation=first.id, comment="revisar")
    coding.delete_quotation(window.project, quotation=top.id)
    model.update({first.id, top.id})
    assert [quotation.id for quotation in model.rows] == in_document_order(window)[:2]
    assert model.rows[0].id == first.id and model.total == 5
    assert model.rows[0].comment == "revisar"
    while model.canFetchMore():
        model.fetchMore()
    assert [quotation.id for quotation in model.rows] == in_document_order(window)
    assert late.id in [quotation.id for quotation in model.rows]
    assert not resets, "the view kept its scroll and selection"


def test_a_quotation_the_filter_stops_showing_leaves_and_one_it_starts_showing_arrives(window, paged, qtbot):
    paged.show_code("Centralismo::Recorte presupuestal")
    model = paged.source
    assert [quotation.codes for quotation in model.rows] == [("Centralismo::Recorte presupuestal",)]
    shown = model.rows[0]
    other = next(q for q in coding.list_quotations(window.project) if "Cultura política::Paternalismo" in q.codes)
    coding.uncode_quotation(window.project, quotation=shown.id, code="Centralismo::Recorte presupuestal")
    coding.code_quotation(window.project, quotation=other.id, codes=["Centralismo::Recorte presupuestal"])
    refresh.refresh_panes_soon(window, quotations={shown.id, other.id})
    flush(window, qtbot)
    assert [quotation.id for quotation in model.rows] == [other.id]
    assert paged.count.text().startswith("1 of ")


def test_sorting_a_header_sorts_in_sql(window, paged):
    model = paged.source
    paged.table.sortByColumn(quotation_model.ID, quotation_model.Qt.SortOrder.DescendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    keys = [(quotation.document_number, quotation.number) for quotation in model.rows]
    assert keys == sorted(keys, reverse=True) and len(keys) == 4
    paged.table.sortByColumn(quotation_model.TEXT, quotation_model.Qt.SortOrder.AscendingOrder)
    assert model.query.order == "document" and not model.query.descending  # text is not a SQL order


def test_on_a_big_project_the_text_filter_waits_for_a_pause_in_typing(window, paged, qtbot, monkeypatch):
    monkeypatch.setattr(quotation_table, "INSTANT_TEXT_FILTER", 0)
    paged.text.setText("migajas")
    assert paged.source.total == 4  # not yet: the user may still be typing
    qtbot.waitUntil(lambda: paged.source.total == 2, timeout=2000)
    paged.text.setText("")
    qtbot.waitUntil(lambda: paged.source.total == 4, timeout=2000)


def test_a_partly_read_model_passes_qtmodeltester(window, qtmodeltester, monkeypatch):
    monkeypatch.setattr(quotation_model, "PAGE_SIZE", 2)
    model = quotation_model.QuotationTableModel()
    model.attach(QuotationPages(window.project))
    model.reload()
    assert model.canFetchMore()
    qtmodeltester.check(model, force_py=True)  # it fetches the rest itself, and checks the inserts
