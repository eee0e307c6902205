"""Before/after diffs for a rule change: what it does to dev's scores and to unannotated articles.

A rule that fixes one sentence and breaks three others is a regression, so every rule is checked
twice before it is committed: on the gold dev split (which misses and false hits it changes) and on
articles nobody annotated (what it changes at all, read by eye). Run each command before and after
the change, then diff:

    python scripts/rule_diff.py sample 777 350 200 100 /tmp/sample.json   # unannotated articles, by seed
    python scripts/rule_diff.py dump /tmp/sample.json /tmp/before.json       # newsie's output on them
    python scripts/rule_diff.py dev corpora/dev /tmp/dev_before.json         # dev scores and details
    ... change the code ...
    python scripts/rule_diff.py dump /tmp/sample.json /tmp/after.json
    python scripts/rule_diff.py dev corpora/dev /tmp/dev_after.json
    python scripts/rule_diff.py diff /tmp/before.json /tmp/after.json         # or the two dev files

The sample leaves out every article with a gold file anywhere under corpora/ (held-back rounds
included), so reading its diffs never reads a gold article; annotating more articles replaces only
those in the sample. To score an older commit, put its
`src` first: `git worktree add /tmp/old COMMIT` and `PYTHONPATH=/tmp/old/src python ...`.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def sample(seed: int, n_bbc: int, n_reuters: int, n_web: int, out: Path) -> None:
    """Draw unannotated BBC, Reuters and web articles by a fixed seed."""
    from newsie.evaluate import default_corpora_dir, gold_sources

    corpora, used, rng = default_corpora_dir(), gold_sources(REPO / "corpora"), random.Random(seed)
    bbc = [json.loads(line)["doc_id"] for line in open(corpora / "bbc-news/bbc_news.jsonl", encoding="utf-8")]
    reu = [str(d["doc_id"]) for d in map(json.loads, open(corpora / "reuters21578/reuters21578.jsonl", encoding="utf-8")) if len(d.get("text") or "") > 400]
    web = sorted(json.loads((corpora / "web-news-html/ground-truth.json").read_text(encoding="utf-8")))
    picked = []
    for corpus, ids, n in (("bbc-news", bbc, n_bbc), ("reuters21578", reu, n_reuters), ("web-news-html", web, n_web)):
        # shuffle every article, then skip the annotated ones: a newly annotated round only swaps
        # its own articles out, and the rest of the sample (and its past diffs) stays the same
        pool = [d for d in rng.sample(ids, len(ids)) if (corpus, d) not in used]
        picked += [(corpus, d) for d in pool[:n]]
    out.write_text(json.dumps(picked), encoding="utf-8")
    print(f"{len(picked)} articles -> {out}")


def dump(sample_file: Path, out: Path) -> None:
    """newsie's people, roles, countries, organisations and dates for each sampled article."""
    from newsie.evaluate import default_corpora_dir, gold_article, predict_newsie
    from newsie.pipeline import load

    nlp, corpora, result = load(None), default_corpora_dir(), {}
    for corpus, doc_id in json.loads(sample_file.read_text(encoding="utf-8")):
        stub = {"gold_id": doc_id, "source": {"corpus": corpus, "doc_id": doc_id}, "published": None}
        try:
            p = predict_newsie(nlp, gold_article(stub, corpora))
        except Exception as exc:  # noqa: BLE001 - one bad article must not end the dump
            result[f"{corpus}:{doc_id}"] = {"error": [repr(exc)]}
            continue
        result[f"{corpus}:{doc_id}"] = {
            "people": sorted(x["name"] for x in p.people),
            "roles": sorted(f"{r['person']}: {r['title']} [{r['role']}] {r['country']}" for r in p.roles),
            "countries": sorted(p.countries),
            "orgs": sorted(o["name"] + (f" ({o['acronym']})" if o["acronym"] else "") for o in p.organisations),
            "dates": sorted(f"{d['text']}={d['value']}" for d in p.dates),
        }
    out.write_text(json.dumps(result, indent=0), encoding="utf-8")
    print(f"{len(result)} articles -> {out}")


def dev(gold_dir: Path, out: Path) -> None:
    """Scores and per-article misses and false hits on a gold split."""
    from newsie.evaluate import evaluate

    report = evaluate([gold_dir], "newsie")
    out.write_text(json.dumps({"scores": report.scores(), "per_article": {g: a["details"] for g, a in report.per_article.items()}}, indent=1), encoding="utf-8")
    for table, s in report.scores().items():
        print(f"{table:15s} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")


def diff(before: Path, after: Path) -> None:
    """What changed between two dumps, or between two dev files (scores first)."""
    a, b = json.loads(before.read_text(encoding="utf-8")), json.loads(after.read_text(encoding="utf-8"))
    if "scores" in b:
        for table, s in b["scores"].items():
            old = a["scores"][table]
            if old != s:
                print(f"{table:15s} F1 {old['f1']:.3f} -> {s['f1']:.3f}  (P {old['precision']:.3f} -> {s['precision']:.3f}, R {old['recall']:.3f} -> {s['recall']:.3f})")
        a, b = a["per_article"], b["per_article"]
    changes = 0
    for key, tables in b.items():
        for table, now in tables.items():
            if isinstance(now, dict):  # dev details: {"missed": [...], "false": [...]}
                pairs = [(f"{table} {kind}", a.get(key, {}).get(table, {}).get(kind, []), now[kind]) for kind in now]
            else:
                pairs = [(table, a.get(key, {}).get(table, []), now)]
            for label, old, new in pairs:
                gone, came = [v for v in old if v not in new], [v for v in new if v not in old]
                if gone or came:
                    changes += 1
                    print(f"{key} {label}: -{gone} +{came}")
    print(f"{changes} changes")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample", help="draw unannotated articles")
    s.add_argument("seed", type=int)
    s.add_argument("n_bbc", type=int)
    s.add_argument("n_reuters", type=int)
    s.add_argument("n_web", type=int)
    s.add_argument("out", type=Path)
    d = sub.add_parser("dump", help="newsie's output on a sample")
    d.add_argument("sample", type=Path)
    d.add_argument("out", type=Path)
    v = sub.add_parser("dev", help="scores and details on a gold split")
    v.add_argument("gold_dir", type=Path)
    v.add_argument("out", type=Path)
    f = sub.add_parser("diff", help="what changed between two dumps or two dev files")
    f.add_argument("before", type=Path)
    f.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "sample":
        sample(args.seed, args.n_bbc, args.n_reuters, args.n_web, args.out)
    elif args.cmd == "dump":
        dump(args.sample, args.out)
    elif args.cmd == "dev":
        dev(args.gold_dir, args.out)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()
