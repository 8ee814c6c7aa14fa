"""The built-in demo project: the Puno study's code system, transcripts and coding.

Transcripts ship with their quotations marked inline as ``[[KEY|passage]]`` (KEY = the
subcategory's key, e.g. ``1.1``); a passage may hold one quotation of another subcategory,
``{{KEY|passage}}``, so that the demo has overlapping quotations (co-occurrence). Quotations
are numbered in order of position, so the published citations ("cita 6:2") point at the same
passages here, and the cited ones carry the text the paper prints (``puno_study_quotations.csv``;
where the paper shortens a quotation with "[…]", that excerpt is stored for the tables).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from qda_app.core.errors import OutputRefused, ProjectExists, QdaError
from qda_app.services.atomic_files import building_project, check_input, remove_with_companions, temporary_name
from qda_app.services.coding import add_coding, insert_quotation
from qda_app.services.command_names import command_name
from qda_app.services.demo_network import add_figure_network
from qda_app.services.documents import NewDocument, insert_new_document
from qda_app.services.project import Project, default_coder_name
from qda_app.store import codes as code_store
from qda_app.store import coders as coder_store
from qda_app.services.excerpts import ELLIPSIS
from qda_app.store import excerpts as excerpt_store
from qda_app.store import groups as group_store
from qda_app.store import memos as memo_store
from qda_app.store import quotations as quotation_store
from qda_app.store.database import new_guid, utc_now
from qda_app.store.file_kinds import is_project_file
from qda_app.store.lock import ProjectLock
from qda_app.store.opening import open_database
from qda_app.resources_path import resource

INNER_MARKER = re.compile(r"\{\{(\d+\.\d+)\|([^\[\]{}|]+)\}\}")
MARKER = re.compile(r"\[\[(\d+\.\d+)\|((?:[^\[\]{}|]|\{\{\d+\.\d+\|[^\[\]{}|]+\}\})+)\]\]")
STUDY_CODEBOOK = "puno_study_codebook.csv"
DEMO_MARK = "demo_project"  # a project_info key: this file is the demo, which demo --force may replace
STUDY_QUOTATIONS = "puno_study_quotations.csv"


@dataclass(frozen=True)
class MarkedPassage:
    key: str
    start: int
    end: int


def strip_markers(marked: str) -> tuple[str, list[MarkedPassage]]:
    """Plain text and the passages' code-point ranges in it, in order of position (an outer
    passage before the inner one it holds)."""
    marked = unicodedata.normalize("NFC", marked.replace("\r\n", "\n"))
    pieces: list[str] = []
    passages: list[MarkedPassage] = []
    position = cursor = 0
    for match in MARKER.finditer(marked):
        before = marked[cursor : match.start()]
        pieces.append(before)
        position += len(before)
        passage, inner = _strip_inner(match.group(2), position)
        passages.append(MarkedPassage(match.group(1), position, position + len(passage)))
        passages.extend(inner)
        pieces.append(passage)
        position += len(passage)
        cursor = match.end()
    pieces.append(marked[cursor:])
    return "".join(pieces), passages


def _strip_inner(passage: str, offset: int) -> tuple[str, list[MarkedPassage]]:
    pieces: list[str] = []
    inner: list[MarkedPassage] = []
    position, cursor = offset, 0
    for match in INNER_MARKER.finditer(passage):
        before = passage[cursor : match.start()]
        pieces.append(before)
        position += len(before)
        text = match.group(2)
        inner.append(MarkedPassage(match.group(1), position, position + len(text)))
        pieces.append(text)
        position += len(text)
        cursor = match.end()
    pieces.append(passage[cursor:])
    return "".join(pieces), inner


def default_demo_path() -> Path:
    folder = user_data_folder() / "qda_app"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "demo-puno.qdaproj"


def user_data_folder() -> Path:
    """Where this system keeps programs' data for the user: the folder Qt's
    GenericDataLocation names, so the command line and the program window agree."""
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def study_table() -> list[dict[str, str]]:
    """The published code system with groundedness and cited quotation IDs."""
    with resource("demo", STUDY_CODEBOOK).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def study_quotations() -> list[dict[str, str]]:
    """The quotations the paper prints: id (D:Q), table, subcategory and the printed text."""
    with resource("demo", STUDY_QUOTATIONS).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def build_demo_project(path: Path, *, replace: bool = False) -> Path:
    """Write the demo project at ``path``, whole or not at all.

    ``replace`` replaces an earlier demo project there, and only that: any other file (a
    thesis, another study) is refused, and a demo that a program holds open is refused too
    (its writer lock is taken for the swap, as a restore does).
    """
    path = Path(path)
    check_input(path)
    if not os.path.lexists(path):
        with building_project(path, overwrite=False) as temporary:
            _build(temporary)
        return path
    if not replace:
        raise ProjectExists(path=str(path))
    if not is_demo_project(path):
        raise OutputRefused(file=str(path), reason="project" if is_project_file(path) else "exists",
                            problem="not_a_demo")
    lock = ProjectLock(path, holder=default_coder_name(), program="qda-app (demo)")
    temporary = temporary_name(path, "building")
    try:
        lock.acquire()
        _build(temporary)
        remove_with_companions_except(temporary)
        lock.verify()
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(temporary, path)
    finally:
        remove_with_companions(temporary)
        lock.release()
    return path


def is_demo_project(path: Path) -> bool:
    if not is_project_file(path):
        return False
    try:
        database = open_database(path, read_only=True, check_integrity=False)
    except QdaError:
        return False
    try:
        return coder_store.get_setting(database, DEMO_MARK) is not None or \
            coder_store.get_setting(database, "name") == _demo_name()
    finally:
        database.close()


def _demo_name() -> str:
    codebook = json.loads((resource("demo") / "codebook.json").read_text(encoding="utf-8"))
    return codebook["project"]["name"]


def remove_with_companions_except(temporary: Path) -> None:
    """After a clean close: the built file's own journal and lock, never the file."""
    for suffix in ("-wal", "-shm", ".lock"):
        Path(f"{temporary}{suffix}").unlink(missing_ok=True)


