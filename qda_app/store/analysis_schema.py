"""Migration m0003: the tables of analysis after coding (relations, links, networks, queries).

Part of an applied migration: never change what this writes; add a new migration instead.
"""

from __future__ import annotations

import uuid

from qda_app.core.relations import DEFAULT_RELATION_TYPES
from qda_app.store._sqlite_utils import Database

_RELATION_TYPE_GUIDS = uuid.UUID("6f1d2c1e-8a49-4c0e-9d1b-3b7c4a6e2f10")


def default_type_guid(scope: str, name: str) -> str:
    """The same GUID for a default type in every project, so exchanged files agree on it."""
    return str(uuid.uuid5(_RELATION_TYPE_GUIDS, f"{scope}:{name}"))


_SCHEMA = """
CREATE TABLE relation_types (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    scope TEXT NOT NULL CHECK (scope IN ('code', 'quotation')),
    name TEXT NOT NULL COLLATE NOCASE,
    name_es TEXT NOT NULL DEFAULT '',
    name_pt TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT '',
    behaviour TEXT NOT NULL DEFAULT 'directed' CHECK (behaviour IN ('directed', 'symmetric', 'transitive')),
    line_style TEXT NOT NULL DEFAULT 'solid' CHECK (line_style IN ('solid', 'dashed', 'dotted')),
    color TEXT NOT NULL DEFAULT '#4a4a4a',
    is_default INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (scope, name)
);
CREATE TABLE code_relations_typed (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    source_code_id INTEGER NOT NULL REFERENCES codes(id),
    target_code_id INTEGER NOT NULL REFERENCES codes(id),
    type_id INTEGER NOT NULL REFERENCES relation_types(id),
    comment TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES coders(id),
    created_at TEXT NOT NULL,
    CHECK (source_code_id != target_code_id),
    UNIQUE (source_code_id, target_code_id, type_id)
);
CREATE TABLE quotation_links (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    source_quotation_id INTEGER NOT NULL REFERENCES quotations(id),
    target_quotation_id INTEGER NOT NULL REFERENCES quotations(id),
    type_id INTEGER NOT NULL REFERENCES relation_types(id),
    comment TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES coders(id),
    created_at TEXT NOT NULL,
    CHECK (source_quotation_id != target_quotation_id),
    UNIQUE (source_quotation_id, target_quotation_id, type_id)
);
CREATE INDEX quotation_links_target ON quotation_links(target_quotation_id);
CREATE TABLE memo_links_wider (
    id INTEGER PRIMARY KEY,
    memo_id INTEGER NOT NULL REFERENCES memos(id),
    target_type TEXT NOT NULL
        CHECK (target_type IN ('project', 'document', 'code', 'quotation', 'network', 'memo')),
    target_id INTEGER,
    UNIQUE (memo_id, target_type, target_id)
);
CREATE TABLE networks (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    description TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES coders(id),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE TABLE network_nodes (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES networks(id),
    kind TEXT NOT NULL CHECK (kind IN ('code', 'quotation', 'memo', 'document', 'code_group', 'document_group')),
    target_id INTEGER NOT NULL,
    x REAL,
    y REAL,
    UNIQUE (network_id, kind, target_id)
);
CREATE INDEX network_nodes_target ON network_nodes(kind, target_id);
CREATE TABLE smart_codes (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    expression TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT '{}',
    description TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES coders(id),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
)
"""


def upgrade_to_analysis(db: Database) -> None:
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    created_at = "2026-01-01T00:00:00Z"
    for kind in DEFAULT_RELATION_TYPES:
        db.execute(
            """INSERT INTO relation_types (guid, scope, name, name_es, name_pt, label, behaviour,
                   line_style, color, is_default, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)""",
            [default_type_guid(kind.scope, kind.name), kind.scope, kind.name, kind.name_es, kind.name_pt,
             kind.label, kind.behaviour, kind.line_style, kind.color, created_at],
        )
    # Relations stored by name until now: each name becomes its type (a default one when it
    # is a default name in any language, else a new directed type of that name).
    for (name,) in db.execute("SELECT DISTINCT name FROM code_relations").fetchall():
        if _type_named(db, name) is None:
            db.execute(
                """INSERT INTO relation_types (guid, scope, name, label, created_at)
                   VALUES (?, 'code', ?, ?, ?)""",
                [str(uuid.uuid4()), name, name[:12], created_at],
            )
    for row in db.execute(
        "SELECT id, guid, source_code_id, target_code_id, name, created_by, created_at FROM code_relations"
    ).fetchall():
        db.execute(
            """INSERT OR IGNORE INTO code_relations_typed
               (id, guid, source_code_id, target_code_id, type_id, created_by, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [row[0], row[1], row[2], row[3], _type_named(db, row[4]), row[5], row[6]],
        )
    db.execute("DROP TABLE code_relations")
    db.execute("ALTER TABLE code_relations_typed RENAME TO code_relations")
    db.execute("CREATE INDEX code_relations_target ON code_relations(target_code_id)")
    db.execute("INSERT INTO memo_links_wider SELECT id, memo_id, target_type, target_id FROM memo_links")
    db.execute("DROP TABLE memo_links")
    db.execute("ALTER TABLE memo_links_wider RENAME TO memo_links")
    db.execute("CREATE INDEX memo_links_target ON memo_links(target_type, target_id)")


def _type_named(db: Database, name: str) -> int | None:
    row = db.execute(
        """SELECT id FROM relation_types WHERE scope = 'code'
           AND (name = ?1 COLLATE NOCASE OR name_es = ?1 COLLATE NOCASE OR name_pt = ?1 COLLATE NOCASE)""",
        [name.strip()],
    ).fetchone()
    return row[0] if row else None
