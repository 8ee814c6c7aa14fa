"""Verbs for team work: copy-for-coder, merge, agreement, disagreements, consensus, demo-split."""

from __future__ import annotations

import argparse

from qda_app.cli.agreement_output import add_arguments as add_agreement_arguments
from qda_app.cli.agreement_output import print_result
from qda_app.cli.done_lines import DONE_LINES, counted_list, done_text, say, say_warning
from qda_app.cli.headings import cell_word, headings
from qda_app.cli.language import current_language
from qda_app.cli.opening import write_project as _write
from qda_app.cli.output import write_json, write_json_with_list, write_table, write_text
from qda_app.core.errors import InvalidArgument
from qda_app.services.project import Project

_DECISIONS = {"a": "accept_a", "b": "accept_b", "union": "union", "intersection": "intersection",
              "custom": "custom"}


def register(verbs: argparse._SubParsersAction) -> None:
    copy = verbs.add_parser("copy-for-coder", help="write a copy of the project for one coder to code in")
    copy.add_argument("project")
    copy.add_argument("out", metavar="OUT.qdaproj")
    copy.add_argument("--coder", required=True, help="who codes in the copy")
    copy.add_argument("--blind", action="store_true", help="leave out the codings and quotations of others")
    copy.set_defaults(run=run_copy_for_coder)

    merge = verbs.add_parser("merge", help="merge coders' copies into the project (one undoable step each)")
    merge.add_argument("project")
    merge.add_argument("others", nargs="+", metavar="OTHER.qdaproj")
    accept = merge.add_mutually_exclusive_group()
    accept.add_argument("--accept-all", action="store_true",
                        help="apply every removal and resize the coder made in the copy")
    accept.add_argument("--accept", action="append", type=int, dest="accepted", metavar="N",
                        help="apply decision N of the report (repeatable); the others stay pending")
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(run=run_merge)

    agree = verbs.add_parser("agreement", help="inter-coder agreement (Krippendorff's alpha family, kappas, "
                                               "segments); definitions in docs/agreement.md")
    add_agreement_arguments(agree)
    agree.set_defaults(run=run_agreement)

    disagreements = verbs.add_parser("disagreements", help="passages two coders coded differently, worst first")
    disagreements.add_argument("project")
    disagreements.add_argument("--coders", nargs=2, required=True, metavar="NAME")
    disagreements.add_argument("--doc", action="append", type=int, dest="documents", metavar="N")
    disagreements.add_argument("--all", action="store_true", help="list matched passages as well")
    disagreements.add_argument("--json", action="store_true")
    disagreements.set_defaults(run=run_disagreements)

    consensus = verbs.add_parser("consensus", help="record consensus decisions in the 'Consensus' coder layer")
    consensus.add_argument("project")
    consensus.add_argument("--coders", nargs=2, required=True, metavar="NAME")
    consensus.add_argument("--accept", required=True, choices=sorted(_DECISIONS))
    consensus.add_argument("--passage", type=int, metavar="N", help="only this passage (default: every unresolved one)")
    consensus.add_argument("--start", type=int, help="custom boundaries: first character (with --accept custom)")
    consensus.add_argument("--end", type=int, help="custom boundaries: character after the last one")
    consensus.add_argument("--code", action="append", dest="codes", metavar="PATH",
                           help="custom boundaries: the code(s) to keep, when the coders used different ones")
    consensus.add_argument("--rationale", default="")
    consensus.add_argument("--coder", help="who decides (default: the project's last coder)")
    consensus.add_argument("--json", action="store_true")
    consensus.set_defaults(run=run_consensus)

    split = verbs.add_parser("demo-split", help="two coder copies of the demo project, the second coder simulated")
    split.add_argument("project", help="a demo project (qda-app demo PROJECT --no-gui)")
    split.add_argument("out_dir", metavar="OUT_DIR")
    split.add_argument("--seed", type=int)
    split.set_defaults(run=run_demo_split)


