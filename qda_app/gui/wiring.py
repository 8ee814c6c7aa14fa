"""The main window's wiring: every action to its handler, every pane's signal to its controller.

Kept apart from MainWindow so the window only assembles panes and controllers (STYLE.md);
the handlers themselves live in the controllers (coding_actions, code_actions, notes_actions…).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from qda_app.gui import refresh
from qda_app.gui.menus import CODE_CONTEXT, TEXT_CONTEXT, fill_context_menu
from qda_app.gui.quotation_menu import fill_quotation_menu

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow


def connect_window(window: MainWindow) -> None:
    registry, coding, codes = window.registry, window.coding, window.code_actions
    for name, handler in {
        "actionNewProject": window.new_project_dialog, "actionOpenProject": window.open_project_dialog,
        "actionOpenDemo": window.open_demo, "actionImport": window.import_dialog,
        "actionCloseProject": window.close_project, "actionQuit": window.close,
        "actionUndo": window.undo_stack.undo, "actionRedo": window.undo_stack.redo,
        "actionFind": window.document_view.find_bar.open_bar, "actionFindAll": window.open_search,
        "actionPreferences": window.preferences, "actionSwitchCoder": window.switch_coder_dialog,
        "actionQuickCode": coding.quick_code, "actionCodeSelection": coding.code_selection,
        "actionInVivoCode": coding.in_vivo, "actionRemoveCode": coding.remove_code,
        "actionDeleteQuotation": coding.delete_quotation, "actionCommentQuotation": coding.comment,
        "actionNextQuotation": lambda: window.document_view.step_quotation(1),
        "actionPreviousQuotation": lambda: window.document_view.step_quotation(-1),
        "actionKeyboardShortcuts": lambda: window.chrome.keyboard_shortcuts(),
        "actionEditText": lambda: window.text_edit.toggle(), "actionPrintDocument": lambda: window.text_edit.print_dialog(),
        "actionRepresentative": coding.toggle_representative, "actionResizeQuotation": coding.resize_to_selection,
        "actionNewCode": codes.new_code, "actionRenameCode": codes.rename_code,
        "actionRecolourCode": codes.recolour_code, "actionDescribeCode": codes.describe_code,
        "actionMergeCode": codes.merge_code, "actionSplitCategory": codes.split_category,
        "actionMergeDuplicateCodes": codes.merge_duplicate_codes,
        "actionDeleteCode": codes.delete_code, "actionNewMemo": codes.new_memo,
        "actionZoomIn": lambda: window.document_view.zoom(1), "actionZoomOut": lambda: window.document_view.zoom(-1),
        "actionColourByCoder": window.toggle_colour_by_coder, "actionChooseCoders": codes.choose_coders,
        "actionAbout": window.about,
    }.items():
        registry.connect(name, handler)
    window.undo_stack.undoTextChanged.connect(lambda _: window._retranslate_undo())
    window.undo_stack.redoTextChanged.connect(lambda _: window._retranslate_undo())
    window.undo_stack.canUndoChanged.connect(lambda _: window.update_actions())
    window.undo_stack.canRedoChanged.connect(lambda _: window.update_actions())
    view = window.document_view
    view.selection_changed.connect(window.update_actions)
    view.quotation_selected.connect(lambda _: window.update_actions())
    view.editor.codes_dropped.connect(coding.codes_dropped)
    view.editor.context_menu_wanted.connect(lambda menu: fill_context_menu(menu, registry, TEXT_CONTEXT))
    view.find_bar.code_all_requested.connect(coding.code_all_in_document)
    view.resize_requested.connect(coding.resize_quotation)
    view.comment_requested.connect(window.edit_comment)
    view.quotation_menu_wanted.connect(lambda menu, quotation: fill_quotation_menu(menu, window, quotation))
    view.codes_dropped_on_quotation.connect(coding.codes_dropped_on_quotation)
    window.code_tree.codes_selected.connect(window._on_codes_selected)
    window.code_tree.source.rename_code = lambda path, name: codes.rename_code(path, name)
    window.code_tree.source.move_code = lambda path, parent, row: codes.move_codes([path], parent, row)
    window.code_tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    for name in CODE_CONTEXT:
        if name is not None:
            window.code_tree.addAction(registry[name])
    pane = window.docks
    pane.document_pane.list.document_activated.connect(window.open_document)
    pane.document_pane.list.files_dropped.connect(window.import_files)
    pane.quotation_pane.quotation_activated.connect(window.jump_to_quotation)
    pane.memo_pane.create_requested.connect(codes.new_memo)
    pane.memo_pane.save_requested.connect(codes.save_memo)
    pane.memo_pane.delete_requested.connect(codes.delete_memo)
    pane.memo_pane.model.describe_target = lambda memo: refresh.describe_memo_target(window, memo)
    pane.search_panel.search_requested.connect(coding.search)
    pane.search_panel.code_hits_requested.connect(coding.code_hits)
    pane.search_panel.hit_activated.connect(coding.show_hit)
    window.welcome.new_button.clicked.connect(window.new_project_dialog)
    window.welcome.open_button.clicked.connect(window.open_project_dialog)
    window.welcome.demo_button.clicked.connect(window.open_demo)
    window.welcome.open_path.connect(lambda path: window.open_project_path(path))
