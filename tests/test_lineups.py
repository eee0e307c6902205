"""Team sheets: pure-text parsing (no model), then one end-to-end check."""

from __future__ import annotations

import pytest

import newsie
from newsie.components.lineups import lineup_names

CLUBS = {"AC Milan", "Bayer Leverkusen", "Juventus", "Lyon", "Internazionale", "Leeds", "Bradford", "York", "Hull", "Sheffield"}


TOWNS = {"Lyon", "Leeds", "Bradford", "York", "Hull", "Sheffield", "Clichy"}


def players(text: str) -> list[str]:
    return [text[a:b] for a, b in lineup_names(text, lambda name: name in CLUBS, lambda name: name in TOWNS)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # rugby: initial, surname, club in brackets, "capt" inside the bracket or as its own item
        ("J Robinson (Sale Sharks, capt); M Cueto (Sale Sharks), J Noon (Newcastle), O Barkley (Bath), J Lewsey (Wasps)",
         ["J Robinson", "M Cueto", "J Noon", "O Barkley", "J Lewsey"]),
        (": Murphy, Dempsey, Horgan, O'Gara, O'Connell, capt, S Easterby, Foley.",
         ["Murphy", "Dempsey", "Horgan", "O'Gara", "O'Connell", "S Easterby", "Foley"]),
        # football: surnames, a substitute and his minute in brackets
        ("Dudek, Finnan, Hyypia, Carragher, Luis Garcia (Nunez 73), Gerrard, Mellor (Sinama Pongolle 75).",
         ["Dudek", "Finnan", "Hyypia", "Carragher", "Luis Garcia", "Nunez", "Gerrard", "Mellor", "Sinama Pongolle"]),
        # a player named like a town, in a list that is a team sheet
        ("Almunia, Lauren, Toure, Clichy, Cole, Pires, Flamini.", ["Almunia", "Lauren", "Toure", "Clichy", "Cole", "Pires", "Flamini"]),
        # a label before the list, particles and double initials
        ("Subs not used: Lehmann, van der Walt, J-P Grandclaude, Mi Bergamasco.", ["Lehmann", "van der Walt", "J-P Grandclaude", "Mi Bergamasco"]),
        ("Forwards: Nicolas Mas, Sylvain Marconnet, Olivier Milloud, William Servat.", ["Nicolas Mas", "Sylvain Marconnet", "Olivier Milloud", "William Servat"]),
        # scorers with minutes
        (": Varga 40, Thompson 48 pen, Petrov 60, Bellamy 72.", ["Varga", "Thompson", "Petrov", "Bellamy"]),
    ],
)
def test_team_sheet_items_are_players(text, expected):
    assert players(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "AC Milan, Bayer Leverkusen, Internazionale, Juventus, Lyon.",  # clubs, not players
        "Lyon, Leeds, Bradford, Hull, Sheffield, Almunia.",  # towns, not players
        "The party, which won seats in Leeds, Bradford, York, Hull and Sheffield, said it was pleased.",  # prose
        "Guests included Bono, Madonna, Elton John and Sting, the organisers said.",  # prose list of names
        "Smith, Jones, Brown.",  # too short to be a team sheet
        "The Eagles, The Who, The Kinks, The Zombies.",  # bands
    ],
)
def test_other_lists_are_not_team_sheets(text):
    assert players(text) == []


def test_long_items_are_prose_not_players():
    # (items this long are never matched against the name patterns, which keeps hostile input cheap)
    text = "Smith, Jones, Brown, J Smith (" + "a" * 200_000 + ")) q, " + "1 " * 50_000 + "x, Lee."
    assert players(text) == []


def test_offsets_point_at_the_names_in_a_longer_text():
    text = "Wales won 24-18.\n\nG Thomas (Toulouse (capt); H Luscombe (Dragons), T Shanklin (Blues), G Henson (Ospreys), S Williams (Ospreys)."
    spans = lineup_names(text)
    assert [text[a:b] for a, b in spans] == ["G Thomas", "H Luscombe", "T Shanklin", "G Henson", "S Williams"]


@pytest.mark.model
def test_team_sheet_players_are_people_not_organisations(nlp):
    text = (
        "Arsenal beat Chelsea 2-1 at Highbury on Saturday, with Thierry Henry scoring twice.\n\n"
        "Almunia, Lauren, Toure, Campbell, Cole, Pires, Flamini, Fabregas, Reyes (Clichy 82), Bergkamp, Henry.\n\n"
        "Subs not used: Lehmann, Senderos, Hoyte."
    )
    rows = newsie.extract(text, nlp=nlp).tables.rows
    people = {p["name"] for p in rows["people"]}
    assert {"Almunia", "Campbell", "Clichy", "Senderos", "Thierry Henry"} <= people
    assert "Henry" not in people  # the sheet's "Henry" is Thierry Henry
    assert not {o["name"] for o in rows["organisations"]} & {"Campbell", "Reyes", "Senderos"}
