"""Score extraction against gold-annotated articles (corpora/GOLD_FORMAT.md), newsie beside plain spaCy."""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from .normalise.names import name_tokens, translit_key
from .normalise.organisations import org_key
from .tables import ALIAS_SEPARATOR, Article

GOLD_KEYS = {
    "gold_id", "source", "published", "title", "text", "attribution", "annotation_note", "split",
    "people", "roles", "countries", "organisations", "dates",
}
TABLES = ["people", "roles", "role_countries", "countries", "organisations", "dates"]
SHARED_CORPORA_FILES = {
    "bbc-news": "bbc-news/bbc_news.jsonl",
    "reuters21578": "reuters21578/reuters21578.jsonl",
    "meantime": "meantime/meantime_en.jsonl",
    "gum-news": "gum-news/gum_news_interview.jsonl",
}


# ------------------------------------------------------------------ gold
def default_corpora_dir() -> Path:
    """$NEWSIE_CORPORA, else ../shared/corpora next to the current folder or the repository."""
    env = os.environ.get("NEWSIE_CORPORA")
    if env:
        return Path(env)
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):  # src/newsie/evaluate.py -> the repository
        cand = base.parent / "shared" / "corpora"
        if cand.exists():
            return cand
    return Path.cwd().parent / "shared" / "corpora"


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """Gold JSON files under the given folders/files, sorted."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        out.extend(sorted(p.rglob("*.json")) if p.is_dir() else [p])
    return out


def gold_sources(root: str | Path) -> set[tuple[str, str]]:
    """(corpus, doc_id) of every gold file under `root` (e.g. corpora/, held-back rounds included)."""
    used = set()
    for f in Path(root).rglob("*.json"):
        gold = json.loads(f.read_text(encoding="utf-8"))
        if "source" in gold:  # not corpora/floors.json
            used.add((gold["source"]["corpus"], str(gold["source"]["doc_id"])))
    return used


def load_gold(path: Path) -> dict:
    """One gold file, checked for unknown keys."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    unknown = set(gold) - GOLD_KEYS
    if unknown:
        raise ValueError(f"{path}: unknown keys {sorted(unknown)}")
    gold.setdefault("split", path.parent.name)
    return gold


def corpus_hash(files: list[Path]) -> str:
    """sha256 over the gold files' names and bytes: floors are pinned to it."""
    h = hashlib.sha256()
    for f in sorted(files, key=lambda p: p.name):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=8)
def _corpus_index(path: str) -> dict[str, dict]:
    index = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            index[str(rec["doc_id"])] = rec
    return index


def gold_article(gold: dict, corpora: Path) -> Article:
    """The Article a gold file annotates: inline text, or a reference into the shared corpora."""
    gid = gold["gold_id"]
    if gold.get("text"):
        return Article(gid, text=gold["text"], title=gold.get("title"), published=gold.get("published"), source="gold")
    src = gold["source"]
    corpus, doc_id = src["corpus"], str(src["doc_id"])
    if corpus == "web-news-html":
        html = gzip.decompress((corpora / "web-news-html" / "html" / f"{doc_id}.html.gz").read_bytes()).decode("utf-8", errors="replace")
        return Article(gid, html=html, published=gold.get("published"), source=corpus)
    if corpus == "seeds":
        text = (corpora.parent / "seeds" / f"{doc_id}.txt").read_text(encoding="utf-8")
        return Article(gid, text=text, published=gold.get("published"), source=corpus)
    rec = _corpus_index(str(corpora / SHARED_CORPORA_FILES[corpus]))[doc_id]
    return Article(gid, text=rec["text"], published=gold.get("published"), source=corpus)


# --------------------------------------------------------------- systems
@dataclass
class Prediction:
    """What a system found in one article, in evaluation form."""

    people: list[dict] = field(default_factory=list)  # {"name", "aliases"}
    roles: list[dict] = field(default_factory=list)  # {"person", "title", "role", "country"}
    countries: set = field(default_factory=set)
    organisations: list[dict] = field(default_factory=list)  # {"name", "acronym", "variants"}
    dates: list[dict] = field(default_factory=list)  # {"text", "value", "end_value"}


