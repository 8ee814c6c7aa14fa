"""Run the CLI in Spanish and Portuguese and find none of its English wording in what it prints.

The help pages, argparse's usage errors, table headings and the errors about a project that
cannot be opened or changed; the system's language (LANG) and ``--lang`` alike.
"""

from __future__ import annotations

import errno
import re
import zipfile
from pathlib import Path

import pytest

from qda_app.cli import language
from qda_app.cli.messages import describe
from qda_app.core.errors import InvalidMove, NotAProject
from qda_app.services.project import Project
from qda_app.store.lock import _lock_error
from tests.cli_support import run_cli

# What the English CLI prints in the places checked below: argparse's headings and errors,
# help texts, table headings and error sentences. Matched as whole words, case-insensitively.
ENGLISH = (
    "usage", "positional arguments", "options:", "show this help message", "the following arguments",
    "are required", "invalid choice", "choose from", "is not a whole number", "see qda-app",
    "create an empty project file", "list the documents", "print the result as JSON", "the project file",
    "count only this coder", "repeatable", "project", "name", "chars", "quotations", "groups", "colour",
    "taken at", "size", "file", "code", "codes", "text", "not a qda_app project", "an empty file",
    "cannot be changed", "read-only", "lock file", "could not be written", "nothing was changed",
    "open for writing", "close it there", "the archive holds", "no root element", "is not a REFI-QDA",
    "warning", "wrote", "created",  # ("error" is Spanish as well)
)
WORDS = re.compile(r"\b(?:" + "|".join(re.escape(word) for word in ENGLISH) + r")(?=\W|$)", re.IGNORECASE)
SPOKEN = {"es": ("--lang", "es"), "pt": ("--lang", "pt")}
SYSTEM = {"es": "es_PE.UTF-8", "pt": "pt_BR.UTF-8"}


def english_in(output: str, *known: object) -> list[str]:
    """English words in ``output``, once the paths and names the test itself chose are removed
    (``qda-app`` and the verbs' names are the program's, not English prose)."""
    for value in sorted(map(str, known), key=len, reverse=True):
        output = output.replace(value, "")
    output = re.sub(r"qda-app(?: [a-z-]+)?", "", output)
    output = re.sub(r"^ {4}[a-z-]+", "", output, flags=re.M)  # the verbs' names in the main help
    output = re.sub(r"--[a-z-]+", "", output)  # option names
    output = re.sub(r"\b[A-Z][A-Z_]*\b", "", output)  # placeholders: PATH, FILE.xlsx, D:Q
    return WORDS.findall(output)


def run_in(code: str, *args: object, system: bool = False):
    if system:
        return run_cli(*map(str, args), language=SYSTEM[code])
    return run_cli(*SPOKEN[code], *map(str, args))


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("spoken")
    path = folder / "estudio.qdaproj"
    assert run_cli("new", path).code == 0
    transcript = folder / "E01.txt"
    transcript.write_text("Alcalde: el presupuesto llega tarde desde Lima.\n", encoding="utf-8")
    assert run_cli("import", path, transcript).code == 0
    assert run_cli("backup", path).code == 0
    return path


@pytest.mark.parametrize("code", ["es", "pt"])
def test_help_pages_are_translated(code):
    main_help = run_in(code, "--help", system=code == "pt")
    verb_help = run_in(code, "codes", "--help")
    assert main_help.code == verb_help.code == 0
    assert not english_in(main_help.stdout + verb_help.stdout)
    assert main_help.stdout.startswith("uso: qda-app")
    assert {"es": "opciones:", "pt": "opções:"}[code] in verb_help.stdout


