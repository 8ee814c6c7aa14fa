"""How a project's published tables are worded: caption word, headers, citation word, source line.

Journals differ ("Cuadro" or "Tabla", "Fuente: Elaborado por los autores." or "Fuente:
elaboración propia"), so each project keeps its own wording, per report language, in its
settings. Unset entries take the defaults below: for Spanish the Puno paper's ("Cuadro 1",
"Subcategorías de análisis", "Enraizamiento (citas)"), for Portuguese as Brazilian and
Portuguese qualitative papers write them ("Quadro 1", "Fonte: Elaborado pelos autores.").
The Word tables and the workbook's category sheets both take their headers from here.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from qda_app.core.errors import InvalidArgument
from qda_app.services.command_names import command_name
from qda_app.services.project import Project
from qda_app.services.reports.labels import LANGUAGES, check_language
from qda_app.store import coders as setting_store

# entry: (English, Spanish, Portuguese)
DEFAULTS: dict[str, tuple[str, str, str]] = {
    "caption": ("Table", "Cuadro", "Quadro"),
    "category": ("Category", "Categoría", "Categoria"),
    "subcategory": ("Subcategories of analysis", "Subcategorías de análisis", "Subcategorias de análise"),
    "groundedness": ("Groundedness (quotations)", "Enraizamiento (citas)", "Enraizamento (citações)"),
    "representative": ("Representative quotation(s)", "Cita(s) representativa(s)", "Citação(ões) representativa(s)"),
    "cite": ("quotation", "cita", "citação"),
    "source_line": (
        "Source: Prepared by the authors.",
        "Fuente: Elaborado por los autores.",
        "Fonte: Elaborado pelos autores.",
    ),
    "author": ("", "", ""),  # empty: the project's current coder
}


@dataclass(frozen=True)
class Wording:
    caption: str
    category: str
    subcategory: str
    groundedness: str
    representative: str
    cite: str
    source_line: str
    author: str


ENTRIES = tuple(field.name for field in fields(Wording))


def _key(entry: str, language: str) -> str:
    return f"report.{language}.{entry}"


def default_wording(language: str) -> Wording:
    index = LANGUAGES.index(check_language(language))
    return Wording(**{entry: DEFAULTS[entry][index] for entry in ENTRIES})


def stored_wording(project: Project, language: str) -> dict[str, str | None]:
    """The entries the project sets for ``language``; None where the default applies."""
    check_language(language)
    return {entry: setting_store.get_setting(project.database, _key(entry, language)) for entry in ENTRIES}


def report_wording(project: Project, language: str) -> Wording:
    """The project's wording for ``language``, defaults where unset; the author falls back to
    the coder who has the project open."""
    wording = default_wording(language)
    stored = stored_wording(project, language)
    wording = replace(wording, **{entry: value for entry, value in stored.items() if value is not None})
    if not wording.author.strip():
        wording = replace(wording, author=project.coder)
    return wording


def set_report_wording(project: Project, *, language: str, **entries: str | None) -> None:
    """Store wording entries (``caption="Tabla"``, ``source_line=...``); None or "" restores the default."""
    check_language(language)
    unknown = sorted(set(entries) - set(ENTRIES))
    if unknown:
        raise InvalidArgument(name=unknown[0], reason="use_one_of", choices=ENTRIES)

    def action() -> None:
        for entry, value in entries.items():
            value = None if value is None else value.strip()
            # An emptied entry is forgotten, so it follows the default (also a changed default).
            if value:
                setting_store.set_setting(project.database, _key(entry, language), value)
            else:
                setting_store.delete_setting(project.database, _key(entry, language))

    project.execute(command_name("set_report_wording", language=language), action)
