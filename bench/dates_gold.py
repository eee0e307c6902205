"""Date normalisation against gold TIMEX values: MEANTIME (DATE timexes, dct) and GUM news (<date>).

Reports value precision/recall/F1 of newsie beside the baseline "spaCy DATE spans + dateparser",
with value-at-precision matching: a found date counts when its span overlaps a gold date and its
value (and end value, for ranges) is the gold's exactly. MEANTIME annotates only each article's
first sentences, so only predictions inside the annotated stretch are scored; predictions on gold
dates whose value has no ISO day/month/year form (PRESENT_REF, "XXXX-XX-XX", seasons, times) are
ignored, neither right nor wrong.

    python bench/dates_gold.py            # prints the table and updates docs/evaluation.md
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DOC = REPO / "docs" / "evaluation.md"
BEGIN, END = "<!-- dates-gold:begin -->", "<!-- dates-gold:end -->"


def gold_value(v: object):
    """(value, end_value) for a gold value newsie can express, else None (not scored)."""
    if isinstance(v, dict):
        a, b = v.get("from"), v.get("to")
        if a and b and ISO.match(a) and ISO.match(b):
            return (a, None if a == b else b)
        return None
    v = str(v)
    if ISO.match(v):
        return (v, None)
    m = re.match(r"^(\d{4})-Q([1-4])$", v)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        return (f"{y:04d}-{3 * q - 2:02d}", f"{y:04d}-{3 * q:02d}")
    m = re.match(r"^(\d{4})-W(\d{2})$", v)
    if m:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return (monday.isoformat(), (monday + timedelta(days=6)).isoformat())
    m = re.match(r"^(\d{3})$", v)
    if m:
        return (f"{m.group(1)}0", f"{m.group(1)}9")
    return None


def load_docs(corpora: Path) -> list[dict]:
    """Documents with text, dct, gold timexes [(start, end, value|None)] and the scored region."""
    docs = []
    for line in open(corpora / "meantime" / "meantime_en.jsonl", encoding="utf-8"):
        d = json.loads(line)
        ends = [t["end"] for t in d["timexes"]] + [e["end"] for e in d["entities"]]
        gold = [(t["start"], t["end"], gold_value(t["value"])) for t in d["timexes"] if t["type"] == "DATE"]
        docs.append({"set": "meantime", "id": d["doc_id"], "text": d["text"], "dct": d["dct"], "gold": gold, "region": max(ends) if ends else 0})
    for line in open(corpora / "gum-news" / "gum_news_interview.jsonl", encoding="utf-8"):
        d = json.loads(line)
        gold = []
        for t in d["timexes"]:
            gold.append((t["start"], t["end"], gold_value(t["when"]) if "when" in t else gold_value(t)))
        docs.append({"set": "gum-news", "id": d["doc_id"], "text": d["text"], "dct": d["dct"], "gold": gold, "region": len(d["text"])})
    return docs


def interval(value: str, end: str | None) -> tuple[date, date]:
    """The days a value (and end value) covers: '1930'..'1939' equals '1930-01-01'..'1939-12-31'."""
    def first(v: str) -> date:
        parts = [int(x) for x in v.split("-")] + [1, 1]
        return date(parts[0], parts[1], parts[2])

    def last(v: str) -> date:
        parts = [int(x) for x in v.split("-")]
        if len(parts) == 1:
            return date(parts[0], 12, 31)
        if len(parts) == 2:
            nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return nxt - timedelta(days=1)
        return date(*parts)

    return first(value), last(end or value)


def score(preds: list[tuple[int, int, str, str]], doc: dict) -> tuple[int, int, int]:
    """(true positives, scored predictions, scorable gold) for one document."""
    gold = doc["gold"]
    used = set()
    tp = n_pred = 0
    for s, e, v, ev in preds:
        if s >= doc["region"]:
            continue
        overlapping = [i for i, (gs, ge, _) in enumerate(gold) if s < ge and gs < e]
        if overlapping and all(gold[i][2] is None for i in overlapping):
            continue  # a gold date newsie's format cannot express: not scored
        # GUM annotates a range's ends as two dates ("from 2004 to 2009"): a range that spans
        # exactly those gold dates is right on each of them.
        ends = [i for i in overlapping if gold[i][2] is not None and i not in used]
        if ev and len(ends) >= 2:
            lo, hi = interval(*gold[ends[0]][2])[0], interval(*gold[ends[-1]][2])[1]
            if (lo, hi) == interval(v, ev):
                n_pred += len(ends)
                tp += len(ends)
                used.update(ends)
                continue
        n_pred += 1
        for i in overlapping:
            if i not in used and gold[i][2] is not None and interval(*gold[i][2]) == interval(v, ev):
                used.add(i)
                tp += 1
                break
    return tp, n_pred, sum(1 for g in gold if g[2] is not None)


def run_newsie(docs: list[dict]) -> dict:
    from newsie.pipeline import load

    nlp = load()
    out = {}
    for d in docs:
        doc = nlp.make_doc(d["text"])
        doc._.newsie_meta = {"published": d["dct"], "title": None}
        doc = nlp(doc)
        out[d["id"]] = [(x["start"], x["end"], x["value"], x["end_value"]) for x in doc._.newsie_dates if x["value"]]
    return out


def run_baseline(docs: list[dict]) -> dict:
    import spacy

    from newsie.evaluate import _dateparser_value
    from newsie.pipeline import resolve_base_model

    nlp = spacy.load(resolve_base_model())
    out = {}
    for d in docs:
        doc = nlp(d["text"])
        preds = []
        for ent in doc.ents:
            if ent.label_ == "DATE":
                v = _dateparser_value(ent.text, d["dct"])
                if v:
                    preds.append((ent.start_char, ent.end_char, v, None))
        out[d["id"]] = preds
    return out


def table(docs: list[dict], systems: dict[str, dict]) -> str:
    lines = ["| set | gold dates | system | P | R | F1 |", "|---|---:|---|---:|---:|---:|"]
    for name in ["meantime", "gum-news"]:
        sub = [d for d in docs if d["set"] == name]
        for sys_name, preds in systems.items():
            tp = n_pred = n_gold = 0
            for d in sub:
                a, b, c = score(preds[d["id"]], d)
                tp, n_pred, n_gold = tp + a, n_pred + b, n_gold + c
            p = tp / n_pred if n_pred else 0.0
            r = tp / n_gold if n_gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            lines.append(f"| {name} | {n_gold} | {sys_name} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return "\n".join(lines)


def main() -> int:
    from newsie.evaluate import default_corpora_dir

    docs = load_docs(default_corpora_dir())
    result = table(docs, {"newsie": run_newsie(docs), "spaCy DATE + dateparser": run_baseline(docs)})
    print(result)
    section = (
        f"{BEGIN}\n## Dates against gold TIMEX values (MEANTIME, GUM news)\n\n"
        "Value-at-precision matching on every article of both sets (`python bench/dates_gold.py`; method in its docstring). "
        "MEANTIME articles are part-annotated; only their annotated stretch is scored.\n\n"
        f"{result}\n{END}"
    )
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Evaluation\n"
    if BEGIN in text:
        text = text[: text.index(BEGIN)] + section + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
