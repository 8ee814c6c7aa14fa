from __future__ import annotations

import pytest

from qda_app.core.errors import InvalidArgument
from qda_app.services import coding, documents
from qda_app.services.commands import History
from qda_app.services.project import Project
from qda_app.services.text_edits import edit_document_text

TEXT = "Alcalde: el presupesto llega tarde.\nAlcalde: en Lima deciden todo.\nFin de la entrevista.\n"


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.qdaproj", coder="ana") as opened:
        documents.add_text_document(opened, name="E01", text=TEXT)
        yield opened


def _span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def _state(project):
    return ([(q.quotation_id, q.start, q.end, q.text, q.codes) for q in coding.list_quotations(project)],
            documents.document_text(project, 1))


def test_a_corrected_typo_moves_later_quotations_and_keeps_the_edited_passage(project):
    typo = coding.code_span(project, document=1, start=_span("el presupesto")[0], end=_span("tarde")[1], codes=["A"])
    later = coding.code_span(project, document=1, start=_span("en Lima")[0], end=_span("todo")[1], codes=["B"])
    history = History(project)
    before = _state(project)
    corrected = TEXT.replace("presupesto", "presupuesto")
    summary = edit_document_text(project, number=1, text=corrected)
    texts = {q.quotation_id: q.text for q in coding.list_quotations(project)}
    assert texts[typo.quotation_id] == "el presupuesto llega tarde"
    assert texts[later.quotation_id] == "en Lima deciden todo"
    assert [change.quotation_id for change in summary.passages] == [typo.quotation_id]
    assert summary.passages[0].before == "el presupesto llega tarde" and not summary.passages[0].lost
    assert summary.moved == 2
    history.undo()
    assert _state(project) == before


def test_a_deleted_passage_is_listed_as_lost_and_kept_with_its_codes(project):
    gone = coding.code_span(project, document=1, start=_span("Fin de")[0], end=_span("entrevista.")[1], codes=["C"])
    summary = edit_document_text(project, number=1, text=TEXT.replace("Fin de la entrevista.\n", ""))
    assert [change.quotation_id for change in summary.lost] == [gone.quotation_id]
    kept = next(q for q in coding.list_quotations(project) if q.id == gone.id)
    assert kept.codes == ("C",) and kept.end - kept.start == 1


def test_the_same_text_changes_nothing_and_an_empty_one_is_refused(project):
    assert not edit_document_text(project, number=1, text=TEXT.replace("\n", "\r\n")).changed_text
    with pytest.raises(InvalidArgument):
        edit_document_text(project, number=1, text="  \n")
    assert documents.document_text(project, 1) == TEXT
