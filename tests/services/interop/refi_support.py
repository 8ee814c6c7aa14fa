"""Shared builders for the REFI-QDA tests: a feature-complete model and hand-made archives."""

from __future__ import annotations

import functools
import os
import zipfile
from datetime import date, datetime, timezone
from pathlib import Path

from qda_app.services.interop.refi_model import (
    RefiCase,
    RefiCode,
    RefiCoding,
    RefiNote,
    RefiProject,
    RefiSelection,
    RefiSet,
    RefiSource,
    RefiUser,
    RefiVariable,
)

# The REFI-QDA schemas (public, MIT) and our own fixtures live in the repository, so a fresh
# clone validates every export. Files written by other programs are optional extras: a
# folder named by QDA_APP_REFI_SAMPLES, or shared/refi-qda/samples beside the clone.
DATA = Path(__file__).resolve().parents[2] / "data" / "refi"
PROJECT_XSD = DATA / "Project-mrt2019.xsd"
CODEBOOK_XSD = DATA / "Codebook-mrt2019.xsd"
SAMPLES = Path(os.environ.get("QDA_APP_REFI_SAMPLES") or
               Path(__file__).resolve().parents[3].parent / "shared" / "refi-qda" / "samples")

UTC = timezone.utc
ANA = "0a5c1f7e-1111-4c3e-9d2a-000000000001"
ZOE = "0a5c1f7e-1111-4c3e-9d2a-000000000002"
T0 = datetime(2024, 3, 1, 9, 30, 0, tzinfo=UTC)
T1 = datetime(2024, 3, 2, 17, 5, 42, tzinfo=UTC)


def guid(number: int) -> str:
    return f"3f2b9c1d-2222-4a6b-8c0d-{number:012d}"


# Emoji (one astral code point each, one of them with a skin-tone modifier, i.e. two
# astral code points), accents, a second line. NFC, \n only: what we store.
INTERVIEW = ("Entrevista con Zoë 😀: la niña dijo «sí» 👍🏽.\n"
             "Después, en São Paulo, habló del café ☕ y de 𝄞 música.\n")


