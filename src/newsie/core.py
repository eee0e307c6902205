"""Run newsie over articles: prepare text, run the pipeline, turn Docs into table rows."""

from __future__ import annotations

import logging
import re
import signal
import threading
import unicodedata
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Union

from spacy.language import Language

from .errors import Errors
from .normalise.dates import parse_published
from .tables import ALIAS_SEPARATOR, Article, Tables, article_row, doc_to_tables, error_row

logger = logging.getLogger("newsie")

SYMBOL_RUN = re.compile(r"[^\w\s]{100,}")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
WRAP = re.compile(r"(?<=\S)\n(?=\S)")  # a line break inside a paragraph (an indented or blank line starts a new one)
WRAP_WIDTH = 90
# "Choreographer_Jeong Hye Jin, Director_Oh Kyeong Taek": a label joined to a name by an underscore
# (credit lists in press releases). Not inside handles, hashtags, paths or URLs ("@PFF_Browns").
LABEL_JOIN = re.compile(r"(?<![\w@#./:=-])([A-Z][A-Za-z'-]*)_(?=[A-Z][a-z])")
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in is that for it was on with as by at from his her are be this have has not "
    "but an they which or their said were been will would who its".split()
)
MIN_WORDS_FOR_LANGUAGE = 40
MIN_ENGLISH_RATIO = 0.08
MIN_ARTICLE_WORDS = 5
# Elements a reader never sees as part of the text: hidden ones, screen-reader labels ("Share to
# twitter"), and hover cards whose text would run into the sentence around them ("Gov. Kristi
# Noem" + a pop-up card "Kristi Lynn Noem …" read as "Kristi NoemKristi Lynn Noem").
_HIDDEN_CLASSES = ("sr-only", "screen-reader-text", "visually-hidden", "element-hidden", "element-invisible")
HIDDEN_XPATHS = [
    "//*[@hidden]",
    '//*[@aria-hidden="true"]',
    '//*[contains(translate(@style, " ", ""), "display:none") or contains(translate(@style, " ", ""), "visibility:hidden")]',
    *(f'//*[contains(concat(" ", normalize-space(@class), " "), " {c} ")]' for c in _HIDDEN_CLASSES),
    '//*[contains(@class, "tooltip") or contains(@class, "popover") or contains(@class, "hovercard") or (contains(@class, "rollover") and contains(@class, "-block"))]',
]
DEFAULT_TIME_LIMIT = 60.0  # seconds per article before it becomes an error row
PIECE_CHARS = 200_000  # longer articles run in pieces (the parser's memory grows with length)
MAX_ARTICLE_CHARS = 20_000_000


@dataclass
class Prepared:
    """An article ready for the pipeline, or the reason it is not."""

    article: Article
    text: str = ""
    status: str = "ok"
    error: Optional[dict] = None


def clean_text(text: str) -> str:
    """Replace control characters, lone surrogates and long runs of one symbol by spaces.

    Same length, so offsets hold. A run like "?" * 100000 has no content and sends the
    tokenizer's punctuation rules quadratic.
    """
    if "\r\n" in text:
        text = text.replace("\r\n", " \n")
    text = CONTROL.sub(" ", text)
    return SYMBOL_RUN.sub(lambda m: " " * len(m.group(0)), text)


def split_label_joins(text: str) -> str:
    """Write "Director_Oh Kyeong Taek" as "Director Oh Kyeong Taek"; same length, so offsets hold."""
    return LABEL_JOIN.sub(lambda m: m.group(1) + " ", text) if "_" in text else text


def unwrap_lines(text: str) -> str:
    """Join hard-wrapped lines ("U.S. Ambassador\nto GATT Michael Samuels") with a space; same length, so offsets hold.

    Wire copy (all of Reuters-21578) breaks lines at a fixed width mid-sentence, and the model and
    the rules read a line break as a boundary. Text counts as hard-wrapped when no line is longer
    than the width and some line goes on in lower case, which lists and one-paragraph-per-line
    text (BBC, web pages) do not do; indented and blank lines still start paragraphs.
    """
    breaks = list(WRAP.finditer(text))
    if not breaks or not any(text[m.end()].islower() for m in breaks):
        return text
    if max(len(line.rstrip()) for line in text.split("\n")) > WRAP_WIDTH:
        return text
    return WRAP.sub(" ", text)


