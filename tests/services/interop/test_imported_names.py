"""Names from another program that our rules do not accept: a code named with "::", an empty
name, a name over 500 characters, a tab and a line break, two siblings one by our rules. Each is
changed as little as it takes, and each change is listed in the report."""

from __future__ import annotations

from refi_support import make_qdpx, project_xml

from qda_app.services import codes
from qda_app.services.interop.project_import import import_project
from qda_app.services.project import Project


def _guid(number: int) -> str:
    return f"00000000-0000-4000-8000-{number:012d}"


def test_names_our_rules_refuse_are_changed_and_reported(tmp_path) -> None:
    long_name = "x" * 600
    names = {1: "Centralismo::Lima", 2: "", 3: long_name, 4: "Uno&#9;dos&#10;tres", 5: "Región", 6: "región"}
    code_xml = "".join(f'<Code guid="{_guid(n)}" name="{name}" isCodable="true"/>' for n, name in names.items())
    body = (f'<Users><User guid="{_guid(90)}" name="Eva"/></Users>'
            f'<CodeBook><Codes>{code_xml}</Codes></CodeBook>')
    archive = make_qdpx(tmp_path / "x.qdpx", project_xml(body))
    report = import_project(archive, tmp_path / "p.qdaproj", coder="Ana")
    expected = ["Centralismo:Lima", "Code", "x" * 500, "Uno dos tres", "Región"]
    with Project.open(tmp_path / "p.qdaproj") as project:
        assert sorted(code.path for code in codes.list_codes(project)) == sorted(expected)
    renamed = [(entry.fields["guid"], entry.fields["name"], entry.fields["new_name"])
               for entry in report.of_kind("renamed")]
    assert renamed == [(_guid(1), "Centralismo::Lima", "Centralismo:Lima"), (_guid(2), "", "Code"),
                       (_guid(3), long_name, "x" * 500), (_guid(4), "Uno\tdos\ntres", "Uno dos tres")]
    # "región" is "Región" by our rules (case folded): one code, and the report says so.
    assert [entry.fields for entry in report.of_kind("merged_code")] == [
        {"guid": _guid(6), "name": "región", "into": "Región"}]
