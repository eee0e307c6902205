"""Team sheets: the lists of players that close sports reports.

"R McBryde (Scarlets), J Yapp (Blues), J Thomas (Ospreys)…" or "Almunia, Lauren, Toure, Campbell,
Cole, Pires (Clichy 82), Bergkamp." name a person per item, but the base model reads them as
places, clubs or nothing at all. A paragraph is read as a team sheet only when it is a list of at
least four items of which nearly all have the shape of a player's name, so running prose and lists
of clubs or countries are left alone.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

# "Subs not used:", "Forwards:", "Replacements:", or a bare ":" left where a label was stripped.
LABEL = re.compile(r"^\s*(?:[A-Z][A-Za-z' ]{0,30})?:\s*")
PARTICLE = r"(?:(?:de|da|di|dal|del|della|van|von|der|den|le|la|du|ter|dos|das)\s)"
NAME_WORD = r"[A-Z][A-Za-z'’]*[a-z][A-Za-z'’]*(?:-[A-Z][A-Za-z'’]+)?"
# An optional initial or two ("S", "J-P", "Mi", "S."), particles, then one or two name words.
NAME = re.compile(rf"^(?:(?:[A-Z]{{1,2}}|[A-Z]-[A-Z]|[A-Z][a-z])\.?\s)?{PARTICLE}*{NAME_WORD}(?:\s{PARTICLE}*{NAME_WORD})?$")
# What may follow a name in an item: a bracket (club, "capt", or a substitute and minute) and goal minutes.
TAIL = re.compile(r"\s*(?:\((?P<par>[^)]*(?:\([^)]*\))?[^)]*)\)?)?\s*(?:\d+(?:\s?(?:pen|og))?(?:,\s?\d+(?:\s?(?:pen|og))?)*)?\s*\.?\s*$")
SUBSTITUTE = re.compile(r"^(?P<name>.+?)\s+\d+")
NEUTRAL = {"capt", "captain", "c", "vc", "wk"}
# Labels that say a list names players, so that a shorter list counts ("Subs not used: Lehmann, Hoyte.").
SHEET_LABELS = {"subs", "subs not used", "substitutes", "replacements", "booked", "sent off", "goals", "scorers", "forwards", "backs"}
MAX_ITEM_CHARS = 80
MIN_ITEMS = 4
MIN_SHARE = 0.8


def _items(paragraph: str) -> Iterator[tuple[int, str]]:
    """Top-level comma/semicolon-separated items with their offsets (brackets may hold commas)."""
    depth, start = 0, 0
    for i, ch in enumerate(paragraph):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ";" or (ch == "," and depth == 0):
            # a semicolon always ends an item: "G Thomas (Toulouse (capt); H Luscombe" is unbalanced
            yield start, paragraph[start:i]
            start, depth = i + 1, 0
    yield start, paragraph[start:]


def _name_in(item: str) -> tuple[int, str, str] | None:
    """(offset, name, bracket text) of the player's name an item starts with, else None."""
    if len(item) > MAX_ITEM_CHARS:
        return None  # a player's item is short; a long one is prose (and would make the regexes slow)
    lead = len(item) - len(item.lstrip())
    body = item.strip()
    bracket = body.find("(")
    head = body[:bracket].rstrip() if bracket >= 0 else body
    head = re.sub(r"[\s\d.,]+(?:pen|og)?$", "", head) if re.search(r"\d", head) else head.rstrip(". ")
    tail = body[len(head):]
    if not head or not NAME.match(head) or not TAIL.match(tail) or head.split()[0] == "The":
        return None  # "The Eagles" in a list of acts is a band
    par = TAIL.match(tail).group("par") or ""
    return lead, head, par


def lineup_names(text: str, is_other: Callable[[str], bool] = lambda name: False, is_place: Callable[[str], bool] = lambda name: False) -> list[tuple[int, int]]:
    """Character spans of the players named in the team sheets of `text`.

    `is_other(name)` says a name is a club or country, never a player; `is_place(name)` that it may
    be a town ("Clichy" is a player too). A list with more than one in five items of either kind is
    not a team sheet; in a list that is one, a town's name is a player's.
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        start = offset
        offset += len(paragraph) + 1
        label = LABEL.match(paragraph)
        skip = label.end() if label else 0
        items = list(_items(paragraph[skip:]))
        found: list[tuple[int, int]] = []
        counted = bad = 0
        for item_start, item in items:
            if not item.strip() or item.strip(" .").lower() in NEUTRAL:
                continue
            counted += 1
            got = _name_in(item)
            if got is None or is_other(got[1]):
                bad += 1
                continue
            lead, name, par = got
            if is_place(name):
                bad += 1
            at = start + skip + item_start + lead
            found.append((at, at + len(name)))
            sub = SUBSTITUTE.match(par.strip())
            if sub and NAME.match(sub.group("name")) and not is_other(sub.group("name")):
                # "Reyes (Clichy 82)": the substitute who came on for him
                sub_at = at + item.strip().index("(") + 1 + (len(par) - len(par.lstrip()))
                found.append((sub_at, sub_at + len(sub.group("name"))))
        labelled = bool(label) and paragraph[: label.end()].strip(" :").lower() in SHEET_LABELS
        if counted >= (2 if labelled else MIN_ITEMS) and (counted - bad) / counted >= MIN_SHARE:
            spans.extend(found)
    return spans
