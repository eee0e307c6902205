"""Import shim: lets tests call scripts/build_model.py's render_config()."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("build_model", Path(__file__).resolve().parents[1] / "scripts" / "build_model.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
render_config = _mod.render_config
