"""Export and import stream: many documents travel one at a time, and nothing is lost on the way.

The import reads the project file incrementally (refi_stream) and writes each source as it
ends; a file that puts its codes after its sources is read whole instead. The export writes
element by element, one document at a time (SourceStream). Every export in this folder is
validated against the vendored schema (conftest).
"""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from refi_support import guid, make_qdpx, project_xml

from qda_app.services import documents
from qda_app.services.codes import ensure_code_path
from qda_app.services.coding import add_coding, insert_quotation
from qda_app.services.interop import project_import, refi_stream
from qda_app.services.interop.import_losses import ImportWouldLoseData
from qda_app.services.interop.project_export import build_refi_project, export_project
from qda_app.services.interop.project_import import import_project
from qda_app.services.project import Project
from qda_app.store import coders as coder_store

DOCUMENTS = 40
QUOTATIONS_PER_DOCUMENT = 30


def _many(path: Path) -> Project:
    """40 documents, 1,200 quotations (some overlapping, 1-3 codes each, three coders)."""
    rng = random.Random(5)
    project = Project.create(path, coder="Ana")
    for number in range(1, DOCUMENTS + 1):
        words = " ".join(rng.choice(("agua", "canon", "obra", "niña", "São", "😀", "puente"))
                         for _ in range(400))
        documents.add_text_document(project, name=f"E{number:02d}", text=f"Entrevista {number}\n{words}")

    def code() -> None:
        codes = [ensure_code_path(project, f"Cat {c}::Sub {c}.{s}") for c in range(3) for s in range(4)]
        coders = [coder_store.ensure_coder(project.database, name) for name in ("Ana", "Beto", "Cira")]
        for document in documents.list_documents(project):
            for _ in range(QUOTATIONS_PER_DOCUMENT):
                start = rng.randrange(0, document.chars - 60)
                coder = rng.choice(coders)
                quotation = insert_quotation(project, document_id=document.id, start=start,
                                             end=start + rng.randint(5, 60), coder_id=coder)
                for code_id in rng.sample(codes, rng.choice((1, 2, 3))):
                    add_coding(project, quotation_id=quotation, code_id=code_id, coder_id=coder)

    project.execute("code", code)
    return project


def _contents(project: Project) -> dict[str, object]:
    """What must survive: documents, quotations (ID, span, creator) and codings (code, coder)."""
    connection = project.database.connection
    return {
        "documents": connection.execute(
            "SELECT guid, number, name, text FROM documents ORDER BY number").fetchall(),
        "quotations": connection.execute(
            """SELECT q.guid, d.number, q.number, q.start, q."end", c.name FROM quotations q
               JOIN documents d ON d.id = q.document_id JOIN coders c ON c.id = q.created_by
               ORDER BY q.guid""").fetchall(),
        "codings": connection.execute(
            """SELECT k.guid, q.guid, code.guid, c.name FROM codings k
               JOIN quotations q ON q.id = k.quotation_id JOIN codes code ON code.id = k.code_id
               JOIN coders c ON c.id = k.coder_id ORDER BY k.guid""").fetchall(),
    }


def test_many_documents_round_trip_through_the_streamed_import(tmp_path: Path, monkeypatch) -> None:
    with _many(tmp_path / "a.qdaproj") as original:
        export_project(original, tmp_path / "a.qdpx")  # validated against the schema
        expected = _contents(original)

    def whole_read(*_args, **_kwargs):
        raise AssertionError("a well-ordered file must not be read whole")

    monkeypatch.setattr(project_import, "read_qdpx", whole_read)
    report = import_project(tmp_path / "a.qdpx", tmp_path / "b.qdaproj")
    assert report.summary["documents"] == DOCUMENTS
    assert report.summary["quotations"] == DOCUMENTS * QUOTATIONS_PER_DOCUMENT
    with Project.open(tmp_path / "b.qdaproj") as imported:
        assert _contents(imported) == expected


def test_the_import_writes_its_pages_once_and_the_project_rests_in_write_ahead_log_mode(tmp_path: Path,
                                                                                        monkeypatch) -> None:
    import sqlite3

    from qda_app.store import interop_queries

    with _many(tmp_path / "a.qdaproj") as original:
        export_project(original, tmp_path / "a.qdpx")
    modes = []
    building = interop_queries.write_once_until_closed

    def recorded(db):
        building(db)
        modes.append(db.connection.execute("PRAGMA journal_mode").fetchone()[0])

    monkeypatch.setattr(interop_queries, "write_once_until_closed", recorded)
    import_project(tmp_path / "a.qdpx", tmp_path / "b.qdaproj")
    assert modes == ["delete"]  # while it is built: no write-ahead log to copy in again
    assert not (tmp_path / "b.qdaproj-wal").exists()
    with sqlite3.connect(tmp_path / "b.qdaproj") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # as every project rests
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()


