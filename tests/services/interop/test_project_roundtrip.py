"""A project built through the services survives export -> import field by field.

What REFI-QDA cannot carry, and so this test does not expect back:
- representative marks (no element for them): the export report lists them;
- who created a code and when (Code has no creator/date), the original file's name, size
  and sha256 (sources only have a path to their text);
- empty groups (a Set needs no members but then says nothing about being a code or a
  document group; we leave them out and list them).
Code relations do travel, as Links between two codes (direction OneWay), and quotation
numbers with gaps travel in the "qda_app quotation IDs" note (see quotation_ids.py).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from refi_support import CODEBOOK_XSD, PROJECT_XSD

from qda_app.services import codes as code_service
from qda_app.services import coding, documents, memos
from qda_app.services.commands import History
from qda_app.services.interop.codebook_import import import_codebook
from qda_app.services.interop.project_export import export_codebook, export_project
from qda_app.services.interop.project_import import import_project
from qda_app.services.project import Project
from qda_app.store import coders as coder_store
from qda_app.store import documents as document_store
from qda_app.store import groups as group_store
from qda_app.store import quotations as quotation_store

TEXT_1 = "Entrevista con Zoë 😀: la niña dijo «sí» 👍🏽.\nDespués, en São Paulo, habló del café ☕.\n"
TEXT_2 = "Notas de campo: 𝄞 música en Puno, ñandú y coração.\n"


def _span(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def build_rich(path: Path) -> Project:
    project = Project.create(path, coder="Ana", name="Estudio ñ")
    documents.add_text_document(project, name="Entrevista 1 – Zoë", text=TEXT_1, group="Alcaldes")
    documents.add_text_document(project, name="Notas 😀", text=TEXT_2, group="Campo")
    documents.add_to_group(project, numbers=[1, 2], group="Todos")
    documents.set_attribute(project, number=1, name="Edad", value="34")
    documents.set_attribute(project, number=1, name="Género", value="mujer")
    documents.set_attribute(project, number=2, name="Edad", value="51")
    code_service.create_code(project, path="Emociones", color="#ff8800",
                             description="Categoría: sentimientos")
    code_service.create_code(project, path="Emociones::Alegría 😀", color="#00aa33",
                             description="Definición con «comillas»")
    code_service.create_code(project, path="Lugares", color="#123456")
    a = _span(TEXT_1, "la niña dijo «sí» 👍🏽")
    coding.code_span(project, document=1, start=a[0], end=a[1], codes=["Emociones::Alegría 😀"],
                     comment="Tono irónico ✓")
    b = _span(TEXT_1, "dijo «sí» 👍🏽.\nDespués")  # overlaps the first
    coding.code_span(project, document=1, start=b[0], end=b[1], codes=["Lugares"], coder="Zoë")
    c = _span(TEXT_1, "São Paulo")
    coding.code_span(project, document=1, start=c[0], end=c[1], codes=["Lugares"])  # 1:3, deleted
    d = _span(TEXT_1, "café ☕")
    coding.code_span(project, document=1, start=d[0], end=d[1], codes=["Emociones::Alegría 😀"])
    coding.code_quotation(project, quotation="1:4", codes=["Emociones::Alegría 😀"], coder="Zoë")
    coding.delete_quotation(project, quotation="1:3")
    e = _span(TEXT_2, "𝄞 música")
    coding.code_span(project, document=2, start=e[0], end=e[1], codes=["Emociones"], coder="Zoë")
    code_service.relate_codes(project, source="Lugares", target="Emociones::Alegría 😀",
                              name="is cause of")
    coding.mark_representative(project, quotation="1:1", code="Emociones::Alegría 😀")
    project.execute("group codes", lambda: group_store.add_member(
        project.database, group_store.ensure_group(project.database, "code", "Afectos"),
        code_service.lookup.code_id(project, "Emociones::Alegría 😀")))
    memos.create_memo(project, title="Diario", text="Proyecto 🙂\nsegunda línea")
    memos.create_memo(project, title="Sobre la entrevista", text="Larga.", target_type="document",
                      target=1)
    memos.create_memo(project, title="Definición", text="Alegría…", target_type="code",
                      target="Emociones::Alegría 😀")
    memos.create_memo(project, title="Cita", text="¿ironía?", target_type="quotation",
                      target="1:1")
    return project


def snapshot(project: Project) -> dict:
    """Everything REFI-QDA carries, keyed by what people see (numbers, paths, names)."""
    db = project.database
    docs = documents.list_documents(project)
    by_doc_id = {doc.id: doc for doc in docs}
    code_list = code_service.list_codes(project)
    path_of = {code.id: code.path for code in code_list}
    quotations = coding.list_quotations(project)
    qid = {q.id: q.quotation_id for q in quotations}
    coder_of = {c.id: c.name for c in coder_store.list_coders(db)}

    def target(link) -> object:
        if link.target_type == "document":
            return by_doc_id[link.target_id].number
        if link.target_type == "code":
            return path_of[link.target_id]
        if link.target_type == "quotation":
            return qid[link.target_id]
        return None

    return {
        "documents": [(d.number, d.name, documents.document_text(project, d.number), d.guid,
                       d.groups) for d in docs],
        "codes": [(c.path, c.color, c.description, c.guid) for c in code_list],
        "quotations": [(q.quotation_id, q.start, q.end, q.text, q.comment, q.created_by, q.guid,
                        q.created_at) for q in quotations],
        "codings": sorted((qid[k.quotation_id], path_of[k.code_id], k.coder, k.created_at, k.guid)
                          for k in quotation_store.list_codings(db)),
        "coders": sorted((c.name, c.guid) for c in coder_store.list_coders(db)),
        "memos": sorted((m.guid, m.title, m.text, m.author,
                         tuple((link.target_type, target(link)) for link in m.links))
                        for m in memos.list_memos(project)),
        "code_groups": [(g.name, g.guid, sorted(path_of[m] for m in g.members))
                        for g in group_store.list_groups(db, "code")],
        "document_groups": [(g.name, g.guid, sorted(by_doc_id[m].number for m in g.members))
                            for g in group_store.list_groups(db, "document")],
        "attributes": documents.document_attributes(project),
        "relations": [(path_of[r.source_code_id], path_of[r.target_code_id], r.name, r.guid)
                      for r in code_store_relations(project)],
        "next_numbers": [document_store.next_quotation_number(db, d.id) for d in docs],
        "coder_of_ids": sorted(coder_of.values()),
    }


def code_store_relations(project: Project):
    from qda_app.store import codes as code_store

    return code_store.list_relations(project.database)


@pytest.fixture
def exchanged(tmp_path):
    original = build_rich(tmp_path / "original.qdaproj")
    report = export_project(original, tmp_path / "out.qdpx")
    before = snapshot(original)
    original.close()
    import_report = import_project(tmp_path / "out.qdpx", tmp_path / "copy.qdaproj")
    copy = Project.open(tmp_path / "copy.qdaproj", read_only=True)
    yield before, snapshot(copy), report, import_report, tmp_path
    copy.close()


def test_everything_refi_can_carry_comes_back(exchanged):
    before, after, _, _, _ = exchanged
    assert [q[0] for q in before["quotations"]] == ["1:1", "1:2", "1:4", "2:1"]  # the gap
    for key in before:
        assert after[key] == before[key], key


def test_report_lists_what_cannot_travel(exchanged):
    _, _, export_report, import_report, _ = exchanged
    lost = [entry.fields for entry in export_report.of_kind("not_exported")]
    assert {"what": "representatives", "count": 1} in lost
    assert export_report.of_kind("id_table")  # the numbering gap forced the ID table
    assert import_report.summary["quotations"] == 4
    assert import_report.summary["codings"] == 5
    assert import_report.summary["memos"] == 4  # the ID table is not a memo


def test_contiguous_numbering_needs_no_id_table(tmp_path):
    project = Project.create(tmp_path / "p.qdaproj", coder="Ana")
    documents.add_text_document(project, name="E", text=TEXT_2)
    coding.code_span(project, document=1, start=0, end=5, codes=["A"])
    report = export_project(project, tmp_path / "p.qdpx")
    project.close()
    assert not report.of_kind("id_table")
    assert b"qda_app quotation IDs" not in zipfile.ZipFile(tmp_path / "p.qdpx").read("project.qde")


def test_source_text_is_byte_identical(exchanged):
    *_, tmp_path = exchanged
    with zipfile.ZipFile(tmp_path / "out.qdpx") as archive:
        qde = archive.read("project.qde").decode("utf-8")
        texts = {archive.read(name) for name in archive.namelist() if name.startswith("sources/")
                 and f'<TextSource guid="{name[8:-4]}"' in qde}
    assert texts == {TEXT_1.encode("utf-8"), TEXT_2.encode("utf-8")}


def test_export_validates_against_the_schemas(tmp_path):
    import xmlschema

    project = build_rich(tmp_path / "p.qdaproj")
    export_project(project, tmp_path / "p.qdpx")
    export_codebook(project, tmp_path / "p.qdc")
    project.close()
    qde = zipfile.ZipFile(tmp_path / "p.qdpx").read("project.qde")
    xmlschema.XMLSchema(str(PROJECT_XSD)).validate(qde.decode("utf-8"))
    xmlschema.XMLSchema(str(CODEBOOK_XSD)).validate(str(tmp_path / "p.qdc"))
    assert b'isCodable="false"' not in qde  # "Emociones" holds a coding of its own (2:1)


def test_import_refuses_an_existing_target_and_leaves_it_alone(tmp_path):
    project = build_rich(tmp_path / "p.qdaproj")
    export_project(project, tmp_path / "p.qdpx")
    project.close()
    from qda_app.core.errors import ProjectExists

    before = (tmp_path / "p.qdaproj").read_bytes()
    with pytest.raises(ProjectExists):
        import_project(tmp_path / "p.qdpx", tmp_path / "p.qdaproj")
    assert (tmp_path / "p.qdaproj").read_bytes() == before


def test_codebook_merges_by_guid_then_path_and_undoes(tmp_path):
    source = build_rich(tmp_path / "a.qdaproj")
    code_service.create_code(source, path="Lugares::Rural", description="campo")
    export_codebook(source, tmp_path / "a.qdc")
    source.close()
    target = Project.create(tmp_path / "b.qdaproj", coder="Luis")
    code_service.create_code(target, path="Lugares", color="#000000")  # same path, other GUID
    history = History(target)
    report = import_codebook(target, tmp_path / "a.qdc")
    found = {code.path: code for code in code_service.list_codes(target)}
    assert found["Lugares"].color == "#000000"  # ours kept
    assert found["Lugares::Rural"].description == "campo"
    assert found["Emociones::Alegría 😀"].color == "#00aa33"
    assert report.summary["codes_matched_by_path"] == 1
    assert report.summary["codes_created"] == 3
    assert [g.name for g in group_store.list_groups(target.database, "code")] == ["Afectos"]
    again = import_codebook(target, tmp_path / "a.qdc")  # now every code matches by GUID
    assert again.summary["codes_matched_by_guid"] == 3 and again.summary["codes_created"] == 0
    history.undo()
    history.undo()
    assert [code.path for code in code_service.list_codes(target)] == ["Lugares"]
    target.close()


def test_non_text_sources_are_listed_not_dropped(tmp_path):
    from refi_support import make_qdpx, project_xml

    body = ('<Sources><TextSource guid="3f2b9c1d-2222-4a6b-8c0d-000000000011" name="T" '
            'plainTextPath="internal://t.txt"/>'
            '<PictureSource guid="3f2b9c1d-2222-4a6b-8c0d-000000000012" name="Foto" '
            'path="internal://f.jpg"/>'
            '<AudioSource guid="3f2b9c1d-2222-4a6b-8c0d-000000000013" name="Audio" '
            'path="internal://a.mp3"/></Sources>')
    make_qdpx(tmp_path / "m.qdpx", project_xml(body), {"sources/t.txt": "hola"})
    from qda_app.services.interop.import_losses import ImportWouldLoseData

    with pytest.raises(ImportWouldLoseData) as refused:  # pictures and audio cannot be documents
        import_project(tmp_path / "m.qdpx", tmp_path / "m.qdaproj")
    assert {entry.fields["name"] for entry in refused.value.lost} == {"Foto", "Audio"}
    assert not (tmp_path / "m.qdaproj").exists()
    report = import_project(tmp_path / "m.qdpx", tmp_path / "m.qdaproj", accept_losses=True)
    listed = {(entry.fields["name"], entry.fields["source_kind"])
              for entry in report.of_kind("non_text_source")}
    assert listed == {("Foto", "picture"), ("Audio", "audio")}
    assert report.summary["documents"] == 1
