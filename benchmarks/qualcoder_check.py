"""Does QualCoder read our REFI-QDA export as we mean it? Imports the demo export into a real
QualCoder, headless, and compares every coded span and every memo.

    python3 benchmarks/qualcoder_check.py QUALCODER_SOURCE_FOLDER [--venv DIR] [--all-requirements]

QUALCODER_SOURCE_FOLDER is a checkout of https://github.com/ccbogel/QualCoder (free software,
not on PyPI, nothing of it is copied here). The script:

1. builds the demo project (the Puno study) and exports it with ``export_project``;
2. makes QualCoder's own virtual environment (``--venv``, default /tmp/qualcoder-venv; reused
   when present) and installs what its REFI import needs from its ``requirements.txt``. Its
   full list pulls torch, langchain, faiss and pyinstaller for the AI features and packaging
   (gigabytes); ``qualcoder.refi`` imports only PyQt6, pymupdf and Pillow (through
   ``color_selector`` and ``helpers``), so those lines are installed, with the version bounds
   the file gives. ``--all-requirements`` installs the whole file instead;
3. runs a small driver in that environment, with ``QT_QPA_PLATFORM=offscreen`` and a
   throw-away HOME: it creates an empty QualCoder project with the CREATE TABLE statements
   read at run time from QualCoder's ``__main__.py`` (its new-project method), answers the file
   dialog with our export, and calls ``RefiImport(app, log, "qdpx")`` - QualCoder's own
   import, unchanged. Then it dumps QualCoder's tables as JSON;
4. compares, and prints the figures: every coding of ours (document, code path, start, end)
   must be a QualCoder ``code_text`` row with the same text, and every memo of ours must be a
   QualCoder journal (or file, code or coding memo) with the same text.

Exit status 0 when every coded span and every memo arrived, 1 otherwise, 2 when QualCoder
could not be run (the reason is printed).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import venv
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REFI_IMPORT_NEEDS = ("pyqt6", "pymupdf", "pillow")

DRIVER = r'''
import ast, builtins, json, sqlite3, sys
from pathlib import Path

source_folder, qdpx, project_folder, output = sys.argv[1:5]
sys.path.insert(0, source_folder)
builtins._ = lambda text: text  # QualCoder installs gettext's _ in its main module

from PyQt6 import QtWidgets
application = QtWidgets.QApplication([])
try:
    import PyQt6.QtMultimedia, PyQt6.QtMultimediaWidgets  # noqa: F401
except ImportError as error:
    # Qt Multimedia needs the system's PulseAudio library; QualCoder's media player is not
    # used by a text import, so its module gets stand-ins when the library is missing.
    import types
    print(f"note: Qt Multimedia unavailable ({error}); media classes stubbed", file=sys.stderr)
    for name, classes in (("PyQt6.QtMultimedia", ("QMediaPlayer", "QAudioOutput")),
                          ("PyQt6.QtMultimediaWidgets", ("QVideoWidget",))):
        module = types.ModuleType(name)
        for cls in classes:
            setattr(module, cls, type(cls, (), {}))
        sys.modules[name] = module
import qualcoder.refi as refi

# An empty QualCoder project: the CREATE TABLE statements of its new-project method.
tree = ast.parse(Path(source_folder, "qualcoder", "__main__.py").read_text(encoding="utf-8"))
statements = []
for function in ast.walk(tree):
    if not isinstance(function, ast.FunctionDef):
        continue
    found = [node.value for node in ast.walk(function)
             if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    joined = []
    for call in ast.walk(function):
        if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "execute" and call.args:
            try:
                text = ast.literal_eval(call.args[0])
            except ValueError:
                continue
            if isinstance(text, str) and text.lstrip().upper().startswith("CREATE TABLE"):
                joined.append(text)
    if any("CREATE TABLE project" in text for text in joined):
        statements = joined
        break
if not statements:
    sys.exit("could not find QualCoder's new-project schema in __main__.py")
Path(project_folder).mkdir(parents=True)
for sub in ("images", "audio", "video", "documents"):
    Path(project_folder, sub).mkdir()
connection = sqlite3.connect(str(Path(project_folder, "data.qda")))
for statement in statements:
    connection.execute(statement)
columns = len(connection.execute("PRAGMA table_info(project)").fetchall())
connection.execute(f"INSERT INTO project (databaseversion, date, memo, about) VALUES (?,?,?,?)",
                   ("v17", "2024-01-01 00:00:00", "", "qualcoder_check"))
connection.commit()


class App:
    conn = connection
    project_path = project_folder
    settings = {"codername": "default", "directory": str(Path(project_folder).parent),
                "ai_enable": "False"}
    ai_models = []
    project_events = None

    def write_config_ini(self, *args):
        pass


class Quiet:
    def __init__(self, *args, **kwargs):
        pass

    def exec(self):
        return 0


refi.Message = Quiet
QtWidgets.QFileDialog.getOpenFileName = staticmethod(lambda *args, **kwargs: (qdpx, "*.qdpx"))
log = QtWidgets.QTextEdit()
refi.RefiImport(App(), log, "qdpx")


def rows(sql):
    cursor = connection.execute(sql)
    names = [item[0] for item in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


json.dump({
    "sources": rows("SELECT id, name, fulltext, memo FROM source"),
    "categories": rows("SELECT catid, name, supercatid, memo FROM code_cat"),
    "codes": rows("SELECT * FROM code_name"),
    "codings": rows("SELECT cid, fid, seltext, pos0, pos1, owner, memo FROM code_text"),
    "journals": rows("SELECT name, jentry FROM journal"),
    "annotations": rows("SELECT fid, pos0, pos1, memo FROM annotation"),
    "log": log.toPlainText(),
}, open(output, "w", encoding="utf-8"), ensure_ascii=False)
'''


def _requirements(source: Path, everything: bool) -> list[str]:
    lines = [line.split("#")[0].strip()
             for line in (source / "requirements.txt").read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line and not line.startswith("-")]
    if everything:
        return lines
    return [line for line in lines
            if re.split(r"[<>=!~ ;\[]", line, maxsplit=1)[0].lower() in REFI_IMPORT_NEEDS]


def _environment(folder: Path, requirements: list[str]) -> Path:
    python = folder / "bin" / "python"
    if not python.exists():
        print(f"creating QualCoder's environment in {folder}")
        venv.create(folder, with_pip=True)
    print("installing:", " ".join(requirements))
    subprocess.run([str(python), "-m", "pip", "install", "-q", *requirements], check=True)
    return python


def _our_side(folder: Path) -> tuple[Path, list[tuple], list[tuple[str, str, str]], dict]:
    """(export, codings as (document, code path, start, end, text, coder), memos, texts)."""
    from qda_app.services import codes as code_service
    from qda_app.services.demo import build_demo_project
    from qda_app.services.interop.project_export import export_project
    from qda_app.services.project import Project
    from qda_app.store import interop_queries as queries

    project_path = build_demo_project(folder / "demo.qdaproj")
    export = folder / "demo.qdpx"
    with Project.open(project_path) as project:
        report = export_project(project, export)
        db = project.database
        paths = {code.id: code.path for code in code_service.list_codes(project)}
        documents = {record.id: record for record in queries.document_records(db)}
        quotations = {record.id: record for record in queries.quotation_records(db)}
        coders = {row["id"]: row["name"] for row in db.rows("SELECT id, name FROM coders")}
        codings = []
        for row in db.rows("SELECT quotation_id, code_id, coder_id FROM codings"):
            quotation = quotations[row["quotation_id"]]
            document = documents[quotation.document_id]
            codings.append((document.name, paths[row["code_id"]], quotation.start, quotation.end,
                            document.text[quotation.start:quotation.end], coders[row["coder_id"]]))
        memos = []
        for memo in queries.memo_records(db):
            targets = db.rows("SELECT target_type FROM memo_links WHERE memo_id = ?", [memo.id])
            memos.append((memo.title, memo.text, ",".join(t["target_type"] for t in targets)))
        texts = {record.name: record.text for record in documents.values()}
    print(f"our export: {export.name}, {report.summary}")
    return export, codings, memos, texts


def _their_paths(dump: dict) -> dict[int, str]:
    categories = {row["catid"]: row for row in dump["categories"]}
    codes = {row["cid"]: row for row in dump["codes"]}

    def category_path(catid: int | None) -> list[str]:
        parts: list[str] = []
        while catid is not None and catid in categories:
            parts.insert(0, categories[catid]["name"])
            catid = categories[catid]["supercatid"]
        return parts

    def code_path(cid: int) -> list[str]:
        row = codes[cid]
        if row.get("supercid"):
            return code_path(row["supercid"]) + [row["name"]]
        return category_path(row["catid"]) + [row["name"]]

    return {cid: "::".join(code_path(cid)) for cid in codes}


def _compare(codings: list[tuple], memos: list[tuple[str, str, str]], texts: dict,
             dump: dict) -> bool:
    sources = {row["id"]: row for row in dump["sources"]}
    paths = _their_paths(dump)
    theirs = Counter()
    text_agrees = 0
    for row in dump["codings"]:
        source = sources[row["fid"]]
        span = source["fulltext"][row["pos0"]:row["pos1"]]
        text_agrees += span == row["seltext"]
        theirs[(source["name"], paths.get(row["cid"], "?"), row["pos0"], row["pos1"], span)] += 1
    # QualCoder keeps one coding per code, span and coder, and credits a selection's codings to
    # the selection's creator; spans are compared without the coder, attribution separately.
    ours = Counter({key[:5]: 1 for key in codings})
    arrived = sum(min(count, theirs[key]) for key, count in ours.items())
    missing = [key for key in ours if not theirs[key]]
    extra = [key for key in theirs if not ours[key]]
    same_text = sum(sources_text == texts.get(source["name"])
                    for source in sources.values() for sources_text in [source["fulltext"]])
    owners = Counter(row["owner"] for row in dump["codings"])
    their_owner = {}
    for row in dump["codings"]:
        source = sources[row["fid"]]
        span = source["fulltext"][row["pos0"]:row["pos1"]]
        their_owner.setdefault((source["name"], paths.get(row["cid"], "?"), row["pos0"], row["pos1"],
                                span), row["owner"])
    same_coder = sum(their_owner.get(key[:5]) == key[5] for key in codings)
    print(f"documents: ours {len(texts)}, QualCoder {len(sources)}, identical text {same_text}")
    print(f"codings (quotation x code x coder): ours {len(codings)}; distinct coded spans "
          f"(document, code, start, end): ours {len(ours)}, QualCoder {len(theirs)} rows")
    print(f"coded spans that arrived with the same text: {arrived} of {len(ours)}; "
          f"missing {len(missing)}, unexpected {len(extra)}; QualCoder's stored seltext equals "
          f"its text at the offsets in {text_agrees} of {len(dump['codings'])} rows")
    print(f"QualCoder's coders on the coded spans: {dict(owners)}; "
          f"the same coder as ours on {same_coder} of {len(codings)} codings")
    for key in missing[:5]:
        print("  missing:", key[:4], repr(key[4][:60]))
    for key in extra[:5]:
        print("  unexpected:", key[:4], repr(key[4][:60]))
    places = []
    for row in dump["journals"]:
        places.append(("journal", row["name"], row["jentry"] or ""))
    places += [("file memo", row["name"], row["memo"] or "") for row in dump["sources"]]
    places += [("code memo", row["name"], row["memo"] or "") for row in dump["codes"]]
    places += [("category memo", row["name"], row["memo"] or "") for row in dump["categories"]]
    found = 0
    for title, text, target in memos:
        where = [place for place, name, body in places if body.strip() == text.strip()]
        found += bool(where)
        print(f"  memo {title[:50]!r} (on {target or 'nothing'}): "
              + (f"in QualCoder as {where[0]}" if where else "NOT in QualCoder"))
    print(f"memos: ours {len(memos)}, found in QualCoder with the same text {found}")
    return arrived == len(ours) and not extra and found == len(memos)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("qualcoder", type=Path, help="QualCoder source folder (with requirements.txt and src/)")
    parser.add_argument("--venv", type=Path, default=Path(os.environ.get("QUALCODER_VENV", "/tmp/qualcoder-venv")))
    parser.add_argument("--all-requirements", action="store_true")
    options = parser.parse_args(argv)
    source = options.qualcoder.resolve()
    package = source / "src" if (source / "src" / "qualcoder").is_dir() else source
    if not (package / "qualcoder" / "refi.py").is_file():
        print(f"{source}: no qualcoder/refi.py here; give a QualCoder checkout", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="qualcoder-check-") as work:
        folder = Path(work)
        export, codings, memos, texts = _our_side(folder)
        try:
            python = _environment(options.venv, _requirements(source, options.all_requirements))
        except (subprocess.CalledProcessError, OSError) as error:
            print(f"could not install QualCoder's requirements: {error}", file=sys.stderr)
            return 2
        (folder / "driver.py").write_text(DRIVER, encoding="utf-8")
        home = folder / "home"
        home.mkdir()
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
                       "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PYTHONPATH": ""}
        run = subprocess.run([str(python), str(folder / "driver.py"), str(package), str(export),
                              str(folder / "imported.qda"), str(folder / "dump.json")],
                             env=environment, capture_output=True, text=True, timeout=900)
        for line in run.stderr.splitlines():
            if line.startswith("note:"):
                print(line)
        if run.returncode != 0 or not (folder / "dump.json").exists():
            print(f"QualCoder's import did not run (exit {run.returncode}):\n{run.stderr[-3000:]}",
                  file=sys.stderr)
            return 2
        dump = json.loads((folder / "dump.json").read_text(encoding="utf-8"))
        commit = subprocess.run(["git", "-C", str(source), "log", "-1", "--format=%h %cs"],
                                capture_output=True, text=True).stdout.strip()
        print(f"QualCoder {commit or source}: import log {len(dump['log'].splitlines())} lines")
        ok = _compare(codings, memos, texts, dump)
    print("RESULT:", "every coded span and memo arrived" if ok else "differences above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
