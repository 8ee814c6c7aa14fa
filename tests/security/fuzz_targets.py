"""Fuzz targets shared by tests/security/test_fuzz_properties.py (a few hundred examples each,
in every test run) and benchmarks/fuzz_campaign.py (tens of thousands, on demand).

Each target is a hypothesis strategy plus a check. A check returns normally when the outcome
is allowed and raises ``AssertionError`` (or lets an unexpected exception escape) when not.
"""

from __future__ import annotations

import io
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

from qda_app.core.errors import ImportRefused, InteropError
from qda_app.core.replace import replace_names
from qda_app.core.spans import Utf16Map

INTEROP_TESTS = Path(__file__).resolve().parents[1] / "services" / "interop"


@dataclass(frozen=True)
class Target:
    name: str
    strategy: st.SearchStrategy
    check: Callable[[object], None]


# --- Utf16Map ---------------------------------------------------------------------------------

_ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))  # every code point but surrogates
_texts = st.text(_ALPHABET, max_size=80) | st.text(st.sampled_from(list("a ñ\n😀𝄞👍🏽中\u200d")), max_size=80)


def check_utf16(text: object) -> None:
    assert isinstance(text, str)
    mapping = Utf16Map(text)
    encoded_length = len(text.encode("utf-16-le")) // 2
    assert mapping.to_utf16(len(text)) == encoded_length
    previous = -1
    for code_point in range(len(text) + 1):
        utf16 = mapping.to_utf16(code_point)
        assert utf16 == len(text[:code_point].encode("utf-16-le")) // 2
        assert utf16 > previous  # strictly increasing
        previous = utf16
        assert mapping.to_code_point(utf16) == code_point  # round trip
        assert mapping.astral_before(code_point) == utf16 - code_point
    for utf16 in range(encoded_length + 1):
        code_point = mapping.to_code_point(utf16)
        assert 0 <= code_point <= len(text)
        # Inside a surrogate pair snaps back to the start of the character.
        assert mapping.to_utf16(code_point) <= utf16 < mapping.to_utf16(min(code_point + 1, len(text))) + 1


# --- replace_names ----------------------------------------------------------------------------

_names = st.text(st.sampled_from(list("abAB ñé😀-.")), min_size=1, max_size=6)
_replace_inputs = st.tuples(
    st.text(st.sampled_from(list("abAB ñé😀-.\n")), max_size=80),
    st.dictionaries(_names, st.text(st.sampled_from(list("XYZ 😀")), max_size=5), max_size=4),
    st.booleans(),
)


def check_replace(data: object) -> None:
    text, replacements, whole_words = data  # type: ignore[misc]
    result = replace_names(text, replacements, whole_words=whole_words)
    assert result.count == len(result.edits)
    # Rebuild the new text from the edits: everything between edits is unchanged.
    pieces, cursor = [], 0
    for old_start, old_end, new_start, new_end in result.edits:
        assert cursor <= old_start < old_end <= len(text)
        assert text[old_start:old_end] in replacements
        pieces.append(text[cursor:old_start])
        assert sum(map(len, pieces)) == new_start
        replacement = replacements[text[old_start:old_end]]
        assert result.text[new_start:new_end] == replacement
        pieces.append(replacement)
        cursor = old_end
    pieces.append(text[cursor:])
    assert "".join(pieces) == result.text
    # Position mapping: monotone, inside the new text, ends of the text map to ends.
    assert result.map_start(0) == 0 and result.map_end(len(text)) == len(result.text)
    last = 0
    for position in range(len(text) + 1):
        start, end = result.map_start(position), result.map_end(position)
        assert 0 <= start <= end <= len(result.text)
        assert start >= last
        last = start
    if not replacements or not result.edits:
        assert result.text == text


# --- importers.extract ------------------------------------------------------------------------

EXTENSIONS = [".txt", ".docx", ".pdf", ".rtf", ".html", ".htm", ".odt", ".md"]
PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"{\\rtf1\\ansi ", b"<html><body>", b"\xef\xbb\xbf",
            b"\xff\xfe", b"\xfe\xff", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"# ", b"<?xml version='1.0'?>"]
_PRISTINE: dict[str, bytes] = {}


def pristine_documents() -> dict[str, bytes]:
    """Small valid documents of every format, built once, to be damaged by the fuzzer."""
    if _PRISTINE:
        return _PRISTINE
    import docx
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Entrevista: ¿Cómo ve la relación con Lima? 😀")
    document.add_paragraph("Alcalde: sin plata no hay obra.")
    document.save(buffer)
    _PRISTINE[".docx"] = buffer.getvalue()
    odt = OpenDocumentText()
    odt.text.addElement(P(text="Primera parte: São Paulo, coração."))
    buffer = io.BytesIO()
    odt.write(buffer)
    _PRISTINE[".odt"] = buffer.getvalue()
    try:
        from fpdf import FPDF

        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.cell(text="Hola, senor. Adios.")
        _PRISTINE[".pdf"] = bytes(pdf.output())
    except Exception:  # noqa: BLE001 - fpdf2 is a test dependency; without it, no PDF seed
        pass
    _PRISTINE[".rtf"] = rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} Hola \'f1and\'fa, se\u241?or.\par Adi\'f3s.}"
    _PRISTINE[".html"] = "<html><head><title>t</title></head><body><p>Hola &amp; adiós</p><script>x</script></body></html>".encode()
    _PRISTINE[".md"] = "# Título\n\nTexto con *énfasis* y [enlace](http://x).\n".encode()
    _PRISTINE[".txt"] = "Entrevistador: ¿Cómo?\r\nAlcalde: Bien.\r\n".encode("cp1252")
    return _PRISTINE


