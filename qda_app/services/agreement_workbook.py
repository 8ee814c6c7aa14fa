"""The agreement workbook (openpyxl): coefficients, settings and the list of disagreements.

It presents :func:`qda_app.services.agreement.as_json` and the passages of
:func:`qda_app.services.consensus.list_disagreements`, so the workbook, the CLI and the GUI
can never show different numbers.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

from qda_app.core.errors import ExportFailed
from qda_app.services.agreement import AgreementResult, as_json
from qda_app.services.consensus import list_disagreements
from qda_app.services.atomic_files import atomic_path
from qda_app.services.project import Project


def write_agreement_workbook(project: Project, result: AgreementResult, *, target: str | Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    target = Path(target)
    data = as_json(result)
    book = Workbook()
    bold = Font(bold=True)

    codes = book.active
    codes.title = "Codes"
    codes.append(["Code", "alpha-binary", "% agreement", "Cohen's kappa", "Reliability", "Why n/a"])
    for entry in data["codes"]:
        codes.append([entry["path"], entry["alpha_binary"], entry["percent_agreement"], entry["cohen_kappa"],
                      entry["reliability"], "; ".join(f"{k}: {v}" for k, v in entry["reasons"].items())])

    domains = book.create_sheet("Domains")
    domains.append(["Domain", "u-alpha", "alpha-binary", "cu-alpha", "Coverage", "Reliability", "Why n/a"])
    for entry in data["domains"]:
        domains.append([entry["path"], entry["u_alpha"], entry["alpha_binary"], entry["cu_alpha"], entry["coverage"],
                        entry["reliability"], "; ".join(f"{k}: {v}" for k, v in entry["reasons"].items())])
    overall = data["overall"]
    domains.append(["Overall", overall["u_alpha"], overall["alpha_binary"], overall["cu_alpha"], None,
                    overall["reliability"], "; ".join(f"{k}: {v}" for k, v in overall["reasons"].items())])

    settings = book.create_sheet("Settings")
    settings_rows = [
        ("Project", project.name), ("Coders", ", ".join(data["coders"])),
        ("Documents", ", ".join(map(str, data["documents"]))), ("Document selection", data["document_selection"]),
        ("Characters compared", data["characters"]), ("Bootstrap resamples", data["settings"]["bootstrap"]),
        ("Seed", data["settings"]["seed"]), ("Confidence", data["settings"]["confidence"]),
        ("Reliable from", 0.800), ("Tentative from", 0.667),
    ]
    for row in settings_rows:
        settings.append(list(row))

    passages = book.create_sheet("Disagreements")
    passages.append(["#", "Coder A", "Coder B", "Document", "Domain", "Kind", "Start", "End", "Overlap",
                     "Characters in disagreement", "Codes A", "Codes B", "Quotations A", "Quotations B", "Text"])
    for pair in combinations(data["coders"], 2):
        for passage in list_disagreements(project, coders=list(pair), documents=list(result.documents) or None):
            if passage.kind == "matched":
                continue
            passages.append([
                passage.number, pair[0], pair[1], passage.document, passage.domain, passage.kind, passage.start,
                passage.end, round(passage.overlap, 4), passage.disagreement, "; ".join(passage.codes_of("a")),
                "; ".join(passage.codes_of("b")), " ".join(s.quotation for s in passage.a),
                " ".join(s.quotation for s in passage.b), passage.text[:32000],
            ])
    for sheet in book.worksheets:
        for cell in sheet[1]:
            cell.font = bold
        # openpyxl makes any text starting with "=" a formula: a code name or a quotation
        # could then run as one in Excel. Everything this workbook holds is data.
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
    # Quotations are confidential: owner-only (0600) like every export, and atomic.
    with atomic_path(target) as temporary:
        try:
            book.save(temporary)
        except OSError as error:
            raise ExportFailed(file=str(target), detail=error.strerror or str(error)) from error
    return target
