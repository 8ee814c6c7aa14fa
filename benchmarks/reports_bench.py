"""Wall and CPU time of every report DataFrame, of all of them (build_report_book), and of the
Excel workbook with its peak memory (in a subprocess, from ru_maxrss), on a large project.

    python benchmarks/reports_bench.py [--project PATH] [--documents 500 --quotations 50000]

By default it uses make_project.py's large project (/tmp/qda-bench/large.qdaproj: 500 documents,
50,000 quotations, 100 codes), building it if missing. Targets: every report in 2 s together,
the workbook in 20 s under 1 GB; each is judged on its wall time ("ok" or "MISSED", with the CPU
time noted when only the wall time misses, as on a busy machine).

``--documents`` builds this script's own synthetic project instead: documents of ~60 KB of
Spanish-like text, 10 categories x 9 subcategories + the categories (100 codes), quotations of
100-800 characters with 1-3 codes each, coded by 3 coders (a fifth of them by two coders).
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qda_app.services import reports  # noqa: E402
from qda_app.services.coding import add_coding, insert_quotation  # noqa: E402
from qda_app.services.documents import NewDocument, insert_new_document  # noqa: E402
from qda_app.services.exporters.excel import write_workbook  # noqa: E402
from qda_app.services.project import Project  # noqa: E402
from qda_app.store import codes as code_store  # noqa: E402
from qda_app.store import coders as coder_store  # noqa: E402
from qda_app.store import groups as group_store  # noqa: E402
from qda_app.store.database import new_guid, utc_now  # noqa: E402

VOCABULARY = (
    "gobierno municipalidad alcalde presupuesto proyecto región provincia distrito ministerio lima "
    "gestión recursos inversión obra carretera turismo artesanía población empleo comunidad "
    "descentralización centralismo coordinación funciones competencias corrupción política "
    "el la los las de del que en y a por para con una un se no es lo como más pero sus le ya "
    "desarrollo territorio cultura fiesta agua salud educación transporte mercado agricultura"
).split()
CODERS = ("Rosa Quispe", "Juan Mamani", "Luz Condori")


def build(path: Path, *, documents: int, quotations: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    project = Project.create(path, coder=CODERS[0], name="benchmark")
    db = project.database

    def setup() -> list[int]:
        now = utc_now()
        leaves = []
        for c in range(10):
            category = code_store.insert_code(db, {
                "guid": new_guid(), "parent_id": None, "name": f"Categoría {c + 1}",
                "color": f"#{rng.randrange(0x1000000):06x}", "description": "", "sort_order": c,
                "created_by": project.coder_id(), "created_at": now, "modified_at": now})
            for s in range(9):
                leaves.append(code_store.insert_code(db, {
                    "guid": new_guid(), "parent_id": category, "name": f"Subcategoría {c + 1}.{s + 1}",
                    "color": f"#{rng.randrange(0x1000000):06x}", "description": "definición " * 5,
                    "sort_order": s, "created_by": project.coder_id(), "created_at": now, "modified_at": now}))
        for coder in CODERS:
            coder_store.ensure_coder(db, coder)
        return leaves

    leaves = project.execute("setup", setup, undoable=False)
    coder_ids = [coder_store.ensure_coder(db, name) for name in CODERS]
    per_document = quotations // documents

    # One action per document: each quotation number taken updates the document row, whose
    # before-image (with the text) the action records; one action for all would hold GBs.
    def add_document(number: int) -> None:
        text = " ".join(rng.choices(VOCABULARY, k=8_600))[:60_000]
        data = text.encode("utf-8")
        document_id = insert_new_document(
            project,
            NewDocument(name=f"Entrevista {number:03d}", text=text, original_name=f"e{number}.txt",
                        original_size=len(data), sha256=f"{number:064x}"),
            groups=[f"Grupo {number % 5 + 1}"],
        )
        group_store.set_attribute(db, document_id, "provincia", f"Provincia {number % 13}")
        for _ in range(per_document):
            start = rng.randrange(0, len(text) - 900)
            coder = rng.choice(coder_ids)
            quotation_id = insert_quotation(project, document_id=document_id, start=start,
                                            end=start + rng.randrange(100, 800), coder_id=coder)
            for code_id in rng.sample(leaves, rng.choice((1, 1, 2, 3))):
                add_coding(project, quotation_id=quotation_id, code_id=code_id, coder_id=coder)
                if rng.random() < 0.2:
                    add_coding(project, quotation_id=quotation_id, code_id=code_id,
                               coder_id=rng.choice(coder_ids))

    for number in range(1, documents + 1):
        project.execute(f"document {number}", lambda: add_document(number), undoable=False)
    project.close()


TARGET_BOOK_SECONDS = 2.0
TARGET_WORKBOOK_SECONDS = 20.0
TARGET_WORKBOOK_MIB = 1024
REPORTS = ("summary", "codebook", "category_tables", "code_document_table", "cooccurrence_table",
           "cooccurrence_pairs", "quotation_report", "documents_report", "quotation_code_matrix",
           "word_frequencies", "network_nodes")


def timed(action) -> tuple[object, float, float]:
    """(result, wall seconds, CPU seconds of this process): on a busy machine the CPU time is the
    steadier figure, the wall time what a user waits."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def verdict(wall: float, cpu: float, target: float) -> str:
    """A target is met by what the user waits (wall); a busy machine is noted, never counted as met."""
    if wall <= target:
        return "ok"
    if cpu <= target:
        return "MISSED (wall; the CPU time is within it: a busy machine)"
    return "MISSED"


