"""Real files of other programs (optional extras, see tests/cli/conftest.py) import through
the CLI with the right counts and offsets."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path

import pytest
from tests.services.interop.refi_support import SAMPLES

_SELECTION = re.compile(r"<PlainTextSelection\b([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


def _count(xml: str, element: str) -> int:
    return len(re.findall(rf"<{element}[\s/>]", xml))


def _expected_quotes(path: Path) -> list[tuple[int, int, int, str]]:
    """(document number, start, end, text) straight from the zip, independent of our reader."""
    with zipfile.ZipFile(path) as archive:
        raw = archive.read("project.qde").decode("utf-8-sig")
        files = {name.rsplit("/", 1)[-1]: archive.read(name).decode("utf-8-sig")
                 for name in archive.namelist() if name.lower().endswith(".txt")}
    found = []
    sources = re.finditer(r"<TextSource\b([^>]*?)(/>|>(.*?)</TextSource>)", raw, re.S)
    for number, match in enumerate(sources, start=1):
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        text = files[attributes["plainTextPath"].rsplit("/", 1)[-1]]
        text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
        for selection in _SELECTION.finditer(match.group(3) or ""):
            values = dict(_ATTRIBUTE.findall(selection.group(1)))
            start, end = int(values["startPosition"]), int(values["endPosition"])
            found.append((number, start, end, text[start:end]))
    return sorted(found)


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.qdpx")),
                         ids=lambda path: path.name)
def test_real_samples_import_with_right_counts_and_offsets(sample, tmp_path, cli_here):
    cli = cli_here
    project = tmp_path / "sample.qdaproj"
    result = cli("import-qdpx", sample, "-o", project, "--json")
    assert result.code == 0, result.stderr
    with zipfile.ZipFile(sample) as archive:
        raw = archive.read("project.qde").decode("utf-8-sig")
    summary = result.json()["summary"]
    docs = cli("docs", project, "--json").json()
    codes = cli("codes", project, "--json").json()
    quotes = cli("quotes", project, "--json").json()
    assert len(docs) == summary["documents"] == _count(raw, "TextSource")
    assert len(codes) == summary["codes"] == _count(raw, "Code")
    assert len(quotes) == summary["quotations"] == _count(raw, "PlainTextSelection")
    texts = {doc["number"]: cli("text", project, doc["number"]).stdout for doc in docs}
    seen = sorted((q["document"], q["start"], q["end"], texts[q["document"]][q["start"]:q["end"]])
                  for q in quotes)
    assert seen == _expected_quotes(sample)
    assert all(q["text"] == texts[q["document"]][q["start"]:q["end"]] for q in quotes)
