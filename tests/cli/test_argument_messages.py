"""Every refused argument and every done line is a whole sentence of the catalogue."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from qda_app.cli.done_lines import DONE_LINES
from qda_app.cli.messages import ARGUMENT_REASONS, OUTPUT_PROBLEMS, describe
from qda_app.core.errors import InvalidArgument
from tests.cli_support import run_cli

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def _calls(*names: str):
    for path in sorted((ROOT / "qda_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in names:
                yield path, node, {k.arg: k.value for k in node.keywords}


def _raise_sites():
    """(file, line, reason keys the site can raise, keyword names it passes) for every
    ``InvalidArgument(...)`` call in the package."""
    for path, node, keywords in _calls("InvalidArgument"):
        yield path, node.lineno, _possible_keys(path, keywords.get("reason")), set(keywords)


def _possible_keys(path: Path, reason: ast.expr | None) -> list[object]:
    """A literal key, or every value of a module-level table looked up with ``TABLE.get(x, default)``."""
    if isinstance(reason, ast.Constant):
        return [reason.value]
    if isinstance(reason, ast.IfExp):
        return [*_possible_keys(path, reason.body), *_possible_keys(path, reason.orelse)]
    if (isinstance(reason, ast.Call) and isinstance(reason.func, ast.Attribute) and reason.func.attr == "get"
            and isinstance(reason.func.value, ast.Name)):
        module = importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
        table = getattr(module, reason.func.value.id)
        default = [reason.args[1].value] if len(reason.args) > 1 and isinstance(reason.args[1], ast.Constant) else []
        return [*table.values(), *default]
    return [ast.unparse(reason) if reason is not None else None]  # not a key: reported below


def test_every_raise_site_names_a_sentence_of_the_catalogue_and_fills_it():
    sites = list(_raise_sites())
    assert len(sites) >= 50  # the walk found the raise sites (services, core, CLI)
    problems = []
    for path, line, keys, passed in sites:
        where = f"{path.relative_to(ROOT)}:{line}"
        for key in keys:
            if key not in ARGUMENT_REASONS:
                problems.append(f"{where}: reason {key!r} is not a key of ARGUMENT_REASONS")
                continue
            missing = set(PLACEHOLDER.findall(ARGUMENT_REASONS[key])) - passed
            if missing:
                problems.append(f"{where}: {key!r} needs {sorted(missing)}, not passed")
    assert not problems, "\n".join(problems)


def test_every_refused_output_is_a_sentence_of_the_catalogue():
    """An output or merge refusal names a ``problem`` of OUTPUT_PROBLEMS and fills it; only an
    operating system's own message may travel as ``detail`` (never English prose of ours)."""
    problems, used, count = [], set(), 0
    for path, node, keywords in _calls("ExportFailed", "OutputRefused", "MergeError"):
        count += 1
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        detail = keywords.get("detail")
        if isinstance(detail, (ast.Constant, ast.JoinedStr)):
            problems.append(f"{where}: prose in detail=; give problem= a key of OUTPUT_PROBLEMS")
        if "problem" not in keywords:
            continue
        for key in _possible_keys(path, keywords["problem"]):
            used.add(key)
            if key not in OUTPUT_PROBLEMS:
                problems.append(f"{where}: problem {key!r} is not a key of OUTPUT_PROBLEMS")
            elif missing := set(PLACEHOLDER.findall(OUTPUT_PROBLEMS[key])) - set(keywords):
                problems.append(f"{where}: {key!r} needs {sorted(missing)}, not passed")
    assert count >= 20 and not problems, "\n".join(problems)
    assert set(OUTPUT_PROBLEMS) - used == set()


def test_every_sentence_is_used_by_a_raise_site():
    used = {key for _path, _line, keys, _passed in _raise_sites() for key in keys}
    assert set(ARGUMENT_REASONS) - used == set()


def test_a_refused_argument_reads_as_one_sentence_in_each_language():
    from qda_app.cli import language

    error = InvalidArgument(name="level", reason="use_one_of", choices=("nominal", "ordinal"))
    try:
        assert describe(error, language.tr) == "level: use one of nominal, ordinal"
        language.set_language("es")
        assert describe(error, language.tr) == "level: use uno de estos valores: nominal, ordinal"
        language.set_language("pt")
        assert describe(error, language.tr) == "level: use um destes valores: nominal, ordinal"
    finally:
        language.set_language("en")


@pytest.mark.parametrize(("lang", "created", "refused"), [
    ("en", "created {path}", "qda-app: error: --keep: must be 1 or more (got 0)"),
    ("es", "se creó {path}", "qda-app: error: --keep: debe ser 1 o más (se recibió 0)"),
    ("pt", "{path} foi criado", "qda-app: erro: --keep: deve ser 1 ou mais (recebido: 0)"),
])
def test_a_success_line_and_an_error_in_the_chosen_language(lang, created, refused, tmp_path):
    project = tmp_path / "p.qdaproj"
    made = run_cli("--lang", lang, "new", project)
    assert made.code == 0 and made.stdout.strip() == created.format(path=project)
    before = project.read_bytes()
    result = run_cli("--lang", lang, "backup", project, "--keep", "0")
    assert result.code == 1 and result.stderr.strip() == refused
    assert project.read_bytes() == before


@pytest.mark.parametrize(("lang", "expected"), [
    ("es", ["se eliminó el grupo de códigos «Actores»"]),
    ("pt", ["grupo de códigos “Actores” excluído"]),
])
def test_a_counted_and_a_deleting_line_in_spanish_and_portuguese(lang, expected, tmp_path):
    project = tmp_path / "p.qdaproj"
    assert run_cli("new", project).code == 0
    assert run_cli("add-code", project, "Alcalde").code == 0
    made = run_cli("--lang", lang, "code-group", project, "Actores", "--add", "Alcalde")
    assert made.code == 0 and made.stdout.strip() == {"es": "Actores: 1 código", "pt": "Actores: 1 código"}[lang]
    deleted = run_cli("--lang", lang, "code-group", project, "Actores", "--delete")
    assert deleted.code == 0 and deleted.stdout.strip().splitlines() == expected


def test_each_done_line_with_a_count_has_its_singular():
    counted = [key for key, text in DONE_LINES.items() if "{count}" in text]
    assert counted and all(f"{key}_one" in DONE_LINES for key in counted)


@pytest.mark.parametrize(("lang", "expected"), [
    ("es", "qda-app: error: {file}: la carpeta {folder} no existe"),
    ("pt", "qda-app: erro: {file}: a pasta {folder} não existe"),
])
def test_a_refused_output_in_spanish_and_portuguese(lang, expected, tmp_path):
    project = tmp_path / "p.qdaproj"
    assert run_cli("new", project).code == 0
    target = tmp_path / "falta" / "informe.xlsx"
    result = run_cli("--lang", lang, "report", project, "-o", target)
    assert result.code == 1
    assert result.stderr.strip() == expected.format(file=target, folder=target.parent)
    exchange = run_cli("--lang", lang, "export-qdpx", project, "-o", target.with_suffix(".qdpx"))
    assert exchange.code == 1  # the exchange's own error, the refusal's sentence inside it
    assert expected.split("{file}: ")[1].format(folder=target.parent) in exchange.stderr
    disguised = tmp_path / "informe.xlsx"  # a project under a workbook's name: known by its content
    disguised.write_bytes(project.read_bytes())
    refused = run_cli("--lang", lang, "report", project, "-o", disguised, "--force")
    assert refused.code == 1 and str(disguised) in refused.stderr
    assert ("archivo de proyecto de qda_app" if lang == "es" else "arquivo de projeto do qda_app") in refused.stderr
