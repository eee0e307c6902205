"""`newsie extract` end to end, in-process: the eight tables, sections, bad input."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import REPO, shared_path

from newsie.cli import build_parser, main
from newsie.tables import COLUMNS, TABLE_NAMES

pytestmark = pytest.mark.model


def read(out: Path, table: str) -> list[dict]:
    with open(out / f"{table}.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == COLUMNS[table]
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def test_help_describes_every_option(capsys):
    parser = build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["extract", "--help"])
    text = capsys.readouterr().out
    for opt in ["--out", "--format", "--published", "--jobs", "--model", "--titles", "--excel", "--quiet"]:
        assert opt in text
    with pytest.raises(SystemExit):
        parser.parse_args(["--help"])
    assert "extract" in capsys.readouterr().out


def test_seed_writes_eight_tables_with_caption_section_and_no_teasers(tmp_path):
    seed = shared_path("seeds", "commonspace-cis-csto.txt")
    assert main(["extract", str(seed), "--published", "2018-11-22", "--out", str(tmp_path), "--quiet"]) == 0
    for t in TABLE_NAMES:
        assert (tmp_path / f"{t}.csv").exists()
    mentions = read(tmp_path, "mentions")
    text = seed.read_text(encoding="utf-8")
    teaser_start = text.index("Related articles")
    assert all(int(m["start_char"]) < teaser_start for m in mentions)
    assert not any(m["text"] in {"Borrell", "Afghanistan", "Vilnius", "3-6 July"} for m in mentions)
    by_text = {m["text"]: m for m in mentions}
    assert by_text["Armen Grigoryan"]["section"] == "caption"
    assert by_text["Nikolai Patrushev"]["section"] == "body"
    for m in mentions:
        assert text[int(m["start_char"]) : int(m["end_char"])] == m["text"]
    arts = read(tmp_path, "articles")
    assert arts[0]["status"] == "ok" and arts[0]["article_id"] == "commonspace-cis-csto"


def test_rerun_is_byte_identical(tmp_path):
    sample = REPO / "corpora" / "samples" / "wikinews.jsonl"
    a, b = tmp_path / "a", tmp_path / "b"
    assert main(["extract", str(sample), "--out", str(a), "--quiet"]) == 0
    assert main(["extract", str(sample), "--out", str(b), "--quiet"]) == 0
    for t in TABLE_NAMES:
        assert (a / f"{t}.csv").read_bytes() == (b / f"{t}.csv").read_bytes(), t
    assert len(read(a, "articles")) == 3
    assert len(read(a, "people")) > 3


def test_bad_inputs_each_get_a_row_and_the_good_ones_are_processed(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "good.txt").write_text("Minister meets\n\nForeign Secretary Jack Straw met Iranian officials in Tehran on Monday.", encoding="utf-8")
    (inp / "empty.txt").write_text("", encoding="utf-8")
    (inp / "blank.txt").write_text("   \n\t \n", encoding="utf-8")
    (inp / "badutf8.txt").write_bytes(b"Caf\xe9 \xff\xfe broken")
    (inp / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (inp / "page.html").write_text("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    lines = [
        json.dumps({"id": "j1", "text": "Prime Minister Tony Blair spoke in London on Tuesday.", "published": "2005-03-01"}),
        "{not json",
        "",
        json.dumps({"id": "j2", "title": "no text"}),
        json.dumps({"id": "j3", "text": "=HYPERLINK(\"http://x\") President Putin visited Minsk."}),
    ]
    (inp / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (inp / "rows.csv").write_text('id,text\nc1,"Chancellor Gordon Brown said so."\nc2\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(inp), "--out", str(out), "--quiet"]) == 0
    arts = {a["article_id"]: a for a in read(out, "articles")}
    errors = {e["article_id"]: e for e in read(out, "errors")}
    assert arts["good"]["status"] == "ok" and arts["j1"]["status"] == "ok" and arts["c1"]["status"] == "ok"
    for aid in ["empty", "blank"]:
        assert arts[aid]["status"] == "empty" and aid in errors
    for aid in ["badutf8", "binary", "batch-2", "j2", "c2"]:
        assert arts[aid]["status"] == "error", aid
        assert aid in errors and errors[aid]["message"]
    assert arts["page"]["status"] in {"empty", "error"} and "page" in errors
    # every input article is accounted for (the blank JSONL line is not an article)
    assert len(arts) == 12
    people = {p["name"] for p in read(out, "people")}
    assert {"Jack Straw", "Tony Blair", "Gordon Brown"} <= people
    # formula-like cells are neutralised in CSV
    raw = (out / "mentions.csv").read_text(encoding="utf-8")
    assert "\n=" not in raw and ",=" not in raw


def test_invalid_published_is_a_usage_error(tmp_path, capsys):
    assert main(["extract", str(REPO / "corpora" / "samples"), "--published", "22/11/2018", "--out", str(tmp_path)]) == 2


def test_html_page_main_text_and_figcaption(tmp_path):
    para = "Foreign Secretary Jack Straw met the Iranian foreign minister in Tehran on Monday to discuss the nuclear programme. " * 3
    html = (
        "<html><head><title>Straw visits Tehran - Example News</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Straw visits Tehran</h1><p>{para}</p><p>{para}</p>"
        "<figure><img src='a.jpg'><figcaption>Prime Minister Tony Blair at the summit in Brussels.</figcaption></figure></article>"
        "<aside><h3>Most read</h3><a href='/x'>Madonna tours Japan</a></aside></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "page.html"), "--out", str(out), "--quiet"]) == 0
    arts = read(out, "articles")
    assert arts[0]["status"] == "ok", arts
    mentions = read(out, "mentions")
    sections = {m["text"]: m["section"] for m in mentions}
    assert sections.get("Jack Straw") == "body"
    assert sections.get("Tony Blair") == "caption"
    assert "Madonna" not in sections and "Japan" not in sections


def test_show_writes_highlighted_html(tmp_path):
    rec = json.loads((REPO / "corpora" / "samples" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()[0])
    art = tmp_path / "jobs.txt"
    art.write_text(rec["text"], encoding="utf-8")
    out = tmp_path / "page.html"
    assert main(["show", str(art), "--published", rec["published"], "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    for label in ["PERSON", "TITLE", "ORG", "DATE"]:
        assert label in html
    assert "Steve" in html and "Jobs" in html and html.startswith("<!DOCTYPE html>")


def test_info_lists_the_pipeline(capsys):
    assert main(["info"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["pipeline"][0] == "newsie_sections" and "ner" in info["pipeline"]


def test_a_folders_readme_and_attribution_are_not_articles(tmp_path):
    from newsie.io.readers import iter_files

    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Headline\n\nBody text.", encoding="utf-8")
    (tmp_path / "news" / "ATTRIBUTION.md").write_text("# Sources\n", encoding="utf-8")
    (tmp_path / "news" / "README.txt").write_text("What this folder holds.", encoding="utf-8")
    (tmp_path / "news" / ".hidden").mkdir()
    (tmp_path / "news" / ".hidden" / "b.txt").write_text("Editor backup.", encoding="utf-8")
    assert [p.name for p in iter_files([tmp_path / "news"])] == ["a.txt"]
    # named explicitly, a project file is read like any other
    assert [p.name for p in iter_files([tmp_path / "news" / "ATTRIBUTION.md"])] == ["ATTRIBUTION.md"]
