"""The code query language: parse (lark grammar in ``query.lark``) into frozen dataclasses.

``parse_query(text)`` returns an expression tree of ``Operand``, ``Not``, ``And``, ``Or`` and
``Proximity`` nodes, or raises ``QuerySyntaxError`` with the 1-based line and column of the
first character that cannot stand where it is. ``format_query`` writes a tree back as text
(the query builder shows it; parsing it again gives the same tree). Evaluation is in
``core.query_eval``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from qda_app.core.errors import QuerySyntaxError

PROXIMITY_OPERATORS = ("ENCLOSES", "ENCLOSED BY", "OVERLAPS", "OVERLAPPED BY", "FOLLOWS", "PRECEDES", "CO-OCCURS")


@dataclass(frozen=True)
class Operand:
    """A code path or smart code name, as written between the double quotes."""

    name: str


@dataclass(frozen=True)
class Not:
    operand: Expression


@dataclass(frozen=True)
class And:
    operands: tuple[Expression, ...]


@dataclass(frozen=True)
class Or:
    operands: tuple[Expression, ...]


@dataclass(frozen=True)
class Proximity:
    """``left operator right``: the left side's quotations in that position to the right's."""

    operator: str  # one of PROXIMITY_OPERATORS
    left: Expression
    right: Expression


Expression = Operand | Not | And | Or | Proximity


@v_args(inline=True)
class _ToExpression(Transformer):  # type: ignore[type-arg]
    def operand(self, token: Token) -> Operand:
        text = str(token)[1:-1]
        return Operand(name=_unescape(text).strip())

    def negation(self, operand: Expression) -> Not:
        return Not(operand)

    def all_of(self, *operands: Expression) -> And:
        return And(tuple(operands))

    def any_of(self, *operands: Expression) -> Or:
        return Or(tuple(operands))

    def positioned(self, first: Expression, *rest: Token | Expression) -> Expression:
        result = first
        for index in range(0, len(rest), 2):
            operator = " ".join(str(rest[index]).upper().split())
            result = Proximity(operator=operator, left=result, right=rest[index + 1])  # type: ignore[arg-type]
        return result


def _unescape(text: str) -> str:
    out, index = [], 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            index += 1
            char = text[index]
        out.append(char)
        index += 1
    return "".join(out)


@lru_cache(maxsize=1)
def _parser() -> Lark:
    grammar = resources.files("qda_app.core").joinpath("query.lark").read_text(encoding="utf-8")
    return Lark(grammar, parser="lalr", propagate_positions=False, maybe_placeholders=False)


# A syntax error names what could have come, in words the messages translate (cli.messages).
CODE_IN_QUOTES = "a code name in quotes"
_TERMINAL_WORDS = {
    "OPERAND": CODE_IN_QUOTES, "LPAR": "(", "_NOT": "NOT", "_AND": "AND", "_OR": "OR", "RPAR": ")",
    "PROXIMITY": "a proximity operator", "$END": "the end",
}
# The words in the order a reader looks for them: what may come first, then what joins.
_WORD_ORDER = {word: position for position, word in enumerate(_TERMINAL_WORDS.values())}


def parse_query(text: str) -> Expression:
    """The expression tree of ``text``; ``QuerySyntaxError(line, column, found, expected)``."""
    if not text.strip():
        raise QuerySyntaxError(line=1, column=1, found="", expected=(CODE_IN_QUOTES,))
    try:
        tree = _parser().parse(text)
    except UnexpectedInput as error:
        raise _syntax_error(text, error) from None
    return _ToExpression().transform(tree)


def _syntax_error(text: str, error: UnexpectedInput) -> QuerySyntaxError:
    expected: set[str] = set()
    if isinstance(error, UnexpectedToken):
        expected = set(error.expected)
        found = "" if error.token.type == "$END" else str(error.token)
        if error.token.type == "$END":
            line, column = _end_position(text)
        else:
            line, column = error.line, error.column
    elif isinstance(error, UnexpectedCharacters):
        expected = set(error.allowed or ())
        found = text[error.pos_in_stream] if error.pos_in_stream < len(text) else ""
        if found == '"':
            found = text[error.pos_in_stream:].split("\n")[0]  # an unclosed quote: show the rest
        line, column = error.line, error.column
    elif isinstance(error, UnexpectedEOF):
        expected = set(error.expected)
        found = ""
        line, column = _end_position(text)
    else:  # pragma: no cover - lark raises only the three above
        found, line, column = "", 1, 1
    words = tuple(sorted({_TERMINAL_WORDS.get(name, name) for name in expected},
                         key=lambda word: (_WORD_ORDER.get(word, len(_WORD_ORDER)), word)))
    return QuerySyntaxError(line=line, column=column, found=found, expected=words)


def _end_position(text: str) -> tuple[int, int]:
    lines = text.split("\n")
    return len(lines), len(lines[-1]) + 1


def format_query(expression: Expression) -> str:
    """Text that parses back to ``expression`` (parentheses only where needed)."""
    return _format(expression, 0)


_LEVEL = {Or: 1, And: 2, Not: 3, Proximity: 4, Operand: 5}


def _format(expression: Expression, outer: int) -> str:
    level = _LEVEL[type(expression)]
    if isinstance(expression, Operand):
        escaped = expression.name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'
    if isinstance(expression, Not):
        text = f"NOT {_format(expression.operand, level)}"
    elif isinstance(expression, And):
        text = " AND ".join(_format(item, level + 1) for item in expression.operands)
    elif isinstance(expression, Or):
        text = " OR ".join(_format(item, level + 1) for item in expression.operands)
    else:
        # Left-associative: the left side may be another proximity, the right only an atom.
        text = f"{_format(expression.left, level)} {expression.operator} {_format(expression.right, level + 1)}"
    return f"({text})" if level < outer else text


def operand_names(expression: Expression) -> list[str]:
    """Every operand named in ``expression``, in order, once each."""
    names: list[str] = []

    def visit(node: Expression) -> None:
        if isinstance(node, Operand):
            names.append(node.name)
        elif isinstance(node, Not):
            visit(node.operand)
        elif isinstance(node, (And, Or)):
            for item in node.operands:
                visit(item)
        else:
            visit(node.left)
            visit(node.right)

    visit(expression)
    return list(dict.fromkeys(names))


def rename_operand(expression: Expression, old: str, new: str) -> Expression:
    """``expression`` with every operand named ``old`` (any case) renamed to ``new``."""
    if isinstance(expression, Operand):
        return Operand(new) if expression.name.casefold() == old.casefold() else expression
    if isinstance(expression, Not):
        return Not(rename_operand(expression.operand, old, new))
    if isinstance(expression, And):
        return And(tuple(rename_operand(item, old, new) for item in expression.operands))
    if isinstance(expression, Or):
        return Or(tuple(rename_operand(item, old, new) for item in expression.operands))
    return Proximity(expression.operator, rename_operand(expression.left, old, new),
                     rename_operand(expression.right, old, new))
