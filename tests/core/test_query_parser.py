"""The query language's grammar: trees, precedence, round trip through text, syntax errors."""

from __future__ import annotations

import pytest

from qda_app.core.errors import QuerySyntaxError
from qda_app.core.query import And, Not, Operand, Or, Proximity, format_query, operand_names, parse_query

A, B, C = Operand("A"), Operand("B"), Operand("C")


@pytest.mark.parametrize(("text", "tree"), [
    ('"A"', A),
    ('"A::x" AND NOT ("B" OR "C")', And((Operand("A::x"), Not(Or((B, C)))))),
    ('"A" OR "B" AND "C"', Or((A, And((B, C))))),
    ('"A" enclosed   by "B" or "C"', Or((Proximity("ENCLOSED BY", A, B), C))),
    ('NOT "A" FOLLOWS "B"', Not(Proximity("FOLLOWS", A, B))),
    ('"A" FOLLOWS "B" PRECEDES "C"', Proximity("PRECEDES", Proximity("FOLLOWS", A, B), C)),
    ('"A" CO-OCCURS ("B" AND "C")', Proximity("CO-OCCURS", A, And((B, C)))),
    ('"A" OVERLAPPED BY "B" AND "A" OVERLAPS "C"',
     And((Proximity("OVERLAPPED BY", A, B), Proximity("OVERLAPS", A, C)))),
    ('"say \\"no\\"" ENCLOSES "B"', Proximity("ENCLOSES", Operand('say "no"'), B)),
    ('"Orden" AND "Andes"', And((Operand("Orden"), Operand("Andes")))),
])
def test_parse_and_format_round_trip(text, tree):
    assert parse_query(text) == tree
    assert parse_query(format_query(tree)) == tree


def test_operand_names_in_order_once():
    assert operand_names(parse_query('"B" AND ("A" OR "B") ENCLOSES "C"')) == ["B", "A", "C"]


@pytest.mark.parametrize(("text", "line", "column", "found"), [
    ('"A" AND', 1, 8, ""),
    ('"A" "B"', 1, 5, '"B"'),
    ('("A" OR "B"', 1, 12, ""),
    ('"A" ANDX "B"', 1, 5, "A"),
    ('"A"\n  AND )', 2, 7, ")"),
    ('"A" ENCLOSES', 1, 13, ""),
    ('"unclosed', 1, 1, '"unclosed'),
    ("", 1, 1, ""),
])
def test_syntax_errors_carry_line_and_column(text, line, column, found):
    with pytest.raises(QuerySyntaxError) as error:
        parse_query(text)
    assert (error.value.line, error.value.column, error.value.found) == (line, column, found)
    assert error.value.expected
