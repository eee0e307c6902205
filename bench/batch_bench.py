"""Batch benchmarks for docs/benchmarks.md (issue #6). Not a test: run by hand, results pasted.

    python bench/batch_bench.py throughput   # newsie extract vs plain nlp.pipe, first 2,000 BBC articles
    python bench/batch_bench.py jobs         # --jobs 2 over --jobs 1 on the same articles
    python bench/batch_bench.py memory       # peak RSS: 2,000 vs all 19,043 Reuters bodies
    python bench/batch_bench.py resume       # kill -9 mid-run, --resume, compare with an uninterrupted run

Every number is measured in the same run as its baseline, on this machine; ratios, not absolutes,
are what carry over to another machine.
"""

from __future__ import annotations

import filecmp
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newsie.evaluate import default_corpora_dir  # noqa: E402

TABLES = ["articles", "mentions", "people", "roles", "countries", "organisations", "dates", "errors"]


def write_jsonl(records: list[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def bbc(n: int) -> list[dict]:
    out = []
    with open(default_corpora_dir() / "bbc-news" / "bbc_news.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            out.append({"id": r["doc_id"].replace("/", "-"), "text": r["text"]})
            if len(out) == n:
                break
    return out


def reuters(n: int | None) -> list[dict]:
    out = []
    with open(default_corpora_dir() / "reuters21578" / "reuters21578.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if (r.get("text") or "").strip():
                out.append({"id": str(r["doc_id"]), "text": r["text"], "published": r.get("date") or None})
                if n and len(out) == n:
                    break
    return out


def run_cli(args: list[str], env: dict | None = None) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsie.cli", *args], check=True, env=env)
    return time.perf_counter() - t


def throughput() -> dict:
    import spacy

    from newsie.pipeline import resolve_base_model

    recs = bbc(2000)
    texts = [r["text"] for r in recs]
    nlp = spacy.load(resolve_base_model())
    t = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
    plain = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        inp = write_jsonl(recs, Path(tmp) / "bbc.jsonl")
        secs = run_cli(["extract", str(inp), "--out", str(Path(tmp) / "out"), "--quiet", "--jobs", "1"])
    return {"articles": len(texts), "tokens": tokens, "plain_s": round(plain, 1), "newsie_s": round(secs, 1),
            "plain_tok_s": round(tokens / plain), "newsie_tok_s": round(tokens / secs), "ratio": round(plain / secs, 3)}


def jobs() -> dict:
    recs = bbc(2000)
    with tempfile.TemporaryDirectory() as tmp:
        inp = write_jsonl(recs, Path(tmp) / "bbc.jsonl")
        one = run_cli(["extract", str(inp), "--out", str(Path(tmp) / "j1"), "--quiet", "--jobs", "1"])
        two = run_cli(["extract", str(inp), "--out", str(Path(tmp) / "j2"), "--quiet", "--jobs", "2"])
        same = all(filecmp.cmp(Path(tmp) / "j1" / f"{t}.csv", Path(tmp) / "j2" / f"{t}.csv", shallow=False) for t in TABLES)
    return {"articles": len(recs), "jobs1_s": round(one, 1), "jobs2_s": round(two, 1), "speedup": round(one / two, 2), "identical_output": same}


def peak_rss_mb(args: list[str]) -> tuple[float, float]:
    """Peak resident memory (MB) of a fresh `newsie extract` process, and its seconds."""
    code = (
        "import resource, sys, runpy; sys.argv=['newsie']+sys.argv[1:]; "
        "from newsie.cli import main; rc=main(sys.argv[1:]); "
        "print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); sys.exit(rc)"
    )
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    secs = time.perf_counter() - t
    kb = int([l for l in p.stderr.splitlines() if l.startswith("PEAK")][-1].split()[1])
    return kb / 1024, secs


def memory() -> dict:
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, n in [("first_2000", 2000), ("all", None)]:
            recs = reuters(n)
            inp = write_jsonl(recs, Path(tmp) / f"{label}.jsonl")
            mb, secs = peak_rss_mb(["extract", str(inp), "--out", str(Path(tmp) / label), "--quiet", "--jobs", "1"])
            out[label] = {"articles": len(recs), "peak_mb": round(mb, 1), "seconds": round(secs, 1)}
    out["ratio"] = round(out["all"]["peak_mb"] / out["first_2000"]["peak_mb"], 3)
    return out


def resume() -> dict:
    recs = reuters(1500)
    with tempfile.TemporaryDirectory() as tmp:
        inp = write_jsonl(recs, Path(tmp) / "r.jsonl")
        full, killed = Path(tmp) / "full", Path(tmp) / "killed"
        run_cli(["extract", str(inp), "--out", str(full), "--quiet", "--jobs", "2"])
        cmd = [sys.executable, "-m", "newsie.cli", "extract", str(inp), "--out", str(killed), "--quiet", "--jobs", "2"]
        proc = subprocess.Popen(cmd, start_new_session=True)
        parts = killed / ".newsie" / "parts"
        while len(list(parts.glob("*.done")) if parts.exists() else []) < 8:
            time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGKILL)  # the run and its workers, as a crash would
        proc.wait()
        done = len(list(parts.glob("*.done")))
        subprocess.run(cmd + ["--resume"], check=True)
        same = all(filecmp.cmp(full / f"{t}.csv", killed / f"{t}.csv", shallow=False) for t in TABLES)
    return {"articles": len(recs), "chunks_done_when_killed": done, "tables_identical_after_resume": same}


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "throughput"
    result = {"throughput": throughput, "jobs": jobs, "memory": memory, "resume": resume}[what]()
    result["machine"] = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(json.dumps({what: result}, indent=2))
