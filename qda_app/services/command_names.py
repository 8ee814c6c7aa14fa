"""The names of undoable actions, as a key and fields, worded whole in each language.

A service names its command ``command_name("rename_code", name="X", new_name="Y")``; the
English sentence (``str()``) is what the CLI, logs and tests read, and the GUI translates the
whole sentence from its catalogue (context "UndoNames", gui/undo_names.py), so that Spanish
reads "Renombrar el código «X» como «Y»", not a translated verb with an English rest.
"""

from __future__ import annotations

from dataclasses import dataclass

COMMAND_NAMES = {
    "create_quotation": "Create quotation",
    "code_quotation": "Code '{code}'",
    "code_quotation_many": "Code with {count} codes: {codes}",
    "remove_code": "Remove code '{code}'",
    "resize_quotation": "Resize quotation {quotation}",
    "comment_quotation": "Comment on quotation {quotation}",
    "delete_quotation": "Delete quotation {quotation}",
    "mark_representative": "Mark {quotation} as representative of '{code}'",
    "unmark_representative": "Unmark {quotation} as representative of '{code}'",
    "set_excerpt": "Set excerpt of {quotation}",
    "print_whole": "Print {quotation} whole",
    "auto_code": "Auto-code {count} hits with {codes}",
    "add_document": "Add document '{name}'",
    "import_document": "Import '{name}'",
    "import_documents": "Import {count} documents",
    "rename_document": "Rename document {number} to '{name}'",
    "delete_document": "Delete document {number} '{name}'",
    "edit_document_text": "Edit text of document {number}",
    "add_to_document_group": "Add to group '{group}'",
    "remove_from_document_group": "Remove from group '{group}'",
    "set_attribute": "Set '{attribute}' of document {number}",
    "import_attributes": "Import attributes from '{file}'",
    "create_code": "Create code '{name}'",
    "rename_code": "Rename code '{name}' to '{new_name}'",
    "recolour_code": "Recolour code '{name}'",
    "edit_definition": "Edit definition of '{name}'",
    "move_code": "Move code '{name}' to '{target}'",
    "move_code_to_top": "Move code '{name}' to the top level",
    "merge_code": "Merge code '{name}' into '{target}'",
    "delete_code": "Delete code '{name}'",
    "merge_duplicates": "Merge {count} duplicate codes",
    "merge_duplicates_one": "Merge 1 duplicate code",
    "create_code_group": "Create code group '{name}'",
    "rename_code_group": "Rename code group '{name}'",
    "delete_code_group": "Delete code group '{name}'",
    "add_to_code_group": "Add to code group '{name}'",
    "remove_from_code_group": "Remove from code group '{name}'",
    "save_smart_code": "Save smart code '{name}'",
    "rename_smart_code": "Rename smart code '{name}'",
    "delete_smart_code": "Delete smart code '{name}'",
    "create_relation_type": "Create relation type '{name}'",
    "edit_relation_type": "Edit relation type '{name}'",
    "delete_relation_type": "Delete relation type '{name}'",
    "relate_codes": "Relate '{source}' {relation} '{target}'",
    "comment_relation": "Comment relation",
    "unrelate_codes": "Unrelate '{source}' and '{target}'",
    "remove_relation": "Remove relation",
    "link_quotations": "Link {source} {relation} {target}",
    "unlink_quotations": "Unlink {source} and {target}",
    "remove_quotation_link": "Remove quotation link",
    "create_network": "Create network '{name}'",
    "rename_network": "Rename network '{name}'",
    "describe_network": "Describe network '{name}'",
    "delete_network": "Delete network '{name}'",
    "add_to_network": "Add to network '{name}'",
    "remove_from_network": "Remove from network '{name}'",
    "move_node": "Move node",
    "move_nodes": "Move {count} nodes",
    "create_memo": "Create memo '{title}'",
    "edit_memo": "Edit memo '{title}'",
    "delete_memo": "Delete memo '{title}'",
    "attach_memo": "Attach memo '{title}'",
    "detach_memo": "Detach memo '{title}'",
    "consensus_accept": "Consensus on passage {number}: accept {coder}",
    "consensus_union": "Consensus on passage {number}: union",
    "consensus_intersection": "Consensus on passage {number}: intersection",
    "consensus_custom": "Consensus on passage {number}: custom boundaries",
    "consensus_all_accept": "Consensus on {count} passages: accept {coder}",
    "consensus_all_union": "Consensus on {count} passages: union",
    "consensus_all_intersection": "Consensus on {count} passages: intersection",
    "merge_copy": "Merge {file}",
    "import_project": "Import '{file}'",
    "import_codebook": "Import codebook '{file}'",
    "build_demo": "Build demo project",
    "prepare_copy": "Prepare copy for {coder}",
    "simulated_coding": "Simulated coding by {coder}",
    "pseudonymise": "Pseudonymise {count} names",
    "edit_stop_words": "Edit stop words",
    "set_report_wording": "Set report wording ({language})",
}


@dataclass(frozen=True)
class CommandName:
    """A key of COMMAND_NAMES and the values of its fields."""

    key: str
    fields: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return COMMAND_NAMES[self.key].format(**dict(self.fields))


def command_name(key: str, **fields: object) -> CommandName:
    """``count`` == 1 picks the ``key_one`` sentence when there is one."""
    if fields.get("count") == 1 and f"{key}_one" in COMMAND_NAMES:
        key = f"{key}_one"
    if key not in COMMAND_NAMES:
        raise KeyError(key)  # a programming error: every command is named in the table
    return CommandName(key, tuple(fields.items()))
