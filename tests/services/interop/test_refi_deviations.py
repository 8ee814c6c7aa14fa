"""Hand-made files with the deviations real producers write; each is accepted and reported."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from refi_support import make_qdpx, project_xml

from qda_app.services.interop.refi_reader import read_qdc, read_qdpx

USER = "aaaaaaaa-0000-4000-8000-000000000001"
CODE = "bbbbbbbb-0000-4000-8000-000000000001"
SOURCE = "cccccccc-0000-4000-8000-000000000001"
CODEBOOK = f'<Users><User guid="{USER}" name="u"/></Users><CodeBook><Codes><Code guid="{CODE}" name="c" isCodable="true"/></Codes></CodeBook>'


def _selection(number: int, name: str, start: int, end: int) -> str:
    return (f'<PlainTextSelection guid="dddddddd-0000-4000-8000-{number:012d}" name="{name}" '
            f'startPosition="{start}" endPosition="{end}" creatingUser="{USER}">'
            f'<Coding guid="eeeeeeee-0000-4000-8000-{number:012d}"><CodeRef targetGUID="{CODE}"/>'
            f"</Coding></PlainTextSelection>")


def _utf16_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def _one_source(tmp_path: Path, text: str | bytes, selections: str, *,
                path_attribute: str = "internal://doc.txt", member: str = "sources/doc.txt",
                extra: str = "") -> tuple:
    body = (CODEBOOK + f'<Sources><TextSource guid="{SOURCE}" name="doc" '
            f'plainTextPath="{path_attribute}">{selections}</TextSource></Sources>' + extra)
    archive = make_qdpx(tmp_path / "x.qdpx", project_xml(body), {member: text})
    return read_qdpx(archive)


def test_nvivo_utf16_offsets_with_emoji(tmp_path: Path) -> None:
    text = "Hi 😀 there, 👍🏽 great day. 𝄞 Music 🎉 ends here.\n"
    quotes = ["great day", "Music", "ends here"]
    selections = ""
    for number, quote in enumerate(quotes, 1):
        start = text.index(quote)
        selections += _selection(number, quote, _utf16_offset(text, start),
                                 _utf16_offset(text, start + len(quote)))
    project, report = _one_source(tmp_path, text, selections)
    (source,) = project.sources
    assert [source.text[item.start:item.end] for item in source.selections] == quotes
    (unit,) = report.of_kind("offset_unit")
    assert unit.fields["unit"] == "utf16" and unit.fields["matched"] == 3


def test_code_point_offsets_with_emoji_stay_code_points(tmp_path: Path) -> None:
    text = "Hi 😀 there, 👍🏽 great day.\n"
    start = text.index("great")
    project, report = _one_source(tmp_path, text, _selection(1, "great day", start, start + 9))
    source = project.sources[0]
    assert source.text[source.selections[0].start:source.selections[0].end] == "great day"
    assert report.of_kind("offset_unit")[0].fields["unit"] == "code_points"


def test_bom_crlf_and_decomposed_text_are_normalised_and_offsets_remapped(tmp_path: Path) -> None:
    raw = "Line one\r\nCafe\u0301 au lait\r\nThird 😀 line\r\n"
    start = raw.index("Third")
    end = start + len("Third 😀 line")
    whole_start = raw.index("Cafe")
    selections = (_selection(1, "Third 😀 line", start, end)
                  + _selection(2, "Café au lait", whole_start, raw.index("\r\nThird")))
    data = b"\xef\xbb\xbf" + raw.encode("utf-8")
    project, report = _one_source(tmp_path, data, selections)
    source = project.sources[0]
    assert source.text == "Line one\nCafé au lait\nThird 😀 line\n"
    assert [source.text[item.start:item.end] for item in source.selections] == [
        "Third 😀 line", "Café au lait"]
    assert report.of_kind("encoding")[0].fields["encoding"] == "utf-8-sig"
    assert report.of_kind("normalised_text")


def test_braces_and_upper_case_guids(tmp_path: Path) -> None:
    body = ('<Users><User guid="{AAAAAAAA-0000-4000-8000-000000000001}" name="u"/></Users>'
            '<CodeBook><Codes><Code guid="{BBBBBBBB-0000-4000-8000-000000000001}" name="c" '
            'isCodable="true"/></Codes></CodeBook>'
            '<Sources><TextSource guid="CCCCCCCC-0000-4000-8000-000000000001" '
            'plainTextPath="internal://doc.txt"><PlainTextSelection '
            'guid="{dddddddd-0000-4000-8000-000000000001}" startPosition="0" endPosition="5" '
            'creatingUser="aaaaaaaa-0000-4000-8000-000000000001"><Coding '
            'guid="EEEEEEEE-0000-4000-8000-000000000001"><CodeRef '
            'targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/></Coding>'
            '</PlainTextSelection></TextSource></Sources>')
    archive = make_qdpx(tmp_path / "x.qdpx", project_xml(body), {"sources/doc.txt": "Hello"})
    project, report = read_qdpx(archive)
    assert project.users[0].guid == USER and project.codes[0].guid == CODE
    (selection,) = project.sources[0].selections
    assert selection.guid == "dddddddd-0000-4000-8000-000000000001"
    assert selection.codings[0].code_guid == CODE
    assert selection.creator_guid == USER
    assert selection.codings[0].creator_guid == USER  # inherited from the selection
    assert not report.of_kind("dangling_reference")
    assert report.of_kind("guid_format")


def test_colour_spellings(tmp_path: Path) -> None:
    codes = "".join(
        f'<Code guid="bbbbbbbb-0000-4000-8000-00000000000{number}" name="c{number}" '
        f'isCodable="true" color="{colour}"/>'
        for number, colour in enumerate(("#abc", "#11223344", "#a1B2c3", "red"), 1))
    body = f"<CodeBook><Codes>{codes}</Codes></CodeBook>"
    project, report = read_qdpx(make_qdpx(tmp_path / "x.qdpx", project_xml(body)))
    assert [code.color for code in project.codes] == ["#AABBCC", "#112233", "#A1B2C3", None]
    assert report.of_kind("invalid_color")[0].fields["value"] == "red"


def test_capitalised_sources_renamed_qde_and_folder_entries(tmp_path: Path) -> None:
    body = CODEBOOK + (f'<Sources><TextSource guid="{SOURCE}" name="doc" '
                       f'plainTextPath="internal://doc.txt"/></Sources>')
    archive = make_qdpx(tmp_path / "x.qdpx", project_xml(body), {"Sources/doc.txt": "text"},
                        qde_name="My Project.qde", folders=("Sources/", "empty/"))
    project, report = read_qdpx(archive)
    assert project.sources[0].text == "text"
    assert any(entry.fields.get("member") == "My Project.qde"
               for entry in report.of_kind("renamed_file"))


def test_no_scheme_path(tmp_path: Path) -> None:
    project, _ = _one_source(tmp_path, "plain", "", path_attribute="doc.txt")
    assert project.sources[0].text == "plain"
    assert project.sources[0].original_path == "doc.txt"


def test_absolute_path_found_by_name_inside_the_zip(tmp_path: Path) -> None:
    project, report = _one_source(tmp_path, "inside", "",
                                  path_attribute="absolute://C:\\Users\\ana\\doc.txt")
    assert project.sources[0].text == "inside"
    assert report.of_kind("renamed_file")


def test_absolute_path_is_never_read_from_disk(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("do not read me", encoding="utf-8")
    project, report = _one_source(tmp_path, "unrelated", "",
                                  path_attribute=f"absolute://{outside}",
                                  member="sources/other.txt")
    assert project.sources == ()
    (dropped,) = report.of_kind("dropped_source")
    assert dropped.fields["reason"] == "missing_text"


def test_inline_plain_text_content(tmp_path: Path) -> None:
    body = (f'<Sources><TextSource guid="{SOURCE}" name="inline"><PlainTextContent>'
            "Inline text</PlainTextContent></TextSource></Sources>")
    project, _ = read_qdpx(make_qdpx(tmp_path / "x.qdpx", project_xml(body)))
    assert project.sources[0].text == "Inline text"


def test_nameless_cases_become_document_variables(tmp_path: Path) -> None:
    variable = "ffffffff-0000-4000-8000-000000000001"
    extra = (f'<Cases><Case guid="99999999-0000-4000-8000-000000000001"><VariableValue>'
             f'<VariableRef targetGUID="{variable}"/><IntegerValue>42</IntegerValue>'
             f'</VariableValue><SourceRef targetGUID="{SOURCE}"/></Case>'
             f'<Case guid="99999999-0000-4000-8000-000000000002" name="Group A">'
             f'<SourceRef targetGUID="{SOURCE}"/></Case></Cases>')
    body = (CODEBOOK + f'<Variables><Variable guid="{variable}" name="Age" '
            'typeOfVariable="Integer"/></Variables>' + extra
            + f'<Sources><TextSource guid="{SOURCE}" plainTextPath="internal://doc.txt"/>'
            "</Sources>")
    project, report = read_qdpx(make_qdpx(tmp_path / "x.qdpx", project_xml(body),
                                          {"sources/doc.txt": "t"}))
    assert project.sources[0].variable_values == ((variable, 42),)
    assert [case.name for case in project.cases] == ["Group A"]
    assert project.cases[0].source_refs == (SOURCE,)
    assert report.of_kind("document_variables")


def test_note_link_memos_and_note_refs(tmp_path: Path) -> None:
    note_code, note_selection, note_project = (
        f"12121212-0000-4000-8000-00000000000{number}" for number in (1, 2, 3))
    selection = "dddddddd-0000-4000-8000-000000000001"
    notes = "".join(f'<Note guid="{guid}" name="n{index}" creationDateTime="2024-01-02T03:04:05">'
                    f"<PlainTextContent>memo {index}</PlainTextContent></Note>"
                    for index, guid in enumerate((note_code, note_selection, note_project)))
    links = (f'<Links><Link guid="34343434-0000-4000-8000-000000000001" originGUID="{note_code}" '
             f'targetGUID="{CODE}"/><Link guid="34343434-0000-4000-8000-000000000002" '
             f'originGUID="{selection}" targetGUID="{note_selection}"/></Links>')
    body = (CODEBOOK + f'<Sources><TextSource guid="{SOURCE}" plainTextPath="internal://doc.txt">'
            + _selection(1, "Hello", 0, 5) + "</TextSource></Sources>"
            + f"<Notes>{notes}</Notes>{links}<Description>bare memo</Description>"
            + f'<NoteRef targetGUID="{note_project}"/>')
    project, report = read_qdpx(make_qdpx(tmp_path / "x.qdpx", project_xml(body),
                                          {"sources/doc.txt": "Hello world"}))
    assert project.codes[0].note_refs == (note_code,)
    assert project.sources[0].selections[0].note_refs == (note_selection,)
    assert project.note_refs == (note_project,)
    assert project.description == "bare memo"
    assert project.notes[0].created == datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert report.of_kind("guessed_date")  # no zone given
    assert report.of_kind("note_link")


def test_empty_containers_other_namespace_and_missing_users(tmp_path: Path) -> None:
    body = ('<Users/><CodeBook><Codes/></CodeBook><Sources/><Sets/><Notes/>'
            f'<Sets><Set guid="56565656-0000-4000-8000-000000000001" name="s"/></Sets>')
    project, report = read_qdpx(make_qdpx(
        tmp_path / "x.qdpx", project_xml(body, namespace="urn:QDA-XML:project:1.6",
                                         attributes='name="p"')))
    assert project.users == () and project.codes == () and project.sources == ()
    assert [item.name for item in project.sets] == ["s"]
    assert project.creation_date_time is None and project.creating_user_guid is None
    assert report.of_kind("namespace")[0].fields["namespace"] == "urn:QDA-XML:project:1.6"


def test_taguette_style_codebook_with_empty_sets(tmp_path: Path) -> None:
    path = tmp_path / "t.qdc"
    path.write_text('<CodeBook xmlns="urn:QDA-XML:codebook:0.9" origin="x"><Codes>'
                    '<Code guid="{098AC082-A9C7-50F4-9728-48730081A95E}" name="a" '
                    'isCodable="false" color="#12345678"/></Codes><Sets/></CodeBook>',
                    encoding="utf-8")
    codebook, report = read_qdc(path)
    assert codebook.codes[0].guid == "098ac082-a9c7-50f4-9728-48730081a95e"
    assert codebook.codes[0].is_codable is False and codebook.codes[0].color == "#123456"
    assert codebook.sets == ()


def test_non_text_sources_are_kept_and_reported(tmp_path: Path) -> None:
    body = (CODEBOOK + "<Sources>"
            '<PDFSource guid="70707070-0000-4000-8000-000000000001" name="paper" '
            'path="internal://paper.pdf"><PDFSelection guid="70707070-0000-4000-8000-000000000009" '
            'page="1" firstX="0" firstY="0" secondX="5" secondY="5"/>'
            '<Representation guid="70707070-0000-4000-8000-000000000002" '
            'plainTextPath="internal://paper.txt">' + _selection(1, "Abstract", 0, 8)
            + "</Representation></PDFSource>"
            '<PictureSource guid="70707070-0000-4000-8000-000000000003" name="photo" '
            'path="internal://p.jpg"/>'
            '<AudioSource guid="70707070-0000-4000-8000-000000000004" path="absolute://a.mp3"/>'
            "</Sources>")
    project, report = read_qdpx(make_qdpx(tmp_path / "x.qdpx", project_xml(body),
                                          {"sources/paper.txt": "Abstract: text"}))
    kinds = [(source.kind, source.text) for source in project.sources]
    assert kinds == [("pdf", "Abstract: text"), ("picture", None), ("audio", None)]
    assert project.sources[0].selections[0].codings[0].code_guid == CODE
    assert project.sources[2].name == "a.mp3"
    reported = {entry.fields["source_kind"]: entry for entry in report.of_kind("non_text_source")}
    assert set(reported) == {"pdf", "picture", "audio"}
    assert reported["pdf"].fields["text_from"] == "Representation"
    (region,) = report.of_kind("not_carried")
    assert (region.fields["element"], region.fields["count"]) == ("PDFSelection", 1)


def test_dangling_references_are_dropped_not_fatal(tmp_path: Path) -> None:
    missing = "00000000-dead-4000-8000-000000000000"
    selections = (_selection(1, "Hello", 0, 5).replace(CODE, missing)
                  + _selection(2, "world", 6, 11).replace("</Coding>",
                                                          f'</Coding><NoteRef targetGUID="{missing}"/>'))
    extra = (f'<Sets><Set guid="56565656-0000-4000-8000-000000000001" name="s">'
             f'<MemberCode targetGUID="{missing}"/><MemberSource targetGUID="{SOURCE}"/>'
             "</Set></Sets>")
    project, report = _one_source(tmp_path, "Hello world", selections, extra=extra)
    first, second = project.sources[0].selections
    assert first.codings == () and second.note_refs == ()
    assert second.codings[0].code_guid == CODE
    assert project.sets[0].member_codes == () and project.sets[0].member_sources == (SOURCE,)
    dangling = report.of_kind("dangling_reference")
    assert {entry.fields["ref_kind"] for entry in dangling} == {"code", "note"}
    assert {entry.fields["count"] for entry in dangling if entry.fields["ref_kind"] == "code"} == {2}


def test_reversed_and_overlong_ranges(tmp_path: Path) -> None:
    selections = (_selection(1, "x", 5, 2) + _selection(2, "world", 6, 999)
                  + _selection(3, "Hello", 0, 5))
    project, report = _one_source(tmp_path, "Hello world", selections)
    kept = project.sources[0].selections
    assert [(item.start, item.end) for item in kept] == [(6, 11), (0, 5)]
    assert report.of_kind("invalid_range")[0].fields["selection"].endswith("000000000001")
    assert report.of_kind("clamped_offset")[0].fields["end"] == 999
