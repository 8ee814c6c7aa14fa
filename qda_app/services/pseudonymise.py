"""Pseudonymise a project before sharing: replace names everywhere a name can be, and prove it.

Names are replaced in every document's text (quotations move with the text through the one
offset map, ``core.text_map``) and in every other text the project stores: document names and
original file names, quotation comments, memos, code names and descriptions, attribute values,
groups, relations - found from the schema, so a column added later is covered too. Coders'
names are replaced when asked (``coder_names``).

``write_pseudonymised_copy`` is what users run: the copy is built under a temporary name,
rewritten by ``VACUUM INTO`` so no free page keeps an old text, and then searched - every
stored value and the file's raw bytes (UTF-8 and UTF-16) - for each name. Only a copy in which
no name is left is renamed to the requested path; otherwise nothing is left there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from qda_app.core.errors import InvalidArgument, NamesRemain
from qda_app.core.replace import replace_names
from qda_app.services import lookup
from qda_app.services.atomic_files import check_input, check_target, place, remove_with_companions, temporary_name
from qda_app.services.command_names import command_name
from qda_app.services.documents import text_digest
from qda_app.services.project import Project
from qda_app.store import documents as document_store
from qda_app.store import quotations as quotation_store
from qda_app.store import text_fields
from qda_app.store.database import utc_now
from qda_app.store.opening import backup_to, open_database, vacuum_into

# Columns that hold identifiers, dates, hashes or fixed vocabularies - never a person's name.
_NOT_PROSE = {"guid", "color", "sha256", "text_sha256", "format", "encoding", "page_starts", "kind",
              "target_type", "type", "key"}
_CODER_SETTINGS = ("last_coder", "copy_for_coder")


@dataclass(frozen=True)
class PseudonymiseSummary:
    replacements: int
    documents_changed: int
    quotations_moved: int
    fields_changed: int = 0


def pseudonymise(
    project: Project,
    *,
    replacements: Mapping[str, str],
    documents: Sequence[int] | None = None,
    whole_words: bool = True,
    coder_names: bool = False,
) -> PseudonymiseSummary:
    """Replace the names in ``project`` itself, as one undoable action."""
    replacements = clean_replacements(replacements)
    targets = (
        [lookup.document(project, number) for number in documents]
        if documents
        else document_store.list_documents(project.database)
    )
    totals = {"replacements": 0, "documents": 0, "quotations": 0, "fields": 0}

    def action() -> None:
        for document in targets:
            _replace_in_document(project, document.id, replacements, whole_words, totals)
        if documents is None:  # the whole project: every other text as well
            _replace_in_fields(project, replacements, whole_words, coder_names, totals)

    project.execute(command_name("pseudonymise", count=len(replacements)), action)
    return PseudonymiseSummary(totals["replacements"], totals["documents"], totals["quotations"], totals["fields"])


def clean_replacements(replacements: Mapping[str, str]) -> dict[str, str]:
    cleaned = {unicodedata.normalize("NFC", name.strip()): pseudonym for name, pseudonym in replacements.items()
               if name.strip()}
    if not cleaned:
        raise InvalidArgument(name="replacements", reason="no_replacements")
    return cleaned


def _replace_in_document(project: Project, document_id: int, replacements: Mapping[str, str],
                         whole_words: bool, totals: dict[str, int]) -> None:
    db = project.database
    text = document_store.get_text(db, document_id)
    result = replace_names(text, replacements, whole_words=whole_words)
    if not result.count:
        return
    totals["replacements"] += result.count
    totals["documents"] += 1
    offsets = result.offset_map
    for quotation_id in quotation_store.quotation_ids_of_document(db, document_id):
        row = quotation_store.get_quotation_row(db, quotation_id)
        moved = offsets.map_span(row["start"], row["end"])
        start = min(moved.start, max(len(result.text) - 1, 0))
        end = max(moved.end, start + 1)  # a passage that was only a name keeps one character
        if (start, end) != (row["start"], row["end"]):
            quotation_store.update_quotation(db, quotation_id, {"start": start, "end": end, "modified_at": utc_now()})
            totals["quotations"] += 1
    document_store.update_document(
        db, document_id, {"text": result.text, "chars": len(result.text), "text_sha256": text_digest(result.text)})


def _replace_in_fields(project: Project, replacements: Mapping[str, str], whole_words: bool,
                       coder_names: bool, totals: dict[str, int]) -> None:
    db = project.database
    names = list(replacements)
    for field in text_fields.text_fields(db):
        if not _rewritable(field, coder_names):
            continue
        for row_id, value in text_fields.rows_containing(db, field, names):
            if field.table == "project_info" and not coder_names and text_fields.setting_key(db, row_id) in _CODER_SETTINGS:
                continue
            result = replace_names(value, replacements, whole_words=whole_words)
            if result.count:
                text_fields.rewrite_field(db, field, row_id, result.text)
                totals["replacements"] += result.count
                totals["fields"] += 1


def _rewritable(field: text_fields.TextField, coder_names: bool) -> bool:
    if field.column in _NOT_PROSE or field.column.endswith("_at"):
        return False
    if (field.table, field.column) == ("documents", "text"):
        return False  # done with its quotations, above
    if field.table == "coders" and not coder_names:
        return False
    return True


# --- the copy users share -----------------------------------------------------------------------

def write_pseudonymised_copy(
    source: str | Path,
    target: str | Path,
    *,
    replacements: Mapping[str, str],
    whole_words: bool = True,
    coder_names: bool = False,
    coder: str | None = None,
) -> PseudonymiseSummary:
    """Write a pseudonymised copy of the project at ``source`` to the new file ``target``.

    Refused (and nothing left at ``target``) when a name is still found in the finished copy.
    """
    replacements = clean_replacements(replacements)
    source, target = Path(source), Path(target)
    check_input(source)
    check_target(target, overwrite=False)
    working = temporary_name(target, "building")
    finished = temporary_name(target, "building")
    try:
        database = open_database(source, read_only=True)
        try:
            backup_to(database, working)
        finally:
            database.close()
        with Project.open(working, coder=coder, program="qda-app (pseudonymise)") as copy:
            summary = pseudonymise(copy, replacements=replacements, whole_words=whole_words,
                                   coder_names=coder_names)
        vacuum_into(working, finished)
        remaining = find_names(finished, list(replacements), whole_words=whole_words)
        if remaining:
            raise NamesRemain(file=str(target), names=", ".join(sorted({name for name, _ in remaining})),
                              places="; ".join(sorted({place for _, place in remaining})[:8]))
        place(finished, target, overwrite=False)
    finally:
        remove_with_companions(working)
        remove_with_companions(finished)
    return summary


def find_names(path: Path, names: list[str], *, whole_words: bool) -> list[tuple[str, str]]:
    """(name, where) for every name still in the project file ``path``: in any stored value
    (a name split across pages is found here) and anywhere in the file's bytes."""
    found: list[tuple[str, str]] = []
    variants = {name: _variants(name) for name in names}
    database = open_database(path, read_only=True, check_integrity=False)
    try:
        for table in text_fields.all_tables(database):
            for column, value in text_fields.any_text_containing(
                    database, table, [form for forms in variants.values() for form in forms]):
                for name, forms in variants.items():
                    if any(_contains_word(value, form, whole_words) for form in forms):
                        found.append((name, f"{table}.{column}"))
    finally:
        database.close()
    data = path.read_bytes()
    for name, forms in variants.items():
        for form in forms:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if _bytes_contain_word(data, form.encode(encoding), whole_words, encoding=encoding):
                    found.append((name, f"file bytes ({encoding})"))
    return found


