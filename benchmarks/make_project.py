"""Build a synthetic project of a given size through the service API.

    python benchmarks/make_project.py --size large --out /tmp/qda-bench

writes the raw transcripts to OUT/SIZE-raw/ (for the import benchmark) and the coded project
to OUT/SIZE.qdaproj. Sizes: study (20 documents, 535 quotations), large (500 documents of
~60 KB, 100 codes, 50,000 quotations, 3 coders), huge (2,000 documents, 200,000 quotations).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qda_app.services import documents  # noqa: E402
from qda_app.services.codes import ensure_code_path  # noqa: E402
from qda_app.services.coding import add_coding, insert_quotation  # noqa: E402
from qda_app.services.project import Project  # noqa: E402
from qda_app.store import coders as coder_store  # noqa: E402


@dataclass(frozen=True)
class Size:
    documents: int
    document_chars: int
    categories: int
    subcategories: int
    quotations: int
    coders: int


SIZES = {
    "study": Size(documents=20, document_chars=20_000, categories=6, subcategories=5, quotations=535, coders=3),
    "large": Size(documents=500, document_chars=60_000, categories=10, subcategories=9, quotations=50_000, coders=3),
    "huge": Size(documents=2000, document_chars=60_000, categories=20, subcategories=9, quotations=200_000, coders=3),
}

WORDS = (
    "municipalidad alcalde presupuesto ministerio proyecto gobierno regional distrito provincia obra "
    "comunidad agua carretera puente canon recursos gestión lima viaje expediente técnico inversión "
    "población campesinos alpacas lago titicaca frontera comercio feria turismo artesanía migración "
    "jóvenes educación salud posta escuela riego helada sequía papa quinua trucha cooperativa "
    "mancomunidad coordinación consejo regidores transferencia descentralización centralismo "
    "corrupción contraloría licitación empresa dirigentes asamblea ronda autoridades elecciones "
    "partido apoyo político prioridad demora trámite sistema invierte viceministro congresista "
    "señor nosotros ellos siempre nunca también pero porque entonces cuando donde cómo muy más menos "
    "el la los las un una de del en con por para que se no sí ya ahí así hay tiene hacemos dicen"
).split()
SPEAKERS = ("Entrevistador", "Alcalde")


def transcript(rng: random.Random, chars: int, number: int) -> str:
    """Spanish-like interview text of about ``chars`` characters, in speaker turns."""
    paragraphs = [f"Entrevista {number:04d}", "Lugar: Puno. Fecha: 2021."]
    length = sum(len(p) + 2 for p in paragraphs)
    turn = 0
    while length < chars:
        sentences = []
        for _ in range(rng.randint(2, 7)):
            words = rng.choices(WORDS, k=rng.randint(6, 22))
            sentence = " ".join(words)
            sentences.append(sentence[0].upper() + sentence[1:] + rng.choice(".....?!"))
        paragraph = f"{SPEAKERS[turn % 2]}: " + " ".join(sentences)
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
        turn += 1
    return "\n\n".join(paragraphs)


def write_raw(folder: Path, size: Size, *, seed: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for number in range(1, size.documents + 1):
        path = folder / f"entrevista_{number:04d}.txt"
        if not path.exists():
            path.write_text(transcript(rng, size.document_chars, number), encoding="utf-8")
        paths.append(path)
    return paths


def code_paths(size: Size) -> list[str]:
    return [
        f"Categoría {c + 1:02d}::Subcategoría {c + 1:02d}.{s + 1:02d}"
        for c in range(size.categories)
        for s in range(size.subcategories)
    ]


def code_project(project: Project, size: Size, *, seed: int) -> None:
    """Quotations of realistic length (100-900 characters), some overlapping, 1-3 codes each."""
    rng = random.Random(seed + 1)
    lengths = {doc.number: (doc.id, doc.chars) for doc in documents.list_documents(project)}
    per_document = max(1, size.quotations // len(lengths))
    remainder = size.quotations - per_document * len(lengths)
    coder_names = [f"Coder {chr(65 + index)}" for index in range(size.coders)]

    def action() -> None:
        code_ids = [ensure_code_path(project, path) for path in code_paths(size)]
        coder_ids = [coder_store.ensure_coder(project.database, name) for name in coder_names]
        for index, (document_id, chars) in enumerate(lengths.values()):
            count = per_document + (1 if index < remainder else 0)
            starts = sorted(rng.randrange(0, max(1, chars - 1000)) for _ in range(count))
            for start in starts:
                end = min(chars, start + rng.randint(100, 900))
                coder_id = rng.choice(coder_ids)
                quotation_id = insert_quotation(
                    project, document_id=document_id, start=start, end=end, coder_id=coder_id
                )
                for code_id in rng.sample(code_ids, rng.choice((1, 1, 1, 2, 2, 3))):
                    add_coding(project, quotation_id=quotation_id, code_id=code_id, coder_id=coder_id)

    project.execute("Code synthetic project", action, undoable=False)


def make_project(size_name: str, out: Path, *, seed: int = 7, force: bool = False) -> Path:
    size = SIZES[size_name]
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{size_name}.qdaproj"
    if target.exists() and not force:
        return target
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    raw = write_raw(out / f"{size_name}-raw", size, seed=seed)
    with Project.create(target, coder="Coder A") as project:
        documents.import_files(project, raw)
        code_project(project, size, seed=seed)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=sorted(SIZES), default="study")
    parser.add_argument("--out", type=Path, default=Path("/tmp/qda-bench"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--force", action="store_true", help="rebuild an existing project")
    options = parser.parse_args()
    began = time.perf_counter()
    path = make_project(options.size, options.out, seed=options.seed, force=options.force)
    print(f"{path} ready in {time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
