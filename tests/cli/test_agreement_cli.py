"""The agreement verb end to end: Krippendorff's (2011) worked example rebuilt as a project through
the command line, warnings on the terminal, the workbook in another language."""

from __future__ import annotations

import krippendorff
import pytest
from openpyxl import load_workbook

from tests.cli_support import run_cli

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four coders,
# twelve units, values 1-5, None = the coder did not judge the unit.
RELIABILITY_DATA = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}
NOMINAL_ALPHA = 0.743421  # the paper's value, .743, to six decimals as the krippendorff package gives it
INTERVAL_ALPHA = 0.849


def cli(*args):
    result = run_cli(*args)
    assert result.code == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def example_project(tmp_path_factory):
    folder = tmp_path_factory.mktemp("krippendorff")
    project = folder / "example.qdaproj"
    transcript = folder / "units.txt"
    transcript.write_text("".join(f"Unit {number:02d} of the example.\n" for number in range(1, 13)),
                          encoding="utf-8")
    cli("new", project)
    cli("import", project, transcript)
    for coder, values in RELIABILITY_DATA.items():
        for unit, value in enumerate(values):
            if value is not None:
                start = unit * 24  # each line is 24 characters: one passage per unit
                cli("code", project, "--doc", 1, "--start", start, "--end", start + 23, "--code", str(value),
                    "--coder", coder)
    return project


def test_independent_implementation_gives_the_papers_values():
    data = list(RELIABILITY_DATA.values())
    assert krippendorff.alpha(reliability_data=[[float("nan") if v is None else v for v in row] for row in data],
                              level_of_measurement="nominal") == pytest.approx(NOMINAL_ALPHA, abs=5e-7)


def test_krippendorff_2011_example_through_the_cli(example_project):
    codes = [argument for value in "12345" for argument in ("--code", value)]
    result = cli("agreement", example_project, "--coders", "A", "B", "C", "D", "--units", "quotations", *codes,
                 "--json")
    units = result.json()["units"]  # quotation 1:20 is B's 11th: A numbered 1:1-1:9, B 1:10-1:20
    assert units["alpha"] == pytest.approx(NOMINAL_ALPHA, abs=5e-7)
    assert units["units"] == 12 and units["pairable_units"] == 11 and units["pairable_values"] == 40
    assert units["left_out"] == [{"kind": "unit", "item": "1:20", "reason": "not_pairable", "document": 1,
                                  "start": 264, "end": 287, "valued_by": ["B"]}]
    assert "units valued by fewer than two coders (B), not pairable: 1:20" in result.stderr
    interval = cli("agreement", example_project, "--coders", "A", "B", "C", "D", "--units", "quotations", *codes,
                   "--level", "interval", "--json").json()["units"]
    assert interval["alpha"] == pytest.approx(INTERVAL_ALPHA, abs=5e-4)
    text = cli("agreement", example_project, "--coders", "A", "B", "C", "D", "--units", "quotations", *codes).stdout
    assert "Krippendorff's alpha (nominal) over 12 passages as units, codes as values: 0.743" in text
    assert "pairs of coders" in text  # four coders: the coder x coder table


def test_workbook_in_spanish_holds_every_figure(example_project, tmp_path):
    target = tmp_path / "acuerdo.xlsx"
    codes = [argument for value in "12345" for argument in ("--code", value)]
    cli("agreement", example_project, "--coders", "A", "B", "C", "D", "--units", "quotations", *codes,
        "--bootstrap", 50, "--min-overlap", 80, "--by-document", "fleiss_kappa", "-o", target, "--lang", "es")
    book = load_workbook(target)
    assert {"Resumen", "Códigos", "Dominios", "Códigos en dominios", "Pares de codificadores", "Segmentos",
            "Código x documento", "Unidades", "Excluidos", "Desacuerdos"} <= set(book.sheetnames)
    codes_sheet = book["Códigos"]
    headers = [cell.value for cell in codes_sheet[1]]
    assert "IC 95% inferior" in headers and "kappa de Fleiss" in headers
    first = list(codes_sheet.iter_rows(min_row=2, max_row=2, values_only=False))[0]
    assert first[1].number_format == "0.000" and isinstance(first[1].value, float)
    assert first[2].value is not None  # the bootstrap interval is in the workbook
    units = book["Unidades"]
    alpha_row = [row for row in units.iter_rows(values_only=True) if row[0] and str(row[0]).startswith("alfa")]
    assert alpha_row and alpha_row[0][1] == pytest.approx(NOMINAL_ALPHA, abs=5e-7)
    excluded = [row[1] for row in book["Excluidos"].iter_rows(min_row=2, values_only=True)]
    assert excluded == []  # every coder coded the one document: nothing of the characters is left out


def test_bad_overlap_is_one_clear_line(example_project):
    result = run_cli("agreement", example_project, "--coders", "A", "B", "--min-overlap", 150)
    assert result.code == 1 and "Traceback" not in result.stderr and "min-overlap" in result.stderr


def test_code_group_stands_for_its_codes(example_project, tmp_path):
    import shutil

    project = tmp_path / "grouped.qdaproj"
    shutil.copy(example_project, project)
    cli("code-group", project, "Low values", "--add", "1", "2")
    grouped = cli("agreement", project, "--coders", "A", "B", "--code-group", "Low values", "--json").json()
    named = cli("agreement", project, "--coders", "A", "B", "--code", "1", "--code", "2", "--json").json()
    assert [code["path"] for code in grouped["codes"]] == ["1", "2"]
    assert grouped["codes"] == named["codes"] and grouped["overall"] == named["overall"]
    unknown = run_cli("agreement", project, "--coders", "A", "B", "--code-group", "Nope")
    assert unknown.code == 1 and len(unknown.stderr.strip().splitlines()) == 1 and "Nope" in unknown.stderr


@pytest.mark.parametrize(("lang", "expected", "english"), [
    ("es", ["alfa de Krippendorff (nominal) sobre 12 fragmentos como unidades y los códigos como valores: 0.743",
            "pares de codificadores (todos los códigos; cada par en los documentos que ambos codificaron):",
            "codificadores: A, B, C, D; documentos: 1 (",
            "Krippendorff: con alfa >= .800 los datos son fiables",
            "segmentos de A y B (coinciden cuando se solapan al menos en un 90%):",
            "kappa de Brennan y Prediger:", "codificador A", "todos los códigos", "global"],
     ["pairs of coders", "Krippendorff's alpha", "tentative conclusions", "segments of", "all codes"]),
    ("pt", ["alfa de Krippendorff (nominal) sobre 12 trechos como unidades e os códigos como valores: 0.743",
            "pares de codificadores (todos os códigos; cada par nos documentos que ambos codificaram):",
            "codificadores: A, B, C, D; documentos: 1 (",
            "Krippendorff: com alfa >= .800 os dados são confiáveis",
            "segmentos de A e B (coincidem quando se sobrepõem em pelo menos 90%):",
            "kappa de Brennan e Prediger:", "codificador A", "todos os códigos", "global"],
     ["pairs of coders", "Krippendorff's alpha", "tentative conclusions", "segments of", "all codes"]),
])
def test_text_report_headings_and_reading_line_in_spanish_and_portuguese(example_project, lang, expected, english):
    codes = [argument for value in "12345" for argument in ("--code", value)]
    result = cli("--lang", lang, "agreement", example_project, "--coders", "A", "B", "C", "D", "--units",
                 "quotations", "--min-overlap", 90, *codes)
    for text in expected:
        assert text in result.stdout, text
    for text in english:
        assert text not in result.stdout, text
    assert "warning:" not in result.stderr and "aviso:" in result.stderr
