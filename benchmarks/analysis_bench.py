"""Analysis on a large project: query times, and the code tree with {G-D}, with 5,000 relations.

    python benchmarks/analysis_bench.py [--project PATH]

Copies make_project.py's large project (/tmp/qda-bench/large.qdaproj: 500 documents, 50,000
quotations, 100 codes; built if missing) to a temporary folder, adds 5,000 code relations of
random types and a smart code, then prints for each query of up to 6 operands its number of
results and the median wall and CPU time of 5 runs (target 0.5 s), and the same for the code
tree's figures (code list plus groundedness and density, target 0.5 s).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qda_app.services import codes, queries  # noqa: E402
from qda_app.services.project import Project  # noqa: E402
from qda_app.services.queries import QueryScope  # noqa: E402
from qda_app.store import relations as relation_store  # noqa: E402
from qda_app.store.database import new_guid, utc_now  # noqa: E402

RELATIONS = 5_000
QUERIES = (
    '"Categoría 01"',
    '"Categoría 01" AND "Categoría 02"',
    '"Categoría 01" OR "Categoría 02" OR "Categoría 03" AND NOT "Categoría 04"',
    '"Categoría 01" ENCLOSES "Categoría 02::Subcategoría 02.01"',
    '"Categoría 01" CO-OCCURS "Categoría 02"',
    '"Categoría 01" FOLLOWS "Categoría 02"',
    '"Categoría 01" OVERLAPPED BY ("Categoría 02" OR "Categoría 03" OR "Categoría 04" OR "Categoría 05" OR "Categoría 06")',
    '("Categoría 01" OR "Categoría 02") ENCLOSES ("Categoría 03" OR "Categoría 04") AND NOT ("Categoría 05" OVERLAPS "Categoría 06")',
    '"Categoría 01" CO-OCCURS "Categoría 02" CO-OCCURS "Categoría 03" CO-OCCURS "Categoría 04" CO-OCCURS "Categoría 05" CO-OCCURS "Categoría 06"',
    'NOT ("Categoría 01" OR "Categoría 02" OR "Categoría 03" OR "Categoría 04" OR "Categoría 05" OR "Categoría 06")',
    '"Smart 1 con 2" AND NOT "Categoría 03" ENCLOSED BY "Categoría 04"',
)


def timed(function, runs: int = 5) -> tuple[float, float, object]:
    """Median wall and CPU seconds of ``runs`` calls (the first one is printed apart as cold)."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = function()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


def add_relations(project: Project, count: int) -> None:
    rng = random.Random(14)
    code_ids = [code.id for code in codes.list_codes(project)]
    types = [kind.id for kind in relation_store.list_relation_types(project.database, "code")]
    seen: set[tuple[int, int, int]] = set()
    rows = []
    while len(rows) < count:
        source, target = rng.sample(code_ids, 2)
        kind = rng.choice(types)
        if (source, target, kind) in seen:
            continue
        seen.add((source, target, kind))
        rows.append({"guid": new_guid(), "source_code_id": source, "target_code_id": target, "type_id": kind,
                     "comment": "", "created_by": None, "created_at": utc_now()})
    # Bench setup only: one bulk insert rather than 5,000 commands (cycles are irrelevant here).
    project.execute("Add benchmark relations", lambda: project.database.insert_many("code_relations", rows))


def network_figures(project: Project, folder: Path) -> None:
    """A 300-node network (100 codes, 200 quotations, every relation and coding among them shown):
    view, layouts, and the figure as SVG and PNG."""
    from qda_app.services import networks
    from qda_app.services.network_layout import layout
    from qda_app.services.network_view import network_view
    from qda_app.services.reports.network_figure import export_network_figure

    quotation_ids = [row["id"] for row in project.database.rows("SELECT id FROM quotations ORDER BY id LIMIT 200")]
    nodes = [networks.NodeRef("code", code.id) for code in codes.list_codes(project)]
    nodes += [networks.NodeRef("quotation", quotation_id) for quotation_id in quotation_ids]
    networks.create_network(project, name="Bench", nodes=nodes)
    wall, _, view = timed(lambda: network_view(project, "Bench"), runs=3)
    print(f"network of {len(view.nodes)} nodes and {len(view.links)} links: view {wall:.3f} s")
    for method in ("hierarchical", "radial", "force"):
        wall, cpu, _ = timed(lambda method=method: layout(view, method), runs=5)
        print(f"  {method} layout (services.network_layout, computed only): {wall:.3f} s wall, {cpu:.3f} s CPU (median of 5)")
    for suffix in ("svg", "png"):
        wall, _, _ = timed(lambda suffix=suffix: export_network_figure(project, "Bench", folder / f"bench.{suffix}"), runs=1)
        print(f"  figure laid out and drawn as {suffix.upper()}: {wall:.3f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", default="/tmp/qda-bench/large.qdaproj")
    options = parser.parse_args()
    source = Path(options.project)
    if not source.exists():
        subprocess.run([sys.executable, str(Path(__file__).with_name("make_project.py")), "--size", "large",
                        "--out", str(source.parent)], check=True)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "analysis.qdaproj"
        shutil.copyfile(source, copy)
        with Project.open(copy) as project:
            add_relations(project, RELATIONS)
            wall, cpu = time.perf_counter(), time.process_time()
            queries.run_query(project, QUERIES[7])
            cold, cold_cpu = time.perf_counter() - wall, time.process_time() - cpu
            queries.save_smart_code(project, name="Smart 1 con 2", query='"Categoría 01" CO-OCCURS "Categoría 02"')
            relations_total = project.database.scalar("SELECT count(*) FROM code_relations")
            quotations = project.database.scalar("SELECT count(*) FROM quotations")
            print(f"project: {quotations:,} quotations, {len(codes.list_codes(project))} codes, "
                  f"{relations_total:,} relations")
            print(f"first query after opening (reads and indexes every span): {cold:.3f} s wall, {cold_cpu:.3f} s CPU")
            print(f"{'results':>8} {'wall s':>7} {'cpu s':>7}  query (median of 5)")
            worst = 0.0
            for text in QUERIES:
                wall, cpu, result = timed(lambda text=text: queries.run_query(project, text))
                worst = max(worst, wall)
                print(f"{len(result.quotation_ids):>8} {wall:>7.3f} {cpu:>7.3f}  {text}")
            coder = project.database.scalar("SELECT name FROM coders ORDER BY id LIMIT 1 OFFSET 1")
            scope = QueryScope.of(coders=[coder])
            wall, cpu, result = timed(lambda: queries.run_query(project, QUERIES[7], scope=scope))
            print(f"{len(result.quotation_ids):>8} {wall:>7.3f} {cpu:>7.3f}  (scoped to {scope.coders or 'all coders'}) "
                  f"{QUERIES[7][:50]}...")
            worst = max(worst, wall)
            wall, cpu, counts = timed(lambda: (codes.list_codes(project), codes.code_counts(project)))
            densest = max(figure.density for figure in counts[1].values())
            print(f"code tree with {{G-D}}: {wall:.3f} s wall, {cpu:.3f} s CPU (highest density {densest})")
            print(f"slowest query: {worst:.3f} s (target 0.5 s)")
            network_figures(project, Path(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
