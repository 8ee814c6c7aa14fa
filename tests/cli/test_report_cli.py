"""``qda-app report`` and ``qda-app figure`` as commands."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tests.services.reports.known_project import build_known_project


@pytest.fixture
def known_file(tmp_path):
    path = tmp_path / "known.qdaproj"
    build_known_project(path).close()
    return path


def test_report_xlsx_english_sheets(known_file, tmp_path, cli):
    output = tmp_path / "report.xlsx"
    result = cli("report", known_file, "-o", output, "--lang", "en")
    assert result.code == 0, result.stderr
    assert str(output) in result.stdout
    names = load_workbook(output, read_only=True).sheetnames
    assert names[:7] == ["Summary", "Codebook", "Categories", "Code-Document", "Co-occurrence", "Quotations",
                         "Documents"]


def test_report_coder_and_group_filters(known_file, tmp_path, cli):
    output = tmp_path / "bea.xlsx"
    assert cli("report", known_file, "-o", output, "--coder", "Bea", "--group", "G1").code == 0
    sheet = load_workbook(output)["Quotations"]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["1:3", "1:4"]


def test_report_code_group_filter(known_file, tmp_path, cli):
    # the known project: b1 on 1:1 and 2:1, b2 on 1:3
    assert cli("code-group", known_file, "Bs", "--add", "B::b1", "B::b2").code == 0
    output = tmp_path / "bs.xlsx"
    assert cli("report", known_file, "-o", output, "--code-group", "Bs").code == 0
    sheet = load_workbook(output)["Quotations"]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["1:1", "1:3", "2:1"]
    unknown = cli("report", known_file, "-o", tmp_path / "x.xlsx", "--code-group", "Nope")
    assert unknown.code == 1 and "Nope" in unknown.stderr and not (tmp_path / "x.xlsx").exists()


def test_report_other_formats_and_csv_folder(known_file, tmp_path, cli):
    for name in ("tablas.docx", "report.html"):
        assert cli("report", known_file, "-o", tmp_path / name, "--lang", "es").code == 0
        assert (tmp_path / name).stat().st_size > 0
    folder = tmp_path / "csv"
    assert cli("report", known_file, "-o", folder, "--lang", "pt").code == 0
    assert any(path.name.endswith("citacoes.csv") for path in folder.iterdir())


def test_figure(known_file, tmp_path, cli):
    result = cli("figure", known_file, "-o", tmp_path / "network.png", "--lang", "es")
    assert result.code == 0, result.stderr
    assert (tmp_path / "network.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["-o", "{tmp}/missing/report.xlsx"], "does not exist"),
        (["-o", "{tmp}/report.pdf"], ".xlsx"),
        (["-o", "{tmp}/r.xlsx", "--coder", "Nobody"], "no coder"),
        (["-o", "{tmp}/r.xlsx", "--group", "Nope"], "no document group"),
        (["-o", "{tmp}/r.xlsx", "--lang", "fr"], "invalid choice"),
    ],
)
def test_errors_are_one_line_and_exit_1(known_file, tmp_path, cli, arguments, message):
    result = cli("report", known_file, *[a.replace("{tmp}", str(tmp_path)) for a in arguments])
    assert result.code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "r.xlsx").exists()


def test_cli_language_choices_match_the_report_labels():
    from qda_app.cli import report_verbs
    from qda_app.services.reports.labels import LANGUAGES

    assert tuple(report_verbs.LANGUAGES) == tuple(LANGUAGES)


def test_a_report_follows_the_command_lines_language_unless_its_own_lang_is_given(known_file, tmp_path):
    from tests.cli_support import run_cli

    spanish = run_cli("report", known_file, "-o", tmp_path / "es.xlsx", language="es_ES.UTF-8")
    assert spanish.code == 0, spanish.stderr
    assert load_workbook(tmp_path / "es.xlsx", read_only=True).sheetnames[:2] == ["Resumen", "Libro de códigos"]
    portuguese = run_cli("--lang", "pt", "report", known_file, "-o", tmp_path / "pt.xlsx")
    assert portuguese.code == 0, portuguese.stderr
    assert load_workbook(tmp_path / "pt.xlsx", read_only=True).sheetnames[0] == "Resumo"
    english = run_cli("report", known_file, "-o", tmp_path / "en.xlsx", "--lang", "en", language="es_ES.UTF-8")
    assert english.code == 0, english.stderr
    assert load_workbook(tmp_path / "en.xlsx", read_only=True).sheetnames[0] == "Summary"


def test_the_wording_verb_shows_the_command_lines_language(known_file):
    from tests.cli_support import run_cli

    spanish = run_cli("wording", known_file, language="es_ES.UTF-8")
    assert spanish.code == 0, spanish.stderr
    assert "Cuadro" in spanish.stdout
    english = run_cli("wording", known_file, language="C.UTF-8")
    assert english.code == 0 and "Table" in english.stdout and "Cuadro" not in english.stdout
