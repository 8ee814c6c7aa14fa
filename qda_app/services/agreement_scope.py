"""What an agreement figure rests on, and what it leaves out (never silently partial).

The documents compared are those every compared coder coded (unless the user names them).
Everything a coder coded that this leaves out is listed with its reason: a document only
some coders coded, a code used only there, a pair of coders sharing no document, and -
usually the cause after a merge - two documents that look like versions of one transcript,
each coded by different coders.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from qda_app.core import agreement as core
from qda_app.services.project import Project
from qda_app.store import documents as document_store

# Reasons a part of the project is left out of the comparison (stable keys; words in agreement_words).
NOT_CODED_BY_ALL = "not_coded_by_all"  # a document only some compared coders coded
ONLY_IN_LEFT_OUT_DOCUMENTS = "only_in_left_out_documents"  # a code used only in such documents
NO_SHARED_DOCUMENT = "no_shared_document"  # two coders coded no document in common
DOCUMENTS_DIFFER = "documents_differ"  # one transcript in two versions, coded by different coders
NO_COEFFICIENT = "no_coefficient"  # a domain without a value cannot enter the overall value
SEVERAL_VALUES = "several_values"  # a coder gave one unit two codes of the compared set
NOT_PAIRABLE = "not_pairable"  # a unit that fewer than two coders valued


@dataclass(frozen=True)
class LeftOut:
    """One part of the project a figure does not rest on, and why (``reason`` is a key)."""

    kind: str  # document | code | domain | coders | unit
    item: object
    reason: str
    detail: dict

    def as_dict(self) -> dict:
        return {"kind": self.kind, "item": self.item, "reason": self.reason, **self.detail}


def coders_by_document(spans: Sequence[core.CodedSpan]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for span in spans:
        if span.end > span.start:
            found[int(span.document)].add(span.coder)
    return found


def left_out_documents(spans: Sequence[core.CodedSpan], compared: Sequence[str],
                       chosen: Sequence[int]) -> list[LeftOut]:
    """Documents some (not all) compared coders coded that are not compared."""
    chosen_set = set(chosen)
    entries = []
    for document, coders in sorted(coders_by_document(spans).items()):
        if document in chosen_set:
            continue
        entries.append(LeftOut("document", document, NOT_CODED_BY_ALL,
                               {"coded_by": [c for c in compared if c in coders],
                                "not_coded_by": [c for c in compared if c not in coders]}))
    return entries


def left_out_codes(spans: Sequence[core.CodedSpan], chosen: Sequence[int],
                   compared_codes: Sequence[str]) -> list[LeftOut]:
    """Codes the coders used, but only in documents that are not compared."""
    chosen_set, compared_set = set(chosen), set(compared_codes)
    elsewhere: dict[str, set[int]] = defaultdict(set)
    for span in spans:
        if span.code not in compared_set and int(span.document) not in chosen_set:
            elsewhere[span.code].add(int(span.document))
    return [LeftOut("code", code, ONLY_IN_LEFT_OUT_DOCUMENTS, {"documents": sorted(documents)})
            for code, documents in sorted(elsewhere.items())]


def pairs_without_documents(spans: Sequence[core.CodedSpan], compared: Sequence[str]) -> list[LeftOut]:
    coded = coders_by_document(spans)
    entries = []
    for first, second in combinations(compared, 2):
        if not any(first in coders and second in coders for coders in coded.values()):
            entries.append(LeftOut("coders", [first, second], NO_SHARED_DOCUMENT, {}))
    return entries


def differing_versions(project: Project, spans: Sequence[core.CodedSpan],
                       compared: Sequence[str]) -> list[LeftOut]:
    """Documents from one original file (same name or checksum) with different texts, coded by
    different coders: the coders did not code the same text, so their figures cannot meet."""
    coded = coders_by_document(spans)
    documents = {d.number: d for d in document_store.list_documents(project.database) if d.number in coded}
    by_origin: dict[str, list[int]] = defaultdict(list)
    for number, document in documents.items():
        by_origin[document.sha256 or document.original_name].append(number)
    entries = []
    for numbers in by_origin.values():
        texts = {documents[n].text_sha256 for n in numbers}
        if len(numbers) < 2 or len(texts) < 2:
            continue
        if any(set(compared) <= coded[n] for n in numbers):
            continue  # one version was coded by everyone: it is compared, nothing is lost
        entries.append(LeftOut("document", sorted(numbers), DOCUMENTS_DIFFER,
                               {"names": [documents[n].name for n in sorted(numbers)],
                                "coded_by": {str(n): sorted(coded[n] & set(compared)) for n in sorted(numbers)}}))
    return entries
