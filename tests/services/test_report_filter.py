"""What a report filter accepts from a caller: one value or many, a dict of attributes."""

from __future__ import annotations

from qda_app.services.reports.filters import ReportFilter


def test_single_values_none_and_a_dict_are_kept_as_tuples() -> None:
    chosen = ReportFilter(coders="Ana", documents=3, codes=None, code_groups=["Centro", "Sur"],
                          attributes={"Provincia": "Puno", "Año": 2024})
    assert (chosen.coders, chosen.documents, chosen.codes, chosen.code_groups) == (
        ("Ana",), (3,), (), ("Centro", "Sur"))
    assert chosen.attributes == (("Provincia", "Puno"), ("Año", "2024"))
    assert chosen.describe() == "coder: Ana; document: 3; code group: Centro, Sur; attribute: Provincia=Puno, Año=2024"
    assert chosen == ReportFilter(coders=["Ana"], documents=[3], code_groups=("Centro", "Sur"),
                                             attributes=[("Provincia", "Puno"), ("Año", "2024")])
    assert ReportFilter().describe() == ""
