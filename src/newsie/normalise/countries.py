"""Country names, adjectives and demonyms → ISO 3166-1 alpha-2 (pure, no spaCy)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Optional

import pycountry

from ..resources import read_csv, read_jsonl

COUNTRY_KEYS = ("code", "name", "names", "adjectives", "historic")


def build_country_table() -> list[dict]:
    """Build the country table from pycountry plus the reviewed alias/demonym file."""
    table: dict[str, dict] = {}
    for c in pycountry.countries:
        names = {c.name}
        for attr in ("common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.add(value)
        # "Moldova, Republic of" is how ISO sorts, not how news writes.
        names = {n for n in names if "," not in n}
        table[c.alpha_2] = {"code": c.alpha_2, "name": c.name, "names": names, "adjectives": set(), "historic": False}
    for row in read_csv("country_aliases.csv"):
        code, kind = row["code"], row["kind"]
        if code not in table:
            # Historic states (SU, YU, …) and Kosovo (XK, user-assigned) are not in ISO 3166-1.
            first = row["text"].split("|")[0].strip()
            table[code] = {"code": code, "name": first, "names": set(), "adjectives": set(), "historic": kind == "historic"}
        entry = table[code]
        for text in row["text"].split("|"):
            text = text.strip()
            if text:
                (entry["adjectives"] if kind == "adjective" else entry["names"]).add(text)
    out = []
    for code in sorted(table):
        e = table[code]
        out.append({"code": code, "name": e["name"], "names": sorted(e["names"]), "adjectives": sorted(e["adjectives"]), "historic": e["historic"]})
    return out


def dump_country_table(table: list[dict]) -> str:
    """Serialise the table as JSONL, one country per line, stable order."""
    return "".join(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n" for rec in table)


@lru_cache(maxsize=1)
def country_table() -> tuple[dict, ...]:
    """The shipped country table (src/newsie/data/countries.jsonl)."""
    return tuple(read_jsonl("countries.jsonl", allowed=COUNTRY_KEYS, required=("code", "name")))


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every name of a country, its adjectives and demonyms left out ("Ukraine", "UK", not "Ukrainian")."""
    return frozenset(n for rec in country_table() for n in [rec["name"], *rec.get("names", [])])


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    index: dict[str, str] = {}
    for rec in country_table():
        for text in rec["names"] + rec["adjectives"]:
            index.setdefault(_key(text), rec["code"])
    return index


def _key(text: str) -> str:
    text = text.strip().replace("’", "'")
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return text.lower()


def country_code(text: str) -> Optional[str]:
    """ISO alpha-2 code for a country name, adjective or demonym, or None."""
    return _lookup().get(_key(text))


def country_name(code: str) -> str:
    """ISO short name for an alpha-2 code (the code itself when unknown)."""
    for rec in country_table():
        if rec["code"] == code:
            return rec["name"]
    return code


@lru_cache(maxsize=1)
def subdivision_names() -> frozenset[str]:
    """Names of states, provinces and regions (ISO 3166-2, via pycountry), folded to ASCII lowercase."""
    import unicodedata

    def fold(text: str) -> str:
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()

    return frozenset(fold(s.name) for s in pycountry.subdivisions)


def is_subdivision(text: str) -> bool:
    """Whether `text` names a state, province or region ("Tamil Nadu", "Texas", "Bayern")."""
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower() in subdivision_names()