def predict_newsie(nlp, article: Article) -> Prediction:
    """Run newsie on one article."""
    from .core import process

    tables = next(iter(process(nlp, [article])))
    r = tables.rows
    names = {p["person_id"]: p["name"] for p in r["people"]}
    return Prediction(
        people=[{"name": p["name"], "aliases": [a for a in p["aliases"].split(ALIAS_SEPARATOR) if a]} for p in r["people"]],
        roles=[{"person": names.get(x["person_id"], ""), "title": x["title"], "role": x["role"], "country": x["country_code"] or None} for x in r["roles"]],
        countries={c["country_code"] for c in r["countries"]},
        organisations=[{"name": o["name"], "acronym": o["acronym"], "variants": [v for v in o.get("variants", "").split(ALIAS_SEPARATOR) if v]} for o in r["organisations"]],
        dates=[{"text": d["text"], "value": d["value"] or None, "end_value": d["end_value"] or None} for d in r["dates"]],
    )


def predict_spacy(base_nlp, article: Article) -> Prediction:
    """Plain en_core_web_sm entities mapped to the tables: what a user gets without newsie."""
    import pycountry

    from .core import prepare

    p = prepare(article)
    if p.status != "ok":
        return Prediction()
    doc = base_nlp(p.text)
    pred = Prediction()
    seen_people = set()
    for ent in doc.ents:
        text = re.sub(r"^(?:the|The)\s+", "", ent.text)
        if ent.label_ == "PERSON" and text not in seen_people:
            seen_people.add(text)
            pred.people.append({"name": text, "aliases": []})
        elif ent.label_ == "GPE":
            try:
                pred.countries.add(pycountry.countries.lookup(text).alpha_2)
            except LookupError:
                pass
        elif ent.label_ == "ORG" and not any(org_key(o["name"]) == org_key(text) for o in pred.organisations):
            pred.organisations.append({"name": text, "acronym": "", "variants": [text]})
        elif ent.label_ == "DATE":
            value = _dateparser_value(ent.text, article.published)
            pred.dates.append({"text": ent.text, "value": value, "end_value": None})
    return pred


def _dateparser_value(text: str, published: Optional[str]) -> Optional[str]:
    """The baseline: dateparser on a DATE span, at the precision dateparser reports."""
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": False}
    if published:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(published[:10])
    else:
        settings["RELATIVE_BASE"] = datetime(2000, 1, 1)
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj
    if data.period == "year":
        return f"{d.year:04d}"
    if data.period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


# ---------------------------------------------------------------- scoring
def _name_forms(person: dict) -> set[str]:
    forms = set()
    for f in [person["name"], *(person.get("aliases") or [])]:
        toks = name_tokens(f or "")
        if toks:
            forms.add(" ".join(translit_key(t) for t in toks))
    return forms


def _person_match(pred: dict, gold: dict) -> bool:
    a, b = _name_forms(pred), _name_forms(gold)
    if a & b:
        return True
    # The same full name with a middle name or initial dropped ("Ben S. Bernanke").
    pa = [f.split() for f in a if len(f.split()) >= 2]
    pb = [f.split() for f in b if len(f.split()) >= 2]
    if any(x[0] == y[0] and x[-1] == y[-1] for x in pa for y in pb):
        return True
    # Only the surname found ("Patrushev" for Nikolai Patrushev): the same person, named less fully.
    sa = {f for f in a if len(f.split()) == 1}
    sb = {f for f in b if len(f.split()) == 1}
    return any(x[-1] in sb for x in pa) or any(y[-1] in sa for y in pb)


def _norm(text: Optional[str]) -> str:
    text = (text or "").lower().replace("’", "'")
    text = re.sub(r"^(?:the|a|an)\s+", "", text)
    return re.sub(r"[^a-z0-9']+", " ", text).strip()


