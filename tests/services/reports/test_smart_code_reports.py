"""Smart codes in the reports: the Smart codes sheet, the Word section, and the smart-code filter.

The hand-built project of tests/services/test_query_semantics.py; every expected figure is
written out by hand from its description:

    1:1 [0, 50)    A            1:4 [80, 100)  B
    1:2 [10, 20)   B            1:5 [60, 90)   A::a1   (counts as A)
    1:3 [40, 70)   C            1:6 [0, 50)    C       (by Eva)
    2:1 [0, 30)    A and B      2:2 [100, 120) C       (by Luis; document 2 is in "Urbanos")

Smart codes: "both" = "A" AND "B" -> {2:1}; "enclosing" = "A" ENCLOSES "C" -> {1:1};
"either" = "A" OR "B" -> {1:1, 1:2, 1:4, 1:5, 2:1}; "urban C" = "C" within Urbanos -> {2:2}.
"""

from __future__ import annotations

import pytest
from docx import Document as read_docx
from openpyxl import load_workbook

from qda_app.core.errors import SmartCodeNotFound
from qda_app.services import codes, coding, documents, queries
from qda_app.services.exporters import export_report
from qda_app.services.queries import QueryScope
from qda_app.services.reports import ReportFilter, build_report_book, load_report_data
from qda_app.services.reports.codebook import codebook
from qda_app.services.reports.smart_codes_report import smart_code_quotations, smart_codes_report
from tests.cli_support import run_cli

TEXT = "abcdefghij" * 15


@pytest.fixture
def hand_built(project):
    documents.add_text_document(project, name="D1", text=TEXT)
    documents.add_text_document(project, name="D2", text=TEXT, group="Urbanos")
    for document, start, end, code_paths, coder in [
        (1, 0, 50, ["A"], "Ana"), (1, 10, 20, ["B"], "Ana"), (1, 40, 70, ["C"], "Ana"),
        (1, 80, 100, ["B"], "Ana"), (1, 60, 90, ["A::a1"], "Ana"), (1, 0, 50, ["C"], "Eva"),
        (2, 0, 30, ["A", "B"], "Ana"), (2, 100, 120, ["C"], "Luis"),
    ]:
        coding.code_span(project, document=document, start=start, end=end, codes=code_paths, coder=coder)
    queries.save_smart_code(project, name="both", query='"A" AND "B"')
    queries.save_smart_code(project, name="enclosing", query='"A" ENCLOSES "C"')
    queries.save_smart_code(project, name="either", query='"A" OR "B"')
    queries.save_smart_code(project, name="urban C", query='"C"', scope=QueryScope.of(document_groups=["Urbanos"]))
    return project


def rows(frame):
    return [list(row) for row in frame.itertuples(index=False, name=None)]


def quotation_ids(project, report_filter):
    data = load_report_data(project, report_filter)
    return sorted(map("{}:{}".format, data.quotations["document_number"], data.quotations["number"]))


def test_smart_codes_sheet_figures(hand_built):
    frame = smart_codes_report(hand_built)
    assert list(frame.columns) == ["Smart code", "Query", "Scope", "Groundedness", "Documents", "Description"]
    assert rows(frame) == [
        ["both", '"A" AND "B"', "", 1, 1, ""],
        ["either", '"A" OR "B"', "", 5, 2, ""],
        ["enclosing", '"A" ENCLOSES "C"', "", 1, 1, ""],
        ["urban C", '"C"', "group: Urbanos", 1, 1, ""],
    ]


def test_smart_codes_sheet_follows_the_report_filter(hand_built):
    frame = smart_codes_report(hand_built, report_filter=ReportFilter(document_groups=["Urbanos"]))
    assert [row[3] for row in rows(frame)] == [1, 1, 0, 1]  # either: only 2:1 is in Urbanos
    by_eva = smart_codes_report(hand_built, report_filter=ReportFilter(coders=["Eva"]))
    assert [row[3] for row in rows(by_eva)] == [0, 0, 0, 0]  # Eva coded only C, and not in Urbanos


def test_smart_code_quotations_listed_with_text(hand_built):
    frame = smart_code_quotations(hand_built, language="es")
    assert list(frame.columns) == ["Código inteligente", "ID", "Documento", "Texto"]
    assert [row[:3] for row in rows(frame)] == [
        ["both", "2:1", "D2"],
        ["either", "1:1", "D1"], ["either", "1:2", "D1"], ["either", "1:5", "D1"], ["either", "1:4", "D1"],
        ["either", "2:1", "D2"],
        ["enclosing", "1:1", "D1"],
        ["urban C", "2:2", "D2"],
    ]
    assert rows(frame)[0][3] == TEXT[0:30]


