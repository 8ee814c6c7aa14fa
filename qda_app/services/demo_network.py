"""The paper's Figure 1 in the demo project: every subcategory "is part of" its category, and
the saved network "Figura 1" drawing the 6 categories with their 31 subcategories.

Called while the demo is built (inside its one action). The layout follows the published
figure: categories in a column on the left, each one's subcategories to its right, in order.
"""

from __future__ import annotations

from qda_app.services.project import Project
from qda_app.store import networks as network_store
from qda_app.store import relations as relation_store
from qda_app.store.database import new_guid, utc_now

FIGURE_NAME = "Figura 1"
_ROW = 64.0  # scene units between subcategory rows
_COLUMN = 600.0  # from the categories' column to the subcategories'


def add_figure_network(project: Project, codebook: dict, ids_by_name: dict[str, int]) -> int:
    """Relate each subcategory to its category ("is part of") and save the "Figura 1" network;
    returns the network's id."""
    db = project.database
    part_of = relation_store.find_relation_type(db, "code", "is part of")
    assert part_of is not None  # a default type, created by the schema
    now = utc_now()
    network_id = network_store.insert_network(db, {
        "guid": new_guid(), "name": FIGURE_NAME,
        "description": "Categorías y subcategorías del estudio (Figura 1 del artículo), con {Enraizamiento-Densidad}.",
        "created_by": project.coder_id(), "created_at": now, "modified_at": now})
    row = 0.0
    for category in codebook["categories"]:
        category_id = ids_by_name[category["name"]]
        first = row
        for sub in category["subcategories"]:
            sub_id = ids_by_name[sub["name"]]
            relation_store.insert_code_relation(db, {
                "guid": new_guid(), "source_code_id": sub_id, "target_code_id": category_id, "type_id": part_of.id,
                "comment": "", "created_by": project.coder_id(), "created_at": now})
            network_store.insert_node(db, {"network_id": network_id, "kind": "code", "target_id": sub_id,
                                           "x": _COLUMN, "y": row * _ROW})
            row += 1
        network_store.insert_node(db, {"network_id": network_id, "kind": "code", "target_id": category_id,
                                       "x": 0.0, "y": (first + row - 1) / 2 * _ROW})
        row += 1  # a blank row between categories
    return network_id
