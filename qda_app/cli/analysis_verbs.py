"""Verbs for analysis after coding: relations, quotation links, code groups, queries, networks.

relate, unrelate, relation-type, relation-types, relations, link, unlink, links, code-group,
code-groups, query, smart-codes, network, networks, and ``figure --network`` (added to the
``figure`` verb, which draws the code tree without it). The network verbs run in network_verbs.
"""

from __future__ import annotations

import argparse

from qda_app.cli.done_lines import say
from qda_app.cli.headings import cell_word, headings
from qda_app.cli.language import current_language, tr
from qda_app.cli.messages import cli_line
from qda_app.cli.output import warn, write_json, write_table, write_text
from qda_app.cli.network_verbs import extend_figure, run_network, run_networks
from qda_app.cli.opening import read_project as _read, write_project as _write
from qda_app.core.errors import InvalidArgument


def register(verbs: argparse._SubParsersAction) -> None:
    relate = verbs.add_parser("relate", help="relate two codes: SOURCE RELATION TARGET")
    relate.add_argument("project")
    relate.add_argument("source", metavar="SOURCE", help="code path")
    relate.add_argument("relation", metavar="RELATION", help="relation type, in English, Spanish or Portuguese")
    relate.add_argument("target", metavar="TARGET", help="code path")
    relate.add_argument("--comment", default="")
    relate.add_argument("--coder")
    relate.set_defaults(run=run_relate)

    unrelate = verbs.add_parser("unrelate", help="remove a relation between two codes")
    unrelate.add_argument("project")
    unrelate.add_argument("source", metavar="SOURCE")
    unrelate.add_argument("relation", metavar="RELATION")
    unrelate.add_argument("target", metavar="TARGET")
    unrelate.set_defaults(run=run_unrelate)

    kind = verbs.add_parser("relation-type", help="create a relation type (directed unless told otherwise)")
    kind.add_argument("project")
    kind.add_argument("name", metavar="NAME")
    behaviour = kind.add_mutually_exclusive_group()
    behaviour.add_argument("--symmetric", action="store_true", help="A relates to B as B to A")
    behaviour.add_argument("--transitive", action="store_true", help="A->B and B->C imply A->C (no cycles)")
    kind.add_argument("--label", default="", help="short text drawn on network links")
    kind.add_argument("--line-style", default="solid", choices=["solid", "dashed", "dotted"])
    kind.add_argument("--color", default="#4a4a4a", metavar="#RRGGBB")
    kind.add_argument("--es", default="", metavar="NAME", help="Spanish name")
    kind.add_argument("--pt", default="", metavar="NAME", help="Portuguese name")
    kind.add_argument("--quotations", action="store_true", help="a type for quotation links, not code relations")
    kind.set_defaults(run=run_relation_type)

    kinds = verbs.add_parser("relation-types", help="list relation types")
    kinds.add_argument("project")
    kinds.add_argument("--json", action="store_true")
    kinds.set_defaults(run=run_relation_types)

    listing = verbs.add_parser("relations", help="list code relations")
    listing.add_argument("project")
    listing.add_argument("--code", metavar="PATH", help="only the relations this code takes part in")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_relations)

    link = verbs.add_parser("link", help="link two quotations: D:Q RELATION D:Q")
    link.add_argument("project")
    link.add_argument("source", metavar="D:Q")
    link.add_argument("relation", metavar="RELATION", help="supports, contradicts, explains, continued by, ...")
    link.add_argument("target", metavar="D:Q")
    link.add_argument("--comment", default="")
    link.add_argument("--coder")
    link.set_defaults(run=run_link)

    unlink = verbs.add_parser("unlink", help="remove a link between two quotations")
    unlink.add_argument("project")
    unlink.add_argument("source", metavar="D:Q")
    unlink.add_argument("relation", metavar="RELATION")
    unlink.add_argument("target", metavar="D:Q")
    unlink.set_defaults(run=run_unlink)

    links = verbs.add_parser("links", help="list quotation links")
    links.add_argument("project")
    links.add_argument("--json", action="store_true")
    links.set_defaults(run=run_links)

    group = verbs.add_parser("code-group", help="create a code group, or change its codes")
    group.add_argument("project")
    group.add_argument("name", metavar="NAME")
    group.add_argument("--add", nargs="+", default=[], metavar="PATH")
    group.add_argument("--remove", nargs="+", default=[], metavar="PATH")
    group.add_argument("--rename", metavar="NEW_NAME")
    group.add_argument("--delete", action="store_true", help="delete the group (its codes stay)")
    group.set_defaults(run=run_code_group)

    groups = verbs.add_parser("code-groups", help="list code groups")
    groups.add_argument("project")
    groups.add_argument("--json", action="store_true")
    groups.set_defaults(run=run_code_groups)

    query = verbs.add_parser("query", help='quotations matching a code query, e.g. \'"A" ENCLOSES "B"\'')
    query.add_argument("project")
    query.add_argument("expression", metavar="EXPRESSION")
    query.add_argument("--group", action="append", dest="groups", default=[], metavar="G",
                       help="only documents in this document group (repeatable: any of them)")
    query.add_argument("--coder", action="append", dest="coders", default=[], metavar="C",
                       help="only codings by this coder (repeatable)")
    query.add_argument("--attribute", action="append", dest="attributes", default=[], metavar="NAME=VALUE",
                       help="only documents with this attribute value (repeatable: all of them)")
    query.add_argument("--save", metavar="PATH", help="save the query as a smart code of this name")
    query.add_argument("--json", action="store_true")
    query.set_defaults(run=run_query)

    smart = verbs.add_parser("smart-codes", help="list smart codes (saved queries)")
    smart.add_argument("project")
    smart.add_argument("--json", action="store_true")
    smart.set_defaults(run=run_smart_codes)

    network = verbs.add_parser("network", help="create a network or change its nodes")
    network.add_argument("project")
    network.add_argument("name", metavar="NAME")
    network.add_argument("--add", nargs="+", default=[], metavar="KIND:REF",
                         help="code:PATH, quotation:D:Q, memo:TITLE, document:N, code_group:NAME, document_group:NAME")
    network.add_argument("--remove", nargs="+", default=[], metavar="KIND:REF")
    network.add_argument("--neighbours", action="store_true", help="also add the neighbours of the nodes added")
    network.add_argument("--rename", metavar="NEW_NAME")
    network.add_argument("--delete", action="store_true")
    network.set_defaults(run=run_network)

    networks = verbs.add_parser("networks", help="list saved networks with their nodes and links")
    networks.add_argument("project")
    networks.add_argument("--json", action="store_true")
    networks.set_defaults(run=run_networks)

    extend_figure(verbs)


