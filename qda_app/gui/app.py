"""Starting the GUI: the application object, the language, the coder, the first project.

``open_main_window`` and ``run_gui`` are the automation interface: scripts and tests use the
first (no modal dialog ever waits), the CLI the second.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMainWindow, QMessageBox, QWidget

from qda_app.core.errors import ProjectDamaged, ProjectExists, QdaError
from qda_app.gui.i18n import install_language
from qda_app.gui.messages import error_text
from qda_app.gui.settings import AppSettings
from qda_app.services.demo import build_demo_project, default_demo_path
from qda_app.services.project import Project, default_coder_name

PROGRAM = "qda-app-gui"


def ensure_application() -> QApplication:
    application = QApplication.instance()
    if application is None:
        # Qt splits every fill taller than ~96 lines across a thread pool and waits for it: a
        # scroll bar or a toolbar repaint becomes eight tasks and a latch. Measured on the
        # window after each coding: 10 ms against 0.7 ms for a scroll bar when the processor
        # is busy, and never faster when it is idle; this window paints small regions only.
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
        # Fractional scale factors as the desktop asks, not rounded: crisp text on 150 % screens.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        application = QApplication(sys.argv[:1])
        application.setApplicationName("qda_app")
        application.setOrganizationName("qda_app")
        application.setApplicationDisplayName("qda_app")
        install_language(AppSettings().language)
        from qda_app.gui.theme import follow_colour_scheme

        follow_colour_scheme()
    return application  # type: ignore[return-value]


def ensure_demo_project() -> Path:
    path = default_demo_path()
    if not path.exists():
        try:
            build_demo_project(path)
        except ProjectExists:
            pass  # another instance built it meanwhile
    return path


def open_project_file(parent: QWidget | None, path: str | Path, *, coder: str | None,
                      check_later: bool = False) -> Project | None:
    """Open for writing, or read-only when another program holds it; errors become a message.
    ``check_later``: the window checks the file once it shows it (``integrity_watch``)."""
    try:
        return Project.open(path, coder=coder, program=PROGRAM, read_only_if_locked=True, check_later=check_later)
    except ProjectDamaged as error:
        from qda_app.gui.dialogs.backup_dialog import offer_backups_for_damaged

        if offer_backups_for_damaged(parent, path, error):
            return open_project_file(parent, path, coder=coder, check_later=check_later)
        QMessageBox.warning(parent, QCoreApplication.translate("App", "Cannot open the project"), error_text(error))
        return None
    except QdaError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("App", "Cannot open the project"),
                            error_text(error))
        return None
    except OSError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("App", "Cannot open the project"),
                            f"{path}: {error.strerror or error}")
        return None


def open_main_window(path: str | Path) -> QMainWindow:
    """A shown main window with ``path`` open. Never waits on a modal dialog."""
    from qda_app.gui.main_window import MainWindow

    ensure_application()
    window = MainWindow()
    project = Project.open(path, coder=window.settings.coder or None, program=PROGRAM, read_only_if_locked=True)
    window.set_project(project)
    window.show()
    return window


def ask_coder_name(settings: AppSettings) -> None:
    """At first start: who is coding? Remembered; switchable later (Edit > Switch Coder)."""
    if settings.coder:
        return
    name, accepted = QInputDialog.getText(
        None, QCoreApplication.translate("App", "Welcome to qda_app"),
        QCoreApplication.translate("App", "Your name as a coder (it is recorded with every coding):"),
        QLineEdit.EchoMode.Normal, default_coder_name())
    settings.coder = name.strip() if accepted and name.strip() else default_coder_name()


def run_gui(path: str | None, language: str | None = None) -> int:
    """Open ``path`` (or the demo project) and run until the window closes.

    ``language`` (``qda-app --lang``) wins over the saved preference for this run only.
    """
    from qda_app.gui.main_window import MainWindow

    application = ensure_application()
    if language:
        install_language(language)
    settings = AppSettings()
    # packaging/build_app.sh: start the frozen program, load the project, close cleanly.
    smoke_test = os.environ.get("QDA_APP_SMOKE_TEST") == "1"
    if not smoke_test:
        ask_coder_name(settings)
    window = MainWindow(settings=settings)
    geometry, state = settings.geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)  # type: ignore[arg-type]
    if state is not None:
        window.restoreState(state)  # type: ignore[arg-type]
    if geometry is None and not fits_screen(window):
        # Without a window manager (or before it reacts) maximising alone changes nothing.
        window.setGeometry(window.screen().availableGeometry())
        window.showMaximized()
    else:
        window.show()
    if path is None:
        try:
            path = str(ensure_demo_project())
        except (QdaError, OSError) as error:
            message = error_text(error) if isinstance(error, QdaError) else str(error)
            QMessageBox.warning(window, QCoreApplication.translate("App", "Demo project"), message)
            path = None
    if path is not None:
        window.open_project_path(path)
    if smoke_test:
        QTimer.singleShot(0, window.close)
    return application.exec()


def fits_screen(window: QWidget) -> bool:
    """Whether the window's first-start size fits the screen's free area (a laptop may not)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return True
    area = screen.availableGeometry()
    return window.width() <= area.width() and window.height() <= area.height()


def main() -> int:
    """``qda-app-gui [PROJECT]``: the same start as ``qda-app [PROJECT]``, messages included
    (no display: one line on stderr and exit 1, never Qt aborting)."""
    from qda_app.cli.main import main as command_line

    return command_line(["open", sys.argv[1]] if len(sys.argv) > 1 else [])