@pytest.mark.parametrize("code", ["es", "pt"])
def test_usage_errors_are_translated(code, project):
    missing = run_in(code, "codes")
    wrong_number = run_in(code, "code", project, "--doc", "uno", "--start", "0", "--end", "5")
    wrong_choice = run_in(code, "words", project, "--by", "frases", system=True)
    for result in (missing, wrong_number, wrong_choice):
        assert result.code == 1 and result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1
        assert not english_in(result.stderr, project, "uno", "frases", "'all', 'documents', 'groups', 'codes'")
    assert {"es": "proyecto", "pt": "projeto"}[code] in missing.stderr
    assert "«uno»" in wrong_number.stderr if code == "es" else "“uno”" in wrong_number.stderr


@pytest.mark.parametrize("code", ["es", "pt"])
def test_table_headings_are_translated(code, project):
    documents = run_in(code, "docs", project)
    backups = run_in(code, "backups", project, system=True)
    code_system = run_in(code, "codes", project)
    assert documents.code == backups.code == code_system.code == 0
    assert not english_in(documents.stdout, "E01") and "E01" in documents.stdout
    assert not english_in(backups.stdout, project.parent)
    assert code_system.stdout.split() == {"es": ["código", "E", "D", "color"], "pt": ["código", "E", "D", "cor"]}[code] + \
        ["-" * len("código"), "-", "-", "-" * len(code_system.stdout.split()[3])]


@pytest.mark.parametrize("code", ["es", "pt"])
def test_a_locked_project_is_refused_in_the_language(code, project):
    with Project.open(project, coder="ana", program="qda_app"):
        result = run_in(code, "add-code", project, "Centralismo", system=code == "es")
    assert result.code == 1
    assert not english_in(result.stderr, project, "ana", "qda_app")
    assert f"{project}.lock" in result.stderr


@pytest.mark.parametrize("code", ["es", "pt"])
def test_a_file_that_is_not_a_project_is_named_in_the_language(code, tmp_path):
    empty = tmp_path / "vacio.qdaproj"
    empty.write_bytes(b"")
    result = run_in(code, "docs", empty)
    assert result.code == 1
    assert not english_in(result.stderr, empty)
    assert {"es": "no es un proyecto de qda_app (es un archivo vacío)",
            "pt": "não é um projeto do qda_app (é um arquivo vazio)"}[code] in result.stderr


@pytest.mark.parametrize("code", ["es", "pt"])
def test_an_exchange_archive_detail_is_translated(code, tmp_path):
    archive = tmp_path / "sin_proyecto.qdpx"
    with zipfile.ZipFile(archive, "w") as written:
        written.writestr("sources/a.txt", "texto")
    result = run_in(code, "import-qdpx", archive, "-o", tmp_path / "nuevo.qdaproj")
    assert result.code == 1
    assert not english_in(result.stderr, archive, "project.qde", ".qde")
    assert {"es": "no contiene ningún archivo .qde", "pt": "não contém nenhum arquivo .qde"}[code] in result.stderr


@pytest.fixture
def spoken():
    def switch(code: str):
        language.set_language(code)
        return language.tr
    yield switch
    language.set_language("en")


def test_lock_and_read_only_details_are_whole_sentences(spoken):
    """The lock file's errors carry a key and the system's own words, not an English detail."""
    read_only = _lock_error(Path("p.qdaproj"), OSError(errno.EROFS, "Read-only file system"))
    unwritable = _lock_error(Path("p.qdaproj"), OSError(errno.EIO, "Input/output error"))
    translate = spoken("es")
    assert describe(read_only, translate) == ("p.qdaproj: no se puede modificar: su carpeta es de solo lectura y no "
                                              "se puede crear el archivo de bloqueo (Read-only file system)")
    assert describe(unwritable, translate) == ("p.qdaproj: no se pudo escribir el archivo de bloqueo "
                                               "(Input/output error); no se modificó nada")
    translate = spoken("pt")
    assert describe(NotAProject(path="p.qdaproj", detail="a folder", problem="is_folder"), translate) == \
        "p.qdaproj: não é um projeto do qda_app: é uma pasta"
    assert describe(InvalidMove(path="A", target="A::B", reason="a code cannot move below itself",
                                problem="below_itself"), translate) == \
        "não é possível mover “A” para “A::B”: um código não pode ficar abaixo de si mesmo"


