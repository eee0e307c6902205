"""Read newsie's packaged data files (gazetteers, patterns) with importlib.resources."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from typing import Iterable, Iterator, Optional

from .errors import Errors


def read_text(name: str) -> str:
    """Text of a file under newsie/data."""
    return resources.files("newsie").joinpath("data").joinpath(name).read_text(encoding="utf-8")


def read_csv(name: str) -> list[dict]:
    """Rows of a CSV file under newsie/data."""
    return list(csv.DictReader(io.StringIO(read_text(name))))


def iter_jsonl(text: str, source: str, allowed: Optional[Iterable[str]] = None, required: Iterable[str] = ()) -> Iterator[dict]:
    """Parse JSONL text, rejecting unknown keys with a clear message."""
    allowed_set = set(allowed) if allowed is not None else None
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(Errors.E003.format(source=source, line=lineno, error=exc)) from exc
        if allowed_set is not None:
            unknown = set(rec) - allowed_set
            if unknown:
                raise ValueError(Errors.E002.format(keys=sorted(unknown), source=source, line=lineno, allowed=sorted(allowed_set)))
        missing = [k for k in required if k not in rec]
        if missing:
            raise ValueError(Errors.E002.format(keys=missing, source=source, line=lineno, allowed="required"))
        yield rec


def read_jsonl(name: str, allowed: Optional[Iterable[str]] = None, required: Iterable[str] = ()) -> list[dict]:
    """Records of a JSONL file under newsie/data."""
    return list(iter_jsonl(read_text(name), name, allowed, required))
