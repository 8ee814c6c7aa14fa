"""Domain records, as the store hands them out: frozen, plain, no behaviour beyond naming."""

from __future__ import annotations

from dataclasses import dataclass, field

from qda_app.core.localized import LocalizedName

CODE_PATH_SEPARATOR = "::"


@dataclass(frozen=True)
class Coder:
    id: int
    guid: str
    name: str
    created_at: str


@dataclass(frozen=True)
class Document:
    id: int
    guid: str
    number: int
    name: str
    chars: int
    original_name: str
    original_size: int
    sha256: str
    text_sha256: str
    format: str
    encoding: str | None
    imported_by: str | None
    imported_at: str
    page_starts: tuple[int, ...] = ()
    groups: tuple[str, ...] = ()
    quotation_count: int = 0

    def page_of(self, offset: int) -> int | None:
        """1-based page holding ``offset`` for paged sources (PDF); None otherwise."""
        if not self.page_starts:
            return None
        page = 0
        for index, start in enumerate(self.page_starts):
            if start <= offset:
                page = index
            else:
                break
        return page + 1


@dataclass(frozen=True)
class Code:
    id: int
    guid: str
    parent_id: int | None
    name: str
    path: str
    color: str
    description: str
    sort_order: int
    created_by: str | None
    created_at: str

    @property
    def depth(self) -> int:
        return self.path.count(CODE_PATH_SEPARATOR)

    @property
    def parent_path(self) -> str | None:
        if CODE_PATH_SEPARATOR not in self.path:
            return None
        return self.path.rsplit(CODE_PATH_SEPARATOR, 1)[0]


@dataclass(frozen=True)
class Quotation:
    id: int
    guid: str
    document_id: int
    document_number: int
    number: int
    start: int
    end: int
    created_by: str | None
    created_at: str
    modified_at: str
    comment: str
    text: str = ""
    codes: tuple[str, ...] = ()
    coders: tuple[str, ...] = ()

    @property
    def quotation_id(self) -> str:
        return f"{self.document_number}:{self.number}"

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Coding:
    id: int
    guid: str
    quotation_id: int
    code_id: int
    coder: str
    created_at: str


@dataclass(frozen=True)
class MemoLink:
    target_type: str  # "project" | "document" | "code" | "quotation" | "network" | "memo"
    target_id: int | None


@dataclass(frozen=True)
class Memo:
    id: int
    guid: str
    title: str
    text: str
    author: str | None
    created_at: str
    modified_at: str
    links: tuple[MemoLink, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Group:
    id: int
    guid: str
    kind: str  # "document" | "code"
    name: str
    members: tuple[int, ...] = ()


@dataclass(frozen=True)
class RelationType:
    """How two codes (scope "code") or two quotations (scope "quotation") relate."""

    id: int
    guid: str
    scope: str  # "code" | "quotation"
    name: str  # English
    name_es: str
    name_pt: str
    label: str  # short text drawn on network links
    behaviour: str  # "directed" | "symmetric" | "transitive" (see core.relations)
    line_style: str  # "solid" | "dashed" | "dotted"
    color: str  # #RRGGBB
    is_default: bool

    def name_in(self, language: str) -> str:
        """The name in "en", "es" or "pt" (English when no translation is stored)."""
        translated = {"es": self.name_es, "pt": self.name_pt}.get(language, "")
        return translated or self.name

    def localized_name(self) -> LocalizedName:
        """The English name carrying its translations, for a message's fields."""
        return LocalizedName(self.name, es=self.name_es, pt=self.name_pt)

    @property
    def directed(self) -> bool:
        return self.behaviour != "symmetric"


@dataclass(frozen=True)
class CodeRelation:
    """``source`` relates to ``target`` as ``name`` says (the type's English name)."""

    id: int
    guid: str
    source_code_id: int
    target_code_id: int
    name: str
    created_by: str | None
    created_at: str
    type_id: int = 0
    comment: str = ""


@dataclass(frozen=True)
class QuotationLink:
    """A hyperlink from one quotation to another ("3:12 supports 5:2")."""

    id: int
    guid: str
    source_quotation_id: int
    target_quotation_id: int
    type_id: int
    name: str  # the type's English name
    comment: str
    created_by: str | None
    created_at: str


NODE_KINDS = ("code", "quotation", "memo", "document", "code_group", "document_group")


@dataclass(frozen=True)
class NetworkNode:
    """One thing placed in a network; x, y are None until placed (a layout fills them)."""

    id: int
    network_id: int
    kind: str  # one of NODE_KINDS
    target_id: int
    x: float | None
    y: float | None


@dataclass(frozen=True)
class Network:
    id: int
    guid: str
    name: str
    description: str
    created_by: str | None
    created_at: str
    modified_at: str
    nodes: tuple[NetworkNode, ...] = ()


@dataclass(frozen=True)
class SmartCode:
    """A saved query: the expression (query language text) and its scope, not its result."""

    id: int
    guid: str
    name: str
    expression: str
    scope: str  # JSON: {"document_groups": [...], "coders": [...], "attributes": {...}}
    description: str
    created_by: str | None
    created_at: str
    modified_at: str


@dataclass(frozen=True)
class CodeCounts:
    """Atlas.ti's figures for one code.

    groundedness: quotations linked to the code or to any code below it (distinct);
    own_groundedness: quotations linked to the code itself; density: code-code links.
    """

    code_id: int
    groundedness: int
    own_groundedness: int
    density: int
