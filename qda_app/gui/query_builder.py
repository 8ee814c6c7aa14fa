"""The query builder's state: a stack of expressions, built by clicks, never by typing.

As in Atlas.ti's query tool: choosing a code (or smart code) puts it on the stack; an operator
takes its operands from the top of the stack and puts the combined expression back. The top of
the stack is the query, shown as text (``core.query.format_query``) and run as it is.
Plain Python, no Qt: the window presents it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qda_app.core.query import PROXIMITY_OPERATORS, And, Expression, Not, Operand, Or, Proximity, format_query

BOOLEAN_OPERATORS = ("OR", "AND", "NOT")
OPERATORS = BOOLEAN_OPERATORS + PROXIMITY_OPERATORS


def arity(operator: str) -> int:
    return 1 if operator == "NOT" else 2


@dataclass
class QueryStack:
    items: list[Expression] = field(default_factory=list)
    _history: list[list[Expression]] = field(default_factory=list)

    def _remember(self) -> None:
        self._history.append(list(self.items))

    def push(self, name: str) -> None:
        self._remember()
        self.items.append(Operand(name))

    def can_apply(self, operator: str) -> bool:
        return operator in OPERATORS and len(self.items) >= arity(operator)

    def apply(self, operator: str) -> bool:
        """Combine the top of the stack with ``operator``; False when it has too few operands."""
        if not self.can_apply(operator):
            return False
        self._remember()
        if operator == "NOT":
            self.items.append(Not(self.items.pop()))
            return True
        right, left = self.items.pop(), self.items.pop()
        if operator in ("OR", "AND"):
            kind = Or if operator == "OR" else And
            # "A OR B" then OR "C" is one OR of three, as the text shows it.
            operands = (left.operands if isinstance(left, kind) else (left,)) + (
                right.operands if isinstance(right, kind) else (right,))
            self.items.append(kind(operands))
        else:
            self.items.append(Proximity(operator=operator, left=left, right=right))
        return True

    def replace(self, expression: Expression) -> None:
        """The query typed in the text field becomes the top of the stack."""
        self._remember()
        if self.items:
            self.items[-1] = expression
        else:
            self.items.append(expression)

    def back(self) -> bool:
        if not self._history:
            return False
        self.items = self._history.pop()
        return True

    def clear(self) -> None:
        if self.items:
            self._remember()
            self.items = []

    @property
    def query(self) -> Expression | None:
        return self.items[-1] if self.items else None

    def text(self) -> str:
        return format_query(self.items[-1]) if self.items else ""

    def lines(self) -> list[str]:
        """Every stack entry as text, top first."""
        return [format_query(item) for item in reversed(self.items)]
