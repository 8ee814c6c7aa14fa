"""File > Import / Export: REFI-QDA projects and codebooks, report workbooks; translated wording."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from qda_app.cli.done_lines import DONE_LINES
from qda_app.cli.messages import (
    _IMPORT_REASONS, _KIND_TEMPLATES, _NAME_REASONS, _TEMPLATES, _WORDS, ARGUMENT_REASONS, CLI_LINES, OUTPUT_PROBLEMS,
    IMPORT_DETAILS, IMPORT_WARNINGS, PROJECT_PROBLEMS,
)
from qda_app.cli.headings import CELL_WORDS, HEADINGS
from qda_app.cli.parser_language import catalogue_texts
from qda_app.gui import messages
from qda_app.services import codes
from qda_app.services.interop import report_text
from qda_app.services.project import Project
from tests.gui.sample import build_sample_project
from tests.gui.test_coding_actions import snapshot


def test_message_catalogue_matches_the_sources():
    """The QT_TRANSLATE_NOOP copies are exactly the templates the services use."""
    assert list(messages.ERROR_TEMPLATES) == list(_TEMPLATES.values())
    assert list(messages.IMPORT_REASONS) == list(_IMPORT_REASONS.values())
    assert list(messages.INTEROP_REASONS) == list(report_text.REASONS.values())
    assert list(messages.REPORT_ENTRIES) == list(report_text.ENTRIES.values())
    assert list(messages.REPORT_WORDS) == [*report_text.LOST.values(), *report_text.WORDS, *report_text.SEVERITIES]
    assert list(messages.KIND_TEMPLATES) == list(_KIND_TEMPLATES.values())
    assert list(messages.NAME_REASONS) == list(_NAME_REASONS.values())
    assert list(messages.MESSAGE_WORDS) == list(_WORDS)
    assert list(messages.CLI_LINES) == list(CLI_LINES.values())
    assert list(messages.ARGUMENT_REASONS) == list(ARGUMENT_REASONS.values())
    assert list(messages.DONE_LINES) == list(DONE_LINES.values())
    assert list(messages.OUTPUT_PROBLEMS) == list(OUTPUT_PROBLEMS.values())
    assert list(messages.PROJECT_PROBLEMS) == list(PROJECT_PROBLEMS.values())
    assert list(messages.INTEROP_DETAILS) == list(report_text.DETAILS.values())
    assert list(messages.CLI_HEADINGS) == [*HEADINGS.values(), *CELL_WORDS.values()]
    assert list(messages.IMPORT_DETAILS) == list(IMPORT_DETAILS.values())
    assert list(messages.IMPORT_WARNINGS) == list(IMPORT_WARNINGS.values())
    # Every help text of the command line, argparse's words among them: a new option's help
    # fails here until tools/regen_messages.py has run (and lupdate, and the translations).
    assert list(messages.CLI_HELP) == catalogue_texts()


def test_export_qdpx_then_import_creates_and_opens_a_project(window, tmp_path):
    qdpx = tmp_path / "sample.qdpx"
    report = window.interop.export_qdpx(str(qdpx), show=False)
    assert report is not None and qdpx.exists() and report.summary["documents"] == 2
    assert "Documents" in window.interop.last_dialog.report_html()
    target = tmp_path / "imported.qdaproj"
    assert window.interop.import_qdpx(str(qdpx), str(target), show=False) == target
    assert target.exists()
    assert window.project is not None and window.project.path == target
    assert [c.path for c in codes.list_codes(window.project)] == [
        "Centralismo", "Centralismo::Recorte presupuestal", "Centralismo::Dependencia del ministerio",
        "Cultura política", "Cultura política::Paternalismo"]
    from qda_app.services import coding

    from tests.gui.sample import TRANSCRIPT

    dependencia, torta = TRANSCRIPT.index("Todo lo que"), TRANSCRIPT.index("La torta")
    assert sorted((q.quotation_id, q.start, q.end, tuple(q.codes)) for q in coding.list_quotations(window.project)) == [
        ("1:1", dependencia, dependencia + 70, ("Centralismo::Dependencia del ministerio",)),
        ("1:2", torta, torta + 95, ("Centralismo::Recorte presupuestal",)),
        ("1:3", torta + 40, torta + 150, ("Cultura política::Paternalismo",)),
    ]
    html = window.interop.last_dialog.report_html()
    assert "Quotations" in html


def test_import_error_is_worded(window, tmp_path, monkeypatch):
    import qda_app.gui.interop_actions as interop_actions
    from qda_app.gui.dialogs.common import error_text

    bogus = tmp_path / "bogus.qdpx"
    bogus.write_text("not a zip")
    errors = []
    monkeypatch.setattr(interop_actions, "show_error", lambda parent, error: errors.append(error_text(error)))
    assert window.interop.import_qdpx(str(bogus), str(tmp_path / "x.qdaproj"), show=False) is None
    assert errors and "not a zip file" in errors[0]
    assert not (tmp_path / "x.qdaproj").exists()


def test_codebook_export_and_import_is_undoable(window, tmp_path):
    other = build_sample_project(tmp_path / "other.qdaproj")
    with Project.open(other) as project:
        codes.create_code(project, path="Nuevo::Código importado", color="#123456")
    from qda_app.services.interop.project_export import export_codebook

    with Project.open(other, read_only=True) as project:
        export_codebook(project, tmp_path / "book.qdc")
    before = snapshot(window.project)
    report = window.interop.import_qdc(str(tmp_path / "book.qdc"), show=False)
    assert report is not None and report.summary.get("codes_created", 0) >= 1
    assert "Nuevo::Código importado" in {c.path for c in codes.list_codes(window.project)}
    assert window.code_tree.source.index_of_path("Nuevo::Código importado").isValid()
    window.undo_stack.undo()
    assert snapshot(window.project) == before
    assert window.interop.export_qdc(str(tmp_path / "mine.qdc"), show=False) is not None
    import xml.etree.ElementTree as ET

    names = {element.get("name") for element in ET.parse(tmp_path / "mine.qdc").iter()
             if element.tag.endswith("}Code")}
    assert names == {"Centralismo", "Recorte presupuestal", "Dependencia del ministerio", "Cultura política",
                     "Paternalismo"}


def groundedness_in_sheet(sheet) -> dict[str, int]:
    rows = [row for row in sheet.iter_rows(values_only=True)]
    header_at = next(number for number, row in enumerate(rows) if "Groundedness" in row)
    code, groundedness = rows[header_at].index("Code"), rows[header_at].index("Groundedness")
    return {row[code]: row[groundedness] for row in rows[header_at + 1:] if row[code]}


def test_report_workbook_export(window, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: None)
    written = window.interop.export_report(str(tmp_path / "reports.xlsx"))
    assert written == [tmp_path / "reports.xlsx"]
    book = load_workbook(written[0], read_only=True)
    # the sample: Recorte and Dependencia one quotation each, Paternalismo one (beto's)
    assert groundedness_in_sheet(book["Codebook"]) == {
        "Centralismo": 2, "Recorte presupuestal": 1, "Dependencia del ministerio": 1,
        "Cultura política": 1, "Paternalismo": 1}
    written = window.interop.export_report(str(tmp_path / "reports.html"), show=False)
    html = written[0].read_text(encoding="utf-8")
    assert written[0].suffix == ".html"
    assert "Recorte presupuestal" in html and "Dependencia del ministerio" in html and "Paternalismo" in html


def test_report_lines_are_translated_through_the_callable():
    from qda_app.services.interop.refi_model import ImportReport

    report = ImportReport(file="x.qdpx")
    report.add("info", "guid_format", count=3)
    spanish = {"info": "información",
               "{count} GUID(s) written with braces; normalised": "{count} GUID escritos con llaves; normalizados"}
    line = report_text.word_entry(report.entries[0], report, lambda text: spanish.get(text, text))
    assert line == "información: 3 GUID escritos con llaves; normalizados"
    assert report_text.word_entry(report.entries[0], report) == "info: 3 GUID(s) written with braces; normalised"


def test_spanish_wording_of_errors_menus_and_undo_names(window):
    from qda_app.core.errors import CodeNotFound
    from qda_app.gui.i18n import install_language
    from qda_app.gui.undo_names import translated_command_name
    from qda_app.services.command_names import command_name
    from qda_app.services.commands import CommandRecord
    from qda_app.store.database import ChangeSet

    try:
        window.set_language("es")
        # "&Edición" comes first, so the Team menu's accelerator moves off the E
        assert window.menus["menuTeam"].title() == "E&quipo"
        assert window.menus["menuExport"].title() == "E&xportar"
        assert messages.error_text(CodeNotFound(path="A::b")) == "no existe el código «A::b»"
        named = CommandRecord(name="Create code 'X'", changes=ChangeSet(), title=command_name("create_code", name="X"))
        assert translated_command_name(named) == "Crear el código «X»"
        assert translated_command_name(CommandRecord("Something unknown", ChangeSet())) == "Something unknown"
    finally:
        window.set_language("en")
        install_language("en")
