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
