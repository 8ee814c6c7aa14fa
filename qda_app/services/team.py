"""Team work around copies: a copy of the project for each coder, and the demo's second coder."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from pathlib import Path

from qda_app.core.errors import InvalidName, ProjectExists
from qda_app.core.model import CODE_PATH_SEPARATOR
from qda_app.services.atomic_files import building_project, file_name_from
from qda_app.services.coding import add_coding, insert_quotation
from qda_app.services.command_names import command_name
from qda_app.services.project import Project
from qda_app.store import codes as code_store
from qda_app.store import coders as coder_store
from qda_app.store import quotations as quotation_store
from qda_app.store import team_queries
from qda_app.store.database import utc_now
from qda_app.store.opening import backup_to

DEMO_SECOND_CODER = "Marco Ccama Flores"
DEMO_SEED = 20210414


@dataclass(frozen=True)
class CoderCopy:
    path: Path
    coder: str
    blind: bool
    codings_removed: int
    quotations_removed: int


def copy_for_coder(project: Project, *, target: str | Path, coder: str, blind: bool = False) -> CoderCopy:
    """Write a copy of the project for ``coder`` to work in.

    The copy is taken with SQLite's backup API (consistent even while the project is open) and
    then, in one transaction, made the coder's: the coder exists, is the copy's current coder
    and, with ``blind``, other coders' codings and quotations are gone so the coder codes
    independently. GUIDs and quotation numbers are kept, which is what lets ``merge`` recognise
    everything that came from the lead's project.
    """
    target = Path(target)
    name = coder.strip()
    if not name:
        raise InvalidName(kind="coder", name=coder, reason="empty")
    if os.path.lexists(target):
        raise ProjectExists(path=str(target))
    counts = team_queries.StripCounts(0, 0)
    # Built under a temporary name and renamed only when prepared: a killed or failed blind
    # copy never leaves a file holding the other coders' quotations under the coder's name.
    with building_project(target, overwrite=False) as temporary:
        backup_to(project.database, temporary)
        with Project.open(temporary, coder=name, program="qda-app (copy for coder)") as copy:
            def prepare() -> team_queries.StripCounts:
                coder_id = coder_store.ensure_coder(copy.database, name)
                coder_store.set_setting(copy.database, "last_coder", name)
                coder_store.set_setting(copy.database, "copy_for_coder", name)
                coder_store.set_setting(copy.database, "copied_at", utc_now())
                if blind:
                    return team_queries.strip_other_coders(copy.database, keep_coder_id=coder_id)
                return team_queries.StripCounts(0, 0)

            # A new file: there is nothing to undo to, so the preparation is not an undoable step.
            counts = copy.execute(command_name("prepare_copy", coder=name), prepare, undoable=False)
        if blind:
            _vacuum_in_place(temporary)
    return CoderCopy(target, name, blind, counts.codings, counts.quotations)


def _vacuum_in_place(path: Path) -> None:
    """Rebuild the file so the other coders' removed quotations leave no trace in free pages."""
    from qda_app.store.opening import vacuum_file

    vacuum_file(path)


# --- the demo's second coder ------------------------------------------------------------------

@dataclass(frozen=True)
class DemoSplit:
    first: CoderCopy
    second: CoderCopy
    simulated_codings: int


def demo_split(
    *, project: str | Path, out_dir: str | Path, second_coder: str = DEMO_SECOND_CODER, seed: int = DEMO_SEED
) -> DemoSplit:
    """Two coder copies of the demo: the lead coder's as it is, and a blind one recoded by a
    simulated second coder whose work deviates the way real coders do (shifted boundaries,
    confused sibling codes, missed and extra passages). The same seed gives the same copies."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with Project.open(project, read_only=True) as lead:
        lead_coder = coder_store.get_setting(lead.database, "last_coder") or lead.coder
        originals = team_queries.coding_spans(lead.database)
        first = copy_for_coder(lead, target=out / f"{_file_name(lead_coder)}.qdaproj", coder=lead_coder)
        second = copy_for_coder(lead, target=out / f"{_file_name(second_coder)}.qdaproj", coder=second_coder,
                                blind=True)
    with Project.open(second.path, coder=second_coder) as copy:
        count = copy.execute(
            command_name("simulated_coding", coder=second_coder),
            lambda: _simulate_coder(copy, originals, coder=second_coder, seed=seed),
            undoable=False,
        )
    return DemoSplit(first, second, count)


def _file_name(coder: str) -> str:
    return file_name_from("".join(ch if ch.isalnum() else "_" for ch in coder).strip("_"), fallback="coder")


def _simulate_coder(copy: Project, originals: list[team_queries.CodingSpan], *, coder: str, seed: int) -> int:
    db = copy.database
    generator = random.Random(seed)
    coder_id = coder_store.ensure_coder(db, coder)
    codes = code_store.list_codes(db)
    ids = {code.path: code.id for code in codes}
    siblings: dict[str, list[str]] = {}
    for code in codes:
        if code.parent_id is not None:
            siblings.setdefault(code.path.rsplit(CODE_PATH_SEPARATOR, 1)[0], []).append(code.path)
    leaves = [path for paths in siblings.values() for path in paths]
    lengths = team_queries.document_lengths(db)
    document_ids = {span.document_number: span.document_id for span in originals}
    written = 0
    # A coder applies one code of a domain to a character at most (else u-alpha is undefined),
    # so a shifted boundary stops where the same coder's previous passage of that domain ends.
    domain_end: dict[tuple[int, str], int] = {}

    def code(document_number: int, start: int, end: int, path: str) -> None:
        nonlocal written
        domain = (document_number, path.split(CODE_PATH_SEPARATOR, 1)[0])
        start = max(start, domain_end.get(domain, 0))
        if end <= start:
            return
        domain_end[domain] = end
        document_id = document_ids[document_number]
        quotation_id = quotation_store.find_same_span(db, document_id=document_id, start=start, end=end,
                                                      coder_id=coder_id)
        if quotation_id is None:
            quotation_id = insert_quotation(copy, document_id=document_id, start=start, end=end, coder_id=coder_id)
        add_coding(copy, quotation_id=quotation_id, code_id=ids[path], coder_id=coder_id)
        written += 1

    for span in originals:
        draw = generator.random()
        if draw < 0.08:
            continue  # overlooked the passage
        path = span.code_path
        parent = path.rsplit(CODE_PATH_SEPARATOR, 1)[0] if CODE_PATH_SEPARATOR in path else None
        if draw < 0.20 and parent and len(siblings.get(parent, [])) > 1:
            path = generator.choice([other for other in siblings[parent] if other != path])
        start, end = span.start, span.end
        if generator.random() < 0.55:  # boundaries rarely agree to the character
            start += generator.randint(-30, 30)
            end += generator.randint(-30, 30)
        length = lengths[span.document_number]
        start, end = max(0, min(start, length - 1)), max(0, min(end, length))
        if end <= start:
            start, end = span.start, span.end
        code(span.document_number, start, end, path)
        if generator.random() < 0.04 and leaves:  # something the first coder did not see
            extra_start = min(length - 1, end + generator.randint(40, 200))
            extra_end = min(length, extra_start + generator.randint(60, 240))
            if extra_end > extra_start:
                code(span.document_number, extra_start, extra_end, generator.choice(leaves))
    return written