def run_copy_for_coder(options: argparse.Namespace) -> int:
    from qda_app.services.team import copy_for_coder

    with Project.open(options.project, read_only=True) as project:
        made = copy_for_coder(project, target=options.out, coder=options.coder, blind=options.blind)
    if made.blind:
        say("blind_copy_written", path=made.path, coder=made.coder, quotations=made.quotations_removed,
            codings=made.codings_removed)
    else:
        say("copy_written", path=made.path, coder=made.coder)
    return 0




def _warn_not_carried(item: dict) -> None:
    """One whole sentence per kind (its gender differs in Spanish and Portuguese), reason included."""
    reason_key = f"not_carried_because_{item['reason']}"
    reason = done_text(reason_key) if reason_key in DONE_LINES else item["reason"]
    key = f"merge_not_carried_{item['kind']}"
    if key not in DONE_LINES:
        key = "merge_not_carried_other"
    say_warning(key, name=item["name"], kind=item["kind"], reason=reason)


def run_merge(options: argparse.Namespace) -> int:
    from qda_app.services.merge import merge_project

    reports = []
    with _write(options.project) as project:
        for other in options.others:
            accept = "all" if options.accept_all else set(options.accepted) if options.accepted else "none"
            reports.append(merge_project(project, other=other, accept=accept))
    if options.json:
        write_json([report.as_dict() for report in reports] if len(reports) > 1 else reports[0].as_dict())
        return 0
    for report in reports:
        data = report.as_dict()
        say("merged", file=data["file"], quotations=data["quotations_added"], codings=data["codings_added"],
            codes=len(data["codes_added"]), documents=len(data["documents_added"]), memos=data["memos_added"],
            present=data["quotations_present"])
        analysis = {"relations": data["relations_added"], "quotation_links": data["quotation_links_added"],
                    "groups_of_any_kind": len(data["groups_added"]), "group_members": data["group_members_added"],
                    "smart_codes": len(data["smart_codes_added"]), "networks": len(data["networks_added"]),
                    "network_nodes": data["network_nodes_added"]}
        if any(analysis.values()):
            say("merge_analysis_added", counts=counted_list({key: n for key, n in analysis.items() if n}))
        for item in data["network_renames"]:
            say("merge_network_renamed", copy=item["copy"], here=item["here"])
        for item in data["analysis_not_carried"]:
            _warn_not_carried(item)
        for item in data["code_renames"]:
            say("merge_code_renamed", kept=item["kept_path"], other=item["other_path"])
        for item in data["renumbered"]:
            say("merge_renumbered", copy=item["from"], here=item["to"])
        for item in data["documents_aligned"]:
            say("merge_document_aligned", number=item["number"], name=item["name"], carried=item["carried"],
                not_carried=item["not_carried"])
        for item in data["not_carried"]:
            say_warning("merge_not_carried_deleted" if item["reason"] == "passage_deleted" else "merge_not_carried_edited",
                        quotation=item["quotation"], start=item["start"], end=item["end"], text=item["text"][:60],
                        codes=", ".join(item["codes"]) or "-")
        for item in data["decisions"]:
            state = "applied" if item["applied"] else "pending"
            if item["kind"] == "resize":
                say(f"merge_resize_{state}", number=item["number"], quotation=item["quotation"],
                    start=item["kept"][0], end=item["kept"][1], new_start=item["proposed"][0],
                    new_end=item["proposed"][1])
            else:
                say(f"merge_removal_{state}", number=item["number"], quotation=item["quotation"],
                    coder=item["coder"], code=item["code"])
        if report.pending:
            say("merge_pending", count=len(report.pending))
    return 0


