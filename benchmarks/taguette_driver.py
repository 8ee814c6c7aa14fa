"""Taguette's side of compare_taguette.py, in-process: run by the Python of Taguette's own venv.

    /tmp/taguette-venv/bin/python benchmarks/taguette_driver.py JOB.json

Nothing of qda_app is imported here (Taguette's pinned dependencies live in their own venv).
The job names the HTML transcript, the paragraphs and spans, the tag paths, how many runs and
export repetitions, and a folder. Each run is a fresh SQLite database made by Taguette's own
``database.connect``; the document is converted by Taguette's own ``convert.to_html_chunks``
as its upload handler does. Each highlight is then created exactly as Taguette's
``HighlightAdd.post`` handler creates it (a session, the member and document query with the
contents, the tag check, ``extract.extract`` for the snippet, the highlight, its tags, the
Command row, one commit, durable in Taguette's journal mode), without tornado and HTTP around
it: the same kind of in-process call that qda_app's side times. The exports call Taguette's own
``export.codebook_xml`` and ``export.highlights_csv`` into a file. Prints one JSON line.
"""

from __future__ import annotations

import asyncio
import csv
import json
import statistics
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import undefer
from taguette import convert, database, export, extract
from taguette.main import DEFAULT_CONFIG

USER = "admin"


class _TextNodes(HTMLParser):
    """Concatenated text nodes, as Taguette's offsets (BeautifulSoup strings) count them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(contents: str) -> str:
    parser = _TextNodes()
    parser.feed(contents)
    parser.close()
    return "".join(parser.parts)


def locate(text: str, paragraphs: list[str]) -> list[int]:
    positions, cursor = [], 0
    for paragraph in paragraphs:
        found = text.find(paragraph, cursor)
        if found < 0:
            raise RuntimeError(f"paragraph not found in Taguette's text: {paragraph[:60]!r}")
        positions.append(found)
        cursor = found + len(paragraph)
    return positions


def set_up(url: str, job: dict) -> tuple[object, int, int, list[int], list[dict]]:
    """A project with the tags and the document, as the web handlers make them; the requests."""
    session_maker = database.connect(url)
    db = session_maker()
    user = database.User(login=USER)
    project = database.Project(name="benchmark", description="")
    db.add_all([user, project])
    db.add(database.ProjectMember(user=user, project=project, privileges=database.Privileges.ADMIN))
    tags = [database.Tag(project=project, path=path, description="") for path in job["tags"]]
    db.add_all(tags)
    html_file = Path(job["html"])
    contents = asyncio.run(convert.to_html_chunks(html_file.read_bytes(), "text/html", html_file.name,
                                                  DEFAULT_CONFIG))
    document = database.Document(name="Entrevista 0001", description="", filename=html_file.name,
                                 project=project, text_direction=database.TextDirection.LEFT_TO_RIGHT,
                                 contents=contents)
    db.add(document)
    db.flush()
    db.add(database.Command.document_add(USER, document))
    db.commit()
    project_id, document_id, tag_ids = project.id, document.id, [tag.id for tag in tags]
    text = html_text(contents)
    starts = locate(text, job["paragraphs"])
    byte_of: dict[int, int] = {}

    def to_bytes(position: int) -> int:  # Taguette's offsets are UTF-8 bytes of the text nodes
        if position not in byte_of:
            byte_of[position] = len(text[:position].encode("utf-8"))
        return byte_of[position]

    requests = []
    for paragraph, start, end, codes in job["spans"]:
        begin = starts[paragraph]
        requests.append({"start_offset": to_bytes(begin + start), "end_offset": to_bytes(begin + end),
                         "tags": [tag_ids[index] for index in codes]})
    db.close()
    return session_maker, project_id, document_id, tag_ids, requests


def add_highlight(session_maker, project_id: int, document_id: int, obj: dict) -> int:
    """Taguette 1.5's HighlightAdd.post, its database work line by line."""
    db = session_maker()
    try:
        member, document = (
            db.query(database.ProjectMember, database.Document)
            .join(database.Document, database.Document.project_id == project_id)
            .filter(database.Document.id == document_id)
            .filter(database.ProjectMember.user_login == USER)
            .filter(database.ProjectMember.project_id == project_id)
            .options(undefer(database.Document.contents))
            .one()
        )
        if not member.privileges.can_add_highlight():
            raise RuntimeError("unauthorized")
        start, end = obj["start_offset"], obj["end_offset"]
        new_tags = set(obj.get("tags", []))
        tags = (db.query(database.Tag).filter(database.Tag.id.in_(new_tags))
                .filter(database.Tag.project_id == document.project_id).all())
        if {tag.id for tag in tags} != new_tags:
            raise RuntimeError("no such tag")
        snippet = extract.extract(document.contents, start, end)
        if all(c in "\r\n\t" for c in snippet):
            raise RuntimeError("empty highlight")
        highlight = database.Highlight(document=document, start_offset=start, end_offset=end, snippet=snippet)
        db.add(highlight)
        db.flush()
        if new_tags:
            db.execute(database.highlight_tags.insert(),
                       [dict(highlight_id=highlight.id, tag_id=tag) for tag in sorted(new_tags)])
        command = database.Command.highlight_add(USER, document, highlight, sorted(new_tags))
        command.tag_count_changes = {tag: 1 for tag in obj.get("tags")}
        db.add(command)
        db.commit()
        db.refresh(command)
        return highlight.id
    finally:
        db.close()


def timed_median(action, repeats: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times), times


def write_codebook(session_maker, project_id: int, target: Path) -> None:
    db = session_maker()
    try:
        tags = list(db.query(database.Project).get(project_id).tags)
        with open(target, "w", encoding="utf-8") as out:
            export.codebook_xml(tags, out)
    finally:
        db.close()


def write_highlights(session_maker, project_id: int, target: Path) -> None:
    db = session_maker()
    try:
        with open(target, "w", encoding="utf-8", newline="") as out:
            export.highlights_csv(db, project_id, "", out)
    finally:
        db.close()


def exported_passages(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as handle:
        texts: dict[int, str] = {}
        for row in csv.DictReader(handle):
            texts.setdefault(int(row["id"]), row["content"])
    return [texts[key] for key in sorted(texts)]


def main() -> None:
    job = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    folder = Path(job["folder"])
    folder.mkdir(parents=True, exist_ok=True)
    result: dict = {"create_runs": []}
    for run in range(job["runs"]):
        session_maker, project_id, document_id, _, requests = set_up(
            f"sqlite:///{folder / f'taguette-{run}.sqlite3'}", job)
        began = time.perf_counter()
        for request in requests:
            add_highlight(session_maker, project_id, document_id, request)
        result["create_runs"].append(time.perf_counter() - began)
        result["created"] = len(requests)
    codebook, highlights = folder / "codebook.qdc", folder / "highlights.csv"
    result["codebook_s"], result["codebook_runs"] = timed_median(
        lambda: write_codebook(session_maker, project_id, codebook), job["export_repeats"])
    result["highlights_csv_s"], result["highlights_runs"] = timed_median(
        lambda: write_highlights(session_maker, project_id, highlights), job["export_repeats"])
    result["passages"] = exported_passages(highlights)
    db = session_maker()
    result["journal_mode"] = db.execute(text("PRAGMA journal_mode")).scalar()
    result["synchronous"] = db.execute(text("PRAGMA synchronous")).scalar()
    db.close()
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
