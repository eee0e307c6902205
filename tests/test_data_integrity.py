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
