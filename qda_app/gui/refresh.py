"""Keeping the panes in step with the project: full loads, and per-notice partial refresh.

Anki style: a notice names the tables an action touched, and each pane reloads only when
its tables are among them; the viewer and the quotation manager go further and re-read just
the quotations the CommandRecord touched.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from qda_app.core.errors import QdaError
from qda_app.core.model import Memo
from qda_app.gui.background import run_in_background
from qda_app.gui.dialogs.common import error_text, show_error
from qda_app.services import codes as code_service
from qda_app.services import code_groups as code_group_service
from qda_app.services import documents, gui_queries, memos
from qda_app.services import relations as relation_service
from qda_app.services.commands import ChangeNotice, CommandRecord
from qda_app.services.document_pages import DocumentPages, document_by_id, document_names
from qda_app.services.quotation_pages import QuotationPages

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow

CODE_TABLES = {"codes", "codings", "quotations", "code_relations", "*"}
MARK_TABLES = {"codes", "codings", "quotations", "representatives", "coders", "documents", "*"}
DOCUMENT_TABLES = {"documents", "groups", "group_members", "attributes", "document_attributes", "quotations", "*"}
MEMO_TABLES = {"memos", "memo_links", "*"}
# Actions on quotations only: the document list just shows new quotation counts, a moment later.
QUOTATION_ONLY_TABLES = {"quotations", "quotation_counters", "codings", "representatives", "codes", "code_relations"}


def reload_codes(window: MainWindow, *, counts_only: bool = False) -> None:
    project = window.project
    assert project is not None
    counts = code_service.code_counts(project)
    tree = window.code_tree
    if counts_only:
        tree.source.update_counts(counts)
        return
    codes = code_service.list_codes(project)
    window.codes_by_id = {code.id: code for code in codes}
    window.code_ids_by_path = {code.path: code.id for code in codes}
    window.document_view.style.codes = window.codes_by_id
    expanded, selected = tree.expanded_paths(), tree.selected_paths()
    first_load = not tree.source.by_id
    tree.source.load(codes, counts)
    if first_load:
        tree.expandToDepth(0)
    else:
        tree.restore(expanded=expanded, selected=selected)
    reload_code_groups(window)


def reload_code_groups(window: MainWindow) -> None:
    groups = code_group_service.list_code_groups(window.project)
    window.docks.code_pane.set_code_groups([(group.name, set(group.members)) for group in groups])


_COUNTS_PENDING: weakref.WeakSet = weakref.WeakSet()


def reload_counts_soon(window: MainWindow) -> None:
    """Refresh the code tree's counts on the next turn of the event loop, once per burst.

    Counting runs over the whole project (tens of ms on a large one); after coding a
    selection the highlight and bracket are drawn first, the figures follow a moment later.
    """
    if window in _COUNTS_PENDING:
        return
    _COUNTS_PENDING.add(window)

    def run() -> None:
        _COUNTS_PENDING.discard(window)
        if window.project is not None:
            reload_codes(window, counts_only=True)

    QTimer.singleShot(0, window, run)


# Panes the user is not looking at while coding (the quotation manager's rows, the document
# list's quotation counts) follow a moment after an action, once the viewer has drawn the new
# highlight and bracket: a burst of actions (auto-coding, undo repeated) refreshes them once.
PANES_DELAY_MS = 50
_PANES_PENDING: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def refresh_panes_soon(window: MainWindow, *, quotations: set[int] = frozenset(),
                       documents: set[int] | bool = False) -> None:
    """documents: the ids of the documents whose quotation counts moved (True: all of them)."""
    pending = _PANES_PENDING.get(window)
    if pending is None:
        pending = _PANES_PENDING[window] = {"quotations": set(), "documents": set()}
        QTimer.singleShot(PANES_DELAY_MS, window, lambda: flush_panes(window))
    pending["quotations"] |= set(quotations)
    if documents is True or pending["documents"] is True:
        pending["documents"] = True
    elif documents:
        pending["documents"] |= set(documents)


def panes_pending(window: MainWindow) -> bool:
    return window in _PANES_PENDING


def _drop_pending(window: MainWindow, pane: str) -> None:
    """A full reload is about to run: the pending partial refresh of that pane is covered by it."""
    pending = _PANES_PENDING.get(window)
    if pending is not None:
        pending[pane] = set()


def flush_panes(window: MainWindow) -> None:
    """Apply the deferred pane refreshes now (the timer, or a reader that needs them current)."""
    pending = _PANES_PENDING.pop(window, None)
    if pending is None or window.project is None:
        return
    if pending["documents"] is True:
        window.docks.document_pane.list.source.refresh_rows()
    elif pending["documents"]:
        window.docks.document_pane.list.source.update_counts(
            gui_queries.quotation_counts(window.project, document_ids=pending["documents"]))
    touched = pending["quotations"]
    if touched:
        window.docks.quotation_pane.source.update(touched)


def update_counts(window: MainWindow, notice: ChangeNotice, record: CommandRecord | None) -> None:
    """After a coding action: add what it changed to the touched codes' counts, now.

    Falls back to a full recount on the next event-loop pass when the service cannot tell
    (relations changed, a large action or its undo).
    """
    assert window.project is not None
    source = window.code_tree.source
    changes = gui_queries.groundedness_changes(
        window.project, record=record, kind=notice.kind, parents=source.parents())
    if changes is None:
        reload_counts_soon(window)
    else:
        source.apply_count_changes(changes)


def reload_documents(window: MainWindow) -> None:
    project = window.project
    assert project is not None
    pane = window.docks.document_pane
    pane.set_groups([group.name for group in gui_queries.document_groups(project)])
    pane.list.source.attach(DocumentPages(project))
    pane.list.source.reload()  # the first page, in the order and with the filters chosen
    pane.list.select_number(window.document_view.document_number)


def reload_quotations(window: MainWindow) -> None:
    project = window.project
    assert project is not None
    pane = window.docks.quotation_pane
    model = pane.source
    listed = document_names(project)
    model.document_names = dict(listed)
    model.attach(QuotationPages(project))
    pane.set_choices(  # reads the first page with the filters chosen
        codes=[code.path for code in window.codes_by_id.values()],
        documents=listed,
        groups=[group.name for group in gui_queries.document_groups(project)],
        coders=gui_queries.coder_names(project),
        code_groups=[group.name for group in code_group_service.list_code_groups(project)],
    )


def reload_memos(window: MainWindow) -> None:
    assert window.project is not None
    window.memo_pane.reload(memos.list_memos(window.project))


def reload_everything(window: MainWindow) -> None:
    _PANES_PENDING.pop(window, None)
    reload_codes(window)
    reload_documents(window)
    reload_quotations(window)
    reload_memos(window)


def clear_panes(window: MainWindow) -> None:
    _PANES_PENDING.pop(window, None)
    window.codes_by_id, window.code_ids_by_path = {}, {}
    window.code_tree.source.load([], {})
    window.docks.document_pane.list.source.attach(None)
    window.docks.document_pane.list.source.reload()
    window.docks.quotation_pane.source.attach(None)
    window.docks.quotation_pane.source.reload()
    window.memo_pane.reload([])
    window.docks.search_panel.show_hits([])


def open_document(window: MainWindow, number: int) -> None:
    project = window.project
    if project is None:
        return
    try:
        text = gui_queries.document_text(project, document=number)
        marks = gui_queries.document_marks(project, document=number)
    except QdaError as error:
        show_error(window, error)
        return
    window.document_view.load(number=number, text=text, marks=marks)
    window.docks.document_pane.list.select_number(number)
    window.update_actions()


def jump_to_quotation(window: MainWindow, quotation_id: int) -> None:
    flush_panes(window)
    quotation = window.docks.quotation_pane.source.quotation(quotation_id)
    if quotation is None:
        return
    if window.document_view.document_number != quotation.document_number:
        open_document(window, quotation.document_number)
    window.document_view.select_quotation(quotation_id, scroll=True)


def on_change(window: MainWindow, notice: ChangeNotice, record: CommandRecord | None) -> None:
    if window.project is None:
        return
    tables = gui_queries.notice_tables(record, notice.tables)
    if tables & CODE_TABLES:
        if tables & {"codes", "*"}:
            reload_codes(window)
        else:
            densities = relation_service.densities_after(window.project, record) if tables == {"code_relations"} else None
            if densities is not None:  # relations leave groundedness as it was: only these densities moved
                # on the next turn of the event loop: a link drawn in a network shows first
                QTimer.singleShot(0, window, lambda: window.code_tree.source.update_densities(densities))
            else:
                update_counts(window, notice, record)
    elif tables & {"groups", "group_members"}:
        reload_code_groups(window)
    touched = gui_queries.touched_quotations(record) if "*" not in tables else None
    if tables & DOCUMENT_TABLES:
        if touched is not None and not tables - QUOTATION_ONLY_TABLES:
            # only the quotation counts of the documents whose quotations came or went moved
            refresh_panes_soon(window, documents=gui_queries.touched_documents(record) or set())
        else:
            _drop_pending(window, "documents")
            reload_documents(window)
    if tables & MARK_TABLES:
        view = window.document_view
        if touched is not None and not tables & {"codes", "documents", "coders"}:
            view.update_marks(touched, gui_queries.quotation_marks(window.project, quotation_ids=touched))
        elif view.document_number is not None:
            keep = view.selected_id
            view.index.replace(gui_queries.document_marks(window.project, document=view.document_number))
            view.restyle()
            view.select_quotation(keep)
    if tables & (MARK_TABLES | DOCUMENT_TABLES):
        if touched is not None and not tables & {"codes", "documents", "coders", "groups", "group_members"}:
            refresh_panes_soon(window, quotations=touched)
        else:
            _drop_pending(window, "quotations")
            reload_quotations(window)
    if tables & MEMO_TABLES:
        reload_memos(window)


def describe_memo_target(window: MainWindow, memo: Memo) -> str:
    if not memo.links:
        return QCoreApplication.translate("Refresh", "Project")
    link = memo.links[0]
    if link.target_type == "project":
        return QCoreApplication.translate("Refresh", "Project")
    if link.target_type == "code":
        code = window.codes_by_id.get(link.target_id or -1)
        return QCoreApplication.translate("Refresh", "Code %1").replace("%1", code.path if code else "?")
    if link.target_type == "document":
        document = document_by_id(window.project, link.target_id or -1) if window.project is not None else None
        if document is not None:
            return QCoreApplication.translate("Refresh", "Document %1").replace("%1", f"{document.number}: {document.name}")
        return QCoreApplication.translate("Refresh", "Document %1").replace("%1", "?")
    quotation = window.docks.quotation_pane.source.quotation(link.target_id or -1)
    if quotation is not None:
        return QCoreApplication.translate("Refresh", "Quotation %1").replace("%1", quotation.quotation_id)
    return QCoreApplication.translate("Refresh", "Quotation %1").replace("%1", "?")


def refresh_labels(window: MainWindow) -> None:
    """After a language switch: views whose cells hold translated or localised text redraw."""
    if window.project is not None:
        reload_memos(window)
    window.document_view.margin.update()


def import_files(window: MainWindow, paths: list[str]) -> None:
    """Import off the GUI thread; the notice arrives on the GUI thread when the import commits."""
    project = window.project
    if project is None or project.read_only:
        return
    try:
        summary = run_in_background(
            window, title=QCoreApplication.translate("Refresh", "Importing documents"),
            work=lambda progress, is_cancelled: documents.import_files(
                project, paths, progress=progress, is_cancelled=is_cancelled),
        )
    except QdaError as error:
        show_error(window, error)
        return
    problems = [error_text(refusal) for refusal in summary.refused]
    lines = [QCoreApplication.translate("Refresh", "Imported: %1").replace("%1", str(len(summary.imported)))]
    if summary.skipped:
        lines.append(QCoreApplication.translate("Refresh", "Skipped (already in the project): %1").replace("%1", str(len(summary.skipped))))
    if summary.cancelled:
        lines.append(QCoreApplication.translate("Refresh", "The import was cancelled; nothing was added."))
    if problems:
        lines.append(QCoreApplication.translate("Refresh", "Not imported:"))
        lines.extend(problems[:20])
    if problems or summary.skipped or summary.cancelled:
        QMessageBox.information(window, QCoreApplication.translate("Refresh", "Import"), "\n".join(lines))
    if summary.imported:
        open_document(window, summary.imported[0].number)
