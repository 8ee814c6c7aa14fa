"""sqlite-utils, imported without its optional pandas hook.

sqlite-utils imports pandas at import time only to map ``pandas.Timestamp`` when it infers
column types, which this project never asks it to do. Importing pandas costs most of a
second, which every command-line call would pay; reports import pandas themselves when
they need it, unaffected by this.

Its plugins are not loaded either: finding them scans the entry points of every installed
distribution (60 ms on the first project opened, which every command and every window pays),
and a plugin installed for some other program would get to run on the project's connection.
"""

from __future__ import annotations

import sys

if "sqlite_utils.db" in sys.modules or "pandas" in sys.modules:
    from sqlite_utils import Database, Migrations
else:
    sys.modules["pandas"] = None  # type: ignore[assignment]  # makes sqlite-utils skip it
    try:
        from sqlite_utils import Database, Migrations
    finally:
        del sys.modules["pandas"]

import sqlite_utils.plugins  # noqa: E402

sqlite_utils.plugins._plugins_loaded = True  # no plugin of anybody's on a project's connection

__all__ = ["Database", "Migrations"]
