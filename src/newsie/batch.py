"""Streaming runs over many articles: chunks, worker processes, atomic parts, resume, a summary.

A run writes each chunk of articles as part files under `OUT/.newsie/parts/` (each file written to
a temporary name and renamed, then a `.done` marker), and only at the end merges the parts, in
input order, into the final tables. A killed run therefore never leaves a truncated table, and
`--resume` skips the chunks whose marker exists: the final tables equal an uninterrupted run's.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing as mp
import os
import shutil
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from .core import DEFAULT_TIME_LIMIT, process
from .io.readers import iter_files, read_articles
from .io.writers import write_all
from .tables import TABLE_NAMES, Article, Tables

logger = logging.getLogger("newsie")

CHUNK_SIZE = int(os.environ.get("NEWSIE_CHUNK_SIZE", "64"))  # articles per part file and per worker task
STATE_DIR = ".newsie"
_WORKER: dict = {}


class ResumeMismatch(Exception):
    """`--resume` on a folder whose earlier run had other inputs or options."""


@dataclass
class RunSummary:
    """What a run did: articles by status, rows per table, seconds."""

    status: dict[str, int] = field(default_factory=lambda: {"ok": 0, "empty": 0, "error": 0})
    rows: dict[str, int] = field(default_factory=lambda: {t: 0 for t in TABLE_NAMES})
    seconds: float = 0.0
    chunks_skipped: int = 0

    def add(self, counts: dict) -> None:
        """Accumulate one chunk's counts."""
        for k, v in counts["status"].items():
            self.status[k] = self.status.get(k, 0) + v
        for k, v in counts["rows"].items():
            self.rows[k] = self.rows.get(k, 0) + v

    def line(self) -> str:
        """One-line human summary."""
        n = sum(self.status.values())
        st = ", ".join(f"{v} {k}" for k, v in self.status.items())
        rows = ", ".join(f"{k} {v}" for k, v in self.rows.items() if k != "articles")
        resumed = f"; {self.chunks_skipped} chunks resumed" if self.chunks_skipped else ""
        return f"{n} articles ({st}); rows: {rows}; {self.seconds:.1f}s{resumed}"


def chunk_counts(tables: list[Tables]) -> dict:
    """Articles by status and rows per table, for a chunk's marker and the run summary."""
    counts: dict = {"status": {}, "rows": {t: sum(len(tb.rows[t]) for tb in tables) for t in TABLE_NAMES}}
    for tb in tables:
        for row in tb.rows["articles"]:
            counts["status"][row["status"]] = counts["status"].get(row["status"], 0) + 1
    return counts


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of `size` articles."""
    it = iter(items)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


def _init_worker(model: Optional[str], titles_file: Optional[str]) -> None:
    from .pipeline import load

    _WORKER["nlp"] = load(model, titles_file=titles_file)


def _work(args: tuple) -> list[Tables]:
    chunk, published, time_limit = args
    return list(process(_WORKER["nlp"], chunk, default_published=published, time_limit=time_limit))


def run_tables(
    chunk_iter: Iterable[list[Article]],
    published: Optional[str] = None,
    jobs: int = 1,
    model: Optional[str] = None,
    titles_file: Optional[str] = None,
    nlp=None,
    time_limit: Optional[float] = DEFAULT_TIME_LIMIT,
) -> Iterator[list[Tables]]:
    """Tables per chunk of articles, chunks in input order, on `jobs` worker processes."""
    if jobs <= 1:
        if nlp is None:
            from .pipeline import load

            nlp = load(model, titles_file=titles_file)
        for chunk in chunk_iter:
            yield list(process(nlp, chunk, default_published=published, time_limit=time_limit))
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(model, titles_file)) as pool:
        # imap keeps input order, so output is the same whatever the number of workers.
        yield from pool.imap(_work, ((c, published, time_limit) for c in chunk_iter))


def _fingerprint(inputs: list[str], options: dict) -> str:
    """What makes a run resumable: the input files (path, size, mtime) and the options."""
    h = hashlib.sha256()
    for path in iter_files(inputs):
        st = path.stat()
        h.update(f"{path.resolve()}|{st.st_size}|{int(st.st_mtime)}\n".encode())
    h.update(json.dumps(options, sort_keys=True).encode())
    return h.hexdigest()


def _write_json_atomic(path: Path, data: object) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


class PartStore:
    """Part files of one run: `chunk-NNNNNN.<table>.jsonl` plus a `.done` marker with counts."""

    def __init__(self, out_dir: Path) -> None:
        self.dir = out_dir / STATE_DIR / "parts"
        self.dir.mkdir(parents=True, exist_ok=True)

    def done(self, k: int) -> Optional[dict]:
        """Counts of chunk k when it is complete, else None."""
        marker = self.dir / f"chunk-{k:06d}.done"
        return json.loads(marker.read_text(encoding="utf-8")) if marker.exists() else None

    def write(self, k: int, tables: list[Tables]) -> dict:
        """Write chunk k's rows (one part file per table), then its marker."""
        for table in TABLE_NAMES:
            path = self.dir / f"chunk-{k:06d}.{table}.jsonl"
            tmp = path.with_name(path.name + ".tmp")
            with open(tmp, "w", encoding="utf-8") as fh:
                for t in tables:
                    for row in t.rows[table]:
                        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        counts = chunk_counts(tables)
        _write_json_atomic(self.dir / f"chunk-{k:06d}.done", counts)
        return counts

    def rows(self, table: str, n_chunks: int) -> Iterator[dict]:
        """Every row of a table, chunk by chunk, in input order."""
        for k in range(n_chunks):
            with open(self.dir / f"chunk-{k:06d}.{table}.jsonl", encoding="utf-8") as fh:
                for line in fh:
                    yield json.loads(line)


