"""Rewrite the QT_TRANSLATE_NOOP tuples of qda_app/gui/messages.py from the Qt-free tables.

cli/messages.py, cli/done_lines.py, cli/headings.py and services/interop/report_text.py word
messages without Qt (and services/command_names.py names undoable actions, gui/undo_names.py);
the command line's help texts and argparse's own words go to context "CliHelp"
(cli/parser_language.py);
lupdate only collects literals, so gui/messages.py repeats every template as a
QT_TRANSLATE_NOOP("Messages", ...) entry. Run after changing one of those tables, then

    pyside6-lupdate $(git ls-files 'qda_app/gui/*.py' 'qda_app/gui/**/*.py') \
        -ts resources/i18n/qda_app_es.ts resources/i18n/qda_app_pt.ts
    python3 tools/fill_translations.py resources/i18n/qda_app_es.ts new-es.json   # and pt
    pyside6-lrelease resources/i18n/qda_app_es.ts resources/i18n/qda_app_pt.ts

tests/gui/test_interop_gui.py and tests/gui/test_undo_names.py check that the tuples equal the
tables, in order.

    python3 tools/regen_messages.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qda_app.cli.done_lines import DONE_LINES  # noqa: E402
from qda_app.cli.headings import CELL_WORDS, HEADINGS  # noqa: E402
from qda_app.cli.language import HELP_CONTEXT  # noqa: E402
from qda_app.cli.messages import (  # noqa: E402
    _IMPORT_REASONS, _KIND_TEMPLATES, _NAME_REASONS, _TEMPLATES, _WORDS, ARGUMENT_REASONS, CLI_LINES, OUTPUT_PROBLEMS,
    IMPORT_DETAILS, IMPORT_WARNINGS, PROJECT_PROBLEMS,
)
from qda_app.cli.parser_language import catalogue_texts  # noqa: E402
from qda_app.services.command_names import COMMAND_NAMES  # noqa: E402
from qda_app.services.interop import report_text  # noqa: E402

TABLES = {
    "ERROR_TEMPLATES": list(_TEMPLATES.values()),
    "IMPORT_REASONS": list(_IMPORT_REASONS.values()),
    "INTEROP_REASONS": list(report_text.REASONS.values()),
    "REPORT_ENTRIES": list(report_text.ENTRIES.values()),
    "REPORT_WORDS": [*report_text.LOST.values(), *report_text.WORDS, *report_text.SEVERITIES],
    "KIND_TEMPLATES": list(_KIND_TEMPLATES.values()),
    "NAME_REASONS": list(_NAME_REASONS.values()),
    "MESSAGE_WORDS": list(_WORDS),
    "CLI_LINES": list(CLI_LINES.values()),
    "ARGUMENT_REASONS": list(ARGUMENT_REASONS.values()),
    "DONE_LINES": list(DONE_LINES.values()),
    "OUTPUT_PROBLEMS": list(OUTPUT_PROBLEMS.values()),
    "PROJECT_PROBLEMS": list(PROJECT_PROBLEMS.values()),
    "INTEROP_DETAILS": list(report_text.DETAILS.values()),
    "CLI_HEADINGS": [*HEADINGS.values(), *CELL_WORDS.values()],
    "IMPORT_DETAILS": list(IMPORT_DETAILS.values()),
    "IMPORT_WARNINGS": list(IMPORT_WARNINGS.values()),
}



def _entry(value: str, context: str = "Messages") -> str:
    literal = repr(value) if '"' in value else f'"{value}"'
    return f'    QT_TRANSLATE_NOOP("{context}", {literal}),\n'


def regenerate(path: Path = ROOT / "qda_app" / "gui" / "messages.py") -> None:
    text = path.read_text(encoding="utf-8")
    tables = {name: (values, "Messages") for name, values in TABLES.items()}
    tables["CLI_HELP"] = (catalogue_texts(), HELP_CONTEXT)
    for name, (values, context) in tables.items():
        block = f"{name} = (\n{''.join(_entry(value, context) for value in values)})\n"
        text, found = re.subn(rf"^{name} = \(\n.*?^\)\n", lambda _m: block, text, count=1, flags=re.S | re.M)
        if not found:  # a new table: placed before the functions
            text = text.replace("\n\ndef translate_message", f"{block}\n\ndef translate_message", 1)
    path.write_text(text, encoding="utf-8")


def regenerate_undo_names(path: Path = ROOT / "qda_app" / "gui" / "undo_names.py") -> None:
    text = path.read_text(encoding="utf-8")
    block = f"UNDO_NAMES = (\n{''.join(_entry(value, 'UndoNames') for value in COMMAND_NAMES.values())})\n"
    text, found = re.subn(r"^UNDO_NAMES = \(\n.*?^\)\n", lambda _m: block, text, count=1, flags=re.S | re.M)
    assert found, "UNDO_NAMES tuple not found"
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    regenerate()
    regenerate_undo_names()
