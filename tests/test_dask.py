"""The Dask engine on a LocalCluster of two worker processes on loopback: same rows as a local run."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import REPO

from newsie.cli import main
from newsie.tables import TABLE_NAMES

pytestmark = pytest.mark.model
distributed = pytest.importorskip("dask.distributed", reason="dask[distributed] is in the dev extra")


def rows_of(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))[1:]


def test_dask_run_writes_the_same_rows_as_a_local_run(tmp_path):
    sample = REPO / "corpora" / "samples" / "wikinews.jsonl"
    inp = tmp_path / "in"
    inp.mkdir()
    lines = sample.read_text(encoding="utf-8").splitlines()
    (inp / "a.jsonl").write_text("\n".join(lines + ["{broken", '{"id": "e", "text": ""}']) + "\n", encoding="utf-8")
    local, dask_out = tmp_path / "local", tmp_path / "dask"
    assert main(["extract", str(inp), "--out", str(local), "--quiet", "--jobs", "1"]) == 0
    assert main(["extract", str(inp), "--out", str(dask_out), "--quiet", "--engine", "dask", "--jobs", "2"]) == 0
    for table in TABLE_NAMES:
        parts = sorted((dask_out / table).glob("part-*.csv"))
        assert parts, table
        got = [r for p in parts for r in rows_of(p)]
        assert got == rows_of(local / f"{table}.csv"), table


def test_extract_bag_returns_dask_dataframes():
    import dask.bag as db

    from newsie.dask_engine import extract_bag

    bag = db.from_sequence([{"id": "x", "text": "Foreign Secretary Jack Straw visited Tehran on Monday."}, "Chancellor Gordon Brown spoke."], npartitions=2)
    frames = extract_bag(bag, published="2004-10-18")
    people = frames["people"].compute(scheduler="synchronous")
    assert set(people["name"]) == {"Jack Straw", "Gordon Brown"}
    assert list(frames["roles"].columns)[:3] == ["article_id", "person_id", "title"]


def test_dask_parquet_partitions(tmp_path):
    import pyarrow.parquet as pq

    from newsie.schema import arrow_schema

    assert main(["extract", str(REPO / "corpora" / "samples"), "--out", str(tmp_path), "--quiet", "--engine", "dask", "--jobs", "2", "--format", "parquet"]) == 0
    parts = sorted((tmp_path / "people").glob("part-*.parquet"))
    assert parts and pq.read_schema(parts[0]).names == arrow_schema("people").names
    assert main(["extract", str(REPO / "corpora" / "samples"), "--out", str(tmp_path), "--quiet", "--engine", "dask", "--format", "sqlite"]) == 2
