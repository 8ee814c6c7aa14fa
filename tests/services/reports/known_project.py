"""A tiny project with numbers known by hand, built through the services.

Document 1 "Uno" (group G1, sexo=F), document 2 "Dos" (group G2, sexo=M):

    1:1 [0, 10)   A::a1, B::b1   Ana      overlaps 1:2
    1:2 [5, 20)   A::a2          Ana      overlaps 1:1 and 1:3
    1:3 [15, 30)  B::b2          Bea      comment "=HYPERLINK(...)"
    1:4 [50, 60)  A::a1          Bea
    2:1 [0, 10)   A::a1 (Ana), B::b1 (Bea)
    2:2 [10, 20)  A::a2          Ana      touches 2:1, does not overlap it
"""

from __future__ import annotations

from qda_app.services import codes, coding, documents
from qda_app.services.project import Project

TEXT_1 = "=SUM(A1:A9) " + "uno dos tres cuatro cinco seis siete ocho nueve diez " * 3
TEXT_2 = "Lima centralismo presupuesto obra " * 4


def build_known_project(path) -> Project:
    project = Project.create(path, coder="Ana")
    documents.add_text_document(project, name="Uno", text=TEXT_1, group="G1")
    documents.add_text_document(project, name="Dos", text=TEXT_2, group="G2")
    documents.set_attribute(project, number=1, name="sexo", value="F")
    documents.set_attribute(project, number=2, name="sexo", value="M")
    coding.code_span(project, document=1, start=0, end=10, codes=["A::a1", "B::b1"])
    coding.code_span(project, document=1, start=5, end=20, codes=["A::a2"])
    coding.code_span(project, document=1, start=15, end=30, codes=["B::b2"], coder="Bea",
                     comment="=HYPERLINK(\"http://x\")")
    coding.code_span(project, document=1, start=50, end=60, codes=["A::a1"], coder="Bea")
    coding.code_span(project, document=2, start=0, end=10, codes=["A::a1"])
    coding.code_quotation(project, quotation="2:1", codes=["B::b1"], coder="Bea")
    coding.code_span(project, document=2, start=10, end=20, codes=["A::a2"])
    codes.relate_codes(project, source="A::a1", target="B::b1")
    codes.relate_codes(project, source="A::a1", target="A::a2")
    coding.mark_representative(project, quotation="1:1", code="A::a1")
    coding.mark_representative(project, quotation="2:1", code="A::a1")
    coding.mark_representative(project, quotation="1:3", code="B::b2")
    return project
