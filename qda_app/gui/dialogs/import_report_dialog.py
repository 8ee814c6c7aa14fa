"""What a REFI-QDA import or export carried over, and everything it dropped, changed or guessed.

Entries are worded by services/interop/report_text.py (the CLI prints the same lines),
translated through the "Messages" context.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from qda_app.gui.messages import translate_message
from qda_app.services.interop.refi_model import ImportReport
from qda_app.services.interop.report_text import word_entry


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, *, title: str, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        label = QLabel(heading, self)
        label.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("importReport")
        self.browser.setHtml(self.report_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def count_label(self, key: str) -> str:
        return {
            "documents": self.tr("Documents"), "codes": self.tr("Codes"), "quotations": self.tr("Quotations"),
            "codings": self.tr("Codings"), "coders": self.tr("Coders"), "memos": self.tr("Memos"),
            "relations": self.tr("Code links"), "attributes": self.tr("Attributes"), "groups": self.tr("Groups"),
            "codes_created": self.tr("Codes created"), "codes_matched_by_guid": self.tr("Codes matched by GUID"),
            "codes_matched_by_path": self.tr("Codes matched by name"),
            "definitions_filled": self.tr("Definitions filled in"), "groups_created": self.tr("Groups created"),
            "group_members_added": self.tr("Group members added"),
        }.get(key, key.replace("_", " "))

    def lines(self, severities: tuple[str, ...]) -> list[str]:
        return [word_entry(entry, self.report, translate_message, with_severity=False)
                for entry in self.report.entries if entry.severity in severities]

    def report_html(self) -> str:
        e = html.escape
        rows = "".join(f"<tr><td>{e(self.count_label(key))}</td><td align='right'><b>{value}</b></td></tr>"
                       for key, value in self.report.summary.items())
        parts = [f"<table cellspacing='0' cellpadding='3'>{rows}</table>"] if rows else []
        for title, severities in ((self.tr("Dropped or needing attention"), ("warning", "error")),
                                  (self.tr("Changed or guessed"), ("info",))):
            found = self.lines(severities)
            if found:
                items = "".join(f"<li>{e(line)}</li>" for line in found)
                parts.append(f"<h3>{e(title)}</h3><ul>{items}</ul>")
        if not self.report.entries:
            parts.append(f"<p><i>{e(self.tr('Nothing was dropped, changed or guessed.'))}</i></p>")
        return "".join(parts)
