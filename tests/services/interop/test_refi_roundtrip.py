"""model -> .qdpx/.qdc -> model gives back the same model, field by field."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from refi_support import INTERVIEW, guid, rich_project

from qda_app.services.interop.refi_model import RefiProject
from qda_app.services.interop.refi_reader import read_qdc, read_qdpx
from qda_app.services.interop.refi_writer import write_qdc, write_qdpx


def _assert_same(left: object, right: object, where: str = "project") -> None:
    """Field-by-field comparison, so a failure names the field that differs."""
    if isinstance(left, tuple) and isinstance(right, tuple):
        assert len(left) == len(right), f"{where}: {len(left)} != {len(right)}"
        for index, (a, b) in enumerate(zip(left, right)):
            _assert_same(a, b, f"{where}[{index}]")
        return
    if hasattr(left, "__dataclass_fields__"):
        assert type(left) is type(right), where
        for item in fields(left):  # type: ignore[arg-type]
            _assert_same(getattr(left, item.name), getattr(right, item.name),
                         f"{where}.{item.name}")
        return
    assert left == right, f"{where}: {left!r} != {right!r}"
    assert type(left) is type(right), f"{where}: {type(left)} != {type(right)}"


def _without_provenance(project: RefiProject) -> RefiProject:
    # original_path records where the reader found the text; it is not exchanged content.
    return replace(project, sources=tuple(replace(source, original_path=None)
                                          for source in project.sources))


def test_project_round_trip(tmp_path: Path) -> None:
    original = rich_project()
    target = tmp_path / "rt.qdpx"
    write_qdpx(original, target)
    read, report = read_qdpx(target)
    assert all(source.original_path == f"internal://{source.guid}.txt" for source in read.sources)
    read = _without_provenance(read)
    _assert_same(original, read)
    assert read == original
    assert not report.has_warnings, report.entries


def test_emoji_offsets_survive(tmp_path: Path) -> None:
    target = tmp_path / "rt.qdpx"
    write_qdpx(rich_project(), target)
    read, report = read_qdpx(target)
    interview = next(source for source in read.sources if source.guid == guid(11))
    quotes = [interview.text[item.start:item.end] for item in interview.selections]
    assert quotes == ["la niña dijo «sí» 👍🏽", "São Paulo", "𝄞 música.\n"]
    assert interview.text == INTERVIEW
    units = {entry.fields["source"]: entry.fields["unit"] for entry in report.of_kind("offset_unit")}
    assert units[guid(11)] == "code_points"


def test_codebook_round_trip(tmp_path: Path) -> None:
    project = rich_project()
    target = tmp_path / "rt.qdc"
    write_qdc(project.codebook(), target)
    read, report = read_qdc(target)
    # The codebook schema has no code memos and no source members: those are not exchanged.
    def strip(code):
        return replace(code, note_refs=(), children=tuple(strip(child) for child in code.children))

    assert read.codes == tuple(strip(code) for code in project.codes)
    assert read.sets == tuple(replace(item, member_sources=()) for item in project.sets)
    assert read.origin == project.origin
    assert not report.has_warnings
