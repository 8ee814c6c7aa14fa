"""After a coding the code tree repaints only the touched codes' rows, with figures equal to a
recount; undo puts them back; the {G-D} column widens when a figure outgrows it."""

from __future__ import annotations

from qda_app.gui import refresh
from qda_app.services import codes, coding
from qda_app.store.codes import counted_code_counts
from tests.gui.sample import TRANSCRIPT


def shown(window) -> dict[str, tuple[int, int]]:
    return {item.code.path: (item.counts.groundedness, item.counts.own_groundedness)
            for item in window.code_tree.source.by_id.values()}


def recounted(window) -> dict[str, tuple[int, int]]:
    paths = {code.id: code.path for code in codes.list_codes(window.project)}
    return {paths[code_id]: (counts.groundedness, counts.own_groundedness)
            for code_id, counts in counted_code_counts(window.project.database).items()}


def test_coding_repaints_the_touched_codes_only_and_undo_restores_them(window):
    model = window.code_tree.source
    before = shown(window)
    changed, resets = [], []
    model.dataChanged.connect(lambda first, last, *_: changed.append(model.item(first).code.path))
    model.modelReset.connect(lambda: resets.append(True))
    start = TRANSCRIPT.index("Aquí la población")
    window.document_view.select_range(start, start + 30)
    window.code_tree.select_codes(["Cultura política::Paternalismo"])
    window.registry["actionQuickCode"].trigger()
    refresh.flush_panes(window)
    assert sorted(changed) == ["Cultura política", "Cultura política::Paternalismo"] and not resets
    assert shown(window) == recounted(window)
    assert shown(window)["Cultura política"] == (before["Cultura política"][0] + 1, before["Cultura política"][1])
    window.undo_stack.undo()
    refresh.flush_panes(window)
    assert shown(window) == recounted(window) == before
    assert not resets


def test_the_counts_column_widens_when_a_figure_outgrows_it(window):
    tree = window.code_tree
    width = tree.header().sectionSize(1)
    item = next(item for item in tree.source.by_id.values() if item.code.path == "Centralismo")
    tree.source.apply_count_changes({item.code.id: (123_456_789, 0)})
    assert tree.header().sectionSize(1) > width
    widest = tree.header().sectionSize(1)
    tree.source.apply_count_changes({item.code.id: (-123_456_789, 0)})
    assert tree.header().sectionSize(1) == widest  # no jump while coding
    refresh.reload_codes(window)  # a full load fits it again
    assert tree.header().sectionSize(1) < widest
    coding.code_span(window.project, document=1, start=0, end=5, codes=["Centralismo"])
    assert shown(window) == recounted(window)
