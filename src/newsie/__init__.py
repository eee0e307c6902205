"""newsie: turn news text into tidy tables of people, titles, countries, organisations and dates."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Iterable, Iterator, Optional, Union

from spacy.language import Language

from .io.readers import read_articles
from .pipeline import load
from .tables import COLUMNS, Article, Tables

try:
    __version__ = version("newsie")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

_NLP: dict[str, Language] = {}


def _default_nlp(model: Optional[str] = None) -> Language:
    key = model or ""
    if key not in _NLP:
        _NLP[key] = load(model)
    return _NLP[key]


class Result:
    """Tables extracted from one or more articles."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables

    def frames(self):
        """Dict of table name → pandas DataFrame (contract columns, in order)."""
        return self.tables.frames()

    def __repr__(self) -> str:
        counts = ", ".join(f"{t}={len(r)}" for t, r in self.tables.rows.items())
        return f"Result({counts})"


class ResultStream:
    """Per-article Results, streamed; `.frames()` collects them all."""

    def __init__(self, results: Iterator[Result]) -> None:
        self._results = results

    def __iter__(self) -> Iterator[Result]:
        return self._results

    def frames(self):
        """Consume the stream and return all tables as DataFrames."""
        total = Tables()
        for r in self._results:
            total.extend(r.tables)
        return total.frames()


def extract(text: str, published: Optional[str] = None, title: Optional[str] = None, article_id: str = "article-1", nlp: Optional[Language] = None) -> Result:
    """Extract every table from one article's text."""
    from .core import process

    art = Article(article_id, text=text, title=title, published=published, source="python")
    tables = Tables()
    for t in process(nlp or _default_nlp(), [art]):
        tables.extend(t)
    return Result(tables)


def extract_many(articles: Iterable[Union[str, dict, Article]], published: Optional[str] = None, nlp: Optional[Language] = None, batch_size: int = 32) -> ResultStream:
    """Extract tables from many articles (strings, dicts with id/text/html/…, or Articles), streamed."""
    from .core import process, to_article

    arts = (to_article(a, n) for n, a in enumerate(articles, 1))
    return ResultStream(Result(t) for t in process(nlp or _default_nlp(), arts, default_published=published, batch_size=batch_size))


__all__ = ["load", "extract", "extract_many", "read_articles", "Result", "ResultStream", "Article", "COLUMNS", "__version__"]
