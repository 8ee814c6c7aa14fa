"""The groundedness the file's triggers keep equals a recount from the codings, whatever happened.

Random actions of every kind that writes codings or moves codes (coding, a second coder on
the same quotation, uncoding, deleting quotations, moving, merging and deleting codes,
importing another coder's copy), each undone and redone at random, then compared with the
figures counted from scratch.
"""

from __future__ import annotations

import random
import shutil

import pytest

from qda_app.services import codes, coding, documents, merge
from qda_app.services.commands import History
from qda_app.services.project import Project
from qda_app.store.codes import code_counts, counted_code_counts, has_code_tallies
from qda_app.store.database import ProjectDatabase
from qda_app.store.opening import open_database
from qda_app.store.quotation_pages import count_quotations
from qda_app.store.tally_schema import fill_code_tallies

TEXT = "Entrevistador: pregunta. Alcalde: respuesta larga sobre el presupuesto y la obra. " * 8
PATHS = ["A", "A::a1", "A::a2", "A::a2::deep", "B", "B::b1", "C"]


def assert_tallies_right(database: ProjectDatabase) -> None:
    assert has_code_tallies(database)
    kept = code_counts(database)
    assert kept == counted_code_counts(database)
    assert count_quotations(database) == database.scalar("SELECT count(*) FROM quotations q")


def random_action(project: Project, rng: random.Random) -> None:
    existing = [code.path for code in codes.list_codes(project)]
    quotations = [q.quotation_id for q in coding.list_quotations(project)]
    choice = rng.randrange(10)
    if choice <= 3 or not quotations:
        start = rng.randrange(0, 500)
        coding.code_span(project, document=rng.choice((1, 2)), start=start, end=start + rng.randint(5, 80),
                         codes=rng.sample(PATHS, rng.randint(1, 3)), coder=rng.choice(("Ana", "Luis")))
    elif choice == 4:
        coding.code_quotation(project, quotation=rng.choice(quotations), codes=[rng.choice(PATHS)],
                              coder=rng.choice(("Ana", "Luis")))
    elif choice == 5:
        quotation = rng.choice(quotations)
        on_it = coding.list_quotations(project)[quotations.index(quotation)].codes
        if on_it:
            coding.uncode_quotation(project, quotation=quotation, code=rng.choice(on_it))
    elif choice == 6:
        coding.delete_quotation(project, quotation=rng.choice(quotations))
    elif choice == 7 and len(existing) > 2:
        path = rng.choice(existing)
        targets = [None] + [other for other in existing if not (other == path or other.startswith(path + "::"))]
        codes.move_code(project, path=path, new_parent=rng.choice(targets))
    elif choice == 8 and len(existing) > 2:
        source, target = rng.sample(existing, 2)
        if not target.startswith(source + "::") and not source.startswith(target + "::"):
            codes.merge_codes(project, source=source, target=target)
    elif choice == 9 and len(existing) > 3:
        codes.delete_code(project, path=rng.choice(existing))


@pytest.mark.parametrize("seed", range(6))
def test_kept_counts_equal_a_recount_after_random_actions_undo_and_redo(project, seed):
    rng = random.Random(seed)
    documents.add_text_document(project, name="E01", text=TEXT)
    documents.add_text_document(project, name="E02", text=TEXT)
    history = History(project)
    for _ in range(40):
        random_action(project, rng)
        if rng.random() < 0.3:
            for _ in range(rng.randint(1, 3)):
                history.undo()
            assert_tallies_right(project.database)
            for _ in range(rng.randint(0, 3)):
                history.redo()
        assert_tallies_right(project.database)
    assert any(count.groundedness for count in code_counts(project.database).values())


def test_a_merged_copy_and_its_undo_keep_the_counts(project, tmp_path):
    documents.add_text_document(project, name="E01", text=TEXT)
    coding.code_span(project, document=1, start=0, end=40, codes=["A::a1", "B"])
    project.database.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "copy.qdaproj"
    shutil.copy(project.path, copy)
    with Project.open(copy, coder="Luis") as other:
        coding.code_span(other, document=1, start=0, end=40, codes=["A::a2", "C"])
        coding.code_span(other, document=1, start=100, end=160, codes=["A::a1"])
    history = History(project)
    merge.merge_project(project, other=copy, accept="all")
    assert_tallies_right(project.database)
    assert code_counts(project.database)[codes.list_codes(project)[0].id].groundedness == 3  # A: 0-40 of each coder, 100-160
    history.undo()
    assert_tallies_right(project.database)


def test_an_older_file_gets_its_counts_when_migrated(tmp_path, project):
    documents.add_text_document(project, name="E01", text=TEXT)
    coding.code_span(project, document=1, start=0, end=40, codes=["A::a1", "A::a2"])
    coding.code_span(project, document=1, start=30, end=90, codes=["A::a2", "B"], coder="Luis")
    database = project.database
    database.connection.execute("DELETE FROM code_tallies")  # as if counted wrongly or never
    fill_code_tallies(database.db)
    assert_tallies_right(database)
    assert code_counts(database)[codes.list_codes(project)[0].id].groundedness == 2


def test_a_read_only_file_without_the_table_is_counted(tmp_path, project):
    documents.add_text_document(project, name="E01", text=TEXT)
    coding.code_span(project, document=1, start=0, end=40, codes=["A::a1"])
    expected = counted_code_counts(project.database)
    project.database.connection.execute("DROP TABLE code_tallies")
    assert not has_code_tallies(project.database)
    assert code_counts(project.database) == expected
    path = project.path
    project.close()
    reader = open_database(path, read_only=True)
    try:
        assert code_counts(reader) == expected
    finally:
        reader.close()
