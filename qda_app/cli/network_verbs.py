"""Verbs for saved networks: ``network``, ``networks`` and ``figure --network`` (added to the
``figure`` verb, which draws the code tree without it). Their options are declared with the
other analysis verbs in analysis_verbs.
"""

from __future__ import annotations

import argparse

from qda_app.cli.done_lines import say
from qda_app.cli.headings import headings
from qda_app.cli.opening import read_project as _read, write_project as _write
from qda_app.cli.output import write_json, write_table
from qda_app.core.errors import InvalidArgument


def _node(text: str):  # type: ignore[no-untyped-def]
    from qda_app.core.model import NODE_KINDS
    from qda_app.services.networks import NodeRef

    kind, sep, reference = text.partition(":")
    if not sep or kind not in NODE_KINDS or not reference:
        raise InvalidArgument(name="node", reason="not_node_ref", value=text, choices=NODE_KINDS)
    return NodeRef(kind, reference)


def run_network(options: argparse.Namespace) -> int:
    from qda_app.services import networks
    from qda_app.store import networks as network_store

    adding = [_node(text) for text in options.add]
    removing = [_node(text) for text in options.remove]
    with _write(options.project) as project:
        if options.delete:
            networks.delete_network(project, network=options.name)
            say("deleted_network", name=options.name)
            return 0
        if network_store.find_network(project.database, options.name) is None:
            if removing or options.rename:
                networks.get_network(project, options.name)  # raises: there is no such network
            found = networks.create_network(project, name=options.name, nodes=adding)
            added = [node.id for node in found.nodes]
        else:
            added = networks.add_nodes(project, network=options.name, nodes=adding) if adding else []
        if options.neighbours and added:
            networks.add_neighbours(project, network=options.name, node_ids=added)
        if removing:
            wanted = {(node.kind, networks.resolve_node(project, node)) for node in removing}
            doomed = [node.id for node in networks.get_network(project, options.name).nodes
                      if (node.kind, node.target_id) in wanted]
            networks.remove_nodes(project, network=options.name, node_ids=doomed)
        name = options.name
        if options.rename:
            name = networks.rename_network(project, network=name, new_name=options.rename).name
        count = len(networks.get_network(project, name).nodes)
    say("network_size", name=name, count=count)
    return 0


def run_networks(options: argparse.Namespace) -> int:
    from qda_app.services import networks
    from qda_app.services.network_view import network_summary

    with _read(options.project) as project:
        records = [network_summary(project, item.id) for item in networks.list_networks(project)]
    if options.json:
        write_json(records)
    else:
        write_table(headings("network", "nodes", "links"), [[r["name"], len(r["nodes"]), len(r["links"])] for r in records])
    return 0


def extend_figure(verbs: argparse._SubParsersAction) -> None:
    """``figure --network NAME`` draws a saved network; without it ``figure`` is unchanged."""
    figure = verbs.choices.get("figure")
    if figure is None:
        return
    figure.add_argument("--network", metavar="NAME", help="draw this saved network instead of the code tree")
    draw_tree = figure.get_default("run")

    def run_figure(options: argparse.Namespace) -> int:
        if not options.network:
            return draw_tree(options)
        from qda_app.services.reports.network_figure import export_network_figure

        with _read(options.project) as project:
            path = export_network_figure(project, options.network, options.output,
                                         language=getattr(options, "lang", "en") or "en")
        say("wrote", path=path)
        return 0

    figure.set_defaults(run=run_figure)