_extract_inputs = st.one_of(
    st.tuples(st.just("random"), st.sampled_from(EXTENSIONS), st.sampled_from(PREFIXES), st.binary(max_size=4000)),
    st.tuples(st.just("damaged"), st.sampled_from([".docx", ".odt", ".pdf", ".rtf", ".html", ".md", ".txt"]),
              st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=40)), min_size=1, max_size=5),
              st.booleans()),
)


def check_extract(data: object) -> None:
    from qda_app.services.importers import ExtractedDocument, extract, normalise_text

    kind, extension, first, second = data  # type: ignore[misc]
    if kind == "random":
        content = first + second
    else:
        pristine = pristine_documents().get(extension)
        if pristine is None:
            return
        damaged = bytearray(pristine)
        for where, junk in first:
            position = int(where * (len(damaged) - 1))
            damaged[position: position + len(junk)] = junk
        content = bytes(damaged[: len(damaged) // 2] if second and len(damaged) > 10 else damaged)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "fuzz" + extension)
        path.write_bytes(content)
        try:
            document = extract(path, max_text_chars=200_000)
        except ImportRefused as error:
            assert error.reason and error.detail and error.file == str(path)
            assert "\n" not in str(error.reason)
            return
        assert isinstance(document, ExtractedDocument)
        assert document.text and normalise_text(document.text) == document.text


# --- REFI-QDA reader --------------------------------------------------------------------------

_SEED_QDPX: dict[str, bytes] = {}


def seed_qdpx() -> tuple[bytes, dict[str, bytes]]:
    """project.qde and the other members of a feature-complete .qdpx written by our writer."""
    if not _SEED_QDPX:
        sys.path.insert(0, str(INTEROP_TESTS))
        from refi_support import rich_project

        from qda_app.services.interop.refi_writer import write_qdpx

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder, "seed.qdpx")
            write_qdpx(rich_project(), path)
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    _SEED_QDPX[name] = archive.read(name)
    members = dict(_SEED_QDPX)
    return members.pop("project.qde"), members


_VALUES = st.one_of(
    st.text(max_size=30), st.integers(-10**12, 10**12).map(str), st.sampled_from(
        ["", "-1", "0", "NaN", "1e309", "99999999999999999999", "{not-a-guid}", "#GGHHII", "true", "2024-13-45T99:99:99Z",
         "../../etc/passwd", "\u202e", "😀" * 50]))
_mutations = st.lists(st.tuples(
    st.sampled_from(["set_attribute", "delete_element", "swap_offsets", "duplicate_element", "clear_text",
                     "drop_attribute", "move_element"]),
    st.integers(0, 10**6), st.integers(0, 10**6), _VALUES), min_size=1, max_size=8)


def mutate_qde(qde: bytes, mutations: list[tuple[str, int, int, str]]) -> bytes:
    root = ET.fromstring(qde)
    for operation, pick, other, value in mutations:
        elements = list(root.iter())
        element = elements[pick % len(elements)]
        parents = {child: parent for parent in root.iter() for child in parent}
        if operation == "set_attribute":
            names = list(element.attrib) or ["guid"]
            element.set(names[other % len(names)], value)
        elif operation == "drop_attribute" and element.attrib:
            del element.attrib[list(element.attrib)[other % len(element.attrib)]]
        elif operation == "delete_element" and element in parents:
            parents[element].remove(element)
        elif operation == "duplicate_element" and element in parents:
            import copy

            parents[element].append(copy.deepcopy(element))
        elif operation == "move_element" and element in parents:
            target = elements[other % len(elements)]
            if target is not element and element not in list(target.iter()):
                parents[element].remove(element)
                target.append(element)
        elif operation == "clear_text":
            element.text = value
        elif operation == "swap_offsets":
            for element in root.iter():
                if "startPosition" in element.attrib and "endPosition" in element.attrib and (pick + other) % 2:
                    element.attrib["startPosition"], element.attrib["endPosition"] = (
                        element.attrib["endPosition"], element.attrib["startPosition"])
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def check_refi(mutations: object) -> None:
    from qda_app.services.interop.refi_model import RefiProject
    from qda_app.services.interop.refi_reader import read_qdpx

    qde, members = seed_qdpx()
    mutated = mutate_qde(qde, mutations)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "fuzz.qdpx")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("project.qde", mutated)
            for name, data in members.items():
                archive.writestr(name, data)
        try:
            project, report = read_qdpx(path)
        except InteropError as error:
            assert error.reason and error.file == str(path)
            return
        assert isinstance(project, RefiProject)
        for source in project.sources:  # every selection it kept lies inside its text
            text = getattr(source, "text", None)
            for selection in getattr(source, "selections", ()):
                assert 0 <= selection.start <= selection.end
                if text is not None:
                    assert selection.end <= len(text)


TARGETS = [
    Target("utf16_map", _texts, check_utf16),
    Target("replace_names", _replace_inputs, check_replace),
    Target("importers_extract", _extract_inputs, check_extract),
    Target("refi_reader", _mutations, check_refi),
]
