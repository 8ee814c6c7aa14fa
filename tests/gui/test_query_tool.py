"""The query tool: built by clicks, shown as text, typed text read back, run, saved as a smart code."""

from __future__ import annotations

import pytest

from qda_app.core.query import And, Not, Operand, Or, Proximity
from qda_app.gui.query_builder import QueryStack
from qda_app.services import coding, queries


@pytest.fixture(autouse=True)
def errors_fail(monkeypatch):
    def fail(parent, error, **_):
        raise AssertionError(f"error shown: {error!r}")

    monkeypatch.setattr("qda_app.gui.main_window.show_error", fail)


def test_stack_builds_nested_queries_and_steps_back():
    stack = QueryStack()
    assert not stack.apply("AND")
    for name in ("A", "B", "C"):
        stack.push(name)
    assert stack.apply("OR")
    assert stack.items == [Operand("A"), Or((Operand("B"), Operand("C")))]
    assert stack.apply("NOT")
    assert stack.apply("AND")
    assert stack.query == And((Operand("A"), Not(Or((Operand("B"), Operand("C"))))))
    assert stack.text() == '"A" AND NOT ("B" OR "C")'
    assert stack.back()
    assert stack.text() == 'NOT ("B" OR "C")'
    stack.clear()
    assert stack.text() == ""
    stack.push("A")
    stack.push("B")
    stack.apply("ENCLOSED BY")
    assert stack.query == Proximity("ENCLOSED BY", Operand("A"), Operand("B"))
    stack.push("C")
    stack.apply("OR")
    stack.push("D")
    stack.apply("OR")
    assert stack.text() == '"A" ENCLOSED BY "B" OR "C" OR "D"'


def test_query_tool_runs_a_built_query_and_opens_results(window):
    tool = window.queries.open_tool()
    tool.add_operand("Centralismo")
    tool.add_operand("Cultura política")
    assert tool.apply_operator("OR")
    assert tool.text.text() == '"Centralismo" OR "Cultura política"'
    assert not tool.operator_buttons["AND"].isEnabled()
    tool.run()
    result = window.queries.result
    assert len(result.quotation_ids) == 3
    assert tool.results.model.rowCount() == 3
    opened = []
    window.jump_to_quotation = opened.append
    tool.results.quotation_activated.disconnect()
    tool.results.quotation_activated.connect(window.jump_to_quotation)
    tool.results.table.clicked.emit(tool.results.model.index(1, 2))
    assert opened == [result.quotation_ids[1]]


def test_proximity_and_scope(window):
    tool = window.queries.open_tool()
    tool.add_operand("Centralismo::Recorte presupuestal")
    tool.add_operand("Cultura política::Paternalismo")
    tool.apply_operator("OVERLAPS")
    tool.run()
    assert len(window.queries.result.quotation_ids) == 1  # the sample's two codings overlap
    for row in range(tool.coder_list.count()):  # only beto's codings: Recorte is ana's
        item = tool.coder_list.item(row)
        item.setCheckState(item.checkState().Checked if item.text() == "beto" else item.checkState().Unchecked)
    tool.run()
    assert window.queries.result.quotation_ids == ()


def test_typed_query_is_read_back_and_syntax_errors_show_the_position(window):
    tool = window.queries.open_tool()
    tool.text.setText('"Centralismo" AND NOT')
    tool.run()
    # 21 characters typed: the query ends at column 22, where an operand, "(" or NOT must follow
    assert tool.error.text() == ('query syntax error at line 1, column 22: the query ends too early; '
                                 'expected a code name in quotes, (, NOT')
    tool.text.setText('NOT "Centralismo"')
    tool.run()
    assert tool.stack.text() == 'NOT "Centralismo"'
    assert len(window.queries.result.quotation_ids) == 1


def test_save_as_smart_code_then_use_it(window, tmp_path):
    project = window.project
    tool = window.queries.open_tool()
    tool.add_operand("Centralismo")
    window.queries.save(tool.text.text(), [], [], name="Todo centralismo")
    assert [smart.name for smart in queries.list_smart_codes(project)] == ["Todo centralismo"]
    assert tool.smart_list.count() == 1
    tool.clear()
    tool.add_operand(tool.smart_list.item(0).text())
    tool.run()
    assert len(window.queries.result.quotation_ids) == 2
    window.queries.export(str(tmp_path / "result.csv"))
    window.queries.export(str(tmp_path / "result.xlsx"))
    import csv

    from openpyxl import load_workbook

    from tests.gui.sample import TRANSCRIPT

    dependencia, torta = TRANSCRIPT.index("Todo lo que"), TRANSCRIPT.index("La torta")
    created = {q.quotation_id: q.created_at for q in coding.list_quotations(project)}
    expected = [
        ("1:1", "Azángaro", TRANSCRIPT[dependencia:dependencia + 70], "Centralismo > Dependencia del ministerio", "ana"),
        ("1:2", "Azángaro", TRANSCRIPT[torta:torta + 95], "Centralismo > Recorte presupuestal", "ana"),
    ]
    with open(tmp_path / "result.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["ID", "Document", "Text", "Codes", "Coder", "Created", "Comment", "Page"]
    assert [tuple(row[:5]) for row in rows[1:]] == expected
    assert [row[5:] for row in rows[1:]] == [[created[row[0]].replace("T", " ").rstrip("Z"), "", ""] for row in rows[1:]]
    book = load_workbook(tmp_path / "result.xlsx", read_only=True)
    assert book.sheetnames == ["Query", "Notes"]
    sheet = list(book["Query"].iter_rows(values_only=True))
    assert sheet[0] == ("ID", "Document", "Text", "Codes", "Coder", "Created", "Comment", "Page")
    assert [row[:5] for row in sheet[1:]] == expected


def test_code_groups_are_operands_too(window):
    from qda_app.services import code_groups

    code_groups.create_code_group(window.project, name="Estado", codes=["Centralismo::Recorte presupuestal"])
    tool = window.queries.open_tool()
    assert tool.group_operands.count() == 1
    tool.add_operand(tool.group_operands.item(0).text())
    tool.run()
    assert len(window.queries.result.quotation_ids) == 1
