"""Write tables: one file per table, streamed, each made atomic by writing to a temporary name."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..errors import Errors
from ..tables import COLUMNS, TABLE_NAMES, Tables

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("csv", "jsonl", "parquet", "sqlite")
SQLITE_FILE = "newsie.sqlite"


def neutralise(value: object) -> object:
    """Prefix text a spreadsheet would run as a formula with an apostrophe (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_table_stream(out_dir: str | Path, table: str, rows: Iterable[dict], fmt: str = "csv", excel: bool = False, columns: Optional[list[str]] = None) -> Path:
    """Write one whole table (file stem `table`) from a stream of rows, atomically (temporary file, then rename)."""
    if fmt not in ("csv", "jsonl"):
        raise ValueError(Errors.E011.format(fmt=fmt, choices="csv, jsonl"))
    out_dir = Path(out_dir)
    final = out_dir / f"{table}.{fmt}"
    tmp = out_dir / f".{table}.{fmt}.partial"
    cols = columns or COLUMNS[table]
    encoding = "utf-8-sig" if (excel and fmt == "csv") else "utf-8"
    with open(tmp, "w", encoding=encoding, newline="") as fh:
        if fmt == "csv":
            w = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            w.writerow(cols)
            for row in rows:
                w.writerow([neutralise(_cell(row.get(c))) for c in cols])
        else:
            for row in rows:
                fh.write(json.dumps({c: row.get(c) for c in cols}, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    return final


def typed(table: str, row: dict) -> dict:
    """A row with the schema's types: integers as int, booleans as bool, empty as None."""
    from ..schema import column_type

    out = {}
    for c in COLUMNS[table]:
        v = row.get(c)
        kind = column_type(table, c)
        if v is None or v == "":
            out[c] = None  # empty is missing, as in the CSV (an unquoted empty cell loads as NULL)
        elif kind == "integer":
            out[c] = int(v)
        elif kind == "boolean":
            out[c] = v if isinstance(v, bool) else str(v).lower() == "true"
        else:
            out[c] = str(v)
    return out


def write_parquet(out_dir: str | Path, table: str, rows: Iterable[dict], batch: int = 10_000, stem: Optional[str] = None) -> Path:
    """One table as Parquet with the explicit Arrow schema, written in row groups, atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..schema import arrow_schema

    schema = arrow_schema(table)
    final = Path(out_dir) / f"{stem or table}.parquet"
    tmp = Path(out_dir) / f".{stem or table}.parquet.partial"
    with pq.ParquetWriter(tmp, schema) as writer:
        buf: list[dict] = []
        for row in rows:
            buf.append(typed(table, row))
            if len(buf) >= batch:
                writer.write_table(pa.Table.from_pylist(buf, schema=schema))
                buf = []
        writer.write_table(pa.Table.from_pylist(buf, schema=schema))
    os.replace(tmp, final)
    return final


def write_sqlite(out_dir: str | Path, rows_for: Callable[[str], Iterable[dict]]) -> Path:
    """All tables in one SQLite database with keys, foreign keys and indexes, written atomically."""
    import sqlite3

    from ..schema import LOAD_ORDER, ddl

    final = Path(out_dir) / SQLITE_FILE
    tmp = Path(out_dir) / f".{SQLITE_FILE}.partial"
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        con.executescript(ddl("sqlite"))
        for table in LOAD_ORDER:
            cols = COLUMNS[table]
            sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
            con.executemany(sql, ([typed(table, r)[c] for c in cols] for r in rows_for(table)))
        con.commit()
    finally:
        con.close()
    os.replace(tmp, final)
    return final


def write_all(out_dir: str | Path, rows_for: Callable[[str], Iterable[dict]], fmt: str = "csv", excel: bool = False) -> list[Path]:
    """Write every table in `fmt` from a function giving each table's rows (streamed)."""
    if fmt not in FORMATS:
        raise ValueError(Errors.E011.format(fmt=fmt, choices=", ".join(FORMATS)))
    if fmt == "sqlite":
        return [write_sqlite(out_dir, rows_for)]
    paths = []
    for table in TABLE_NAMES:
        if fmt == "parquet":
            paths.append(write_parquet(out_dir, table, rows_for(table)))
        else:
            paths.append(write_table_stream(out_dir, table, rows_for(table), fmt, excel=excel))
    if fmt == "csv":
        from ..schema import write_datapackage

        write_datapackage(out_dir, fmt)
    return paths


def write_tables(tables: Tables, out_dir: str | Path, fmt: str = "csv", excel: bool = False) -> list[Path]:
    """Write complete in-memory tables in any format."""
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    return write_all(out_dir, lambda t: tables.rows[t], fmt, excel)


__all__ = ["write_tables", "write_table_stream", "write_all", "write_parquet", "write_sqlite", "typed", "neutralise", "FORMATS"]
