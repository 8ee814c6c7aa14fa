"""Use cases on memos: the research journal and notes on documents, codes and quotations."""

from __future__ import annotations

from qda_app.core.errors import InvalidArgument, MemoNotFound
from qda_app.core.model import Memo
from qda_app.services import lookup
from qda_app.services.command_names import command_name
from qda_app.services.project import Project
from qda_app.store import memos as memo_store
from qda_app.store.database import new_guid, utc_now

TARGET_TYPES = ("project", "document", "code", "quotation", "network", "memo")


def resolve_target(project: Project, target_type: str, target: str | int | None) -> int | None:
    """Database id of a memo's target given as users name it: document number, code path,
    "D:Q", network name (or id), memo id; None for the project."""
    if target_type not in TARGET_TYPES:
        raise InvalidArgument(name="target", reason="use_one_of", choices=TARGET_TYPES)
    if target_type == "project":
        return None
    if target_type == "document":
        return lookup.document(project, int(target)).id
    if target_type == "code":
        return lookup.code_id(project, str(target))
    if target_type == "network":
        from qda_app.services.networks import network_id

        return network_id(project, target)  # type: ignore[arg-type]
    if target_type == "memo":
        return get_memo(project, int(target)).id  # type: ignore[arg-type]
    return lookup.quotation_id(project, target if isinstance(target, int) else str(target))


def create_memo(
    project: Project,
    *,
    title: str,
    text: str = "",
    target_type: str = "project",
    target: str | int | None = None,
) -> Memo:
    if not title.strip():
        raise InvalidArgument(name="title", reason="empty")
    target_id = resolve_target(project, target_type, target)

    def action() -> int:
        now = utc_now()
        memo_id = memo_store.insert_memo(
            project.database,
            {
                "guid": new_guid(),
                "title": title.strip(),
                "text": text,
                "author_id": project.coder_id(),
                "created_at": now,
                "modified_at": now,
            },
        )
        memo_store.link_memo(project.database, memo_id, target_type, target_id)
        return memo_id

    memo_id = project.execute(command_name("create_memo", title=title.strip()), action)
    return get_memo(project, memo_id)


def get_memo(project: Project, memo_id: int) -> Memo:
    found = memo_store.get_memo(project.database, memo_id)
    if found is None:
        raise MemoNotFound(memo=memo_id)
    return found


def edit_memo(project: Project, *, memo_id: int, title: str | None = None, text: str | None = None) -> Memo:
    found = get_memo(project, memo_id)
    values: dict = {"modified_at": utc_now()}
    if title is not None:
        if not title.strip():
            raise InvalidArgument(name="title", reason="empty")
        values["title"] = title.strip()
    if text is not None:
        values["text"] = text
    project.execute(command_name("edit_memo", title=found.title), lambda: memo_store.update_memo(project.database, memo_id, values))
    return get_memo(project, memo_id)


def delete_memo(project: Project, *, memo_id: int) -> None:
    found = get_memo(project, memo_id)
    project.execute(command_name("delete_memo", title=found.title), lambda: memo_store.delete_memo_row(project.database, memo_id))


def list_memos(project: Project, *, target_type: str | None = None, target: str | int | None = None) -> list[Memo]:
    if target_type is None:
        return memo_store.list_memos(project.database)
    return memo_store.list_memos(
        project.database, target_type=target_type, target_id=resolve_target(project, target_type, target)
    )


def attach_memo(project: Project, *, memo_id: int, target_type: str, target: str | int | None = None) -> Memo:
    """Attach a memo to a code, quotation, document, network, another memo or the project
    (one command; attaching it again changes nothing)."""
    found = get_memo(project, memo_id)
    target_id = resolve_target(project, target_type, target)
    if target_type == "memo" and target_id == memo_id:
        from qda_app.core.errors import SelfRelation

        raise SelfRelation(kind="memo", item=found.title)
    project.execute(command_name("attach_memo", title=found.title),
                    lambda: memo_store.link_memo(project.database, memo_id, target_type, target_id))
    return get_memo(project, memo_id)


def detach_memo(project: Project, *, memo_id: int, target_type: str, target: str | int | None = None) -> Memo:
    """Detach a memo from one target (one command); the memo itself stays."""
    found = get_memo(project, memo_id)
    target_id = resolve_target(project, target_type, target)
    project.execute(command_name("detach_memo", title=found.title),
                    lambda: memo_store.unlink_memo(project.database, memo_id, target_type, target_id))
    return get_memo(project, memo_id)