def line(name: str, wall: float, cpu: float, extra: str = "") -> None:
    print(f"{name:<34} wall {wall:7.2f} s   cpu {cpu:7.2f} s   {extra}", flush=True)


def workbook_child(project_path: Path, target: Path) -> None:
    """Run in a subprocess: the CLI's work (all reports, then the workbook), with its own peak RSS."""
    from qda_app.services.exporters import export_report

    with Project.open(project_path, read_only=True) as project:
        book, book_wall, book_cpu = timed(lambda: reports.build_report_book(project, language="en"))
        _, write_wall, write_cpu = timed(partial(write_workbook, book, target))
    line("  build_report_book (child)", book_wall, book_cpu)
    line("  write_workbook", write_wall, write_cpu, f"{target.stat().st_size / 2**20:.1f} MiB file")
    del book
    with Project.open(project_path, read_only=True) as project:
        # A second file: exports never replace an existing one unless told to.
        _, wall, cpu = timed(lambda: export_report(project, target.with_name("end-to-end.xlsx"), language="en"))
    line("  export_report .xlsx end to end", wall, cpu,
         f"target {TARGET_WORKBOOK_SECONDS:.0f} s: {verdict(wall, cpu, TARGET_WORKBOOK_SECONDS)}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"  peak RSS {peak:.0f} MiB (limit {TARGET_WORKBOOK_MIB}: "
          f"{'ok' if peak <= TARGET_WORKBOOK_MIB else 'MISSED'})", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--project", type=Path, help="reuse or create this project file "
                        "(default: make_project.py's large project in /tmp/qda-bench)")
    parser.add_argument("--documents", type=int, help="build a project of this many documents (with --quotations)")
    parser.add_argument("--quotations", type=int, default=50_000)
    parser.add_argument("--workbook-child", nargs=2, type=Path, metavar=("PROJECT", "XLSX"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.workbook_child:
        workbook_child(*options.workbook_child)
        return 0
    if options.documents:
        path = options.project or Path(tempfile.gettempdir()) / f"qda-reports-bench-{options.documents}-{options.quotations}.qdaproj"
        if not path.exists():
            started = time.perf_counter()
            build(path, documents=options.documents, quotations=options.quotations)
            print(f"built {path} in {time.perf_counter() - started:.1f} s ({path.stat().st_size / 2**20:.0f} MiB)")
    else:
        path = options.project or Path("/tmp/qda-bench/large.qdaproj")
        if not path.exists():
            subprocess.run([sys.executable, str(Path(__file__).with_name("make_project.py")), "--size", "large",
                            "--out", str(path.parent)], check=True)
    print(f"project {path}")
    with Project.open(path, read_only=True) as project:
        _, wall, cpu = timed(lambda: reports.load_report_data(project))
        line("load_report_data", wall, cpu)
        for name in REPORTS:
            function = getattr(reports, name)
            # A fresh load for each (not timed): per-load caches (texts, word counts) must not flatter a report.
            data = reports.load_report_data(project)
            result, wall, cpu = timed(partial(function, project, data=data))
            line(name, wall, cpu, str(getattr(result, "shape", f"{len(result)} tables")))
        book, wall, cpu = timed(lambda: reports.build_report_book(project, language="en"))
        line("build_report_book (all, with load)", wall, cpu,
             f"target {TARGET_BOOK_SECONDS:.0f} s: {verdict(wall, cpu, TARGET_BOOK_SECONDS)}")
        del book
    print("workbook, in a subprocess for its own peak memory:", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        started, cpu_started = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, __file__, "--workbook-child", str(path), str(Path(folder) / "bench.xlsx")],
                       check=True)
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = used.ru_utime + used.ru_stime - cpu_started.ru_utime - cpu_started.ru_stime
        line("workbook subprocess in total", time.perf_counter() - started, cpu,
             f"(with start-up and the end-to-end repeat; target {TARGET_WORKBOOK_SECONDS:.0f} s per export)")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
