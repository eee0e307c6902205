"""Extraction quality gate: F1 per table must stay at or above the floors pinned in corpora/floors.json."""

from __future__ import annotations

import json

import pytest
from conftest import REPO, shared_path

from newsie.evaluate import TABLES, corpus_hash, evaluate, format_table, gold_files

pytestmark = pytest.mark.model

FLOORS = json.loads((REPO / "corpora" / "floors.json").read_text())


@pytest.mark.parametrize("split", ["dev", "test"])
def test_f1_at_or_above_floors(split, nlp, capsys):
    corpora = shared_path("corpora")
    files = gold_files([REPO / "corpora" / split])
    pinned = FLOORS["splits"][split]
    assert corpus_hash(files) == pinned["corpus_hash"], (
        f"the {split} gold files changed: re-run `python scripts/evaluation_report.py --pin` and commit the floors"
    )
    report = evaluate([REPO / "corpora" / split], "newsie", corpora=corpora, nlp=nlp)
    with capsys.disabled():
        print(f"\n{split} split:\n{format_table([report])}")
    low = {t: (round(report.totals[t].f1, 3), pinned["floors"][t]) for t in TABLES if report.totals[t].f1 < pinned["floors"][t]}
    assert not low, f"F1 below floor (got, floor): {low}"


def test_gold_files_are_valid():
    from newsie.evaluate import load_gold

    for f in gold_files([REPO / "corpora" / "dev", REPO / "corpora" / "test"]):
        g = load_gold(f)
        names = {p["name"] for p in g["people"]}
        assert all(r["person"] in names for r in g["roles"]), f
        assert all(len(c) == 2 and c.isupper() for c in g["countries"]), f
        assert g.get("text") or g.get("source"), f
        if g.get("text"):
            assert g["attribution"] and "CC BY" in g["attribution"]["licence"], f
        if g.get("source") and g["source"]["corpus"] in {"bbc-news", "reuters21578", "web-news-html"}:
            assert not g.get("text"), f"{f}: BBC, Reuters and web-page text must stay in ../shared, referred to by doc_id"


def test_evaluate_command_prints_newsie_beside_spacy_on_test_split(capsys):
    from newsie.cli import main

    shared_path("corpora")
    assert main(["evaluate", str(REPO / "corpora" / "test"), "--system", "both"]) == 0
    out = capsys.readouterr().out
    with capsys.disabled():
        print("\n" + out)
    rows = {line.split("|")[1].strip(): [c.strip(" *") for c in line.split("|")[2:-1]] for line in out.splitlines() if line.startswith("| ") and not line.startswith("| table")}
    # columns: gold, newsie P, R, F1, spacy P, R, F1
    for table in ["people", "countries", "dates"]:
        assert float(rows[table][3]) > float(rows[table][6]), table