def _build(path: Path) -> None:
    demo = resource("demo")
    codebook = json.loads((demo / "codebook.json").read_text(encoding="utf-8"))
    documents = json.loads((demo / "documents.json").read_text(encoding="utf-8"))
    memos = json.loads((demo / "memos.json").read_text(encoding="utf-8")) if (demo / "memos.json").exists() else []
    lead = documents[0]["coder"]
    project = Project.create(path, coder=lead, name=codebook["project"]["name"])
    try:
        project.execute(command_name("build_demo"), lambda: _fill(project, demo, codebook, documents, memos), undoable=False)
    finally:
        project.close()


def _fill(project: Project, demo: Path, codebook: dict, documents: list[dict], memos: list[dict]) -> None:
    db = project.database
    coder_store.set_setting(db, "description", codebook["project"].get("description", ""))
    coder_store.set_setting(db, DEMO_MARK, "1")
    code_ids: dict[str, int] = {}
    ids_by_name: dict[str, int] = {}
    now = utc_now()
    for order, category in enumerate(codebook["categories"]):
        category_id = code_store.insert_code(db, _code_values(project, None, category, order, now))
        ids_by_name[category["name"]] = category_id
        for sub_order, sub in enumerate(category["subcategories"]):
            sub_id = code_store.insert_code(db, _code_values(project, category_id, sub, sub_order, now))
            code_ids[sub["key"]] = sub_id
            ids_by_name[sub["name"]] = sub_id
    numbers: dict[int, int] = {}
    for entry in documents:
        marked = (demo / entry["file"]).read_text(encoding="utf-8")
        text, passages = strip_markers(marked)
        data = text.encode("utf-8")
        document_id = insert_new_document(
            project,
            NewDocument(
                name=entry["name"], text=text, original_name=Path(entry["file"]).name,
                original_size=len(data), sha256=hashlib.sha256(data).hexdigest(),
            ),
            groups=[entry["group"]],
        )
        numbers[entry["number"]] = document_id
        for name, value in entry.get("attributes", {}).items():
            group_store.set_attribute(db, document_id, name, str(value))
        coder_id = coder_store.ensure_coder(db, entry["coder"])
        for passage in passages:
            quotation_id = insert_quotation(
                project, document_id=document_id, start=passage.start, end=passage.end, coder_id=coder_id
            )
            add_coding(project, quotation_id=quotation_id, code_id=code_ids[passage.key], coder_id=coder_id)
    _mark_representatives(project, ids_by_name, numbers)
    _store_printed_excerpts(project, numbers)
    _add_memos(project, memos, ids_by_name, numbers)
    add_figure_network(project, codebook, ids_by_name)


def _code_values(project: Project, parent_id: int | None, entry: dict, order: int, now: str) -> dict:
    return {
        "guid": new_guid(), "parent_id": parent_id, "name": entry["name"], "color": entry["color"].lower(),
        "description": entry.get("description", ""), "sort_order": order,
        "created_by": project.coder_id(), "created_at": now, "modified_at": now,
    }


def _mark_representatives(project: Project, ids_by_name: dict[str, int], numbers: dict[int, int]) -> None:
    db = project.database
    for row in study_table():
        for citation in filter(None, row["representative_quotes"].split(";")):
            document_number, quotation_number = (int(part) for part in citation.split(":"))
            quotation_id = quotation_store.find_by_number(db, numbers[document_number], quotation_number)
            quotation_store.insert_representative(
                db,
                {"code_id": ids_by_name[row["subcategory"]], "quotation_id": quotation_id,
                 "created_by": project.coder_id(), "created_at": utc_now()},
            )


def _store_printed_excerpts(project: Project, numbers: dict[int, int]) -> None:
    """Where the paper shortens a quotation ("[…]"), the tables print the same excerpt."""
    for row in study_quotations():
        if ELLIPSIS in row["text"]:
            quotation_id = quotation_store.find_by_number(
                project.database, numbers[int(row["document"])], int(row["quotation"])
            )
            excerpt_store.set_excerpt(project.database, quotation_id, row["text"])


def _add_memos(project: Project, memos: list[dict], ids_by_name: dict[str, int], numbers: dict[int, int]) -> None:
    db = project.database
    for memo in memos:
        now = utc_now()
        memo_id = memo_store.insert_memo(
            db, {"guid": new_guid(), "title": memo["title"], "text": memo["text"],
                 "author_id": project.coder_id(), "created_at": now, "modified_at": now},
        )
        target = memo.get("target", "project")
        if isinstance(target, dict) and "code" in target:
            memo_store.link_memo(db, memo_id, "code", ids_by_name[target["code"]])
        elif isinstance(target, dict) and "document" in target:
            memo_store.link_memo(db, memo_id, "document", numbers[int(target["document"])])
        else:
            memo_store.link_memo(db, memo_id, "project", None)
