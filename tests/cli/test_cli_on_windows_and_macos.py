"""The command line's language where the POSIX variables are not set (Windows)."""

from __future__ import annotations

import ctypes
import sys
import types

import pytest

from qda_app.cli.language import language_from_environment


def _windows_showing(language_id: int) -> types.SimpleNamespace:
    kernel32 = types.SimpleNamespace(GetUserDefaultUILanguage=lambda: language_id)
    return types.SimpleNamespace(kernel32=kernel32)


@pytest.mark.parametrize(("language_id", "expected"), [
    (0x280A, "es"),  # Spanish (Peru)
    (0x0C0A, "es"),  # Spanish (Spain)
    (0x0416, "pt"),  # Portuguese (Brazil)
    (0x0409, "en"),
    (0x040C, "en"),  # French: not translated
    (0x0000, "en"),  # unknown
])
def test_on_windows_the_cli_speaks_the_language_windows_shows(monkeypatch, language_id, expected):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", _windows_showing(language_id), raising=False)
    assert language_from_environment({}) == expected


def test_on_windows_a_set_variable_still_decides(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", _windows_showing(0x280A), raising=False)
    assert language_from_environment({"LANG": "pt_BR.UTF-8"}) == "pt"


def test_elsewhere_no_variable_means_english(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert language_from_environment({}) == "en"
