"""Output formats for databases: CSV/JSONL/Parquet/SQLite with the same rows, schema, DDL, Excel."""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
import subprocess

import pytest
from conftest import IN_CI, REPO

from newsie.cli import main
from newsie.io.writers import FORMULA_START, neutralise
from newsie.schema import LOAD_ORDER, ddl
from newsie.tables import TABLE_NAMES

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """One multi-article input run in all four formats."""
    base = tmp_path_factory.mktemp("formats")
    inp = base / "in"
    inp.mkdir()
    shutil.copy(REPO / "corpora" / "samples" / "wikinews.jsonl", inp / "wikinews.jsonl")
    (inp / "bad.jsonl").write_text('{"id": "x1", "text": ""}\n{oops\n{"id": "x2", "text": "=cmd|calc Prime Minister Tony Blair spoke on Monday."}\n', encoding="utf-8")
    out = {}
    for fmt in ["csv", "jsonl", "parquet", "sqlite"]:
        out[fmt] = base / fmt
        assert main(["extract", str(inp), "--out", str(out[fmt]), "--format", fmt, "--quiet", "--jobs", "1"]) == 0
    return out


def counts(runs, fmt):
    d = runs[fmt]
    if fmt == "csv":
        return {t: sum(1 for _ in csv.DictReader(open(d / f"{t}.csv", encoding="utf-8"))) for t in TABLE_NAMES}
    if fmt == "jsonl":
        return {t: sum(1 for _ in open(d / f"{t}.jsonl", encoding="utf-8")) for t in TABLE_NAMES}
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return {t: pq.read_table(d / f"{t}.parquet").num_rows for t in TABLE_NAMES}
    con = sqlite3.connect(d / "newsie.sqlite")
    return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLE_NAMES}


def test_row_counts_identical_across_formats(runs):
    c = counts(runs, "csv")
    assert c["articles"] == 6 and c["people"] > 5  # 3 Wikinews, 1 empty, 1 malformed line, 1 formula-like
    for fmt in ["jsonl", "parquet", "sqlite"]:
        assert counts(runs, fmt) == c, fmt


def test_parquet_schema_is_explicit(runs):
    import pyarrow.parquet as pq

    from newsie.schema import arrow_schema

    for t in TABLE_NAMES:
        got = pq.read_schema(runs["parquet"] / f"{t}.parquet")
        assert got.names == arrow_schema(t).names
        assert [f.type for f in got] == [f.type for f in arrow_schema(t)], t
    errors = pq.read_table(runs["parquet"] / "errors.parquet")  # types hold even for a near-empty table
    assert str(errors.schema.field("message").type) == "string"


def test_sqlite_keys_resolve(runs):
    con = sqlite3.connect(runs["sqlite"] / "newsie.sqlite")
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    idx = {r[1] for r in con.execute("SELECT * FROM sqlite_master WHERE type='index'")}
    assert "roles_org_id_idx" in idx
    n = con.execute("SELECT COUNT(*) FROM roles r JOIN people p USING (article_id, person_id)").fetchone()[0]
    assert n == con.execute("SELECT COUNT(*) FROM roles").fetchone()[0] > 0


def test_csv_loads_into_sqlite_with_the_ddl(runs, tmp_path):
    con = sqlite3.connect(tmp_path / "load.sqlite")
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(ddl("sqlite"))
    for t in LOAD_ORDER:
        with open(runs["csv"] / f"{t}.csv", encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            cols = next(reader)
            con.executemany(f"INSERT INTO {t} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", ([v if v != "" else None for v in row] for row in reader))
    con.commit()
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 6


def test_datapackage_written_and_valid(runs):
    pkg = json.loads((runs["csv"] / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in pkg["resources"]] == TABLE_NAMES
    frictionless = pytest.importorskip("frictionless", reason="frictionless is in the dev extra")
    report = frictionless.validate(str(runs["csv"] / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


@pytest.mark.parametrize("start", FORMULA_START)
def test_formula_cells_neutralised(start):
    assert neutralise(f"{start}SUM(A1:A2)") == f"'{start}SUM(A1:A2)"
    assert neutralise(f"x{start}") == f"x{start}"


def test_csv_never_starts_a_cell_with_a_formula(runs):
    for t in TABLE_NAMES:
        with open(runs["csv"] / f"{t}.csv", encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                assert not any(cell.startswith(FORMULA_START) for cell in row), (t, row)


def test_excel_csv_has_bom(tmp_path):
    assert main(["extract", str(REPO / "corpora" / "samples"), "--out", str(tmp_path), "--excel", "--quiet", "--jobs", "1"]) == 0
    assert (tmp_path / "people.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_schema_command_prints_ddl(capsys):
    assert main(["schema", "--dialect", "postgresql"]) == 0
    out = capsys.readouterr().out
    assert "CREATE TABLE roles" in out and "FOREIGN KEY (article_id, person_id) REFERENCES people" in out


def _psql(args: list[str], **kw) -> subprocess.CompletedProcess:
    dsn = os.environ.get("NEWSIE_PG_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
    return subprocess.run(["psql", dsn, "-v", "ON_ERROR_STOP=1", "-q", *args], capture_output=True, text=True, **kw)


def test_csv_loads_into_postgresql(runs):
    """Real PostgreSQL: the DDL, then COPY … CSV HEADER of every table; keys enforced by the server."""
    if shutil.which("psql") is None or _psql(["-c", "SELECT 1"]).returncode != 0:
        if IN_CI:
            pytest.fail("no PostgreSQL server on 127.0.0.1:5432 (.ci/run starts one)")
        pytest.skip("no PostgreSQL server reachable (set NEWSIE_PG_DSN); .ci/run starts one in CI")
    schema = "newsie_test"
    setup = f"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}; SET search_path TO {schema};\n" + ddl("postgresql")
    loads = "".join(f"\\copy {t} FROM '{runs['csv'] / (t + '.csv')}' WITH (FORMAT csv, HEADER true)\n" for t in LOAD_ORDER)
    checks = "".join(f"SELECT '{t}', COUNT(*) FROM {t};\n" for t in TABLE_NAMES)
    script = f"SET search_path TO {schema};\n" + loads + checks
    r = _psql(["-c", setup])
    assert r.returncode == 0, r.stderr
    r = _psql(["-At", "-F", "=", "-f", "-"], input=script)
    assert r.returncode == 0, r.stderr
    got = dict(line.split("=") for line in r.stdout.split())
    want = counts(runs, "csv")
    assert {t: int(n) for t, n in got.items()} == want
    _psql(["-c", f"DROP SCHEMA {schema} CASCADE"])