# --- relations -----------------------------------------------------------------------------------

def run_relate(options: argparse.Namespace) -> int:
    from qda_app.services import relations

    with _write(options.project, options.coder) as project:
        found = relations.relate_codes(project, source=options.source, target=options.target,
                                       relation=options.relation, comment=options.comment)
        kind = relations.relation_type(project, found.type_id)
    write_text(f"{options.source} {relation_name(kind)} {options.target}\n")
    return 0


def relation_name(kind) -> str:  # noqa: ANN001 - a RelationType
    """The relation type's name in the CLI's language (its English name where none is given)."""
    return kind.name_in(current_language())


def _write_records(options: argparse.Namespace, records: list[dict], keys: list[str], *,
                   headers: list[str], words: tuple[str, ...] = ()) -> None:
    """The records as JSON with --json, else as a table of the named fields under ``headers``
    (keys of cli.headings); the ``words`` fields are cli.headings cell words."""
    if options.json:
        write_json(records)
    else:
        write_table(headings(*headers), [[cell_word(record[key]) if key in words else record[key] for key in keys]
                                         for record in records])


def run_unrelate(options: argparse.Namespace) -> int:
    from qda_app.services import relations

    with _write(options.project) as project:
        removed = relations.unrelate_codes(project, source=options.source, target=options.target,
                                           relation=options.relation)
    say("removed_relations", count=removed)
    return 0


def run_relation_type(options: argparse.Namespace) -> int:
    from qda_app.services import relations

    behaviour = "symmetric" if options.symmetric else "transitive" if options.transitive else "directed"
    with _write(options.project) as project:
        found = relations.create_relation_type(
            project, name=options.name, scope="quotation" if options.quotations else "code", label=options.label,
            behaviour=behaviour, line_style=options.line_style, color=options.color,
            name_es=options.es, name_pt=options.pt)
    write_text(f"{relation_name(found)} ({cell_word(found.behaviour)})\n")
    return 0


def run_relation_types(options: argparse.Namespace) -> int:
    from qda_app.services import relations

    with _read(options.project) as project:
        kinds = [*relations.list_relation_types(project, "code"), *relations.list_relation_types(project, "quotation")]
    records = [{"scope": k.scope, "name": k.name, "name_es": k.name_es, "name_pt": k.name_pt, "label": k.label,
                "behaviour": k.behaviour, "line_style": k.line_style, "color": k.color, "default": k.is_default}
               for k in kinds]
    _write_records(options, records, ["scope", "name", "name_es", "name_pt", "label", "behaviour"],
                   headers=["relation_scope", "name", "spanish", "portuguese", "label", "behaviour"],
                   words=("scope", "behaviour"))
    return 0


def run_relations(options: argparse.Namespace) -> int:
    from qda_app.services import relations

    with _read(options.project) as project:
        paths = relations.code_store_paths(project)
        found = relations.list_code_relations(project, code=options.code)
        names = _relation_names(relations.list_relation_types(project, "code"), options)
    records = [{"source": paths[r.source_code_id], "relation": names.get(r.type_id, r.name),
                "target": paths[r.target_code_id], "comment": r.comment} for r in found]
    _write_records(options, records, ["source", "relation", "target", "comment"],
                   headers=["source", "relation", "target", "comment"])
    return 0


