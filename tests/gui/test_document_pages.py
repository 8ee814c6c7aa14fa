"""The document list reads a page at a time, in SQL, with the order and filters it always had,
and after coding only the touched documents' counts change (in place, correct after undo)."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from qda_app.gui import refresh
from qda_app.gui.models.document_model import PAGE_SIZE, NumberRole
from qda_app.services import coding, documents
from qda_app.services.project import Project

NAMES = ["Ñuñoa", "azángaro", "Puno", "ácora", "Ilave", "juli", "Éxito", "yunguyo"]
DOCUMENTS = PAGE_SIZE * 2 + 37


@pytest.fixture(scope="module")
def built_once(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "many.qdaproj"
    with Project.create(path, coder="Ana") as project:
        for number in range(1, DOCUMENTS + 1):
            documents.add_text_document(project, name=f"{NAMES[number % len(NAMES)]} {number % 13}",
                                        text=f"Entrevista {number}. El alcalde habla del presupuesto.")
        documents.add_to_group(project, numbers=list(range(3, DOCUMENTS, 7)), group="Provincias")
        documents.add_to_group(project, numbers=list(range(5, DOCUMENTS, 11)), group="Distritos")
        for number in range(1, DOCUMENTS, 5):
            documents.set_attribute(project, number=number, name="región", value=NAMES[number % 3])
        for number in range(2, DOCUMENTS, 3):
            coding.code_span(project, document=number, start=0, end=10, codes=["Centralismo"])
    return path


@pytest.fixture
def many_documents(built_once, tmp_path):
    path = tmp_path / "many.qdaproj"
    shutil.copy(built_once, path)  # closed cleanly: the -wal is empty
    return path


@pytest.fixture
def window(qtbot, many_documents):
    from qda_app.gui.app import open_main_window

    main = open_main_window(many_documents)
    qtbot.addWidget(main)
    yield main
    main.close()


def read_all(model) -> list[int]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(row, 0).data(NumberRole) for row in range(model.rowCount())]


def expected(project, *, column: int = 0, descending: bool = False, text: str = "", group: str | None = None):
    """The order and filter the list had when it sorted and filtered every row in Python."""
    listed = documents.list_documents(project)
    attributes = documents.document_attributes(project, listed=listed)

    def attribute_text(document):
        return "; ".join(f"{name}: {value}" for name, value in sorted(attributes[document.number].items()))

    def key(document):
        if column == 0:
            return (document.number,)
        if column == 4:
            return (document.quotation_count, document.number)
        shown = (document.name, ", ".join(document.groups), attribute_text(document))[column - 1]
        return (shown.casefold(), document.number)

    kept = [document for document in listed
            if (not group or group in document.groups)
            and text.casefold() in f"{document.number} {document.name} {' '.join(document.groups)} "
                                   f"{attribute_text(document)}".casefold()]
    return [document.number for document in sorted(kept, key=key, reverse=descending)]


def test_opening_reads_one_page_and_scrolling_reads_the_next(window, qtmodeltester):
    model = window.docks.document_pane.list.source
    assert model.rowCount() == PAGE_SIZE and model.total == DOCUMENTS and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    assert read_all(model) == list(range(1, DOCUMENTS + 1))
    qtmodeltester.check(model, force_py=True)


def test_a_document_beyond_the_rows_read_is_read_up_to_and_selected(window):
    view = window.docks.document_pane.list
    window.open_document(DOCUMENTS - 3)
    assert view.source.rowCount() >= DOCUMENTS - 3
    assert view.selectionModel().selectedRows()[0].data(NumberRole) == DOCUMENTS - 3


@pytest.mark.parametrize("column", range(5))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_every_order_is_the_one_the_list_always_had(window, column, order):
    view = window.docks.document_pane.list
    view.sortByColumn(column, order)
    assert read_all(view.source) == expected(window.project, column=column,
                                             descending=order == Qt.SortOrder.DescendingOrder)


@pytest.mark.parametrize("text, group", [("ñuñoa", None), ("AZÁNGARO 1", None), ("región: puno", None),
                                         ("provincias", None), ("", "Distritos"), ("1", "Provincias")])
def test_filters_keep_what_they_always_kept(window, text, group, qtmodeltester):
    pane = window.docks.document_pane
    pane.group.setCurrentIndex(max(0, pane.group.findData(group)))
    pane.filter.setText(text)
    view = pane.list
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    shown = read_all(view.source)
    assert shown == expected(window.project, column=1, text=text, group=group)
    assert view.source.total == len(shown) > 0
    qtmodeltester.check(view.source, force_py=True)


def test_coding_repaints_only_the_touched_documents_count_and_undo_puts_it_back(window, qtbot):
    model = window.docks.document_pane.list.source
    window.open_document(4)
    counts = {document.number: document.quotation_count for document in model.rows}
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, last, *_: changed.extend(range(first.row(), last.row() + 1)))
    window.document_view.select_range(5, 25)
    window.code_tree.select_codes(["Centralismo"])
    window.registry["actionQuickCode"].trigger()
    refresh.flush_panes(window)
    assert {document.number: document.quotation_count for document in model.rows} == {**counts, 4: counts[4] + 1}
    assert set(changed) == {3} and not resets  # row 3 is document 4: nothing else re-read or repainted
    window.undo_stack.undo()
    refresh.flush_panes(window)
    assert {document.number: document.quotation_count for document in model.rows} == counts
    recount = {document.number: document.quotation_count for document in documents.list_documents(window.project)}
    assert all(recount[number] == count for number, count in counts.items())
    assert not resets


def test_in_the_order_by_count_a_coded_document_moves_to_its_place(window):
    view = window.docks.document_pane.list
    view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    coding.code_span(window.project, document=1, start=0, end=5, codes=["Centralismo"])
    coding.code_span(window.project, document=1, start=6, end=9, codes=["Centralismo"])
    refresh.flush_panes(window)
    assert read_all(view.source) == expected(window.project, column=4, descending=True)
    assert view.source.rows[0].number == 1
