"""qda_app against Taguette: the same transcripts and the same quotations, side by side.

    python benchmarks/compare_taguette.py [--quotations 1000] [--chars 10000 60000 200000] [--profile]

Both sides are timed the same way: in-process calls, the same number of runs on fresh
projects (RUNS, the median run reported and every run printed), the same export repetitions
(EXPORT_REPEATS, the median reported), for each transcript size (10, 60 and 200 KB by default).

1. Quotation creation: N quotations (default 1,000) on one Spanish interview transcript, each
   made by its own call and durable when it returns. qda_app: one ``services.coding.code_span``
   per quotation (one transaction, WAL + synchronous=FULL, committed on return). Taguette: its
   ``HighlightAdd.post`` handler's database work per highlight (``taguette_driver.py``, run by
   the Python of Taguette's own venv: a session, the document query with its contents, the tag
   check, ``extract.extract`` of the snippet from the stored HTML, the highlight, its tags and
   its Command row, one commit in Taguette's own journal mode), without tornado and HTTP, which
   an earlier version of this script timed on Taguette's side only. Throughput = N / seconds.
2. Codebook export: Taguette's ``export.codebook_xml`` (REFI-QDA .qdc) into a file, against
   ``qda_app.services.interop.project_export.export_codebook``.
3. Quotation-list export: Taguette's ``export.highlights_csv`` (all highlights) into a file,
   against ``services.reports.quotation_report`` written to CSV the way the CSV exporter writes
   it (UTF-8 with BOM, atomic write).

qda_app's exports are written the way the program writes every export (temporary file, fsync,
rename); Taguette's are simply written out, so the comparison leaves qda_app the extra work.
Ratios below a target print "MISSED", and "what bounds it" follows in figures: the bare durable
commit on the same disk (measured before and after qda_app's runs) under each quotation, the
durable file write under each export, and the ceiling each ratio has while every quotation is
its own durable commit and every export is synced (a target above its ceiling is out of reach
without relaxing durability, which qda_app does not do).

The transcript is ``benchmarks/make_project.py``'s ``transcript()``. Both tools receive the same
HTML file (one ``<p>`` per speaker turn). The quotations are spans of plain text inside one
paragraph each (100-600 characters, word boundaries), tagged with 1-2 of 36 codes (6 categories
x 5 subcategories + the categories). qda_app's offsets are code points of its stored text;
Taguette's are UTF-8 byte offsets into the text nodes of its stored HTML, so each span is located
in both tools' own text, and the passages both tools hold are checked to be identical.

Taguette (PyPI ``taguette``, 1.5.x) runs in its OWN virtual environment so its pinned
dependencies never touch the project's: ``$TAGUETTE_VENV`` (default /tmp/taguette-venv). On the
first run the script creates it (``python3 -m venv`` + ``pip install 'taguette>=1.5,<1.6'``); later
runs reuse it. Its databases are fresh SQLite files in a temporary folder; no server, no network.

``--profile`` runs the qda_app side a second time under cProfile and prints where the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import html
import io
import json
import os
import pstats
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from make_project import transcript  # noqa: E402

from qda_app.services import coding, documents  # noqa: E402
from qda_app.services import reports  # noqa: E402
from qda_app.services.codes import create_code  # noqa: E402
from qda_app.services.atomic_files import atomic_path  # noqa: E402
from qda_app.services.interop.project_export import export_codebook  # noqa: E402
from qda_app.services.project import Project  # noqa: E402

TAGUETTE_VENV = Path(os.environ.get("TAGUETTE_VENV", "/tmp/taguette-venv"))
TAGUETTE_REQUIREMENT = "taguette>=1.5,<1.6"
RUNS = 3  # creation runs on fresh projects, for each tool
EXPORT_REPEATS = 11  # medians of a few ms swing with the machine; more runs steady them
SIZES = (10_000, 60_000, 200_000)
TARGET_CREATION = 50.0
TARGET_EXPORT = 5.0


# --- the shared material -----------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    paragraph: int
    start: int  # code points inside the paragraph
    end: int
    codes: tuple[int, ...]  # indexes into CODE_PATHS


CATEGORIES = 6
SUBCATEGORIES = 5
CODE_PATHS: list[tuple[str, ...]] = [(f"Categoría {c + 1:02d}",) for c in range(CATEGORIES)] + [
    (f"Categoría {c + 1:02d}", f"Subcategoría {c + 1:02d}-{s + 1:02d}")
    for c in range(CATEGORIES)
    for s in range(SUBCATEGORIES)
]
LEAVES = [index for index, path in enumerate(CODE_PATHS) if len(path) == 2]


def qda_path(parts: tuple[str, ...]) -> str:
    return "::".join(parts)


def taguette_path(parts: tuple[str, ...]) -> str:
    return ".".join(parts)  # Taguette's hierarchy convention is dots in a flat path


def make_material(chars: int, count: int, seed: int) -> tuple[list[str], str, list[Span]]:
    """Paragraphs of the transcript, the HTML both tools import, and ``count`` spans."""
    rng = random.Random(seed)
    text = transcript(rng, chars, 1)
    paragraphs = text.split("\n\n")
    body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
    page = (
        '<!DOCTYPE html>\n<html lang="es">\n<head><meta charset="utf-8"><title>Entrevista 0001</title></head>\n'
        f"<body>\n{body}\n</body>\n</html>\n"
    )
    usable = [index for index, p in enumerate(paragraphs) if len(p) >= 150]
    spans: list[Span] = []
    taken: set[tuple[int, int, int]] = set()  # distinct spans: qda_app reuses a coder's same-span quotation
    for _ in range(count * 20):
        if len(spans) == count:
            break
        index = rng.choice(usable)
        paragraph = paragraphs[index]
        starts = [0] + [m.end() for m in re.finditer(r" ", paragraph)]
        length = rng.randint(100, 600)
        for _attempt in range(50):
            start = rng.choice(starts)
            if len(paragraph) - start >= 100:
                break
        else:
            start = 0
        end = min(len(paragraph), start + length)
        boundary = paragraph.rfind(" ", start + 50, end)
        if end < len(paragraph) and boundary > 0:
            end = boundary
        codes = tuple(sorted(rng.sample(LEAVES, rng.choice((1, 1, 1, 2)))))
        if (index, start, end) not in taken:
            taken.add((index, start, end))
            spans.append(Span(index, start, end, codes))
    if len(spans) != count:
        raise RuntimeError(f"only {len(spans)} distinct spans fit in the transcript")
    return paragraphs, page, spans


def locate(text: str, paragraphs: list[str]) -> list[int]:
    """Where each paragraph starts in ``text`` (searched in order)."""
    positions, cursor = [], 0
    for paragraph in paragraphs:
        found = text.find(paragraph, cursor)
        if found < 0:
            raise RuntimeError(f"paragraph not found in the tool's text: {paragraph[:60]!r}")
        positions.append(found)
        cursor = found + len(paragraph)
    return positions


def passage(paragraphs: list[str], span: Span) -> str:
    return paragraphs[span.paragraph][span.start:span.end]


@dataclass
class Result:
    tool: str
    created: int = 0
    create_seconds: float = 0.0
    codebook_seconds: float = 0.0
    quotations_export_seconds: float = 0.0
    extra: dict[str, float] = field(default_factory=dict)
    create_runs: list[float] = field(default_factory=list)  # seconds of each run, when repeated
    notes: list[str] = field(default_factory=list)

    @property
    def per_second(self) -> float:
        return self.created / self.create_seconds if self.create_seconds else 0.0


def timed_median(action: Callable[[], object], repeats: int = EXPORT_REPEATS) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times), times


# --- qda_app -----------------------------------------------------------------------------------


def write_quotation_csv(project: Project, path: Path) -> None:
    frame = reports.quotation_report(project)
    with atomic_path(path) as temporary:
        frame.to_csv(temporary, index=False, encoding="utf-8-sig", date_format="%Y-%m-%d %H:%M:%S")


def run_qda_app(folder: Path, html_file: Path, paragraphs: list[str], spans: list[Span],
                *, profiles: dict[str, cProfile.Profile] | None = None) -> Result:
    result = Result("qda_app")
    folder.mkdir(parents=True, exist_ok=True)
    project = Project.create(folder / "bench.qdaproj", coder="Benchmark", name="benchmark")
    try:
        summary = documents.import_files(project, [html_file])
        if not summary.imported:
            raise RuntimeError(f"qda_app refused the transcript: {summary.refused}")
        document = summary.imported[0]
        text = documents.document_text(project, document.number)
        for parts in CODE_PATHS:
            create_code(project, path=qda_path(parts))
        starts = locate(text, paragraphs)
        calls = []
        for span in spans:
            begin = starts[span.paragraph]
            start, end = begin + span.start, begin + span.end
            if text[start:end] != passage(paragraphs, span):
                raise RuntimeError("qda_app span does not hold the passage")
            calls.append((start, end, [qda_path(CODE_PATHS[i]) for i in span.codes]))

        if profiles:
            profiles["creation"].enable()
        began = time.perf_counter()
        for start, end, paths in calls:
            coding.code_span(project, document=document.number, start=start, end=end, codes=paths)
            result.created += 1
        result.create_seconds = time.perf_counter() - began
        if profiles:
            profiles["creation"].disable()

        if profiles:
            profiles["codebook"].enable()
        # Exports refuse to replace a file: each repetition writes a fresh one, as a user does.
        result.codebook_seconds, runs = timed_median(lambda: (
            (folder / "codebook.qdc").unlink(missing_ok=True), export_codebook(project, folder / "codebook.qdc")))
        if profiles:
            profiles["codebook"].disable()
        result.extra["codebook_runs"] = runs
        if profiles:
            profiles["quotations"].enable()
        result.quotations_export_seconds, runs = timed_median(lambda: (
            (folder / "quotations.csv").unlink(missing_ok=True), write_quotation_csv(project, folder / "quotations.csv")))
        if profiles:
            profiles["quotations"].disable()
        result.extra["quotations_runs"] = runs

        quotations = coding.list_quotations(project)
        if len(quotations) != len(spans):
            result.notes.append(f"qda_app holds {len(quotations)} quotations, expected {len(spans)}")
        result.extra["codebook_bytes"] = (folder / "codebook.qdc").stat().st_size
        result.extra["quotations_bytes"] = (folder / "quotations.csv").stat().st_size
    finally:
        project.close()
    return result


def commit_floor(folder: Path, commits: int = 200, journals: tuple[str, ...] = ("WAL", "DELETE")) -> dict[str, float]:
    """Milliseconds per bare one-row SQLite commit on this disk, in qda_app's mode (WAL,
    synchronous=FULL) and in Taguette's (rollback journal, SQLite's default synchronous=FULL)."""
    import sqlite3

    folder.mkdir(parents=True, exist_ok=True)
    floor = {}
    for journal in journals:
        path = folder / f"floor-{journal}.sqlite3"
        connection = sqlite3.connect(str(path), isolation_level=None)
        try:
            connection.execute(f"PRAGMA journal_mode = {journal}")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)")
            began = time.perf_counter()
            for _ in range(commits):
                connection.execute("BEGIN")
                connection.execute("INSERT INTO t (a) VALUES (?)", ("x" * 300,))
                connection.execute("COMMIT")
            floor[journal] = (time.perf_counter() - began) / commits * 1000
        finally:
            connection.close()
    return floor


def file_write_floor(folder: Path, writes: int = 21) -> float:
    """Milliseconds (median) of writing a 300-byte file the way every qda_app export is written
    (temporary file, fsync, rename, folder synced): the least any export costs on this disk."""
    from qda_app.services.atomic_files import write_atomically

    times = []
    for number in range(writes):
        began = time.perf_counter()
        write_atomically(folder / f"floor-{number}.txt", b"x" * 300)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def bounds(qda: Result, taguette: Result | None, floor: dict[str, float]) -> tuple[list[str], dict]:
    """What bounds each ratio on this disk, in figures: a target above its ceiling cannot be met
    without giving up durability (a commit or an fsync per action), which qda_app does not do."""
    commit = min(floor["WAL"], floor.get("WAL after", floor["WAL"]))  # the more generous of the two
    written = floor["file write"]
    per_call = qda.create_seconds / qda.created * 1000 if qda.created else 0.0
    creation = [f"quotation creation: qda_app {per_call:.2f} ms per quotation, of which a bare durable commit "
                f"{commit:.2f} ms ({100 * commit / per_call if per_call else 0:.0f}%); "
                f"{max(0.0, per_call - commit):.2f} ms above it"]
    exports = [f"exports: each qda_app export is a durable file write, {written:.2f} ms at least here (temporary "
               f"file, fsync, rename, folder synced); codebook {qda.codebook_seconds * 1000:.2f} ms, quotation "
               f"list {qda.quotations_export_seconds * 1000:.2f} ms"]
    figures: dict = {"qda_ms_per_quotation": per_call, "commit_floor_ms": commit, "file_write_floor_ms": written}
    if taguette is not None and taguette.created:
        their = taguette.create_seconds / taguette.created * 1000
        ceiling = their / commit if commit else float("inf")
        reachable = ceiling >= TARGET_CREATION
        creation.append(
            f"  Taguette {their:.2f} ms per highlight: with one durable commit per quotation the ratio cannot "
            f"exceed {their:.2f} / {commit:.2f} = {ceiling:.1f}x on this disk now; {TARGET_CREATION:.0f}x needs "
            f"qda_app at {their / TARGET_CREATION:.2f} ms per quotation"
            + ("" if reachable else ", below the commit floor: not reachable without relaxing durability"))
        limits = []
        for name, theirs in (("codebook export", taguette.codebook_seconds),
                             ("quotation-list export", taguette.quotations_export_seconds)):
            limit = theirs * 1000 / written if written else float("inf")
            limits.append(f"{name} {limit:.1f}x")
            figures[f"{name.replace(' ', '_').replace('-', '_')}_ceiling"] = limit
        exports.append(f"  Taguette's exports are not synced to disk: the ratios cannot exceed {', '.join(limits)}")
        figures.update(taguette_ms_per_highlight=their, creation_ceiling=ceiling, creation_target_reachable=reachable)
    return creation + exports, figures


# --- Taguette: environment and server ----------------------------------------------------------


def ensure_taguette_venv() -> Path:
    """The venv's python, creating the venv and installing Taguette on first use."""
    python = TAGUETTE_VENV / "bin" / "python"
    probe = [str(python), "-c", "import taguette.main, taguette.web.base"]
    if python.exists() and subprocess.run(probe, capture_output=True, timeout=120).returncode == 0:
        return python
    print(f"creating {TAGUETTE_VENV} and installing {TAGUETTE_REQUIREMENT} (first run) ...", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(TAGUETTE_VENV)], check=True, timeout=300)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", TAGUETTE_REQUIREMENT],
                   check=True, timeout=1800)
    subprocess.run(probe, check=True, timeout=120)
    return python