def looks_binary(raw: str) -> Optional[str]:
    """A reason when text looks like binary data, else None."""
    sample = raw[:4096]
    if sample.count("\x00") > max(2, len(sample) // 100):
        return "NUL bytes"  # a stray NUL is a control character to clean; many mean a binary file
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

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True, prune_xpath=HIDDEN_XPATHS)
    if doc is None:
        return "", None, None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    # CNN's dateline sits in its own element and runs into the first word ("Hong Kong (CNN Business)A muddled
    # view"): a closing bracket followed straight by a capitalised word is two elements joined.
    body = re.sub(r"\)(?=[A-Z][a-z]|[AI] )", ") ", (data.get("text") or "").strip())
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


def prepare(article: Article, default_published: Optional[str] = None, max_chars: int = MAX_ARTICLE_CHARS) -> Prepared:
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
    text = unwrap_lines(split_label_joins(clean_text(raw)))
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


def process(
    nlp: Language,
    articles: Iterable[Article],
    default_published: Optional[str] = None,
    batch_size: int = 32,
    time_limit: Optional[float] = DEFAULT_TIME_LIMIT,
) -> Iterator[Tables]:
    """Tables for each article, in input order; never raises for a bad article."""
    pending: list[Prepared] = []
    for article in articles:
        pending.append(prepare(article, default_published))
        if len(pending) >= batch_size:
            yield from _run_batch(nlp, pending, time_limit)
            pending = []
    if pending:
        yield from _run_batch(nlp, pending, time_limit)


class ArticleTimeout(BaseException):
    """Raised inside the pipeline when an article (or batch) runs past its time limit.

    A BaseException, so that components' own error isolation does not swallow it.
    """


@contextmanager
def deadline(seconds: Optional[float]):
    """Raise ArticleTimeout after `seconds` (main thread of a process only; elsewhere no limit)."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _alarm(signum, frame):  # noqa: ARG001
        raise ArticleTimeout()

    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _make_doc(nlp: Language, p: Prepared, text: Optional[str] = None, sections: Optional[list] = None):
    doc = nlp.make_doc(p.text if text is None else text)
    doc._.newsie_meta = {"published": p.article.published, "title": p.article.title, "sections": sections}
    return doc


def _memory_zone(nlp: Language):
    """spaCy's memory zone where available: strings made for a batch are freed after it."""
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else nullcontext()


def _run_batch(nlp: Language, batch: list[Prepared], time_limit: Optional[float]) -> Iterator[Tables]:
    results: dict[int, Tables] = {}
    limit = piece_chars(nlp)
    with _memory_zone(nlp):
        short = [p for p in batch if p.status == "ok" and len(p.text) <= limit]
        try:
            with deadline(time_limit * len(short) if time_limit else None):
                done = list(nlp.pipe([_make_doc(nlp, p) for p in short]))
            for p, doc in zip(short, done):
                results[id(p)] = tables_for(doc, p)
        except (Exception, ArticleTimeout):  # noqa: BLE001 - find the article that broke the batch
            logger.warning("batch failed or ran out of time; retrying article by article")
            for p in short:
                results[id(p)] = _run_one(nlp, p, time_limit)
        for p in batch:
            if p.status == "ok" and id(p) not in results:
                results[id(p)] = _run_long(nlp, p, time_limit, limit)
    for p in batch:
        yield results[id(p)] if p.status == "ok" else _failed(p)


def _run_one(nlp: Language, p: Prepared, time_limit: Optional[float]) -> Tables:
    try:
        with deadline(time_limit):
            return tables_for(nlp(_make_doc(nlp, p)), p)
    except ArticleTimeout:
        return _failed(Prepared(p.article, p.text, "error", {"stage": "pipeline", "error_type": "Timeout", "message": Errors.E012.format(seconds=time_limit)}))
    except Exception as exc:  # noqa: BLE001
        return _failed(Prepared(p.article, p.text, "error", {"stage": "pipeline", "error_type": type(exc).__name__, "message": str(exc)[:500]}))


