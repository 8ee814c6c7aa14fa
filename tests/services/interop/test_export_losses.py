"""What a .qdpx cannot hold is listed in the export's report, worded for the user."""

from __future__ import annotations

from qda_app.services import code_groups, coding, excerpts
from qda_app.services.interop.project_export import export_project
from qda_app.services.interop.report_text import word_entry


def test_marks_excerpts_and_empty_groups_are_reported_as_not_exported(coded_project, tmp_path):
    coding.mark_representative(coded_project, quotation="1:1", code="Centralismo::Dependencia")
    coding.mark_representative(coded_project, quotation="2:1", code="Recentralización::Recorte")
    quoted = coding.list_quotations(coded_project)[0].text
    excerpts.set_excerpt(coded_project, quotation="1:1", text=quoted[:12] + " […]")
    code_groups.create_code_group(coded_project, name="Vacío")
    report = export_project(coded_project, tmp_path / "p.qdpx")
    lost = report.of_kind("not_exported")
    assert [word_entry(entry, report) for entry in lost] == [
        "warning: 2 representative mark(s) cannot be stored in REFI-QDA and were not exported",
        "warning: 1 table excerpt(s) of quotations cannot be stored in REFI-QDA and were not exported",
        "info: the empty code group 'Vacío' cannot be stored in REFI-QDA and were not exported",
    ]
    assert [word_entry(entry, report, with_severity=False) for entry in lost][0] == (
        "2 representative mark(s) cannot be stored in REFI-QDA and were not exported")