def run_extract(
    inputs: Iterable[Union[str, Path]],
    out_dir: Union[str, Path],
    fmt: str = "csv",
    published: Optional[str] = None,
    jobs: Optional[int] = None,
    model: Optional[str] = None,
    titles_file: Optional[str] = None,
    excel: bool = False,
    resume: bool = False,
    time_limit: Optional[float] = DEFAULT_TIME_LIMIT,
    chunk_size: int = CHUNK_SIZE,
    keep_parts: bool = False,
    on_chunk: Optional[Callable[[int], None]] = None,
) -> RunSummary:
    """Read inputs, extract, and write every table to `out_dir` (resumable, atomic)."""
    t0 = time.perf_counter()
    inputs = [str(p) for p in inputs]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    state = out / STATE_DIR
    options = {"published": published, "model": model, "titles": titles_file, "chunk_size": chunk_size}
    fingerprint = _fingerprint(inputs, options)
    manifest = state / "manifest.json"
    if resume and manifest.exists():
        if json.loads(manifest.read_text(encoding="utf-8")).get("fingerprint") != fingerprint:
            raise ResumeMismatch(f"{out} holds a run with other inputs or options; run without --resume to start again")
    elif state.exists():
        shutil.rmtree(state)
    state.mkdir(parents=True, exist_ok=True)
    _write_json_atomic(manifest, {"fingerprint": fingerprint, "inputs": inputs, "options": options})
    store = PartStore(out)
    summary = RunSummary()
    jobs = jobs or default_jobs()

    # Chunks already done are skipped without running the pipeline on them.
    order: list[int] = []
    total = [0]

    def todo() -> Iterator[list[Article]]:
        for k, chunk in enumerate(chunks(read_articles(inputs), chunk_size)):
            total[0] = k + 1
            counts = store.done(k) if resume else None
            if counts is not None:
                summary.add(counts)
                summary.chunks_skipped += 1
                if on_chunk:
                    on_chunk(len(chunk))
                continue
            order.append(k)
            yield chunk

    for i, tables in enumerate(run_tables(todo(), published, jobs, model, titles_file, time_limit=time_limit)):
        summary.add(store.write(order[i], tables))
        if on_chunk:
            on_chunk(sum(len(t.rows["articles"]) for t in tables))
    n_chunks = total[0]
    write_all(out, lambda table: store.rows(table, n_chunks), fmt, excel=excel)
    if not keep_parts:
        shutil.rmtree(state, ignore_errors=True)
    summary.seconds = time.perf_counter() - t0
    logger.info("%s", summary.line())
    return summary
