"""The saved network as the editor draws it: services' NodeView/LinkView to NodeShape/LinkShape."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qda_app.gui.network.shapes import LinkShape, NodeShape, density_label
from qda_app.services import network_view

QUOTATION_COLOUR = "#607d8b"


def node_shape(node: network_view.NodeView) -> NodeShape:
    translate = QCoreApplication.translate
    if node.kind == "code":
        return NodeShape(key=node.node_id, kind="code", title=node.name.split("::")[-1],
                         subtitle=density_label(node.groundedness or 0, node.density or 0),
                         colour=node.color or "#9e9e9e", x=node.x, y=node.y)
    if node.kind == "quotation":
        text = node.label[len(node.name):].strip() if node.label.startswith(node.name) else node.label
        return NodeShape(key=node.node_id, kind="quotation", title=node.name, subtitle=text,
                         colour=node.color or QUOTATION_COLOUR, x=node.x, y=node.y)
    subtitle = {"code_group": translate("NetworkActions", "Code group"),
                "document_group": translate("NetworkActions", "Document group"),
                "memo": translate("NetworkActions", "Memo"),
                "document": translate("NetworkActions", "Document")}.get(node.kind, "")
    return NodeShape(key=node.node_id, kind=node.kind, title=node.label or node.name, subtitle=subtitle,
                     colour=node.color or "#9e9e9e", x=node.x, y=node.y)


def link_shape(link: network_view.LinkView, names: dict[str, str]) -> LinkShape:
    key = (link.kind, link.record_id) if link.record_id is not None else (link.kind, link.source_node, link.target_node)
    label = names.get(link.relation, link.label) if link.kind in ("relation", "quotation_link") else ""
    return LinkShape(key=key, source=link.source_node, target=link.target_node, label=label,
                     directed=link.directed, line_style=link.line_style, colour=link.color)
