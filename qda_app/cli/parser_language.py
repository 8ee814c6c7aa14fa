"""The command line's help, usage and usage errors in the CLI's language.

The help texts stay where each verb declares its options (the ``register`` functions); the
built parser is walked once and every description and help text is replaced by its translation
(context "CliHelp"). argparse's own words ("usage:", "options", "the following arguments are
required: %s") reach the same catalogue through cli.language.route_argparse_words.
tools/regen_messages.py collects :func:`help_texts` and ``ARGPARSE_WORDS`` for Qt Linguist.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from qda_app.cli.language import tr_help

# The msgids of Python's argparse that a user can meet (headings, the help option, usage
# errors); its messages for programming mistakes (conflicting option strings, ...) are left out.
# They keep argparse's %-placeholders, which it fills in after translating.
ARGPARSE_WORDS = (
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "show program's version number and exit",
    "argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s",
    "not allowed with argument %s",
    "ignored explicit argument %r",
    "the following arguments are required: %s",
    "one of the arguments %s is required",
    "expected one argument",
    "expected at most one argument",
    "expected at least one argument",
    "expected %s argument",
    "expected %s arguments",
    "ambiguous option: %(option)s could match %(matches)s",
    "unexpected option string: %s",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)",
)

# Positional arguments shown by their name (usage, "the following arguments are required"):
# words, so translated; upper-case placeholders (PATH, FILE, D:Q) are symbols the help texts
# refer to and stay. COMMAND names the verb.
SHOWN_NAMES = ("project", "file", "document", "path", "backup", "text", "COMMAND")

# Help for the arguments nearly every verb takes, where the verb gives none.
COMMON_HELP = {"project": "the project file (.qdaproj)", "json": "print the result as JSON instead of a table"}

# A number option given something else: argparse would say "invalid int value: 'x'", naming
# the Python type; these say what was expected.
NUMBER_WORDS = {
    int: "'%(value)s' is not a whole number",
    float: "'%(value)s' is not a number",
}


class CliParser(argparse.ArgumentParser):
    """argparse, but a usage mistake raises (main prints one line, exit 1), in the CLI's language."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse's override point
        from qda_app.cli.language import tr
        from qda_app.cli.messages import cli_line

        raise CliUsageError(cli_line("usage_error", tr, prog=self.prog, message=message))

    def _get_value(self, action: argparse.Action, arg_string: str):  # noqa: ANN202 - argparse's signature
        if action.type in NUMBER_WORDS:
            try:
                return action.type(arg_string)
            except ValueError:
                raise argparse.ArgumentError(action, tr_help(NUMBER_WORDS[action.type]) % {"value": arg_string}) \
                    from None
        return super()._get_value(action, arg_string)


class CliUsageError(Exception):
    pass


def add_common_help(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """COMMON_HELP for every ``project`` and ``--json`` argument that has no help of its own."""
    for action in _all_actions(parser):
        if action.help is None and action.dest in COMMON_HELP:
            action.help = COMMON_HELP[action.dest]
    return parser


def _all_actions(parser: argparse.ArgumentParser) -> Iterator[argparse.Action]:
    for action in parser._actions:  # noqa: SLF001 - argparse keeps its actions here
        yield action
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for verb in dict.fromkeys(action.choices.values()):
                yield from _all_actions(verb)


def _texts(parser: argparse.ArgumentParser) -> Iterator[tuple[object, str]]:
    """(owner, attribute) of every description and help text, the verbs' parsers included."""
    for attribute in ("description", "epilog"):
        if getattr(parser, attribute):
            yield parser, attribute
    for action in parser._actions:  # noqa: SLF001 - argparse keeps its actions here
        if action.help and action.help is not argparse.SUPPRESS:
            yield action, "help"
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for choice in action._choices_actions:  # noqa: SLF001 - the verbs' one-line helps
                if choice.help:
                    yield choice, "help"
            for verb in dict.fromkeys(action.choices.values()):
                yield from _texts(verb)


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every description and help text of the parser, each once, in the order of the help pages."""
    return list(dict.fromkeys(getattr(owner, attribute) for owner, attribute in _texts(parser)))


def catalogue_texts() -> list[str]:
    """Everything of context "CliHelp", each once: argparse's words, ours, then the English
    command line's help texts (what tools/regen_messages.py writes for Qt Linguist)."""
    from qda_app.cli.language import current_language, set_language
    from qda_app.cli.main import build_parser

    spoken = current_language()
    set_language("en")
    try:
        texts = help_texts(build_parser())
    finally:
        set_language(spoken)
    return list(dict.fromkeys([*ARGPARSE_WORDS, *NUMBER_WORDS.values(), *SHOWN_NAMES, *texts]))


def localise(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Replace every description and help text by its translation (English stays English)."""
    for owner, attribute in list(_texts(parser)):
        setattr(owner, attribute, tr_help(getattr(owner, attribute)))
    for action in _all_actions(parser):
        shown = action.metavar if action.metavar is not None else None if action.option_strings else action.dest
        if shown in SHOWN_NAMES:
            action.metavar = tr_help(shown)
    return parser
