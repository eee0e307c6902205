"""Regenerate docs/evaluation.md (newsie vs plain spaCy, dev and test splits) and, with --pin,
the quality-gate floors in corpora/floors.json.

    python scripts/evaluation_report.py            # rewrite docs/evaluation.md
    python scripts/evaluation_report.py --pin      # also raise floors to (score - margin)
    python scripts/evaluation_report.py --pin --allow-lower "why"   # lowering needs a reason
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newsie.evaluate import TABLES, evaluate, format_table  # noqa: E402

FLOORS = REPO / "corpora" / "floors.json"
DOC = REPO / "docs" / "evaluation.md"
MARGIN = 0.02
SPLITS = ["dev", "test"]


KEPT_BLOCKS = ("fresh-checks", "third-party", "trained-ner", "dates-gold")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pin", action="store_true", help="write floors (score - margin) for every split and table")
    ap.add_argument("--allow-lower", metavar="REASON", help="permit lowering a floor; the reason is stored with the floors")
    args = ap.parse_args()

    from newsie.pipeline import load

    nlp = load()
    sections = []
    scores = {}
    for split in SPLITS:
        paths = [REPO / "corpora" / split]
        r_newsie = evaluate(paths, "newsie", nlp=nlp)
        r_spacy = evaluate(paths, "spacy")
        scores[split] = {"hash": r_newsie.corpus_hash, "f1": {t: r_newsie.totals[t].f1 for t in TABLES}}
        sections.append(f"## {split} split ({r_newsie.n_articles} articles, corpus hash `{r_newsie.corpus_hash}`)\n\n{format_table([r_newsie, r_spacy])}\n")
    # Hand-kept blocks (the dates benchmark, checks on fresh sets) survive a regeneration.
    kept = ""
    old_text = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    for block in KEPT_BLOCKS:
        begin, end = f"<!-- {block}:begin -->", f"<!-- {block}:end -->"
        if begin in old_text and end in old_text:
            kept += "\n" + old_text[old_text.index(begin) : old_text.index(end) + len(end)] + "\n"
    DOC.write_text(
        "# Evaluation\n\n"
        "newsie against plain spaCy (`en_core_web_sm` entities mapped to the tables: PERSON → people, GPE → countries via "
        "pycountry, ORG → organisations, DATE → dateparser at the precision it reports) on the gold articles in `corpora/` "
        "(format: `corpora/GOLD_FORMAT.md`). Micro-averaged precision, recall and F1 per table. `roles` match on person plus "
        "role head or an accepted wording; `role_countries` on (person, country of the post); `dates` on value and end value "
        "at the precision written. The test split is never tuned on.\n\n"
        f"Regenerate with `python scripts/evaluation_report.py` (last run {date.today().isoformat()}); per-article misses with "
        "`newsie evaluate corpora/dev --details`.\n\n" + "\n".join(sections) + kept,
        encoding="utf-8",
    )
    print(DOC.read_text())
    if args.pin:
        old = json.loads(FLOORS.read_text()) if FLOORS.exists() else {"splits": {}}
        new = {"margin": MARGIN, "splits": {}, "lowered": old.get("lowered", [])}
        for split, s in scores.items():
            floors = {t: math.floor((f - MARGIN) * 100) / 100 for t, f in s["f1"].items()}
            prev = old.get("splits", {}).get(split, {}).get("floors", {})
            lowered = {t: (prev[t], floors[t]) for t in floors if t in prev and floors[t] < prev[t]}
            if lowered and args.allow_lower:
                new["lowered"].append({"split": split, "tables": lowered, "reason": args.allow_lower})
            elif lowered:
                print(f"{split}: keeping floors {lowered} (score - margin is lower; pass --allow-lower REASON to lower)", file=sys.stderr)
            # Floors only move up unless lowering is explicitly allowed.
            merged = {t: (floors[t] if args.allow_lower else max(floors[t], prev.get(t, 0.0))) for t in floors}
            new["splits"][split] = {"corpus_hash": s["hash"], "floors": merged}
        FLOORS.write_text(json.dumps(new, indent=2) + "\n")
        print(f"pinned floors in {FLOORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
