"""Batch runs: nothing lost on hostile input, same output whatever --jobs, resume after a kill."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO

from newsie.cli import main
from newsie.tables import TABLE_NAMES

pytestmark = pytest.mark.model


def read(out: Path, table: str) -> list[dict]:
    with open(out / f"{table}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def hostile_batch(folder: Path, long: bool = True) -> int:
    """A batch mixing good articles with every kind of bad input; returns the number of articles."""
    good = "Foreign Secretary Jack Straw met Iranian officials in Tehran on Monday, the Foreign Office said."
    records = [
        {"id": "good-1", "text": good, "published": "2004-10-18"},
        {"id": "empty", "text": ""},
        {"id": "blank", "text": "   \n\t  "},
        {"id": "control", "text": "Prime Minister \x00\x07Tony Blair\x1b spoke in London."},
        {"id": "surrogate", "text": "Chancellor Gordon Brown \ud800 said so."},
        {"id": "questions", "text": "?" * 100000 + "x"},
        {"id": "letters", "text": "a" * 300000},
        {"id": "long", "text": ("President Putin met Chancellor Schroeder in Berlin.\n" + "The talks went on. " * 30 + "\n") * (340 if long else 1)},
        {"id": "good-2", "text": "Ryanair CEO Michael O'Leary said fares would fall next year.", "published": "2005-01-10"},
    ]
    lines = [json.dumps(r) for r in records]
    lines.insert(3, "{this is not json")
    lines.insert(5, "")
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "rows.csv").write_text('id,text,title\nc1,"UBS analyst David Strauss spoke.",t\nc2,only-one-cell\n', encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00binary\x00\x01\x02" * 50)
    return len(records) + 1 + 2 + 1  # records, the malformed line, two CSV rows, bad.txt


def test_every_input_article_is_accounted_for(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    n = hostile_batch(inp)
    out = tmp_path / "out"
    assert main(["extract", str(inp), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    arts = read(out, "articles")
    errors = {e["article_id"] for e in read(out, "errors")}
    assert len(arts) == n
    by_id = {a["article_id"]: a for a in arts}
    assert sum(a["status"] == "ok" for a in arts) + sum(a["status"] == "empty" for a in arts) + sum(a["status"] == "error" for a in arts) == n
    for aid in ["good-1", "good-2", "control", "surrogate", "questions", "letters", "long", "c1"]:
        assert by_id[aid]["status"] == "ok", (aid, by_id[aid])
    for a in arts:
        if a["status"] != "ok":
            assert a["article_id"] in errors
    people = {p["name"] for p in read(out, "people")}
    assert {"Jack Straw", "Tony Blair", "Gordon Brown", "Michael O'Leary", "David Strauss"} <= people
    long_text = json.loads((inp / "batch.jsonl").read_text(encoding="utf-8").splitlines()[-2])["text"]
    assert len(long_text) > 200_000  # processed in pieces
    long_mentions = [m for m in read(out, "mentions") if m["article_id"] == "long"]
    assert long_mentions and all(long_text[int(m["start_char"]) : int(m["end_char"])] == m["text"] for m in long_mentions)


def test_a_component_that_raises_gives_an_error_row(nlp):
    from newsie.core import process
    from newsie.tables import Article

    comp = nlp.get_pipe("newsie_dates")
    original = comp.process
    comp.process = lambda doc: (_ for _ in ()).throw(RuntimeError("boom"))
    try:
        out = list(process(nlp, [Article("a", text="Tony Blair spoke on Monday."), Article("b", text="")]))
    finally:
        comp.process = original
    assert out[0].rows["articles"][0]["status"] == "error"
    assert out[0].rows["errors"][0]["stage"] == "newsie_dates" and "boom" in out[0].rows["errors"][0]["message"]
    assert out[1].rows["articles"][0]["status"] == "empty"


def test_time_limit_turns_a_runaway_article_into_an_error_row(nlp):
    from newsie.core import process
    from newsie.tables import Article

    comp = nlp.get_pipe("newsie_people")
    original = comp.process

    def slow(doc):
        if "slow" in doc.text:
            time.sleep(3)
        return original(doc)

    comp.process = slow
    try:
        out = list(process(nlp, [Article("fast", text="Tony Blair spoke."), Article("slow", text="A slow one.")], time_limit=1))
    finally:
        comp.process = original
    assert out[0].rows["articles"][0]["status"] == "ok"
    assert out[1].rows["articles"][0]["status"] == "error"
    assert out[1].rows["errors"][0]["error_type"] == "Timeout"


def test_same_output_whatever_jobs(tmp_path):
    sample = REPO / "corpora" / "samples" / "wikinews.jsonl"
    inp = tmp_path / "in"
    inp.mkdir()
    hostile_batch(inp, long=False)
    (inp / "wikinews.jsonl").write_bytes(sample.read_bytes())
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["extract", str(inp), "--out", str(one), "--quiet", "--jobs", "1"]) == 0
    assert main(["extract", str(inp), "--out", str(two), "--quiet", "--jobs", "2"]) == 0
    for t in TABLE_NAMES:
        assert (one / f"{t}.csv").read_bytes() == (two / f"{t}.csv").read_bytes(), t


def test_kill_then_resume_equals_uninterrupted_run(tmp_path):
    sample = REPO / "corpora" / "samples" / "wikinews.jsonl"
    records = [json.loads(l) for l in sample.read_text(encoding="utf-8").splitlines()]
    inp = tmp_path / "many.jsonl"
    with open(inp, "w", encoding="utf-8") as fh:
        for i in range(40):
            r = dict(records[i % len(records)], id=f"a{i:03d}")
            fh.write(json.dumps(r) + "\n")
    full, killed = tmp_path / "full", tmp_path / "killed"
    assert main(["extract", str(inp), "--out", str(full), "--quiet", "--jobs", "1"]) == 0
    env = dict(os.environ, NEWSIE_CHUNK_SIZE="4")
    cmd = [sys.executable, "-m", "newsie.cli", "extract", str(inp), "--out", str(killed), "--quiet", "--jobs", "1"]
    proc = subprocess.Popen(cmd, env=env)
    parts = killed / ".newsie" / "parts"
    deadline = time.time() + 120
    while time.time() < deadline and len(list(parts.glob("*.done")) if parts.exists() else []) < 2:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (killed / "articles.csv").exists()  # no final table from a killed run
    done_before = len(list(parts.glob("*.done")))
    assert 2 <= done_before < 10
    subprocess.run(cmd + ["--resume"], env=env, check=True)
    for t in TABLE_NAMES:
        assert (full / f"{t}.csv").read_bytes() == (killed / f"{t}.csv").read_bytes(), t