def test_english_stays_english(project):
    result = run_cli("docs", project)
    assert result.stdout.split()[:5] == ["#", "name", "chars", "quotations", "groups"]
    assert run_cli("codes").stderr.startswith("qda-app codes: the following arguments are required: project")


@pytest.mark.parametrize("code", ["es", "pt"])
def test_import_refusals_and_warnings_are_translated(code, tmp_path):
    target = tmp_path / "p.qdaproj"
    assert run_cli("new", target).code == 0
    (tmp_path / "notas.xyz").write_text("texto", encoding="utf-8")
    (tmp_path / "control.txt").write_text("Alcalde:\x01 el presupuesto\x02 llega tarde.\n", encoding="utf-8")
    result = run_in(code, "import", target, tmp_path / "notas.xyz", tmp_path / "control.txt", system=code == "pt")
    assert result.code == 1  # one file refused
    assert not english_in(result.stderr, tmp_path, ".xyz", "control.txt", "notas", ".text")
    assert {"es": "caracteres de control eliminados (2)", "pt": "caracteres de controle removidos (2)"}[code] in \
        result.stderr
    assert {"es": "la extensión .xyz no es ninguna de estas", "pt": "a extensão .xyz não é nenhuma destas"}[code] in \
        result.stderr


@pytest.mark.parametrize(("code", "expected"), [
    ("es", "qda-app: error: «B» es parte de «A» cerraría un ciclo de una relación transitiva"),
    ("pt", "qda-app: erro: “B” é parte de “A” fecharia um ciclo de uma relação transitiva"),
])
def test_a_relation_is_named_in_the_language(code, expected, tmp_path):
    target = tmp_path / "p.qdaproj"
    assert run_cli("new", target).code == 0
    assert run_cli("add-code", target, "A").code == run_cli("add-code", target, "B").code == 0
    related = run_in(code, "relate", target, "A", "is part of", "B")
    assert related.stdout == {"es": "A es parte de B\n", "pt": "A é parte de B\n"}[code]
    listed = run_in(code, "relations", target)
    assert listed.stdout.split()[:4] == {"es": ["origen", "relación", "destino", "comentario"],
                                         "pt": ["origem", "relação", "destino", "comentário"]}[code]
    cycle = run_in(code, "relate", target, "B", "is part of", "A")
    assert cycle.code == 1 and cycle.stderr.strip() == expected


@pytest.mark.parametrize(("code", "expected"), [
    ("es", ("no es un archivo RTF: no empieza con un encabezado RTF", "el elemento «../fuera.xml» apunta fuera del archivo zip",
            "bytes NUL: no es un archivo de texto CSV")),
    ("pt", ("não é um arquivo RTF: não começa com um cabeçalho RTF", "o item “../fuera.xml” aponta para fora do arquivo zip",
            "bytes NUL: não é um arquivo de texto CSV")),
])
def test_archive_rtf_and_sheet_details_are_translated(code, expected, project, tmp_path):
    not_rtf, escaping, sheet = tmp_path / "carta.rtf", tmp_path / "acta.docx", tmp_path / "atributos.csv"
    not_rtf.write_text("Alcalde: esto no es RTF.\n", encoding="utf-8")
    with zipfile.ZipFile(escaping, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("../fuera.xml", "<x/>")
    sheet.write_bytes(b"documento,zona\x00\nE01,rural\n")
    rtf = run_in(code, "import", project, not_rtf)
    docx = run_in(code, "import", project, escaping)
    attributes = run_in(code, "attributes", project, sheet)
    for result, sentence in zip((rtf, docx, attributes), expected):
        assert result.code == 1
        assert sentence in result.stderr
        assert not english_in(result.stderr, tmp_path)
