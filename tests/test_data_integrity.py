"""Derived data equals what its generator makes now (dateparser's data-integrity habit)."""

from __future__ import annotations

import json

import pytest
from conftest import REPO

from newsie.normalise.countries import build_country_table, country_code, dump_country_table
from newsie.normalise.organisations import org_gazetteer
from newsie.resources import iter_jsonl, read_jsonl


def test_country_table_is_regenerated_identically():
    committed = (REPO / "src" / "newsie" / "data" / "countries.jsonl").read_text(encoding="utf-8")
    assert dump_country_table(build_country_table()) == committed, "run python scripts/build_countries.py"


def test_model_config_is_regenerated_identically():
    from scripts_build_model import render_config

    assert render_config() == (REPO / "models" / "newsie" / "config.cfg").read_text(encoding="utf-8"), "run python scripts/build_model.py"


@pytest.mark.parametrize("text,code", [("Russia", "RU"), ("the Russian Federation", "RU"), ("UK", "GB"), ("Britain", "GB"), ("U.S.", "US"),
                                        ("Kyrgyz Republic", "KG"), ("Republic of Moldova", "MD"), ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"),
                                        ("Burma", "MM"), ("Palestinian", "PS"), ("Soviet Union", "SU"), ("Yugoslavia", "YU"), ("Belarusian", "BY")])
def test_country_lookup(text, code):
    assert country_code(text) == code


def test_gazetteers_load_and_reject_unknown_keys():
    assert len(org_gazetteer()) > 50
    assert read_jsonl("titles.jsonl", allowed=("label", "pattern", "id"))
    with pytest.raises(ValueError, match="E002"):
        list(iter_jsonl(json.dumps({"pattern": "x", "colour": "red"}), "user.jsonl", allowed=("label", "pattern", "id")))


def test_rugby_clubs_name_one_club_per_form():
    records = read_jsonl("rugby_clubs.jsonl", allowed=("name", "forms"), required=("name", "forms"))
    forms = [f for rec in records for f in rec["forms"]]
    assert len(forms) == len(set(forms)), "a form names two clubs"
    assert all(rec["name"] in rec["forms"] or rec["name"].startswith(rec["forms"][0]) for rec in records)


def test_no_venue_is_a_gazetteer_body():
    from newsie.lexicon import venue_names
    from newsie.normalise.organisations import lookup_org

    venues = venue_names()
    assert len(venues) > 100 and "Old Trafford" in venues
    assert not [v for v in venues if lookup_org(v)], "a venue the gazetteer knows as a body would be dropped as a place"


def test_organisation_gazetteer_is_consistent():
    from newsie.normalise.organisations import org_key

    seen: dict[str, str] = {}
    codes = {rec["code"] for rec in json.loads("[" + ",".join((REPO / "src/newsie/data/countries.jsonl").read_text().splitlines()) + "]")}
    for rec in org_gazetteer():
        forms = [rec["name"], *(rec.get("variants") or []), *([rec["acronym"]] if rec.get("acronym") else [])]
        assert set(rec.get("ambiguous") or []) <= set(forms), rec["name"]
        assert rec.get("country") is None or rec["country"] in codes, rec["name"]
        for form in {org_key(f) for f in forms}:
            # one form, one body: a second body with the same key would never be found
            assert seen.setdefault(form, rec["name"]) == rec["name"], (form, rec["name"], seen[form])


def test_officials_are_unique_and_coded():
    from newsie.normalise.names import name_tokens, translit_key

    codes = {json.loads(line)["code"] for line in (REPO / "src/newsie/data/countries.jsonl").read_text().splitlines()}
    seen: dict[str, tuple[str, str]] = {}
    for rec in read_jsonl("officials.jsonl", allowed=("name", "variants", "country", "posts")):
        assert rec["country"] in codes, rec["name"]
        for form in [rec["name"], *rec["variants"]]:
            key = " ".join(translit_key(t) for t in name_tokens(form))
            # two people may share a name form ("George Bush") only when they served the same state
            first = seen.setdefault(key, (rec["name"], rec["country"]))
            assert first[1] == rec["country"], (form, first, rec["name"])


def test_word_lists_tell_ordinary_words_from_names():
    from newsie.lexicon import ambiguous_given_names, common_words, first_names

    words = common_words()
    assert {"keyboard", "accident", "squad", "line"} <= words
    assert not {"woodward", "idowu", "hammerstein"} & words
    assert all(w.islower() and w.isalpha() for w in words)
    # given names that are also words are kept apart from the main list, never in both
    assert {"Bill", "Will", "Rose"} <= ambiguous_given_names()
    assert not ambiguous_given_names() & first_names()


def test_every_gold_file_loads_and_refers_to_its_source():
    from newsie.evaluate import load_gold

    files = [f for f in (REPO / "corpora").rglob("*.json") if f.name != "floors.json"]
    assert len(files) >= 300  # dev, test and the held-back rounds
    for f in files:
        gold = load_gold(f)
        assert gold["gold_id"] == f.stem, f
        assert gold["source"]["corpus"] and gold["source"]["doc_id"], f
        assert all(r["person"] in {p["name"] for p in gold["people"]} for r in gold["roles"]), f
