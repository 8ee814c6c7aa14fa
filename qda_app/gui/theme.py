"""Follow the desktop's light or dark colour scheme, also where Qt's style does not.

Qt 6.5+ reports the desktop's scheme (QStyleHints.colorScheme) and themed styles switch
palettes by themselves; the Fusion and Windows styles on a bare desktop do not, so the
window would stay light on a dark desktop. There the dark palette below is set; the main
window hears the PaletteChange and redraws highlights, margin and icons over it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for name, colour in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"), (role.Base, "#1e1e1e"),
                         (role.AlternateBase, "#262626"), (role.ToolTipBase, "#3a3a3a"), (role.ToolTipText, "#f0f0f0"),
                         (role.Text, "#e6e6e6"), (role.Button, "#353535"), (role.ButtonText, "#e6e6e6"),
                         (role.BrightText, "#ff6b6b"), (role.Highlight, "#3d7bd9"), (role.HighlightedText, "#ffffff"),
                         (role.Link, "#7fb0ff"), (role.PlaceholderText, "#9a9a9a"), (role.Mid, "#4a4a4a"),
                         (role.Light, "#505050"), (role.Dark, "#181818"), (role.Shadow, "#0f0f0f")):
        palette.setColor(name, QColor(colour))
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, name, QColor("#7a7a7a"))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_scheme(scheme: Qt.ColorScheme) -> None:
    """Use the style's own palette, or the dark one where the style stays light on a dark desktop."""
    application = QApplication.instance()
    if application is None:
        return
    standard = application.style().standardPalette()
    if scheme == Qt.ColorScheme.Dark and not is_dark(standard):
        application.setPalette(dark_palette())
    else:
        application.setPalette(standard)


def follow_colour_scheme() -> None:
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        apply_scheme(Qt.ColorScheme.Dark)
    hints.colorSchemeChanged.connect(apply_scheme)
