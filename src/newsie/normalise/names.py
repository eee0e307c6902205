"""Person-name normalisation: honorifics, initials, transliteration variants (pure, no spaCy)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from ..lexicon import HONORIFICS, NAME_SUFFIXES

POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def strip_possessive(text: str) -> str:
    """'Blair's' → 'Blair'."""
    return POSSESSIVE.sub("", text.strip()) if len(text) > 2 else text


def name_tokens(text: str) -> list[str]:
    """Name words without honorifics or possessive ('Mr Blair's' → ['Blair'])."""
    words = strip_possessive(re.sub(r"\s+", " ", text)).split(" ")
    while words and words[0].lower() in HONORIFICS:
        words = words[1:]
    words = [w.rstrip(",") for w in words if w]
    while len(words) > 1 and words[-1].lower() in NAME_SUFFIXES:
        words = words[:-1]  # "James P. Kennedy Jr." is Kennedy
    return words


def translit_key(word: str) -> str:
    """Fold spelling variants of one name: Valeri/Valery, Sergey/Sergei, Aleksandr/Alexander."""
    w = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    w = w.replace("ks", "x").replace("kh", "h").replace("yu", "iu").replace("ya", "ia")
    w = re.sub(r"(?<=[aeiou])y(?=[aeiou])", "i", w)
    w = re.sub(r"y$", "i", w)
    w = re.sub(r"ei$", "i", w)
    w = w.replace("ey", "ei").replace("y", "i")
    w = re.sub(r"er$", "r", w)  # Aleksandr / Alexander
    w = w.replace("ph", "f").replace("-", "")
    return re.sub(r"(.)\1", r"\1", w)


# English short forms of given names ("Steve Gerrard" = "Steven Gerrard" in one article), keyed by translit_key.
_NICKNAME_GROUPS = [
    "steven stephen steve", "michael mike mick", "william bill will billy", "robert bob rob bobby robbie",
    "james jim jimmy jamie", "thomas tom tommy", "anthony antony tony", "david dave", "christopher chris",
    "andrew andy", "nicholas nick", "alexander alex", "benjamin ben", "daniel dan danny", "joseph joe",
    "jonathan jon", "samuel sam", "edward ed ted eddie", "patrick pat", "matthew matt", "timothy tim",
    "richard rick dick rich", "jeffrey jeff", "geoffrey geoff", "gregory greg", "kenneth ken", "lawrence larry",
    "ronald ron", "donald don", "frederick fred", "philip phil", "peter pete", "elizabeth liz", "katherine kate",
    "catherine cathy", "susan sue", "jennifer jenny", "rebecca becky", "victoria vicky", "gerald gerry",
    "charles charlie", "raymond ray", "leonard len", "douglas doug", "nathaniel nate", "zachary zach",
]


def _nicknames() -> dict[str, str]:
    out: dict[str, str] = {}
    for group in _NICKNAME_GROUPS:
        words = group.split()
        for w in words:
            out[translit_key(w)] = translit_key(words[0])
    return out


def is_initial(word: str) -> bool:
    """'N.' or 'N' – a single capital letter, optionally with a full stop."""
    return bool(re.fullmatch(r"[A-Z]\.?", word))


def first_names_compatible(a: str, b: str) -> bool:
    """Whether two given names can be the same person's (equal, variant, or initial)."""
    if is_initial(a) or is_initial(b):
        return a[0].upper() == b[0].upper()
    ka, kb = translit_key(a), translit_key(b)
    return ka == kb or NICKNAMES.get(ka, ka) == NICKNAMES.get(kb, kb)


def same_person(a: list[str], b: list[str]) -> bool:
    """Whether two name token lists can denote the same person."""
    if not a or not b:
        return False
    if translit_key(a[-1]) != translit_key(b[-1]):
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    return first_names_compatible(a[0], b[0])


def fullest(forms: list[str]) -> Optional[str]:
    """The fullest name form: most words without initials, then longest."""
    if not forms:
        return None
    def score(item: tuple[int, str]) -> tuple:
        order, f = item
        toks = name_tokens(f)
        # Ties go to the form used first (the article's own spelling, not a caption's variant).
        return (sum(1 for t in toks if not is_initial(t)), len(toks), -order)
    best = max(enumerate(forms), key=score)[1]
    # Display keeps a generational suffix ("William Clay Ford Jr."); matching ignores it.
    words = strip_possessive(re.sub(r"\s+", " ", best)).split(" ")
    while words and words[0].lower() in HONORIFICS:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def _officials() -> tuple[dict[str, str], dict[str, str]]:
    """Full-name key → country, and surname key → country where every official of that surname served one state."""
    from ..resources import read_jsonl

    full: dict[str, str] = {}
    by_surname: dict[str, set[str]] = {}
    for rec in read_jsonl("officials.jsonl", allowed=("name", "variants", "country", "posts"), required=("name", "country")):
        for form in [rec["name"], *rec.get("variants", [])]:
            toks = name_tokens(form)
            if len(toks) >= 2:
                full.setdefault(_name_key(toks), rec["country"])
                by_surname.setdefault(translit_key(toks[-1]), set()).add(rec["country"])
    return full, {k: next(iter(v)) for k, v in by_surname.items() if len(v) == 1}


def _name_key(toks: list[str]) -> str:
    # First and last names only: "George W. Bush" = "George Bush" is not wanted, so keep every
    # word but the initials' dots.
    return " ".join(translit_key(t.rstrip(".")) for t in toks)


@lru_cache(maxsize=1)
def official_surnames() -> frozenset[str]:
    """Last words of well-known office holders' names as listed ("Reagan", "Assad"), not of their variants."""
    from ..resources import read_jsonl

    out = set()
    for rec in read_jsonl("officials.jsonl", allowed=("name", "variants", "country", "posts"), required=("name", "country")):
        toks = name_tokens(rec["name"])
        last = re.sub(r"^(?:al|el|ad|as|ar)-", "", toks[-1]) if toks else ""  # "al-Assad" is Assad
        if len(toks) >= 2 and last.isalpha():
            out.add(last)
    return frozenset(out)


def official_country(forms: list[str]) -> Optional[str]:
    """The state a well-known office holder served ("Dick Cheney" → US), from data/officials.jsonl.

    A bare surname counts only when every listed official with it served the same state
    ("Bush" → US; "Kim" → none).
    """
    full, by_surname = _officials()
    for form in forms:
        toks = name_tokens(form or "")
        if len(toks) >= 2 and _name_key(toks) in full:
            return full[_name_key(toks)]
    single = [name_tokens(f or "") for f in forms]
    if single and all(len(t) == 1 for t in single if t):
        toks = next((t for t in single if t), None)
        if toks:
            return by_surname.get(translit_key(toks[0]))
    return None


NICKNAMES = _nicknames()
