"""The CLI speaks the user's language: --lang or the system's, from the GUI's own catalogue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qda_app.cli import language
from qda_app.cli.language import language_from_environment
from qda_app.cli.done_lines import DONE_LINES
from qda_app.cli.headings import CELL_WORDS, HEADINGS
from qda_app.cli.messages import ARGUMENT_REASONS, IMPORT_DETAILS, IMPORT_WARNINGS, OUTPUT_PROBLEMS, PROJECT_PROBLEMS, _IMPORT_REASONS, _KIND_TEMPLATES, _NAME_REASONS, _TEMPLATES, _WORDS, CLI_LINES, describe
from qda_app.cli.parser_language import catalogue_texts
from qda_app.core.errors import DuplicateName, InvalidName, ProjectReadOnly
from qda_app.services.interop import report_text
from qda_app.services.interop.refi_model import ImportReport
from tests.cli_support import run_cli

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def every_user_visible_template() -> list[str]:
    """Every sentence the CLI or the GUI words from the Qt-free message tables."""
    return [*_TEMPLATES.values(), *_KIND_TEMPLATES.values(), *_IMPORT_REASONS.values(), *_NAME_REASONS.values(),
            *_WORDS, *CLI_LINES.values(), *ARGUMENT_REASONS.values(), *DONE_LINES.values(), *OUTPUT_PROBLEMS.values(), *report_text.REASONS.values(), *report_text.ENTRIES.values(),
            *report_text.LOST.values(), *report_text.WORDS, *report_text.SEVERITIES, *PROJECT_PROBLEMS.values(),
            *report_text.DETAILS.values(), *HEADINGS.values(), *CELL_WORDS.values(), *IMPORT_DETAILS.values(),
            *IMPORT_WARNINGS.values()]


@pytest.fixture
def spoken(request):
    """The CLI's translator switched to a language for one test, English again afterwards."""
    def switch(code: str):
        language.set_language(code)
        return language.tr
    yield switch
    language.set_language("en")


@pytest.mark.parametrize("code", ["es", "pt"])
def test_every_message_template_is_in_the_catalogue_with_its_placeholders(code):
    from PySide6.QtCore import QTranslator

    catalogue = QTranslator()
    assert catalogue.load(str(ROOT / "resources" / "i18n" / f"qda_app_{code}.qm"))
    missing, damaged = [], []
    for template in every_user_visible_template():
        translated = catalogue.translate("Messages", template)  # "" when the catalogue lacks it
        if not translated:
            missing.append(template)
        elif sorted(PLACEHOLDER.findall(translated)) != sorted(PLACEHOLDER.findall(template)):
            damaged.append(f"{template!r} -> {translated!r}")
    assert not missing, f"{code}: not in the catalogue:\n" + "\n".join(missing)
    assert not damaged, f"{code}: placeholders changed:\n" + "\n".join(damaged)


PERCENT_PLACEHOLDER = re.compile(r"%(?:\([a-z_]+\))?[sr]")


@pytest.mark.parametrize("code", ["es", "pt"])
def test_every_help_text_and_argparse_word_is_in_the_catalogue(code):
    """Context "CliHelp": argparse fills its %-placeholders after translating, and formats every
    help text with %, so a lost placeholder or a stray % would break --help."""
    from PySide6.QtCore import QTranslator

    catalogue = QTranslator()
    assert catalogue.load(str(ROOT / "resources" / "i18n" / f"qda_app_{code}.qm"))
    missing, damaged = [], []
    for text in catalogue_texts():
        translated = catalogue.translate(language.HELP_CONTEXT, text)
        if not translated:
            missing.append(text)
        elif (sorted(PERCENT_PLACEHOLDER.findall(translated)) != sorted(PERCENT_PLACEHOLDER.findall(text))
              or translated.count("%") != text.count("%")):
            damaged.append(f"{text!r} -> {translated!r}")
    assert not missing, f"{code}: not in the catalogue (run tools/regen_messages.py, lupdate):\n" + "\n".join(missing)
    assert not damaged, f"{code}: placeholders changed:\n" + "\n".join(damaged)


@pytest.mark.parametrize(("environment", "expected"), [
    ({"LANG": "es_PE.UTF-8"}, "es"),
    ({"LANG": "pt_BR.UTF-8"}, "pt"),
    ({"LANG": "es_PE.UTF-8", "LC_MESSAGES": "pt_BR.UTF-8"}, "pt"),
    ({"LANG": "es_PE.UTF-8", "LC_MESSAGES": "pt_BR.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_system_language_follows_posix_precedence(environment, expected):
    assert language_from_environment(environment) == expected


def test_a_kind_of_thing_is_worded_inside_a_whole_sentence(spoken):
    translate = spoken("es")
    assert describe(DuplicateName(kind="code", name="Centralismo"), translate) == \
        "ya existe un código llamado «Centralismo»"
    assert describe(DuplicateName(kind="network", name="Red 1"), translate) == "ya existe una red llamada «Red 1»"
    assert describe(InvalidName(kind="code", name="", reason="empty"), translate) == \
        "el nombre de código «» no se puede usar: está vacío"
    translate = spoken("pt")
    assert describe(ProjectReadOnly(path="p.qdaproj", detail="somente leitura"), translate) == \
        "p.qdaproj: não pode ser alterado: somente leitura"


def test_a_duplicate_guid_is_one_sentence_per_outcome(spoken):
    report = ImportReport()
    report.add("warning", "duplicate_guid", element="Code", guid="G1", first="Code")
    report.add("info", "duplicate_guid", element="Code", guid="G2", first="Code")
    translate = spoken("pt")
    dropped, renewed = (report_text.word_entry(entry, report, translate, with_severity=False)
                        for entry in report.entries)
    assert dropped == "dois elementos Code têm o mesmo GUID G1; o segundo foi deixado de fora"
    assert renewed == "dois elementos Code têm o mesmo GUID G2; o segundo recebeu um GUID novo"


@pytest.mark.parametrize(("how", "expected"), [
    (("--lang", "es"), "qda-app: error: {path}: no existe ese archivo de proyecto"),
    (("--lang", "pt"), "qda-app: erro: {path}: esse arquivo de projeto não existe"),
    ((), "qda-app: error: {path}: no such project file"),
])
def test_a_cli_error_in_the_chosen_language(how, expected, tmp_path):
    missing = tmp_path / "nada.qdaproj"
    result = run_cli(*how, "codes", missing)
    assert result.code == 1
    assert result.stderr.strip() == expected.format(path=missing)


@pytest.mark.parametrize(("system", "expected"), [
    ("es_PE.UTF-8", "qda-app: error: el código «Centralismo» no se puede relacionar consigo mismo"),
    ("pt_BR.UTF-8", "qda-app: erro: o código “Centralismo” não pode ser relacionado consigo mesmo"),
])
def test_a_cli_error_follows_the_system_language(system, expected, tmp_path):
    project = tmp_path / "p.qdaproj"
    assert run_cli("new", project).code == 0
    assert run_cli("add-code", project, "Centralismo").code == 0
    result = run_cli("relate", project, "Centralismo", "is associated with", "Centralismo", language=system)
    assert result.code == 1
    assert result.stderr.strip() == expected
