"""Migration m0005: every code's groundedness kept up to date by SQLite itself.

Part of an applied migration: never change what this writes; add a new migration instead.

Counting distinct quotations per code and per branch of the code tree over 300,000 codings
takes half a second, and the code tree shows those figures the moment a project opens. So
the file keeps them: ``code_tallies`` holds each code's own groundedness (distinct quotations
coded with it) and its groundedness with sub-codes (distinct quotations coded with it or any
code below it); ``code_lineage`` holds every code with itself and each code above it, so a
trigger can find what a coding counts towards without a recursive query (SQLite allows none
in a trigger).

Triggers, not the program, keep both: every path that writes codings or moves codes (an
action, its undo and redo, import, merge, a script with the CLI, an older build of this
version) goes through SQLite and so through them, inside the same transaction. A coding
changes a tally only when no other coding of the same quotation already counts for it, which
one look at that quotation's few codings (the ``UNIQUE (quotation_id, code_id, coder_id)``
index) answers. ``quotation_tally`` keeps the number of quotations in the project, which the
quotation manager shows after every action ("64 of 200,000").
"""

from __future__ import annotations

from qda_app.store._sqlite_utils import Database

# {sign}: +1 or -1; {row}: NEW or OLD; "already" is another coding of the same quotation
# that counts for the same tally, which keeps the tally as it is.
_OWN = """
    UPDATE code_tallies SET own_quotations = own_quotations {sign} 1
    WHERE code_id = {row}.code_id AND NOT EXISTS (
        SELECT 1 FROM codings WHERE quotation_id = {row}.quotation_id AND code_id = {row}.code_id
                                AND id != {row}.id);
"""
_BRANCH = """
    UPDATE code_tallies SET quotations = quotations {sign} 1
    WHERE code_id IN (SELECT ancestor_id FROM code_lineage WHERE code_id = {row}.code_id)
      AND NOT EXISTS (
        SELECT 1 FROM codings other JOIN code_lineage line ON line.code_id = other.code_id
        WHERE other.quotation_id = {row}.quotation_id AND other.id != {row}.id
          AND line.ancestor_id = code_tallies.code_id);
"""


def _count(sign: str, row: str) -> str:
    return _OWN.format(sign=sign, row=row) + _BRANCH.format(sign=sign, row=row)


_SCHEMA = """
CREATE TABLE code_lineage (
    ancestor_id INTEGER NOT NULL,
    code_id INTEGER NOT NULL,
    UNIQUE (ancestor_id, code_id)
);
CREATE INDEX code_lineage_code ON code_lineage(code_id, ancestor_id);
CREATE TABLE code_tallies (
    code_id INTEGER PRIMARY KEY,
    own_quotations INTEGER NOT NULL DEFAULT 0,
    quotations INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE quotation_tally (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    quotations INTEGER NOT NULL
);
CREATE TRIGGER quotation_tally_added AFTER INSERT ON quotations BEGIN
    UPDATE quotation_tally SET quotations = quotations + 1;
END;
CREATE TRIGGER quotation_tally_removed AFTER DELETE ON quotations BEGIN
    UPDATE quotation_tally SET quotations = quotations - 1;
END;
CREATE TRIGGER code_tallies_code_added AFTER INSERT ON codes BEGIN
    INSERT INTO code_lineage (ancestor_id, code_id)
        SELECT ancestor_id, NEW.id FROM code_lineage WHERE code_id = NEW.parent_id
        UNION ALL SELECT NEW.id, NEW.id;
    INSERT INTO code_tallies (code_id) VALUES (NEW.id);
END;
CREATE TRIGGER code_tallies_code_removed AFTER DELETE ON codes BEGIN
    DELETE FROM code_lineage WHERE code_id = OLD.id OR ancestor_id = OLD.id;
    DELETE FROM code_tallies WHERE code_id = OLD.id;
END;
CREATE TRIGGER code_tallies_code_moved AFTER UPDATE OF parent_id ON codes
WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
    DELETE FROM code_lineage
    WHERE code_id IN (SELECT code_id FROM code_lineage WHERE ancestor_id = NEW.id)
      AND ancestor_id IN (SELECT ancestor_id FROM code_lineage WHERE code_id = NEW.id AND ancestor_id != NEW.id);
    INSERT INTO code_lineage (ancestor_id, code_id)
        SELECT above.ancestor_id, below.code_id FROM code_lineage above, code_lineage below
        WHERE above.code_id = NEW.parent_id AND below.ancestor_id = NEW.id;
    UPDATE code_tallies SET quotations = (
        SELECT count(DISTINCT k.quotation_id) FROM code_lineage line JOIN codings k ON k.code_id = line.code_id
        WHERE line.ancestor_id = code_tallies.code_id)
    WHERE code_id IN (SELECT ancestor_id FROM code_lineage WHERE code_id IN (OLD.parent_id, NEW.parent_id));
END;
CREATE TRIGGER code_tallies_coding_added AFTER INSERT ON codings BEGIN
""" + _count("+", "NEW") + """
END;
CREATE TRIGGER code_tallies_coding_removed AFTER DELETE ON codings BEGIN
""" + _count("-", "OLD") + """
END;
CREATE TRIGGER code_tallies_coding_changed AFTER UPDATE OF quotation_id, code_id ON codings
WHEN OLD.quotation_id != NEW.quotation_id OR OLD.code_id != NEW.code_id BEGIN
""" + _count("-", "OLD") + _count("+", "NEW") + """
END
"""


def add_code_tallies(db: Database) -> None:
    for statement in _SCHEMA.split(";\nCREATE"):
        statement = statement.strip()
        db.execute(statement if statement.startswith("CREATE") else "CREATE " + statement)
    fill_code_tallies(db)


def fill_code_tallies(db: Database) -> None:
    """Count everything once, for the codes and codings already in the file."""
    db.execute("DELETE FROM quotation_tally")
    db.execute("INSERT INTO quotation_tally (id, quotations) SELECT 1, count(*) FROM quotations")
    db.execute("DELETE FROM code_lineage")
    db.execute("DELETE FROM code_tallies")
    db.execute(
        """INSERT INTO code_lineage (ancestor_id, code_id)
           WITH RECURSIVE lineage(code_id, ancestor_id) AS (
               SELECT id, id FROM codes
               UNION ALL
               SELECT l.code_id, c.parent_id FROM lineage l JOIN codes c ON c.id = l.ancestor_id
               WHERE c.parent_id IS NOT NULL)
           SELECT ancestor_id, code_id FROM lineage"""
    )
    db.execute(
        """INSERT INTO code_tallies (code_id, own_quotations, quotations)
           SELECT c.id,
                  (SELECT count(DISTINCT quotation_id) FROM codings WHERE code_id = c.id),
                  (SELECT count(DISTINCT k.quotation_id) FROM code_lineage line
                   JOIN codings k ON k.code_id = line.code_id WHERE line.ancestor_id = c.id)
           FROM codes c"""
    )
