"""Fixtures for the report tests; the project itself is described in known_project.py."""

from __future__ import annotations

import pytest

from tests.services.reports.known_project import build_known_project


@pytest.fixture
def known(tmp_path):
    project = build_known_project(tmp_path / "known.qdaproj")
    yield project
    project.close()