def run_taguette(folder: Path, html_file: Path, paragraphs: list[str], spans: list[Span]) -> Result:
    """Taguette's side, in-process in its own venv (``taguette_driver.py``): the same runs and
    export repetitions as qda_app's side, each highlight made the way its web handler makes it."""
    python = ensure_taguette_venv()
    version = subprocess.run([str(python), "-c", "import taguette; print(taguette.__version__)"],
                             capture_output=True, text=True, timeout=60).stdout.strip()
    folder.mkdir(parents=True, exist_ok=True)
    job = folder / "job.json"
    job.write_text(json.dumps({
        "html": str(html_file), "paragraphs": paragraphs, "folder": str(folder),
        "spans": [[span.paragraph, span.start, span.end, list(span.codes)] for span in spans],
        "tags": [taguette_path(parts) for parts in CODE_PATHS], "runs": RUNS, "export_repeats": EXPORT_REPEATS,
    }, ensure_ascii=False), encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env.update(HOME=str(folder), LC_ALL="C.UTF-8", LANG="C.UTF-8")
    process = subprocess.run([str(python), str(HERE / "taguette_driver.py"), str(job)], capture_output=True,
                             text=True, timeout=3600, env=env, cwd=str(folder))
    if process.returncode != 0:
        raise RuntimeError(f"Taguette's driver failed: {process.stderr[-1500:]}")
    figures = json.loads(process.stdout.strip().splitlines()[-1])
    result = Result(f"Taguette {version}")
    result.created = figures["created"]
    result.create_runs = sorted(figures["create_runs"])
    result.create_seconds = statistics.median(figures["create_runs"])
    result.codebook_seconds = figures["codebook_s"]
    result.quotations_export_seconds = figures["highlights_csv_s"]
    result.extra.update(journal=f"{figures['journal_mode']}, synchronous={figures['synchronous']}")
    wrong = sum(1 for got, span in zip(figures["passages"], spans)
                if " ".join(got.split()) != " ".join(passage(paragraphs, span).split()))
    if len(figures["passages"]) != len(spans):
        result.notes.append(f"Taguette exported {len(figures['passages'])} highlights, expected {len(spans)}")
    elif wrong:
        result.notes.append(f"{wrong} of {len(spans)} Taguette highlight texts differ from the intended passage")
    return result


# --- report ------------------------------------------------------------------------------------


def ratio(fast: float, slow: float) -> float:
    return slow / fast if fast else float("inf")


def verdict(value: float, target: float) -> str:
    return "ok" if value >= target else "MISSED"


def print_report(qda: Result, taguette: Result | None, *, chars: int, floor: dict[str, float]) -> dict:
    header = f"{'tool':<16}{'quotations':>11}{'seconds':>10}{'quot./s':>10}{'codebook s':>12}{'quot. export s':>16}"
    print()
    print(f"Same transcript ({chars:,} characters target), same {qda.created:,} quotations; "
          f"both sides in-process, creation = median of {RUNS} runs, exports = median of {EXPORT_REPEATS}")
    print(header)
    print("-" * len(header))
    rows = [taguette, qda] if taguette else [qda]
    for row in rows:
        print(f"{row.tool:<16}{row.created:>11,}{row.create_seconds:>10.3f}{row.per_second:>10.1f}"
              f"{row.codebook_seconds:>12.4f}{row.quotations_export_seconds:>16.4f}")
        print(f"{'':<16}creation runs: {', '.join(f'{seconds:.3f}' for seconds in row.create_runs)} s")
    payload: dict = {
        "chars": chars, "quotations": qda.created,
        "qda_app": {"create_s": qda.create_seconds, "quotations_per_s": qda.per_second,
                    "codebook_qdc_s": qda.codebook_seconds, "quotations_csv_s": qda.quotations_export_seconds,
                    "create_runs_s": qda.create_runs},
    }
    if taguette:
        creation = qda.per_second / taguette.per_second if taguette.per_second else float("inf")
        codebook = ratio(qda.codebook_seconds, taguette.codebook_seconds)
        quotes = ratio(qda.quotations_export_seconds, taguette.quotations_export_seconds)
        print(f"  (Taguette's database: {taguette.extra['journal']}; qda_app's: WAL, synchronous=FULL)")
        for name, value, target in (
            ("quotation creation (quotations/s)", creation, TARGET_CREATION),
            ("codebook export", codebook, TARGET_EXPORT),
            ("quotation-list export", quotes, TARGET_EXPORT),
        ):
            print(f"{name:<36} qda_app faster by {value:8.1f}x  (target >= {target:.0f}x: {verdict(value, target)})")
        payload["taguette"] = {
            "version": taguette.tool, "create_s": taguette.create_seconds, "create_runs_s": taguette.create_runs,
            "quotations_per_s": taguette.per_second, "codebook_qdc_s": taguette.codebook_seconds,
            "highlights_csv_s": taguette.quotations_export_seconds, "database": taguette.extra["journal"],
        }
        payload["ratios"] = {"creation": creation, "codebook_export": codebook, "quotation_export": quotes}
        payload["targets_met"] = {"creation": creation >= TARGET_CREATION, "codebook_export": codebook >= TARGET_EXPORT,
                                  "quotation_export": quotes >= TARGET_EXPORT}
    print(f"disk: a bare durable SQLite commit costs {floor['WAL']:.2f} ms in WAL+FULL (qda_app's mode; "
          f"{floor.get('WAL after', floor['WAL']):.2f} ms after qda_app's runs), {floor['DELETE']:.2f} ms in "
          f"rollback+FULL (Taguette's); one durable transaction per quotation caps any tool at "
          f"~{1000 / floor['WAL']:.0f} quotations/s on this disk")
    print("what bounds it:")
    lines, payload["bounds"] = bounds(qda, taguette, floor)
    for line in lines:
        print(f"  {line}")
    payload["commit_floor_ms"] = floor
    for result in rows:
        for note in result.notes:
            print(f"note ({result.tool}): {note}")
    return payload


def print_profile(profile: cProfile.Profile, lines: int) -> None:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).strip_dirs()
    stats.sort_stats("cumulative").print_stats(lines)
    stats.sort_stats("tottime").print_stats(lines)
    print(out.getvalue())


