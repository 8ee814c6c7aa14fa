"""Shared fixtures: projects built through the services, and a whole-file snapshot."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from qda_app.services import coding, documents  # noqa: E402
from qda_app.services.project import Project  # noqa: E402
from tests.cli_support import run_cli  # noqa: E402

SAMPLE_TEXT = (
    "Entrevistador: ¿Cómo ve la relación con Lima?\n\n"
    "Alcalde: Todo pasa por el ministerio 😀, señor. Sin plata no hay obra.\n\n"
    "Alcalde: La región tampoco ayuda; ñandú y coração de São Paulo."
)


@pytest.fixture
def cli():
    """Run ``qda-app`` as a separate process: exit code, stdout, stderr."""
    return run_cli


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "study.qdaproj", coder="Ana") as opened:
        yield opened


@pytest.fixture
def coded_project(project):
    documents.add_text_document(project, name="E01", text=SAMPLE_TEXT, group="Alcaldes provinciales")
    documents.add_text_document(project, name="E02", text="Segundo texto: recorte presupuestal. " * 5)
    coding.code_span(project, document=1, start=48, end=90, codes=["Centralismo::Dependencia"])
    coding.code_span(project, document=1, start=60, end=120, codes=["Centralismo::Viajes", "Región"], coder="Luis")
    coding.code_span(project, document=2, start=0, end=30, codes=["Recentralización::Recorte"])
    return project


def snapshot(project: Project) -> dict[str, list[tuple]]:
    """Every row of every table, to compare a project before and after."""
    db = project.database
    tables = [
        row["name"]
        for row in db.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if row["name"] != "_sqlite_migrations"
    ]
    return {table: sorted(tuple(row.values()) for row in db.rows(f'SELECT * FROM "{table}"')) for table in tables}
