"""How a verb opens its project: read-only to look, or as a named writer to change it."""

from __future__ import annotations

from qda_app.services.project import Project

PROGRAM = "qda-app (command line)"  # what another program's "held by" message names


def read_project(path: str) -> Project:
    return Project.open(path, read_only=True)


def write_project(path: str, coder: str | None = None) -> Project:
    return Project.open(path, coder=coder, program=PROGRAM)
