"""The command line on Windows and macOS: its language where no POSIX variable is set, names in any case."""

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


def test_a_project_named_with_a_capital_extension_is_opened_not_taken_for_a_command(cli):
    """``qda-app Estudio.QDAPROJ`` in its folder: on Windows and macOS that is the project."""
    result = cli("FALTA.QDAPROJ")
    assert result.code == 1 and "invalid choice" not in result.stderr
    assert "FALTA.QDAPROJ" in result.stderr and len(result.stderr.strip().splitlines()) == 1
