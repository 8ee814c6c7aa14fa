"""Languages: Qt Linguist catalogues in resources/i18n, following the system locale by default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from qda_app.resources_path import resource

LANGUAGES = {"en": "English", "es": "Español", "pt": "Português"}
_installed: list[QTranslator] = []
_current = ["en"]  # the language last installed: what the reader sees right now


def current_language() -> str:
    """"en", "es" or "pt": the language the program speaks now (a saved preference, the
    system's, or ``--lang`` for this run), for names stored in three languages."""
    return _current[0]


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def catalogue_path(code: str) -> str:
    return str(resource("i18n", f"qda_app_{code}.qm"))


def install_language(code: str | None) -> str:
    """Switch the whole application to ``code`` ("" or None: the system's). Returns the code used."""
    language = code if code in LANGUAGES else system_language()
    application = QCoreApplication.instance()
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    _current[0] = language
    locale = QLocale(language)
    QLocale.setDefault(locale)  # numbers and dates follow the chosen language
    if language != "en":
        ours = QTranslator(application)
        if ours.load(catalogue_path(language)):
            application.installTranslator(ours)
            _installed.append(ours)
        qt_own = QTranslator(application)  # standard buttons (OK, Cancel) in the same language
        if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            application.installTranslator(qt_own)
            _installed.append(qt_own)
    return language
