"""The scorer itself: matching rules for people, roles, organisations and dates."""

from __future__ import annotations

import json

from conftest import REPO, shared_path
from newsie.evaluate import Prediction, score_article

GOLD = {
    "people": [{"name": "Nikolai Patrushev", "aliases": ["N. Patrushev"]}, {"name": "Jack Straw", "aliases": ["Mr Straw"]}],
    "roles": [{"person": "Nikolai Patrushev", "title": "Secretary of the Russian Security Council", "role": "Secretary", "variants": [], "country": "RU"}],
    "countries": ["RU", "GB"],
    "organisations": [{"name": "Collective Security Treaty Organization", "acronym": "CSTO", "variants": ["CSTO"]}],
    "dates": [{"text": "21 November", "value": "2018-11-21", "end_value": None}, {"text": "this year", "value": None, "end_value": None}],
}


def test_perfect_prediction_scores_one():
    pred = Prediction(
        people=[{"name": "Nikolai Patrushev", "aliases": []}, {"name": "Jack Straw", "aliases": []}],
        roles=[{"person": "Nikolai Patrushev", "title": "Secretary of the Russian Security Council", "role": "Secretary", "country": "RU"},
               {"person": "Nikolai Patrushev", "title": "Secretary of the Security Council of the Russian Federation", "role": "Secretary", "country": "RU"}],
        countries={"RU", "GB"},
        organisations=[{"name": "Collective Security Treaty Organisation", "acronym": "", "variants": []}],
        dates=[{"text": "21 November", "value": "2018-11-21", "end_value": None}, {"text": "this year", "value": None, "end_value": None}],
    )
    counts, _ = score_article(pred, GOLD)
    for table, c in counts.items():
        assert c.f1 == 1.0, table


def test_misses_and_false_hits_are_counted():
    pred = Prediction(
        people=[{"name": "Patrushev", "aliases": []}, {"name": "Armenia", "aliases": []}],
        roles=[{"person": "Nikolai Patrushev", "title": "spokesman", "role": "spokesman", "country": None}],
        countries={"RU", "AM"},
        organisations=[],
        dates=[{"text": "21 November", "value": "2018-11", "end_value": None}],
    )
    counts, details = score_article(pred, GOLD)
    assert (counts["people"].tp_p, counts["people"].n_pred, counts["people"].n_gold) == (1, 2, 2)
    assert counts["roles"].tp_p == 0 and counts["roles"].n_pred == 1
    assert counts["countries"].precision == 0.5 and counts["countries"].recall == 0.5
    assert counts["organisations"].recall == 0.0
    assert counts["dates"].tp_p == 0
    assert details["people"]["false"] == ["Armenia"] and details["people"]["missed"] == ["Jack Straw"]


def test_different_first_name_is_not_a_match():
    pred = Prediction(people=[{"name": "Cherie Straw", "aliases": []}])
    counts, _ = score_article(pred, {"people": [{"name": "Jack Straw", "aliases": []}]})
    assert counts["people"].tp_p == 0


def test_rule_diff_lists_what_a_change_did(tmp_path, capsys):
    """scripts/rule_diff.py diff: per article, what a change took away and what it brought, dev scores first."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("rule_diff", REPO / "scripts" / "rule_diff.py")
    rule_diff = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rule_diff)
    before, after = tmp_path / "a.json", tmp_path / "b.json"
    before.write_text(json.dumps({"bbc-news:sport/1": {"orgs": ["Old Trafford", "Arsenal FC"], "people": ["Thierry Henry"]}}))
    after.write_text(json.dumps({"bbc-news:sport/1": {"orgs": ["Arsenal FC"], "people": ["Thierry Henry"]}}))
    rule_diff.diff(before, after)
    assert capsys.readouterr().out.splitlines() == ["bbc-news:sport/1 orgs: -['Old Trafford'] +[]", "1 changes"]
    scores = lambda f1: {"organisations": {"precision": f1, "recall": 0.5, "f1": f1}}  # noqa: E731
    before.write_text(json.dumps({"scores": scores(0.5), "per_article": {"x": {"organisations": {"missed": [], "false": ["Old Trafford"]}}}}))
    after.write_text(json.dumps({"scores": scores(0.6), "per_article": {"x": {"organisations": {"missed": [], "false": []}}}}))
    rule_diff.diff(before, after)
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("organisations   F1 0.500 -> 0.600")
    assert out[1:] == ["x organisations false: -['Old Trafford'] +[]", "1 changes"]
    # the sample never draws an article a gold file annotates, held-back rounds included
    from newsie.evaluate import gold_sources

    annotated = gold_sources(REPO / "corpora")
    assert ("bbc-news", "politics/147") in annotated and ("reuters21578", "952") in annotated  # dev
    assert ("bbc-news", "sport/115") in annotated and ("reuters21578", "20462") in annotated  # round 15, dev since session 10
    assert ("bbc-news", "sport/242") in annotated and ("reuters21578", "8060") in annotated  # round 16, held back a session, now in dev


def test_rule_diff_sample_only_swaps_out_newly_annotated_articles(tmp_path, monkeypatch):
    """Annotating an article replaces it in the seeded sample and leaves the others where they were."""
    import importlib.util

    import newsie.evaluate

    spec = importlib.util.spec_from_file_location("rule_diff", REPO / "scripts" / "rule_diff.py")
    rule_diff = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rule_diff)
    for sub in ("bbc-news", "reuters21578", "web-news-html"):
        (tmp_path / sub).mkdir()
    (tmp_path / "bbc-news/bbc_news.jsonl").write_text("".join(json.dumps({"doc_id": f"tech/{i:03}"}) + "\n" for i in range(40)))
    (tmp_path / "reuters21578/reuters21578.jsonl").write_text(json.dumps({"doc_id": 1, "text": "x" * 500}) + "\n")
    (tmp_path / "web-news-html/ground-truth.json").write_text("{}")
    monkeypatch.setattr(newsie.evaluate, "default_corpora_dir", lambda: tmp_path)
    gold: set = set()
    monkeypatch.setattr(newsie.evaluate, "gold_sources", lambda root: gold)
    rule_diff.sample(5, 10, 1, 1, tmp_path / "a.json")
    first = [tuple(x) for x in json.loads((tmp_path / "a.json").read_text())]
    gold.update(first[:3])  # three sampled articles get gold files
    rule_diff.sample(5, 10, 1, 1, tmp_path / "b.json")
    second = [tuple(x) for x in json.loads((tmp_path / "b.json").read_text())]
    assert len(second) == 11 and not gold & set(second)
    assert set(first[3:]) <= set(second)  # everything not annotated stays in the sample


def test_shared_corpora_are_found_next_to_the_repository_from_any_folder(tmp_path, monkeypatch):
    """Run from elsewhere (a script in /tmp), the corpora beside the repository are still the default."""
    from newsie.evaluate import default_corpora_dir

    beside = shared_path("corpora").resolve()  # skipped in a clone without ../shared/, required in CI
    monkeypatch.delenv("NEWSIE_CORPORA", raising=False)
    monkeypatch.chdir(tmp_path)
    assert default_corpora_dir().resolve() == beside
