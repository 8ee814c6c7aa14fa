"""Printing for the CLI: UTF-8 whatever the locale, JSON, simple tables, a progress bar."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import Any


def write_text(text: str) -> None:
    """Exactly these characters, UTF-8 encoded, no newline translation."""
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def write_json(value: Any) -> None:
    write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def write_json_list(items: Iterable[Any]) -> None:
    """A JSON list written item by item, the same characters ``write_json(list(items))`` writes,
    so that a list of 200,000 quotations never sits in memory."""
    out = sys.stdout.buffer
    _write_list(out, items, "")
    out.write(b"\n")
    out.flush()


def write_json_with_list(head: dict[str, Any], key: str, items: Iterable[Any]) -> None:
    """The object ``{**head, key: list(items)}``, the same characters ``write_json`` writes, its
    list written item by item (a list of 200,000 passages with their texts never sits in memory)."""
    out = sys.stdout.buffer
    opening = _indented({**head, key: None}, "")
    out.write(opening[: opening.rindex("null")].encode("utf-8"))
    _write_list(out, items, "  ")
    out.write(b"\n}\n")
    out.flush()


def _write_list(out: Any, items: Iterable[Any], indent: str) -> None:
    """``items`` as the JSON list ``json.dumps(..., indent=2)`` writes at ``indent``, one at a time."""
    inner = indent + "  "
    first = True
    for item in items:
        out.write((("[\n" if first else ",\n") + inner + _indented(item, inner)).encode("utf-8"))
        first = False
    out.write(b"[]" if first else ("\n" + indent + "]").encode("utf-8"))


_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _indented(value: Any, indent: str) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` placed at ``indent``, built from the C
    encoder's pieces: the standard library indents in pure Python, which was two thirds of the
    time of listing a big project's quotations."""
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{\n" + ",\n".join(f"{inner}{_ENCODER.encode(str(key))}: {_indented(item, inner)}"
                                   for key, item in value.items()) + "\n" + indent + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + _indented(item, inner) for item in value) + "\n" + indent + "]"
    return _ENCODER.encode(value)


def write_table_stream(headers: list[str], rows: Callable[[], Iterable[list[Any]]]) -> None:
    """``write_table`` over rows read twice (``rows()`` once for the widths, once to print), so
    that only one row at a time is in memory."""
    widths = [len(header) for header in headers]
    for row in rows():
        for index, cell in enumerate(row):
            widths[index] = min(max(widths[index], len(str(cell))), 60)

    def line(values: list[str]) -> str:
        return "  ".join(value[:60].ljust(widths[index]) for index, value in enumerate(values)).rstrip()

    out = sys.stdout.buffer
    out.write((line(headers) + "\n" + line(["-" * width for width in widths]) + "\n").encode("utf-8"))
    for row in rows():
        out.write((line([str(cell) for cell in row]) + "\n").encode("utf-8"))
    out.flush()


def write_table(headers: list[str], rows: list[list[Any]]) -> None:
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [len(header) for header in headers]
    for row in cells:
        for index, cell in enumerate(row):
            widths[index] = min(max(widths[index], len(cell)), 60)

    def line(values: list[str]) -> str:
        return "  ".join(value[:60].ljust(widths[index]) for index, value in enumerate(values)).rstrip()

    write_text("\n".join([line(headers), line(["-" * width for width in widths])] + [line(row) for row in cells]) + "\n")


def warn(message: str) -> None:
    print(message, file=sys.stderr)


class ProgressBar:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int, item: str) -> None:
        if not self.enabled or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} {item[:30]:30}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