def compare_one_size(workspace: Path, chars: int, args: argparse.Namespace) -> dict:
    paragraphs, page, spans = make_material(chars, args.quotations, args.seed)
    workspace.mkdir(parents=True, exist_ok=True)
    html_file = workspace / "entrevista_0001.html"
    html_file.write_text(page, encoding="utf-8")
    print(f"\ntranscript: {len(page.encode('utf-8')):,} bytes of HTML, {len(paragraphs)} paragraphs; "
          f"{len(spans):,} quotations", flush=True)
    floor = commit_floor(workspace)  # just before, as the disk's latency drifts
    # One burst of other work on a shared machine skews a run: both tools run RUNS times on
    # fresh projects and the median run is reported for each.
    runs = sorted((run_qda_app(workspace / f"qda_app_{number}", html_file, paragraphs, spans)
                   for number in range(RUNS)), key=lambda result: result.create_seconds)
    qda = runs[len(runs) // 2]
    qda.create_runs = [result.create_seconds for result in runs]
    floor["WAL after"] = commit_floor(workspace / "after", journals=("WAL",))["WAL"]  # the disk's latency drifts with its load
    floor["file write"] = file_write_floor(workspace)
    print(f"qda_app: {qda.created:,} quotations in {qda.create_seconds:.3f} s (median run)", flush=True)
    taguette = None
    if not args.skip_taguette:
        taguette = run_taguette(workspace / "taguette", html_file, paragraphs, spans)
        print(f"Taguette: {taguette.created:,} highlights in {taguette.create_seconds:.3f} s (median run)", flush=True)
    payload = print_report(qda, taguette, chars=chars, floor=floor)
    if args.profile:
        profiles = {name: cProfile.Profile() for name in ("creation", "codebook", "quotations")}
        run_qda_app(workspace / "qda_app_profiled", html_file, paragraphs, spans, profiles=profiles)
        for name, profile in profiles.items():
            print(f"\ncProfile of qda_app, {name} (exports: {EXPORT_REPEATS} runs):")
            print_profile(profile, args.profile_lines)
    return payload


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotations", type=int, default=1000)
    parser.add_argument("--chars", type=int, nargs="+", default=list(SIZES), help="transcript sizes to compare")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--skip-taguette", action="store_true", help="time qda_app only")
    parser.add_argument("--profile", action="store_true", help="also profile the qda_app side with cProfile")
    parser.add_argument("--profile-lines", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print it")
    args = parser.parse_args(argv)

    payloads = []
    workspace = Path(tempfile.mkdtemp(prefix="qda-vs-taguette-"))
    try:
        for chars in args.chars:
            payloads.append(compare_one_size(workspace / f"{chars}", chars, args))
        if len(payloads) > 1 and not args.skip_taguette:
            print("\nquotation creation, qda_app faster by (target >= 50x):")
            for payload in payloads:
                value = payload["ratios"]["creation"]
                ceiling = payload["bounds"]["creation_ceiling"]
                print(f"  {payload['chars'] / 1000:5.0f} KB: {value:7.1f}x  {verdict(value, TARGET_CREATION)}"
                      f"   (ceiling with a durable commit per quotation on this disk: {ceiling:.1f}x)")
        print(json.dumps(payloads, ensure_ascii=False))
    finally:
        if args.keep:
            print(f"kept {workspace}")
        else:
            import shutil

            shutil.rmtree(workspace, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
