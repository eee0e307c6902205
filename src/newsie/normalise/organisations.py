"""Organisation names: canonical forms, acronyms and slugs (pure, no spaCy)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

import pycountry

from ..resources import read_jsonl
from .countries import country_code, country_table

ORG_KEYS = ("name", "acronym", "variants", "country", "ambiguous", "kind")  # kind: "central bank", "armed forces", "parliament" or absent
LEADING_DET = re.compile(r"^(?:the|The|THE)\s+")
LEGAL_FORMS = {"co": "company", "corp": "corporation", "inc": "", "ltd": "", "plc": "", "llc": "", "limited": "", "incorporated": ""}
DISPLAY_OVERRIDES = {"RU": "Russia", "GB": "the United Kingdom", "US": "the United States", "SU": "the Soviet Union", "PH": "the Philippines", "NL": "the Netherlands", "BS": "the Bahamas", "GM": "the Gambia"}


@lru_cache(maxsize=1)
def org_gazetteer() -> tuple[dict, ...]:
    """The shipped gazetteer of organisations (src/newsie/data/organisations.jsonl)."""
    return tuple(read_jsonl("organisations.jsonl", allowed=ORG_KEYS, required=("name",)))


@lru_cache(maxsize=None)
def state_bodies(kind: str) -> dict[str, dict]:
    """Each country's body of one kind in the gazetteer, by ISO code: state_bodies("central bank")["MX"] is the Bank of Mexico."""
    return {rec["country"]: rec for rec in org_gazetteer() if rec.get("kind") == kind and rec.get("country")}


DOTTED_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")


def org_key(text: str) -> str:
    """Comparison key: no determiner, possessive, punctuation or case; Organisation = Organization."""
    text = LEADING_DET.sub("", text.strip()).replace("’", "'")  # "People’s" = "People's" (NFKD would drop the curly one)
    text = re.sub(r"'s$", "", text)
    text = DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", ""), text)  # "U.S. Treasury" = "US Treasury"
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.lower().replace("organisation", "organization").replace("co-operation", "cooperation").replace("&", " and ")
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    # "Organisation of Petroleum Exporting Countries" = "… of the Petroleum …"; "Walt Disney Co." =
    # "Walt Disney Company"; "Apple Inc." = "Apple": legal-form words do not tell bodies apart.
    words = [w for w in words if w != "the"] or words
    if len(words) > 1 and words[-1] in LEGAL_FORMS:
        words = words[:-1] + ([LEGAL_FORMS[words[-1]]] if LEGAL_FORMS[words[-1]] else [])
    return " ".join(words)


@lru_cache(maxsize=1)
def _index() -> dict[str, dict]:
    idx: dict[str, dict] = {}
    for rec in org_gazetteer():
        for form in [rec["name"], *(rec.get("variants") or [])]:
            idx.setdefault(org_key(form), rec)
        if rec.get("acronym"):
            idx.setdefault(org_key(rec["acronym"]), rec)
    return idx


NATION_ADJECTIVES = frozenset({"Scottish", "Scots", "Welsh", "English", "Northern Irish", "Scotland", "Wales", "England", "Northern Ireland"})


@lru_cache(maxsize=65536)
def lookup_org(text: str) -> Optional[dict]:
    """Gazetteer entry for any known form of an organisation's name, or None."""
    rec = _index().get(org_key(text))
    if rec is None:
        # "US Federal Bureau of Investigation", "U.S. Senate", "United States Senate": a state body
        # under its country's name is the body (only one of that country: "American Express" is no Express)
        words = LEADING_DET.sub("", text.strip()).split()
        for k in range(1, min(3, len(words) - 1) + 1):
            prefix = " ".join(words[:k])
            # "Scottish Conservative Party" is the party's Scottish branch, not the party
            code = country_code(prefix) if words[k][:1].isupper() and prefix not in NATION_ADJECTIVES else None
            inner = _index().get(org_key(" ".join(words[k:]))) if code else None
            if inner is not None and inner.get("country") == code:
                return inner
    return rec


@lru_cache(maxsize=1)
def rugby_clubs() -> dict[str, str]:
    """Canonical name of each rugby club by every form a report uses ("Leicester" -> "Leicester Tigers").

    Read only in rugby reports: elsewhere "Leicester" is the town or its football club.
    """
    return {form: rec["name"] for rec in read_jsonl("rugby_clubs.jsonl", allowed=("name", "forms"), required=("name", "forms")) for form in rec["forms"]}


def country_display(code: str) -> str:
    """Short English name for a country inside an organisation's name."""
    if code in DISPLAY_OVERRIDES:
        return DISPLAY_OVERRIDES[code]
    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        for rec in country_table():
            if rec["code"] == code:
                return rec["name"]
        return code
    return getattr(c, "common_name", None) or c.name.split(",")[0]


def slug(text: str) -> str:
    """Stable id from a canonical name ("Security Council of Armenia" → "security-council-of-armenia")."""
    return re.sub(r"\s+", "-", org_key(text)) or "org"


def clean_org_text(text: str) -> str:
    """Surface form without a leading determiner or trailing possessive."""
    text = LEADING_DET.sub("", " ".join(text.split()))
    return re.sub(r"\s*(?:'s|’s)$", "", text)
