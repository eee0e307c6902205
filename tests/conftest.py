"""Shared fixtures: the model (loaded once per session) and the ../shared/ folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import spacy

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() == "true"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/: skipped where absent, a failure in CI (CI=true)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing, and CI=true requires the shared corpora")
        pytest.skip(f"{path} not present (a fresh clone without ../shared/): shared-data test skipped")
    return path


@pytest.fixture(scope="session")
def nlp():
    """newsie's full pipeline on the statistical model, loaded once."""
    import newsie

    return newsie.load()


@pytest.fixture()
def blank():
    """A blank English pipeline for rule unit tests."""
    return spacy.blank("en")


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The canonical commonspace.eu example."""
    return shared_path("seeds", "commonspace-cis-csto.txt").read_text(encoding="utf-8")


# ------------------------------------------------------------ BBC sentences
# BBC texts may not be copied into the repository: a test names a sentence by its bbc-news doc id
# and sentence number, and reads it from ../shared/corpora when it runs.
BBC_SENTENCE_SPLIT = r'(?<=[.!?])\s+|(?<=[.!?]")\s+|\n+'


class BBC(str):
    """A bbc-news sentence by reference (doc id, sentence number); its str is the reference."""

    def __new__(cls, doc_id: str, n: int) -> "BBC":
        obj = super().__new__(cls, f"bbc {doc_id} sentence {n}")
        obj.doc_id, obj.n = doc_id, n
        return obj


_BBC_CACHE: dict = {}


def bbc_sentences(doc_id: str) -> list[str]:
    """The sentences of one bbc-news article, split the way BBC references count them."""
    import json
    import re

    if not _BBC_CACHE:
        with open(shared_path("corpora", "bbc-news", "bbc_news.jsonl"), encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                _BBC_CACHE[rec["doc_id"]] = rec["text"]
    return [s.strip() for s in re.split(BBC_SENTENCE_SPLIT, _BBC_CACHE[doc_id]) if s.strip()]


def text_of(case: str) -> str:
    """The text a test case stands for: its BBC sentence (skipped without ../shared/), or itself."""
    return bbc_sentences(case.doc_id)[case.n] if isinstance(case, BBC) else case
