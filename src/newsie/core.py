"""Run newsie over articles: prepare text, run the pipeline, turn Docs into table rows."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Union

from spacy.language import Language

from .errors import Errors
from .normalise.dates import parse_published
from .tables import Article, Tables, article_row, doc_to_tables, error_row

logger = logging.getLogger("newsie")

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in is that for it was on with as by at from his her are be this have has not "
    "but an they which or their said were been will would who its".split()
)
MIN_WORDS_FOR_LANGUAGE = 40
MIN_ENGLISH_RATIO = 0.08
MIN_ARTICLE_WORDS = 5


@dataclass
class Prepared:
    """An article ready for the pipeline, or the reason it is not."""

    article: Article
    text: str = ""
    status: str = "ok"
    error: Optional[dict] = None


def clean_text(text: str) -> str:
    """Replace control characters and lone surrogates by spaces (same length: offsets hold)."""
    if "\r\n" in text:
        text = text.replace("\r\n", " \n")
    return CONTROL.sub(" ", text)


def looks_binary(raw: str) -> Optional[str]:
    """A reason when text looks like binary data, else None."""
    sample = raw[:4096]
    if "\x00" in sample:
        return "NUL bytes"
    bad = sum(1 for ch in sample if unicodedata.category(ch) in {"Cc", "Cs", "Co"} and ch not in "\n\t\r")
    if sample and bad / len(sample) > 0.1:
        return f"{bad} control characters in the first {len(sample)}"
    if sample and sample.count("\ufffd") / len(sample) > 0.1:
        return "mostly undecodable bytes"
    return None


def not_english(text: str) -> Optional[str]:
    """A reason when text is clearly not English, else None (short texts get the benefit of the doubt)."""
    words = re.findall(r"[^\W\d_]+", text[:5000].lower())
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return None
    ratio = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS) / len(words)
    if ratio < MIN_ENGLISH_RATIO:
        return f"{ratio:.0%} English function words in {len(words)} words"
    return None


def _strip_site_name(title: str, sitename: Optional[str]) -> str:
    """'WeWork investigated – TechCrunch' → 'WeWork investigated' (page titles carry the site's name)."""
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) > 1 and (len(parts[-1].split()) <= 3 or (sitename and sitename.lower() in parts[-1].lower())):
        return " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]
    return title


def html_to_text(html: str) -> tuple[str, Optional[str], Optional[str]]:
    """Main text of a page (trafilatura), with `<figcaption>`s as 'Photo:' caption lines; plus title and date."""
    import trafilatura
    from lxml import html as lxml_html

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True)
    if doc is None:
        return "", None, None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = (data.get("text") or "").strip()
    title = _strip_site_name((data.get("title") or "").strip(), data.get("sitename")) or None
    published = data.get("date") or None
    captions: list[str] = []
    try:
        tree = lxml_html.fromstring(html)
        for fig in tree.iter("figcaption"):
            cap = " ".join(fig.text_content().split())
            if cap and cap not in captions and cap not in body:
                captions.append(cap)
    except Exception:  # noqa: BLE001 - captions are a bonus; a page lxml cannot parse still has text
        logger.debug("figcaption extraction failed", exc_info=True)
    parts = [p for p in [title, body] if p]
    if len(body.split()) < MIN_ARTICLE_WORDS:  # a navigation link or a cookie notice is no article
        return "", title, published
    parts += [f"Photo: {c}" for c in captions]
    return "\n\n".join(parts), title, published


