"""PDF, picture, audio and video sources of other programs: the text REFI-QDA carries for them
comes in as text documents with their codings; what has no place in a text is listed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import xmlschema
from refi_support import PROJECT_XSD, make_qdpx, project_xml

from qda_app.services import coding
from qda_app.services.interop.import_losses import ImportWouldLoseData
from qda_app.services.interop.media_sources import TRANSCRIPT_SEPARATOR
from qda_app.services.interop.project_export import export_project
from qda_app.services.interop.project_import import import_project
from qda_app.services.interop.refi_reader import read_qdpx
from qda_app.services.interop.report_text import word_entry
from qda_app.services.project import Project

CODE = "00000000-0000-4000-8000-00000000c0de"
CODEBOOK = f'<CodeBook><Codes><Code guid="{CODE}" name="Tema" isCodable="true"/></Codes></CodeBook>'
PDF_TEXT = "Resumen: el agua escasea 😀 en la puna.\r\n"
PICTURE_TEXT = "Foto de la plaza con la feria del domingo."
TRANSCRIPT_1 = "Entrevistador: ¿Cómo está el camino?\r\nAlcalde: Muy mal en lluvias.\r\n"
TRANSCRIPT_2 = "Segunda parte: la posta médica."


def _guid(number: int) -> str:
    return f"00000000-0000-4000-8000-{number:012d}"


def _coding(number: int) -> str:
    return f'<Coding guid="{_guid(900 + number)}"><CodeRef targetGUID="{CODE}"/></Coding>'


def _plain(number: int, text: str, phrase: str) -> str:
    start = text.replace("\r\n", "\n").index(phrase)
    return (f'<PlainTextSelection guid="{_guid(number)}" name="{phrase}" startPosition="{start}" '
            f'endPosition="{start + len(phrase)}">{_coding(number)}</PlainTextSelection>')


def _sync(number: int, text: str, phrase: str, *, end: bool = False, stamp: int = 1000) -> str:
    raw = text.index(phrase) + (len(phrase) if end else 0)  # positions in the file as stored
    return f'<SyncPoint guid="{_guid(number)}" timeStamp="{stamp}" position="{raw}"/>'


def _body() -> str:
    pdf = (f'<PDFSource guid="{_guid(1)}" name="informe.pdf" path="internal://informe.pdf">'
           f'<PDFSelection guid="{_guid(2)}" page="1" firstX="0" firstY="0" secondX="9" '
           f'secondY="9">{_coding(2)}</PDFSelection>'
           f'<Representation guid="{_guid(3)}" plainTextPath="internal://informe.txt">'
           + _plain(4, PDF_TEXT, "el agua escasea") + _plain(5, PDF_TEXT, "en la puna")
           + "</Representation></PDFSource>")
    picture = (f'<PictureSource guid="{_guid(10)}" name="plaza.jpg" path="internal://plaza.jpg">'
               f'<TextDescription guid="{_guid(11)}"><PlainTextContent>{PICTURE_TEXT}'
               f"</PlainTextContent>" + _plain(12, PICTURE_TEXT, "feria del domingo")
               + f'</TextDescription><PictureSelection guid="{_guid(13)}" firstX="1" firstY="1" '
               f'secondX="5" secondY="5">{_coding(13)}</PictureSelection></PictureSource>')
    audio = (f'<AudioSource guid="{_guid(20)}" name="entrevista.mp3" path="internal://e.mp3">'
             f'<Transcript guid="{_guid(21)}" plainTextPath="internal://t1.txt">'
             + _sync(22, TRANSCRIPT_1, "Muy mal") + _sync(23, TRANSCRIPT_1, "lluvias", end=True)
             + f'<TranscriptSelection guid="{_guid(24)}" name="Muy mal en lluvias" '
               f'fromSyncPoint="{_guid(22)}" toSyncPoint="{_guid(23)}">{_coding(24)}'
               f"</TranscriptSelection>"
             + f'<TranscriptSelection guid="{_guid(25)}" fromSyncPoint="{_guid(22)}" '
               f'toSyncPoint="{_guid(99)}">{_coding(25)}</TranscriptSelection></Transcript>'
             + f'<Transcript guid="{_guid(26)}"><PlainTextContent>{TRANSCRIPT_2}</PlainTextContent>'
             + _sync(27, TRANSCRIPT_2, "la posta") + _sync(28, TRANSCRIPT_2, "médica", end=True)
             + f'<TranscriptSelection guid="{_guid(29)}" fromSyncPoint="{_guid(27)}" '
               f'toSyncPoint="{_guid(28)}">{_coding(29)}</TranscriptSelection></Transcript>'
             + f'<AudioSelection guid="{_guid(30)}" begin="0" end="5000">{_coding(30)}'
               f"</AudioSelection></AudioSource>")
    video = (f'<VideoSource guid="{_guid(40)}" name="asamblea.mp4" path="internal://a.mp4">'
             f'<VideoSelection guid="{_guid(41)}" begin="0" end="10">{_coding(41)}</VideoSelection>'
             f"{_coding(42)}</VideoSource>")
    return CODEBOOK + "<Sources>" + pdf + picture + audio + video + "</Sources>"


def _archive(tmp_path: Path) -> Path:
    return make_qdpx(tmp_path / "media.qdpx", project_xml(_body()),
                     {"sources/informe.txt": PDF_TEXT, "sources/t1.txt": TRANSCRIPT_1})


def _quotes(source) -> list[str]:
    return [source.text[item.start:item.end] for item in source.selections]


def test_the_text_of_media_sources_comes_in_with_its_codings(tmp_path: Path) -> None:
    project, report = read_qdpx(_archive(tmp_path))
    by_name = {source.name: source for source in project.sources}
    assert by_name["informe.pdf"].text == PDF_TEXT.replace("\r\n", "\n")
    assert _quotes(by_name["informe.pdf"]) == ["el agua escasea", "en la puna"]
    assert _quotes(by_name["plaza.jpg"]) == ["feria del domingo"]
    audio = by_name["entrevista.mp3"]
    assert audio.text == TRANSCRIPT_1.replace("\r\n", "\n") + TRANSCRIPT_SEPARATOR + TRANSCRIPT_2
    assert _quotes(audio) == ["Muy mal en lluvias", "la posta médica"]
    assert all(item.codings[0].code_guid == CODE for source in project.sources
               for item in source.selections)
    assert by_name["asamblea.mp4"].text is None
    listed = sorted((entry.fields["element"], entry.fields["count"], entry.fields["codings"])
                    for entry in report.of_kind("not_carried"))
    assert listed == [("AudioSelection", 1, 1), ("Coding", 1, 1), ("PDFSelection", 1, 1),
                      ("PictureSelection", 1, 1), ("SyncPoint", 2, 0), ("SyncPoint", 2, 0),
                      ("TranscriptSelection", 1, 1), ("VideoSelection", 1, 1)]
    report.names.update({source.guid: source.name for source in project.sources})
    lines = [word_entry(entry, report) for entry in report.entries]
    assert any("'informe.pdf' is a pdf source; its Representation was imported as a text "
               "document with 2 quotation(s)" in line for line in lines)
    assert any("'asamblea.mp4': 1 video time range(s) not imported (1 coding(s) on them)" in line
               for line in lines)
    assert any("'asamblea.mp4' is a video source without text; not imported" in line
               for line in lines)


def test_what_is_not_carried_refuses_the_import_until_accepted(tmp_path: Path) -> None:
    with pytest.raises(ImportWouldLoseData) as refused:
        import_project(_archive(tmp_path), tmp_path / "m.qdaproj")
    lost = sorted(entry.fields.get("element") or entry.fields.get("source_kind")
                  for entry in refused.value.lost)
    # Every region, time range, unplaced selection and whole-source coding, and the video
    # without any text; sync-point time stamps are timing, not coded data.
    assert lost == ["AudioSelection", "Coding", "PDFSelection", "PictureSelection",
                    "TranscriptSelection", "VideoSelection", "video"]
    assert not (tmp_path / "m.qdaproj").exists()


def test_media_texts_become_documents_and_export_as_text_sources(tmp_path: Path) -> None:
    report = import_project(_archive(tmp_path), tmp_path / "m.qdaproj", accept_losses=True)
    assert report.summary["documents"] == 3 and report.summary["quotations"] == 5
    with Project.open(tmp_path / "m.qdaproj") as project:
        quotes = {(item.document_number, item.text) for item in coding.list_quotations(project)}
        assert (3, "la posta médica") in quotes and (1, "en la puna") in quotes
        export_project(project, tmp_path / "out.qdpx")
    qde = zipfile.ZipFile(tmp_path / "out.qdpx").read("project.qde").decode("utf-8")
    xmlschema.XMLSchema(str(PROJECT_XSD)).validate(qde)
    again, _ = read_qdpx(tmp_path / "out.qdpx")
    assert [len(source.selections) for source in again.sources] == [2, 1, 2]
