"""Domain records, as the store hands them out: frozen, plain, no behaviour beyond naming."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    target_type: str  # "project" | "document" | "code" | "quotation"
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
class CodeRelation:
    id: int
    guid: str
    source_code_id: int
    target_code_id: int
    name: str
    created_by: str | None
    created_at: str


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
