"""Verbs that prepare a manuscript: ``words`` (frequencies, word cloud), ``quotations`` (the
quotations by code as .docx, .html or .pdf), ``excerpt``, ``stop-words`` and ``wording``."""

from __future__ import annotations

import argparse

from qda_app.cli.done_lines import say
from qda_app.cli.headings import headings
from qda_app.cli.language import current_language
from qda_app.cli.output import write_table
from qda_app.cli.report_verbs import LANGUAGES, _filter_options, _report_filter
from qda_app.services.project import Project

WORDING_ENTRIES = ("caption", "category", "subcategory", "groundedness", "representative", "cite",
                   "source_line", "author")


def register(verbs: argparse._SubParsersAction) -> None:
    words = verbs.add_parser("words", help="word frequencies (speaker labels left out), optionally a word cloud")
    words.add_argument("project")
    words.add_argument("--by", choices=("all", "documents", "groups", "codes"), default="all",
                       help="count per whole corpus, document, document group or code")
    words.add_argument("--top", type=int, default=30, metavar="N", help="words per scope (default 30)")
    words.add_argument("--stop-list", choices=("auto", "es", "en", "pt", "none"), default="auto",
                       help="shipped stop list (auto: the texts' language), with the project's changes")
    words.add_argument("--keep-speakers", action="store_true", help="count speaker labels such as 'Alcalde:'")
    words.add_argument("--cloud", metavar="FILE", help="also draw a word cloud: FILE.png or FILE.svg")
    words.add_argument("--force", action="store_true", help="replace an existing file of that name (never a project)")
    _filter_options(words)
    words.set_defaults(run=run_words, lang=None)  # a table on the terminal: the CLI's language

    quotations = verbs.add_parser("quotations", help="quotations by code as FILE.docx, FILE.html or FILE.pdf")
    quotations.add_argument("project")
    quotations.add_argument("-o", "--output", required=True, metavar="FILE")
    quotations.add_argument("--force", action="store_true", help="replace an existing file of that name (never a project)")
    _filter_options(quotations)
    quotations.set_defaults(run=run_quotations)

    excerpt = verbs.add_parser("excerpt", help="the part of a quotation the category tables print ('[…]' shortens)")
    excerpt.add_argument("project")
    excerpt.add_argument("quotation", metavar="D:Q")
    excerpt.add_argument("text", nargs="?", help="the excerpt; leave out to print the whole quotation again")
    excerpt.add_argument("--coder", help="who makes the change")
    excerpt.set_defaults(run=run_excerpt)

    stop = verbs.add_parser("stop-words", help="show or change the project's own stop words")
    stop.add_argument("project")
    stop.add_argument("--add", action="append", default=[], metavar="WORD", help="leave this word out (repeatable)")
    stop.add_argument("--keep", action="append", default=[], metavar="WORD",
                      help="count this word although the shipped list leaves it out (repeatable)")
    stop.set_defaults(run=run_stop_words)

    wording = verbs.add_parser("wording", help="show or change how the Word tables are worded, per language")
    wording.add_argument("project")
    wording.add_argument("--lang", choices=LANGUAGES, default=None,
                         help="the language whose wording is shown or changed (default: the command line's language)")
    for entry in WORDING_ENTRIES:
        wording.add_argument(f"--{entry.replace('_', '-')}", dest=entry, metavar="TEXT",
                             help=f"set the {entry.replace('_', ' ')} ('' restores the default)")
    wording.set_defaults(run=run_wording)


def run_words(options: argparse.Namespace) -> int:
    from qda_app.services.reports import word_frequencies

    language = options.lang or current_language()
    with Project.open(options.project, read_only=True) as project:
        frame = word_frequencies(project, report_filter=_report_filter(options), language=language,
                                 by=options.by, stop_list=options.stop_list, top=options.top,
                                 speakers=options.keep_speakers)
    write_table([str(column) for column in frame.columns], frame.values.tolist())
    if options.cloud:
        from qda_app.services.exporters.word_cloud import frequencies_of, write_word_cloud

        path = write_word_cloud(frequencies_of(frame, language), options.cloud)
        say("wrote", path=path)
    return 0


def run_quotations(options: argparse.Namespace) -> int:
    from qda_app.services.exporters.by_code_files import export_quotations_by_code

    report_filter = _report_filter(options)
    with Project.open(options.project, read_only=True) as project:
        path = export_quotations_by_code(project, options.output, report_filter=report_filter,
                                                 language=options.lang or current_language())
    say("wrote", path=path)
    return 0


def run_excerpt(options: argparse.Namespace) -> int:
    from qda_app.services.excerpts import set_excerpt

    with Project.open(options.project, coder=options.coder, program="qda-app (command line)") as project:
        set_excerpt(project, quotation=options.quotation, text=options.text)
    say("excerpt_set" if options.text else "printed_whole", quotation=options.quotation)
    return 0


def run_stop_words(options: argparse.Namespace) -> int:
    from qda_app.services.reports.stop_lists import edit_stop_words, stop_list_changes

    changing = bool(options.add or options.keep)
    with Project.open(options.project, read_only=not changing, program="qda-app (command line)") as project:
        if changing:
            edit_stop_words(project, add=options.add, keep=options.keep)
        added, kept = stop_list_changes(project)
    say("stop_words_left_out", words=", ".join(added) or "-")
    say("stop_words_counted", words=", ".join(kept) or "-")
    return 0


def run_wording(options: argparse.Namespace) -> int:
    from dataclasses import asdict

    from qda_app.services.reports.wording import report_wording, set_report_wording

    changes = {entry: getattr(options, entry) for entry in WORDING_ENTRIES if getattr(options, entry) is not None}
    language = options.lang or current_language()
    with Project.open(options.project, read_only=not changes, program="qda-app (command line)") as project:
        if changes:
            set_report_wording(project, language=language, **changes)
        wording = asdict(report_wording(project, language))
    write_table(headings("entry", "text"), [[entry, value] for entry, value in wording.items()])
    return 0
