"""Take the user guide's screenshots from the real program, in each guide's language:

    xvfb-run -s "-screen 0 1440x900x24" python3 docs/make_screenshots.py [--size 1024x700] [--out DIR]

Builds the demo project in a temporary folder, opens it with ``open_main_window`` (offscreen
unless QT_QPA_PLATFORM says otherwise, e.g. under Xvfb) at 1440 x 900, and for English,
Spanish and Portuguese saves: the main window (document 1, quotation 1:3 selected, the
quotations of its first code listed), the network editor on "Figura 1", the query tool with a
query built and run, the code tree, and the margin's lanes at 1024 x 700 (document 13,
quotation 13:3 selected among its neighbours). PNGs are reduced to a 256-colour palette (screenshots
keep their look at a fifth of the size). The program's settings go to a temporary folder
too, so the user's own (coder, language, recent projects) are neither read nor changed.
``--size 1024x700 --out /tmp/shots`` takes the same views at the small size, for checking;
``--only margin-lanes,query`` takes only those views.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
WORK = Path(tempfile.mkdtemp(prefix="qda-screenshots-"))
os.environ["XDG_CONFIG_HOME"] = str(WORK / "config")
os.environ["XDG_DATA_HOME"] = str(WORK / "data")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget  # noqa: E402

from qda_app.gui.app import ensure_application, open_main_window  # noqa: E402
from qda_app.services import codes as code_service  # noqa: E402
from qda_app.services import networks  # noqa: E402
from qda_app.services.demo import build_demo_project  # noqa: E402
from qda_app.services.demo_network import FIGURE_NAME  # noqa: E402

IMAGES = ROOT / "docs" / "images"
SUFFIX = {"en": "", "es": "-es", "pt": "-pt"}
CODER = "Rosa"
DOCUMENT = 1
QUOTATION_IN_DOCUMENT = 3  # quotation 1:3, shown selected


def settle(application: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        application.processEvents()


def save(widget: QWidget, name: str) -> Path:
    from PIL import Image

    path = IMAGES / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    with Image.open(path) as grabbed:  # a palette of 256 colours: the same look, a fifth of the bytes
        small = grabbed.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)
    print(f"{path}  {widget.width()}x{widget.height()}  {path.stat().st_size // 1024} KB")
    return path


def prepare_settings() -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(WORK / "config"))
    settings = QSettings("qda_app", "qda_app")
    settings.clear()
    settings.setValue("coder", CODER)
    settings.setValue("language", "en")
    settings.sync()


def show_quotation(window, application: QApplication, document: int = DOCUMENT,
                   number: int = QUOTATION_IN_DOCUMENT) -> None:
    """Document 1, quotation 1:3 selected, the quotations pane listing its first code."""
    window.open_document(document)
    marks = window.document_view.index.by_id.values()
    mark = next(mark for mark in marks if mark.document_number == document and mark.number == number)
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


def save_network(window, application: QApplication, name: str) -> None:
    """The window with the network editor's tab on "Figura 1"."""
    editor = window.network_actions.open_network(networks.network_id(window.project, FIGURE_NAME))
    bottom = [dock for dock in window.findChildren(QDockWidget)
              if dock.isVisible() and window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea]
    for dock in bottom:  # the editor gets the window's height
        dock.hide()
    settle(application, 10)
    # At a readable scale, the first categories from the top: the whole figure fitted in the
    # window would shrink its 37 boxes past reading.
    view = editor.view
    view.resetTransform()
    bounds = editor.scene.itemsBoundingRect()
    viewport = view.viewport().rect()
    view.centerOn(bounds.center().x(), bounds.top() + viewport.height() / 2 - 20)
    settle(application)
    save(window, name)
    window.network_actions.close_editor(editor.network_id)
    for dock in bottom:
        dock.show()
    window.docks.quotations.raise_()
    settle(application)


def save_query(window, application: QApplication, name: str) -> None:
    """The query tool with "category 1" CO-OCCURS "category 2" built and run."""
    tool = window.queries.open_tool()
    tool.clear()
    categories = [code.path for code in code_service.list_codes(window.project) if code.parent_id is None]
    tool.add_operand(categories[0])
    tool.add_operand(categories[1])
    tool.apply_operator("CO-OCCURS")
    tool.run()
    tool.resize(min(1200, window.width() - 40), min(760, window.height() - 40))
    settle(application, 10)
    save(tool, name)
    tool.close()
    settle(application)


def save_margin_lanes(window, application: QApplication, name: str) -> None:
    """The window at 1024 x 700 on quotation 3:46: neighbouring quotations share the margin in
    lanes, each label beside its bracket."""
    size = window.size()
    window.resize(*MARGIN_SIZE)
    settle(application, 10)
    show_quotation(window, application, *MARGIN_QUOTATION)
    save(window, name)
    window.resize(size)
    settle(application, 10)


MARGIN_SIZE = (1024, 700)
MARGIN_QUOTATION = (13, 3)
VIEWS = ("main-window", "quotations", "viewer-margin", "code-tree", "network", "query", "margin-lanes")


def main() -> int:
    global IMAGES
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1440x900", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--out", type=Path, default=IMAGES, help="folder for the PNGs")
    parser.add_argument("--only", default=",".join(VIEWS), help="comma-separated views: " + ", ".join(VIEWS))
    options = parser.parse_args()
    wanted = set(options.only.split(","))
    if wanted - set(VIEWS):
        parser.error(f"unknown view(s): {', '.join(sorted(wanted - set(VIEWS)))}; choose from {', '.join(VIEWS)}")
    width, height = (int(n) for n in options.size.split("x"))
    IMAGES = options.out
    IMAGES.mkdir(parents=True, exist_ok=True)
    ensure_application()
    prepare_settings()
    application = QApplication.instance()
    project_path = build_demo_project(WORK / "Puno study.qdaproj")
    window = open_main_window(project_path)
    window.resize(width, height)
    window.show()
    settle(application)
    for language in ("en", "es", "pt"):
        window.set_language(language)
        settle(application)
        show_quotation(window, application)
        suffix = SUFFIX[language]
        if "main-window" in wanted:
            save(window, f"main-window{suffix}.png")
        if "quotations" in wanted:
            save(window.docks.quotations, f"quotations{suffix}.png")
        if "viewer-margin" in wanted:
            save(window.document_view, f"viewer-margin{suffix}.png")
        if "code-tree" in wanted:
            save_code_tree(window, application, f"code-tree{suffix}.png")
        if "network" in wanted:
            save_network(window, application, f"network{suffix}.png")
        if "query" in wanted:
            save_query(window, application, f"query{suffix}.png")
        if "margin-lanes" in wanted:
            save_margin_lanes(window, application, f"margin-lanes{suffix}.png")

    window.set_language("en")
    window.close()
    settle(application)
    return 0


if __name__ == "__main__":
    sys.exit(main())
