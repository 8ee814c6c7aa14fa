"""Merging a REFI-QDA codebook (``.qdc``) into an open project, as one undoable action.

A code of the file is matched to ours by GUID first (the same code exchanged before), then
by its path (same names under the same parent, compared by ``name_key``: NFC, Unicode case
folding, whitespace collapsed). A matched code keeps its
name, place and colour; only an empty definition is filled from the file. Unmatched codes
are created under their matched parent, with the file's GUID when it is free. Sets become
code groups (matched by GUID, then name) and gain the members the file lists.
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path

from qda_app.core.numbering import name_key
from qda_app.services.command_names import command_name
from qda_app.services.interop.import_support import UniqueNames, clean_name, colour
from qda_app.services.interop.refi_model import ImportReport, RefiCode
from qda_app.services.interop.refi_reader import read_qdc
from qda_app.services.project import Project
from qda_app.store import interop_queries as queries
from qda_app.store.database import new_guid, utc_now

__all__ = ["import_codebook"]


def import_codebook(project: Project, qdc_path: str | PathLike[str]) -> ImportReport:
    from qda_app.services.atomic_files import check_input

    check_input(Path(qdc_path))  # a FIFO would make the read wait for ever
    codebook, report = read_qdc(qdc_path)
    merger = _Merger(project, report)

    def action() -> None:
        merger.merge(codebook.codes, parent_id=None, inherited=None)
        merger.groups(codebook.sets)

    project.execute(command_name("import_codebook", file=Path(qdc_path).name), action)
    report.summary = dict(merger.counts)
    return report


class _Merger:
    def __init__(self, project: Project, report: ImportReport) -> None:
        self.project = project
        self.db = project.database
        self.report = report
        self.now = utc_now()
        self.ids: dict[str, int] = {}  # file code guid -> our code id
        self.counts = {"codes_matched_by_guid": 0, "codes_matched_by_path": 0,
                       "codes_created": 0, "definitions_filled": 0, "groups_created": 0,
                       "group_members_added": 0}

    def _load(self) -> None:
        rows = queries.code_tree_rows(self.db)
        self.by_guid = {row["guid"]: row for row in rows}
        self.children: dict[int | None, dict[str, dict]] = {}
        for row in rows:
            self.children.setdefault(row["parent_id"], {}).setdefault(name_key(row["name"]), row)

    def merge(self, codes: tuple[RefiCode, ...], *, parent_id: int | None,
              inherited: str | None) -> None:
        if parent_id is None:
            self._load()
        for order, code in enumerate(codes):
            name = clean_name(code.name, kind="code", fallback="Code", report=self.report,
                              guid=code.guid)
            row = self.by_guid.get(code.guid)
            if row is not None:
                self.counts["codes_matched_by_guid"] += 1
            else:
                row = self.children.get(parent_id, {}).get(name_key(name))
                if row is not None:
                    self.counts["codes_matched_by_path"] += 1
            if row is None:
                row = self._create(code, name, parent_id=parent_id, inherited=inherited,
                                   order=order)
            elif not row["description"] and code.description:
                queries.update_code_description(self.db, row["id"], code.description, self.now)
                self.counts["definitions_filled"] += 1
            self.ids[code.guid] = row["id"]
            self.merge(code.children, parent_id=row["id"], inherited=row["color"])

    def _create(self, code: RefiCode, name: str, *, parent_id: int | None,
                inherited: str | None, order: int) -> dict:
        siblings = self.children.setdefault(parent_id, {})
        name = UniqueNames(set(siblings)).claim(name, kind="code", report=self.report,
                                                guid=code.guid)
        guid = code.guid if code.guid not in self.by_guid else new_guid()
        count = len(siblings)
        values = {"guid": guid, "parent_id": parent_id, "name": name,
                  "color": colour(code.color, inherited=inherited, index=count + order),
                  "description": code.description or "", "sort_order": count,
                  "is_codable": int(code.is_codable), "color_assigned": int(not code.color),
                  "created_by": self.project.coder_id(), "created_at": self.now,
                  "modified_at": self.now}
        row = {**values, "id": queries.insert_row(self.db, "codes", values)}
        siblings[name_key(name)] = row
        self.by_guid[guid] = row
        self.counts["codes_created"] += 1
        return row

    def groups(self, sets: tuple) -> None:
        for item in sets:
            name = clean_name(item.name, kind="group", fallback="Group", report=self.report,
                              guid=item.guid)
            group_id = (queries.group_by_guid(self.db, "code", item.guid)
                        or queries.group_by_name(self.db, "code", name))
            if group_id is None:
                group_id = queries.insert_row(self.db, "groups", {
                    "guid": item.guid, "kind": "code", "name": name, "created_at": self.now})
                self.counts["groups_created"] += 1
            present = queries.group_member_ids(self.db, group_id)
            for guid in item.member_codes:
                code_id = self.ids.get(guid)
                if code_id is not None and code_id not in present:
                    queries.insert_row(self.db, "group_members",
                                       {"group_id": group_id, "member_id": code_id})
                    present.add(code_id)
                    self.counts["group_members_added"] += 1
