"""The agreement workbook (XlsxWriter): every figure of the JSON result, in the user's language.

It presents :func:`qda_app.services.agreement.as_json` and the passages of
:func:`qda_app.services.consensus.list_disagreements`, so the workbook, the CLI and the GUI
can never show different numbers. Coefficients carry the number format ``0.000``, shares
``0.0%``; a missing value is an empty cell whose reason is written in words beside it.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

from qda_app.services.agreement import AgreementResult, as_json
from qda_app.services.agreement_words import (coefficient_name, language_index, left_out_sentence, reasons_sentence,
                                              warnings, word)
from qda_app.services.atomic_files import atomic_path
from qda_app.services.consensus import list_disagreements
from qda_app.services.project import Project

# key: (English, Spanish, Portuguese)
LABELS: dict[str, tuple[str, str, str]] = {
    "summary": ("Summary", "Resumen", "Resumo"), "codes": ("Codes", "Códigos", "Códigos"),
    "domains": ("Domains", "Dominios", "Domínios"),
    "codes_in_domains": ("Codes in domains", "Códigos en dominios", "Códigos em domínios"),
    "pairs": ("Pairs of coders", "Pares de codificadores", "Pares de codificadores"),
    "segments": ("Segments", "Segmentos", "Segmentos"),
    "by_document": ("Code x document", "Código x documento", "Código x documento"),
    "units": ("Units", "Unidades", "Unidades"), "left_out": ("Left out", "Excluidos", "Excluídos"),
    "disagreements": ("Disagreements", "Desacuerdos", "Desacordos"),
    "code": ("Code", "Código", "Código"), "domain": ("Domain", "Dominio", "Domínio"),
    "reading": ("Reading", "Valoración", "Avaliação"), "why": ("Why n/a", "Por qué n/d", "Por que n/d"),
    "coverage": ("Coverage", "Cobertura", "Cobertura"), "low": ("95% CI low", "IC 95% inferior", "IC 95% inferior"),
    "high": ("95% CI high", "IC 95% superior", "IC 95% superior"),
    "percent": ("% agreement", "% de acuerdo", "% de concordância"),
    "kappa": ("Cohen's kappa", "kappa de Cohen", "kappa de Cohen"),
    "fleiss": ("Fleiss' kappa", "kappa de Fleiss", "kappa de Fleiss"),
    "all_codes": ("All codes", "Todos los códigos", "Todos os códigos"),
    "overall": ("Overall", "Global", "Global"), "coded": ("Characters coded by", "Caracteres codificados por",
                                                         "Caracteres codificados por"),
    "other_reading": ("other reading", "otra variante", "outra variante"),
    "coder_a": ("Coder A", "Codificador A", "Codificador A"), "coder_b": ("Coder B", "Codificador B", "Codificador B"),
    "documents": ("Documents", "Documentos", "Documentos"), "characters": ("Characters", "Caracteres", "Caracteres"),
    "agreements": ("Agreements", "Acuerdos", "Concordâncias"),
    "disagreements_count": ("Disagreements", "Desacuerdos", "Desacordos"),
    "segments_count": ("Segments", "Segmentos", "Segmentos"), "share": ("Share", "Proporción", "Proporção"),
    "bp_kappa": ("Brennan & Prediger kappa", "kappa de Brennan y Prediger", "kappa de Brennan e Prediger"),
    "min_overlap": ("Minimum overlap", "Solapamiento mínimo", "Sobreposição mínima"),
    "unit": ("Unit", "Unidad", "Unidade"), "alpha": ("Krippendorff's alpha", "alfa de Krippendorff",
                                                    "alfa de Krippendorff"),
    "level": ("Level", "Nivel", "Nível"), "item": ("Item", "Elemento", "Elemento"),
    "reason": ("Reason", "Motivo", "Motivo"), "project": ("Project", "Proyecto", "Projeto"),
    "coders": ("Coders", "Codificadores", "Codificadores"),
    "selection": ("Document selection", "Selección de documentos", "Seleção de documentos"),
    "coded_by_all": ("documents every coder coded", "documentos codificados por todos los codificadores",
                     "documentos codificados por todos os codificadores"),
    "n/a": ("n/a", "n/d", "n/d"),
    "given": ("chosen documents", "documentos elegidos", "documentos escolhidos"),
    "resamples": ("Bootstrap resamples", "Remuestreos bootstrap", "Reamostragens bootstrap"),
    "seed": ("Seed", "Semilla", "Semente"), "variant": ("cu-alpha reading (3+ coders)",
                                                       "variante de cu-alfa (3+ codificadores)",
                                                       "variante de cu-alfa (3+ codificadores)"),
    "thresholds": ("Krippendorff: reliable from .800, tentative from .667",
                   "Krippendorff: fiable desde ,800, provisional desde ,667",
                   "Krippendorff: confiável a partir de ,800, provisória a partir de ,667"),
    "warnings": ("Warnings", "Avisos", "Avisos"), "none": ("none", "ninguno", "nenhum"),
    "number": ("#", "#", "#"), "document": ("Document", "Documento", "Documento"),
    "kind": ("Kind", "Tipo", "Tipo"), "start": ("Start", "Inicio", "Início"), "end": ("End", "Fin", "Fim"),
    "overlap": ("Overlap", "Solapamiento", "Sobreposição"),
    "chars_disagreeing": ("Characters in disagreement", "Caracteres en desacuerdo", "Caracteres em desacordo"),
    "codes_a": ("Codes A", "Códigos A", "Códigos A"), "codes_b": ("Codes B", "Códigos B", "Códigos B"),
    "quotations_a": ("Quotations A", "Citas A", "Citações A"), "quotations_b": ("Quotations B", "Citas B", "Citações B"),
    "text": ("Text", "Texto", "Texto"), "valid": ("Valid resamples", "Remuestreos válidos", "Reamostragens válidas"),
}


class _Sheets:
    """Writes rows with formats chosen per column kind: text, coefficient, share, count."""

    def __init__(self, book, language: str) -> None:
        self.book, self.index = book, language_index(language)
        self.language = language
        self.bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
        self.formats = {"coef": book.add_format({"num_format": "0.000"}),
                        "share": book.add_format({"num_format": "0.0%"}),
                        "count": book.add_format({"num_format": "#,##0"}), "text": None}

    def label(self, key: str) -> str:
        return LABELS[key][self.index]

    def coefficient(self, key: str) -> str:
        return coefficient_name(key, self.language)

    def sheet(self, key: str, headers: list[tuple[str, str]], rows: list[list], *, widths: dict[int, int] | None = None):
        sheet = self.book.add_worksheet(self.label(key)[:31])
        sheet.write_row(0, 0, [text for text, _ in headers], self.bold)
        sheet.freeze_panes(1, 0)
        for row_number, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                kind = headers[column][1] if column < len(headers) else "text"
                if value is None:
                    continue
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    sheet.write_number(row_number, column, value, self.formats[kind])
                else:
                    sheet.write_string(row_number, column, str(value))
        sheet.set_column(0, 0, 36)
        sheet.set_column(1, max(len(headers) - 1, 1), 14)
        for column, width in (widths or {}).items():
            sheet.set_column(column, column, width)
        return sheet


def write_agreement_workbook(project: Project, result: AgreementResult, *, target: str | Path,
                             language: str = "en") -> Path:
    import xlsxwriter

    target = Path(target)
    data = as_json(result)
    language_index(language)  # refuse an unknown language before anything is written
    with atomic_path(target) as temporary:
        # Everything is data: a code name starting with "=" must never run as a formula.
        book = xlsxwriter.Workbook(str(temporary), {"strings_to_formulas": False, "strings_to_urls": False,
                                                    "strings_to_numbers": False})
        sheets = _Sheets(book, language)
        _summary(sheets, project, data)
        _codes(sheets, data)
        _domains(sheets, data)
        _pairs(sheets, data)
        if data["segments"]:
            _segments(sheets, data)
        if data["by_document"]:
            _by_document(sheets, data["by_document"])
        if data["units"]:
            _units(sheets, data)
        sheets.sheet("left_out", [(sheets.label("item"), "text"), (sheets.label("reason"), "text")],
                     [[str(entry["item"]), left_out_sentence(entry, language)] for entry in data["left_out"]],
                     widths={1: 100})
        _disagreements(sheets, project, result, data)
        book.close()
    return target


def _summary(sheets: _Sheets, project: Project, data: dict) -> None:
    label, settings = sheets.label, data["settings"]
    rows = [[label("project"), project.name], [label("coders"), ", ".join(data["coders"])],
            [label("documents"), ", ".join(map(str, data["documents"])) or label("none")],
            [label("selection"), label(data["document_selection"])], [label("characters"), data["characters"]],
            [label("resamples"), settings["bootstrap"]], [label("seed"), settings["seed"]],
            [label("min_overlap"), settings["min_overlap"]], [label("variant"), settings["cu_variant"]],
            [label("thresholds"), ""]]
    lines = warnings(data, sheets.language)
    rows.append([label("warnings"), "" if lines else label("none")])
    rows += [["", line] for line in lines]
    sheet = sheets.sheet("summary", [("", "text"), ("", "text")], rows, widths={1: 110})
    if settings["min_overlap"] is not None:
        sheet.write_number(8, 1, settings["min_overlap"], sheets.formats["share"])


def _interval_cells(entry: dict, name: str) -> list:
    found = (entry.get("interval") or {}).get(name)
    return [found["low"], found["high"]] if found else [None, None]


def _codes(sheets: _Sheets, data: dict) -> None:
    label, language = sheets.label, sheets.language
    headers = [(label("code"), "text"), (f"{sheets.coefficient('alpha_binary')} (|{sheets.coefficient('u_alpha')})", "coef"),
               (label("low"), "coef"),
               (label("high"), "coef"), (label("percent"), "share"), (label("kappa"), "coef"),
               (label("fleiss"), "coef"), (label("reading"), "text")]
    headers += [(f"{label('coded')} {coder}", "count") for coder in data["coders"]] + [(label("why"), "text")]
    rows = []
    for entry in data["codes"]:
        rows.append([entry["path"], entry["alpha_binary"], *_interval_cells(entry, "alpha_binary"),
                     entry["percent_agreement"], entry["cohen_kappa"], entry.get("fleiss_kappa"), word(entry["reliability"], language) if entry["reliability"] != "n/a"
                     else label("n/a"), *(entry["coded_characters"].get(c, 0) for c in data["coders"]),
                     reasons_sentence(entry["reasons"], language)])
    over = data["codes_overall"]
    if over:
        rows.append([label("all_codes"), over["alpha_binary"], *_interval_cells(over, "alpha_binary"),
                     over["percent_agreement"], over["cohen_kappa"], over["fleiss_kappa"],
            word(over["reliability"], language) if over["reliability"] != "n/a" else label("n/a"),
            *([None] * len(data["coders"])), reasons_sentence(over["reasons"], language)])
    sheets.sheet("codes", headers, rows, widths={len(headers) - 1: 60})


def _domains(sheets: _Sheets, data: dict) -> None:
    label, language = sheets.label, sheets.language
    headers = [(label("domain"), "text")]
    for name in (sheets.coefficient("u_alpha"), "|" + sheets.coefficient("u_alpha"), sheets.coefficient("cu_alpha")):
        headers += [(name, "coef"), (f"{name} {label('low')}", "coef"), (f"{name} {label('high')}", "coef")]
    headers += [(label("coverage"), "share"), (label("reading"), "text"), (label("why"), "text")]
    rows = []
    for entry in data["domains"] + [{**data["overall"], "path": label("overall"), "coverage": None}]:
        row = [entry["path"]]
        for name in ("u_alpha", "alpha_binary", "cu_alpha"):
            row += [entry[name], *_interval_cells(entry, name)]
        reading = entry["reliability"]
        row += [entry["coverage"], word(reading, language) if reading != "n/a" else label("n/a"),
                reasons_sentence(entry["reasons"], language)]
        rows.append(row)
    sheets.sheet("domains", headers, rows, widths={len(headers) - 1: 60})
    ku_alpha = sheets.coefficient("ku_alpha")
    headers = [(label("domain"), "text"), (label("code"), "text"), (ku_alpha, "coef"), (label("coverage"), "share"),
               (f"{ku_alpha}, {label('other_reading')}", "coef"), (label("why"), "text")]
    rows = []
    for entry in data["domains"]:
        other = {item["path"]: item for item in (entry.get("other_reading") or {}).get("codes", [])}
        for item in entry["codes"]:
            rows.append([entry["path"], item["path"], item["ku_alpha"], item["coverage"],
                         other.get(item["path"], {}).get("ku_alpha"), word(item["reason"], language)])
    sheets.sheet("codes_in_domains", headers, rows, widths={1: 36, 5: 60})


def _pairs(sheets: _Sheets, data: dict) -> None:
    label = sheets.label
    headers = [(label("coder_a"), "text"), (label("coder_b"), "text"), (label("code"), "text"),
               (label("documents"), "count"), (label("characters"), "count"), (sheets.coefficient("alpha_binary"), "coef"),
               (label("percent"), "share"), (label("kappa"), "coef"), (label("why"), "text")]
    rows = []
    for pair in data["pairs"]:
        first, second = pair["coders"]
        overall = pair["overall"]
        rows.append([first, second, label("all_codes"), len(pair["documents"]), pair["characters"],
                     overall["alpha_binary"], overall["percent_agreement"], overall["cohen_kappa"],
                     reasons_sentence(overall["reasons"], sheets.language)])
        for entry in pair["codes"]:
            rows.append([first, second, entry["path"], None, None, entry["alpha_binary"], entry["percent_agreement"],
                         entry["cohen_kappa"], reasons_sentence(entry["reasons"], sheets.language)])
    sheets.sheet("pairs", headers, rows, widths={0: 20, 1: 20, 2: 36, 8: 60})


def _segments(sheets: _Sheets, data: dict) -> None:
    label = sheets.label
    headers = [(label("coder_a"), "text"), (label("coder_b"), "text"), (label("code"), "text"),
               (label("agreements"), "count"), (label("disagreements_count"), "count"),
               (label("segments_count"), "count"), (label("share"), "share"), (label("bp_kappa"), "coef")]
    rows = []
    for pair in data["segments"]["pairs"]:
        first, second = pair["coders"]
        for entry in pair["codes"]:
            rows.append([first, second, entry["path"], entry["agreements"], entry["disagreements"],
                         entry["segments"], entry["percentage"], None])
        total = pair["overall"]
        rows.append([first, second, label("all_codes"), total["agreements"], total["disagreements"],
                     total["segments"], total["percentage"], pair["kappa_brennan_prediger"]])
    sheet = sheets.sheet("segments", headers, rows, widths={0: 20, 1: 20, 2: 36})
    sheet.write_string(len(rows) + 2, 0, f"{label('min_overlap')}:")
    sheet.write_number(len(rows) + 2, 1, data["segments"]["min_overlap"], sheets.formats["share"])


def _by_document(sheets: _Sheets, table: dict) -> None:
    kind = "share" if table["measure"] == "percent_agreement" else "coef"
    headers = [(f"{sheets.label('code')} ({table['measure']})", "text")]
    headers += [(f"{sheets.label('document')} {d}", kind) for d in table["documents"]]
    rows = [[row["path"], *(row["values"][str(d)] for d in table["documents"])] for row in table["rows"]]
    sheets.sheet("by_document", headers, rows)


def _units(sheets: _Sheets, data: dict) -> None:
    units = data["units"]
    headers = [(sheets.label("unit"), "text")] + [(coder, "text") for coder in data["coders"]]
    rows = [[entry["unit"], *(entry["values"].get(c) for c in data["coders"])] for entry in units["table"]]
    rows.append([f"{sheets.label('alpha')} ({units['level']})", units["alpha"]])
    sheet = sheets.sheet("units", headers, rows)
    if units["alpha"] is not None:
        sheet.write_number(len(rows), 1, units["alpha"], sheets.formats["coef"])


def _disagreements(sheets: _Sheets, project: Project, result: AgreementResult, data: dict) -> None:
    label = sheets.label
    headers = [(label(key), kind) for key, kind in (
        ("number", "count"), ("coder_a", "text"), ("coder_b", "text"), ("document", "count"), ("domain", "text"),
        ("kind", "text"), ("start", "count"), ("end", "count"), ("overlap", "share"), ("chars_disagreeing", "count"),
        ("codes_a", "text"), ("codes_b", "text"), ("quotations_a", "text"), ("quotations_b", "text"), ("text", "text"))]
    rows = []
    for pair in combinations(data["coders"], 2):
        for passage in list_disagreements(project, coders=list(pair), documents=list(result.documents) or None):
            if passage.kind == "matched":
                continue
            rows.append([passage.number, pair[0], pair[1], passage.document, passage.domain,
                         word(f"passage_{passage.kind}", sheets.language),
                         passage.start, passage.end, passage.overlap, passage.disagreement,
                         "; ".join(passage.codes_of("a")), "; ".join(passage.codes_of("b")),
                         " ".join(s.quotation for s in passage.a), " ".join(s.quotation for s in passage.b),
                         passage.text[:32000]])
    sheets.sheet("disagreements", headers, rows, widths={14: 80})
