"""The network editor on a large project: a 300-node network laid out and drawn, a link added.

    QT_QPA_PLATFORM=offscreen python benchmarks/network_gui_bench.py [--project PATH]

Copies make_project.py's large project (/tmp/qda-bench-network/large.qdaproj, its own folder: 50,000 quotations, 100
codes; built if missing), adds 5,000 code relations as analysis_bench.py does, and a network of
300 nodes (the 100 codes and 200 quotations, unplaced). In the real main window (1440x900,
offscreen) it times, until the event loop is idle and the view has painted:

- opening the network (its view read from the project, every node and link item made, drawn);
- each automatic layout (computed, saved as one command, the scene moved, drawn), RUNS times
  each - target 1 s;
- drawing a link between two codes: until it is on screen (relate_codes, the link placed, the
  view repainted) - target 50 ms - and until the event loop is idle (the deferred refresh: the
  new link's two codes' {G-D} in the editor and the code tree); LINKS links.

Every figure is printed as p50 / p95 of wall-clock and of CPU time (``time.process_time``),
with the machine's load: on a shared machine wall time grows with the load, CPU time much less.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from analysis_bench import add_relations  # noqa: E402
from qda_app.services import networks, relations  # noqa: E402
from qda_app.services.networks import NodeRef  # noqa: E402
from qda_app.services.project import Project  # noqa: E402

RELATIONS = 5_000
CODES, QUOTATIONS = 100, 200
RUNS = 5  # of each layout
LINKS = 12


def percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def figures(wall: list[float], cpu: list[float], unit: str = "s") -> str:
    scale = 1000.0 if unit == "ms" else 1.0
    (w50, w95), (c50, c95) = percentiles(wall), percentiles(cpu)
    digits = 1 if unit == "ms" else 3
    return (f"wall p50 {w50 * scale:.{digits}f} / p95 {w95 * scale:.{digits}f} {unit}, "
            f"CPU p50 {c50 * scale:.{digits}f} / p95 {c95 * scale:.{digits}f} {unit}")


def settle(app: QApplication, editor) -> None:
    """Run the event loop until nothing is pending, then paint the view as the window system would."""
    for _ in range(20):
        app.processEvents()
    editor.view.viewport().repaint()
    app.processEvents()


def build(copy: Path) -> int:
    with Project.open(copy) as project:
        add_relations(project, RELATIONS)
        code_ids = [row["id"] for row in project.database.rows("SELECT id FROM codes ORDER BY id LIMIT ?", [CODES])]
        quotation_ids = [row["id"] for row in project.database.rows(
            "SELECT id FROM quotations ORDER BY random() LIMIT ?", [QUOTATIONS])]
        nodes = [NodeRef("code", code_id) for code_id in code_ids] + [
            NodeRef("quotation", quotation_id) for quotation_id in quotation_ids]
        return networks.create_network(project, name="Benchmark", nodes=nodes).id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", default="/tmp/qda-bench-network/large.qdaproj")
    options = parser.parse_args()
    source = Path(options.project)
    if not source.exists():
        subprocess.run([sys.executable, str(Path(__file__).with_name("make_project.py")), "--size", "large",
                        "--out", str(source.parent)], check=True)
    app = QApplication.instance() or QApplication([])
    import qda_app.gui.main_window as main_window
    from qda_app.gui.app import open_main_window

    # A refused action would wait for a click on a message box: say it on the terminal instead.
    main_window.show_error = lambda parent, error, **_: print(f"refused: {error}", file=sys.stderr)

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "network.qdaproj"
        shutil.copyfile(source, copy)
        network_id = build(copy)
        window = open_main_window(copy)
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        actions = window.network_actions
        started, cpu = time.perf_counter(), time.process_time()
        editor = actions.open_network(network_id)
        settle(app, editor)
        opened, opened_cpu = time.perf_counter() - started, time.process_time() - cpu
        view = actions.views[network_id]
        print(f"machine load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (figures scale with it)")
        print(f"network: {len(view.nodes)} nodes, {len(view.links):,} links "
              f"({sum(1 for link in view.links if link.kind == 'relation'):,} relations)")
        print(f"open (read, build items, draw): {opened:.3f} s wall, {opened_cpu:.3f} s CPU")
        worst = 0.0
        kinds = ("hierarchical", "radial", "force")
        walls: dict[str, list[float]] = {kind: [] for kind in kinds}
        cpus: dict[str, list[float]] = {kind: [] for kind in kinds}
        for _ in range(RUNS):  # each layout after another one: every run moves every node
            for kind in kinds:
                started, cpu = time.perf_counter(), time.process_time()
                actions.apply_layout(network_id, kind)
                settle(app, editor)
                walls[kind].append(time.perf_counter() - started)
                cpus[kind].append(time.process_time() - cpu)
        for kind in kinds:
            worst = max(worst, percentiles(walls[kind])[1])
            print(f"layout {kind:<13} (compute, save as one command, move, draw), {RUNS} runs: "
                  f"{figures(walls[kind], cpus[kind])}")
        print(f"slowest layout p95: {worst:.3f} s wall (target 1 s)")
        project = window.project
        kind = relations.relation_type(project, "is associated with")  # no cycle rule to refuse a pair
        existing = {(item.source_code_id, item.target_code_id) for item in relations.list_code_relations(project)}
        code_nodes = [node for node in view.nodes if node.kind == "code"]
        pairs = [(a, b) for a in code_nodes for b in code_nodes
                 if a.node_id != b.node_id and (a.target_id, b.target_id) not in existing
                 and (b.target_id, a.target_id) not in existing]
        actions.choose_relation = lambda scope: kind.id
        shown, refreshed, shown_cpu, refreshed_cpu = [], [], [], []
        for source, target in pairs[:LINKS + 1]:
            keys_before = set(editor.scene.links)
            before = len(keys_before)
            started, cpu = time.perf_counter(), time.process_time()
            editor.scene.link_requested.emit(source.node_id, target.node_id)
            new_keys = set(editor.scene.links) - keys_before
            link = editor.scene.links[new_keys.pop()] if new_keys else None
            # What the window system repaints: the link's area (update(area) in links.py).
            if link is not None:
                line = editor.scene.layer.line_of(link)
                rect = editor.view.mapFromScene(QRectF(line.p1(), line.p2()).normalized().adjusted(-40, -20, 40, 20))
                editor.view.viewport().repaint(rect.boundingRect())
            shown.append(time.perf_counter() - started)
            shown_cpu.append(time.process_time() - cpu)
            settle(app, editor)  # the deferred refresh: {G-D} of the two codes, the code tree
            refreshed.append(time.perf_counter() - started)
            refreshed_cpu.append(time.process_time() - cpu)
            if len(editor.scene.links) != before + 1:
                print("a link was not added (refused?)", file=sys.stderr)
        # The first link pays one-time costs (the relation menu's types, caches): shown apart.
        print(f"add a link, drawn on screen (relate_codes, the link placed, its area repainted): "
              f"first {shown[0] * 1000:.1f} ms; next {LINKS}: {figures(shown[1:], shown_cpu[1:], 'ms')} (target 50 ms)")
        print(f"add a link, until the event loop is idle (the two codes' {{G-D}} in the editor and the code tree): "
              f"{figures(refreshed[1:], refreshed_cpu[1:], 'ms')}")
        print(f"machine load average at the end: {os.getloadavg()[0]:.1f}")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
