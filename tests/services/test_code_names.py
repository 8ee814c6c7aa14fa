"""Code names compare by Unicode case folding of the NFC form with whitespace collapsed,
everywhere a name is looked up; duplicates already in a project merge only when asked."""

from __future__ import annotations

import unicodedata

import pytest

from qda_app.core.errors import DuplicateName
from qda_app.core.numbering import code_path_key, name_key
from qda_app.services import agreement, code_duplicates, coding, documents
from qda_app.services import codes as code_service
from qda_app.services.commands import History
from qda_app.services.interop.codebook_import import import_codebook
from qda_app.services.interop.project_export import export_codebook
from qda_app.services.merge import merge_project
from qda_app.services.project import Project
from qda_app.store import codes as code_store
from qda_app.store.database import new_guid, utc_now
from tests.conftest import snapshot

TEXT = "La gestión fue un éxito rotundo según el alcalde, y la acción comunal también.\n"
NFD = unicodedata.normalize("NFD", "Acción::Éxito")


def test_name_key() -> None:
    assert name_key("Éxito") == name_key("éxito") == name_key(unicodedata.normalize("NFD", "ÉXITO"))
    assert name_key("  Viajes   a\tLima ") == name_key("viajes a lima")
    assert name_key("Straße") == name_key("STRASSE")  # full Unicode folding, not ASCII only
    assert name_key("Éxito") != name_key("Exito")  # accents still count
    assert code_path_key("Acción::Éxito") == code_path_key(NFD.lower())


def _code_ids(project: Project) -> dict[str, int]:
    return {code.path: code.id for code in code_service.list_codes(project)}


def test_coding_with_another_spelling_uses_the_same_code(project: Project) -> None:
    documents.add_text_document(project, name="E01", text=TEXT)
    coding.code_span(project, document=1, start=0, end=10, codes=["Acción::Éxito"])
    coding.code_span(project, document=1, start=18, end=23, codes=["acción::éxito"], coder="Luis")
    coding.code_span(project, document=1, start=24, end=31, codes=[NFD.upper()], coder="Rosa")
    assert list(_code_ids(project)) == ["Acción", "Acción::Éxito"]
    created = code_service.create_code(project, path="ACCIÓN :: ÉXITO", description="logro")
    assert created.path == "Acción::Éxito"
    assert code_service.codings_below(project, path="accion::exito".replace("o", "ó", 1)
                                      .replace("e", "é", 1)) == 3


def test_names_are_stored_composed(project: Project) -> None:
    code = code_service.create_code(project, path=unicodedata.normalize("NFD", "Reunión"))
    assert code.name == "Reunión" and len(code.name) == 7


def test_rename_and_move_refuse_a_sibling_with_the_same_name(project: Project) -> None:
    code_service.create_code(project, path="Acción::Éxito")
    code_service.create_code(project, path="Acción::Fracaso")
    code_service.create_code(project, path="éxito")
    with pytest.raises(DuplicateName):
        code_service.rename_code(project, path="Acción::Fracaso", new_name="ÉXITO")
    with pytest.raises(DuplicateName):
        code_service.move_code(project, path="éxito", new_parent="acción")


def test_codebook_import_matches_names_by_key(project: Project, tmp_path) -> None:
    code_service.create_code(project, path=NFD)
    export_codebook(project, tmp_path / "a.qdc")
    with Project.create(tmp_path / "b.qdaproj", coder="Luis") as other:
        code_service.create_code(other, path="acción::éxito")
        report = import_codebook(other, tmp_path / "a.qdc")
        assert report.summary["codes_created"] == 0
        assert report.summary["codes_matched_by_path"] == 2
        assert list(_code_ids(other)) == ["acción", "acción::éxito"]


def test_merging_a_coders_copy_matches_codes_by_key(project: Project, tmp_path) -> None:
    documents.add_text_document(project, name="E01", text=TEXT)
    coding.code_span(project, document=1, start=0, end=10, codes=["Acción::Éxito"])
    with Project.create(tmp_path / "copy.qdaproj", coder="Luis") as copy:
        documents.add_text_document(copy, name="E01", text=TEXT)
        coding.code_span(copy, document=1, start=18, end=23, codes=["ACCIÓN::éxito"])
    report = merge_project(project, other=tmp_path / "copy.qdaproj")
    assert report.codes_added == []
    assert list(_code_ids(project)) == ["Acción", "Acción::Éxito"]
    assert code_service.codings_below(project, path="Acción::Éxito") == 2


