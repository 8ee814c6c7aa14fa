"""The agreement verb's terminal output: tables of the JSON figures, warnings for whatever is left out."""

from __future__ import annotations

import argparse

from qda_app.cli.done_lines import DONE_LINES, done_text, say
from qda_app.cli.language import current_language
from qda_app.cli.output import warn, write_json, write_table, write_text
from qda_app.services.agreement_words import warnings, word


def add_arguments(agree: argparse.ArgumentParser) -> None:
    agree.add_argument("project")
    agree.add_argument("--coders", nargs="+", required=True, metavar="NAME")
    agree.add_argument("--code", action="append", dest="codes", metavar="PATH")
    agree.add_argument("--code-group", action="append", dest="code_groups", metavar="NAME",
                       help="compare the codes of this code group (with --code: both)")
    agree.add_argument("--doc", action="append", type=int, dest="documents", metavar="N",
                       help="compare these documents (default: those every coder coded)")
    agree.add_argument("--domain", action="append", dest="domains", metavar="PATH",
                       help="semantic domain (default: every top-level category with sub-codes)")
    agree.add_argument("--bootstrap", type=int, default=0, metavar="N", help="resamples for confidence intervals")
    agree.add_argument("--seed", type=int, default=0)
    agree.add_argument("--min-overlap", type=float, default=None, metavar="PERCENT",
                       help="also segment agreement (MAXQDA): a segment matches when another coder's overlaps it "
                            "by at least PERCENT of both together (MAXQDA's default is 90)")
    agree.add_argument("--by-document", metavar="MEASURE",
                       choices=("alpha_binary", "percent_agreement", "cohen_kappa", "fleiss_kappa"),
                       help="also a code x document table of this measure")
    agree.add_argument("--units", choices=("quotations",),
                       help="also Krippendorff's alpha over predefined units (passages as units, codes as values)")
    agree.add_argument("--level", choices=("nominal", "ordinal", "interval", "ratio"), default="nominal",
                       help="level of measurement of the codes as values (with --units)")
    agree.add_argument("--cu-variant", choices=("sum_squared", "per_coder"), default="sum_squared",
                       help="reading of cu-/(k)u-alpha for 3+ coders (see docs/agreement.md)")
    agree.add_argument("-o", "--output", metavar="FILE.xlsx", help="also write the agreement workbook")
    agree.add_argument("--lang", choices=("en", "es", "pt"), default=None,
                       help="language of the workbook (default: the command line's language)")
    agree.add_argument("--force", action="store_true", help="replace an existing file of that name (never a project)")
    agree.add_argument("--json", action="store_true")


def number(value: float | None) -> str:
    return done_text("agreement_not_available") if value is None else f"{value:.3f}"


def _reading(value: str) -> str:
    return word(value, current_language()) if value != "n/a" else done_text("agreement_not_available")


def _headers(*keys: str) -> list[str]:
    """Column headings: names of measures (alpha-bin, kappa, ...) stay as the literature writes them."""
    return [done_text(f"header_{key}") if f"header_{key}" in DONE_LINES else key for key in keys]


def print_result(data: dict, options: argparse.Namespace) -> None:
    for line in warnings(data, current_language()):
        warn(done_text("agreement_warning", line=line))
    if options.json:
        write_json(data)
        return
    documents = data["documents"]
    coders = ", ".join(data["coders"])
    if not documents:
        say("agreement_compared_none", coders=coders, characters=data["characters"])
    else:
        shown = ", ".join(map(str, documents[:30]))
        if len(documents) > 30:
            shown = done_text("agreement_documents_shortened", first=shown, total=len(documents))
        say("agreement_compared", coders=coders, documents=shown, characters=data["characters"])
    write_text("\n")
    fleiss = len(data["coders"]) > 2
    headers = _headers("code", "alpha-bin", "percent_agreement", "kappa", *(["Fleiss"] if fleiss else []), "reading")
    rows = [[e["path"], number(e["alpha_binary"]), number(e["percent_agreement"]), number(e["cohen_kappa"])]
            + ([number(e.get("fleiss_kappa"))] if fleiss else []) + [_reading(e["reliability"])] for e in data["codes"]]
    over = data["codes_overall"]
    if over and data["codes"]:
        rows.append([done_text("agreement_all_codes"), number(over["alpha_binary"]), number(over["percent_agreement"]),
                     number(over["cohen_kappa"])] + ([number(over["fleiss_kappa"])] if fleiss else [])
                    + [_reading(over["reliability"])])
    write_table(headers, rows)
    write_text("\n")
    overall = data["overall"]
    overall_label = done_text("agreement_overall" if overall.get("complete", True) else "agreement_overall_partial")
    reading = _reading(overall["reliability"])
    rests_on = (overall.get("rests_on_domains") or {}).get("cu_alpha")
    if rests_on is not None and len(rests_on) < len(data["domains"]):
        reading = done_text("agreement_from_domains", reading=reading, used=len(rests_on), total=len(data["domains"]))
    write_table(_headers("domain", "u-alpha", "alpha-bin", "cu-alpha", "coverage", "reading"),
                [[e["path"], number(e["u_alpha"]), number(e["alpha_binary"]), number(e["cu_alpha"]),
                  number(e["coverage"]), _reading(e["reliability"])] for e in data["domains"]]
                + [[overall_label, number(overall["u_alpha"]), number(overall["alpha_binary"]),
                    number(overall["cu_alpha"]), "", reading]])
    if len(data["pairs"]) > 1:
        write_text("\n")
        say("agreement_pairs_heading")
        write_table(_headers("coder_a", "coder_b", "documents", "alpha-bin", "percent_agreement", "kappa"),
                    [[p["coders"][0], p["coders"][1], len(p["documents"]), number(p["overall"]["alpha_binary"]),
                      number(p["overall"]["percent_agreement"]), number(p["overall"]["cohen_kappa"])]
                     for p in data["pairs"]])
    if data["segments"]:
        _print_segments(data["segments"])
    if data["by_document"]:
        _print_by_document(data["by_document"])
    if data["units"]:
        _print_units(data["units"])
    write_text("\n")
    say("agreement_reading_guide")
    if options.output:
        say("workbook_written", path=options.output)


def _print_segments(segments: dict) -> None:
    for pair in segments["pairs"]:
        write_text("\n")
        say("agreement_segments_heading", first=pair["coders"][0], second=pair["coders"][1],
            share=f"{segments['min_overlap']:.0%}")
        rows = [[r["path"], r["agreements"], r["disagreements"], r["segments"], number(r["percentage"])]
                for r in pair["codes"]]
        o = pair["overall"]
        rows.append([done_text("agreement_total"), o["agreements"], o["disagreements"], o["segments"],
                     number(o["percentage"])])
        write_table(_headers("code", "agreements", "disagreements", "segments", "share"), rows)
        say("agreement_brennan_prediger", kappa=number(pair["kappa_brennan_prediger"]), count=pair["categories"])


def _print_by_document(table: dict) -> None:
    write_text("\n")
    say("agreement_by_document_heading", measure=table["measure"])
    write_table([done_text("header_code"), *map(str, table["documents"])],
                [[row["path"], *(number(row["values"][str(d)]) for d in table["documents"])] for row in table["rows"]])


def _print_units(units: dict) -> None:
    write_text("\n")
    say("agreement_units", level=units["level"], units=units["units"], alpha=number(units["alpha"]),
        pairable_units=units["pairable_units"], pairable_values=units["pairable_values"],
        reading=_reading(units["reliability"]))
