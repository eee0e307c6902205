"""The scorer itself: matching rules for people, roles, organisations and dates."""

from __future__ import annotations

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
