"""The CLI in this process (same code path as ``qda-app``, without its start-up per call);
and the tests on other programs' files, collected only when those optional files exist."""

from __future__ import annotations

import pytest
from tests.cli_support import CliResult
from tests.services.interop.refi_support import SAMPLES, validate_every_export

collect_ignore = [] if SAMPLES.is_dir() else ["test_interop_samples_cli.py"]


@pytest.fixture(autouse=True)
def _exports_are_valid(monkeypatch):
    """Every export written in this process (``cli_here``) validates against the schemas."""
    validate_every_export(monkeypatch)


class _InProcess:
    """The CLI's main() in this process: the same code path, without 3 s of start-up per call."""

    def __init__(self, capfd) -> None:
        self.capfd = capfd

    def __call__(self, *args: object) -> CliResult:
        from qda_app.cli.main import main

        self.capfd.readouterr()
        code = main([str(arg) for arg in args])
        out, err = self.capfd.readouterr()
        result = CliResult.__new__(CliResult)
        result.code, result.stdout, result.stderr = code, out, err
        return result


@pytest.fixture
def cli_here(capfd):
    return _InProcess(capfd)


