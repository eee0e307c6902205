"""The tables newsie writes: names and column order (the contract, in one place), and rows from Docs."""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from typing import Any, Optional

from spacy.tokens import Doc

from .components.base import SectionIndex
from .lexicon import MEDIA_POSTS, NATIONAL_TITLES, STATE_CATEGORIES
from .normalise.countries import country_name
from .normalise.names import official_country
from .normalise.organisations import clean_org_text, lookup_org, org_key, slug

# Contract columns (../shared/contract.md): never rename, drop or reorder; add after them only.
CONTRACT_COLUMNS: dict[str, list[str]] = {
    "articles": ["article_id", "title", "url", "published", "source", "n_chars", "status", "error"],
    "mentions": ["article_id", "mention_id", "label", "text", "start_char", "end_char", "section", "entity_id"],
    "people": ["article_id", "person_id", "name", "aliases", "n_mentions"],
    "roles": ["article_id", "person_id", "title", "role", "organisation", "org_id", "country_code", "qualifier", "start_char"],
    "countries": ["article_id", "country_code", "name", "n_mentions"],
    "organisations": ["article_id", "org_id", "name", "acronym", "country_code", "n_mentions"],
    "dates": ["article_id", "text", "value", "end_value", "granularity", "start_char", "end_char", "relative"],
    "errors": ["article_id", "source", "stage", "error_type", "message"],
}
# newsie's own additions, after the contract's columns.
EXTRA_COLUMNS: dict[str, list[str]] = {
    "articles": [],
    "mentions": [],
    "people": [],
    "roles": ["end_char"],
    "countries": [],
    "organisations": ["variants"],
    "dates": ["qualifier", "note"],
    "errors": [],
}
COLUMNS: dict[str, list[str]] = {t: CONTRACT_COLUMNS[t] + EXTRA_COLUMNS[t] for t in CONTRACT_COLUMNS}
TABLE_NAMES: list[str] = list(COLUMNS)
ALIAS_SEPARATOR = " | "


@dataclass
class Article:
    """One input article and its metadata."""

    article_id: str
    text: Optional[str] = None
    html: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    source: Optional[str] = None
    # Set by readers when the input could not be read: {"stage", "error_type", "message"}
    read_error: Optional[dict] = None


@dataclass
class Tables:
    """Rows per table, in contract column order."""

    rows: dict[str, list[dict]] = field(default_factory=lambda: {t: [] for t in TABLE_NAMES})

    def extend(self, other: "Tables") -> None:
        """Append another article's rows."""
        for t in TABLE_NAMES:
            self.rows[t].extend(other.rows[t])

    def frames(self) -> dict[str, Any]:
        """Dict of table name → pandas DataFrame with the contract's columns."""
        import pandas as pd

        return {t: pd.DataFrame(self.rows[t], columns=COLUMNS[t]) for t in TABLE_NAMES}


def article_row(article: Article, n_chars: int, status: str, error: str = "") -> dict:
    """The `articles` row for one article."""
    return {
        "article_id": article.article_id,
        "title": article.title or "",
        "url": article.url or "",
        "published": article.published or "",
        "source": article.source or "",
        "n_chars": n_chars,
        "status": status,
        "error": error,
    }


def error_row(article: Article, stage: str, error_type: str, message: str) -> dict:
    """The `errors` row for one failure."""
    return {"article_id": article.article_id, "source": article.source or "", "stage": stage, "error_type": error_type, "message": message}


