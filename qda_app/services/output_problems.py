"""Why an output file cannot be written, or a coder's copy merged, as whole sentences.

``ExportFailed``/``OutputRefused``/``MergeError(file=..., problem=KEY, **fields)`` name a key
of the table below; an operating system's own message travels as ``detail`` instead. The CLI
and the GUI word them through cli/messages.describe; the REFI-QDA exchange, which reports an
unwritable file as its own InteropError, words them here (services/interop/report_text.py),
so the table lives in services. Translated in context "Messages" like the other tables.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

OUTPUT_PROBLEMS = {
    "is_project": "{file}: is a qda_app project file; an output never replaces a project or its files, choose another name",
    "project_companion": "{file}: belongs to the project {owner} (its journal, lock or backups); an output never replaces a project or its files, choose another name",
    "exists": "{file}: a file of that name exists already; choose another name (on the command line, --force replaces it)",
    "not_a_demo": "{file}: is not a demo project; the demo replaces only an earlier demo, choose another name",
    "is_folder": "{file}: is a folder; give a file name",
    "is_fifo": "{file}: is a FIFO (named pipe), not a file; give a file name",
    "is_socket": "{file}: is a socket, not a file; give a file name",
    "is_device": "{file}: is a device, not a file; give a file name",
    "not_regular_file": "{file}: is not a regular file; give a file name",
    "no_folder": "{file}: the folder {folder} does not exist",
    "csv_dialect": "the CSV dialect must be one of {choices}",
    "use_suffix": "{file}: use a file name ending in {suffixes}",
    "report_suffix": "{file}: use .xlsx, .docx, .html, or a folder for CSV files",
    "word_sections": "{file}: the Word sections are {choices}",
    "no_words": "{file}: no words to draw (every word is a stop word or filtered out)",
    "no_subcategories": "{file}: no category has subcategories to draw",
    "empty_network": "{file}: the network '{network}' has no nodes to draw",
    "merge_into_itself": "{file}: a project cannot be merged into itself",
}


def word_output_problem(fields: Mapping[str, object], translate: Callable[[str], str], *,
                        with_file: bool = True) -> str | None:
    """The sentence of ``fields["problem"]`` translated and filled in; None for no known problem.
    ``with_file=False`` leaves out the leading "FILE: " (for a sentence that names it already)."""
    template = OUTPUT_PROBLEMS.get(str(fields.get("problem")))
    if template is None:
        return None
    values = {key: ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else value
              for key, value in fields.items()}
    translated = translate(template)
    if not with_file and translated.startswith("{file}: "):
        translated = translated[len("{file}: "):]
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a damaged translation must not hide the refusal
        return template.format(**values)
