"""The panes around the viewer, as dock widgets the user can rearrange (state is remembered)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from qda_app.gui.models.code_tree_model import CodeTreeModel
from qda_app.gui.models.document_model import DocumentTableModel
from qda_app.gui.models.memo_model import MemoTableModel
from qda_app.gui.models.quotation_model import QuotationTableModel
from qda_app.gui.views.code_tree import CodePane
from qda_app.gui.views.comment_pane import CommentPane
from qda_app.gui.views.document_list import DocumentPane
from qda_app.gui.views.memo_pane import MemoPane
from qda_app.gui.views.network_list import NetworkListPane
from qda_app.gui.views.quotation_table import QuotationPane
from qda_app.gui.views.search_panel import SearchPanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


@dataclass
class Docks:
    documents: QDockWidget
    codes: QDockWidget
    quotations: QDockWidget
    memos: QDockWidget
    search: QDockWidget
    comments: QDockWidget
    document_pane: DocumentPane
    code_pane: CodePane
    quotation_pane: QuotationPane
    memo_pane: MemoPane
    search_panel: SearchPanel
    comment_pane: CommentPane
    networks: QDockWidget
    network_pane: NetworkListPane

    def all(self) -> list[QDockWidget]:
        return [self.documents, self.codes, self.quotations, self.memos, self.search, self.comments, self.networks]


def _dock(window: QMainWindow, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
    dock = QDockWidget(window)
    dock.setObjectName(name)  # saveState/restoreState key
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock


def build_docks(window: QMainWindow) -> Docks:
    document_pane = DocumentPane(DocumentTableModel(window), window)
    code_pane = CodePane(CodeTreeModel(window), window)
    quotation_pane = QuotationPane(QuotationTableModel(window), window)
    memo_pane = MemoPane(MemoTableModel(window), window)
    search_panel = SearchPanel(window)
    comment_pane = CommentPane(window)
    network_pane = NetworkListPane(window)
    left, bottom = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
    docks = Docks(
        documents=_dock(window, "documentsDock", document_pane, left),
        codes=_dock(window, "codesDock", code_pane, left),
        quotations=_dock(window, "quotationsDock", quotation_pane, bottom),
        memos=_dock(window, "memosDock", memo_pane, bottom),
        search=_dock(window, "searchDock", search_panel, bottom),
        comments=_dock(window, "commentsDock", comment_pane, bottom),
        document_pane=document_pane, code_pane=code_pane, quotation_pane=quotation_pane,
        memo_pane=memo_pane, search_panel=search_panel, comment_pane=comment_pane,
        networks=_dock(window, "networksDock", network_pane, left), network_pane=network_pane,
    )
    window.splitDockWidget(docks.documents, docks.codes, Qt.Orientation.Vertical)
    window.tabifyDockWidget(docks.quotations, docks.memos)
    window.tabifyDockWidget(docks.memos, docks.search)
    window.tabifyDockWidget(docks.search, docks.comments)
    window.tabifyDockWidget(docks.documents, docks.networks)
    docks.quotations.raise_()
    docks.documents.raise_()
    # The left column spans the full height; the bottom panes sit under the viewer only.
    window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
    window.resizeDocks([docks.documents, docks.codes], [260, 480], Qt.Orientation.Vertical)
    window.resizeDocks([docks.documents], [400], Qt.Orientation.Horizontal)
    window.resizeDocks([docks.quotations], [250], Qt.Orientation.Vertical)
    retranslate_docks(docks)
    return docks


def retranslate_docks(docks: Docks) -> None:
    for dock, title in (
        (docks.documents, QCoreApplication.translate("Docks", "Documents")),
        (docks.codes, QCoreApplication.translate("Docks", "Codes")),
        (docks.quotations, QCoreApplication.translate("Docks", "Quotations")),
        (docks.memos, QCoreApplication.translate("Docks", "Memos")),
        (docks.search, QCoreApplication.translate("Docks", "Search")),
        (docks.comments, QCoreApplication.translate("Docks", "Comment")),
        (docks.networks, QCoreApplication.translate("Docks", "Networks")),
    ):
        dock.setWindowTitle(title)
        dock.setAccessibleName(title)
    for pane in (docks.document_pane, docks.code_pane, docks.quotation_pane, docks.memo_pane, docks.search_panel,
                 docks.comment_pane, docks.network_pane):
        pane.retranslate()
    for model in (docks.document_pane.list.source, docks.code_pane.tree.source, docks.quotation_pane.source,
                  docks.memo_pane.model, docks.search_panel.model):
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, model.columnCount() - 1))
