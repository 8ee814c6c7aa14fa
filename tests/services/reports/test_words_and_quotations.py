"""Word frequencies without speaker labels, the word cloud, the project's stop words, and the
quotations-by-code report in its three formats."""

from __future__ import annotations

from collections import Counter

import pytest

from qda_app.services.commands import History
from qda_app.services.demo import build_demo_project
from qda_app.services.exporters.by_code_files import export_quotations_by_code
from qda_app.services.exporters.word_cloud import frequencies_of, write_word_cloud
from qda_app.services.project import Project
from qda_app.services.reports import ReportFilter, word_frequencies
from qda_app.services.reports.by_code import quotations_by_code
from qda_app.services.reports.speakers import speaker_labels, without_labels
from qda_app.services.reports.stop_lists import edit_stop_words, stop_list_changes
from qda_app.services.reports.words import words_of
from tests.conftest import snapshot


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = build_demo_project(tmp_path_factory.mktemp("demo") / "demo.qdaproj")
    with Project.open(path, read_only=True) as project:
        yield project


def test_labels_start_two_or_more_lines():
    text = "Lugar: Lampa\nEntrevistador: ¿Y?\nAlcalde: Bien.\nEntrevistador: ¿Y Lima?\nAlcalde: Lejos: muy lejos.\n"
    assert speaker_labels(text) == Counter({"Entrevistador": 2, "Alcalde": 2, "Lugar": 1})
    assert speaker_labels("Nota: una sola línea con dos puntos.\nY otra sin ellos.") == Counter()
    assert without_labels(text, ["Alcalde", "Entrevistador"]).splitlines()[2] == " Bien."


def test_document_1_lists_no_label_words(demo):
    from qda_app.services import documents

    text = documents.document_text(demo, 1)
    frame = word_frequencies(demo, report_filter=ReportFilter(documents=[1]), top=10_000, stop_list="none")
    counts = dict(zip(frame["Word"], frame["Count"]))
    spoken = Counter(words_of(without_labels(text, speaker_labels(text))))
    assert "entrevistador" not in counts
    assert counts.get("alcalde", 0) == spoken["alcalde"] < Counter(words_of(text))["alcalde"]
    with_labels = word_frequencies(demo, report_filter=ReportFilter(documents=[1]), top=3, speakers=True)
    assert set(with_labels["Word"]) >= {"alcalde", "entrevistador"}


def test_codes_scope_leaves_labels_out_too(demo):
    frame = word_frequencies(demo, by="codes", top=50)
    assert "entrevistador" not in set(frame["Word"])


def test_project_stop_words_are_one_undoable_edit(tmp_path):
    path = build_demo_project(tmp_path / "demo.qdaproj")
    with Project.open(path) as project:
        history = History(project)
        before = snapshot(project)
        top = list(word_frequencies(project, top=3)["Word"])
        edit_stop_words(project, add=[top[0].upper()], keep=["nada"])
        assert stop_list_changes(project) == ([top[0]], ["nada"])
        after = list(word_frequencies(project, top=3)["Word"])
        assert top[0] not in after and after[:2] == top[1:]
        history.undo()
        assert snapshot(project) == before


def test_word_cloud_png_and_svg(demo, tmp_path):
    frame = word_frequencies(demo, top=40, language="es")
    frequencies = frequencies_of(frame, "es")
    png = write_word_cloud(frequencies, tmp_path / "nube.png", width=400, height=250)
    svg = write_word_cloud(frequencies, tmp_path / "nube.svg", width=400, height=250)
    assert png.read_bytes().startswith(b"\x89PNG")
    assert "<svg" in svg.read_text(encoding="utf-8") and next(iter(frequencies)) in svg.read_text(encoding="utf-8")


def test_quotations_by_code_filtered_and_written(demo, tmp_path):
    code = "Comportamiento desviado de los actores gubernamentales::Crisis e inestabilidad política"
    frame = quotations_by_code(demo, report_filter=ReportFilter(codes=[code], coders=["Rosa Quispe Mamani"]),
                               language="es")
    [section] = frame.attrs["codes"]
    assert section["code"] == "Crisis e inestabilidad política" and section["definition"]
    assert set(frame["Codificador"]) == {"Rosa Quispe Mamani"} and len(frame) == section["rows"] > 0
    assert all(":" in quotation_id for quotation_id in frame["ID"])
    everything = quotations_by_code(demo, language="es")
    heads = {s["code"]: s for s in everything.attrs["codes"]}
    assert heads["Crisis e inestabilidad política"]["groundedness"] == 8 == heads["Crisis e inestabilidad política"]["rows"]
    for suffix, magic in (("docx", b"PK"), ("html", b"<!DOCTYPE"), ("pdf", b"%PDF")):
        path = export_quotations_by_code(demo, tmp_path / f"citas.{suffix}", language="es",
                                         report_filter=ReportFilter(codes=[code]))
        assert path.read_bytes().startswith(magic)
    page = (tmp_path / "citas.html").read_text(encoding="utf-8")
    assert "Crisis e inestabilidad política {8-1}" in page and "cita 1:15" in page
