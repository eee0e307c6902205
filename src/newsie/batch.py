"""Streaming runs over many articles: batches, worker processes, a summary."""

from __future__ import annotations

import logging
import multiprocessing as mp
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from .core import process
from .io.readers import read_articles
from .io.writers import TableWriter
from .tables import Article, Tables

logger = logging.getLogger("newsie")

CHUNK = 16
_WORKER_NLP = None


@dataclass
class RunSummary:
    """What a run did: articles by status, rows per table, seconds."""

    status: dict[str, int] = field(default_factory=lambda: {"ok": 0, "empty": 0, "error": 0})
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def line(self) -> str:
        """One-line human summary."""
        n = sum(self.status.values())
        st = ", ".join(f"{v} {k}" for k, v in self.status.items())
        rows = ", ".join(f"{k} {v}" for k, v in self.rows.items() if k != "articles")
        return f"{n} articles ({st}); rows: {rows}; {self.seconds:.1f}s"


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


def _init_worker(model: Optional[str], titles_file: Optional[str]) -> None:
    global _WORKER_NLP
    from .pipeline import load

    _WORKER_NLP = load(model, titles_file=titles_file)


def _work(args: tuple[list[Article], Optional[str]]) -> list[Tables]:
    chunk, published = args
    return list(process(_WORKER_NLP, chunk, default_published=published))


def run_tables(
    articles: Iterable[Article],
    published: Optional[str] = None,
    jobs: int = 1,
    model: Optional[str] = None,
    titles_file: Optional[str] = None,
    nlp=None,
) -> Iterator[Tables]:
    """Tables per article, in input order, using `jobs` worker processes."""
    if jobs <= 1:
        if nlp is None:
            from .pipeline import load

            nlp = load(model, titles_file=titles_file)
        yield from process(nlp, articles, default_published=published)
        return
    ctx = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(model, titles_file)) as pool:
        for result in pool.imap(_work, ((c, published) for c in _chunks(articles, CHUNK))):
            yield from result


def run_extract(
    inputs: Iterable[Union[str, Path]],
    out_dir: Union[str, Path],
    fmt: str = "csv",
    published: Optional[str] = None,
    jobs: int = 1,
    model: Optional[str] = None,
    titles_file: Optional[str] = None,
    excel: bool = False,
    on_article: Optional[Callable[[Tables], None]] = None,
) -> RunSummary:
    """Read inputs, extract, and write every table to `out_dir`."""
    t0 = time.perf_counter()
    summary = RunSummary()
    with TableWriter(out_dir, fmt, excel=excel) as writer:
        for tables in run_tables(read_articles(inputs), published, jobs, model, titles_file):
            writer.write(tables)
            for row in tables.rows["articles"]:
                summary.status[row["status"]] = summary.status.get(row["status"], 0) + 1
            if on_article:
                on_article(tables)
    summary.rows = dict(writer.counts)
    summary.seconds = time.perf_counter() - t0
    logger.info("%s", summary.line())
    return summary
