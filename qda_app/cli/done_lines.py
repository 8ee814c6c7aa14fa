"""What a verb prints when it has done its work, in the CLI's language.

Whole sentences with named fields, like the error messages in cli/messages.py, so that each
language orders its words; a count has a sentence for one and one for several (``_one``).
The GUI's catalogue holds them too (gui/messages.py, context "Messages").
"""

from __future__ import annotations

from qda_app.cli.language import tr
from qda_app.cli.output import warn, write_text

DONE_LINES = {
    "created": "created {project}",
    "wrote": "wrote {path}",
    "workbook_written": "workbook written to {path}",
    "demo_written": "demo project written to {path}",
    "imported_document": "imported {number}: {name} ({chars} characters)",
    "import_summary": "{imported} imported, {skipped} skipped as duplicates, {refused} refused",
    "attributes_set": "{values} values of {attributes} attributes set on {documents} documents",
    "restored": "restored {project} from {backup}; the replaced file is kept as {kept}",
    "excerpt_set": "{quotation}: excerpt set",
    "printed_whole": "{quotation}: printed whole",
    "stop_words_left_out": "left out: {words}",
    "stop_words_counted": "counted: {words}",
    "removed_relations": "removed {count} relations",
    "removed_relations_one": "removed 1 relation",
    "removed_links": "removed {count} links",
    "removed_links_one": "removed 1 link",
    "deleted_code_group": "deleted the code group '{name}'",
    "code_group_size": "{name}: {count} codes",
    "code_group_size_one": "{name}: 1 code",
    "deleted_network": "deleted the network '{name}'",
    "network_size": "{name}: {count} nodes",
    "network_size_one": "{name}: 1 node",
    "copy_written": "wrote {path} for {coder}",
    "blind_copy_written": "wrote {path} for {coder} (left out {quotations} quotations and {codings} codings of others)",
    "passages_decided": "{count} passages decided ({decision}) in the 'Consensus' layer",
    "passages_decided_skipped": "{count} passages decided ({decision}) in the 'Consensus' layer; {skipped} skipped (nothing left to code)",
    "passages_decided_one": "1 passage decided ({decision}) in the 'Consensus' layer",
    "passages_decided_skipped_one": "1 passage decided ({decision}) in the 'Consensus' layer; {skipped} skipped (nothing left to code)",
    "demo_copy_simulated": "{path} ({coder}, {codings} simulated codings)",
    "text_unchanged": "document {number}: the text is the same; nothing changed",
    "text_replaced": "document {number}: text replaced; quotations moved: {moved}; passages changed: {changed}",
    "passage_deleted": "  {quotation}: its whole passage was deleted; kept as one character, codes intact (was: {before})",
    "printed_document": "{path}: pages: {pages}; quotations: {quotations}",
    "listed_at_foot": "  listed at the foot of their page for want of margin lanes (not drawn as brackets): {quotations}",
    "merged": "merged {file}: {quotations} quotations, {codings} codings, {codes} codes, {documents} documents, {memos} memos added; {present} quotations were there already",
    "merge_code_renamed": "  code renamed in the copy: kept '{kept}' (copy: '{other}')",
    "merge_renumbered": "  quotation {copy} of the copy is {here} here (number taken)",
    "merge_document_aligned": "  document {number} '{name}' has a corrected text in the copy: {carried} quotations moved onto the project's text, {not_carried} not",
    "merge_not_carried_deleted": "warning: quotation {quotation} of the copy not carried: its passage was deleted in the copy ([{start}, {end}) '{text}', codes: {codes})",
    "merge_not_carried_edited": "warning: quotation {quotation} of the copy not carried: its passage was edited in the copy ([{start}, {end}) '{text}', codes: {codes})",
    "merge_resize_applied": "  decision {number}: resize quotation {quotation} from [{start}, {end}) to [{new_start}, {new_end}): applied",
    "merge_resize_pending": "  decision {number}: resize quotation {quotation} from [{start}, {end}) to [{new_start}, {new_end}): pending",
    "merge_removal_applied": "  decision {number}: remove {coder}'s coding of {quotation} with '{code}': applied",
    "merge_removal_pending": "  decision {number}: remove {coder}'s coding of {quotation} with '{code}': pending",
    "merge_pending": "  {count} decisions pending: merge again with --accept-all or --accept N",
    "merge_pending_one": "  1 decision pending: merge again with --accept-all or --accept N",
}


def done_text(key: str, **fields: object) -> str:
    """The line ``key`` translated, its fields filled in; ``count`` == 1 picks ``key_one``."""
    if fields.get("count") == 1 and f"{key}_one" in DONE_LINES:
        key = f"{key}_one"
    template = DONE_LINES[key]
    try:
        return tr(template).format(**fields)
    except (KeyError, IndexError, ValueError):  # a damaged translation must not hide the result
        return template.format(**fields)


def say(key: str, **fields: object) -> None:
    """Print a done line on stdout."""
    write_text(done_text(key, **fields) + "\n")


def say_warning(key: str, **fields: object) -> None:
    """Print a done line that warns (something kept in a reduced form) on stderr."""
    warn(done_text(key, **fields))
