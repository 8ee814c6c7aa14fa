"""The quotation manager filters by code group, in SQL like its other filters."""

from __future__ import annotations

from qda_app.gui.models.quotation_model import QuotationIdRole
from qda_app.services import code_groups, coding


def shown_ids(pane) -> list[str]:
    model = pane.table.model()
    ids = {quotation.id: quotation.quotation_id for quotation in coding.list_quotations(pane.window().project)}
    while model.canFetchMore():
        model.fetchMore()
    return sorted(ids[model.index(row, 0).data(QuotationIdRole)] for row in range(model.rowCount()))


def test_code_group_filter_lists_the_quotations_of_its_codes(window, qtbot):
    pane = window.docks.quotation_pane
    code_groups.create_code_group(window.project, name="Estructura",
                                  codes=["Centralismo::Recorte presupuestal", "Cultura política::Paternalismo"])
    qtbot.waitUntil(lambda: pane.code_group.findData("Estructura") > 0)
    assert shown_ids(pane) == ["1:1", "1:2", "1:3"]
    pane.code_group.setCurrentIndex(pane.code_group.findData("Estructura"))
    # 1:2 carries Recorte presupuestal, 1:3 Paternalismo; 1:1 only Dependencia del ministerio
    qtbot.waitUntil(lambda: shown_ids(pane) == ["1:2", "1:3"])
    assert pane.count.text().startswith("2 ")
    pane.code_group.setCurrentIndex(0)
    qtbot.waitUntil(lambda: shown_ids(pane) == ["1:1", "1:2", "1:3"])


def test_code_group_filter_is_shown_only_when_the_project_has_code_groups(window, qtbot):
    pane = window.docks.quotation_pane
    assert pane.code_group.isHidden()
    code_groups.create_code_group(window.project, name="Estructura", codes=["Centralismo::Recorte presupuestal"])
    qtbot.waitUntil(lambda: not pane.code_group.isHidden())


def test_agreement_window_ticks_the_codes_of_a_code_group(window):
    from qda_app.gui.dialogs.agreement_window import checked_values

    code_groups.create_code_group(window.project, name="Estructura",
                                  codes=["Centralismo::Recorte presupuestal", "Cultura política::Paternalismo"])
    agreement = window.team.agreement(show=False)
    assert agreement.code_group.isEnabled()
    agreement.code_group.setCurrentIndex(agreement.code_group.findData("Estructura"))
    assert checked_values(agreement.code_list) == ["Centralismo::Recorte presupuestal",
                                                   "Cultura política::Paternalismo"]
    agreement.code_group.setCurrentIndex(0)
    assert len(checked_values(agreement.code_list)) == agreement.code_list.count()