def _relation_names(kinds: list, options: argparse.Namespace) -> dict[int, str]:
    """Type id -> the name to print: in the CLI's language on the terminal, English in JSON."""
    return {} if options.json else {kind.id: relation_name(kind) for kind in kinds}


# --- quotation links -----------------------------------------------------------------------------

def run_link(options: argparse.Namespace) -> int:
    from qda_app.services import quotation_links, relations

    with _write(options.project, options.coder) as project:
        found = quotation_links.link_quotations(project, source=options.source, target=options.target,
                                                relation=options.relation, comment=options.comment)
        kind = relations.relation_type(project, found.type_id, scope="quotation")
    write_text(f"{options.source} {relation_name(kind)} {options.target}\n")
    return 0


def run_unlink(options: argparse.Namespace) -> int:
    from qda_app.services import quotation_links

    with _write(options.project) as project:
        removed = quotation_links.unlink_quotations(project, source=options.source, target=options.target,
                                                    relation=options.relation)
    say("removed_links", count=removed)
    return 0


def run_links(options: argparse.Namespace) -> int:
    from qda_app.services import quotation_links, relations

    with _read(options.project) as project:
        labels = quotation_links.quotation_labels(project)
        found = quotation_links.list_quotation_links(project)
        names = _relation_names(relations.list_relation_types(project, "quotation"), options)
    records = [{"source": labels[l.source_quotation_id], "relation": names.get(l.type_id, l.name),
                "target": labels[l.target_quotation_id], "comment": l.comment} for l in found]
    _write_records(options, records, ["source", "relation", "target", "comment"],
                   headers=["source", "relation", "target", "comment"])
    return 0


# --- code groups -----------------------------------------------------------------------------------

def run_code_group(options: argparse.Namespace) -> int:
    from qda_app.services import code_groups
    from qda_app.store import groups as group_store

    with _write(options.project) as project:
        if options.delete:
            code_groups.delete_code_group(project, name=options.name)
            say("deleted_code_group", name=options.name)
            return 0
        name = options.name
        if group_store.find_group(project.database, "code", name) is None:
            if options.remove or options.rename:
                code_groups.code_group(project, name)  # raises: there is no such group
            code_groups.create_code_group(project, name=name, codes=options.add)
        elif options.add:
            code_groups.add_codes_to_group(project, name=name, codes=options.add)
        if options.remove:
            code_groups.remove_codes_from_group(project, name=name, codes=options.remove)
        if options.rename:
            name = code_groups.rename_code_group(project, name=name, new_name=options.rename).name
        group = code_groups.code_group(project, name)
        count = len(group.members)
    say("code_group_size", name=group.name, count=count)
    return 0


def run_code_groups(options: argparse.Namespace) -> int:
    from qda_app.services import code_groups, relations

    with _read(options.project) as project:
        paths = relations.code_store_paths(project)
        records = [{"name": group.name, "codes": [paths[member] for member in group.members if member in paths]}
                   for group in code_groups.list_code_groups(project)]
    if options.json:
        write_json(records)
    else:
        write_table(headings("group", "codes"), [[r["name"], "; ".join(r["codes"])] for r in records])
    return 0


# --- queries ---------------------------------------------------------------------------------------

def run_query(options: argparse.Namespace) -> int:
    from qda_app.cli.project_verbs import quotation_record
    from qda_app.services import queries

    attributes = {}
    for pair in options.attributes:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InvalidArgument(name="--attribute", reason="not_name_value", value=pair)
        attributes[name.strip()] = value.strip()
    scope = queries.QueryScope.of(document_groups=options.groups, coders=options.coders, attributes=attributes)
    opener = _write if options.save else _read
    with opener(options.project) as project:
        result = queries.run_query(project, options.expression, scope=scope)
        found = queries.query_quotations(project, result)
        if options.save:
            queries.save_smart_code(project, name=options.save, query=options.expression, scope=scope)
    if options.json:
        write_json([quotation_record(quotation) for quotation in found])
    else:
        write_table(headings("id", "codes", "text"),
                    [[q.quotation_id, "; ".join(q.codes), q.text.replace("\n", " ")] for q in found])
    if not found:
        warn(cli_line("no_match", tr))
    if options.save:
        warn(cli_line("saved_smart_code", tr, name=options.save, count=len(found)))
    return 0


def run_smart_codes(options: argparse.Namespace) -> int:
    from qda_app.services import queries

    with _read(options.project) as project:
        records = []
        for item in queries.list_smart_codes(project):
            scope = queries.QueryScope.from_json(item.scope)
            result = queries.smart_code_result(project, item.name)
            records.append({"name": item.name, "query": item.expression,
                            "groups": list(scope.document_groups), "coders": list(scope.coders),
                            "attributes": dict(scope.attributes), "quotations": len(result.quotation_ids)})
    if options.json:
        write_json(records)
    else:
        write_table(headings("smart_code", "groundedness", "query"), [[r["name"], r["quotations"], r["query"]] for r in records])
    return 0
