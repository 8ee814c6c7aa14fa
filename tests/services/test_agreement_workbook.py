"""The agreement workbook: every JSON figure, number formats, reasons in words, the user's language."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from qda_app.services import coding, documents
from qda_app.services.agreement import as_json, compute_agreement
from qda_app.services.agreement_workbook import write_agreement_workbook
from tests.services.test_agreement_service import TEXT_1


@pytest.fixture
def two_domains(project):
    documents.add_text_document(project, name="E01", text=TEXT_1)
    for coder in ("Ana", "Luis"):
        coding.code_span(project, document=1, start=0, end=40, codes=["P::a"], coder=coder)
        coding.code_span(project, document=1, start=50, end=90, codes=["P::b"], coder=coder)
        coding.code_span(project, document=1, start=100, end=140, codes=["=Q::a"], coder=coder)
    coding.code_span(project, document=1, start=100, end=140, codes=["=Q::b"], coder="Ana")  # two Q codes
    coding.code_span(project, document=1, start=200, end=240, codes=["=Q::b"], coder="Luis")
    return project


def _rows(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("language, sheet_names, words", [
    ("en", ("Summary", "Domains", "Left out"), ("a coder applied two codes of this domain to the same text",
                                                "left out of the overall cu-alpha: =Q")),
    ("es", ("Resumen", "Dominios", "Excluidos"), ("un codificador aplicó dos códigos de este dominio al mismo texto",
                                                 "excluido del cu-α global: =Q")),
    ("pt", ("Resumo", "Domínios", "Excluídos"), ("um codificador aplicou dois códigos deste domínio ao mesmo texto",
                                                "excluído do cu-α global: =Q")),
])
def test_reasons_in_words_in_the_chosen_language(two_domains, tmp_path, language, sheet_names, words):
    result = compute_agreement(two_domains, coders=["Ana", "Luis"], bootstrap=30)
    target = write_agreement_workbook(two_domains, result, target=tmp_path / f"a-{language}.xlsx", language=language)
    book = load_workbook(target)
    summary, domains, left_out = (book[name] for name in sheet_names)
    domain_rows = _rows(domains)
    q_row = next(row for row in domain_rows if row[0] == "=Q")  # a name starting with "=" stays text
    assert domains.cell(row=domain_rows.index(q_row) + 1, column=1).data_type == "s"
    assert words[0] in q_row[-1]
    assert any(words[1] in str(row[1]) for row in _rows(summary))
    assert any(words[1] in str(row[1]) for row in _rows(left_out))


def test_every_json_figure_is_in_the_workbook_with_its_format(two_domains, tmp_path):
    result = compute_agreement(two_domains, coders=["Ana", "Luis"], bootstrap=40, seed=3)
    data = as_json(result)
    book = load_workbook(write_agreement_workbook(two_domains, result, target=tmp_path / "a.xlsx"))
    codes = book["Codes"]
    header = [cell.value for cell in codes[1]]
    first = next(row for row in codes.iter_rows(min_row=2) if row[0].value == data["codes"][0]["path"])
    entry = data["codes"][0]
    assert first[header.index("alpha-binary (|u-alpha)")].value == pytest.approx(entry["alpha_binary"])
    assert first[header.index("95% CI low")].value == pytest.approx(entry["interval"]["alpha_binary"]["low"])
    assert first[header.index("% agreement")].number_format == "0.0%"
    assert first[header.index("Cohen's kappa")].number_format == "0.000"
    domains = book["Domains"]
    header = [cell.value for cell in domains[1]]
    p_row = next(row for row in domains.iter_rows(min_row=2) if row[0].value == "P")
    p_entry = data["domains"][0]
    assert p_row[header.index("cu-alpha")].value == pytest.approx(p_entry["cu_alpha"])
    assert p_row[header.index("cu-alpha 95% CI high")].value == pytest.approx(p_entry["interval"]["cu_alpha"]["high"])
    in_domains = _rows(book["Codes in domains"])
    assert ["P", "P::a"] == in_domains[1][:2] and in_domains[1][2] == pytest.approx(p_entry["codes"][0]["ku_alpha"])
    pairs = _rows(book["Pairs of coders"])
    assert pairs[1][:3] == ["Ana", "Luis", "All codes"]
    assert pairs[1][7] == pytest.approx(data["pairs"][0]["overall"]["cohen_kappa"])


@pytest.mark.parametrize("language, codes_sheet, header", [
    ("es", "Códigos", "α binaria (|u-α)"), ("pt", "Códigos", "α binária (|u-α)")])
def test_coefficients_and_passage_kinds_read_in_the_chosen_language(two_domains, tmp_path, language, codes_sheet,
                                                                    header):
    result = compute_agreement(two_domains, coders=["Ana", "Luis"])
    target = write_agreement_workbook(two_domains, result, target=tmp_path / f"b-{language}.xlsx", language=language)
    book = load_workbook(target)
    rows = _rows(book[codes_sheet])
    assert rows[0][1] == header
    cells = [str(cell) for row in rows[1:] for cell in row if cell is not None]
    assert "n/a" not in cells and not any("alpha_binary" in cell or "cu_alpha" in cell for cell in cells)
    kinds = {row[5] for row in _rows(book["Desacuerdos" if language == "es" else "Desacordos"])[1:]}
    assert kinds and not kinds & {"missing", "partial", "confused", "matched"}
