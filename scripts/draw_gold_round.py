"""Draw a fresh annotation round: articles never annotated, by a fixed seed, with texts for annotators.

Round 5 was drawn with `python scripts/draw_gold_round.py OUT 20261128` (two BBC articles per
category, four Reuters, six English web pages). OUT must lie outside the repository: it receives
copies of BBC, Reuters and web-page text (`OUT/texts/<gold_id>.txt`) and a stub per article
(`OUT/texts/<gold_id>.stub.json`, with `source` and `published`) for the annotators, who write
`OUT/gold/<gold_id>.json` to `corpora/GOLD_FORMAT.md`.
"""
import gzip, json, random, re, html as H
from pathlib import Path
import sys
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / 'src'))
from newsie.evaluate import default_corpora_dir, gold_sources  # noqa: E402
S = default_corpora_dir(); OUT = Path(sys.argv[1])
(OUT / 'texts').mkdir(parents=True, exist_ok=True); (OUT / 'gold').mkdir(exist_ok=True)
used = gold_sources(REPO / 'corpora')  # held-back rounds (corpora/holdout/roundN) too
rng = random.Random(int(sys.argv[2]))
picked = []
bbc = [json.loads(l) for l in open(S/'bbc-news/bbc_news.jsonl')]
for cat in ['politics', 'business', 'tech', 'entertainment', 'sport']:
    pool = [d for d in bbc if d['category'] == cat and ('bbc-news', d['doc_id']) not in used and 1200 < len(d['text']) < 4000]
    for d in rng.sample(pool, 2):
        picked.append(('bbc-news', d['doc_id'], f"bbc-{cat}-{d['doc_id'].split('/')[-1]}", None, d['text']))
reu = [json.loads(l) for l in open(S/'reuters21578/reuters21578.jsonl')]
pool = [d for d in reu if d.get('text') and 1200 < len(d['text']) < 4000 and ('reuters21578', d['doc_id']) not in used and (d.get('people') or d.get('orgs'))]
for d in rng.sample(pool, 4):
    dt = d['date'].split()[0]
    import datetime
    pub = datetime.datetime.strptime(dt, '%d-%b-%Y').date().isoformat()
    # only the record's text: newsie reads neither the title nor the dateline, so neither is annotated
    picked.append(('reuters21578', d['doc_id'], f"reuters-{d['doc_id']}", pub, d['text']))
gt = json.load(open(S/'web-news-html/ground-truth.json'))
keys = sorted(k for k in gt if ('web-news-html', k) not in used)
rng.shuffle(keys)
n = 0
for k in keys:
    body = gt[k]['articleBody']
    if not body or len(body) < 1200 or len(body) > 6000: continue
    ascii_share = sum(c.isascii() for c in body) / len(body)
    if ascii_share < 0.97 or not re.search(r'\b(the|and|of)\b', body): continue
    raw = gzip.open(S/f'web-news-html/html/{k}.html.gz').read().decode('utf-8', 'replace')
    m = re.search(r'<meta[^>]+property="og:title"[^>]+content="([^"]*)"', raw) or re.search(r'<title>(.*?)</title>', raw, re.S)
    title = H.unescape(m.group(1).strip()) if m else ''
    caps = [re.sub(r'\s+', ' ', H.unescape(re.sub(r'<[^>]+>', ' ', c))).strip() for c in re.findall(r'<figcaption[^>]*>(.*?)</figcaption>', raw, re.S)]
    caps = [c for c in caps if c]
    text = f"URL: {gt[k]['url']}\nHEADLINE: {title}\n\n{body}\n" + ''.join(f"\nPHOTO CAPTION: {c}" for c in caps)
    picked.append(('web-news-html', k, f"web-{k[:8]}", None, text)); n += 1
    if n == 6: break
for corpus, doc_id, gid, pub, text in picked:
    (OUT/'texts'/f'{gid}.txt').write_text(text)
    stub = {"gold_id": gid, "source": {"corpus": corpus, "doc_id": doc_id}, "published": pub}
    (OUT/'texts'/f'{gid}.stub.json').write_text(json.dumps(stub, indent=2))
print(len(picked)); print('\n'.join(p[2] for p in picked))
