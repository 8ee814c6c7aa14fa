"""The result of Team > Merge Coder's Copy: what was added, aligned, renumbered or not carried, and
the coder's removals and resizes as decisions to accept (each accepted set is one more undoable
merge step)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QTextBrowser, QVBoxLayout, QWidget,
)

from qda_app.services.merge import MergeDecision, MergeReport


class MergeReportDialog(QDialog):
    def __init__(self, report: MergeReport, parent: QWidget | None = None,
                 apply_decisions: Callable[[set[str]], MergeReport | None] | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.apply_decisions = apply_decisions
        self.setWindowTitle(self.tr("Merge Report"))
        self.setAccessibleName(self.tr("Merge Report"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("mergeReport")
        self.browser.setHtml(self.report_html())
        self.decisions_label = QLabel(self.tr("The coder changed what both sides share. Tick the changes to apply "
                                              "(the others stay as they are here):"), self)
        self.decisions_label.setWordWrap(True)
        self.decision_list = QListWidget(self)
        self.decision_list.setObjectName("mergeDecisions")
        self.decision_list.setAccessibleName(self.tr("Pending decisions"))
        self.apply_button = QPushButton(self.tr("Apply Ticked Changes"), self)
        self.apply_button.clicked.connect(self.apply_checked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 2)
        layout.addWidget(self.decisions_label)
        layout.addWidget(self.decision_list, 1)
        layout.addWidget(self.apply_button)
        layout.addWidget(buttons)
        self._list_pending()
        self.resize(760, 640)

    def decision_text(self, decision: MergeDecision) -> str:
        if decision.kind == "resize":
            return (self.tr("Resize quotation %1 from [%2, %3) to [%4, %5) (%6's boundaries)")
                    .replace("%1", decision.quotation_id).replace("%2", str(decision.kept[0]))
                    .replace("%3", str(decision.kept[1])).replace("%4", str(decision.proposed[0]))
                    .replace("%5", str(decision.proposed[1])).replace("%6", decision.coder or "?"))
        return (self.tr("Remove %1's coding of %2 with “%3” (removed in the copy)")
                .replace("%1", decision.coder).replace("%2", decision.quotation_id).replace("%3", decision.code or ""))

    def _list_pending(self) -> None:
        pending = self.report.pending
        self.decision_list.clear()
        for decision in pending:
            item = QListWidgetItem(self.decision_text(decision), self.decision_list)
            item.setData(Qt.ItemDataRole.UserRole, decision.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        for widget in (self.decisions_label, self.decision_list, self.apply_button):
            widget.setVisible(bool(pending))
        self.apply_button.setEnabled(bool(pending) and self.apply_decisions is not None)

    def checked_keys(self) -> set[str]:
        return {self.decision_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.decision_list.count())
                if self.decision_list.item(row).checkState() == Qt.CheckState.Checked}

    def apply_checked(self) -> MergeReport | None:
        chosen = self.checked_keys()
        if not chosen or self.apply_decisions is None:
            return None
        report = self.apply_decisions(chosen)
        if report is not None:
            now = {decision.key: decision for decision in report.decisions}
            # The earlier report keeps its figures; the decisions applied now are marked as such.
            self.report.decisions = [now[d.key] if d.key in now and now[d.key].applied else d
                                     for d in self.report.decisions]
            self.browser.setHtml(self.report_html())
            self._list_pending()
        return report

    def analysis_kind(self, kind: str) -> str:
        return {"relation": self.tr("Relation"), "quotation_link": self.tr("Quotation link"),
                "smart_code": self.tr("Smart code"), "network_node": self.tr("Network node"),
                "memo_link": self.tr("Memo attachment")}.get(kind, kind)

    def analysis_reason(self, reason: str) -> str:
        return {
            "same_code": self.tr("both of its codes are one code here"),
            "cycle": self.tr("it would close a cycle of a transitive relation here"),
            "quotation_not_carried": self.tr("a quotation it needs was not carried (its passage differs in the copy)"),
            "same_quotation": self.tr("both of its quotations are one quotation here"),
            "query_differs": self.tr("a smart code of that name has another query here (kept)"),
            "name_is_a_code": self.tr("its name is a code's here"),
            "operand_missing": self.tr("its query names something this project does not have"),
            "refers_to_itself": self.tr("its query would refer to itself here"),
        }.get(reason, reason)

    def _section(self, title: str, lines: list[str]) -> str:
        if not lines:
            return ""
        items = "".join(f"<li>{line}</li>" for line in lines)
        return f"<h3>{html.escape(title)}</h3><ul>{items}</ul>"

    def report_html(self) -> str:
        report, e = self.report, html.escape
        counts = [
            (self.tr("Quotations added"), report.quotations_added),
            (self.tr("Quotations already here"), report.quotations_present),
            (self.tr("Codings added"), report.codings_added),
            (self.tr("Codings already here"), report.codings_present),
            (self.tr("Codes added"), len(report.codes_added)),
            (self.tr("Documents matched"), report.documents_matched),
            (self.tr("Documents added"), len(report.documents_added)),
            (self.tr("Memos added"), report.memos_added),
            (self.tr("Code links added"), report.relations_added),
            (self.tr("Quotation links added"), report.quotation_links_added),
            (self.tr("Groups added"), len(report.groups_added)),
            (self.tr("Group members added"), report.group_members_added),
            (self.tr("Smart codes added"), len(report.smart_codes_added)),
            (self.tr("Networks added"), len(report.networks_added)),
            (self.tr("Network nodes added"), report.network_nodes_added),
            (self.tr("Representative marks added"), report.representatives_added),
            (self.tr("Coders added"), len(report.coders_added)),
        ]
        rows = "".join(f"<tr><td>{e(label)}</td><td align='right'><b>{value}</b></td></tr>" for label, value in counts)
        parts = [f"<p>{e(self.tr('Merged %1.').replace('%1', report.file))}</p>"]
        if not report.changed:
            parts.append(f"<p><i>{e(self.tr('Nothing new: everything in the copy was here already.'))}</i></p>")
        parts.append(f"<table cellspacing='0' cellpadding='3'>{rows}</table>")
        parts.append(self._section(self.tr("Corrected transcripts"), [
            e(self.tr("Document %1 “%2” has a corrected text in the copy: %3 quotations moved onto this project's "
                      "text, %4 not (their passage was edited).").replace("%1", str(item.number))
              .replace("%2", item.name).replace("%3", str(item.carried)).replace("%4", str(item.not_carried)))
            for item in report.documents_aligned
        ]))
        parts.append(self._section(self.tr("Not carried (the passage differs in the copy)"), [
            e(self.tr("Quotation %1 of the copy, [%2, %3) “%4”, codes: %5").replace("%1", item.quotation_id)
              .replace("%2", str(item.start)).replace("%3", str(item.end)).replace("%4", item.text[:80])
              .replace("%5", ", ".join(item.codes) or "-")) for item in report.not_carried
        ]))
        parts.append(self._section(self.tr("Analysis not carried"), [
            e(self.tr("%1 “%2”: %3").replace("%1", self.analysis_kind(item.kind)).replace("%2", item.name)
              .replace("%3", self.analysis_reason(item.reason))) for item in report.analysis_not_carried
        ]))
        parts.append(self._section(self.tr("The coder's changes"), [
            e(self.decision_text(decision) + " — " + (self.tr("applied") if decision.applied else self.tr("pending")))
            for decision in report.decisions
        ]))
        parts.append(self._section(self.tr("Conflicts"), [
            e(self.tr("Code renamed in the copy: kept “%1” (the copy calls it “%2”).")
              .replace("%1", item.kept_path).replace("%2", item.other_path)) for item in report.code_renames
        ] + [
            e(self.tr("Quotation %1: kept [%2, %3); the copy has [%4, %5).")
              .replace("%1", item.quotation_id).replace("%2", str(item.kept[0])).replace("%3", str(item.kept[1]))
              .replace("%4", str(item.other[0])).replace("%5", str(item.other[1]))) for item in report.span_differences
        ]))
        parts.append(self._section(self.tr("Renamed networks"), [
            e(self.tr("The copy's network “%1” is “%2” here (the name was taken).").replace("%1", copy)
              .replace("%2", here)) for copy, here in report.network_renames
        ]))
        parts.append(self._section(self.tr("Renumbered quotations (cite the new IDs)"), [
            e(self.tr("%1 in the copy is %2 here (its number was taken).").replace("%1", item.other_id)
              .replace("%2", item.new_id)) for item in report.renumbered
        ]))
        parts.append(self._section(self.tr("Added"), [
            e(self.tr("Coder: %1").replace("%1", name)) for name in report.coders_added
        ] + [
            e(self.tr("Code: %1").replace("%1", path)) for path in report.codes_added
        ] + [
            e(self.tr("Document %1: %2").replace("%1", str(number)).replace("%2", name))
            for _other, number, name in report.documents_added
        ]))
        parts.append(f"<p><small>{e(self.tr('The merge is one step: Edit > Undo takes it back.'))}</small></p>")
        return "".join(parts)
