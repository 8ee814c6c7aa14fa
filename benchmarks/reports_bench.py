"""Time and peak memory of every report DataFrame and of the workbook on a large project.

    python benchmarks/reports_bench.py [--project PATH] [--documents 500] [--quotations 50000]

Builds (or reuses) a synthetic project: documents of ~60 KB of Spanish-like text, 10 categories
x 9 subcategories + the categories themselves (100 codes), quotations of 100-800 characters with
1-3 codes each, coded by 3 coders (a fifth of the quotations by two of them).
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import sys
import tempfile
import time
import tracemalloc
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


def measure(name: str, action) -> object:
    gc.collect()
    started = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - started
    gc.collect()
    tracemalloc.start()
    action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    shape = getattr(result, "shape", "")
    print(f"{name:<34} {elapsed:7.2f} s   peak {peak / 2**20:8.1f} MiB   {shape}", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--project", type=Path, help="reuse or create this project file")
    parser.add_argument("--documents", type=int, default=500)
    parser.add_argument("--quotations", type=int, default=50_000)
    options = parser.parse_args()
    path = options.project or Path(tempfile.gettempdir()) / f"qda-reports-bench-{options.documents}-{options.quotations}.qdaproj"
    if not path.exists():
        started = time.perf_counter()
        build(path, documents=options.documents, quotations=options.quotations)
        print(f"built {path} in {time.perf_counter() - started:.1f} s ({path.stat().st_size / 2**20:.0f} MiB)")
    with Project.open(path, read_only=True) as project:
        data = measure("load_report_data", lambda: reports.load_report_data(project))
        for name in ("summary", "codebook", "category_tables", "code_document_table", "cooccurrence_table",
                     "cooccurrence_pairs", "quotation_report", "documents_report", "quotation_code_matrix",
                     "word_frequencies", "network_nodes"):
            function = getattr(reports, name)
            # a fresh load each time: per-load caches (texts, word counts) must not flatter a report
            measure(name, lambda f=function: f(project, data=reports.load_report_data(project)))
        book = measure("build_report_book (all sheets)", lambda: reports.build_report_book(project, language="es"))
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "bench.xlsx"
            measure("write_workbook", lambda: write_workbook(book, target))
            print(f"workbook size {target.stat().st_size / 2**20:.1f} MiB")
            started = time.perf_counter()
            write_workbook(reports.build_report_book(project, language="es"), target)
            print(f"report -> workbook end to end: {time.perf_counter() - started:.2f} s")
    print(f"process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