def _insert_duplicate(project: Project, *, parent: str | None, name: str) -> int:
    """A second code with a name equal by key, as older versions allowed."""
    db = project.database
    parent_id = _code_ids(project)[parent] if parent else None
    return project.execute("insert", lambda: code_store.insert_code(db, {
        "guid": new_guid(), "parent_id": parent_id, "name": name, "color": "#123456",
        "description": "", "sort_order": code_store.next_sort_order(db, parent_id),
        "created_by": project.coder_id(), "created_at": utc_now(), "modified_at": utc_now()}))


@pytest.fixture
def duplicated(project: Project) -> Project:
    documents.add_text_document(project, name="E01", text=TEXT)
    coding.code_span(project, document=1, start=0, end=10, codes=["Acción::Éxito"])
    coding.code_span(project, document=1, start=0, end=10, codes=["Acción::Logro"], coder="Luis")
    second = _insert_duplicate(project, parent=None, name="ACCIÓN")
    db = project.database
    project.execute("insert", lambda: code_store.insert_code(db, {
        "guid": new_guid(), "parent_id": second, "name": "éxito", "color": "#123456",
        "description": "el mismo", "sort_order": 0, "created_by": project.coder_id(),
        "created_at": utc_now(), "modified_at": utc_now()}))
    project.execute("recode", lambda: code_store.reassign_code(
        db, source_id=_code_ids(project)["Acción::Logro"], target_id=_code_ids(project)["ACCIÓN::éxito"]))
    project.execute("drop", lambda: code_store.delete_code_row(db, _code_ids(project)["Acción::Logro"]))
    return project


def test_existing_duplicates_give_agreement_as_one_code(duplicated: Project) -> None:
    spans = agreement.coded_spans(duplicated)
    assert {span.code for span in spans} == {"Acción::Éxito"}
    result = agreement.compute_agreement(duplicated, coders=["Ana", "Luis"])
    assert list(result.codes) == ["Acción::Éxito"]
    assert result.codes["Acción::Éxito"].alpha_binary.value == pytest.approx(1.0)


def test_duplicates_are_listed_and_merged_only_when_asked(duplicated: Project) -> None:
    found = code_duplicates.find_duplicate_codes(duplicated)
    assert found == [code_duplicates.DuplicateCodes("Acción", ("ACCIÓN",)),
                     code_duplicates.DuplicateCodes("Acción::Éxito", ("ACCIÓN::éxito",))]
    assert len(_code_ids(duplicated)) == 4  # nothing merged by looking
    before = snapshot(duplicated)
    history = History(duplicated)
    merged = code_duplicates.merge_duplicate_codes(duplicated)
    assert merged == found
    assert list(_code_ids(duplicated)) == ["Acción", "Acción::Éxito"]
    assert code_service.codings_below(duplicated, path="Acción::Éxito") == 2
    (code,) = [code for code in code_service.list_codes(duplicated) if code.name == "Éxito"]
    assert code.description == "el mismo"  # an empty definition is filled, none is lost
    assert code_duplicates.find_duplicate_codes(duplicated) == []
    assert history.undo() is not None
    assert snapshot(duplicated) == before


def test_cli_codes_notes_and_merges_duplicates(duplicated: Project, cli) -> None:
    path = duplicated.path
    duplicated.close()
    listed = cli("codes", path)
    assert listed.code == 0 and "--merge-duplicates" in listed.stderr
    merged = cli("codes", path, "--merge-duplicates", "--json")
    assert merged.code == 0, merged.stderr
    assert "merged 'ACCIÓN' into 'Acción'" in merged.stderr
    assert [code["path"] for code in merged.json()] == ["Acción", "Acción::Éxito"]
    assert "--merge-duplicates" not in cli("codes", path).stderr


def test_cli_add_code_and_code_find_the_existing_code(tmp_path, cli) -> None:
    path = tmp_path / "c.qdaproj"
    (tmp_path / "t.txt").write_text(TEXT, encoding="utf-8")
    assert cli("new", path, "--coder", "Ana").code == 0
    assert cli("import", path, tmp_path / "t.txt").code == 0
    assert cli("add-code", path, "Acción::Éxito").code == 0
    again = cli("add-code", path, unicodedata.normalize("NFD", "ACCIÓN :: éxito"))
    assert again.code == 0 and "exists already" in again.stderr
    assert again.stdout.strip() == "Acción::Éxito"
    assert cli("code", path, "--doc", 1, "--start", 0, "--end", 10, "--code", "acción::ÉXITO").code == 0
    assert [code["path"] for code in cli("codes", path, "--json").json()] == ["Acción", "Acción::Éxito"]
