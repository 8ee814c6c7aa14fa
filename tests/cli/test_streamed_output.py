"""Streamed CLI output is the same characters the whole-list writers print."""

from __future__ import annotations

import json

from qda_app.cli.output import write_json, write_json_list, write_json_with_list, write_table, write_table_stream

ITEMS = [{"id": "1:1", "text": "😀 línea\nsegunda \"citada\" \\ \t\u2028", "codes": ["A::B", "C"],
          "nested": {"x": [1, 2.5, True, False], "empty": {}, "list": [[], [{"a": None}]]}},
         {"id": "1:2", "text": "", "codes": [], "comment": None, "number": -3}]


def test_json_list_written_item_by_item_matches_json_dumps(capsysbinary):
    for items in ([], ITEMS[:1], ITEMS):
        write_json(items)
        whole = capsysbinary.readouterr().out
        write_json_list(iter(items))
        streamed = capsysbinary.readouterr().out
        assert streamed == whole
        assert json.loads(streamed) == items


def test_object_with_a_list_written_item_by_item_matches_json_dumps(capsysbinary):
    for head in ({}, {"coders": ["Ana", "Bea \"B\""]}, {"coders": [], "note": {"a": 1}}):
        for items in ([], ITEMS[:1], ITEMS):
            write_json({**head, "passages": items})
            whole = capsysbinary.readouterr().out
            write_json_with_list(head, "passages", iter(items))
            streamed = capsysbinary.readouterr().out
            assert streamed == whole
            assert json.loads(streamed) == {**head, "passages": items}


def test_table_written_row_by_row_matches_the_whole_table(capsysbinary):
    rows = [["1:1", "Centralismo; Región", "x" * 80], ["12:345", "", "corto"]]
    write_table(["ID", "codes", "text"], rows)
    whole = capsysbinary.readouterr().out
    write_table_stream(["ID", "codes", "text"], lambda: iter(rows))
    assert capsysbinary.readouterr().out == whole


def test_quotes_with_an_unknown_code_prints_nothing_and_says_why(coded_project, cli):
    path = coded_project.path
    coded_project.close()
    result = cli("quotes", path, "--code", "No existe", "--json")
    assert result.code == 1 and result.stdout == ""
    assert "No existe" in result.stderr and "Traceback" not in result.stderr
    listed = cli("quotes", path, "--json").json()
    assert [quotation["id"] for quotation in listed] == ["1:1", "1:2", "2:1"]
