"""Relations between codes, their types, code groups, quotation links and memo links.

Each handler asks (a dialog) and then calls one service function: one command on the undo
stack. The dialogs are refilled from the project after every change they asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import html

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QMenu

from qda_app.gui.dialogs.attach_memo_dialog import AttachMemoDialog
from qda_app.gui.dialogs.code_groups_dialog import CodeGroupsDialog
from qda_app.gui.dialogs.common import ask_item, ask_text, confirm
from qda_app.gui.i18n import current_language
from qda_app.gui.dialogs.relate_dialog import RelateDialog
from qda_app.gui.dialogs.relation_types_dialog import RelationTypesDialog
from qda_app.gui.models.quotation_model import QuotationIdRole
from qda_app.gui.quotation_menu import MENU_EXTENSIONS
from qda_app.services.document_pages import document_names
from qda_app.services import code_groups, memos, networks, quotation_links, quotation_pages, relations

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow


def leaf(path: str) -> str:
    return path.split("::")[-1]


def _link_entry(menu: QMenu, window: MainWindow, quotation_id: int) -> None:
    """"Link to Quotation…" in the margin's bracket menu."""
    action = menu.addAction(QCoreApplication.translate("QuotationMenu", "Link to Quotation…"))
    action.setObjectName("menuLinkQuotation")
    action.setEnabled(window.project is not None and not window.project.read_only)
    action.triggered.connect(lambda *_: window.relation_actions.link_quotation(quotation_id))


class RelationActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.types_dialog: RelationTypesDialog | None = None
        self.groups_dialog: CodeGroupsDialog | None = None
        for name, handler in {"actionRelateCode": self.relate_code, "actionRelationTypes": self.relation_types,
                              "actionCodeGroups": self.manage_code_groups, "actionAddToCodeGroup": self.add_to_group,
                              "actionLinkQuotation": self.link_quotation, "actionAttachMemo": self.attach_memo}.items():
            window.registry.connect(name, handler)
        if _link_entry not in MENU_EXTENSIONS:
            MENU_EXTENSIONS.append(_link_entry)
        # The selected quotation's links, under the quotation list: one click follows a link.
        self.link_strip = QLabel(window)
        self.link_strip.setObjectName("quotationLinks")
        self.link_strip.setTextFormat(Qt.TextFormat.RichText)
        self.link_strip.setWordWrap(True)
        self.link_strip.linkActivated.connect(lambda href: window.jump_to_quotation(int(href.removeprefix("q:"))))
        window.docks.quotation_pane.add_footer(self.link_strip)
        self.shown_quotation: int | None = None
        window.document_view.quotation_selected.connect(self.show_links)
        pane = window.docks.quotation_pane
        pane.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_links(current.data(QuotationIdRole)) if current.isValid() else None)

    @property
    def project(self):
        return self.window.project

    def language(self) -> str:
        return current_language()

    def type_names(self, scope: str) -> dict[int, str]:
        return {kind.id: kind.name_in(self.language()) for kind in relations.list_relation_types(self.project, scope)}

    # --- code relations -----------------------------------------------------------------------

    def relate_code(self, source: str | None = None) -> RelateDialog | None:
        paths = self.window.code_tree.selected_paths()
        source = source or (paths[0] if paths else None)
        if source is None or self.project is None:
            return None
        names = self.type_names("code")
        by_id = self.window.codes_by_id
        existing = []
        for item in relations.list_code_relations(self.project, code=source):
            first, second = by_id.get(item.source_code_id), by_id.get(item.target_code_id)
            if first is not None and second is not None:
                sentence = f"{first.name} — {names.get(item.type_id, item.name)} → {second.name}"
                existing.append((item.id, sentence + (f"  ({item.comment})" if item.comment else "")))
        targets = [("    " * code.depth + code.name, code.path, code.color)
                   for code in by_id.values() if code.path != source]
        dialog = RelateDialog(title=self.tr("Relate “%1”").replace("%1", leaf(source)), source_label=source,
                              relation_types=list(names.items()), targets=targets, existing=existing,
                              parent=self.window)
        dialog.relate_requested.connect(lambda type_id, target, comment: self.window.run(
            lambda: relations.relate_codes(self.project, source=source, target=target, relation=type_id,
                                           comment=comment)))
        dialog.remove_requested.connect(lambda relation_id: self.window.run(
            lambda: relations.delete_relation(self.project, relation_id=relation_id)))
        dialog.open()
        return dialog

    # --- relation types -----------------------------------------------------------------------

    def relation_types(self) -> RelationTypesDialog:
        if self.types_dialog is None:
            dialog = self.types_dialog = RelationTypesDialog(self.window, language=self.language())
            dialog.create_requested.connect(lambda scope, values: self._type_change(scope, lambda: (
                relations.create_relation_type(self.project, scope=scope, **values))))
            dialog.edit_requested.connect(lambda type_id, scope, values: self._type_change(scope, lambda: (
                relations.edit_relation_type(self.project, relation=type_id, scope=scope, **values))))
            dialog.delete_requested.connect(self._delete_type)
        self.types_dialog.language = self.language()
        self._fill_types()
        self.types_dialog.show()
        self.types_dialog.raise_()
        return self.types_dialog

    def _fill_types(self) -> None:
        if self.types_dialog is not None and self.project is not None:
            for scope in ("code", "quotation"):
                self.types_dialog.set_types(scope, relations.list_relation_types(self.project, scope))

    def _type_change(self, scope: str, action) -> None:
        self.window.run(action)
        self._fill_types()

    def _delete_type(self, type_id: int, scope: str, *, ask: bool = True) -> None:
        used = (sum(1 for item in relations.list_code_relations(self.project) if item.type_id == type_id)
                if scope == "code" else
                sum(1 for item in quotation_links.list_quotation_links(self.project) if item.type_id == type_id))
        text = self.tr("Delete this relation type and the %1 relation(s) of this type? You can undo this.").replace(
            "%1", str(used))
        if ask and not confirm(self.window, title=self.tr("Delete Relation Type"), text=text):
            return
        self._type_change(scope, lambda: relations.delete_relation_type(self.project, relation=type_id, scope=scope))

    # --- code groups --------------------------------------------------------------------------

    def group_members(self) -> dict[str, set[str]]:
        by_id = self.window.codes_by_id
        return {group.name: {by_id[member].path for member in group.members if member in by_id}
                for group in code_groups.list_code_groups(self.project)}

    def manage_code_groups(self) -> CodeGroupsDialog:
        if self.groups_dialog is not None:  # rebuilt each time: the codes may have changed since
            self.groups_dialog.close()
            self.groups_dialog.deleteLater()
            self.groups_dialog = None
        if self.groups_dialog is None:
            dialog = self.groups_dialog = CodeGroupsDialog(list(self.window.codes_by_id.values()), self.window)
            dialog.create_requested.connect(lambda: self.new_group())
            dialog.rename_requested.connect(lambda name: self.rename_group(name))
            dialog.delete_requested.connect(lambda name: self.delete_group(name))
            dialog.membership_changed.connect(self.set_membership)
            dialog.filter_requested.connect(self.show_group_quotations)
        self.groups_dialog.set_groups(self.group_members())
        self.groups_dialog.show()
        self.groups_dialog.raise_()
        return self.groups_dialog

    def _refill_groups(self, select: str | None = None) -> None:
        if self.groups_dialog is not None and self.project is not None:
            self.groups_dialog.set_groups(self.group_members(), select=select)

    def new_group(self, name: str | None = None, codes: list[str] | None = None) -> str | None:
        if name is None:
            name = ask_text(self.window, title=self.tr("New Code Group"), label=self.tr("Name of the group:"))
        if not name or not name.strip():
            return None
        created = self.window.run(lambda: code_groups.create_code_group(self.project, name=name.strip(),
                                                                        codes=codes or []))
        self._refill_groups(select=created.name if created else None)
        return created.name if created else None

    def rename_group(self, name: str, new_name: str | None = None) -> None:
        if new_name is None:
            new_name = ask_text(self.window, title=self.tr("Rename Code Group"), label=self.tr("New name:"), value=name)
        if new_name and new_name.strip():
            self.window.run(lambda: code_groups.rename_code_group(self.project, name=name, new_name=new_name.strip()))
            self._refill_groups(select=new_name.strip())

    def delete_group(self, name: str, *, ask: bool = True) -> None:
        if ask and not confirm(self.window, title=self.tr("Delete Code Group"), text=self.tr(
                "Delete the code group “%1”? Its codes stay. You can undo this.").replace("%1", name)):
            return
        self.window.run(lambda: code_groups.delete_code_group(self.project, name=name))
        self._refill_groups()

    def set_membership(self, group: str, path: str, member: bool) -> None:
        if member:
            self.window.run(lambda: code_groups.add_codes_to_group(self.project, name=group, codes=[path]))
        else:
            self.window.run(lambda: code_groups.remove_codes_from_group(self.project, name=group, codes=[path]))
        self._refill_groups(select=group)

    def add_to_group(self, group: str | None = None) -> None:
        paths = self.window.code_tree.selected_paths()
        if not paths:
            return
        if group is None:
            new = self.tr("New group…")
            group = ask_item(self.window, title=self.tr("Add to Code Group"), label=self.tr("Group:"),
                             items=[*self.group_members(), new])
            if group == new:
                self.new_group(codes=paths)
                return
        if group:
            self.window.run(lambda: code_groups.add_codes_to_group(self.project, name=group, codes=paths))
            self._refill_groups(select=group)

    def show_group_quotations(self, group: str) -> None:
        """The group's quotations, listed by the query tool (the group is a query operand)."""
        tool = self.window.queries.open_tool()
        if tool is not None:
            tool.clear()
            tool.add_operand(group)
            tool.run()

    # --- quotation links and memo links -------------------------------------------------------

    def quotation_rows(self) -> list:
        """Every quotation (the quotation list holds only the pages it has shown)."""
        return list(quotation_pages.stream_quotations(self.project))

    def link_quotation(self, quotation_id: int | None = None) -> RelateDialog | None:
        mark = self.window.coding.selected_mark()
        quotation_id = quotation_id if quotation_id is not None else (mark.id if mark else None)
        if quotation_id is None or self.project is None:
            return None
        rows = self.quotation_rows()
        label = {row.id: row.quotation_id for row in rows}
        names = self.type_names("quotation")
        existing = [(link.id, f"{label.get(link.source_quotation_id, '?')} — {names.get(link.type_id, link.name)} → "
                              f"{label.get(link.target_quotation_id, '?')}")
                    for link in quotation_links.list_quotation_links(self.project, quotation=quotation_id)]
        targets = [(f"{row.quotation_id}  {' '.join(row.text.split())[:90]}", row.id, None)
                   for row in rows if row.id != quotation_id]
        dialog = RelateDialog(title=self.tr("Link Quotation %1").replace("%1", label.get(quotation_id, "")),
                              source_label=label.get(quotation_id, ""), relation_types=list(names.items()),
                              targets=targets, existing=existing, parent=self.window)
        dialog.relate_requested.connect(lambda type_id, target, comment: self.window.run(
            lambda: quotation_links.link_quotations(self.project, source=quotation_id, target=target,
                                                    relation=type_id, comment=comment)))
        dialog.remove_requested.connect(lambda link_id: self.window.run(
            lambda: quotation_links.delete_quotation_link(self.project, link_id=link_id)))
        dialog.open()
        return dialog

    def attach_memo(self) -> AttachMemoDialog | None:
        if self.project is None:
            return None
        window = self.window
        all_memos = memos.list_memos(self.project)
        if not all_memos:
            return None
        targets = {
            "code": [(code.path.replace("::", " › "), code.path) for code in window.codes_by_id.values()],
            "quotation": [(f"{row.quotation_id}  {' '.join(row.text.split())[:70]}", row.id)
                          for row in self.quotation_rows()],
            "document": [(f"{number}: {name}", number) for number, name in document_names(self.project)],
            "network": [(network.name, network.id) for network in networks.list_networks(self.project)],
            "memo": [(memo.title, memo.id) for memo in all_memos],
        }
        current = window.memo_pane.current
        kind, target = None, None
        mark = window.coding.selected_mark()
        if window.code_tree.selected_paths():
            kind, target = "code", window.code_tree.selected_paths()[0]
        elif mark is not None:
            kind, target = "quotation", mark.id
        dialog = AttachMemoDialog(memos=[(memo.id, memo.title) for memo in all_memos], targets=targets,
                                  memo_id=current.id if current else None, kind=kind, parent=window)
        if kind is not None and target is not None:
            dialog.choose(kind, target)
        dialog.attach_requested.connect(lambda memo_id, kind, target: window.run(
            lambda: memos.attach_memo(self.project, memo_id=memo_id, target_type=kind, target=target)))
        dialog.open()
        return dialog

    def show_links(self, quotation_id: int | None) -> None:
        """Every link of the quotation, as sentences whose other end is a link to follow."""
        self.shown_quotation = quotation_id
        if quotation_id is None or self.project is None:
            self._show_strip("")
            return
        links = quotation_links.list_quotation_links(self.project, quotation=quotation_id)
        if not links:
            self._show_strip("")
            return
        labels = quotation_links.quotation_labels(self.project)
        names = self.type_names("quotation")
        parts = []
        for link in links:
            name = html.escape(names.get(link.type_id, link.name))
            if link.source_quotation_id == quotation_id:
                other = link.target_quotation_id
                parts.append(f"{name} <a href='q:{other}'>{labels.get(other, '?')}</a>")
            else:
                other = link.source_quotation_id
                parts.append(f"<a href='q:{other}'>{labels.get(other, '?')}</a> {name} "
                             f"{labels.get(quotation_id, '')}")
        title = html.escape(self.tr("Links of %1:").replace("%1", labels.get(quotation_id, "")))
        self._show_strip(f"<b>{title}</b> " + " · ".join(parts))

    def _show_strip(self, text: str) -> None:
        # Setting a label, even to the text it has, lays the quotation pane out and repaints
        # all of it: after every coding, for a strip that is empty nearly always.
        if self.link_strip.text() != text:
            self.link_strip.setText(text)

    def project_opened(self) -> None:
        self.show_links(None)
        self.mark_linked_quotations()

    def mark_linked_quotations(self) -> None:
        """The margin marks quotations that take part in a link (⇄), as Atlas.ti does."""
        linked: set[int] = set()
        if self.project is not None:
            for link in quotation_links.list_quotation_links(self.project):
                linked.update((link.source_quotation_id, link.target_quotation_id))
        self.window.document_view.margin.set_linked(linked)

    def on_change(self, tables: set[str]) -> None:
        if self.project is None:
            return
        if tables & {"quotation_links", "quotations", "relation_types", "*"} and self.shown_quotation is not None:
            self.show_links(self.shown_quotation)
        if tables & {"quotation_links", "*"}:
            self.mark_linked_quotations()
        if tables & {"relation_types", "*"}:
            self._fill_types()

    def project_closed(self) -> None:
        self.show_links(None)
        for dialog in (self.types_dialog, self.groups_dialog):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.types_dialog = self.groups_dialog = None
