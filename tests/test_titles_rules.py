"""newsie_titles on a blank pipeline: heads, qualifiers, organisations, countries and complements."""

from __future__ import annotations

import pytest
import spacy

from newsie.components.sections import SectionSplitter
from newsie.components.titles import TitleFinder


@pytest.fixture(scope="module")
def run():
    nlp = spacy.blank("en")
    finder = TitleFinder(nlp)
    splitter = SectionSplitter()

    def _run(text):
        doc = nlp(text)
        doc._.newsie_meta = {"title": None}
        return finder(splitter(doc))._.newsie_titles

    return _run


@pytest.mark.parametrize(
    "text,title,role,qualifier,country",
    [
        ("Yesterday, Secretary of the Security Council of Armenia Armen Grigoryan spoke.", "Secretary of the Security Council of Armenia", "Secretary", None, "AM"),
        ("Yesterday, State Secretary of the Security Council of Belarus Stanislav Zas spoke.", "State Secretary of the Security Council of Belarus", "State Secretary", None, "BY"),
        ("Yesterday, Secretary of the Security Council of the Russian Federation N. Patrushev spoke.", "Secretary of the Security Council of the Russian Federation", "Secretary", None, "RU"),
        ("It was hosted by the Secretary of the Russian Security Council, Nikolai Patrushev.", "Secretary of the Russian Security Council", "Secretary", None, "RU"),
        ("He met the Acting Secretary General of the Collective Security Treaty Organisation (CSTO), the alliance.", "Acting Secretary General of the Collective Security Treaty Organisation (CSTO)", "Secretary General", "acting", None),
        ("Yesterday Vice-Prime Minister Oleg Rybachuk resigned.", "Vice-Prime Minister", "Prime Minister", "vice", None),
        ("Yesterday former Foreign Secretary Robin Cook spoke.", "former Foreign Secretary", "Foreign Secretary", "former", None),
        ("Yesterday the interim chief executive of Renault spoke.", "interim chief executive of Renault", "chief executive", "interim", None),
        ("Yesterday the outgoing President of Ukraine spoke.", "outgoing President of Ukraine", "President", "outgoing", "UA"),
        ("Yesterday Armenian Prime Minister Nikol Pashinyan spoke.", "Armenian Prime Minister", "Prime Minister", None, "AM"),
        ("Yesterday the first deputy prime minister of Russia spoke.", "first deputy prime minister of Russia", "prime minister", "first deputy", "RU"),
        ("Yesterday the Archbishop of Canterbury Dr Rowan Williams spoke.", "Archbishop of Canterbury", "Archbishop", None, None),
        ("Yesterday Lt Col Alexander Vindman testified.", "Lt Col", "Lieutenant Colonel", None, None),  # an abbreviated head is named in full
        ("Yesterday the Governor of the Bank of England Robin Leigh-Pemberton spoke.", "Governor of the Bank of England", "Governor", None, "GB"),
        # Two heads written as one word are one post, named in the singular (billboard's Doobie Brothers report)
        ("On stage, singer-guitarists Tom Johnston and Patrick Simmons returned.", "singer-guitarists", "singer-guitarist", None, None),
        ("On stage, singer-keyboardist Michael McDonald returned.", "singer-keyboardist", "singer-keyboardist", None, None),
        ("Last night Wild defenseman Ryan Suter scored.", "defenseman", "defenseman", None, None),
    ],
)
def test_title_spans(run, text, title, role, qualifier, country):
    found = {t["text"]: t for t in run(text)}
    assert title in found, list(found)
    t = found[title]
    assert (t["role"], t["qualifier"], t["country"]) == (role, qualifier, country)


@pytest.mark.parametrize(
    "text",
    [
        "The general public was not consulted.",  # "general" as an adjective
        "He was a private man.",
        "The head waiter smiled.",
        "Mr Blair said he would stay.",  # an honorific is not a title
        "Shares in Apple rose 5% after the announcement.",
        "The lock on the door broke and the wing was damaged.",  # rugby positions only before a name
    ],
)
def test_common_words_are_not_titles(run, text):
    assert run(text) == []


def test_a_title_split_by_a_line_wrap_is_one_head(run):
    found = run("Yesterday British Chancellor of the\nExchequer Nigel Lawson and Prime\nMinister Margaret Thatcher spoke.")
    assert [t["role"] for t in found] == ["Chancellor of the Exchequer", "Prime Minister"]
    assert [t["country"] for t in found] == ["GB", None]


def test_complement_stops_before_next_title(run):
    titles = run("Claude Veron-Reville, a spokesman for EU trade commissioner Peter Mandelson, said so.")
    # Without POS tags (blank pipeline) "EU" is not taken as a modifier; the model run gets "EU trade commissioner".
    assert [t["text"] for t in titles] == ["spokesman for EU", "trade commissioner"]


def test_caption_titles_in_teasers_are_ignored(run):
    text = "Headline\n\nBody.\n\nRelated articles\n\nPrime Minister Tony Blair visits Kabul"
    assert run(text) == []

