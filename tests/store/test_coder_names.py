"""Coder names are compared as code names are: NFC, Unicode case folding, collapsed spaces."""

from __future__ import annotations

import unicodedata

from qda_app.services import coding, documents
from qda_app.services.project import Project
from qda_app.store import coders as coder_store


def test_a_coder_typed_differently_is_the_same_coder(tmp_path):
    with Project.create(tmp_path / "p.qdaproj", coder="Inés Mamani") as project:
        documents.add_text_document(project, name="D", text="uno dos tres cuatro cinco seis")
        coding.code_span(project, document=1, start=0, end=3, codes=["K::k"], coder="Inés Mamani")
        decomposed = unicodedata.normalize("NFD", "INÉS  mamani")
        coding.code_span(project, document=1, start=4, end=7, codes=["K::k"], coder=decomposed)
        names = [coder.name for coder in coder_store.list_coders(project.database)]
        assert names.count("Inés Mamani") == 1 and len(names) == 1
        assert coder_store.find_coder(project.database, decomposed).name == "Inés Mamani"
        assert coder_store.find_coder(project.database, "Inés Mamaní") is None
