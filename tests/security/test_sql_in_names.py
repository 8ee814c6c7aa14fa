"""Names that look like SQL are names: they round-trip and nothing else changes.

Plus a static check that no SQL text in ``qda_app/store`` is assembled from values: every
f-string that builds SQL may only interpolate identifiers from a fixed list, or
placeholder lists made of ``?``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from qda_app.services import codes as code_service
from qda_app.services import coding, documents, memos
from qda_app.services.project import Project
from tests.conftest import snapshot

HOSTILE = [
    "'); DROP TABLE codes; --",
    'Robert"); DROP TABLE documents; --',
    "x' OR '1'='1",
    "%",
    "_",
    "%_%",
    "\\",
    "‘curly’ “quotes” «guillemets» ‹›",
    "名前; DELETE FROM quotations",
    "O'Brien",
    "a\"b'c`d[e]f",
    "?",
    ":name @p $x",
    "* FROM sqlite_master --",
    "emoji 😀 ; --",
]


def _schema(project: Project) -> list[tuple]:
    return sorted(tuple(row.values()) for row in project.database.rows(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"))


def test_hostile_names_round_trip_and_touch_nothing_else(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qdaproj", coder="Ana") as project:
        base = documents.add_text_document(project, name="base", text="Texto de base para codificar. " * 10)
        schema = _schema(project)
        for index, name in enumerate(HOSTILE):
            before = snapshot(project)
            doc = documents.add_text_document(project, name=name, text=f"Texto {index}: {name}", group=name)
            code = code_service.create_code(project, path=f"{name}::{name}", description=name)
            quotation = coding.code_span(project, document=base.number, start=index, end=index + 5,
                                         codes=[f"{name}::{name}"], coder=name, comment=name)
            memo = memos.create_memo(project, title=name, text=name, target_type="code", target=code.path)
            documents.set_attribute(project, number=doc.number, name=name, value=name)
            after = snapshot(project)
            # Exactly the rows this step made, in the tables it should touch.
            changed = {table for table in after if after[table] != before[table]}
            # (code_lineage, code_tallies and quotation_tally are kept by the file's triggers)
            assert changed <= {"documents", "codes", "quotations", "codings", "coders", "memos",
                               "groups", "group_members", "attributes", "attribute_values",
                               "document_attributes", "settings", "quotation_counters", "memo_links",
                               "code_lineage", "code_tallies", "quotation_tally"}, changed
            for table, rows in before.items():
                if table not in ("settings", "quotation_counters", "code_tallies", "quotation_tally"):
                    # counters, kept tallies and last coder move on
                    assert set(rows) <= set(after[table]), f"{table} lost rows after {name!r}"
            # Round trip through the read side.
            assert documents.document_text(project, doc.number) == f"Texto {index}: {name}"
            assert any(found.name == name for found in documents.list_documents(project))
            assert code.path == f"{name}::{name}" and code.name == name
            listed = {listed.path: listed for listed in code_service.list_codes(project)}
            assert listed[f"{name}::{name}"].description == name
            assert quotation.comment == name and name in quotation.coders
            assert [q.quotation_id for q in coding.list_quotations(project, codes=[f"{name}::{name}"])] \
                == [quotation.quotation_id]
            assert [q.quotation_id for q in coding.list_quotations(project, coders=[name])] \
                == [quotation.quotation_id]
            assert memos.get_memo(project, memo.id).title == name
            assert documents.document_attributes(project)[doc.number] == {name: name}
            assert name in [group.name for group in documents_groups(project)]
        assert _schema(project) == schema
        # LIKE-style wildcards are not wildcards: '%' and '_' find only themselves.
        assert [q.codes for q in coding.list_quotations(project, codes=["%::%"])] == [("%::%",)]
        assert [q.codes for q in coding.list_quotations(project, codes=["_::_"])] == [("_::_",)]
        assert len(documents.list_documents(project)) == len(HOSTILE) + 1
        assert len([c for c in code_service.list_codes(project) if "::" not in c.path]) == len(HOSTILE)


def documents_groups(project: Project):  # noqa: ANN201
    from qda_app.services.gui_queries import document_groups

    return document_groups(project)


def test_hostile_names_survive_the_cli_and_a_qdpx_round_trip(tmp_path: Path, cli) -> None:  # noqa: ANN001
    path = tmp_path / "p.qdaproj"
    assert cli("new", path).code == 0
    for name in HOSTILE[:6]:
        result = cli("add-code", path, name)
        assert result.code == 0, result.stderr
    codes = {record["path"] for record in cli("codes", path, "--json").json()}
    assert codes == set(HOSTILE[:6])
    assert cli("export-qdc", path, "-o", tmp_path / "c.qdc").code == 0
    other = tmp_path / "q.qdaproj"
    assert cli("new", other).code == 0
    assert cli("import-qdc", other, tmp_path / "c.qdc").code == 0
    assert {record["path"] for record in cli("codes", other, "--json").json()} == codes


# --- static: SQL is never built from values ------------------------------------------------------

STORE = Path(__file__).resolve().parents[2] / "qda_app" / "store"
SQL_WORDS = ("SELECT", "INSERT", "UPDATE", "DELETE", "PRAGMA", "WHERE", " IN (", "ORDER BY", "CREATE",
             "ALTER", " JOIN ")
# Local names an f-string may interpolate into SQL: table and column names from the code, and
# SQL fragments assembled in the same function from other checked fragments. A name holding a
# user's value must never be one of these.
ALLOWED_NAMES = {
    "table", "columns", "marks", "assignments", "where", "APPLICATION_ID", "SCHEMA_VERSION",
    "savepoint", "quotations", "clause", "clauses", "column", "order", "joins", "codings_sql",
    "representatives_sql", "name", "sql",
}
# Helpers that build "IN (?, ?, ...)" from a count; each is checked below to use only '?'.
PLACEHOLDER_HELPERS = {"_marks", "_ids_clause"}
PLACEHOLDER_PIECES = {"?", ",", ", ", "NULL", ""}


def _strings(node: ast.AST) -> set[str]:
    return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _is_placeholder_list(node: ast.AST) -> bool:
    """e.g. ``','.join('?' * len(ids)) or 'NULL'``: only '?', commas and NULL come out."""
    return "?" in _strings(node) and _strings(node) <= PLACEHOLDER_PIECES


def _constant_names(tree: ast.Module) -> set[str]:
    """Module-level names bound to SQL text without any interpolation (``_CODINGS = "SELECT..."``)."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets):
            if all(isinstance(n, (ast.Constant, ast.BinOp, ast.Add)) for n in ast.walk(node.value)
                   if not isinstance(n, ast.expr_context)):
                names.update(t.id for t in node.targets)
    return names


