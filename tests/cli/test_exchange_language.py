"""The exchange verbs' counted summaries and their entries read in Spanish and Portuguese."""

from __future__ import annotations

import pytest

from qda_app.cli.done_lines import counted_list
from tests.cli_support import run_cli


def _project(tmp_path):
    project = tmp_path / "a.qdaproj"
    (tmp_path / "e.txt").write_text("Señor alcalde 😀: todo pasa por Lima.", encoding="utf-8")
    assert run_cli("new", project, "--coder", "Ana").code == 0
    assert run_cli("import", project, tmp_path / "e.txt").code == 0
    assert run_cli("code", project, "--doc", 1, "--start", 14, "--end", 36, "--code", "Centralismo").code == 0
    return project


def test_a_count_of_one_reads_in_the_singular():
    assert counted_list({"documents": 1, "codes": 2, "unheard_of": 4}) == "1 document, 2 codes, 4 unheard of"


@pytest.mark.parametrize(("lang", "exported", "imported", "entry"), [
    ("es", "se exportó {path}: 1 documento, 1 código, 1 cita, 1 codificación, 1 codificador",
     "se importó {path}: 1 documento, 1 código, 1 cita, 1 codificación, 1 codificador", "documento"),
    ("pt", "{path} foi exportado: 1 documento, 1 código, 1 citação, 1 codificação, 1 codificador",
     "{path} foi importado: 1 documento, 1 código, 1 citação, 1 codificação, 1 codificador", "documento"),
])
def test_export_and_import_summaries_in_spanish_and_portuguese(lang, exported, imported, entry, tmp_path):
    project = _project(tmp_path)
    qdpx, copy = tmp_path / "a.qdpx", tmp_path / "b.qdaproj"
    written = run_cli("--lang", lang, "export-qdpx", project, "-o", qdpx)
    assert written.code == 0, written.stderr
    assert written.stdout.splitlines()[0].startswith(exported.format(path=qdpx))
    read = run_cli("--lang", lang, "import-qdpx", qdpx, "-o", copy)
    assert read.code == 0, read.stderr
    lines = read.stdout.splitlines()
    assert lines[0].startswith(imported.format(path=copy))
    entries = [line for line in lines[1:] if line.startswith("  ")]
    assert entries and all(" documents" not in line and "quotation" not in line for line in entries)
    codebook = tmp_path / "a.qdc"
    assert run_cli("export-qdc", project, "-o", codebook).code == 0
    assert run_cli("new", tmp_path / "c.qdaproj").code == 0
    merged = run_cli("--lang", lang, "import-qdc", tmp_path / "c.qdaproj", codebook)
    assert merged.code == 0, merged.stderr
    assert ({"es": "1 código creado", "pt": "1 código criado"}[lang]) in merged.stdout.splitlines()[0]
