"""Build the spaCy Language: a base English model plus newsie's components, from config."""

from __future__ import annotations

import importlib.util
import json
import logging
from pathlib import Path
from typing import Optional, Union

import spacy
from spacy.language import Language
from thinc.api import Config

from . import attrs  # noqa: F401
from .errors import Errors
from .resources import read_text

# Importing the component modules registers their factories even where entry points are not
# installed (running from a source checkout).
from .components import countries, dates, organisations, people, sections, titles  # noqa: F401

logger = logging.getLogger("newsie")


def pipeline_config() -> Config:
    """newsie's pipeline assembly (src/newsie/data/pipeline.cfg)."""
    return Config().from_str(read_text("pipeline.cfg"))


def resolve_base_model(model: Optional[str] = None) -> str:
    """Name or path of the base spaCy pipeline to load."""
    if model:
        return model
    tried = list(pipeline_config()["newsie"]["base_models"])
    for name in tried:
        if importlib.util.find_spec(name) is not None:
            return name
    raise OSError(Errors.E001.format(tried=", ".join(tried)))


def add_newsie_components(nlp: Language, titles_file: Optional[Union[str, Path]] = None) -> Language:
    """Add newsie's components to a loaded base pipeline, as pipeline.cfg says."""
    cfg = pipeline_config()
    first = set(cfg["newsie"]["first"])
    for name in cfg["newsie"]["components"]:
        if name in nlp.pipe_names:
            continue
        comp_cfg = dict(cfg["components"].get(name, {}))
        if name == "newsie_titles" and titles_file:
            comp_cfg["extra_patterns"] = load_user_titles(titles_file)
        if name in first:
            nlp.add_pipe(name, config=comp_cfg, first=True)
        else:
            nlp.add_pipe(name, config=comp_cfg)
    return nlp


def load_user_titles(path: Union[str, Path]) -> list[dict]:
    """A user's own titles, JSONL with {"pattern": ..., "id": ...} per line."""
    from .resources import iter_jsonl

    text = Path(path).read_text(encoding="utf-8")
    return list(iter_jsonl(text, str(path), allowed=("label", "pattern", "id"), required=("pattern",)))


def load(model: Optional[str] = None, titles_file: Optional[Union[str, Path]] = None) -> Language:
    """Return the spaCy Language with newsie's components on top of `model` (default: en_core_web_sm)."""
    name = resolve_base_model(model)
    cfg = pipeline_config()
    path = Path(name)
    if path.exists() and (path / "config.cfg").exists() and "newsie_sections" in (path / "config.cfg").read_text():
        return spacy.load(path)  # an already assembled, saved newsie pipeline
    disable = [d for d in cfg["newsie"]["disable"]]
    nlp = spacy.load(name, exclude=disable)
    logger.info("loaded base model %s (%s)", name, ", ".join(nlp.pipe_names))
    return add_newsie_components(nlp, titles_file=titles_file)


def component_order() -> list[str]:
    """Names of newsie's components, in pipeline order."""
    return list(pipeline_config()["newsie"]["components"])


def describe(nlp: Language) -> str:
    """A JSON summary of a loaded pipeline (for `newsie info`)."""
    return json.dumps({"model": nlp.meta.get("name"), "version": nlp.meta.get("version"), "pipeline": nlp.pipe_names}, indent=2)
