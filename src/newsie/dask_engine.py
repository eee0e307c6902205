"""Run newsie on a Dask cluster: a bag of articles in, the same tables out, partitioned.

    from dask.distributed import Client
    import dask.bag as db
    import newsie.dask_engine as nd

    client = Client("tcp://scheduler:8786")           # or LocalCluster()
    bag = db.read_text("s3://bucket/articles-*.jsonl").map(json.loads)
    frames = nd.extract_bag(bag, published=None)        # dict: table -> dask.dataframe
    frames["people"].to_parquet("s3://bucket/newsie/people/")

Each worker process loads the pipeline once. The per-article time limit uses signals, which Dask's
worker threads cannot use: on Dask there is none (use the local engine for hostile input).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Iterable, Optional, Union

from .batch import RunSummary, chunk_counts, chunks
from .core import process, to_article
from .io.readers import read_articles
from .io.writers import write_parquet, write_table_stream
from .tables import COLUMNS, TABLE_NAMES, Tables

_NLP: dict = {}


def _nlp(model: Optional[str]):
    key = model or ""
    if key not in _NLP:
        from .pipeline import load

        _NLP[key] = load(model)
    return _NLP[key]


def _process_partition(items: list, published: Optional[str], model: Optional[str]) -> list[Tables]:
    """Run one partition of articles (Articles or dicts) on this worker."""
    arts = [to_article(a, n) for n, a in enumerate(items, 1)]
    return list(process(_nlp(model), arts, default_published=published, time_limit=None))


def extract_bag(bag, published: Optional[str] = None, model: Optional[str] = None, persist: bool = True) -> dict:
    """Tables from a `dask.bag` of articles, as a dict of table name -> dask.dataframe."""
    import pandas as pd

    tables = bag.map_partitions(_process_partition, published, model)
    if persist:
        tables = tables.persist()  # the pipeline runs once, not once per table
    frames = {}
    for table in TABLE_NAMES:
        rows = tables.map_partitions(lambda part, t=table: [row for tb in part for row in tb.rows[t]])
        meta = pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS[table]})
        frames[table] = rows.to_dataframe(meta=meta)
    return frames


def extract_dataframe(df, published: Optional[str] = None, model: Optional[str] = None) -> dict:
    """Tables from a `dask.dataframe` with columns id, text|html, title, url, published, source."""
    return extract_bag(df.to_bag(format="dict"), published=published, model=model)


def _write_partition(items: list, index: int, out_dir: str, fmt: str, published: Optional[str], model: Optional[str]) -> dict:
    """Process and write one partition as `OUT/<table>/part-NNNNN.<fmt>`; return its counts."""
    results = _process_partition(items, published, model)
    for table in TABLE_NAMES:
        folder = Path(out_dir) / table
        folder.mkdir(parents=True, exist_ok=True)
        rows = (row for tb in results for row in tb.rows[table])
        if fmt == "parquet":
            write_parquet(folder, table, rows, stem=f"part-{index:05d}")
        else:
            write_table_stream(folder, f"part-{index:05d}", rows, fmt, columns=COLUMNS[table])
    return chunk_counts(results)


def run_extract_dask(
    inputs: Iterable[Union[str, Path]],
    out_dir: Union[str, Path],
    fmt: str = "csv",
    published: Optional[str] = None,
    model: Optional[str] = None,
    scheduler: Optional[str] = None,
    jobs: Optional[int] = None,
    partition_size: int = 64,
) -> RunSummary:
    """`newsie extract --engine dask`: tables as partitioned files, one folder per table."""
    from dask.distributed import Client, LocalCluster

    if fmt not in ("csv", "jsonl", "parquet"):
        raise ValueError(f"--engine dask writes csv, jsonl or parquet partitions, not {fmt}")
    t0 = time.perf_counter()
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        from .batch import default_jobs

        cluster = LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    summary = RunSummary()
    try:
        futures = [
            client.submit(_write_partition, part, i, str(out_dir), fmt, published, model, pure=False)
            for i, part in enumerate(chunks(read_articles(inputs), partition_size))
        ]
        for counts in client.gather(futures):
            summary.add(counts)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    summary.seconds = time.perf_counter() - t0
    return summary
