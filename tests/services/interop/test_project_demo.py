"""The demo project (the Puno study) survives a REFI-QDA round trip with every citation."""

from __future__ import annotations

import json

import pytest

from qda_app.resources_path import resource
from qda_app.services import coding, documents
from qda_app.services.interop.project_export import export_project
from qda_app.services.interop.project_import import import_project
from qda_app.services.project import Project


def _demo_complete() -> bool:
    try:
        demo = resource("demo")
        entries = json.loads((demo / "documents.json").read_text(encoding="utf-8"))
        return (demo / "codebook.json").is_file() and all((demo / entry["file"]).is_file()
                                                          for entry in entries)
    except (OSError, ValueError, KeyError):
        return False


@pytest.mark.skipif(not _demo_complete(), reason="resources/demo is incomplete")
def test_demo_round_trip_keeps_all_535_quotation_ids(tmp_path):
    from qda_app.services.demo import build_demo_project

    build_demo_project(tmp_path / "demo.qdaproj")
    with Project.open(tmp_path / "demo.qdaproj", read_only=True) as demo:
        before = [(q.quotation_id, q.text, q.codes, q.coders, q.guid)
                  for q in coding.list_quotations(demo)]
        before_docs = [(d.number, d.name, d.guid, d.groups) for d in documents.list_documents(demo)]
        report = export_project(demo, tmp_path / "demo.qdpx")
    assert len(before) == 535
    # the study's marked quotations and the paper's shortened excerpts: REFI-QDA has no place for them
    assert {entry.fields.get("what") for entry in report.of_kind("not_exported")} == {
        "representatives", "excerpts"}
    import_project(tmp_path / "demo.qdpx", tmp_path / "copy.qdaproj")
    with Project.open(tmp_path / "copy.qdaproj", read_only=True) as copy:
        after = [(q.quotation_id, q.text, q.codes, q.coders, q.guid)
                 for q in coding.list_quotations(copy)]
        after_docs = [(d.number, d.name, d.guid, d.groups) for d in documents.list_documents(copy)]
    assert after == before
    assert after_docs == before_docs
