"""Build src/newsie/data/common_words.txt: lowercase English words common enough to be ordinary words.

Source: the English lexeme probabilities (`en_lexeme_prob`, log-probabilities of case-sensitive
word forms in a large English corpus) of spaCy's `spacy-lookups-data` package (MIT licence,
Explosion AI), read from its wheel (`pip download spacy-lookups-data==1.0.5 --no-deps`). A word is
kept when its lowercase form has a log-probability above THRESHOLD and is not much rarer than its
capitalised form (by at most PROPER_MARGIN): "obama", "smith" or "united" are written in
lowercase often enough in informal text, but far more often capitalised, as names. newsie uses the list to tell
a capitalised ordinary word ("Keyboard Expected", "General Accident") from a name: a word that is
rare in lowercase ("Woodward", "Idowu") is more likely a surname.

    python scripts/build_common_words.py /path/to/spacy_lookups_data-1.0.5-py2.py3-none-any.whl
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsie" / "data" / "common_words.txt"
# -14.5 takes in words such as "raider", "exodus", "earphones", "lander" (session 5), so that a
# game's or a product's name made of them ("Tomb Raider", "Wireless Earphones") is no person's.
THRESHOLD = -14.5
PROPER_MARGIN = 1.5
MEMBER = "spacy_lookups_data/data/en_lexeme_prob.json.gz"
# The source's licence travels with the derived list (MIT: the notice goes with substantial portions).
LICENCE = """MIT License

Copyright (c) 2019 ExplosionAI GmbH

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE."""


def load_probs(wheel: str) -> dict[str, float]:
    """The English lexeme log-probabilities from the spacy-lookups-data wheel."""
    with zipfile.ZipFile(wheel) as z:
        return json.loads(gzip.decompress(z.read(MEMBER)))


def common(probs: dict[str, float], threshold: float = THRESHOLD) -> list[str]:
    """Lowercase words above `threshold` that are not much rarer than their capitalised form, sorted."""
    return sorted(
        w for w, p in probs.items()
        if p > threshold and w.isalpha() and w.islower() and w.isascii() and p - probs.get(w.title(), -99.0) >= -PROPER_MARGIN
    )


def main(wheel: str) -> None:
    """Write the sorted list of common lowercase words."""
    words = common(load_probs(wheel))
    notice = "".join(f"# {line}\n".replace("# \n", "#\n") for line in LICENCE.splitlines())
    header = notice + f"# Common lowercase English words (log-prob > {THRESHOLD}, at most {PROPER_MARGIN} below the capitalised form) from spacy-lookups-data 1.0.5 en_lexeme_prob (MIT, Explosion AI); see scripts/build_common_words.py\n"
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
