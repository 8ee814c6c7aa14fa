"""Workbench timings, offscreen: open a big coded transcript, scroll, code, load the code tree.

Scrolling is reported per frame (wall and CPU, median and 95th percentile) for a continuous
wheel scroll through several screens at 60 frames a second, idle time between frames
included, and for cold jumps with no idle time; coding until the highlight, the bracket and
the code tree's counts show (median of five selections, and the first one on its own).

A frame is what the window system asks for: the scroll or action itself, then one paint of
every dirty region of the window (paint_frame), with the text, the margin and, after coding,
the code tree marked dirty in full. What the user did before (selecting the text and the
code) is painted before the timing starts.

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


def paint_frame(window, *widgets) -> None:
    """Paint one frame as the window system asks for it: every dirty region of the window, once.

    The widgets named are marked dirty in full first, an upper bound on what the frame after
    a scroll or an action has to paint. (Calling repaint() on each widget instead paints a
    widget twice when an earlier repaint() already painted it as part of the window.)
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    for widget in widgets:
        widget.update()
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))


def settle(app, view, *, limit: float = 5.0) -> None:
    """Idle until the viewer's precompute is done (a user reads before coding), at most limit s."""
    started = time.perf_counter()
    idle(app, started + 0.3)
    precompute = getattr(view, "shapes_ahead", None)
    while precompute is not None and precompute.running and time.perf_counter() < started + limit:
        app.processEvents()


