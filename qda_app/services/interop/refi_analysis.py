"""REFI-QDA <Graphs> (networks) as the schema writes them, and qda_app's own analysis extras.

The standard carries relations and quotation links as <Links>, groups as <Sets>, networks as
<Graphs> of <Vertex> and <Edge>. What it has no place for (a relation type's behaviour, short
label, translations and line style, relation comments, smart codes, unplaced nodes, memos
attached to networks or memos) travels in one extra archive member, ``qda_app/analysis.json``,
which other programs ignore and which makes our own round trip lossless. The mapping to and
from the project is ``analysis_exchange``; this module only reads and writes the elements.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from qda_app.services.interop.xml_helpers import canonical_guid, children, xml_safe

EXTENSION_MEMBER = "qda_app/analysis.json"
EXTENSION_FORMAT = 1
SHAPES = ("Person", "Oval", "Rectangle", "RoundedRectangle", "Star", "LeftTriangle", "RightTriangle",
          "UpTriangle", "DownTriangle", "Note")
DIRECTIONS = ("Associative", "OneWay", "Bidirectional")
LINE_STYLES = ("dotted", "dashed", "solid")


@dataclass(frozen=True)
class RefiVertex:
    guid: str
    represented_guid: str | None
    name: str | None
    x: int
    y: int
    shape: str | None = None
    color: str | None = None


@dataclass(frozen=True)
class RefiEdge:
    guid: str
    represented_guid: str | None
    name: str | None
    source_vertex: str
    target_vertex: str
    color: str | None = None
    direction: str | None = None
    line_style: str | None = None


@dataclass(frozen=True)
class RefiGraph:
    guid: str
    name: str | None
    vertices: tuple[RefiVertex, ...] = ()
    edges: tuple[RefiEdge, ...] = ()


def _set(element: ET.Element, **attributes: str | int | None) -> None:
    for key, value in attributes.items():
        if value is not None:
            element.set(key, xml_safe(str(value)))


def write_graphs(root: ET.Element, graphs: tuple[RefiGraph, ...]) -> None:
    """Append <Graphs> to the <Project> element being built (nothing when there are none)."""
    if not graphs:
        return
    holder = ET.SubElement(root, "Graphs")
    for graph in graphs:
        element = ET.SubElement(holder, "Graph")
        _set(element, guid=graph.guid, name=graph.name)
        for vertex in graph.vertices:
            _set(ET.SubElement(element, "Vertex"), guid=vertex.guid, representedGUID=vertex.represented_guid,
                 name=vertex.name, firstX=vertex.x, firstY=vertex.y, shape=vertex.shape, color=vertex.color)
        for edge in graph.edges:
            _set(ET.SubElement(element, "Edge"), guid=edge.guid, representedGUID=edge.represented_guid,
                 name=edge.name, sourceVertex=edge.source_vertex, targetVertex=edge.target_vertex,
                 color=edge.color, direction=edge.direction, lineStyle=edge.line_style)


def _guid(raw: str | None) -> str | None:
    guid, valid = canonical_guid(raw)
    return guid if guid is not None and valid else None


def _integer(raw: str | None) -> int | None:
    try:
        return int(float(raw)) if raw is not None else None
    except ValueError:
        return None


def read_graphs(root: ET.Element, report: Any) -> tuple[RefiGraph, ...]:
    """The <Graphs> of a <Project>. A vertex or edge without a valid GUID or position, or an edge
    between vertices the graph does not have, is left out and tallied in ``report`` (a
    ``ReadContext``)."""
    graphs = []
    for holder in children(root, "Graphs"):
        for element in children(holder, "Graph"):
            guid = _guid(element.get("guid"))
            if guid is None:
                report.tally("ignored_element", "Graph_without_guid", element.get("name") or "Graph")
                continue
            vertices = []
            for child in children(element, "Vertex"):
                vertex_guid, x, y = _guid(child.get("guid")), _integer(child.get("firstX")), _integer(child.get("firstY"))
                if vertex_guid is None or x is None or y is None:
                    report.tally("ignored_element", "Vertex_incomplete", guid)
                    continue
                vertices.append(RefiVertex(guid=vertex_guid, represented_guid=_guid(child.get("representedGUID")),
                                           name=child.get("name"), x=x, y=y, shape=child.get("shape"),
                                           color=child.get("color")))
            known = {vertex.guid for vertex in vertices}
            edges = []
            for child in children(element, "Edge"):
                edge_guid = _guid(child.get("guid"))
                source, target = _guid(child.get("sourceVertex")), _guid(child.get("targetVertex"))
                if edge_guid is None or source not in known or target not in known:
                    report.tally("ignored_element", "Edge_without_vertices", guid)
                    continue
                edges.append(RefiEdge(guid=edge_guid, represented_guid=_guid(child.get("representedGUID")),
                                      name=child.get("name"), source_vertex=source, target_vertex=target,  # type: ignore[arg-type]
                                      color=child.get("color"), direction=child.get("direction"),
                                      line_style=child.get("lineStyle")))
            graphs.append(RefiGraph(guid=guid, name=element.get("name"), vertices=tuple(vertices), edges=tuple(edges)))
    return tuple(graphs)


def read_extension(archive: Any, report: Any) -> dict[str, Any] | None:
    """qda_app's analysis extras from the archive (None when absent; unreadable: None, said so)."""
    info = archive.find(EXTENSION_MEMBER)
    if info is None:
        return None
    try:
        data = json.loads(archive.read(info).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        report.tally("ignored_element", "qda_app_extension_unreadable", EXTENSION_MEMBER)
        return None
    if not isinstance(data, dict) or data.get("format") != EXTENSION_FORMAT:
        report.tally("ignored_element", "qda_app_extension_format", EXTENSION_MEMBER)
        return None
    return data


def extension_bytes(data: dict[str, Any]) -> bytes:
    return json.dumps({"format": EXTENSION_FORMAT, **data}, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
