"""Score people and organisation mentions against third-party annotations: MEANTIME and GUM.

Both Wikinews sets in ../shared/corpora carry entity mentions annotated by their own projects
(MEANTIME: PER/ORG with syntactic type NAM; GUM: person/organization mentions made only of proper
nouns). The articles newsie's gold corpus already uses are left out, so these ~140 articles were
never tuned on, and their annotators never saw newsie. The conventions are theirs, not
`corpora/GOLD_FORMAT.md`'s (MEANTIME calls a national team ORG, GUM counts "Wikinews"), so
the numbers are a second, independent yardstick, not the gold score: each distinct mention string
of an article (normalised like organisation keys) counts once, a prediction matches a gold string
that equals it or contains it (or the reverse), and MEANTIME is scored only up to its last
annotated character.

    python scripts/third_party_probe.py [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import spacy

from newsie.core import process
from newsie.evaluate import default_corpora_dir, gold_files, load_gold
from newsie.normalise.organisations import org_key
from newsie.pipeline import load, resolve_base_model
from newsie.tables import Article

REPO = Path(__file__).resolve().parents[1]
TYPES = {"PERSON": ({"PER"}, {"person"}), "ORG": ({"ORG"}, {"organization"})}


def articles(corpora: Path) -> list[dict]:
    """MEANTIME and GUM articles outside the gold corpus, with their named PERSON/ORG mentions."""
    used = {(g["source"]["corpus"], str(g["source"]["doc_id"])) for g in map(load_gold, gold_files([REPO / "corpora" / "dev", REPO / "corpora" / "test"])) if g.get("source")}
    out = []
    for line in (corpora / "meantime" / "meantime_en.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        if ("meantime", str(d["doc_id"])) in used:
            continue
        gold = {t: [e["text"] for e in d["entities"] if e["label"] in TYPES[t][0] and e["syntactic_type"] == "NAM"] for t in TYPES}
        out.append({"id": f"meantime:{d['doc_id']}", "text": d["text"], "dct": d.get("dct"), "gold": gold, "end": max([e["end"] for e in d["entities"]] or [0])})
    for path in sorted((corpora / "gum-news").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            d = json.loads(line)
            if ("gum-news", str(d["doc_id"])) in used:
                continue
            gold = {t: [e["text"] for e in d["entities"] if e["label"] in TYPES[t][1] and e["all_propn"]] for t in TYPES}
            out.append({"id": f"gum:{d['doc_id']}", "text": d["text"], "dct": d.get("dct"), "gold": gold, "end": len(d["text"])})
    return out


def norm(text: str) -> str:
    """A mention string as a comparison key (no leading 'the', no possessive, folded)."""
    return org_key(re.sub(r"^(?:the|The)\s+|(?:'s|’s)$", "", text.strip()))


def score(docs: list[dict], preds: list[dict[str, list[tuple[str, int]]]], table: str) -> dict:
    """Micro precision/recall/F1 over distinct mention strings per article."""
    tp = fp = fn = 0
    missed, false = [], []
    for doc, pred in zip(docs, preds):
        gold = {norm(t) for t in doc["gold"][table]} - {""}
        found = {norm(t) for t, start in pred[table] if start < doc["end"]} - {""}

        def hit(x: str, pool: set[str]) -> bool:
            return any(x == y or (min(len(x), len(y)) > 3 and (x in y or y in x)) for y in pool)

        tp += sum(hit(g, found) for g in gold)
        fn += sum(not hit(g, found) for g in gold)
        fp += sum(not hit(p, gold) for p in found)
        missed += [g for g in gold if not hit(g, found)]
        false += [p for p in found if not hit(p, gold)]
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {"gold": tp + fn, "P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0, "missed": missed, "false": false}


def main() -> int:
    """Print newsie beside plain spaCy on both tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="also list newsie's misses and false hits")
    args = ap.parse_args()
    corpora = default_corpora_dir()
    if not (corpora / "meantime").is_dir():
        print(f"no shared corpora at {corpora}", file=sys.stderr)
        return 2
    docs = articles(corpora)
    nlp = load()
    tables = process(nlp, [Article(d["id"], text=d["text"], published=str(d["dct"])[:10] if d["dct"] else None) for d in docs])
    newsie_preds = [{t: [(m["text"], m["start_char"]) for m in tab.rows["mentions"] if m["label"] == t] for t in TYPES} for tab in tables]
    base = spacy.load(resolve_base_model(None))
    spacy_preds = []
    for d in docs:
        ents = base(d["text"]).ents
        spacy_preds.append({t: [(e.text, e.start_char) for e in ents if e.label_ == t] for t in TYPES})
    print(f"{len(docs)} MEANTIME/GUM articles outside the gold corpus\n")
    print("| mentions | gold | newsie P | newsie R | newsie F1 | spacy P | spacy R | spacy F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for t in TYPES:
        a, b = score(docs, newsie_preds, t), score(docs, spacy_preds, t)
        print(f"| {t} | {a['gold']} | {a['P']:.3f} | {a['R']:.3f} | **{a['F1']:.3f}** | {b['P']:.3f} | {b['R']:.3f} | {b['F1']:.3f} |")
        if args.show:
            print(f"\n{t} missed: {sorted(a['missed'])}\n{t} false: {sorted(a['false'])}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
