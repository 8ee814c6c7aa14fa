"""Numbers and dates for people, in the user's locale (QLocale follows the chosen language)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def format_number(value: int) -> str:
    return QLocale().toString(int(value))


def format_datetime(stamp: str | None) -> str:
    """An ISO-8601 UTC stamp from the store, shown in local time and the locale's short format."""
    if not stamp:
        return ""
    try:
        parsed = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    moment = QDateTime.fromSecsSinceEpoch(int(parsed.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
