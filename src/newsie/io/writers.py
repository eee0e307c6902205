"""Write tables: one file per table, streamed, each made atomic by writing to a temporary name."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Iterable, Optional

from ..errors import Errors
from ..tables import COLUMNS, TABLE_NAMES, Tables

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("csv", "jsonl")


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


class TableWriter:
    """Streams rows into one file per table under `out_dir`; `close()` publishes them."""

    def __init__(self, out_dir: str | Path, fmt: str = "csv", excel: bool = False) -> None:
        if fmt not in FORMATS:
            raise ValueError(Errors.E011.format(fmt=fmt, choices=", ".join(FORMATS)))
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.fmt = fmt
        self.excel = excel
        self._files: dict[str, io.TextIOBase] = {}
        self._writers: dict[str, csv.writer] = {}
        self.counts = {t: 0 for t in TABLE_NAMES}
        for table in TABLE_NAMES:
            tmp = self._tmp_path(table)
            encoding = "utf-8-sig" if (excel and fmt == "csv") else "utf-8"
            fh = open(tmp, "w", encoding=encoding, newline="")
            self._files[table] = fh
            if fmt == "csv":
                w = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
                w.writerow(COLUMNS[table])
                self._writers[table] = w

    def path(self, table: str) -> Path:
        """Final path of a table's file."""
        return self.out_dir / f"{table}.{self.fmt}"

    def _tmp_path(self, table: str) -> Path:
        return self.out_dir / f".{table}.{self.fmt}.partial"

    def write(self, tables: Tables) -> None:
        """Append one batch of rows."""
        for table in TABLE_NAMES:
            cols = COLUMNS[table]
            for row in tables.rows[table]:
                self.counts[table] += 1
                if self.fmt == "csv":
                    self._writers[table].writerow([neutralise(_cell(row.get(c))) for c in cols])
                else:
                    self._files[table].write(json.dumps({c: row.get(c) for c in cols}, ensure_ascii=False) + "\n")

    def close(self, publish: bool = True) -> None:
        """Flush, fsync and rename the temporary files to their final names."""
        for table, fh in self._files.items():
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()
            if publish:
                os.replace(self._tmp_path(table), self.path(table))
        self._files.clear()

    def __enter__(self) -> "TableWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.close(publish=exc_type is None)


def write_table_stream(out_dir: str | Path, table: str, rows: Iterable[dict], fmt: str = "csv", excel: bool = False, columns: Optional[list[str]] = None) -> Path:
    """Write one whole table (file stem `table`) from a stream of rows, atomically (temporary file, then rename)."""
    if fmt not in FORMATS:
        raise ValueError(Errors.E011.format(fmt=fmt, choices=", ".join(FORMATS)))
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


def write_tables(tables: Tables, out_dir: str | Path, fmt: str = "csv", excel: bool = False) -> dict[str, Path]:
    """Write complete tables in one go; returns table → path."""
    with TableWriter(out_dir, fmt, excel) as w:
        w.write(tables)
    return {t: w.path(t) for t in TABLE_NAMES}


def read_csv_rows(path: str | Path) -> list[dict]:
    """Read a newsie CSV table back (for tests and evaluation)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


__all__ = ["TableWriter", "write_tables", "write_table_stream", "neutralise", "read_csv_rows", "FORMATS"]
