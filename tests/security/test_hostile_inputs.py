"""Every hostile input in the corpus is refused by the command line, cleanly.

Refused means: exit code 1, exactly one line on stderr that names the file, no traceback or
"internal error", nothing written outside the project (no escaped archive member, no output
project from a refused import-qdpx), and the project exactly as it was.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hostile_corpus import ESCAPE_NAME, HostileCase, build_corpus

from qda_app.cli.main import main
from qda_app.core.errors import ImportRefused
from qda_app.services import coding, documents
from qda_app.services.importers import extract
from qda_app.services.project import Project
from tests.conftest import snapshot

SECRET = "TOP-SECRET-CONTENT-42"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[HostileCase]]:
    folder = tmp_path_factory.mktemp("hostile")
    secret = folder / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    return folder, build_corpus(folder / "corpus", secret=secret)


def _case_ids() -> list[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        secret = Path(folder, "s.txt")
        secret.write_text("x")
        return [case.name for case in build_corpus(Path(folder, "c"), secret=secret)]


CASE_NAMES = _case_ids()


def _listing(folder: Path) -> dict[str, int]:
    return {str(path.relative_to(folder)): path.stat().st_size if path.is_file() else -1
            for path in sorted(folder.rglob("*"))}


def _escaped(*roots: Path) -> list[Path]:
    found = []
    for root in {*roots, Path("/tmp")}:
        found.extend(root.glob(ESCAPE_NAME))
        found.extend(root.glob(f"*/{ESCAPE_NAME}"))
    return found


def test_the_corpus_covers_every_verb(corpus) -> None:
    _, cases = corpus
    verbs = {case.verb for case in cases}
    assert verbs == {"import", "import-qdpx", "import-qdc", "attributes", "open-project", "read-project"}
    assert len(cases) >= 40


@pytest.mark.parametrize("name", CASE_NAMES)
def test_hostile_input_is_refused_cleanly(corpus, tmp_path: Path, capsys, name: str) -> None:
    folder, cases = corpus
    case = next(case for case in cases if case.name == name)
    work = tmp_path / "work"
    work.mkdir()
    project_path = work / "p.qdaproj"
    with Project.create(project_path, coder="Ana") as project:
        documents.add_text_document(project, name="E01", text="Alcalde: sin plata no hay obra.")
        coding.code_span(project, document=1, start=0, end=7, codes=["Actor"])
        before = snapshot(project)
    (work / "plain.txt").write_text("un documento normal", encoding="utf-8")
    output = work / "from-qdpx.qdaproj"
    work_before = _listing(work)
    corpus_before = _listing(folder)
    hostile_before = case.path.read_bytes() if case.path.is_file() else None

    code = main(case.argv(project_path, output))

    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert code == 1, (case.what, captured.err)
    assert len(lines) == 1, (case.what, captured.err)
    assert str(case.path) in lines[0], lines[0]
    assert "Traceback" not in captured.err and "internal error" not in captured.err
    assert SECRET not in captured.err + captured.out
    assert not output.exists(), "a refused import-qdpx left a project behind"
    assert _listing(work) == work_before
    # A project file opened for reading may get SQLite's WAL index files beside it (as any
    # SQLite reader makes); nothing else may appear.
    after = {name: size for name, size in _listing(folder).items()
             if not (case.verb.endswith("project") and Path(name).name.startswith(case.path.name + "-")
                     and name.endswith(("-wal", "-shm")))}
    assert after == corpus_before
    assert not _escaped(work, folder, tmp_path)
    if hostile_before is not None:
        assert case.path.read_bytes() == hostile_before
    with Project.open(project_path, read_only=True) as reopened:
        assert snapshot(reopened) == before
        assert SECRET not in str(snapshot(reopened))


def test_a_few_cases_through_a_real_process(corpus, tmp_path: Path, cli) -> None:  # noqa: ANN001
    _, cases = corpus
    project_path = tmp_path / "p.qdaproj"
    Project.create(project_path).close()
    for name in ("docx-billion-laughs", "qdpx-zip-slip", "project-truncated"):
        case = next(case for case in cases if case.name == name)
        result = cli(*case.argv(project_path, tmp_path / "out.qdaproj"))
        assert result.code == 1, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and str(case.path) in result.stderr


def test_gigantic_single_line_is_refused_by_the_size_limit(tmp_path: Path) -> None:
    # The benchmark feeds a 60 MB line through the CLI; here the same refusal with a small limit.
    path = tmp_path / "line.txt"
    path.write_bytes(b"palabra" * 300_000)
    with pytest.raises(ImportRefused) as caught:
        extract(path, max_text_chars=1_000_000)
    assert caught.value.reason == "too_large"
    with pytest.raises(ImportRefused) as caught:
        extract(path, max_file_bytes=1_000_000)
    assert caught.value.reason == "too_large"
    os.truncate(path, 900_000)
    assert len(extract(path, max_text_chars=1_000_000).text) == 900_000  # under the limit: fine
