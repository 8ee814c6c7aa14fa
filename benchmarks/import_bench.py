"""Import benchmark: extraction time and peak memory for a batch of transcripts.

Generates 500 plain-text transcripts of ~60 KB (Spanish-like, UTF-8 and some cp1252) and
100 .docx files of similar size into a temporary folder, then extracts them all.
Targets (including the database step, to be added here later): 500 txt in <= 10 s,
100 docx in <= 20 s, memory under 500 MB.

    python benchmarks/import_bench.py [--txt 500] [--docx 100] [--keep]
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qda_app.services.importers import discover, extract

WORDS = (
    "año señor acción corazón entrevista comunidad trabajo familia después también "
    "porque cuando siempre nosotros ustedes pregunta respuesta gente tiempo vida casa "
    "escuela salud ciudad campo niños mujeres hombres organización participación "
    "educación información situación relación São Paulo coração você não então muito "
    "ñandú qué cómo dónde él más está había había sido era lo que la de en y a el los las"
).split()
SPEAKERS = ("ENTREVISTADORA", "PARTICIPANTE 1", "PARTICIPANTE 2")


def transcript(rng: random.Random, target_chars: int) -> str:
    turns: list[str] = []
    length = 0
    while length < target_chars:
        words = rng.choices(WORDS, k=rng.randint(20, 120))
        turn = f"{rng.choice(SPEAKERS)}: " + " ".join(words).capitalize() + "."
        if rng.random() < 0.2:
            turn = "¿" + turn.rstrip(".") + "?"
        turns.append(turn)
        length += len(turn) + 2
    return "\n\n".join(turns)


def generate(folder: Path, *, txt_count: int, docx_count: int, seed: int = 7) -> None:
    import docx

    rng = random.Random(seed)
    for number in range(1, txt_count + 1):
        text = transcript(rng, 60_000)
        # One file in ten in cp1252 with CRLF, as exported by older Windows tools.
        if number % 10 == 0:
            data = text.replace("\n", "\r\n").encode("cp1252", errors="replace")
        else:
            data = text.encode("utf-8")
        (folder / f"entrevista {number}.txt").write_bytes(data)
    for number in range(1, docx_count + 1):
        document = docx.Document()
        document.add_heading(f"Entrevista {number}", level=1)
        for turn in transcript(rng, 60_000).split("\n\n"):
            document.add_paragraph(turn)
        table = document.add_table(rows=3, cols=2)
        for row in range(3):
            table.cell(row, 0).text = rng.choice(SPEAKERS)
            table.cell(row, 1).text = " ".join(rng.choices(WORDS, k=8))
        document.save(str(folder / f"documento {number}.docx"))


def peak_rss_mb() -> float:
    """Peak resident memory of this process, in MB."""
    # VmHWM belongs to the address space, which exec replaces; ru_maxrss would carry the
    # parent's (the generator's) peak into the measuring child on Linux.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def run(folder: Path) -> None:
    print(f"peak RSS after imports {peak_rss_mb():.0f} MB")
    files, problems = discover([folder])
    assert not problems, problems
    by_format: dict[str, list[Path]] = {}
    for path in files:
        by_format.setdefault(path.suffix.lower(), []).append(path)
    for extension, paths in sorted(by_format.items(), key=lambda item: item[0], reverse=True):
        total_bytes = sum(path.stat().st_size for path in paths)
        total_chars = 0
        started, cpu_started = time.perf_counter(), time.process_time()
        for path in paths:
            total_chars += len(extract(path).text)
        elapsed = time.perf_counter() - started
        # CPU time as well: on a loaded machine wall time says more about the neighbours.
        cpu = time.process_time() - cpu_started
        print(f"{extension:6} {len(paths):4} files  {total_bytes / 1e6:6.1f} MB  "
              f"{total_chars / 1e6:6.1f} M chars  wall {elapsed:6.2f} s  cpu {cpu:6.2f} s  "
              f"{elapsed / len(paths) * 1000:6.2f} ms/file  peak RSS {peak_rss_mb():6.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--txt", type=int, default=500)
    parser.add_argument("--docx", type=int, default=100)
    parser.add_argument("--keep", action="store_true", help="keep the generated folder")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.measure:
        run(arguments.measure)
        return
    folder = Path(tempfile.mkdtemp(prefix="qda_import_bench_"))
    try:
        started = time.perf_counter()
        generate(folder, txt_count=arguments.txt, docx_count=arguments.docx)
        print(f"generated in {time.perf_counter() - started:.1f} s into {folder}")
        # A fresh process, so the peak memory is the import's, not the generator's.
        subprocess.run([sys.executable, __file__, "--measure", str(folder)], check=True)
    finally:
        if arguments.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