def _unique_id(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def doc_to_tables(doc: Doc, article: Article) -> Tables:
    """Rows of every entity table for one processed Doc (the articles row excluded)."""
    out = Tables()
    aid = article.article_id
    text = doc.text  # Doc.text joins every token on each access: read it once
    sections = SectionIndex(doc)
    mentions: list[dict] = []

    # people
    taken: set[str] = set()
    person_ids: list[str] = []
    for p in doc._.newsie_people or []:
        pid = _unique_id(slug(p["name"]) if p["name"] else "person", taken)
        person_ids.append(pid)
        out.rows["people"].append(
            {"article_id": aid, "person_id": pid, "name": p["name"], "aliases": ALIAS_SEPARATOR.join(p["aliases"]), "n_mentions": len(p["mentions"])}
        )
        for s, e in p["mentions"]:
            mentions.append({"label": "PERSON", "start_char": s, "end_char": e, "entity_id": pid})

    # organisations
    org_rows: dict[str, dict] = {}
    org_spans: list[tuple[int, int, str]] = []
    for o in doc._.newsie_orgs or []:
        oid = slug(o["name"])
        variants = sorted({text[s:e] for s, e in o["mentions"]})
        row = org_rows.get(oid)
        if row is None:
            row = {"article_id": aid, "org_id": oid, "name": o["name"], "acronym": o["acronym"] or "", "country_code": o["country"] or "", "n_mentions": 0, "variants": ""}
            org_rows[oid] = row
        row["n_mentions"] += len(o["mentions"])
        row["variants"] = ALIAS_SEPARATOR.join(sorted(set(filter(None, row["variants"].split(ALIAS_SEPARATOR))) | set(variants)))
        for s, e in o["mentions"]:
            org_spans.append((s, e, oid))
            mentions.append({"label": "ORG", "start_char": s, "end_char": e, "entity_id": oid})
    out.rows["organisations"] = list(org_rows.values())

    # roles
    home = home_country(doc._.newsie_countries or []) or polity_country(org_rows)
    for r in doc._.newsie_roles or []:
        if r["role"].lower() in STYLE_ROLES and "crown" not in r["title"].lower():
            continue  # "Prince Andrew": a royal style, no post (the title still found his name)
        organisation, org_id = _role_org(r, org_spans, org_rows)
        # A post in a state body has the body's country; a party post or a newsroom post has none of its own.
        org_country = org_rows[org_id]["country_code"] if org_id and not PARTY_NAME.search(org_rows[org_id]["name"]) and r["role"].lower() not in MEDIA_POSTS else ""
        country = r["country"] or org_country
        if not country:
            person = (doc._.newsie_people or [])[r["person"]]
            country = _implied_country(r, org_id, org_rows, home, [person["name"], *person["aliases"]])
        pid = person_ids[r["person"]]
        out.rows["roles"].append(
            {
                "article_id": aid, "person_id": pid, "title": r["title"], "role": r["role"], "organisation": organisation,
                "org_id": org_id, "country_code": country or "", "qualifier": r["qualifier"] or "", "start_char": r["start"], "end_char": r["end"],
            }
        )
        mentions.append({"label": "TITLE", "start_char": r["start"], "end_char": r["end"], "entity_id": pid})

    # countries
    counts: dict[str, int] = {}
    for c in doc._.newsie_countries or []:
        counts[c["code"]] = counts.get(c["code"], 0) + 1
        mentions.append({"label": "COUNTRY", "start_char": c["start"], "end_char": c["end"], "entity_id": c["code"]})
    for code in sorted(counts, key=lambda k: min(c["start"] for c in doc._.newsie_countries if c["code"] == k)):
        out.rows["countries"].append({"article_id": aid, "country_code": code, "name": country_name(code), "n_mentions": counts[code]})

    # dates
    for d in doc._.newsie_dates or []:
        out.rows["dates"].append(
            {
                "article_id": aid, "text": d["text"], "value": d["value"] or "", "end_value": d["end_value"] or "", "granularity": d["granularity"],
                "start_char": d["start"], "end_char": d["end"], "relative": "true" if d["relative"] else "false",
                "qualifier": d["qualifier"] or "", "note": d["note"] or "",
            }
        )
        mentions.append({"label": "DATE", "start_char": d["start"], "end_char": d["end"], "entity_id": d["value"] or ""})

    mentions.sort(key=lambda m: (m["start_char"], -m["end_char"], m["label"]))
    for n, m in enumerate(mentions, 1):
        out.rows["mentions"].append(
            {
                "article_id": aid, "mention_id": f"M{n}", "label": m["label"], "text": text[m["start_char"] : m["end_char"]],
                "start_char": m["start_char"], "end_char": m["end_char"], "section": sections.label(m["start_char"]), "entity_id": m["entity_id"],
            }
        )
    return out


# Posts in international bodies: the article's country says nothing about them.
# Royal styles that name a person without giving a post (a reigning "Queen" or a "Crown Prince" holds one).
STYLE_ROLES = frozenset({"prince", "princess"})
SUPRANATIONAL_ROLES = {"mep", "meps", "commissioner", "secretary general", "secretary-general", "envoy", "special representative", "ambassador", "high commissioner"}


def dominant_code(counts: dict[str, int], share: float) -> str:
    """The code counted at least twice and in at least `share` of all counts (ties to the first in order), else none."""
    if not counts:
        return ""
    code, n = max(sorted(counts.items()), key=lambda kv: kv[1])
    return code if n >= 2 and n / sum(counts.values()) >= share else ""


def home_country(countries: list[dict]) -> str:
    """The article's own country: the one named in at least 40% of country mentions (else none)."""
    counts: dict[str, int] = {}
    for c in countries:
        counts[c["code"]] = counts.get(c["code"], 0) + 1
    return dominant_code(counts, 0.4)


def polity_country(org_rows: dict[str, dict]) -> str:
    """The state whose bodies and parties an article names, when it names one state's only ("Senate", "Democratic Party": US)."""
    counts: dict[str, int] = {}
    for row in org_rows.values():
        if row["country_code"]:
            counts[row["country_code"]] = counts.get(row["country_code"], 0) + row["n_mentions"]
    return dominant_code(counts, 0.75)


PARTY_NAME = re.compile(r"\b(?:Party|Democrats|Republicans|Conservatives)$")


def _implied_country(role: dict, org_id: str, org_rows: dict[str, dict], home: str, names: list[str] = ()) -> str:
    """Country of a post the text does not place: a national title, or a state post in the article's country."""
    title = role["title"].lower()
    # The longest national title inside wins: "chief treasury secretary" is Britain's, "treasury secretary" America's.
    found = max(((len(t), code) for code, titles in NATIONAL_TITLES.items() for t in titles if t in title), default=None)
    if found:
        return found[1]
    if org_id and not org_rows[org_id]["country_code"]:
        return ""  # a post in an international body or a company: no country
    if role.get("category") in STATE_CATEGORIES and role["role"].lower() not in SUPRANATIONAL_ROLES:
        # A well-known office holder's state beats the article's main country ("President Bush"
        # in an article mostly about Iraq); then the state of the post's party ("Labour MP").
        return official_country(list(names)) or (org_rows[org_id]["country_code"] if org_id else "") or home
    return ""


def _role_org(role: dict, org_spans: list[tuple[int, int, str]], org_rows: dict[str, dict]) -> tuple[str, str]:
    """Canonical organisation of a post: an organisation mention inside the title, else its text."""
    inside = [oid for s, e, oid in org_spans if s >= role["start"] and e <= role["end"]]
    if inside:
        # The last organisation named is the one the post belongs to ("Secretary of the X of Y").
        oid = inside[-1]
        return org_rows[oid]["name"], oid
    if role.get("org_text"):
        text = clean_org_text(role["org_text"])
        rec = lookup_org(text)
        if rec:
            oid = slug(rec["name"])
            return rec["name"], oid if oid in org_rows else ""
        for oid, row in org_rows.items():
            if org_key(row["name"]) == org_key(text) or (row["acronym"] and row["acronym"] == text):
                return row["name"], oid
    return "", ""
