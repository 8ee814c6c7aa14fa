"""A first start on a screen smaller than the default window size opens maximised, not cut off."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qda_app.gui.app import fits_screen


def test_a_window_bigger_than_the_screen_does_not_fit(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    window.resize(area.width() + 60, area.height())
    assert not fits_screen(window)
    window.resize(area.width(), area.height() + 40)
    assert not fits_screen(window)


def test_a_window_within_the_screen_fits(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    window.resize(area.width(), area.height())
    assert fits_screen(window)
    window.resize(area.width() // 2, area.height() // 2)
    assert fits_screen(window)