def _greedy(preds: list, golds: list, match) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if j not in used and match(p, g):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


@dataclass
class Counts:
    """True positives, predictions and gold items for one table."""

    tp_p: int = 0
    tp_g: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def add(self, other: "Counts") -> None:
        """Accumulate."""
        self.tp_p += other.tp_p
        self.tp_g += other.tp_g
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float:
        return self.tp_p / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp_g / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_article(pred: Prediction, gold: dict) -> tuple[dict[str, Counts], dict[str, dict]]:
    """Counts per table and the misses/false hits, for one article."""
    counts: dict[str, Counts] = {}
    details: dict[str, dict] = {}

    def record(table: str, preds: list, golds: list, pairs: list, show_p, show_g) -> None:
        counts[table] = Counts(len(pairs), len(pairs), len(preds), len(golds))
        mp = {i for i, _ in pairs}
        mg = {j for _, j in pairs}
        details[table] = {"missed": [show_g(g) for j, g in enumerate(golds) if j not in mg], "false": [show_p(p) for i, p in enumerate(preds) if i not in mp]}

    gp = gold.get("people", [])
    record("people", pred.people, gp, _greedy(pred.people, gp, _person_match), lambda p: p["name"], lambda g: g["name"])

    gold_people = {g["name"]: g for g in gp}

    def role_match(p: dict, g: dict) -> bool:
        gperson = gold_people.get(g["person"], {"name": g["person"], "aliases": []})
        if not _person_match({"name": p["person"], "aliases": []}, gperson):
            return False
        wordings = {_norm(w) for w in [g.get("title"), *(g.get("variants") or [])] if w}
        return _norm(p["role"]) == _norm(g.get("role")) or _norm(p["title"]) in wordings or _norm(g.get("role")) == _norm(p["title"])

    gr = gold.get("roles", [])
    pairs = _greedy(pred.roles, gr, role_match)
    # A post may appear once per wording: another wording of a matched post is not a false hit.
    matched = {i for i, _ in pairs}
    roles_pred = [p for i, p in enumerate(pred.roles) if i in matched or not any(role_match(p, g) for g in gr)]
    record("roles", roles_pred, gr, _greedy(roles_pred, gr, role_match), lambda p: f"{p['person']}: {p['title']}", lambda g: f"{g['person']}: {g.get('title')}")

    prc = sorted({(p["person"], p["country"]) for p in pred.roles if p.get("country")})
    grc = sorted({(g["person"], g["country"]) for g in gr if g.get("country")})
    def rc_match(p, g):
        gperson = gold_people.get(g[0], {"name": g[0], "aliases": []})
        return p[1] == g[1] and _person_match({"name": p[0], "aliases": []}, gperson)
    record("role_countries", prc, grc, _greedy(prc, grc, rc_match), lambda p: f"{p[0]}: {p[1]}", lambda g: f"{g[0]}: {g[1]}")

    pc, gc = sorted(pred.countries), sorted(set(gold.get("countries", [])))
    record("countries", pc, gc, _greedy(pc, gc, lambda a, b: a == b), str, str)

    def org_forms(o: dict) -> set[str]:
        return {org_key(f) for f in [o.get("name"), o.get("acronym"), *(o.get("variants") or [])] if f}

    go = gold.get("organisations", [])
    record("organisations", pred.organisations, go, _greedy(pred.organisations, go, lambda p, g: bool(org_forms(p) & org_forms(g))), lambda p: p["name"], lambda g: g["name"])

    # Dates: each distinct (expression, value) once, as the gold lists them.
    seen, pd_ = set(), []
    for d in pred.dates:
        key = (_norm(d["text"]), d["value"], d["end_value"])
        if key not in seen:
            seen.add(key)
            pd_.append(d)
    gd = gold.get("dates", [])
    def date_match(p, g):
        if g.get("value") is None:
            return p["value"] is None and _norm(p["text"]) == _norm(g.get("text"))
        return p["value"] == g["value"] and (p["end_value"] or None) == (g.get("end_value") or None)
    record("dates", pd_, gd, _greedy(pd_, gd, date_match), lambda p: f"{p['text']}={p['value']}" + (f"..{p['end_value']}" if p["end_value"] else ""), lambda g: f"{g.get('text')}={g.get('value')}" + (f"..{g['end_value']}" if g.get("end_value") else ""))
    return counts, details


