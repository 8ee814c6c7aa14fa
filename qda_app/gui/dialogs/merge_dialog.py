"""The result of Team > Merge Coder's Copy: what was added, what conflicted, what was renumbered."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from qda_app.services.merge import MergeReport


class MergeReportDialog(QDialog):
    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Merge Report"))
        self.setAccessibleName(self.tr("Merge Report"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("mergeReport")
        self.browser.setHtml(self.report_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 560)

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
            (self.tr("Representative marks added"), report.representatives_added),
            (self.tr("Coders added"), len(report.coders_added)),
        ]
        rows = "".join(f"<tr><td>{e(label)}</td><td align='right'><b>{value}</b></td></tr>" for label, value in counts)
        parts = [f"<p>{e(self.tr('Merged %1.').replace('%1', report.file))}</p>"]
        if not report.changed:
            parts.append(f"<p><i>{e(self.tr('Nothing new: everything in the copy was here already.'))}</i></p>")
        parts.append(f"<table cellspacing='0' cellpadding='3'>{rows}</table>")
        parts.append(self._section(self.tr("Conflicts"), [
            e(self.tr("Document %1 “%2” has other text in the copy: added as %3 “%4” with the copy's quotations.")
              .replace("%1", str(item.lead_number)).replace("%2", item.name).replace("%3", str(item.added_number))
              .replace("%4", item.added_name)) for item in report.document_conflicts
        ] + [
            e(self.tr("Code renamed in the copy: kept “%1” (the copy calls it “%2”).")
              .replace("%1", item.kept_path).replace("%2", item.other_path)) for item in report.code_renames
        ] + [
            e(self.tr("Quotation %1: kept [%2, %3); the copy has [%4, %5).")
              .replace("%1", item.quotation_id).replace("%2", str(item.kept[0])).replace("%3", str(item.kept[1]))
              .replace("%4", str(item.other[0])).replace("%5", str(item.other[1]))) for item in report.span_differences
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
