"""A small project built through the services, independent of the shipped demo files."""

from __future__ import annotations

from pathlib import Path

from qda_app.services import codes, coding, documents, memos
from qda_app.services.project import Project

TRANSCRIPT = (
    "Entrevista E01\n\n"
    "Alcalde: Todo lo que es obra grande tiene que pasar por un ministerio. "
    "Si el ministerio no te pone el presupuesto, la obra no sale.\n\n"
    "Entrevistador: ¿Y el resto?\n\n"
    "Alcalde: La torta presupuestal se reparte en Lima y a las municipalidades nos llegan las migajas. "
    "Aquí la población piensa que todo tiene que venir de arriba.\n"
)
EMOJI_TEXT = "Nota 😀 sobre el agua 🌊 y la chacra 🌾: la comunidad se organiza sola.\nOtra línea 👍 final."


def build_sample_project(path: Path, *, coder: str = "ana") -> Path:
    project = Project.create(path, coder=coder, name="Sample")
    try:
        documents.add_text_document(project, name="Azángaro", text=TRANSCRIPT, group="Provincias")
        documents.add_text_document(project, name="Notas", text=EMOJI_TEXT, group="Notas")
        documents.set_attribute(project, number=1, name="Cargo", value="Alcalde")
        codes.create_code(project, path="Centralismo::Recorte presupuestal", color="#e6194b")
        codes.create_code(project, path="Centralismo::Dependencia del ministerio", color="#4363d8")
        codes.create_code(project, path="Cultura política::Paternalismo", color="#3cb44b")
        start = TRANSCRIPT.index("Todo lo que")
        coding.code_span(project, document=1, start=start, end=start + 70,
                         codes=["Centralismo::Dependencia del ministerio"])
        start = TRANSCRIPT.index("La torta")
        coding.code_span(project, document=1, start=start, end=start + 95,
                         codes=["Centralismo::Recorte presupuestal"])
        coding.code_span(project, document=1, start=start + 40, end=start + 150,
                         codes=["Cultura política::Paternalismo"], coder="beto")
        memos.create_memo(project, title="Diario", text="Primera lectura.")
    finally:
        project.close()
    return path


def shown_document(window, number: int = 1):
    """Open document ``number`` in a shown, sized main window, painted once; returns the viewer."""
    view = window.document_view
    window.open_document(number)
    window.resize(1200, 800)
    window.show()
    view.editor.viewport().repaint()
    return view