def _unsafe_parts(node: ast.JoinedStr, constants: set[str]) -> list[str]:
    bad = []
    for value in node.values:
        if not isinstance(value, ast.FormattedValue):
            continue
        expression = value.value
        if isinstance(expression, ast.Name) and (expression.id in ALLOWED_NAMES or expression.id in constants):
            continue
        if _is_placeholder_list(expression):
            continue
        if (isinstance(expression, ast.Call) and isinstance(expression.func, ast.Name)
                and expression.func.id in PLACEHOLDER_HELPERS
                and all(isinstance(arg, (ast.Constant, ast.Name)) for arg in expression.args)):
            continue
        if isinstance(expression, ast.Call) and ast.unparse(expression.func) == "', '.join":
            # ", ".join(f'"{name}"' for name in values): the inner f-string is checked on its own
            generator = expression.args[0] if expression.args else None
            if isinstance(generator, ast.GeneratorExp) and isinstance(generator.elt, ast.JoinedStr | ast.Constant):
                continue
        bad.append(ast.unparse(expression))
    return bad


def _literal_text(node: ast.JoinedStr) -> str:
    return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))


def _sql_fstrings() -> list[tuple[str, int, str, list[str]]]:
    found = []
    for path in sorted(STORE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _constant_names(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                text = _literal_text(node)
                if any(word in text.upper() for word in SQL_WORDS):
                    found.append((path.name, node.lineno, text, _unsafe_parts(node, constants)))
    return found


def test_the_static_check_sees_the_store_sql() -> None:
    found = _sql_fstrings()
    assert len(found) >= 10
    assert any(name == "database.py" and "INSERT INTO" in text for name, _, text, _ in found)


def test_sql_fstrings_in_the_store_interpolate_only_identifiers_and_placeholders() -> None:
    problems = [f"{module}:{line}: {parts} in {text[:70]!r}"
                for module, line, text, parts in _sql_fstrings() if parts]
    assert not problems, "\n".join(problems)


def test_placeholder_helpers_only_make_question_marks() -> None:
    seen = set()
    for path in sorted(STORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in PLACEHOLDER_HELPERS:
                seen.add(node.name)
                parameters = {arg.arg for arg in node.args.args}
                for returned in (n.value for n in ast.walk(node) if isinstance(n, ast.Return)):
                    if isinstance(returned, ast.Tuple):  # (sql, params)
                        returned = returned.elts[0]
                    parts = [v.value for v in returned.values if isinstance(v, ast.FormattedValue)] \
                        if isinstance(returned, ast.JoinedStr) else [returned]
                    for part in parts:
                        if isinstance(part, ast.Constant):
                            continue  # fixed text
                        is_column = isinstance(part, ast.Name) and part.id in parameters and part.id == "column"
                        assert is_column or _is_placeholder_list(part), f"{path.name}:{node.name}: {ast.unparse(part)}"
    assert seen, "the helpers moved: update PLACEHOLDER_HELPERS"


@pytest.mark.parametrize("bad", ["f'SELECT * FROM codes WHERE name = {name_value}'",
                                 "f\"DELETE FROM memos WHERE title = '{memo.title}'\"",
                                 "f'SELECT 1 WHERE x IN ({\", \".join(values)})'"])
def test_the_static_check_catches_a_value_in_sql(bad: str) -> None:
    node = ast.parse(bad).body[0].value
    assert isinstance(node, ast.JoinedStr)
    assert _unsafe_parts(node, set())
