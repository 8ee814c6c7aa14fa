"""Exporting the drawn network: PNG (2x screen resolution), SVG (text stays text) and PDF at print
resolution. Each file is rendered in memory and written whole through the one atomic writer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from qda_app.services.atomic_files import write_atomically

EXPORT_FORMATS = ("png", "svg", "pdf")
MARGIN = 24.0
PNG_SCALE = 2.0
PDF_DPI = 300


def _source_rect(scene: QGraphicsScene) -> QRectF:
    rect = scene.itemsBoundingRect()
    if rect.isEmpty():
        rect = QRectF(0, 0, 100, 100)
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def _render(scene: QGraphicsScene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    selected = scene.selectedItems()
    for item in selected:  # the picture shows the network, not the current selection
        item.setSelected(False)
    cached = [item for item in scene.items() if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    for item in cached:  # drawn as vectors and text, not as the screen's cached pixmaps
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        for item in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        for item in selected:
            item.setSelected(True)


def png_bytes(scene: QGraphicsScene, *, scale: float = PNG_SCALE) -> bytes:
    source = _source_rect(scene)
    image = QImage(int(source.width() * scale), int(source.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    image.setDotsPerMeterX(int(96 * scale / 0.0254))
    image.setDotsPerMeterY(int(96 * scale / 0.0254))
    painter = QPainter(image)
    _render(scene, painter, QRectF(0, 0, image.width(), image.height()), source)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def svg_bytes(scene: QGraphicsScene, *, title: str = "") -> bytes:
    source = _source_rect(scene)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    painter = QPainter(generator)
    _render(scene, painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    buffer.close()
    return bytes(data.data())


def pdf_bytes(scene: QGraphicsScene, *, title: str = "", dpi: int = PDF_DPI) -> bytes:
    """One page the size of the drawing (scene units taken as 1/96 inch), vector, ``dpi`` resolution."""
    source = _source_rect(scene)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(dpi)
    writer.setTitle(title)
    writer.setCreator("qda_app")
    points = QSizeF(source.width() * 72 / 96, source.height() * 72 / 96)
    writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize.Unit.Point, "network"),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    page = QRectF(0, 0, source.width() * dpi / 96, source.height() * dpi / 96)
    _render(scene, painter, page, source)
    painter.end()
    buffer.close()
    return bytes(data.data())


def export_scene(scene: QGraphicsScene, path: str | Path, *, title: str = "") -> Path:
    """Write the picture in the format the file name ends with (png, svg or pdf)."""
    target = Path(path)
    suffix = target.suffix.lower().lstrip(".")
    if suffix not in EXPORT_FORMATS:
        raise ValueError(suffix)
    data = {"png": lambda: png_bytes(scene), "svg": lambda: svg_bytes(scene, title=title),
            "pdf": lambda: pdf_bytes(scene, title=title)}[suffix]()
    write_atomically(target, data)
    return target