def scroll_screens(app, view, screens: int, *,
                   frame: float = 1 / 60) -> tuple[list[float], list[float], list[float]]:
    """Wheel-scroll (three lines a notch) through several screens at 60 frames a second.

    Each frame scrolls and repaints the text and the margin in full; the rest of the frame is
    idle time, as between a user's wheel notches. Returns (wall, CPU) seconds per frame, and
    the latency of each: from when its notch was due until it was painted, which includes
    waiting for a slice of idle-time work that was running when the notch came.
    """
    editor, window = view.editor, view.window()
    bar = editor.verticalScrollBar()
    bar.setValue(0)
    paint_frame(window, editor.viewport(), view.margin)
    lines_per_screen = max(1, editor.viewport().height() // editor.fontMetrics().height())
    walls, cpus, latencies = [], [], []
    due = None
    for _ in range(screens * lines_per_screen // 3):
        started = time.perf_counter()
        due = started if due is None else due
        wall, cpu = timed(lambda: (bar.setValue(bar.value() + 3),
                                   paint_frame(window, editor.viewport(), view.margin)))
        walls.append(wall)
        cpus.append(cpu)
        latencies.append(time.perf_counter() - due)
        due = started + frame
        idle(app, due)
    return walls, cpus, latencies


def report_frames(label: str, walls: list[float], cpus: list[float]) -> dict[str, float]:
    figures = {"median": statistics.median(walls), "p95": percentile(walls, 0.95),
               "cpu_median": statistics.median(cpus), "cpu_p95": percentile(cpus, 0.95)}
    measure(f"  {label}, median of {len(walls)} frames", figures["median"], figures["cpu_median"])
    measure(f"  {label}, 95th percentile", figures["p95"], figures["cpu_p95"])
    return figures


def code_selection(app, window, *, start: int, end: int, path: str) -> tuple[float, float]:
    """Code a selection until the highlight, the bracket and the code tree's counts show.

    The text and code selections are drawn before the timing starts, as they are drawn while
    the user makes them, long before the key press.
    """
    view = window.document_view
    view.select_range(start, end)
    window.code_tree.select_codes([path])
    app.processEvents()
    paint_frame(window)

    def work() -> None:
        window.registry["actionQuickCode"].trigger()
        paint_frame(window, view.editor.viewport(), view.margin, window.code_tree.viewport())
        # A deferred count refresh runs on the next pass of the event loop: include it, and
        # the frame that shows what it changed.
        app.processEvents()
        paint_frame(window)

    if os.environ.get("QDA_BENCH_PROFILE"):
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        result = timed(lambda: profiler.runcall(work))
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(int(os.environ["QDA_BENCH_PROFILE"]))
        return result
    return timed(work)


CODINGS = 5  # selections coded, each undone before the next: one sample is mostly noise


def code_and_undo(app, window, *, starts: list[int], length: int, path: str):
    """Code a selection at each start and undo it; (wall, CPU) seconds of each, codings and undos.

    The user reads between actions: idle-time work (precompute, deferred pane refreshes) is
    done before each one.
    """
    view = window.document_view
    codings, undos = [], []
    for start in starts:
        settle(app, view)
        codings.append(code_selection(app, window, start=start, end=start + length, path=path))
        settle(app, view)
        undos.append(timed(lambda: (
            window.undo_stack.undo(),
            paint_frame(window, view.editor.viewport(), view.margin, window.code_tree.viewport()),
            app.processEvents(), paint_frame(window))))
    return codings, undos


def report_actions(label: str, samples: list[tuple[float, float]], *, indent: str = "  ") -> dict[str, float]:
    """The median of the samples, and the first one (the first action after opening pays
    one-time costs: statements prepared, the toolbar laid out for the undo text)."""
    walls, cpus = [wall for wall, _ in samples], [cpu for _, cpu in samples]
    figures = {"median": statistics.median(walls), "cpu_median": statistics.median(cpus),
               "first": walls[0], "cpu_first": cpus[0], "worst": max(walls)}
    measure(f"{indent}{label}, median of {len(samples)}", figures["median"], figures["cpu_median"])
    measure(f"{indent}{label}, the first", figures["first"], figures["cpu_first"])
    return figures


def bench_document(window, number: int, label: str) -> dict:
    """Opening, scrolling (cold jumps and a continuous multi-screen scroll) and coding."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    view = window.document_view
    editor = view.editor
    precompute = getattr(view, "shapes_ahead", None)  # absent before idle-time precompute

    def open_it() -> None:
        window.open_document(number)
        paint_frame(window, editor.viewport(), view.margin)
        app.processEvents()

    wall, cpu = timed(open_it)
    opened = measure(f"open {label} (text, highlights, margin)", wall, cpu)
    if precompute is not None:
        started = time.perf_counter()
        while precompute.running:
            app.processEvents()
        measure("  idle-time precompute of every block (wall, sliced)", time.perf_counter() - started)
    window.open_document(number)  # afresh: the continuous scroll starts right after opening
    paint_frame(window, editor.viewport(), view.margin)
    walls, cpus, latencies = scroll_screens(app, view, 12)
    scroll = report_frames("continuous scroll through 12 screens", walls, cpus)
    scroll["latency_p95"] = measure("  the same, from the notch (idle work running included), 95th percentile",
                                    percentile(latencies, 0.95))
    window.open_document(number)  # afresh again: jumps with no idle time between, the worst case
    bar = editor.verticalScrollBar()
    jump_walls, jump_cpus = [], []
    for step in range(40):
        wall, cpu = timed(lambda: (bar.setValue(int(bar.maximum() * step / 40)),
                                   paint_frame(window, editor.viewport(), view.margin)))
        jump_walls.append(wall)
        jump_cpus.append(cpu)
    jumps = report_frames("cold jumps to 40 places, no idle time", jump_walls, jump_cpus)
    codings, undos = code_and_undo(app, window, starts=[1000 + 40_000 * step for step in range(CODINGS)],
                                   length=400, path="Categoría 1::Código 1.2")
    coded = report_actions("code a selection until highlight, bracket and counts show", codings)
    report_actions("undo it (counts included)", undos)
    return {"open": opened, "scroll": scroll, "jumps": jumps, "code": coded}


def bench_margin(path: Path) -> dict[str, float]:
    """50 overlapping quotations on one screen: the pure lane layout, the margin's whole geometry
    (lines, lanes, rectangles) and one paint of the margin; medians of 50 runs."""
    from PySide6.QtWidgets import QApplication

    from qda_app.core.margin_layout import MarginItem, lay_out_margin
    from qda_app.gui.app import open_main_window
    from qda_app.services import coding, documents

    items = [MarginItem(key=number, top=(number * 7) % 300, bottom=(number * 7) % 300 + 120 + number * 5,
                        label_height=36) for number in range(50)]
    layout = statistics.median(timed(lambda: lay_out_margin(items, max_lanes=4, keep=49))[0] for _ in range(50))
    with Project.open(path) as project:
        text = " ".join(WORDS[number % len(WORDS)] for number in range(400))
        documents.add_text_document(project, name="Overlaps", text=text)
        number = max(document.number for document in documents.list_documents(project))
        for step in range(50):
            coding.code_span(project, document=number, start=step * 9, end=step * 9 + 300 + step * 11,
                             codes=[f"Categoría {step % 5}::Código {step % 7}"])
    window = open_main_window(path)
    window.resize(1600, 1000)
    window.open_document(number)
    QApplication.processEvents()
    margin = window.document_view.margin
    geometry = statistics.median(timed(margin.current_geometry)[0] for _ in range(50))
    paint = statistics.median(timed(margin.repaint)[0] for _ in range(50))
    drawn = len(margin.label_rects())
    shown = drawn + sum(len(keys) for _, keys in margin.overflow_rects())
    window.close()
    print(f"margin with 50 overlapping quotations on one screen ({shown} on screen, "
          f"{drawn} drawn in lanes, the rest listed under +N):")
    measure("  lane layout (core.margin_layout)", layout)
    measure("  margin geometry (lines, lanes, rectangles)", geometry)
    measure("  margin paint", paint)
    return {"layout": layout, "geometry": geometry, "paint": paint}


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

    margin = bench_margin(documents_path)

    window = open_main_window(tree_path)
    window.resize(1600, 1000)
    app = QApplication.instance()
    codings, _ = code_and_undo(app, window, starts=[2000 + 30_000 * step for step in range(CODINGS)],
                               length=300, path="Categoría 3::Código 3.1")
    tree_code = report_actions("code a selection, 50,000 quotations (counts included)", codings, indent="")
    started = time.perf_counter()
    refresh.reload_codes(window)
    paint_frame(window, window.code_tree.viewport())
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
            "scroll_latency_p95_ms": round(small["scroll"]["latency_p95"] * 1000, 2),
            "cold_jump_median_ms": round(small["jumps"]["median"] * 1000, 2),
            "cold_jump_p95_ms": round(small["jumps"]["p95"] * 1000, 2),
            "code_selection_ms": round(max(small["code"]["median"], large["code"]["median"]) * 1000, 2),
            "code_selection_cpu_ms": round(max(small["code"]["cpu_median"], large["code"]["cpu_median"]) * 1000, 2),
            "code_selection_first_ms": round(max(small["code"]["first"], large["code"]["first"]) * 1000, 2),
            "code_selection_50000_ms": round(tree_code["median"] * 1000, 2),
            "code_selection_50000_cpu_ms": round(tree_code["cpu_median"] * 1000, 2),
            "code_selection_50000_first_ms": round(tree_code["first"] * 1000, 2),
            "code_tree_50000_s": round(tree, 4),
            "margin_layout_50_ms": round(margin["layout"] * 1000, 3),
            "margin_geometry_50_ms": round(margin["geometry"] * 1000, 3),
            "margin_paint_50_ms": round(margin["paint"] * 1000, 3),
        }))


if __name__ == "__main__":
    main()
