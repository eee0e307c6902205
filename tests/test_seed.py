"""The canonical example end to end: every person, post, country, organisation and date."""

from __future__ import annotations

import pytest

import newsie

pytestmark = pytest.mark.model

EXPECTED_PEOPLE = {
    "Nikolai Patrushev": ("RU", "Secretary"),
    "Valeri Semerikov": (None, "Secretary General"),
    "Ramiz Mehdiyev": ("AZ", "head"),
    "Armen Grigoryan": ("AM", "Secretary"),
    "Stanislav Zas": ("BY", "State Secretary"),
    "Gabit Bayzhanov": ("KZ", "Secretary"),
    "Damir Sagynbayev": ("KG", "Secretary"),
    "Artur Gumenyuk": ("MD", "Secretary"),
    "Abdurahim Kakharov": ("TJ", "Secretary"),
    "Viktor Makhmudov": ("UZ", "Secretary"),
    "Sergey Lebedev": (None, "Chairman"),
}


@pytest.fixture(scope="module")
def frames(nlp, seed_text):
    return newsie.extract(seed_text, published="2018-11-22", article_id="seed", nlp=nlp).frames()


def test_exactly_the_eleven_people(frames):
    assert set(frames["people"]["name"]) == set(EXPECTED_PEOPLE)


def test_aliases_merge_initials_and_transliterations(frames):
    people = frames["people"].set_index("name")
    assert "N. Patrushev" in people.loc["Nikolai Patrushev", "aliases"]
    assert "Valery Semerikov" in people.loc["Valeri Semerikov", "aliases"]


def test_every_person_has_their_post_and_country(frames):
    people = frames["people"].set_index("person_id")["name"]
    roles = frames["roles"].assign(name=lambda d: d["person_id"].map(people))
    for name, (country, role) in EXPECTED_PEOPLE.items():
        mine = roles[roles["name"] == name]
        assert role in set(mine["role"]), name
        if country:
            assert country in set(mine["country_code"]), name
        else:
            assert set(mine["country_code"]) == {""}, name


def test_two_roles_in_one_caption_phrase(frames):
    people = frames["people"].set_index("person_id")["name"]
    roles = frames["roles"].assign(name=lambda d: d["person_id"].map(people))
    assert set(roles[roles["name"] == "Gabit Bayzhanov"]["role"]) == {"Assistant", "Secretary"}
    assert set(roles[roles["name"] == "Artur Gumenyuk"]["role"]) == {"Advisor", "Secretary"}
    acting = roles[(roles["name"] == "Valeri Semerikov") & (roles["qualifier"] == "acting")]
    assert len(acting) == 1


def test_countries(frames):
    assert set(frames["countries"]["country_code"]) - {"SU"} == {"RU", "AZ", "MD", "TM", "UZ", "AM", "GE", "UA", "BY", "KZ", "KG", "TJ"}


def test_organisations_once_each_and_no_fragments(frames):
    orgs = frames["organisations"]
    names = list(orgs["name"])
    assert len(names) == len(set(names))
    for expected in ["Commonwealth of Independent States", "Collective Security Treaty Organization", "Security Council of Russia",
                     "Security Council of Armenia", "Security Council of Belarus", "Security Council of Kazakhstan",
                     "Security Council of Kyrgyzstan", "Security Council of Tajikistan", "Supreme Security Council of Moldova",
                     "CIS Executive Committee"]:
        assert expected in names, expected
    assert orgs.set_index("name").loc["Security Council of Russia", "country_code"] == "RU"
    for fragment in ["State", "Advisor", "Belarus", "Moldova", "Armenia", "Security Councils"]:
        assert fragment not in names


def test_dates(frames):
    got = {(r.value, r.granularity) for r in frames["dates"].itertuples()}
    assert got == {("2018-11-21", "day"), ("2018", "year"), ("2017", "year")}