def prepare(article: Article, default_published: Optional[str] = None, max_chars: int = 2_000_000) -> Prepared:
    """Validate and clean one article's text; failures become a status and an error."""
    if article.read_error:
        return Prepared(article, status="error", error=article.read_error)
    if article.published is None and default_published:
        article.published = default_published
    if article.published:
        try:
            parse_published(article.published)
        except ValueError:
            return Prepared(article, status="error", error={"stage": "validate", "error_type": "InvalidDate", "message": Errors.E013.format(value=article.published)})
    raw = article.text
    if raw is None and article.html is not None:
        reason = looks_binary(article.html)
        if reason:
            return Prepared(article, status="error", error={"stage": "read", "error_type": "BinaryInput", "message": Errors.E006.format(detail=reason)})
        try:
            raw, title, page_date = html_to_text(article.html)
        except Exception as exc:  # noqa: BLE001 - hostile HTML must not stop the run
            return Prepared(article, status="error", error={"stage": "html", "error_type": type(exc).__name__, "message": str(exc)[:500]})
        article.title = article.title or title
        if article.published is None and page_date:
            article.published = page_date[:10]
        if not raw.strip():
            return Prepared(article, status="empty", error={"stage": "html", "error_type": "NoArticleText", "message": Errors.E008})
    raw = raw or ""
    reason = looks_binary(raw)
    if reason:
        return Prepared(article, status="error", error={"stage": "read", "error_type": "BinaryInput", "message": Errors.E006.format(detail=reason)})
    text = clean_text(raw)
    if not text.strip():
        return Prepared(article, text=text, status="empty", error={"stage": "validate", "error_type": "EmptyText", "message": Errors.E004})
    if len(text) > max_chars:
        return Prepared(article, text=text, status="error", error={"stage": "validate", "error_type": "TooLong", "message": f"{len(text)} characters; the limit is {max_chars}"})
    reason = not_english(text)
    if reason:
        return Prepared(article, text=text, status="error", error={"stage": "validate", "error_type": "NotEnglish", "message": Errors.E007.format(detail=reason)})
    return Prepared(article, text=text)


def _failed(p: Prepared) -> Tables:
    out = Tables()
    e = p.error or {}
    out.rows["articles"].append(article_row(p.article, len(p.text), p.status, e.get("message", "")))
    out.rows["errors"].append(error_row(p.article, e.get("stage", ""), e.get("error_type", ""), e.get("message", "")))
    return out


def process(nlp: Language, articles: Iterable[Article], default_published: Optional[str] = None, batch_size: int = 32) -> Iterator[Tables]:
    """Tables for each article, in input order; never raises for a bad article."""
    prepared = (prepare(a, default_published) for a in articles)

    def docs_with_context() -> Iterator:
        for p in prepared:
            if p.status != "ok":
                yield None, p
                continue
            doc = nlp.make_doc(p.text)
            doc._.newsie_meta = {"published": p.article.published, "title": p.article.title}
            yield doc, p

    pending = []
    for doc, p in docs_with_context():
        pending.append((doc, p))
        if len(pending) >= batch_size:
            yield from _run_batch(nlp, pending)
            pending = []
    if pending:
        yield from _run_batch(nlp, pending)


def _run_batch(nlp: Language, batch: list) -> Iterator[Tables]:
    docs = [d for d, _ in batch if d is not None]
    try:
        done = list(nlp.pipe(docs))
    except Exception:  # noqa: BLE001 - isolate the article that broke the batch
        logger.warning("batch failed; retrying article by article", exc_info=True)
        done = []
        for d in docs:
            try:
                done.append(nlp(d))
            except Exception as exc:  # noqa: BLE001
                d._.newsie_errors = [{"stage": "pipeline", "error_type": type(exc).__name__, "message": str(exc)[:500]}]
                done.append(d)
    it = iter(done)
    for doc, p in batch:
        if doc is None:
            yield _failed(p)
            continue
        yield tables_for(next(it), p)


def tables_for(doc, p: Prepared) -> Tables:
    """All rows for one processed article, or its error rows when a component failed."""
    errors = doc._.newsie_errors or []
    if errors:
        e = errors[0]
        return _failed(Prepared(p.article, p.text, "error", e))
    try:
        out = doc_to_tables(doc, p.article)
    except Exception as exc:  # noqa: BLE001
        return _failed(Prepared(p.article, p.text, "error", {"stage": "tables", "error_type": type(exc).__name__, "message": str(exc)[:500]}))
    out.rows["articles"].insert(0, article_row(p.article, len(p.text), "ok"))
    return out


def to_article(item: Union[str, dict, Article], n: int) -> Article:
    """An Article from a string, a dict with the reader fields, or an Article."""
    from .io.readers import record_to_article

    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(f"article-{n}", text=item)
    if isinstance(item, dict):
        return record_to_article(item, f"article-{n}", "python")
    return Article(f"article-{n}", read_error={"stage": "read", "error_type": "TypeError", "message": f"cannot read a {type(item).__name__} as an article"})
