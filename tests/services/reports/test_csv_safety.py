"""CSV export: no cell a spreadsheet would evaluate, and the dialect of the report language."""

from __future__ import annotations

import csv

import pytest

from qda_app.services import coding, documents
from qda_app.services.exporters import export_report
from qda_app.services.exporters.csv_files import neutralised
from qda_app.services.exporters.excel import FORMULA_STARTS

HOSTILE = ("=HYPERLINK(\"http://evil.example\",\"clic\")", "+cmd|' /C calc'!A0", "=1+2", "-2+3", "@SUM(A1)",
           "\tTAB", "\rCR")


@pytest.fixture
def hostile(project):
    text = "\n".join(HOSTILE) + "\nAlcalde: y luego el ministerio dijo que no.\n"
    documents.add_text_document(project, name="=HYPERLINK(\"http://x\")", text=text, group="@grupo")
    for index, name in enumerate(HOSTILE):
        code = f"{name.strip()}::{HOSTILE[(index + 1) % len(HOSTILE)].strip()}"
        quotation = coding.code_span(project, document=1, start=index * 3, end=index * 3 + 20, codes=[code])
        coding.comment_quotation(project, quotation=quotation.quotation_id, comment=name)
    return project


def _cells(path, separator):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle, delimiter=separator):
            yield from row


def _is_number(cell: str) -> bool:
    try:
        float(cell.replace(",", "."))
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("language, separator", [("en", ","), ("es", ";"), ("pt", ";")])
def test_no_cell_would_be_evaluated(hostile, tmp_path, language, separator):
    files = export_report(hostile, tmp_path / "csv", language=language)
    assert files and all(path.read_bytes().startswith(b"\xef\xbb\xbf") for path in files)
    seen_hostile = 0
    for path in files:
        for cell in _cells(path, separator):
            if cell.startswith(FORMULA_STARTS):
                assert _is_number(cell), f"{path.name}: {cell!r}"
            if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
                seen_hostile += 1
    assert seen_hostile >= len(HOSTILE)  # the names are there, as text


def test_dialect_follows_the_language_and_can_be_chosen(known, tmp_path):
    spanish = export_report(known, tmp_path / "es", language="es")
    pairs = next(path for path in spanish if "pares" in path.name)
    header, first = pairs.read_text(encoding="utf-8-sig").splitlines()[:2]
    assert header.count(";") == 6 and "," not in header
    assert "0," in first.split(";")[5]  # c-coefficient with a decimal comma
    english = export_report(known, tmp_path / "en", language="es", csv_dialect="comma")
    header = next(path for path in english if "pares" in path.name).read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.count(",") == 6


def test_neutralised_as_the_workbook_marks_text():
    for start in FORMULA_STARTS:
        assert neutralised(f"{start}x") == f"'{start}x"
    assert neutralised("Lima") == "Lima" and neutralised(-2) == -2
