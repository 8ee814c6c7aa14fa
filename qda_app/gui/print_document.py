"""A coded document as PDF, with its margin, as Atlas.ti prints it (File > Export as PDF, ``print-doc``).

The text is laid out by QTextDocument at the page's text width, highlights as in the viewer
(translucent code colours, overlaps darker); pages break between lines. Beside each page the
margin is laid out by core.margin_layout as on screen: brackets in lanes, ID and codes beside
each bracket, quotations without a lane listed under "+N" at the foot of the page (never
dropped silently). Written through services.atomic_files: a whole file or none.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextCharFormat, QTextCursor,
    QTextDocument,
)

from qda_app.core.margin_layout import MarginItem, lay_out_margin
from qda_app.gui.views.margin_geometry import label_lines
from qda_app.gui.views.marks import MarkStyle, blend
from qda_app.services import codes as code_service
from qda_app.services import documents, gui_queries
from qda_app.services.atomic_files import atomic_path
from qda_app.services.project import Project

RESOLUTION = 300
MARGIN_SHARE = 0.38  # of the printable width, for brackets and labels
LANE_MIN = 0.55  # inch: narrower and a label cannot be read on paper


@dataclass(frozen=True)
class PrintSummary:
    path: Path
    pages: int
    quotations: int
    listed_only: tuple[str, ...]  # quotations shown in a page's "+N" list, not as a bracket


def print_document(project: Project, *, number: int, target: str | Path, title: str | None = None) -> PrintSummary:
    """Write document ``number`` with highlights and margin to ``target`` (PDF)."""
    document = next((entry for entry in documents.list_documents(project) if entry.number == number), None)
    text = documents.document_text(project, number)
    marks = gui_queries.document_marks(project, document=number)
    style = MarkStyle(codes={code.id: code for code in code_service.list_codes(project)})
    heading = title or (f"{number}: {document.name}" if document else str(number))
    with atomic_path(target) as temporary:
        pages, listed = _render(str(temporary), text, marks, style, heading)
    return PrintSummary(Path(target), pages, len(marks), listed)


def _render(path: str, text: str, marks, style: MarkStyle, heading: str) -> tuple[int, tuple[str, ...]]:
    writer = QPdfWriter(path)
    writer.setResolution(RESOLUTION)
    writer.setTitle(heading)
    writer.setCreator("qda_app")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = page.width(), page.height()
    margin_width = int(width * MARGIN_SHARE)
    body = QTextDocument()
    font = QFont("DejaVu Serif")
    font.setPointSizeF(10.5)
    body.setDefaultFont(font)
    body.setDocumentMargin(0)
    body.setPlainText(text)
    _highlight(body, text, marks, style)
    painter = QPainter(writer)
    body.documentLayout().setPaintDevice(writer)
    body.setTextWidth(width - margin_width - 40)
    header_font = QFont(font)
    header_font.setBold(True)
    header_height = int(QFontMetricsF(header_font, writer).height() * 2)
    lines = _lines(body)
    line_tops = [top for top, _, _ in lines]
    label_font = QFont("DejaVu Sans")
    label_font.setPointSizeF(7.5)
    metrics = QFontMetricsF(label_font, writer)
    line_height = int(metrics.height())
    listed: list[str] = []
    page_number = 0
    first = 0
    while first < len(lines) or page_number == 0:
        if page_number:
            writer.newPage()
        page_number += 1
        page_top = lines[first][0] if lines else 0
        last = first
        while last < len(lines) and lines[last][1] - page_top <= height - header_height - line_height * 3:
            last += 1
        last = max(last, first + 1) if lines else 0
        page_bottom = lines[last - 1][1] if lines else 0
        painter.setFont(header_font)
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(0, 0, width, header_height), Qt.AlignmentFlag.AlignLeft,
                         f"{heading} — {QCoreApplication.translate('PrintDocument', 'page %1').replace('%1', str(page_number))}")
        painter.save()
        painter.translate(0, header_height - page_top)
        body.drawContents(painter, QRectF(0, page_top, width - margin_width, page_bottom - page_top))
        painter.restore()
        start_position = lines[first][2] if lines else 0
        end_position = lines[last][2] if last < len(lines) else len(text) + 1
        on_page = [mark for mark in marks if mark.start < end_position and mark.end > start_position]
        listed += _margin(painter, on_page, style, lines, line_tops, first, last, page_top, header_height,
                          x0=width - margin_width + 20, width=margin_width - 20, height=height,
                          font=label_font, metrics=metrics, line_height=line_height)
        first = last
        if not lines:
            break
    painter.end()
    return page_number, tuple(dict.fromkeys(listed))


def _highlight(body: QTextDocument, text: str, marks, style: MarkStyle) -> None:
    from qda_app.core.spans import Utf16Map

    utf16 = Utf16Map(text)
    boundaries = sorted({0, len(text)} | {mark.start for mark in marks} | {mark.end for mark in marks})
    ordered = sorted(marks, key=lambda mark: mark.start)
    white = QColor("white")
    for left, right in zip(boundaries, boundaries[1:]):
        colours = [style.colours(mark)[0] for mark in ordered if mark.start <= left and mark.end >= right
                   and mark.start < right]
        if not colours:
            continue
        cursor = QTextCursor(body)
        cursor.setPosition(utf16.to_utf16(left))
        cursor.setPosition(utf16.to_utf16(right), QTextCursor.MoveMode.KeepAnchor)
        text_format = QTextCharFormat()
        text_format.setBackground(blend(white, colours, 0.28))
        cursor.mergeCharFormat(text_format)


def _lines(body: QTextDocument) -> list[tuple[int, int, int]]:
    """Every laid-out line: top, bottom (device pixels) and the code point it starts at."""
    found = []
    layout = body.documentLayout()
    block = body.begin()
    text = body.toPlainText()
    from qda_app.core.spans import Utf16Map

    utf16 = Utf16Map(text)
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        block_layout = block.layout()
        for number in range(block_layout.lineCount()):
            line = block_layout.lineAt(number)
            top = rect.top() + line.y()
            found.append((int(top), int(top + line.height()), utf16.to_code_point(block.position() + line.textStart())))
        block = block.next()
    return found


def _margin(painter: QPainter, marks, style: MarkStyle, lines, line_tops, first: int, last: int, page_top: int,
            header: int, *, x0: int, width: int, height: int, font: QFont, metrics: QFontMetricsF,
            line_height: int) -> list[str]:
    starts = [start for _, _, start in lines]
    spans = {}
    items = []
    for mark in marks:
        start_line = max(first, bisect_right(starts, mark.start) - 1)
        end_line = min(last - 1, max(0, bisect_right(starts, max(mark.start, mark.end - 1)) - 1))
        top = lines[start_line][0] - page_top + header
        bottom = lines[end_line][1] - page_top + header
        codes, more = label_lines(len(style.labels(mark)))
        spans[mark.id] = (mark, top, bottom, codes, more)
        items.append(MarginItem(mark.id, top, bottom, (1 + codes + (1 if more else 0)) * line_height))
    lane_width = max(int(LANE_MIN * RESOLUTION), 1)
    layout = lay_out_margin(items, max_lanes=max(1, width // lane_width))
    column = max(lane_width, width // max(1, layout.lanes))
    painter.setFont(font)
    for entry in layout.placed:
        mark, top, bottom, codes, more = spans[entry.key]
        x = x0 + entry.lane * column
        colour = QColor(style.colours(mark)[0])
        stroke = max(3, RESOLUTION // 100)
        painter.fillRect(QRectF(x, top, stroke, bottom - top), colour)
        painter.fillRect(QRectF(x, top, stroke * 4, stroke), colour)
        painter.fillRect(QRectF(x, bottom - stroke, stroke * 4, stroke), colour)
        label_x, label_width = x + stroke * 6, column - stroke * 8
        y = entry.label_top
        painter.setPen(QColor("#555555"))
        painter.drawText(QPointF(label_x, y + metrics.ascent()),
                         metrics.elidedText(mark.quotation_id, Qt.TextElideMode.ElideRight, label_width))
        painter.setPen(QColor("#000000"))
        for name, swatch in style.labels(mark)[:codes]:
            y += line_height
            painter.fillRect(QRectF(label_x, y + line_height * 0.25, line_height * 0.5, line_height * 0.5), QColor(swatch))
            painter.drawText(QPointF(label_x + line_height * 0.7, y + metrics.ascent()),
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_width - line_height * 0.7))
        if more:
            y += line_height
            painter.drawText(QPointF(label_x, y + metrics.ascent()), f"+{more}")
    hidden_ids = [spans[key][0].quotation_id for key in layout.hidden]
    if hidden_ids:  # listed at the foot of the page, not dropped
        painter.setPen(QColor("#000000"))
        note = QCoreApplication.translate("PrintDocument", "Also on this page: %1").replace("%1", ", ".join(hidden_ids))
        painter.drawText(QRectF(0, height - line_height * 2, x0 + width, line_height * 2),
                         Qt.TextFlag.TextWordWrap, note)
    return hidden_ids


def ensure_offscreen_application():
    """A Qt application for writing PDFs from the command line, without a display."""
    import os
    import sys

    from PySide6.QtWidgets import QApplication

    application = QApplication.instance()
    if application is None:
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        application = QApplication(sys.argv[:1])
    return application
