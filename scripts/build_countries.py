"""Generate src/newsie/data/countries.jsonl from pycountry plus the reviewed alias/demonym file.

Run `python scripts/build_countries.py` after editing `src/newsie/data/country_aliases.csv`;
tests/test_data_integrity.py regenerates the table in memory and compares it with the file.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsie.normalise.countries import build_country_table, dump_country_table  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "newsie" / "data" / "countries.jsonl"

if __name__ == "__main__":
    OUT.write_text(dump_country_table(build_country_table()), encoding="utf-8")
    print(f"wrote {OUT}")
