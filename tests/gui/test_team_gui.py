"""Team menu: copy for a coder, merge the copy back (undoable), agreement window, consensus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from qda_app.gui.dialogs.disagreements_panel import DIFFER_STYLE, UNCODED_STYLE, marked_excerpt
from qda_app.gui.models.agreement_models import READING_COLOURS, Cell, CoefficientTableModel, Row
from qda_app.services import coding, consensus
from qda_app.services.agreement import as_json
from qda_app.services.agreement_words import warnings
from qda_app.services.project import Project
from tests.gui.sample import TRANSCRIPT
from tests.gui.test_coding_actions import snapshot


def make_copy(window, monkeypatch, target, coder="carla", blind=True):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: shown.append(args[2]))
    dialog = window.team.copy_for_coder(show=False)
    dialog.coder.setText(coder)
    assert dialog.path.text().endswith(".qdaproj")  # suggested beside the project
    dialog.path.setText(str(target))
    dialog.blind.setChecked(blind)
    dialog.accept()
    assert dialog.made is not None and shown and coder in shown[0]
    return dialog.made


def test_copy_for_coder_blind(window, monkeypatch, tmp_path):
    made = make_copy(window, monkeypatch, tmp_path / "carla.qdaproj")
    assert made.path.exists() and made.blind and made.quotations_removed == 3
    with Project.open(made.path, read_only=True) as copy:
        assert coding.list_quotations(copy) == []


def test_merge_adds_the_copys_quotations_and_undo_restores(window, monkeypatch, tmp_path):
    made = make_copy(window, monkeypatch, tmp_path / "carla.qdaproj")
    with Project.open(made.path, coder="carla") as copy:
        start = TRANSCRIPT.index("Si el ministerio")
        coding.code_span(copy, document=1, start=start, end=start + 50, codes=["Centralismo::Recorte presupuestal"])
    before = snapshot(window.project)
    report = window.team.merge_copy(str(made.path), show=False)
    assert report is not None and report.quotations_added == 1 and report.codings_added == 1
    quotations = coding.list_quotations(window.project)
    assert len(quotations) == 4 and any("carla" in q.coders for q in quotations)
    html = window.team.last_report_dialog.report_html()
    assert "Quotations added" in html and "Edit &gt; Undo" in html
    assert window.docks.quotation_pane.source.rowCount() == 4  # the panes followed
    window.undo_stack.undo()
    assert snapshot(window.project) == before
    window.undo_stack.redo()
    assert len(coding.list_quotations(window.project)) == 4


def test_merge_error_is_worded(window, monkeypatch):
    from qda_app.gui.dialogs import common

    errors = []
    monkeypatch.setattr(common, "show_error", lambda parent, error, **_: errors.append(common.error_text(error)))
    import qda_app.gui.team_actions as team_actions

    monkeypatch.setattr(team_actions, "show_error", lambda parent, error, **_: errors.append(common.error_text(error)))
    assert window.team.merge_copy(str(window.project.path), show=False) is None
    assert errors and "cannot be merged into itself" in errors[0]


def test_agreement_window_tables(window, qtmodeltester):
    agreement = window.team.agreement(show=False)
    assert agreement.result is not None
    assert set(agreement.result.settings.coders) == {"ana", "beto"}
    qtmodeltester.check(agreement.code_model)
    qtmodeltester.check(agreement.domain_model)
    qtmodeltester.check(agreement.disagreements.model)
    assert agreement.code_model.rowCount() >= 1
    overall = agreement.domain_model.rows[-1]
    assert overall.overall
    assert agreement.domain_model.index(agreement.domain_model.rowCount() - 1, 0).data() == "Overall"
    colours = {agreement.code_model.index(row, 1).data(8).color().name()
               for row in range(agreement.code_model.rowCount())}
    assert colours <= set(READING_COLOURS.values())


def test_not_available_cells_say_why(qtmodeltester):
    model = CoefficientTableModel("codes")
    model.load([Row("A::b", (Cell(None, "no_coding"), Cell(0.9, coloured=False, percent=True), Cell(0.81)))])
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "n/a"
    assert model.index(0, 1).data(3) == "n/a: no compared coder applied this code"
    assert model.index(0, 1).data(8).color().name() == READING_COLOURS["n/a"]
    assert model.index(0, 3).data(8).color().name() == READING_COLOURS["reliable"]
    assert model.index(0, 2).data(8) is None  # % agreement is not chance-corrected: not coloured
    assert model.index(0, 0).data() == "b" and model.index(0, 0).data(3) == "A::b"


def test_bootstrap_shows_seed_and_interval(window):
    agreement = window.team.agreement(show=False)
    agreement.resamples.setValue(50)
    agreement.seed.setValue(7)
    assert agreement.compute()
    assert "seed 7" in agreement.summary.text()


def test_export_agreement_workbook(window, tmp_path):
    agreement = window.team.agreement(show=False)
    target = agreement.export(str(tmp_path / "agreement.xlsx"))
    assert target == tmp_path / "agreement.xlsx"
    from openpyxl import load_workbook

    book = load_workbook(target, read_only=True)
    assert book.sheetnames == ["Summary", "Codes", "Domains", "Codes in domains", "Pairs of coders", "Segments",
                               "Left out", "Disagreements"]
    rows = list(book["Codes"].iter_rows(values_only=True))
    header = rows[0]
    assert header[:2] == ("Code", "alpha-binary (|u-alpha)")
    column = {name: header.index(name) for name in
              ("% agreement", "Cohen's kappa", "Reading", "Characters coded by ana", "Characters coded by beto")}
    # Only document 1 (337 characters) was coded by both; each code was used by one coder only,
    # as one unit of n characters: P = 674 values, C = n, G = 674 - n, D = n characters disagree,
    # |u-alpha = 1 - (2n / P) / (2 G n / (P² - n² - G)), agreement 1 - n / 337, kappa 0.
    by_code = {row[0]: row for row in rows[1:]}
    for code, (ana, beto) in {"Centralismo::Recorte presupuestal": (95, 0),
                              "Centralismo::Dependencia del ministerio": (70, 0),
                              "Cultura política::Paternalismo": (0, 110)}.items():
        row, n, gap = by_code[code], ana + beto, 674 - ana - beto
        assert row[1] == pytest.approx(1 - (2 * n / 674) / (2 * gap * n / (674 ** 2 - n ** 2 - gap))), code
        assert row[column["% agreement"]] == pytest.approx(1 - n / 337), code
        assert row[column["Cohen's kappa"]] == 0, code
        assert row[column["Reading"]] == "unreliable", code
        assert (row[column["Characters coded by ana"]], row[column["Characters coded by beto"]]) == (ana, beto)
    assert list(by_code) == ["Centralismo::Recorte presupuestal", "Centralismo::Dependencia del ministerio",
                             "Cultura política::Paternalismo", "All codes"]


def test_disagreement_selection_jumps_and_resolve_is_undoable(window):
    agreement = window.team.agreement(show=False)
    panel = agreement.disagreements
    assert panel.model.rowCount() >= 1
    panel.select_row(0)
    passage = panel.selected_passage()
    assert window.document_view.document_number == passage.document
    assert window.document_view.selected_range() == (passage.start, passage.end)
    # The sample: beto's Paternalismo [torta + 40, torta + 150) is the largest disagreement, in a
    # domain ana did not use: ana's side shows the passage uncoded, beto's marked as differing.
    torta = TRANSCRIPT.index("La torta")
    assert (passage.domain, passage.start, passage.end) == ("Cultura política", torta + 40, torta + 150)
    excerpt = TRANSCRIPT[torta + 40:torta + 150]
    shown = excerpt.lstrip(" ")  # HTML drops the space the passage starts with
    assert panel.text_a.toPlainText() == shown
    assert panel.text_b.toPlainText() == shown
    marked = excerpt.replace("\n", "<br>")
    assert marked_excerpt(passage, "a") == f"<span style='{UNCODED_STYLE}'>{marked}</span>"
    assert marked_excerpt(passage, "b") == f"<span style='{DIFFER_STYLE}'>{marked}</span>"
    before = snapshot(window.project)
    panel.rationale.setText("Ana's boundaries follow the turn of speech.")
    decision = "accept_b" if passage.b else "accept_a"
    assert panel.decide(decision)
    written = [q for q in coding.list_quotations(window.project) if "Consensus" in q.coders]
    assert written
    assert [p for p in consensus.list_disagreements(window.project, coders=["ana", "beto"]) if p.resolved]
    assert panel.model.rowCount() >= 1 and any(p.resolved for p in panel.model.passages)
    window.undo_stack.undo()
    assert snapshot(window.project) == before
    agreement.recompute_timer.timeout.emit()  # what the undo stack's signal schedules
    assert not any(p.resolved for p in panel.model.passages)


def test_marked_excerpt_marks_differences(window):
    passages = consensus.list_disagreements(window.project, coders=["ana", "beto"])
    confused = [p for p in passages if p.kind != "matched"][0]
    assert "font-weight:bold" in marked_excerpt(confused, "a") + marked_excerpt(confused, "b")


def test_closing_the_project_closes_the_agreement_window(window):
    window.team.agreement(show=False)
    window.close_project()
    assert window.team.agreement_window is None


def test_agreement_window_new_measures_and_left_out(window):
    agreement = window.team.agreement(show=False)
    agreement.min_overlap.setValue(50)
    agreement.by_document.setCurrentIndex(agreement.by_document.findData("cohen_kappa"))
    agreement.units.setChecked(True)
    assert agreement.compute()
    data = as_json(agreement.result)
    assert data["settings"]["min_overlap"] == 0.5 and data["units"] is not None
    matrix = agreement.pairs_tab.matrix
    assert matrix.rowCount() == 2 and matrix.item(0, 0).text() == "—"
    kappa = data["pairs"][0]["overall"]["cohen_kappa"]
    assert matrix.item(0, 1).text() == ("n/a" if kappa is None else QLocale().toString(kappa, "f", 3))
    assert agreement.segments_tab.table.rowCount() == len(data["segments"]["pairs"][0]["codes"]) + 1
    assert agreement.by_document_tab.table.columnCount() == 1 + len(data["documents"])
    assert "passages as units" in agreement.units_tab.result.text()
    lines = [agreement.left_out_tab.list.item(row).text() for row in range(agreement.left_out_tab.list.count())]
    assert lines == warnings(data)
    assert agreement.code_model.rows[-1].overall  # "All codes" row


def test_custom_boundaries_from_the_panel(window):
    agreement = window.team.agreement(show=False)
    panel = agreement.disagreements
    panel.select_row(0)
    passage = panel.selected_passage()
    dialog = panel.custom_dialog(passage)
    dialog.start.setValue(passage.start + 1)
    dialog.end.setValue(passage.end - 1)
    for row in range(dialog.codes.count()):
        dialog.codes.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.codes.item(0).setCheckState(Qt.CheckState.Checked)
    assert panel.decide_custom(dialog)
    decided = [q for q in coding.list_quotations(window.project) if "Consensus" in q.coders]
    assert [(q.start, q.end) for q in decided] == [(passage.start + 1, passage.end - 1)]


def test_merge_decisions_are_applied_from_the_report(window, monkeypatch, tmp_path):
    made = make_copy(window, monkeypatch, tmp_path / "ana.qdaproj", coder="ana", blind=False)
    with Project.open(made.path, coder="ana") as copy:
        mine = [q for q in coding.list_quotations(copy) if "ana" in q.coders][0]
        for code in mine.codes:
            coding.uncode_quotation(copy, quotation=mine.quotation_id, code=code, coder="ana")
    report = window.team.merge_copy(str(made.path), show=False)
    dialog = window.team.last_report_dialog
    assert report.pending and dialog.decision_list.count() == len(report.pending)
    assert not dialog.decision_list.isHidden() and dialog.apply_button.isEnabled()
    assert all(d.kind == "removal" for d in report.pending)
    applied = dialog.apply_checked()
    assert applied is not None and all(d.applied for d in applied.decisions)
    assert not dialog.report.pending and dialog.decision_list.isHidden()
    assert not any("ana" in q.coders and q.quotation_id == mine.quotation_id
                   for q in coding.list_quotations(window.project))


def test_merge_report_lists_the_analysis_carried_and_not_carried(window):
    from qda_app.gui.dialogs.merge_dialog import MergeReportDialog
    from qda_app.services.merge_report import AnalysisNotCarried, MergeReport

    report = MergeReport(file="luis.qdaproj", quotation_links_added=2, smart_codes_added=["Regional"],
                         networks_added=["Ideas (Luis)"], network_renames=[("Ideas", "Ideas (Luis)")],
                         analysis_not_carried=[AnalysisNotCarried("relation", "A is part of B", "cycle"),
                                               AnalysisNotCarried("smart_code", "Dep", "query_differs")])
    html = MergeReportDialog(report, window).report_html()
    assert "Quotation links added</td><td align='right'><b>2</b>" in html
    assert "Smart codes added</td><td align='right'><b>1</b>" in html
    assert "Relation “A is part of B”: it would close a cycle of a transitive relation here" in html
    assert "Smart code “Dep”: a smart code of that name has another query here (kept)" in html
    assert "The copy&#x27;s network “Ideas” is “Ideas (Luis)” here (the name was taken)." in html