def _variants(name: str) -> list[str]:
    return sorted({unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name)})


def _contains_word(value: str, name: str, whole_words: bool) -> bool:
    if not whole_words:
        return name in value
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", value) is not None


def _bytes_contain_word(data: bytes, needle: bytes, whole_words: bool, *, encoding: str) -> bool:
    """Whether ``needle`` occurs in ``data`` (not inside a longer word, with ``whole_words``).

    Bytes do not say where words end; a neighbouring ASCII letter or digit, or any non-ASCII
    byte, counts as part of the word. That errs towards "no name here" only for a name glued
    to a letter, which is what whole-word replacement leaves alone anyway.
    """
    position = data.find(needle)
    step = 1 if encoding == "utf-8" else 2
    while position >= 0:
        if not whole_words:
            return True
        before = data[position - step:position] if position >= step else b""
        after = data[position + len(needle):position + len(needle) + step]
        if not _wordish(before, encoding) and not _wordish(after, encoding):
            return True
        position = data.find(needle, position + 1)
    return False


def _wordish(chunk: bytes, encoding: str) -> bool:
    if not chunk:
        return False
    if encoding != "utf-8":
        try:
            char = chunk.decode(encoding)
        except UnicodeDecodeError:
            return False
        return char.isalnum() or char == "_"
    value = chunk[0]
    return value >= 0x80 or chr(value).isalnum() or value == ord("_")
