"""Stream articles from files and folders; a bad record becomes an Article with `read_error`."""

from __future__ import annotations

import csv
import gzip
import json
import logging
import sys
from pathlib import Path
from typing import Iterable, Iterator, Union

from ..errors import Errors
from ..tables import Article

logger = logging.getLogger("newsie")

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
# Files a folder of articles often carries that are not articles (read only when named explicitly).
PROJECT_FILES = {"README", "LICENSE", "LICENCE", "ATTRIBUTION", "CHANGELOG", "NOTICE", "COPYING", "AUTHORS", "CONTRIBUTING"}
RECORD_FIELDS = ("id", "text", "html", "title", "url", "published", "source")


def iter_files(paths: Iterable[Union[str, Path]]) -> Iterator[Path]:
    """Input files under `paths`, folders recursed in sorted order (so ids and output are stable)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and _kind(child):
                    if child.stem.upper() in PROJECT_FILES or any(part.startswith(".") for part in child.relative_to(path).parts):
                        # A folder's README or ATTRIBUTION.md describes the articles; it is not one.
                        logger.info("skipping %s: a project file, not an article (name it explicitly to read it)", child)
                        continue
                    yield child
        else:
            yield path


def _kind(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in TEXT_SUFFIXES:
        return "text"
    if last in HTML_SUFFIXES:
        return "html"
    if last == ".jsonl":
        return "jsonl"
    if last == ".csv":
        return "csv"
    return ""


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz",):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name.rsplit(".", 1)[0] if "." in name else name


def _open_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        data = gzip.decompress(data)
    return data


def read_articles(paths: Iterable[Union[str, Path]]) -> Iterator[Article]:
    """Every article in the inputs, streamed; unreadable ones carry a `read_error`."""
    for path in iter_files(paths):
        kind = _kind(path)
        source = str(path)
        if kind == "jsonl":
            yield from _read_jsonl(path)
        elif kind == "csv":
            yield from _read_csv(path)
        elif kind in {"text", "html"}:
            aid = _stem(path)
            try:
                data = _open_bytes(path)
            except OSError as exc:
                yield Article(aid, source=source, read_error=_err("read", exc, Errors.E015.format(path=path, error=exc)))
                continue
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                if kind == "html":
                    text = data.decode("utf-8", errors="replace")  # pages often lie about encoding
                else:
                    yield Article(aid, source=source, read_error=_err("read", exc, Errors.E005.format(error=exc)))
                    continue
            if kind == "html":
                yield Article(aid, html=text, source=source)
            else:
                yield Article(aid, text=text, source=source)
        else:
            yield Article(_stem(path), source=source, read_error={"stage": "read", "error_type": "UnsupportedInput", "message": f"unsupported file type: {path.name}"})


def _err(stage: str, exc: BaseException, message: str) -> dict:
    return {"stage": stage, "error_type": type(exc).__name__, "message": message}


def record_to_article(rec: dict, default_id: str, source: str) -> Article:
    """An Article from a JSONL/CSV record with fields id, text|html, title, url, published, source."""
    aid = str(rec.get("id") or rec.get("doc_id") or default_id)
    def s(key: str):
        v = rec.get(key)
        return None if v is None or v == "" else str(v)
    art = Article(aid, text=s("text"), html=s("html"), title=s("title"), url=s("url"), published=s("published") or s("date"), source=s("source") or source)
    if art.text is None and art.html is None:
        art.read_error = {"stage": "read", "error_type": "MissingText", "message": Errors.E009}
    return art


def _read_jsonl(path: Path) -> Iterator[Article]:
    stem = _stem(path)
    source = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        fh = opener(path, "rb")
    except OSError as exc:
        yield Article(stem, source=source, read_error=_err("read", exc, Errors.E015.format(path=path, error=exc)))
        return
    with fh:
        for lineno, raw in enumerate(fh, 1):
            default_id = f"{stem}-{lineno}"
            if not raw.strip():
                logger.debug("%s:%d blank line skipped", path, lineno)
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Article(default_id, source=source, read_error=_err("read", exc, Errors.E005.format(error=exc)))
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Article(default_id, source=source, read_error=_err("read", exc, Errors.E003.format(source=path.name, line=lineno, error=exc)))
                continue
            if not isinstance(rec, dict):
                yield Article(default_id, source=source, read_error={"stage": "read", "error_type": "NotAnObject", "message": f"line {lineno} is not a JSON object"})
                continue
            yield record_to_article(rec, default_id, source)


def _read_csv(path: Path) -> Iterator[Article]:
    stem = _stem(path)
    source = str(path)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # articles are long cells
    try:
        fh = open(path, encoding="utf-8-sig", newline="", errors="strict")
    except OSError as exc:
        yield Article(stem, source=source, read_error=_err("read", exc, Errors.E015.format(path=path, error=exc)))
        return
    with fh:
        reader = csv.DictReader(fh)
        n = 0
        while True:
            n += 1
            default_id = f"{stem}-{n}"
            try:
                rec = next(reader)
            except StopIteration:
                break
            except (UnicodeDecodeError, csv.Error) as exc:
                yield Article(default_id, source=source, read_error=_err("read", exc, f"row {n}: {exc}"))
                if isinstance(exc, UnicodeDecodeError):
                    break  # the decoder's position is lost; the rest of the file cannot be trusted
                continue
            if None in rec or any(v is None for v in rec.values()):
                missing = [k for k, v in rec.items() if v is None]
                yield Article(str(rec.get("id") or default_id), source=source, read_error={"stage": "read", "error_type": "MalformedRow", "message": Errors.E014.format(fields=missing or "extra cells")})
                continue
            yield record_to_article(rec, default_id, source)
