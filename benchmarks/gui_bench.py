"""Workbench timings, offscreen: open a big coded transcript, scroll, code, load the code tree.

Scrolling is reported per frame (wall and CPU, median and 95th percentile) for a continuous
wheel scroll through several screens at 60 frames a second, idle time between frames
included, and for cold jumps with no idle time; coding until the highlight, the bracket and
the code tree's counts show.

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


def measure(label: str, seconds: float, cpu: float | None = None) -> float:
    extra = f"   (CPU {cpu * 1000:7.1f} ms)" if cpu is not None else ""
    print(f"{label:<58} {seconds * 1000:9.1f} ms{extra}")
    return seconds


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(work) -> tuple[float, float]:
    """(wall, CPU) seconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def idle(app, until: float) -> None:
    """Let the event loop run (idle-time work included) until a perf_counter instant."""
    while time.perf_counter() < until:
        app.processEvents()


def settle(app, view, *, limit: float = 5.0) -> None:
    """Idle until the viewer's precompute is done (a user reads before coding), at most limit s."""
    started = time.perf_counter()
    idle(app, started + 0.3)
    precompute = getattr(view, "shapes_ahead", None)
    while precompute is not None and precompute.running and time.perf_counter() < started + limit:
        app.processEvents()


def scroll_screens(app, view, screens: int, *, frame: float = 1 / 60) -> tuple[list[float], list[float]]:
    """Wheel-scroll (three lines a notch) through several screens at 60 frames a second.

    Each frame repaints the text and the margin; the rest of the frame is idle time, as
    between a user's wheel notches. Returns (wall, CPU) seconds per frame.
    """
    editor = view.editor
    bar = editor.verticalScrollBar()
    bar.setValue(0)
    editor.viewport().repaint()
    lines_per_screen = max(1, editor.viewport().height() // editor.fontMetrics().height())
    walls, cpus = [], []
    for _ in range(screens * lines_per_screen // 3):
        started = time.perf_counter()
        bar.setValue(bar.value() + 3)
        wall, cpu = timed(lambda: (editor.viewport().repaint(), view.margin.repaint()))
        walls.append(wall)
        cpus.append(cpu)
        idle(app, started + frame)
    return walls, cpus


def report_frames(label: str, walls: list[float], cpus: list[float]) -> dict[str, float]:
    figures = {"median": statistics.median(walls), "p95": percentile(walls, 0.95),
               "cpu_median": statistics.median(cpus), "cpu_p95": percentile(cpus, 0.95)}
    measure(f"  {label}, median of {len(walls)} frames", figures["median"], figures["cpu_median"])
    measure(f"  {label}, 95th percentile", figures["p95"], figures["cpu_p95"])
    return figures


def code_selection(app, window, *, start: int, end: int, path: str) -> tuple[float, float]:
    """Code a selection until the highlight, the bracket and the code tree's counts show."""
    view = window.document_view
    view.select_range(start, end)
    window.code_tree.select_codes([path])

    def work() -> None:
        window.registry["actionQuickCode"].trigger()
        view.editor.viewport().repaint()
        view.margin.repaint()
        # A deferred count refresh runs on the next pass of the event loop: include it.
        app.processEvents()
        window.code_tree.viewport().repaint()

    if os.environ.get("QDA_BENCH_PROFILE"):
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        result = timed(lambda: profiler.runcall(work))
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(int(os.environ["QDA_BENCH_PROFILE"]))
        return result
    return timed(work)


def bench_document(window, number: int, label: str) -> dict:
    """Opening, scrolling (cold jumps and a continuous multi-screen scroll) and coding."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    view = window.document_view
    editor = view.editor
    precompute = getattr(view, "shapes_ahead", None)  # absent before idle-time precompute

    def open_it() -> None:
        window.open_document(number)
        editor.viewport().repaint()
        view.margin.repaint()
        app.processEvents()

    wall, cpu = timed(open_it)
    opened = measure(f"open {label} (text, highlights, margin)", wall, cpu)
    if precompute is not None:
        started = time.perf_counter()
        while precompute.running:
            app.processEvents()
        measure("  idle-time precompute of every block (wall, sliced)", time.perf_counter() - started)
    window.open_document(number)  # afresh: the continuous scroll starts right after opening
    editor.viewport().repaint()
    walls, cpus = scroll_screens(app, view, 12)
    scroll = report_frames("continuous scroll through 12 screens", walls, cpus)
    window.open_document(number)  # afresh again: jumps with no idle time between, the worst case
    bar = editor.verticalScrollBar()
    jump_walls, jump_cpus = [], []
    for step in range(40):
        bar.setValue(int(bar.maximum() * step / 40))
        wall, cpu = timed(lambda: (editor.viewport().repaint(), view.margin.repaint()))
        jump_walls.append(wall)
        jump_cpus.append(cpu)
    jumps = report_frames("cold jumps to 40 places, no idle time", jump_walls, jump_cpus)
    settle(app, view)
    wall, code_cpu = code_selection(app, window, start=1000, end=1400, path="Categoría 1::Código 1.2")
    coded = measure("  code a selection until highlight, bracket and counts show", wall, code_cpu)
    wall, cpu = timed(lambda: (window.undo_stack.undo(), view.margin.repaint(), app.processEvents()))
    measure("  undo it (counts included)", wall, cpu)
    return {"open": opened, "scroll": scroll, "jumps": jumps, "code": coded, "code_cpu": code_cpu}


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

    from PySide6.QtWidgets import QApplication

    from qda_app.gui import refresh
    from qda_app.gui.app import open_main_window

    window = open_main_window(documents_path)
    window.resize(1600, 1000)
    small = bench_document(window, 1, "300 KB, 5,000 quotations")
    large = bench_document(window, 2, "1 MB, 2,000 quotations")
    window.close()

    window = open_main_window(tree_path)
    window.resize(1600, 1000)
    app = QApplication.instance()
    settle(app, window.document_view)
    tree_code, tree_code_cpu = code_selection(app, window, start=2000, end=2300, path="Categoría 3::Código 3.1")
    measure("code a selection, 50,000 quotations (counts included)", tree_code, tree_code_cpu)
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
            "scroll_median_ms": round(small["scroll"]["median"] * 1000, 2),
            "scroll_p95_ms": round(small["scroll"]["p95"] * 1000, 2),
            "scroll_cpu_median_ms": round(small["scroll"]["cpu_median"] * 1000, 2),
            "scroll_cpu_p95_ms": round(small["scroll"]["cpu_p95"] * 1000, 2),
            "cold_jump_median_ms": round(small["jumps"]["median"] * 1000, 2),
            "cold_jump_p95_ms": round(small["jumps"]["p95"] * 1000, 2),
            "code_selection_ms": round(max(small["code"], large["code"]) * 1000, 2),
            "code_selection_cpu_ms": round(max(small["code_cpu"], large["code_cpu"]) * 1000, 2),
            "code_selection_50000_ms": round(tree_code * 1000, 2),
            "code_selection_50000_cpu_ms": round(tree_code_cpu * 1000, 2),
            "code_tree_50000_s": round(tree, 4),
        }))


if __name__ == "__main__":
    main()
