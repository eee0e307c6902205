"""newsie_sections: split an article into headline, body and caption, and drop non-content.

Scraped news carries teasers, related-article blocks and photo credits around the article. They
name people and places that the article is not about, so they are marked `drop` and every later
component ignores them.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from .. import attrs  # noqa: F401 - declares the Doc extensions
from .base import NewsieComponent

CAPTION_PREFIX = re.compile(
    r"^\s*\(?\s*(?:photo|photograph|picture|pictured|image|caption|foto|pic)s?\s*(?:credit)?\s*[:|–—]\s*",
    re.I,
)
CREDIT_LINE = re.compile(
    r"^\s*(?:\(\s*(?:photo|image|picture)\s*:.*\)\s*$|(?:source|credit|credits|photo credit|image credit|"
    r"copyright|getty images|reuters photo)\b\s*[:|–—-]?|©"
    # Wire-service staff credits: "Reporting by …; Additional reporting by …; Editing by …", bracketed or not
    r"|\(?(?:additional\s+)?(?:reporting|editing|writing|compiled|edited|written|research|graphics?)(?:\s+and\s+\w+)?\s+by\s+(?-i:[A-Z])"
    # "Associated Press writers Alan Fram and Zeke Miller contributed to this report."
    r"|(?:the\s+)?(?:associated\s+press|ap|reuters|afp)\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?)\s+(?-i:[A-Z]).*contributed\b)",
    re.I,
)
# A photo credit closing a caption, often glued to its last word by the page's markup ("… ate a
# rabbitCredit: Getty - Contributor", "… in Mongolia, in MayCredit: The Siberian Times"): dropped from
# the start of that word, since the tokenizer keeps "MayCredit" one token.
CREDIT_TAIL = re.compile(r"\S*?(?<![A-Za-z])Credit:|\S*?[a-z)]Credit:|\s(?:Photo|Image|Picture) ?credit:", re.I)
CREDIT_TAIL_MAX_WORDS = 8
# An author's contact or a newsletter plug: "Email Tariq Malik at tmalik@space.com or follow him
# @tariqjmalik.", "Follow us on Twitter and on Facebook.", "Subscribe to NJ.com's newsletters."
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}\b", re.I)
PLUG = re.compile(r"(?:follow (?:us|him|her|me|them)\b|subscribe to\b|sign up (?:for|to)\b|get the latest\b|catch up on\b|more AP\b)", re.I)
# A social-media plug, at a line's start or closing a paragraph after its last sentence: "Follow
# Newsbeat on Instagram, Facebook, Twitter and YouTube.", "… is out now. Follow him on Twitter
# @michaeldwall.", "Reach the reporters on Twitter at …".
SOCIAL_PLUG = re.compile(
    r"(?:^|(?<=[.!?\"”]\s))(?:Follow (?:us|him|her|me|them|[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?) on (?:Twitter|Facebook|Instagram|YouTube|TikTok|LinkedIn)\b"
    r"|Reach (?:the )?(?:reporters?|writers?|authors?|us) on (?:Twitter|Facebook)\b)"
)
CONTACT_MAX_WORDS = 40
CONTACT_MAX_CHARS = 400  # the e-mail pattern rescans a long run of word characters: keep it to short lines


def _is_contact_line(line: str) -> bool:
    """A short line with an e-mail address or opening with a follow/subscribe plug."""
    if len(line) > CONTACT_MAX_CHARS or len(line.split()) > CONTACT_MAX_WORDS:
        return False
    return bool(PLUG.match(line) or ("@" in line and EMAIL.search(line)))
# A line holding only one of these headers starts a block of teasers that runs to the end.
BLOCK_HEADERS = {
    "related articles", "related", "related stories", "related news", "related content",
    "editor's choice", "editors' choice", "editor’s choice", "popular", "most popular", "most read",
    "most viewed", "read more", "more on this story", "you may also like", "recommended",
    "recommended for you", "trending", "trending now", "latest news", "more stories", "see also",
    "also read", "top stories", "more news", "share this article", "comments",
}
# A line starting with one of these is a single teaser link.
INLINE_TEASER = re.compile(
    r"^\s*(?:see also(?: related content)?|read more|related|also read|read also|also see|"
    r"more|recommended|watch|listen)\s*[:|»>]",
    re.I,
)
HEADLINE_MAX_WORDS = 30
CAPTION_MAX_WORDS = 60
CREDIT_MAX_WORDS = 6
WRAP_WIDTH = 80  # wire copy is wrapped near 70 columns


def _without_credit_tail(text: str, s: int, e: int, label: str) -> list[list]:
    """`[[s, e, label]]`, or the line split before a short photo credit that closes it."""
    m = CREDIT_TAIL.search(text, s, e) if text.find("redit:", s, e) >= 0 else None
    if m is None or m.start() == s or len(text[m.end() : e].split()) > CREDIT_TAIL_MAX_WORDS:
        return [[s, e, label]]
    return [[s, m.start(), label], [m.start(), e, "drop"]]


def _is_credit_text(rest: str) -> bool:
    """A short remainder after 'Photo:' names a photographer or agency, not the picture."""
    words = rest.split()
    if not words:
        return True
    if len(words) > CREDIT_MAX_WORDS:
        return False
    # Credits are names: mostly capitalised words, agencies, slashes; captions have verbs/lowercase.
    lower = [w for w in words if w[:1].islower() and w.lower() not in {"by", "of", "via", "and", "from", "file"}]
    return len(lower) == 0


def find_sections(text: str, title: Optional[str] = None) -> list[list]:
    """Return `[[start, end, label], ...]` covering `text`, label in headline/body/caption/drop."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1

    labels: list[list] = []  # [start, end, label] per line piece
    seen: set[str] = set()
    in_teasers = False
    have_headline = False
    n_content = 0
    for i, (s, e) in enumerate(lines):
        raw = text[s:e]
        stripped = raw.strip()
        end_incl = min(e + 1, len(text))  # the newline belongs to its line
        if not stripped:
            labels.append([s, end_incl, "gap"])
            continue
        key = re.sub(r"\s+", " ", stripped.lower())
        if in_teasers:
            labels.append([s, end_incl, "drop"])
            continue
        if key.rstrip(":") in BLOCK_HEADERS and n_content > 0:
            in_teasers = True
            labels.append([s, end_incl, "drop"])
            continue
        if key in seen and len(key) > 20:
            labels.append([s, end_incl, "drop"])
            continue
        seen.add(key)
        if INLINE_TEASER.match(stripped):
            labels.append([s, end_incl, "drop"])
            continue
        lead = len(raw) - len(raw.lstrip())  # match on the stripped line: "^\s*" over a long blank run is quadratic
        m = CAPTION_PREFIX.match(raw[lead:])
        if m:
            s_cap = s + lead + m.end()
            rest = raw[lead + m.end():].strip().rstrip(")")
            if _is_credit_text(rest):
                labels.append([s, end_incl, "drop"])
                # Wikinews style: "<caption>\nImage: <credit>." – the line before is the caption.
                prev = _previous_text_line(labels)
                if prev is not None and labels[prev][2] == "body":
                    ptxt = text[labels[prev][0]:labels[prev][1]]
                    if len(ptxt.split()) <= CAPTION_MAX_WORDS:
                        labels[prev][2] = "caption"
            else:
                labels.append([s, s_cap, "drop"])
                labels.extend(_without_credit_tail(text, s_cap, end_incl, "caption"))
                n_content += 1
            continue
        if CREDIT_LINE.match(raw[lead:]) or (n_content > 0 and _is_contact_line(stripped)):
            labels.append([s, end_incl, "drop"])
            continue
        plug = SOCIAL_PLUG.search(raw) if n_content > 0 and len(raw) <= 4 * CONTACT_MAX_CHARS else None
        if plug is not None and len(raw[plug.start():].split()) <= CONTACT_MAX_WORDS:
            if raw[:plug.start()].strip():
                labels.append([s, s + plug.start(), "body"])  # the paragraph before the plug is the story's
                n_content += 1
            labels.append([s + plug.start(), end_incl, "drop"])
            continue
        if not have_headline and n_content == 0:
            have_headline = True
            is_title = title is not None and key == re.sub(r"\s+", " ", title.strip().lower())
            short = len(stripped.split()) <= HEADLINE_MAX_WORDS and not stripped.endswith((".", "?\"", ".\""))
            # In hard-wrapped text (wire copy) a headline stands on its own line; a first line that
            # runs straight on into the next is the lead's first wrap ("Economy Minister Juan\nSourrouille said").
            if short and i + 1 < len(lines) and text[lines[i + 1][0]:lines[i + 1][1]].strip() and _hard_wrapped(text, lines):
                short = False
            if is_title or (title is None and short):
                labels.append([s, end_incl, "headline"])
                n_content += 1
                continue
        labels.extend(_without_credit_tail(text, s, end_incl, "body"))
        n_content += 1

    # Blank lines take the label of the line before them, so that sections are contiguous.
    out: list[list] = []
    for s, e, label in labels:
        if s >= e:
            continue
        if label == "gap":
            label = out[-1][2] if out else "drop"
        if out and out[-1][2] == label and out[-1][1] == s:
            out[-1][1] = e
        else:
            out.append([s, e, label])
    if not out and text:
        out = [[0, len(text), "body"]]
    return out


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the text is wrapped at a fixed width: short lines that mostly run on into the next."""
    rows = [text[s:e] for s, e in lines[:40]]
    filled = [r for r in rows if r.strip()]
    if len(filled) < 5:
        return False
    run_on = sum(1 for a, b in zip(rows, rows[1:]) if a.strip() and b.strip())
    short = sum(1 for r in filled if len(r) <= WRAP_WIDTH)
    return run_on >= 0.6 * len(filled) and short >= 0.8 * len(filled)


def _previous_text_line(labels: list[list]) -> Optional[int]:
    """Index of the last non-gap line before the current one (which is already appended)."""
    for j in range(len(labels) - 2, -1, -1):
        if labels[j][2] != "gap":
            return j
    return None


class SectionSplitter(NewsieComponent):
    """Label each paragraph headline, body, caption or drop."""

    name = "newsie_sections"

    def process(self, doc: Doc) -> Doc:
        """Set `doc._.newsie_sections`."""
        meta = doc._.newsie_meta or {}
        # A piece of a long article carries the sections computed on the whole article.
        given = meta.get("sections")
        doc._.newsie_sections = given if given is not None else find_sections(doc.text, meta.get("title"))
        return doc


@Language.factory("newsie_sections", default_config={})
def make_sections(nlp: Language, name: str) -> SectionSplitter:
    """Create the section splitter."""
    return SectionSplitter()
