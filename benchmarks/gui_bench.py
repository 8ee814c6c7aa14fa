"""Workbench timings, offscreen: open a big coded transcript, scroll, code, load the code tree.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_bench.py [--keep DIR] [--json]

Prints figures; asserts nothing (timings belong in reports, not in tests). With --json the
last line is one JSON object with the figures (benchmarks/run.py reads it).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qda_app.services import codes as code_service  # noqa: E402
from qda_app.services.coding import add_coding, insert_quotation  # noqa: E402
from qda_app.services.documents import NewDocument, insert_new_document  # noqa: E402
from qda_app.services.project import Project  # noqa: E402

WORDS = ("presupuesto ministerio alcalde comunidad obra región gobierno central municipalidad proyecto "
         "agua desagüe vecinos faena carretera escuela hospital reunión dirigentes Lima Puno").split()


def transcript(size: int, rng: random.Random) -> str:
    paragraphs, total = [], 0
    while total < size:
        speaker = rng.choice(("Entrevistador", "Alcalde", "Regidora"))
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 160)))
        paragraph = f"{speaker}: {words.capitalize()}."
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size]


def build(path: Path, documents: list[tuple[int, int]], *, seed: int = 7) -> Path:
    """documents: (characters, quotations) per document; 40 codes in 8 categories."""
    rng = random.Random(seed)
    project = Project.create(path, coder="bench")

    def fill() -> None:
        code_ids = [code_service.ensure_code_path(project, f"Categoría {c}::Código {c}.{s}")
                    for c in range(8) for s in range(5)]
        coder_id = project.coder_id()
        for number, (size, quotations) in enumerate(documents, start=1):
            text = transcript(size, rng)
            document_id = insert_new_document(project, NewDocument(
                name=f"Documento {number}", text=text, original_name=f"d{number}.txt",
                original_size=len(text), sha256=f"{number:064x}"))
            for _ in range(quotations):
                start = rng.randrange(0, len(text) - 50)
                end = min(len(text), start + rng.randint(20, 1200))
                quotation_id = insert_quotation(project, document_id=document_id, start=start, end=end,
                                                coder_id=coder_id)
                for code_id in rng.sample(code_ids, rng.choice((1, 1, 2, 3))):
                    add_coding(project, quotation_id=quotation_id, code_id=code_id, coder_id=coder_id)

    project.execute("Build benchmark project", fill, undoable=False)
    project.close()
    return path


def measure(label: str, seconds: float) -> float:
    print(f"{label:<58} {seconds * 1000:9.1f} ms")
    return seconds


def bench_document(window, number: int, label: str) -> dict[str, float]:
    """Seconds to open, scroll frames (seconds each) and seconds to code one selection."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    view = window.document_view
    started = time.perf_counter()
    window.open_document(number)
    view.editor.viewport().repaint()
    view.margin.repaint()
    app.processEvents()
    opened = measure(f"open {label} (text, highlights, margin)", time.perf_counter() - started)
    bar = view.editor.verticalScrollBar()
    frames = []
    for step in range(40):
        bar.setValue(int(bar.maximum() * step / 40))
        started = time.perf_counter()
        view.editor.viewport().repaint()
        view.margin.repaint()
        frames.append(time.perf_counter() - started)
    measure(f"  scroll repaint, median of 40 screens (text + margin)", statistics.median(frames))
    measure(f"  scroll repaint, worst of 40 screens", max(frames))
    view.select_range(1000, 1400)
    window.code_tree.select_codes(["Categoría 1::Código 1.2"])
    started = time.perf_counter()
    window.registry["actionQuickCode"].trigger()
    view.editor.viewport().repaint()
    view.margin.repaint()
    coded = measure("  code a selection until highlight and bracket show", time.perf_counter() - started)
    started = time.perf_counter()
    window.undo_stack.undo()
    view.margin.repaint()
    measure("  undo it", time.perf_counter() - started)
    return {"open": opened, "frames": frames, "code": coded}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="build the projects in this folder and keep them")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of the figures")
    options = parser.parse_args()
    folder = options.keep or Path(tempfile.mkdtemp(prefix="qda_gui_bench_"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    documents_path = folder / "documents.qdaproj"
    if not documents_path.exists():
        build(documents_path, [(300_000, 5_000), (1_000_000, 2_000)])
    tree_path = folder / "tree.qdaproj"
    if not tree_path.exists():
        build(tree_path, [(200_000, 12_500)] * 4, seed=11)
    print(f"(projects built in {time.perf_counter() - started:.1f} s at {folder})")

    from qda_app.gui import refresh
    from qda_app.gui.app import open_main_window

    window = open_main_window(documents_path)
    window.resize(1600, 1000)
    small = bench_document(window, 1, "300 KB, 5,000 quotations")
    large = bench_document(window, 2, "1 MB, 2,000 quotations")
    window.close()

    window = open_main_window(tree_path)
    started = time.perf_counter()
    refresh.reload_codes(window)
    window.code_tree.viewport().repaint()
    tree = measure("code tree with counts, 50,000 quotations", time.perf_counter() - started)
    started = time.perf_counter()
    refresh.reload_quotations(window)
    measure("quotation manager, 50,000 quotations (for reference)", time.perf_counter() - started)
    window.close()
    if options.json:
        print(json.dumps({
            "open_300kb_5000_s": round(small["open"], 4),
            "open_1mb_2000_s": round(large["open"], 4),
            "scroll_repaint_median_ms": round(statistics.median(small["frames"]) * 1000, 2),
            "scroll_repaint_worst_ms": round(max(small["frames"]) * 1000, 2),
            "code_selection_ms": round(max(small["code"], large["code"]) * 1000, 2),
            "code_tree_50000_s": round(tree, 4),
        }))


if __name__ == "__main__":
    main()
