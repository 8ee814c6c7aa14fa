"""What a merge did, proposed and could not carry: the report every front end prints.

Nothing a merge leaves out goes unmentioned: a coder's removal or resize that was not accepted
is a pending decision with its number; a quotation whose passage the coder edited in the copy
(and so cannot be placed on the project's text) is listed with its text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class AlignedDocument:
    """A document whose text differs in the copy: the copy's quotations were moved onto the
    project's text through the offset map of the two texts."""

    number: int
    name: str
    changes: int  # replaced regions between the copy's text and the project's
    carried: int  # quotations placed on the project's document
    not_carried: int


@dataclass(frozen=True)
class NotCarried:
    """A quotation of the copy whose passage differs from the project's text: listed, not placed."""

    quotation_id: str  # D:Q in the copy
    document: int  # the project's document number
    start: int  # in the copy's text
    end: int
    text: str  # the passage in the copy
    codes: tuple[str, ...]
    reason: str  # passage_edited | passage_deleted


@dataclass(frozen=True)
class AnalysisNotCarried:
    """A piece of the copy's analysis the merge could not carry, and why (see merge_analysis)."""

    kind: str  # relation | quotation_link | smart_code | network_node | memo_link
    name: str  # "source relation target", the smart code's name, "network: D:Q", "memo -> D:Q"
    reason: str  # same_code | cycle | quotation_not_carried | same_quotation | query_differs |
    #              name_is_a_code | operand_missing | refers_to_itself


@dataclass(frozen=True)
class CodeRename:
    guid: str
    kept_path: str
    other_path: str


@dataclass(frozen=True)
class Renumbering:
    guid: str
    other_id: str  # D:Q in the merged copy
    new_id: str  # D:Q in this project


@dataclass(frozen=True)
class SpanDifference:
    """A quotation both sides have (same GUID) whose boundaries differ."""

    quotation_id: str
    kept: tuple[int, int]
    other: tuple[int, int]


@dataclass(frozen=True)
class MergeDecision:
    """A change the coder made in the copy that the merge can apply: ``resize`` (the copy's
    boundaries of a shared quotation) or ``removal`` (a coding the coder deleted in the copy).
    ``applied`` says whether the user accepted it; a rejected one leaves the project as it was."""

    number: int
    kind: str  # resize | removal
    quotation_id: str  # D:Q in this project
    coder: str
    code: str | None  # removal: the code whose coding the coder removed
    kept: tuple[int, int]  # the project's boundaries
    proposed: tuple[int, int] | None  # resize: the copy's boundaries (on the project's text)
    applied: bool
    key: str = ""  # stable across merges: "resize:<quotation GUID>" or "removal:<coding GUID>"

    def as_dict(self) -> dict:
        return {"number": self.number, "kind": self.kind, "quotation": self.quotation_id, "coder": self.coder,
                "code": self.code, "kept": list(self.kept),
                "proposed": list(self.proposed) if self.proposed else None, "applied": self.applied, "key": self.key}


@dataclass
class MergeReport:
    file: str
    coders_added: list[str] = field(default_factory=list)
    codes_added: list[str] = field(default_factory=list)
    code_renames: list[CodeRename] = field(default_factory=list)
    documents_matched: int = 0
    documents_added: list[tuple[int, int, str]] = field(default_factory=list)  # other no., new no., name
    documents_aligned: list[AlignedDocument] = field(default_factory=list)
    not_carried: list[NotCarried] = field(default_factory=list)
    quotations_added: int = 0
    quotations_present: int = 0
    renumbered: list[Renumbering] = field(default_factory=list)
    span_differences: list[SpanDifference] = field(default_factory=list)
    decisions: list[MergeDecision] = field(default_factory=list)
    codings_added: int = 0
    codings_present: int = 0
    memos_added: int = 0
    memos_present: int = 0
    relations_added: int = 0
    relations_present: int = 0
    quotation_links_added: int = 0
    quotation_links_present: int = 0
    groups_added: list[str] = field(default_factory=list)  # "code: name" | "document: name"
    group_members_added: int = 0
    smart_codes_added: list[str] = field(default_factory=list)
    smart_codes_present: int = 0
    networks_added: list[str] = field(default_factory=list)
    network_renames: list[tuple[str, str]] = field(default_factory=list)  # the copy's name, the name here
    network_nodes_added: int = 0
    analysis_not_carried: list[AnalysisNotCarried] = field(default_factory=list)
    representatives_added: int = 0

    @property
    def changed(self) -> bool:
        return bool(
            self.coders_added or self.codes_added or self.documents_added
            or self.quotations_added or self.codings_added or self.memos_added or self.relations_added
            or self.quotation_links_added or self.groups_added or self.group_members_added
            or self.smart_codes_added or self.networks_added or self.network_nodes_added
            or self.representatives_added or any(decision.applied for decision in self.decisions)
        )

    @property
    def pending(self) -> list[MergeDecision]:
        return [decision for decision in self.decisions if not decision.applied]

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "changed": self.changed,
            "coders_added": self.coders_added,
            "codes_added": self.codes_added,
            "code_renames": [
                {"guid": item.guid, "kept_path": item.kept_path, "other_path": item.other_path,
                 "rule": "kept the lead's name"} for item in self.code_renames
            ],
            "documents_matched": self.documents_matched,
            "documents_added": [
                {"other_number": other, "number": number, "name": name} for other, number, name in self.documents_added
            ],
            "documents_aligned": [
                {"number": item.number, "name": item.name, "changes": item.changes, "carried": item.carried,
                 "not_carried": item.not_carried,
                 "rule": "the copy's text differs: quotations on unchanged passages were moved onto the "
                         "project's text; the others are listed in not_carried"}
                for item in self.documents_aligned
            ],
            "not_carried": [
                {"quotation": item.quotation_id, "document": item.document, "start": item.start, "end": item.end,
                 "text": item.text, "codes": list(item.codes), "reason": item.reason} for item in self.not_carried
            ],
            "quotations_added": self.quotations_added,
            "quotations_present": self.quotations_present,
            "renumbered": [{"guid": item.guid, "from": item.other_id, "to": item.new_id} for item in self.renumbered],
            "span_differences": [
                {"quotation": item.quotation_id, "kept": list(item.kept), "other": list(item.other)}
                for item in self.span_differences
            ],
            "decisions": [decision.as_dict() for decision in self.decisions],
            "codings_added": self.codings_added,
            "codings_present": self.codings_present,
            "memos_added": self.memos_added,
            "memos_present": self.memos_present,
            "relations_added": self.relations_added,
            "relations_present": self.relations_present,
            "quotation_links_added": self.quotation_links_added,
            "quotation_links_present": self.quotation_links_present,
            "groups_added": self.groups_added,
            "group_members_added": self.group_members_added,
            "smart_codes_added": self.smart_codes_added,
            "smart_codes_present": self.smart_codes_present,
            "networks_added": self.networks_added,
            "network_renames": [{"copy": copy, "here": here, "rule": "the name was taken here"}
                                for copy, here in self.network_renames],
            "network_nodes_added": self.network_nodes_added,
            "analysis_not_carried": [{"kind": item.kind, "name": item.name, "reason": item.reason}
                                     for item in self.analysis_not_carried],
            "representatives_added": self.representatives_added,
        }
