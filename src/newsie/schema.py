"""Column types, keys and DDL for newsie's tables: one description, rendered for each consumer.

Types are Frictionless Table Schema types (string, integer, boolean); the same description gives
the PostgreSQL and SQLite DDL, the Arrow schema for Parquet, and `datapackage.json`.
"""

from __future__ import annotations

import json
from typing import Optional

from .tables import COLUMNS, TABLE_NAMES

INTEGER_COLUMNS = {"n_chars", "start_char", "end_char", "n_mentions"}
BOOLEAN_COLUMNS = {("dates", "relative")}
# Columns that are never empty (everything else may be NULL/empty).
REQUIRED: dict[str, set[str]] = {
    "articles": {"article_id", "status", "n_chars"},
    "mentions": {"article_id", "mention_id", "label", "start_char", "end_char", "section"},
    "people": {"article_id", "person_id", "name", "n_mentions"},
    "roles": {"article_id", "person_id", "title", "role", "start_char"},
    "countries": {"article_id", "country_code", "name", "n_mentions"},
    "organisations": {"article_id", "org_id", "name", "n_mentions"},
    "dates": {"article_id", "text", "granularity", "start_char", "end_char", "relative"},
    "errors": {"article_id", "stage", "error_type"},
}

PRIMARY_KEYS: dict[str, list[str]] = {
    "articles": ["article_id"],
    "mentions": ["article_id", "mention_id"],
    "people": ["article_id", "person_id"],
    "roles": ["article_id", "person_id", "start_char"],
    "countries": ["article_id", "country_code"],
    "organisations": ["article_id", "org_id"],
    "dates": ["article_id", "start_char", "end_char"],
    "errors": [],
}
# (columns, referenced table, referenced columns)
FOREIGN_KEYS: dict[str, list[tuple[list[str], str, list[str]]]] = {
    "articles": [],
    "mentions": [(["article_id"], "articles", ["article_id"])],
    "people": [(["article_id"], "articles", ["article_id"])],
    "roles": [(["article_id", "person_id"], "people", ["article_id", "person_id"]), (["article_id", "org_id"], "organisations", ["article_id", "org_id"])],
    "countries": [(["article_id"], "articles", ["article_id"])],
    "organisations": [(["article_id"], "articles", ["article_id"])],
    "dates": [(["article_id"], "articles", ["article_id"])],
    "errors": [(["article_id"], "articles", ["article_id"])],
}
# Join columns worth an index beyond the primary key.
INDEXES: dict[str, list[list[str]]] = {
    "mentions": [["label"], ["entity_id"]],
    "people": [["name"]],
    "roles": [["org_id"], ["country_code"], ["role"]],
    "countries": [["country_code"]],
    "organisations": [["org_id"], ["name"]],
    "dates": [["value"]],
}
DESCRIPTIONS = {
    "articles": "One row per input article: metadata and status (ok, empty, error).",
    "mentions": "One row per entity mention; start_char/end_char index the article's extracted text.",
    "people": "One row per distinct person in an article.",
    "roles": "One row per person holding a title, as stated. org_id, when set, is an organisations.org_id of the same article.",
    "countries": "One row per distinct country (ISO 3166-1 alpha-2) in an article.",
    "organisations": "One row per distinct organisation in an article.",
    "dates": "One row per date expression, ISO 8601 at the written precision.",
    "errors": "One row per input that could not be processed.",
}
# Load order: referenced tables first.
LOAD_ORDER = ["articles", "people", "organisations", "mentions", "roles", "countries", "dates", "errors"]


def column_type(table: str, column: str) -> str:
    """Frictionless type of a column."""
    if (table, column) in BOOLEAN_COLUMNS:
        return "boolean"
    if column in INTEGER_COLUMNS:
        return "integer"
    return "string"


def _required(table: str, column: str) -> bool:
    return column in PRIMARY_KEYS[table] or column in REQUIRED[table]


