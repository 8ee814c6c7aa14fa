"""REFI-QDA exchange benchmark: export and import time and peak memory of a large project.

Builds the ``large`` synthetic project (500 documents of ~60 KB, 100 codes, 50,000
quotations, 3 coders, one coding per quotation plus a second coder on every fourth) through
the services in one action, then exports it to .qdpx and imports that into a new project.
Each step runs in its own process so that its peak memory (ru_maxrss) is its own.
Target: export and import at most 15 s each.

    python benchmarks/interop_bench.py [--documents 500] [--quotations 50000] [--keep]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = ("año señor acción corazón entrevista comunidad trabajo familia después también "
         "porque cuando siempre nosotros pregunta respuesta gente tiempo vida casa escuela "
         "salud ciudad campo niños mujeres organización São Paulo coração ñandú 😀 qué cómo "
         "dónde más está la de en y a el los las").split()
CODERS = ("Ana", "Luis", "Zoë")


def _text(rng: random.Random, chars: int) -> str:
    parts: list[str] = []
    length = 0
    while length < chars:
        turn = "PARTICIPANTE: " + " ".join(rng.choices(WORDS, k=rng.randint(20, 120))) + ".\n"
        parts.append(turn)
        length += len(turn)
    return "".join(parts)


def build(path: Path, *, documents: int, quotations: int, codes: int = 100) -> None:
    from qda_app.services.codes import ensure_code_path
    from qda_app.services.coding import add_coding, insert_quotation
    from qda_app.services.documents import NewDocument, insert_new_document
    from qda_app.services.project import Project
    from qda_app.store import coders as coder_store

    rng = random.Random(7)
    project = Project.create(path, coder=CODERS[0], name="large")

    def fill() -> None:
        coder_ids = [coder_store.ensure_coder(project.database, name) for name in CODERS]
        code_ids = [ensure_code_path(project, f"Categoría {index // 10}::Código {index} ñ")
                    for index in range(codes)]
        per_document = quotations // documents
        for number in range(documents):
            text = _text(rng, 60_000)
            data = text.encode("utf-8")
            document_id = insert_new_document(project, NewDocument(
                name=f"Entrevista {number + 1}", text=text, original_name=f"e{number}.txt",
                original_size=len(data), sha256=hashlib.sha256(data).hexdigest()))
            for index in range(per_document):
                start = rng.randrange(0, len(text) - 400)
                coder = coder_ids[index % 3]
                quotation_id = insert_quotation(project, document_id=document_id, start=start,
                                                end=start + rng.randint(20, 400), coder_id=coder)
                add_coding(project, quotation_id=quotation_id, code_id=rng.choice(code_ids),
                           coder_id=coder)
                if index % 4 == 0:
                    add_coding(project, quotation_id=quotation_id, code_id=rng.choice(code_ids),
                               coder_id=coder_ids[(index + 1) % 3])

    try:
        project.execute("Build the large benchmark project", fill, undoable=False)
    finally:
        project.close()


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def step(name: str, folder: Path, arguments: argparse.Namespace) -> None:
    """One measured step, in this (child) process."""
    from qda_app.services.interop.project_export import export_project
    from qda_app.services.interop.project_import import import_project
    from qda_app.services.project import Project

    started = time.perf_counter()
    if name == "build":
        build(folder / "large.qdaproj", documents=arguments.documents,
              quotations=arguments.quotations)
    elif name == "export":
        with Project.open(folder / "large.qdaproj", read_only=True) as project:
            export_project(project, folder / "large.qdpx")
    else:
        report = import_project(folder / "large.qdpx", folder / "copy.qdaproj")
        assert report.summary["quotations"] == arguments.quotations, report.summary
    print(f"{name}: {time.perf_counter() - started:.1f} s, peak memory {_peak_mb():.0f} MB",
          flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=500)
    parser.add_argument("--quotations", type=int, default=50_000)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--step", choices=("build", "export", "import"), help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.step:
        step(arguments.step, Path(arguments.folder), arguments)
        return 0
    folder = Path(tempfile.mkdtemp(prefix="qda-interop-bench-"))
    try:
        for name in ("build", "export", "import"):
            subprocess.run([sys.executable, __file__, "--step", name, "--folder", str(folder),
                            "--documents", str(arguments.documents),
                            "--quotations", str(arguments.quotations)], check=True)
        size = (folder / "large.qdpx").stat().st_size / 1e6
        print(f"large.qdpx: {size:.1f} MB (target: export and import at most 15 s each)")
    finally:
        if arguments.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
