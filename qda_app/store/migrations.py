"""Schema of the project file, as append-only named migrations.

Never edit an applied migration: add ``m000N_...`` instead. ``SCHEMA_VERSION`` is the number
of migrations this version knows; a file that recorded more was written by a newer qda_app.
"""

from __future__ import annotations

from qda_app.store._sqlite_utils import Database, Migrations

migrations = Migrations("qda_app")

_INITIAL_SCHEMA = """
CREATE TABLE project_info (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL
);
CREATE TABLE coders (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    number INTEGER NOT NULL UNIQUE,
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    chars INTEGER NOT NULL,
    original_name TEXT NOT NULL,
    original_size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    encoding TEXT,
    page_starts TEXT NOT NULL DEFAULT '[]',
    imported_by INTEGER REFERENCES coders(id),
    imported_at TEXT NOT NULL
);
-- Apart from documents so that numbering a quotation does not rewrite the document's text.
CREATE TABLE quotation_counters (
    id INTEGER PRIMARY KEY REFERENCES documents(id),
    next_number INTEGER NOT NULL
);
CREATE INDEX documents_sha256 ON documents(sha256);
CREATE INDEX documents_text_sha256 ON documents(text_sha256);
CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('document', 'code')),
    name TEXT NOT NULL COLLATE NOCASE,
    created_at TEXT NOT NULL,
    UNIQUE (kind, name)
);
CREATE TABLE group_members (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    member_id INTEGER NOT NULL,
    UNIQUE (group_id, member_id)
);
CREATE INDEX group_members_member ON group_members(member_id);
CREATE TABLE attributes (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    type TEXT NOT NULL DEFAULT 'text'
);
CREATE TABLE document_attributes (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    attribute_id INTEGER NOT NULL REFERENCES attributes(id),
    value TEXT NOT NULL,
    UNIQUE (document_id, attribute_id)
);
CREATE TABLE codes (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES codes(id),
    name TEXT NOT NULL,
    color TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER REFERENCES coders(id),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE UNIQUE INDEX codes_sibling_name ON codes(ifnull(parent_id, 0), name COLLATE NOCASE);
CREATE TABLE quotations (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    number INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    created_by INTEGER REFERENCES coders(id),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    CHECK (0 <= start AND start < "end"),
    UNIQUE (document_id, number)
);
CREATE INDEX quotations_span ON quotations(document_id, start, "end");
CREATE TABLE codings (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    quotation_id INTEGER NOT NULL REFERENCES quotations(id),
    code_id INTEGER NOT NULL REFERENCES codes(id),
    coder_id INTEGER NOT NULL REFERENCES coders(id),
    created_at TEXT NOT NULL,
    UNIQUE (quotation_id, code_id, coder_id)
);
CREATE INDEX codings_code ON codings(code_id, quotation_id);
CREATE INDEX codings_coder ON codings(coder_id);
CREATE TABLE memos (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    author_id INTEGER REFERENCES coders(id),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE TABLE memo_links (
    id INTEGER PRIMARY KEY,
    memo_id INTEGER NOT NULL REFERENCES memos(id),
    target_type TEXT NOT NULL CHECK (target_type IN ('project', 'document', 'code', 'quotation')),
    target_id INTEGER,
    UNIQUE (memo_id, target_type, target_id)
);
CREATE INDEX memo_links_target ON memo_links(target_type, target_id);
CREATE TABLE code_relations (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    source_code_id INTEGER NOT NULL REFERENCES codes(id),
    target_code_id INTEGER NOT NULL REFERENCES codes(id),
    name TEXT NOT NULL,
    created_by INTEGER REFERENCES coders(id),
    created_at TEXT NOT NULL,
    CHECK (source_code_id != target_code_id),
    UNIQUE (source_code_id, target_code_id, name)
);
CREATE TABLE representatives (
    id INTEGER PRIMARY KEY,
    code_id INTEGER NOT NULL REFERENCES codes(id),
    quotation_id INTEGER NOT NULL REFERENCES quotations(id),
    created_by INTEGER REFERENCES coders(id),
    created_at TEXT NOT NULL,
    UNIQUE (code_id, quotation_id)
)
"""


@migrations()
def m0001_initial(db: Database) -> None:
    for statement in _INITIAL_SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m0002_code_exchange_flags(db: Database) -> None:
    """What another program said about a code, kept so an export gives it back unchanged.

    ``is_codable``: NULL for codes made here (an export decides from the codings), else the
    file's value. ``color_assigned``: 1 when the file gave no colour and the one shown was
    picked from our palette; such a code is exported without a colour until recoloured.
    """
    db.execute("ALTER TABLE codes ADD COLUMN is_codable INTEGER")
    db.execute("ALTER TABLE codes ADD COLUMN color_assigned INTEGER NOT NULL DEFAULT 0")


@migrations()
def m0003_analysis(db: Database) -> None:
    """Relation types, typed code relations with comments, quotation links, memo links to
    networks and memos, networks with placed nodes, and smart codes (saved queries)."""
    from qda_app.store.analysis_schema import upgrade_to_analysis

    upgrade_to_analysis(db)


@migrations()
def m0004_quotation_excerpts(db: Database) -> None:
    """The part of a quotation a published table prints ("[…]" marks what it leaves out)."""
    db.execute(
        """CREATE TABLE quotation_excerpts (
            id INTEGER PRIMARY KEY,
            quotation_id INTEGER NOT NULL UNIQUE REFERENCES quotations(id),
            text TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )"""
    )


@migrations()
def m0005_code_tallies(db: Database) -> None:
    """Groundedness of every code kept by triggers, so the code tree opens without counting."""
    from qda_app.store.tally_schema import add_code_tallies

    add_code_tallies(db)


@migrations()
def m0006_document_listing(db: Database) -> None:
    """Every column of a document but its text, in one index: the document list reads it
    without walking each transcript's overflow pages (columns after the text are stored there)."""
    db.execute(
        """CREATE INDEX documents_listing ON documents(number, id, guid, name, chars, original_name, original_size,
               sha256, text_sha256, format, encoding, page_starts, imported_by, imported_at)"""
    )


# Report wording as the first versions with per-project wording stored it when "" was given
# to restore the default (they wrote the default of the time instead of forgetting the
# entry); the defaults have changed since. Key -> the default then.
_WORDING_WRITTEN_AS_DEFAULT = {
    "report.en.subcategory": "Subcategory",
    "report.es.subcategory": "Subcategoría",
    "report.pt.subcategory": "Subcategoria",
    "report.en.groundedness": "Groundedness",
    "report.es.groundedness": "Enraizamiento",
    "report.pt.groundedness": "Enraizamento",
    "report.pt.caption": "Tabela",
    "report.en.cite": "quote",
}


@migrations()
def m0007_report_wording_defaults(db: Database) -> None:
    """An entry that only holds the old default was "restore the default", not a choice: it is
    forgotten, so the project follows today's defaults ("Subcategorías de análisis",
    "Enraizamiento (citas)", "Quadro", "quotation 3:41"). Any other stored wording is the
    user's and stays."""
    for key, old_default in _WORDING_WRITTEN_AS_DEFAULT.items():
        db.execute("DELETE FROM project_info WHERE key = ? AND value = ?", [key, old_default])


SCHEMA_VERSION = len(migrations._migrations)