def run_agreement(options: argparse.Namespace) -> int:
    from qda_app.services.agreement import as_json, compute_agreement

    min_overlap = None if options.min_overlap is None else options.min_overlap / 100.0
    if options.output:
        from qda_app.services.atomic_files import check_target

        check_target(options.output)  # refused before the (possibly long) computation
    with Project.open(options.project, read_only=True) as project:
        codes = options.codes
        if options.code_groups:  # a code group stands for its codes
            from qda_app.services.code_groups import code_paths_in_groups

            codes = [*(codes or []), *code_paths_in_groups(project, options.code_groups)]
        result = compute_agreement(
            project, coders=options.coders, codes=codes, documents=options.documents,
            domains=options.domains, bootstrap=options.bootstrap, seed=options.seed, min_overlap=min_overlap,
            by_document=options.by_document, units=options.units, level=options.level, cu_variant=options.cu_variant,
        )
        if options.output:
            from qda_app.services.agreement_workbook import write_agreement_workbook

            write_agreement_workbook(project, result, target=options.output,
                                       language=options.lang or current_language())
    print_result(as_json(result), options)
    return 0


def passage_record(passage) -> dict:
    return {
        "number": passage.number, "document": passage.document, "domain": passage.domain, "kind": passage.kind,
        "start": passage.start, "end": passage.end, "overlap": round(passage.overlap, 4),
        "disagreement": passage.disagreement, "resolved": passage.resolved,
        "a": [{"quotation": s.quotation, "start": s.start, "end": s.end, "code": s.code} for s in passage.a],
        "b": [{"quotation": s.quotation, "start": s.start, "end": s.end, "code": s.code} for s in passage.b],
        "text": passage.text,
    }


def run_disagreements(options: argparse.Namespace) -> int:
    from qda_app.services.consensus import list_disagreements

    with Project.open(options.project, read_only=True) as project:
        passages = list_disagreements(project, coders=options.coders, documents=options.documents)
    if not options.all:
        passages = [p for p in passages if p.kind != "matched"]
    if options.json:
        write_json_with_list({"coders": list(passages[0].coders) if passages else options.coders},
                             "passages", map(passage_record, passages))
        return 0
    write_table(headings("number", "document", "kind", "range", "overlap", "chars", "coder_a", "coder_b", "resolved"),
                [[p.number, p.document, cell_word(p.kind), f"{p.start}-{p.end}", f"{p.overlap:.0%}", p.disagreement,
                  "; ".join(c.rsplit("::", 1)[-1] for c in p.codes_of("a")),
                  "; ".join(c.rsplit("::", 1)[-1] for c in p.codes_of("b")), cell_word("yes") if p.resolved else ""]
                 for p in passages])
    return 0


def run_consensus(options: argparse.Namespace) -> int:
    from qda_app.services.consensus import list_disagreements, resolve, resolve_all

    decision = _DECISIONS[options.accept]
    if decision == "custom" and (options.passage is None or options.start is None or options.end is None):
        raise InvalidArgument(name="--accept custom", reason="custom_needs_passage")
    with _write(options.project, options.coder) as project:
        if options.passage is not None:
            passages = {p.number: p for p in list_disagreements(project, coders=options.coders)}
            if options.passage not in passages:
                raise InvalidArgument(name="--passage", reason="no_passage", passage=options.passage, count=len(passages))
            written, skipped = [resolve(project, passages[options.passage], decision=decision,
                                        start=options.start, end=options.end, codes=options.codes,
                                        rationale=options.rationale)], []
        else:
            written, skipped = resolve_all(project, coders=options.coders, decision=decision,
                                           rationale=options.rationale)
    if options.json:
        write_json({"decision": decision,
                    "written": [{"passage": r.passage, "quotations": list(r.quotations), "memo": r.memo_id}
                                for r in written],
                    "skipped": [p.number for p in skipped]})
    else:
        say("passages_decided_skipped" if skipped else "passages_decided", count=len(written), decision=decision,
            skipped=len(skipped))
    return 0


def run_demo_split(options: argparse.Namespace) -> int:
    from qda_app.services.team import DEMO_SEED, demo_split

    made = demo_split(project=options.project, out_dir=options.out_dir,
                      seed=DEMO_SEED if options.seed is None else options.seed)
    write_text(f"{made.first.path} ({made.first.coder})\n")
    say("demo_copy_simulated", path=made.second.path, coder=made.second.coder, codings=made.simulated_codings)
    return 0
