"""``qda-app``: the scripting command line. Thin: parse, call a service, print."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence

from qda_app import __version__
from qda_app.cli import (
    analysis_verbs,
    document_verbs,
    interop_verbs,
    maintenance_verbs,
    manuscript_verbs,
    project_verbs,
    report_verbs,
    team_verbs,
)
from qda_app.cli.language import LANGUAGES, current_language, route_argparse_words, set_language, tr
from qda_app.cli.messages import cli_line, describe
from qda_app.cli.parser_language import CliParser, CliUsageError, add_common_help, localise
from qda_app.core.errors import QdaError
from qda_app.core.localized import LocalizedName, in_language

VERB_MODULES = [project_verbs, document_verbs, maintenance_verbs, interop_verbs, report_verbs, manuscript_verbs,
                team_verbs,
                analysis_verbs]


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, its help texts in the CLI's language (set_language first)."""
    parser = CliParser(
        prog="qda-app",
        description="Qualitative data analysis: import transcripts, code them, compare coders, "
        "export tables. With no command, opens the program (the demo project if none is given).",
    )
    parser.add_argument("--version", action="version", version=f"qda_app {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, metavar="{en,es,pt}",
                        help="language of the messages and of the program window (default: the "
                        "system's, from LC_ALL, LC_MESSAGES or LANG)")
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND", parser_class=CliParser)
    for module in VERB_MODULES:
        module.register(verbs)
    return localise(add_common_help(parser))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    set_language(_language_option(arguments))
    route_argparse_words()
    parser = build_parser()
    try:
        if not arguments:
            return project_verbs.open_gui(None)
        if len(arguments) == 1 and _is_project_argument(arguments[0], parser):
            return project_verbs.open_gui(arguments[0])  # the desktop file's "qda-app %f"
        options = parser.parse_args(arguments)
        if options.verb is None:
            return project_verbs.open_gui(None, language=options.lang)
        from qda_app.services.atomic_files import overwrite_allowed

        # --force on an output verb: the user asked to replace an existing file (never a project).
        replace = bool(getattr(options, "force", False)) and options.verb != "demo"
        with overwrite_allowed(replace):
            return int(options.run(options) or 0)
    except CliUsageError as error:
        print(str(error), file=sys.stderr)
        return 1
    except QdaError as error:
        print(cli_line("error", tr, message=describe(_in_cli_language(error), tr)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(cli_line("interrupted", tr), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except (OSError, sqlite3.Error) as error:
        print(cli_line("error", tr, message=error), file=sys.stderr)
        return 1
    except Exception as error:  # a bug: keep the traceback for the report, not on the screen
        log = _write_crash_log()
        print(cli_line("internal_error", tr, kind=type(error).__name__, detail=error, log=log), file=sys.stderr)
        return 2


def _in_cli_language(error: QdaError) -> QdaError:
    """The error with a built-in relation type's name (a LocalizedName field) in the CLI's language."""
    if not any(isinstance(value, LocalizedName) for value in error.fields.values()):
        return error
    return type(error)(**{key: in_language(value, current_language()) for key, value in error.fields.items()})


def _language_option(arguments: list[str]) -> str | None:
    """``--lang`` before the command, read before parsing so that usage errors follow it too."""
    for index, argument in enumerate(arguments):
        if argument == "--":
            break
        if argument.startswith("--lang="):
            return argument.partition("=")[2]
        if argument == "--lang" and index + 1 < len(arguments):
            return arguments[index + 1]
        if not argument.startswith("-"):
            break  # the command: its own options are not ours
    return None


def _is_project_argument(argument: str, parser: argparse.ArgumentParser) -> bool:
    """``qda-app study.qdaproj``: a path where a command would be, as a file manager passes it."""
    if argument.startswith("-"):
        return False
    verbs = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))  # noqa: SLF001
    if argument in verbs.choices:
        return False
    # Any letter case: Windows and macOS open "Estudio.QDAPROJ" as the same file.
    return argument.lower().endswith(".qdaproj") or "/" in argument or "\\" in argument


def _write_crash_log() -> str:
    import tempfile
    import traceback

    # UTF-8 whatever the locale (Windows' cp1252 cannot write most file names and texts).
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", errors="backslashreplace",
                                     prefix="qda-app-error-", suffix=".log", delete=False) as handle:
        traceback.print_exc(file=handle)
        return handle.name


if __name__ == "__main__":
    sys.exit(main())
