"""The language of the CLI's messages: ``--lang``, else the system's (LC_ALL, LC_MESSAGES, LANG; on
Windows, which sets none of them, the language Windows is shown in).

The CLI reads the GUI's own Qt Linguist catalogue (context "Messages"), so both say the same
thing in the same words. QtCore is imported only when a message in Spanish or Portuguese is
actually worded: ``qda-app --help`` and every English run stay free of Qt. QTranslator works
without a QCoreApplication and without a display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

LANGUAGES = ("en", "es", "pt")
CONTEXT = "Messages"
HELP_CONTEXT = "CliHelp"  # argparse's help and usage texts, its own words among them


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The POSIX order: the first of LC_ALL, LC_MESSAGES, LANG that is set decides. Windows
    sets none of them: there the language of the user's Windows does (as in the program window)."""
    environ = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            return _language_code(value)
    if sys.platform == "win32":
        return _language_code(_windows_display_language())
    return "en"


def _language_code(value: str) -> str:
    code = value.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def _windows_display_language() -> str:
    """"es_PE" and the like for the language Windows shows its own menus in ("" if unknown)."""
    import ctypes
    import locale

    try:
        return locale.windows_locale.get(ctypes.windll.kernel32.GetUserDefaultUILanguage(), "")
    except (AttributeError, OSError):
        return ""


class _CliLanguage:
    def __init__(self) -> None:
        self.code = "en"
        self._translator = None  # a QTranslator, loaded on the first message worded

    def set(self, code: str | None) -> str:
        self.code = code if code in LANGUAGES else language_from_environment()
        self._translator = None
        return self.code

    def translate(self, text: str, context: str = CONTEXT) -> str:
        if self.code == "en" or not text:
            return text
        if self._translator is None:
            from PySide6.QtCore import QTranslator

            from qda_app.resources_path import resource

            translator = QTranslator()
            # A missing catalogue (a broken installation) leaves the messages in English.
            translator.load(str(resource("i18n", f"qda_app_{self.code}.qm")))
            self._translator = translator
        return self._translator.translate(context, text) or text


_current = _CliLanguage()


def set_language(code: str | None) -> str:
    """``code`` from ``--lang``; None: the system's. Returns the language used."""
    return _current.set(code)


def current_language() -> str:
    return _current.code


def tr(text: str) -> str:
    """The ``translate`` callable for cli.messages and report_text, in the CLI's language."""
    return _current.translate(text)


def tr_help(text: str) -> str:
    """A help or usage text of the command line (context "CliHelp"), in the CLI's language."""
    return _current.translate(text, HELP_CONTEXT)


def _tr_help_plural(singular: str, plural: str, count: int) -> str:
    return tr_help(singular if count == 1 else plural)


def route_argparse_words() -> None:
    """argparse words its headings and errors ("usage:", "options", "the following arguments are
    required") through ``gettext``, looked up when they are printed; it is given our translator
    instead, so those words follow ``--lang`` and the system's language like the rest."""
    import argparse

    argparse._ = tr_help  # noqa: SLF001 - argparse's documented translation hook is gettext's _
    argparse.ngettext = _tr_help_plural
