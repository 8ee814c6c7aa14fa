from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.gui.sample import build_sample_project  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch):
    """QSettings and the demo path in a temporary home, so tests never read the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home / "config"))
    QSettings("qda_app", "qda_app").clear()
    yield


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    return build_sample_project(tmp_path / "sample.qdaproj")


@pytest.fixture
def window(qtbot, sample_path):
    from qda_app.gui.app import open_main_window
    from qda_app.gui.dialogs import common

    main = open_main_window(sample_path)
    qtbot.addWidget(main)
    yield main
    main.close()