def piece_chars(nlp: Language) -> int:
    """Longest text run as one Doc; longer articles are processed in pieces."""
    return min(nlp.max_length, PIECE_CHARS)


def split_pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) pieces of at most `limit` characters, cut at line breaks where possible."""
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = text.rfind("\n", start + limit // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + limit // 2, end)
            end = cut + 1 if cut != -1 else end
        pieces.append((start, end))
        start = end
    return pieces


def _run_long(nlp: Language, p: Prepared, time_limit: Optional[float], limit: int) -> Tables:
    """An article longer than one Doc: sections from the whole text, pieces run apart, rows merged."""
    from .components.sections import find_sections

    sections = find_sections(p.text, p.article.title)
    parts: list[Tables] = []
    for start, end in split_pieces(p.text, limit):
        local = [[max(s, start) - start, min(e, end) - start, label] for s, e, label in sections if s < end and e > start]
        try:
            with deadline(time_limit):
                doc = nlp(_make_doc(nlp, p, p.text[start:end], local))
        except ArticleTimeout:
            return _failed(Prepared(p.article, p.text, "error", {"stage": "pipeline", "error_type": "Timeout", "message": Errors.E012.format(seconds=time_limit)}))
        except Exception as exc:  # noqa: BLE001
            return _failed(Prepared(p.article, p.text, "error", {"stage": "pipeline", "error_type": type(exc).__name__, "message": str(exc)[:500]}))
        if doc._.newsie_errors:
            return _failed(Prepared(p.article, p.text, "error", doc._.newsie_errors[0]))
        parts.append(shift_offsets(doc_to_tables(doc, p.article), start))
    out = merge_tables(parts)
    out.rows["articles"].insert(0, article_row(p.article, len(p.text), "ok"))
    return out


def shift_offsets(tables: Tables, offset: int) -> Tables:
    """Move every character offset by `offset` (a piece's place in its article)."""
    for table in ("mentions", "roles", "dates"):
        for row in tables.rows[table]:
            for col in ("start_char", "end_char"):
                if col in row and row[col] != "":
                    row[col] = int(row[col]) + offset
    return tables


def merge_tables(parts: list[Tables]) -> Tables:
    """One article's rows from its pieces: the same entity once, counts summed, mentions renumbered."""
    out = Tables()
    people: dict[str, dict] = {}
    orgs: dict[str, dict] = {}
    countries: dict[str, dict] = {}
    seen_roles: set = set()
    for part in parts:
        for row in part.rows["people"]:
            have = people.setdefault(row["person_id"], dict(row, n_mentions=0))
            have["n_mentions"] += row["n_mentions"]
            aliases = set(filter(None, have["aliases"].split(ALIAS_SEPARATOR))) | set(filter(None, row["aliases"].split(ALIAS_SEPARATOR)))
            have["aliases"] = ALIAS_SEPARATOR.join(sorted(aliases))
        for row in part.rows["organisations"]:
            have = orgs.setdefault(row["org_id"], dict(row, n_mentions=0))
            have["n_mentions"] += row["n_mentions"]
        for row in part.rows["countries"]:
            have = countries.setdefault(row["country_code"], dict(row, n_mentions=0))
            have["n_mentions"] += row["n_mentions"]
        for row in part.rows["roles"]:
            key = (row["person_id"], row["title"])
            if key not in seen_roles:
                seen_roles.add(key)
                out.rows["roles"].append(row)
        out.rows["dates"].extend(part.rows["dates"])
        out.rows["mentions"].extend(part.rows["mentions"])
        out.rows["errors"].extend(part.rows["errors"])
    out.rows["people"] = list(people.values())
    out.rows["organisations"] = list(orgs.values())
    out.rows["countries"] = list(countries.values())
    for n, row in enumerate(out.rows["mentions"], 1):
        row["mention_id"] = f"M{n}"
    return out


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
