"""Take the user guide's screenshots from the real program: python docs/make_screenshots.py

Builds the demo project in a temporary folder, opens it with ``open_main_window`` (offscreen
unless QT_QPA_PLATFORM says otherwise), shows document 1 with one quotation selected and the
quotations of its first code listed, and saves window grabs to docs/images/. The program's
settings go to a temporary folder too, so the user's own (coder, language, recent projects)
are neither read nor changed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
WORK = Path(tempfile.mkdtemp(prefix="qda-screenshots-"))
os.environ["XDG_CONFIG_HOME"] = str(WORK / "config")
os.environ["XDG_DATA_HOME"] = str(WORK / "data")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from qda_app.gui.app import ensure_application, open_main_window  # noqa: E402
from qda_app.services.demo import build_demo_project  # noqa: E402

IMAGES = ROOT / "docs" / "images"
CODER = "Rosa"
DOCUMENT = 1
QUOTATION_IN_DOCUMENT = 3  # quotation 1:3, shown selected


def settle(application: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        application.processEvents()


def save(widget: QWidget, name: str) -> Path:
    path = IMAGES / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"{path.relative_to(ROOT)}  {widget.width()}x{widget.height()}")
    return path


def prepare_settings() -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(WORK / "config"))
    settings = QSettings("qda_app", "qda_app")
    settings.clear()
    settings.setValue("coder", CODER)
    settings.setValue("language", "en")
    settings.sync()


def show_quotation(window, application: QApplication) -> None:
    """Document 1, quotation 1:3 selected, the quotations pane listing its first code."""
    window.open_document(DOCUMENT)
    marks = window.document_view.index.by_id.values()
    mark = next(mark for mark in marks if mark.document_number == DOCUMENT and mark.number == QUOTATION_IN_DOCUMENT)
    window.document_view.select_quotation(mark.id, scroll=True)
    code_ids = [code_id for code_id, _coder in mark.codings]
    path = next(code.path for code in window.codes_by_id.values() if code.id == code_ids[0])
    window.code_tree.select_codes([path])
    window.document_view.select_quotation(mark.id, scroll=True)  # selecting a code keeps the viewer; re-assert
    settle(application)


def save_code_tree(window, application: QApplication, name: str) -> None:
    """The codes pane alone, wide enough that names and {groundedness-density} read whole."""
    dock = window.docks.codes
    header = window.code_tree.header()
    width, name_width = dock.width(), header.sectionSize(0)
    horizontal = Qt.Orientation.Horizontal
    window.resizeDocks([dock], [720], horizontal)  # stays docked: floating upsets later grabs
    header.resizeSection(0, 430)
    settle(application)
    save(dock, name)
    window.resizeDocks([dock], [width], horizontal)
    header.resizeSection(0, name_width)
    settle(application)


def main() -> int:
    IMAGES.mkdir(parents=True, exist_ok=True)
    ensure_application()
    prepare_settings()
    application = QApplication.instance()
    project_path = build_demo_project(WORK / "Puno study.qdaproj")
    window = open_main_window(project_path)
    window.resize(1500, 940)
    settle(application)
    show_quotation(window, application)

    save(window, "main-window.png")
    save(window.docks.quotations, "quotations.png")
    save(window.document_view, "viewer-margin.png")
    save_code_tree(window, application, "code-tree.png")

    window.set_language("es")
    settle(application)
    show_quotation(window, application)
    save(window, "main-window-es.png")
    save_code_tree(window, application, "code-tree-es.png")

    window.set_language("pt")
    settle(application)
    show_quotation(window, application)
    save(window, "main-window-pt.png")
    save_code_tree(window, application, "code-tree-pt.png")

    window.set_language("en")
    window.close()
    settle(application)
    return 0


if __name__ == "__main__":
    sys.exit(main())
