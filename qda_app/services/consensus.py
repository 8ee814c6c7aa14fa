"""Disagreements of two coders as aligned passages, and consensus decisions on them.

A passage is a stretch of one document where the two coders' codings of one semantic domain
(a top-level category; a top-level code without sub-codes is its own domain) overlap. Kinds:

* ``matched``: same codes on exactly the same characters;
* ``partial``: same codes, boundaries differ (``overlap`` = shared / covered characters);
* ``missing``: only one coder coded here;
* ``confused``: both coded here, with different codes of the domain.

Decisions are written to a separate coder layer, "Consensus": each coder's own coding stays
untouched, so the agreement that preceded the discussion stays reportable.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from qda_app.core.errors import InvalidArgument
from qda_app.core.model import CODE_PATH_SEPARATOR
from qda_app.core.numbering import split_code_path
from qda_app.core.spans import check_span, covered_length, intersect_spans, merge_spans
from qda_app.services import lookup
from qda_app.services.agreement import canonical_coders
from qda_app.services.coding import add_coding, insert_quotation
from qda_app.services.command_names import CommandName, command_name
from qda_app.services.project import Project
from qda_app.store import codes as code_store
from qda_app.store import coders as coder_store
from qda_app.store import documents as document_store
from qda_app.store import memos as memo_store
from qda_app.store import quotations as quotation_store
from qda_app.store import team_queries
from qda_app.store.database import new_guid, utc_now

CONSENSUS_CODER = "Consensus"
_MEMO_PREFIX = "Consensus:"  # the title of a decision's rationale memo begins so
DECISIONS = ("accept_a", "accept_b", "union", "intersection", "custom")
_DECISION_LABELS = {
    "accept_a": "accept {a}", "accept_b": "accept {b}", "union": "union", "intersection": "intersection",
    "custom": "custom boundaries",
}


def _consensus_name(decision: str, coders: Sequence[str], *, number: int | None = None,
                    count: int | None = None) -> CommandName:
    """One passage (``number``) or several (``count``); "accept" names the coder accepted."""
    kind = decision if decision in ("union", "intersection", "custom") else "accept"
    coder = coders[0] if decision == "accept_a" else coders[1] if decision == "accept_b" else ""
    if number is not None:
        return command_name(f"consensus_{kind}", number=number, coder=coder)
    return command_name(f"consensus_all_{kind}", count=count, coder=coder)


@dataclass(frozen=True, slots=True)
class PassageSpan:
    quotation: str  # D:Q
    start: int
    end: int
    code: str


@dataclass(frozen=True, slots=True)
class Passage:
    number: int
    coders: tuple[str, str]
    document: int
    domain: str
    kind: str  # matched | partial | missing | confused
    start: int
    end: int
    a: tuple[PassageSpan, ...]
    b: tuple[PassageSpan, ...]
    overlap: float  # characters both coded / characters either coded, 0..1
    disagreement: int  # characters on which the coders disagree, summed over codes
    resolved: bool
    # The document's whole text, shared by its passages: a copy of each passage's own text would
    # hold the coded text of the project again (600 MB for 200,000 quotations).
    document_text: str = field(repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.document_text[self.start:self.end]

    def codes_of(self, side: str) -> tuple[str, ...]:
        spans = self.a if side == "a" else self.b
        return tuple(dict.fromkeys(span.code for span in spans))

    def coverage(self, side: str) -> dict[str, list[tuple[int, int]]]:
        """Code -> the merged ranges one side (``"a"`` or ``"b"``) gave it in this passage."""
        return _coverage(self.a if side == "a" else self.b)


@dataclass(frozen=True)
class ConsensusResult:
    passage: int
    decision: str
    quotations: tuple[str, ...]
    memo_id: int | None


def domain_of(path: str) -> str:
    return path.split(CODE_PATH_SEPARATOR, 1)[0]


def list_disagreements(
    project: Project, *, coders: Sequence[str], documents: Sequence[int] | None = None
) -> list[Passage]:
    """Aligned passages of two coders, the biggest contribution to disagreement first."""
    if len(coders) != 2:
        raise InvalidArgument(name="coders", reason="exactly_two_coders")
    first, second = canonical_coders(project, coders)
    spans = team_queries.coding_spans(
        project.database, coder_names=[first, second, CONSENSUS_CODER], document_numbers=documents
    )
    groups: dict[tuple[int, str], list[team_queries.CodingSpan]] = defaultdict(list)
    consensus: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    for span in spans:
        key = (span.document_number, domain_of(span.code_path))
        if span.coder == CONSENSUS_CODER and CONSENSUS_CODER not in (first, second):
            consensus[key].append((span.start, span.end))
        else:
            groups[key].append(span)
    texts: dict[int, str] = {}
    passages = []
    for (document, domain), members in groups.items():
        if document not in texts:
            texts[document] = document_store.get_text(project.database, members[0].document_id)
        for cluster in _clusters(members):
            passages.append(_passage(cluster, (first, second), document, domain, texts[document],
                                     consensus.get((document, domain), [])))
    passages.sort(key=lambda p: (-p.disagreement, p.document, p.start, p.domain))
    return [_numbered(passage, index) for index, passage in enumerate(passages, start=1)]


def _numbered(passage: Passage, number: int) -> Passage:
    return Passage(number, *[getattr(passage, name) for name in Passage.__dataclass_fields__ if name != "number"])


def _clusters(members: list[team_queries.CodingSpan]) -> list[list[team_queries.CodingSpan]]:
    """Groups of spans connected by overlap (touching spans are separate passages)."""
    clusters: list[list[team_queries.CodingSpan]] = []
    end = -1
    for span in sorted(members, key=lambda s: (s.start, s.end)):
        if clusters and span.start < end:
            clusters[-1].append(span)
            end = max(end, span.end)
        else:
            clusters.append([span])
            end = span.end
    return clusters


def _passage(
    cluster: list[team_queries.CodingSpan], coders: tuple[str, str], document: int, domain: str, text: str,
    consensus: list[tuple[int, int]],
) -> Passage:
    sides = {
        side: tuple(PassageSpan(s.quotation_label, s.start, s.end, s.code_path) for s in cluster if s.coder == name)
        for side, name in (("a", coders[0]), ("b", coders[1]))
    }
    start, end = min(s.start for s in cluster), max(s.end for s in cluster)
    coverage = {side: _coverage(spans) for side, spans in sides.items()}
    union_a = [i for intervals in coverage["a"].values() for i in intervals]
    union_b = [i for intervals in coverage["b"].values() for i in intervals]
    both = covered_length(intersect_spans(union_a, union_b))
    either = covered_length(union_a + union_b)
    disagreement = 0
    for code in set(coverage["a"]) | set(coverage["b"]):
        a_code, b_code = coverage["a"].get(code, []), coverage["b"].get(code, [])
        shared = covered_length(intersect_spans(a_code, b_code))
        disagreement += covered_length(a_code) + covered_length(b_code) - 2 * shared
    if not sides["a"] or not sides["b"]:
        kind = "missing"
    elif set(coverage["a"]) != set(coverage["b"]):
        kind = "confused"
    else:
        kind = "matched" if disagreement == 0 else "partial"
    resolved = any(s < end and start < e for s, e in consensus)
    return Passage(0, coders, document, domain, kind, start, end, sides["a"], sides["b"],
                   both / either if either else 0.0, disagreement, resolved, text)


def _coverage(spans: Sequence[PassageSpan]) -> dict[str, list[tuple[int, int]]]:
    by_code: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for span in spans:
        by_code[span.code].append((span.start, span.end))
    return {code: merge_spans(intervals) for code, intervals in by_code.items()}


# --- decisions --------------------------------------------------------------------------------

def decided_coding(
    passage: Passage, *, decision: str, start: int | None = None, end: int | None = None,
    codes: Sequence[str] | None = None,
) -> dict[str, list[tuple[int, int]]]:
    """What the Consensus layer gets for a decision: code -> ranges."""
    a, b = passage.coverage("a"), passage.coverage("b")
    if decision == "accept_a":
        result = a
    elif decision == "accept_b":
        result = b
    elif decision == "union":
        result = {code: merge_spans(a.get(code, []) + b.get(code, [])) for code in {**a, **b}}
    elif decision == "intersection":
        result = {code: intersect_spans(a[code], b[code]) for code in a if code in b}
    elif decision == "custom":
        if start is None or end is None:
            raise InvalidArgument(name="custom", reason="custom_needs_bounds")
        chosen = list(codes) if codes else list(a) if set(a) == set(b) or not b else list(b) if not a else None
        if not chosen:
            raise InvalidArgument(name="codes", reason="codes_differ")
        result = {code: [(start, end)] for code in chosen}
    else:
        raise InvalidArgument(name="decision", reason="use_one_of", choices=DECISIONS)
    result = {code: intervals for code, intervals in result.items() if intervals}
    if not result:
        raise InvalidArgument(name="decision", reason="decision_leaves_nothing", decision=decision)
    return result


def resolve(
    project: Project, passage: Passage, *, decision: str, start: int | None = None, end: int | None = None,
    codes: Sequence[str] | None = None, rationale: str = "",
) -> ConsensusResult:
    """Write one decision to the Consensus layer, with its rationale as a memo (one undoable action)."""
    decided = decided_coding(passage, decision=decision, start=start, end=end, codes=codes)
    if decision == "custom":
        found = lookup.document(project, passage.document)
        check_span(start=start, end=end, length=found.chars, document=passage.document)
        for code in decided:
            lookup.code_id(project, code)
    return project.execute(
        _consensus_name(decision, passage.coders, number=passage.number),
        lambda: _write(project, passage, decision, decided, rationale),
    )


def resolve_all(
    project: Project, *, coders: Sequence[str], decision: str, documents: Sequence[int] | None = None,
    rationale: str = "",
) -> tuple[list[ConsensusResult], list[Passage]]:
    """Apply one rule to every unresolved passage as one undoable action; returns (written, skipped)."""
    if decision == "custom":
        raise InvalidArgument(name="decision", reason="custom_one_at_a_time")
    pending = [p for p in list_disagreements(project, coders=coders, documents=documents) if not p.resolved]
    plans, skipped = [], []
    for passage in pending:
        try:
            plans.append((passage, decided_coding(passage, decision=decision)))
        except InvalidArgument:
            skipped.append(passage)  # e.g. an intersection of a passage only one coder coded
    if not plans:
        return [], skipped
    written = project.execute(
        _consensus_name(decision, coders, count=len(plans)),
        lambda: [_write(project, passage, decision, decided, rationale) for passage, decided in plans],
    )
    return written, skipped


def _write(
    project: Project, passage: Passage, decision: str, decided: dict[str, list[tuple[int, int]]], rationale: str
) -> ConsensusResult:
    db = project.database
    consensus_id = coder_store.ensure_coder(db, CONSENSUS_CODER)
    document = lookup.document(project, passage.document)
    # A new decision on a passage replaces the earlier one, so a team can change its mind.
    earlier = [
        span for span in team_queries.coding_spans(db, coder_names=[CONSENSUS_CODER], document_numbers=[document.number])
        if domain_of(span.code_path) == passage.domain and span.start < passage.end and passage.start < span.end
    ]
    earlier_quotations = set(span.quotation_id for span in earlier)
    # The replaced decision's rationale goes with it: a note must never explain a decision
    # that no longer stands.
    for memo in memo_store.list_memos(db):
        links = [link for link in memo.links if link.target_type == "quotation"]
        if (memo.title.startswith(_MEMO_PREFIX) and links
                and all(link.target_id in earlier_quotations for link in links)):
            memo_store.delete_memo_row(db, memo.id)
    team_queries.delete_coder_codings(db, coding_ids=[span.coding_id for span in earlier])
    for quotation_id in dict.fromkeys(span.quotation_id for span in earlier):
        team_queries.delete_quotation_if_uncoded(db, quotation_id)
    by_range: dict[tuple[int, int], list[str]] = defaultdict(list)
    for code, intervals in decided.items():
        for interval in intervals:
            by_range[interval].append(code)
    quotation_ids = []
    for (start, end), codes in sorted(by_range.items()):
        quotation_id = quotation_store.find_same_span(db, document_id=document.id, start=start, end=end,
                                                      coder_id=consensus_id)
        if quotation_id is None:
            quotation_id = insert_quotation(project, document_id=document.id, start=start, end=end,
                                            coder_id=consensus_id)
        for code in codes:
            add_coding(project, quotation_id=quotation_id, code_id=code_store.find_code_id(db, split_code_path(code)),
                       coder_id=consensus_id)
        quotation_ids.append(quotation_id)
    first, second = passage.coders
    label = _DECISION_LABELS[decision].format(a=first, b=second)
    now = utc_now()
    memo_id = memo_store.insert_memo(
        db,
        {"guid": new_guid(), "title": f"{_MEMO_PREFIX} {label} ({document.number}:{passage.start}-{passage.end})",
         "text": f"Coders compared: {first}, {second}. Passage kind: {passage.kind}. Decision: {label}.\n\n"
                 f"{rationale}".rstrip(),
         "author_id": project.coder_id(), "created_at": now, "modified_at": now},
    )
    labels = []
    for quotation_id in quotation_ids:
        memo_store.link_memo(db, memo_id, "quotation", quotation_id)
        row = quotation_store.get_quotation_row(db, quotation_id)
        labels.append(f"{document.number}:{row['number']}")
    return ConsensusResult(passage.number, decision, tuple(labels), memo_id)