def test_export_writes_every_document_and_matches_the_whole_model(tmp_path: Path) -> None:
    """Written one document at a time, the file holds what the model built at once holds."""
    from qda_app.services.interop.refi_reader import read_qdpx

    with _many(tmp_path / "a.qdaproj") as project:
        report = export_project(project, tmp_path / "a.qdpx")
        model, _ = build_refi_project(project)
    read, _ = read_qdpx(tmp_path / "a.qdpx")
    assert report.summary["documents"] == DOCUMENTS == len(read.sources)
    assert [source.text for source in read.sources] == [source.text for source in model.sources]
    assert ([[(item.guid, item.start, item.end, item.name, len(item.codings)) for item in source.selections]
             for source in read.sources]
            == [[(item.guid, item.start, item.end, item.name, len(item.codings)) for item in source.selections]
                for source in model.sources])
    with zipfile.ZipFile(tmp_path / "a.qdpx") as archive:
        texts = [name for name in archive.namelist() if name.startswith("sources/")]
    assert len(texts) == DOCUMENTS


def _codes_after_sources(*, code_guid: str) -> str:
    return project_xml(f"""
<Users><User guid="{guid(1)}" name="Ana"/></Users>
<Sources><TextSource guid="{guid(11)}" name="E1" plainTextPath="internal://{guid(11)}.txt">
 <PlainTextSelection guid="{guid(21)}" name="hola" startPosition="0" endPosition="4">
  <Coding guid="{guid(31)}" creatingUser="{guid(1)}"><CodeRef targetGUID="{code_guid}"/></Coding>
 </PlainTextSelection></TextSource></Sources>
<CodeBook><Codes><Code guid="{guid(41)}" name="Saludo" isCodable="true"/></Codes></CodeBook>""")


def test_codes_after_sources_are_read_whole_and_kept(tmp_path: Path, monkeypatch) -> None:
    path = make_qdpx(tmp_path / "late.qdpx", _codes_after_sources(code_guid=guid(41)),
                     {f"sources/{guid(11)}.txt": "hola mundo"})
    with pytest.raises(refi_stream.OutOfOrder):
        refi_stream.stream_qdpx(path, begin=lambda users, codes: None, add_source=lambda source: None)
    report = import_project(path, tmp_path / "p.qdaproj")
    assert report.summary["codings"] == 1
    with Project.open(tmp_path / "p.qdaproj") as project:
        assert project.database.scalar("SELECT count(*) FROM codings") == 1


def test_a_loss_found_late_in_the_stream_refuses_and_leaves_nothing(tmp_path: Path) -> None:
    body = f"""
<Users><User guid="{guid(1)}" name="Ana"/></Users>
<CodeBook><Codes><Code guid="{guid(41)}" name="Saludo" isCodable="true"/></Codes></CodeBook>
<Sources>
<TextSource guid="{guid(11)}" name="E1" plainTextPath="internal://{guid(11)}.txt">
 <PlainTextSelection guid="{guid(21)}" startPosition="0" endPosition="4">
  <Coding guid="{guid(31)}"><CodeRef targetGUID="{guid(41)}"/></Coding></PlainTextSelection></TextSource>
<TextSource guid="{guid(12)}" name="E2" plainTextPath="internal://{guid(12)}.txt">
 <PlainTextSelection guid="{guid(22)}" startPosition="0" endPosition="4">
  <Coding guid="{guid(32)}"><CodeRef targetGUID="{guid(99)}"/></Coding></PlainTextSelection></TextSource>
</Sources>"""
    path = make_qdpx(tmp_path / "late.qdpx", project_xml(body),
                     {f"sources/{guid(11)}.txt": "hola mundo", f"sources/{guid(12)}.txt": "chau mundo"})
    with pytest.raises(ImportWouldLoseData) as refused:
        import_project(path, tmp_path / "p.qdaproj")
    assert [entry.fields.get("target") for entry in refused.value.lost] == [guid(99)]
    assert sorted(item.name for item in tmp_path.iterdir()) == ["late.qdpx"]
    report = import_project(path, tmp_path / "p.qdaproj", accept_losses=True)
    assert report.summary["quotations"] == 2 and report.summary["codings"] == 1