def ddl(dialect: str = "postgresql") -> str:
    """CREATE TABLE statements (keys, foreign keys, indexes) for PostgreSQL or SQLite."""
    types = {
        "postgresql": {"string": "TEXT", "integer": "INTEGER", "boolean": "BOOLEAN"},
        "sqlite": {"string": "TEXT", "integer": "INTEGER", "boolean": "INTEGER"},
    }[dialect]
    out = []
    for table in LOAD_ORDER:
        lines = []
        for col in COLUMNS[table]:
            null = " NOT NULL" if _required(table, col) else ""
            lines.append(f"    {col} {types[column_type(table, col)]}{null}")
        if PRIMARY_KEYS[table]:
            lines.append(f"    PRIMARY KEY ({', '.join(PRIMARY_KEYS[table])})")
        for cols, ref, ref_cols in FOREIGN_KEYS[table]:
            lines.append(f"    FOREIGN KEY ({', '.join(cols)}) REFERENCES {ref} ({', '.join(ref_cols)})")
        out.append(f"CREATE TABLE {table} (\n" + ",\n".join(lines) + "\n);")
        pk = PRIMARY_KEYS[table]
        fk_cols = [fk[0] for fk in FOREIGN_KEYS[table] if fk[0] != pk[: len(fk[0])]]  # a PK prefix is already indexed
        for cols in INDEXES.get(table, []) + fk_cols:
            name = f"{table}_{'_'.join(cols)}_idx"
            out.append(f"CREATE INDEX {name} ON {table} ({', '.join(cols)});")
    return "\n".join(out) + "\n"


def datapackage(fmt: str = "csv", name: str = "newsie-tables") -> dict:
    """A Frictionless Data Package describing the tables written next to it."""
    from . import __version__

    resources = []
    for table in TABLE_NAMES:
        fields = [{"name": c, "type": column_type(table, c), **({"constraints": {"required": True}} if _required(table, c) else {})} for c in COLUMNS[table]]
        schema: dict = {"fields": fields, "missingValues": [""]}
        if PRIMARY_KEYS[table]:
            schema["primaryKey"] = PRIMARY_KEYS[table]
        # Frictionless checks a composite key with one empty part as a miss (SQL's MATCH SIMPLE
        # passes it), so roles -> organisations, whose org_id is often empty, stays in the DDL only.
        fks = [fk for fk in FOREIGN_KEYS[table] if not (table == "roles" and fk[1] == "organisations")]
        if fks:
            schema["foreignKeys"] = [{"fields": cols, "reference": {"resource": ref, "fields": ref_cols}} for cols, ref, ref_cols in fks]
        if table == "dates":
            schema["trueValues"] = ["true"]
            schema["falseValues"] = ["false"]
        res = {"name": table, "path": f"{table}.{fmt}", "profile": "tabular-data-resource", "description": DESCRIPTIONS[table], "schema": schema}
        if fmt == "csv":
            res.update({"format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "dialect": {"delimiter": ",", "quoteChar": '"', "header": True}})
        resources.append(res)
    return {"name": name, "profile": "tabular-data-package", "title": "Tables extracted by newsie", "version": __version__, "resources": resources}


def arrow_schema(table: str):
    """The explicit Arrow schema of a table (types never depend on the data seen)."""
    import pyarrow as pa

    kinds = {"string": pa.string(), "integer": pa.int64(), "boolean": pa.bool_()}
    return pa.schema([pa.field(c, kinds[column_type(table, c)], nullable=not _required(table, c)) for c in COLUMNS[table]])


def write_datapackage(out_dir, fmt: str = "csv") -> Optional[str]:
    """Write datapackage.json beside CSV output."""
    from pathlib import Path

    path = Path(out_dir) / "datapackage.json"
    path.write_text(json.dumps(datapackage(fmt), indent=2) + "\n", encoding="utf-8")
    return str(path)