@dataclass
class Report:
    """Scores of one system over a set of gold articles."""

    system: str
    totals: dict[str, Counts]
    per_article: dict[str, dict]
    n_articles: int
    corpus_hash: str

    def scores(self) -> dict[str, dict[str, float]]:
        """Table → precision/recall/f1/n_gold."""
        return {t: {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4), "n_gold": c.n_gold, "n_pred": c.n_pred} for t, c in self.totals.items()}


def evaluate(paths: Iterable[str | Path], system: str = "newsie", corpora: Optional[Path] = None, model: Optional[str] = None, nlp=None) -> Report:
    """Score one system on the gold files under `paths`."""
    files = gold_files(paths)
    corpora = corpora or default_corpora_dir()
    if system == "newsie":
        if nlp is None:
            from .pipeline import load

            nlp = load(model)
        predict = lambda a: predict_newsie(nlp, a)  # noqa: E731
    else:
        import spacy

        from .pipeline import resolve_base_model

        base = spacy.load(resolve_base_model(model))
        predict = lambda a: predict_spacy(base, a)  # noqa: E731
    totals = {t: Counts() for t in TABLES}
    per_article = {}
    for f in files:
        gold = load_gold(f)
        pred = predict(gold_article(gold, corpora))
        counts, details = score_article(pred, gold)
        for t in TABLES:
            totals[t].add(counts[t])
        per_article[gold["gold_id"]] = {"counts": {t: vars(c) for t, c in counts.items()}, "details": details}
    return Report(system, totals, per_article, len(files), corpus_hash(files))


def format_table(reports: list[Report]) -> str:
    """Markdown table of P/R/F1 per table, systems side by side."""
    head = "| table | gold | " + " | ".join(f"{r.system} P | {r.system} R | {r.system} F1" for r in reports) + " |"
    sep = "|---|---:|" + "---:|---:|---:|" * len(reports)
    lines = [head, sep]
    for t in TABLES:
        cells = [t, str(reports[0].totals[t].n_gold)]
        for r in reports:
            c = r.totals[t]
            cells += [f"{c.precision:.3f}", f"{c.recall:.3f}", f"**{c.f1:.3f}**" if r.system == "newsie" else f"{c.f1:.3f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def format_details(report: Report) -> str:
    """Misses and false hits per article."""
    out = []
    for gid, art in report.per_article.items():
        rows = []
        for t, d in art["details"].items():
            if d["missed"] or d["false"]:
                rows.append(f"  {t}: missed {d['missed']}  false {d['false']}")
        if rows:
            out.append(f"{gid} ({report.system})")
            out.extend(rows)
    return "\n".join(out)


def main(args: argparse.Namespace) -> int:
    """`newsie evaluate`."""
    systems = ["newsie", "spacy"] if args.system == "both" else [args.system]
    corpora = Path(args.corpora) if args.corpora else None
    reports = [evaluate(args.gold, s, corpora, args.model) for s in systems]
    print(f"{reports[0].n_articles} gold articles, corpus hash {reports[0].corpus_hash}\n")
    print(format_table(reports))
    if args.details:
        for r in reports:
            print()
            print(format_details(r))
    if args.json:
        Path(args.json).write_text(json.dumps({r.system: r.scores() for r in reports} | {"corpus_hash": reports[0].corpus_hash}, indent=2) + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    from .cli import main as cli_main

    sys.exit(cli_main(["evaluate", *sys.argv[1:]]))