def test_smart_code_is_current_when_the_report_is_made(hand_built):
    before = rows(smart_codes_report(hand_built))[0][3]
    coding.code_span(hand_built, document=1, start=0, end=50, codes=["B"], coder="Ana")  # 1:1 gets B too
    assert (before, rows(smart_codes_report(hand_built))[0][3]) == (1, 2)


def test_smart_code_filter_limits_every_report(hand_built):
    assert quotation_ids(hand_built, ReportFilter(smart_codes=["either"])) == ["1:1", "1:2", "1:4", "1:5", "2:1"]
    assert quotation_ids(hand_built, ReportFilter(smart_codes=["both", "urban C"])) == ["2:1", "2:2"]
    assert quotation_ids(hand_built, ReportFilter(smart_codes=["either"], coders=["Eva"])) == []
    assert quotation_ids(hand_built, ReportFilter(smart_codes=["either"], codes=["B"])) == ["1:2", "1:4", "2:1"]
    book = codebook(hand_built, report_filter=ReportFilter(smart_codes=["either"]))
    grounded = dict(zip(book["Code"], book["Groundedness"]))
    assert (grounded["A"], grounded["a1"], grounded["B"], grounded["C"]) == (3, 1, 3, 0)
    assert ReportFilter(smart_codes=["either"]).describe() == "smart code: either"


def test_unknown_smart_code_is_refused(hand_built):
    with pytest.raises(SmartCodeNotFound):
        load_report_data(hand_built, ReportFilter(smart_codes=["nothing"]))


def test_a_smart_code_that_no_longer_runs_is_listed_with_its_reason(hand_built):
    queries.save_smart_code(hand_built, name="lost", query='"C"')
    codes.delete_code(hand_built, path="C")
    frame = smart_codes_report(hand_built)
    assert rows(frame)[3][:4] == ["lost", '"C"', "", 0]
    assert any("'lost' could not be run" in note and "C" in note for note in frame.attrs["notes"])


def test_no_sheet_without_smart_codes(project):
    documents.add_text_document(project, name="D1", text=TEXT)
    assert "smart_codes" not in [sheet.key for sheet in build_report_book(project).sheets]


def test_workbook_and_word_report(hand_built, tmp_path):
    [workbook_path] = export_report(hand_built, tmp_path / "r.xlsx")
    sheet = load_workbook(workbook_path, read_only=True)["Smart codes"]
    values = [[cell for cell in row if cell is not None] for row in sheet.iter_rows(values_only=True)]
    assert ["Smart code", "Query", "Scope", "Groundedness", "Documents", "Description"] in values
    assert ["either", '"A" OR "B"', 5, 2] in values
    assert ["Smart code", "D1", "D2", "Total"] in values
    assert ["either", 4, 1, 5] in values
    [word_path] = export_report(hand_built, tmp_path / "r.docx", word_sections=("smart-codes", "quotations"))
    word = read_docx(str(word_path))
    table = [[cell.text for cell in row.cells] for row in word.tables[0].rows]
    assert table == [["Smart code", "Query", "Groundedness", "Documents"], ["both", '"A" AND "B"', "1", "1"],
                     ["either", '"A" OR "B"', "5", "2"], ["enclosing", '"A" ENCLOSES "C"', "1", "1"],
                     ["urban C", '"C"', "1", "1"]]
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:5] == ["Smart codes", "both {1}", "either {5}", "enclosing {1}", "urban C {1}"]
    assert "quotation 2:2 · D2" in [p.text for p in word.paragraphs]


def test_cli_report_with_smart_code_filter(hand_built, tmp_path):
    path = hand_built.database.path
    hand_built.close()
    result = run_cli("report", str(path), "-o", str(tmp_path / "r.xlsx"), "--smart-code", "both")
    assert result.code == 0, result.stderr
    sheet = load_workbook(tmp_path / "r.xlsx", read_only=True)["Quotations"]
    ids = [row[0] for row in sheet.iter_rows(values_only=True)]
    assert "2:1" in ids and "1:1" not in ids
    refused = run_cli("report", str(path), "-o", str(tmp_path / "s.xlsx"), "--smart-code", "nothing")
    assert refused.code == 1 and "there is no smart code 'nothing'" in refused.stderr
    assert not (tmp_path / "s.xlsx").exists()
