"""Fine-tune the base model's entity recogniser on the dev gold articles (issue #3's trained component).

Recipe:
- Gold spans: every occurrence, in the text newsie reads, of each dev article's people (name and
  aliases) → PERSON and organisations (name, acronym, variants) → ORG.
- Silver spans: the base model's own entities of other labels (GPE, DATE, NORP, …) where they do
  not overlap a gold span; its PERSON/ORG entities that the gold does not list are dropped, so the
  model unlearns them ("Fan Expo Canada", a person's name tagged ORG).
- Rehearsal: the base model's own predictions on unannotated BBC and Reuters articles, so that what
  it knows beyond the dev set is not forgotten.
- Only the `ner` pipe is updated (`nlp.resume_training`, dropout 0.3), for a fixed number of epochs.

    python scripts/train_ner.py --out models/newsie-ner --epochs 12 --rehearsal 300

The test split is never read. Texts come from ../shared/corpora (BBC and Reuters are not copied
into the repository; only the weights are written).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import filter_spans, minibatch

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newsie.core import prepare  # noqa: E402
from newsie.evaluate import default_corpora_dir, gold_article, gold_files, load_gold  # noqa: E402
from newsie.pipeline import resolve_base_model  # noqa: E402


def occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of `form` in `text`, whitespace-insensitive."""
    parts = [re.escape(p) for p in form.split()]
    if not parts:
        return []
    pattern = r"(?<![\w])" + r"\s+".join(parts) + r"(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def gold_doc(nlp, text: str, gold: dict):
    """A Doc with gold PERSON/ORG spans and the base model's other entities."""
    doc = nlp(text)
    spans = []
    for person in gold.get("people", []):
        for form in {person["name"], *(person.get("aliases") or [])}:
            for s, e in occurrences(text, form):
                span = doc.char_span(s, e, label="PERSON", alignment_mode="contract")
                if span is not None:
                    spans.append(span)
    for org in gold.get("organisations", []):
        for form in {org["name"], *(org.get("variants") or []), *([org["acronym"]] if org.get("acronym") else [])}:
            for s, e in occurrences(text, form):
                span = doc.char_span(s, e, label="ORG", alignment_mode="contract")
                if span is not None:
                    spans.append(span)
    gold_spans = filter_spans(spans)
    covered = {i for sp in gold_spans for i in range(sp.start, sp.end)}
    silver = [e for e in doc.ents if e.label_ not in {"PERSON", "ORG"} and not any(i in covered for i in range(e.start, e.end))]
    ref = nlp.make_doc(text)
    ref.ents = filter_spans(gold_spans + silver)
    return ref


def rehearsal_docs(nlp, n: int, seed: int) -> list:
    """The base model's own predictions on unannotated BBC and Reuters articles."""
    corpora = default_corpora_dir()
    used = {str(load_gold(f)["source"]["doc_id"]) for f in gold_files([REPO / "corpora" / "dev", REPO / "corpora" / "test"])}
    texts = []
    for path, key in [(corpora / "bbc-news" / "bbc_news.jsonl", "text"), (corpora / "reuters21578" / "reuters21578.jsonl", "text")]:
        with open(path, encoding="utf-8") as fh:
            recs = [json.loads(line) for line in fh]
        recs = [r for r in recs if r.get(key) and str(r["doc_id"]) not in used and 100 < len(r[key].split()) < 600]
        random.Random(seed).shuffle(recs)
        texts.extend(r[key] for r in recs[: n // 2])
    out = []
    for doc in nlp.pipe(texts):
        ref = nlp.make_doc(doc.text)
        ref.ents = list(doc.ents)
        out.append(ref)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--rehearsal", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--holdout", metavar="DIR", help="leave every fifth dev article out of training and copy its gold file here, for validation")
    args = ap.parse_args()
    random.seed(args.seed)
    spacy.util.fix_random_seed(args.seed)
    nlp = spacy.load(resolve_base_model(None))
    corpora = default_corpora_dir()
    train = []
    for k, f in enumerate(gold_files([REPO / "corpora" / "dev"])):
        gold = load_gold(f)
        if args.holdout and k % 5 == 0:
            Path(args.holdout).mkdir(parents=True, exist_ok=True)
            (Path(args.holdout) / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
            continue
        p = prepare(gold_article(gold, corpora))
        if p.text:
            train.append(gold_doc(nlp, p.text, gold))
    rehearse = rehearsal_docs(nlp, args.rehearsal, args.seed)
    print(f"{len(train)} gold docs, {len(rehearse)} rehearsal docs")
    examples = [Example(nlp.make_doc(d.text), d) for d in train + rehearse]
    other = [p for p in nlp.pipe_names if p != "ner"]
    with nlp.select_pipes(disable=other):
        optimizer = nlp.resume_training()
        for epoch in range(args.epochs):
            random.shuffle(examples)
            losses: dict = {}
            for batch in minibatch(examples, size=8):
                nlp.update(batch, drop=0.3, sgd=optimizer, losses=losses)
            print(f"epoch {epoch + 1}: ner loss {losses.get('ner', 0):.1f}")
    nlp.meta["name"] = "newsie_ner"
    nlp.meta["description"] = "en_core_web_sm 3.8.0 with its ner fine-tuned on newsie's dev gold articles (scripts/train_ner.py)"
    nlp.to_disk(args.out)
    print(f"saved {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
