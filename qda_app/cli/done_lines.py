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
    "pseudonymised": "wrote {path}: {replacements} replacements in {documents} documents and {fields} other texts, {quotations} quotations realigned; no name is left in the file",
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
    "merge_analysis_added": "  analysis added: {counts}",
    "merge_network_renamed": "  network '{copy}' of the copy is '{here}' here (the name was taken)",
    "merge_not_carried_relation": "warning: relation '{name}' of the copy not carried: {reason}",
    "merge_not_carried_quotation_link": "warning: quotation link '{name}' of the copy not carried: {reason}",
    "merge_not_carried_smart_code": "warning: smart code '{name}' of the copy not carried: {reason}",
    "merge_not_carried_network_node": "warning: network node '{name}' of the copy not carried: {reason}",
    "merge_not_carried_other": "warning: '{name}' ({kind}) of the copy not carried: {reason}",
    "not_carried_because_same_code": "both of its codes are one code here",
    "not_carried_because_cycle": "it would close a cycle of a transitive relation here",
    "not_carried_because_quotation_not_carried": "a quotation it needs was not carried (its passage differs in the copy)",
    "not_carried_because_same_quotation": "both of its quotations are one quotation here",
    "not_carried_because_query_differs": "a smart code of that name has another query here (kept)",
    "not_carried_because_name_is_a_code": "its name is a code's here",
    "not_carried_because_operand_missing": "its query names something this project does not have",
    "not_carried_because_refers_to_itself": "its query would refer to itself here",
    "counted_groups_of_any_kind": "{count} groups",
    "counted_groups_of_any_kind_one": "1 group",
    "counted_group_members": "{count} group members",
    "counted_group_members_one": "1 group member",
    "counted_network_nodes": "{count} network nodes",
    "counted_network_nodes_one": "1 network node",
    "agreement_compared": "coders: {coders}; documents: {documents} ({characters} characters)",
    "agreement_compared_none": "coders: {coders}; documents: none ({characters} characters)",
    "agreement_documents_shortened": "{first}, ... ({total} documents)",
    "agreement_pairs_heading": "pairs of coders (all codes; each pair on the documents both coded):",
    "agreement_segments_heading": "segments of {first} and {second} (matched when overlapping by at least {share}):",
    "agreement_brennan_prediger": "Brennan & Prediger kappa: {kappa} (k = {count} codes)",
    "agreement_brennan_prediger_one": "Brennan & Prediger kappa: {kappa} (k = 1 code)",
    "agreement_by_document_heading": "{measure} per code and document:",
    "agreement_units": "Krippendorff's alpha ({level}) over {units} passages as units, codes as values: {alpha} ({pairable_units} pairable units, {pairable_values} pairable values) - {reading}",
    "agreement_reading_guide": "Krippendorff: alpha >= .800 reliable; .667 <= alpha < .800 tentative conclusions only. Definitions: docs/agreement.md",
    "agreement_overall": "overall",
    "agreement_overall_partial": "overall (partial, see warnings)",
    "agreement_all_codes": "all codes",
    "agreement_total": "total",
    "agreement_from_domains": "{reading} (from {used} of {total} domains only)",
    "agreement_warning": "warning: {line}",
    "agreement_not_available": "n/a",
    "header_code": "code",
    "header_domain": "domain",
    "header_percent_agreement": "% agree",
    "header_coverage": "coverage",
    "header_reading": "reading",
    "header_coder_a": "coder A",
    "header_coder_b": "coder B",
    "header_documents": "documents",
    "header_agreements": "agree",
    "header_disagreements": "disagree",
    "header_segments": "segments",
    "header_share": "share",
    "exchange_imported": "imported {path}: {counts}",
    "exchange_exported": "exported {path}: {counts}",
    "exchange_merged": "merged {path}: {counts}",
    "counted_documents": "{count} documents",
    "counted_documents_one": "1 document",
    "counted_codes": "{count} codes",
    "counted_codes_one": "1 code",
    "counted_quotations": "{count} quotations",
    "counted_quotations_one": "1 quotation",
    "counted_codings": "{count} codings",
    "counted_codings_one": "1 coding",
    "counted_coders": "{count} coders",
    "counted_coders_one": "1 coder",
    "counted_memos": "{count} memos",
    "counted_memos_one": "1 memo",
    "counted_groups": "{count} code groups",
    "counted_groups_one": "1 code group",
    "counted_attributes": "{count} attributes",
    "counted_attributes_one": "1 attribute",
    "counted_relations": "{count} relations",
    "counted_relations_one": "1 relation",
    "counted_quotation_links": "{count} quotation links",
    "counted_quotation_links_one": "1 quotation link",
    "counted_networks": "{count} networks",
    "counted_networks_one": "1 network",
    "counted_smart_codes": "{count} smart codes",
    "counted_smart_codes_one": "1 smart code",
    "counted_codes_matched_by_guid": "{count} codes matched by GUID",
    "counted_codes_matched_by_guid_one": "1 code matched by GUID",
    "counted_codes_matched_by_path": "{count} codes matched by path",
    "counted_codes_matched_by_path_one": "1 code matched by path",
    "counted_codes_created": "{count} codes created",
    "counted_codes_created_one": "1 code created",
    "counted_definitions_filled": "{count} definitions filled",
    "counted_definitions_filled_one": "1 definition filled",
    "counted_groups_created": "{count} code groups created",
    "counted_groups_created_one": "1 code group created",
    "counted_group_members_added": "{count} code group members added",
    "counted_group_members_added_one": "1 code group member added",
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


def counted_list(counts: dict[str, int]) -> str:
    """``{"documents": 3, "codes": 1}`` as "3 documents, 1 code": each item a whole counted noun
    (``counted_<key>``, singular for one); a count the table does not know stays as its key."""
    return ", ".join(done_text(f"counted_{key}", count=value) if f"counted_{key}" in DONE_LINES
                     else f"{value} {key.replace('_', ' ')}" for key, value in counts.items())


def say(key: str, **fields: object) -> None:
    """Print a done line on stdout."""
    write_text(done_text(key, **fields) + "\n")


def say_warning(key: str, **fields: object) -> None:
    """Print a done line that warns (something kept in a reduced form) on stderr."""
    warn(done_text(key, **fields))
