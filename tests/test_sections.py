"""newsie_sections: headline, body, caption, and teasers/credits dropped."""

from __future__ import annotations

import pytest

from newsie.components.sections import find_sections


def labels(text: str, title=None) -> dict[str, str]:
    """First words of each line → its label."""
    out = {}
    for s, e, label in find_sections(text, title):
        for line in text[s:e].split("\n"):
            if line.strip():
                out[line.strip()[:25]] = label
    return out


def test_headline_body_caption_and_teasers():
    text = (
        "Ministers meet in Moscow\n\nThe heads met on Wednesday.\n\nsource: commonspace.eu\n\n"
        "photo: Participants at the meeting: Secretary Armen Grigoryan.\n\nRelated articles\n\n"
        "Editor's choice\nBorrell tells the European Parliament"
    )
    got = labels(text)
    assert got["Ministers meet in Moscow"] == "headline"
    assert got["The heads met on Wednesda"] == "body"
    assert got["source: commonspace.eu"] == "drop"
    assert got["Participants at the meeti"] == "caption"
    assert got["Borrell tells the Europea"] == "drop"


def test_caption_prefix_itself_is_dropped():
    text = "Title here\n\nBody text.\n\nphoto: The minister Jack Straw arrives at the summit."
    secs = find_sections(text)
    cap = [t for t in secs if t[2] == "caption"][0]
    assert text[cap[0] : cap[1]].startswith("The minister")


@pytest.mark.parametrize(
    "line",
    ["See also related content: Belarus to sell more arms", "Read more: Why the EU is split", "Related: Ukraine talks"],
)
def test_inline_teasers_dropped(line):
    text = f"Headline\n\nBody sentence one.\n\n{line}\n\nMore body text follows here."
    assert labels(text)[line[:25]] == "drop"
    assert labels(text)["More body text follows he"] == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Email Jane Roe at jroe@example.com or follow her @janeroe. Follow us on Twitter @Example and on Facebook.",  # a space.com page's pattern
        "Have a tip? John Doe may be reached at jdoe@example.com.",
        "Follow us on Twitter and Instagram.",
        "Subscribe to Example.com's newsletters.",
    ],
)
def test_author_contact_lines_dropped(line):
    text = f"Headline\n\nMayor Ann Lee opened the bridge.\n{line}\nThe bridge cost $5m, Lee said."
    got = labels(text)
    assert got[line[:25]] == "drop"
    assert got["Mayor Ann Lee opened the "] == "body" and got["The bridge cost $5m, Lee "] == "body"


def test_wikinews_caption_before_image_credit():
    text = "Headline\nTuesday, September 1, 2015\nFormica fusca, from file.\nImage: Mathias Krumbholz.\nNick Bos studies ants."
    got = labels(text)
    assert got["Formica fusca, from file."] == "caption"
    assert got["Image: Mathias Krumbholz."] == "drop"
    assert got["Nick Bos studies ants."] == "body"


def test_repeated_paragraph_dropped_once_seen():
    para = "Dozens participate in new Armenia-Azerbaijan dialogue process"
    text = f"Headline\n\n{para}\n\n{para}"
    secs = [t for t in find_sections(text) if t[2] == "drop"]
    assert secs and text[secs[0][0] : secs[0][1]].strip() == para


def test_long_first_line_is_body_not_headline():
    text = "This is a long first sentence that reads like the body of an article, not like its headline at all, because it runs on."
    assert find_sections(text)[0][2] == "body"


def test_first_wrap_of_hard_wrapped_wire_copy_is_body_not_headline():
    lead = "Argentina's Economy Minister Juan\nSourrouille said the narrow interest of creditor banks was\nholding up a new loan, and that talks would go on in\nWashington next week with the banks and the International\nMonetary Fund, which has backed the plan since last year.\n"
    assert find_sections(lead)[0][2] == "body"
    # a headline on its own line above wrapped copy stays a headline
    text = "ARGENTINA SEES LOAN DEAL\n\n" + lead
    assert find_sections(text)[0][2] == "headline"


def test_wire_contributor_line_is_dropped():
    text = "Headline\n\nThe inquiry went on.\n\nAssociated Press writers Alan Fram, Zeke Miller and Jill Colvin contributed to this report."
    last = find_sections(text)[-1]
    assert last[2] == "drop" and "Zeke Miller" in text[last[0] : last[1]]


def test_block_header_before_any_content_does_not_drop_article():
    text = "Popular\nThe actual article starts here and goes on."
    assert any(label in {"body", "headline"} for _, _, label in find_sections(text))


def test_sections_cover_text_contiguously():
    text = "A\n\nB body.\n\nphoto: C caption here and there.\n\nRelated articles\nD"
    secs = find_sections(text)
    assert secs[0][0] == 0 and secs[-1][1] == len(text)
    for a, b in zip(secs, secs[1:]):
        assert a[1] == b[0]


FURNITURE_CASES = [
    # social-media plugs (web 70cb2d5b's, 686bb170's and abd9d629's patterns): the plug names no body of the story
    (
        "Moon found\n\nScientists found a moon on Monday.\n"
        "His book is out now. Follow him on Twitter @michaeldwall. Follow us on Twitter @Spacedotcom or Facebook.\n"
        "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.\n"
        "Reach the reporters on Twitter at http://twitter.com/x\n"
        "Taylor Swift posted on Twitter accusing the label.",
        ["His book is out now.", "Taylor Swift posted on Twitter"],
        ["Follow", "Reach the reporters"],
    ),
    # a wire service's house plugs after the story (two AP pages: web aec5deea, eecd2575)
    (
        "Lakers hold off OKC\n\nLOS ANGELES (AP) — The Lakers won again on Tuesday night.\n"
        "___\nCatch up on the 2020 election campaign with AP experts on our weekly politics podcast.\n"
        "___\nMore AP NBA: https://apnews.com/NBA\n"
        "More than 40 players were fined, the league said.",
        ["The Lakers won again", "More than 40 players were fined"],
        ["Catch up", "More AP"],
    ),
    # a photo credit closing a caption, glued to its last word (web thesun-plague, e1c7023e); a sentence opening "Credit:" stays
    (
        "Plague fear\n\nPhoto: The latest case was reported after a hunter ate a rabbitCredit: Getty - Contributor\n\n"
        "Photo: A couple died in the west of the country in MayCredit: The Siberian Times\n"
        "Stranded astronaut Mark Watney in The Martian. Credit: 20th Century Fox\n"
        "The story goes on. Credit: where it is due, the team did well in every one of its matches this year.\n",
        ["The latest case was reported", "Stranded astronaut Mark Watney", "Credit: where it is due"],
        ["Getty", "Siberian Times", "Century Fox"],
    ),
]


@pytest.mark.parametrize("text,kept_parts,dropped_parts", FURNITURE_CASES, ids=["social plugs", "wire house plugs", "photo credits"])
def test_page_furniture_is_dropped_and_the_story_kept(text, kept_parts, dropped_parts):
    kept = " ".join(text[s:e] for s, e, label in find_sections(text, None) if label != "drop")
    assert all(part in kept for part in kept_parts), kept
    assert not any(part in kept for part in dropped_parts), kept