def _quote(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def rich_project() -> RefiProject:
    """A project exercising every feature the writer supports."""
    code_parent, code_child, code_grandchild, code_other = guid(1), guid(2), guid(3), guid(4)
    codes = (
        RefiCode(guid=code_parent, name="Emociones", color="#FF8800",
                 description="Categoría: sentimientos expresados", is_codable=False,
                 note_refs=(guid(61),),
                 children=(RefiCode(guid=code_child, name="Alegría 😀", color="#00AA33",
                                    children=(RefiCode(guid=code_grandchild,
                                                       name="Entusiasmo"),)),)),
        RefiCode(guid=code_other, name="Lugares", color=None, description=None),
    )
    start_a, end_a = _quote(INTERVIEW, "la niña dijo «sí» 👍🏽")
    start_b, end_b = _quote(INTERVIEW, "São Paulo")
    start_c, end_c = _quote(INTERVIEW, "𝄞 música.\n")
    selections = (
        RefiSelection(
            guid=guid(21), name=INTERVIEW[start_a:end_a], start=start_a, end=end_a,
            creator_guid=ANA, created=T0, modified=T1, description="Tono irónico",
            codings=(RefiCoding(guid=guid(31), code_guid=code_child, creator_guid=ANA,
                                created=T0),
                     RefiCoding(guid=guid(32), code_guid=code_child, creator_guid=ZOE,
                                created=T1),
                     RefiCoding(guid=guid(33), code_guid=code_grandchild, creator_guid=ZOE,
                                created=T1)),
            note_refs=(guid(62),)),
        RefiSelection(
            guid=guid(22), name=INTERVIEW[start_b:end_b], start=start_b, end=end_b,
            creator_guid=ZOE, created=T1,
            codings=(RefiCoding(guid=guid(34), code_guid=code_other, creator_guid=ZOE,
                                created=T1),)),
        RefiSelection(
            guid=guid(23), name=INTERVIEW[start_c:end_c], start=start_c, end=end_c,
            creator_guid=ANA, created=T0,
            codings=(RefiCoding(guid=guid(35), code_guid=code_parent, creator_guid=ANA,
                                created=T0),)),
    )
    variables = (
        RefiVariable(guid=guid(41), name="Edad", type_of_variable="Integer"),
        RefiVariable(guid=guid(42), name="Género", type_of_variable="Text",
                     description="autodeclarado"),
        RefiVariable(guid=guid(43), name="Consentimiento", type_of_variable="Boolean"),
        RefiVariable(guid=guid(44), name="Puntaje", type_of_variable="Float"),
        RefiVariable(guid=guid(45), name="Fecha", type_of_variable="Date"),
        RefiVariable(guid=guid(46), name="Inicio", type_of_variable="DateTime"),
    )
    sources = (
        RefiSource(guid=guid(11), name="Entrevista 1 – Zoë", text=INTERVIEW,
                   description="Transcripción revisada", creator_guid=ANA, created=T0,
                   selections=selections,
                   variable_values=((guid(41), 34), (guid(43), True), (guid(44), 0.0000125),
                                    (guid(45), date(2024, 2, 29)), (guid(46), T1)),
                   note_refs=(guid(63),)),
        RefiSource(guid=guid(12), name="Notas de campo", text="Sin citas todavía.\n",
                   creator_guid=ZOE, created=T1),
    )
    notes = (
        RefiNote(guid=guid(61), name="Memo de código", text="Definición: 🙂 y más\nlíneas",
                 creator_guid=ANA, created=T0, modified=T1),
        RefiNote(guid=guid(62), name="Comentario", text="¿ironía?", creator_guid=ZOE,
                 created=T1),
        RefiNote(guid=guid(63), name="Memo del documento", text="Entrevista larga.",
                 creator_guid=ANA, created=T0),
        RefiNote(guid=guid(64), name="Memo del proyecto", text="Diario de investigación",
                 creator_guid=ANA, created=T0),
    )
    return RefiProject(
        name="Proyecto de prueba ñ", origin="qda_app test", creating_user_guid=ANA,
        creation_date_time=T0,
        users=(RefiUser(guid=ANA, name="Ana"), RefiUser(guid=ZOE, name="Zoë")),
        codes=codes, variables=variables,
        cases=(RefiCase(guid=guid(51), name="Participante A", description="mujer, 34",
                        variable_values=((guid(42), "mujer"), (guid(41), 34)),
                        source_refs=(guid(11),)),),
        sources=sources, notes=notes,
        sets=(RefiSet(guid=guid(71), name="Conjunto afectivo", description="para el informe",
                      member_codes=(code_child, code_grandchild)),
              RefiSet(guid=guid(72), name="Documentos 2024", member_sources=(guid(11), guid(12)),
                      member_codes=(code_other,))),
        description="Proyecto completo para pruebas", note_refs=(guid(64),))


def make_qdpx(path: Path, qde: str | bytes, files: dict[str, str | bytes] | None = None, *,
              qde_name: str = "project.qde", folders: tuple[str, ...] = ()) -> Path:
    """A hand-made archive; strings are written as UTF-8 without BOM."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for folder in folders:
            archive.writestr(zipfile.ZipInfo(folder), b"")
        archive.writestr(qde_name, qde.encode("utf-8") if isinstance(qde, str) else qde)
        for name, content in (files or {}).items():
            archive.writestr(name, content.encode("utf-8") if isinstance(content, str)
                             else content)
    return path


def project_xml(body: str, *, namespace: str = "urn:QDA-XML:project:1.0",
                attributes: str = 'name="p" origin="hand-made"') -> str:
    return f'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="{namespace}" {attributes}>{body}</Project>'


@functools.cache
def _schemas() -> tuple[object, object]:
    import xmlschema

    return xmlschema.XMLSchema(str(PROJECT_XSD)), xmlschema.XMLSchema(str(CODEBOOK_XSD))


def validate_export(path: Path) -> None:
    """Raise if the .qdpx's project.qde or the .qdc does not validate against its schema."""
    project_schema, codebook_schema = _schemas()
    if path.suffix.lower() == ".qdc":
        codebook_schema.validate(path.read_text(encoding="utf-8"))
    else:
        with zipfile.ZipFile(path) as archive:
            project_schema.validate(archive.read("project.qde").decode("utf-8"))


def validate_every_export(monkeypatch) -> None:
    """Make every .qdpx and .qdc the writer produces in this test pass the REFI-QDA schemas."""
    from qda_app.services.interop import project_export, refi_writer

    def validating(write):
        def wrapper(model, path, *args, **kwargs):
            result = write(model, path, *args, **kwargs)
            validate_export(Path(path))
            return result
        return wrapper

    for name in ("write_qdpx", "write_qdc"):
        wrapped = validating(getattr(refi_writer, name))
        monkeypatch.setattr(refi_writer, name, wrapped)
        monkeypatch.setattr(project_export, name, wrapped)
