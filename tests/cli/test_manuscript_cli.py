"""The manuscript verbs as commands: report --lang es (docx), words, quotations, excerpt, wording,
stop-words, and the CSV dialect."""

from __future__ import annotations

import pytest
from docx import Document

from qda_app.services.demo import build_demo_project


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    return build_demo_project(tmp_path_factory.mktemp("demo") / "demo.qdaproj")


def test_report_docx_gives_the_six_tables(demo_file, tmp_path, cli):
    output = tmp_path / "tablas.docx"
    result = cli("report", demo_file, "-o", output, "--lang", "es")
    assert result.code == 0, result.stderr
    texts = [p.text for p in Document(str(output)).paragraphs]
    assert [f"Cuadro {n}" in texts for n in range(1, 7)] == [True] * 6
    assert cli("report", demo_file, "-o", tmp_path / "x.docx", "--word", "tables,nonsense").code == 1


def test_words_of_document_1_and_cloud(demo_file, tmp_path, cli):
    result = cli("words", demo_file, "--doc", "1", "--top", "40", "--cloud", tmp_path / "nube.png")
    assert result.code == 0, result.stderr
    listed = [line.split()[2] for line in result.stdout.splitlines()[2:] if len(line.split()) > 3]
    assert "entrevistador" not in listed and len(listed) == 40
    assert (tmp_path / "nube.png").read_bytes().startswith(b"\x89PNG")
    kept = cli("words", demo_file, "--doc", "1", "--top", "2", "--keep-speakers")
    assert "alcalde" in kept.stdout and "entrevistador" in kept.stdout


def test_excerpt_wording_and_stop_words_change_the_project(demo_file, tmp_path, cli):
    copy = tmp_path / "copia.qdaproj"
    copy.write_bytes(demo_file.read_bytes())
    assert cli("excerpt", copy, "6:2", "En materia de presupuesto […] Ministerio de Educación").code == 0
    refused = cli("excerpt", copy, "6:2", "palabras que nadie dijo")
    assert refused.code == 1 and refused.stderr.count("\n") == 1
    assert cli("wording", copy, "--lang", "es", "--caption", "Tabla").code == 0
    assert cli("stop-words", copy, "--add", "gente").code == 0
    assert "gente" in cli("stop-words", copy).stdout
    output = tmp_path / "t.docx"
    assert cli("report", copy, "-o", output, "--lang", "es").code == 0
    document = Document(str(output))
    assert "Tabla 1" in [p.text for p in document.paragraphs]
    cell = document.tables[0].rows[1].cells[3].text
    assert cell == "“En materia de presupuesto […] Ministerio de Educación” (cita 6:2)"


def test_quotations_by_code_and_csv_dialect(demo_file, tmp_path, cli):
    for suffix in ("pdf", "html", "docx"):
        result = cli("quotations", demo_file, "-o", tmp_path / f"q.{suffix}", "--lang", "es",
                     "--coder", "Rosa Quispe Mamani")
        assert result.code == 0, result.stderr
    assert cli("quotations", demo_file, "-o", tmp_path / "q.txt").code == 1
    assert cli("report", demo_file, "-o", tmp_path / "csv", "--lang", "es", "--csv-dialect", "comma").code == 0
    summary = next((tmp_path / "csv").glob("01-*.csv")).read_text(encoding="utf-8-sig")
    assert summary.splitlines()[0].count(",") >= 1 and ";" not in summary.splitlines()[0]
