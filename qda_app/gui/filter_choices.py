"""What the analysis windows offer to filter by: coders, document groups, code groups, smart codes."""

from __future__ import annotations

from dataclasses import dataclass

from qda_app.services import code_groups, gui_queries, queries
from qda_app.services.project import Project


@dataclass(frozen=True)
class FilterChoices:
    coders: tuple[str, ...]
    document_groups: tuple[str, ...]
    code_groups: tuple[str, ...]
    smart_codes: tuple[str, ...] = ()


def filter_choices(project: Project) -> FilterChoices:
    return FilterChoices(
        coders=tuple(gui_queries.coder_names(project)),
        document_groups=tuple(group.name for group in gui_queries.document_groups(project)),
        code_groups=tuple(group.name for group in code_groups.list_code_groups(project)),
        smart_codes=tuple(smart.name for smart in queries.list_smart_codes(project)),
    )
