"""What every newsie component shares: error isolation and section look-ups."""

from __future__ import annotations

import bisect
from functools import lru_cache
import logging
import re
from typing import Callable, Iterable, Optional

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from ..errors import Errors
from ..lexicon import LEGAL_FORMS, ORG_DESCRIPTORS, city_names
from ..normalise.countries import country_code, is_subdivision
from ..normalise.organisations import lookup_org


def plural(title: str) -> str:
    """The plural of a title's last word ("secretary general" -> "secretary generals" is not
    English, but "chairman" -> "chairmen", "deputy" -> "deputies", "MP" -> "MPs" are)."""
    words = title.split()
    last = words[-1]
    if not last[-1:].isalpha() or last.endswith("s") and not last.endswith("ss"):
        return title  # "gov.", "MPs" already
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        last += "es"
    else:
        last += "s"
    return " ".join(words[:-1] + [last])


# News and photo agencies whose names credit a story or a picture ("Joshua Roberts/Reuters",
# "WASHINGTON (AP) —"): one list for the people and the organisations finders.
WIRE_AGENCIES = r"AP|AFP|Reuters|REUTERS|UPI|PA|dpa|Xinhua|EPA|Getty Images|Getty|Bloomberg|Shutterstock"

# A tour-date line ("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 19 – Charlotte, NC @
# PNC Music Pavilion"): the bodies in it are venues and their sponsors, not organisations the story names.
TOUR_DATE_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?"
    r"[ \t]*(?:--|[-–—:])[ \t]+[^\n]*?(?:,[ \t]*[A-Z]{2}\b|[ \t]@[ \t])[^\n]*$"
)

# "firms", "companies", "clubs": the plural that heads a list of names ("rivals Tesco and Asda").
ORG_DESCRIPTOR_PLURALS = frozenset(plural(w) for w in ORG_DESCRIPTORS)

logger = logging.getLogger("newsie")


# Words only a rugby report uses: its towns are its clubs.
RUGBY = re.compile(r"\b(?:[Rr]ugby|Six Nations|Tri-Nations|scrum|fly-half|flanker|hooker|line-?out|Heineken Cup|Zurich Premiership)\b")


def rugby_report(doc: Doc) -> bool:
    """Whether the article is a rugby report, where towns and provinces name clubs ("Leicester", "Connacht")."""
    cached = doc.user_data.get("newsie_rugby")
    if cached is None:
        cached = doc.user_data["newsie_rugby"] = RUGBY.search(doc.text) is not None
    return cached


# Nouns that introduce a work's title ("the film Vera Drake", "hit song Jailhouse Rock").
WORK_NOUNS = frozenset(
    "film movie drama comedy thriller musical play opera album song single track book novel series "
    "sitcom show programme documentary game franchise character painting animation remake sequel biopic "
    "blockbuster soundtrack".split()
)
WORK_PLURALS = frozenset("films movies dramas comedies thrillers musicals plays operas albums songs singles tracks books novels shows documentaries games paintings".split())
POSSESSIVES = frozenset({"'s", "’s"})
# Words of acting before "in" and what was acted in ("roles in", "starred in").
ACTING_WORDS = frozenset({"role", "roles", "starred", "starring", "stars", "appeared", "appears", "cameo"})
# A capitalised title, then its year in brackets: "The Crucible (1997)".
WORK_YEAR = re.compile(r"(?<=[A-Za-z]) \((?:19|20)\d\d\)")


@lru_cache(maxsize=64)
def _string_ids(words: frozenset[str]) -> "numpy.ndarray":
    """String-store ids of a word list (they do not depend on the vocab, so each list is hashed once)."""
    return numpy.fromiter((hash_string(w) for w in words), dtype="uint64")


def token_indices(doc: Doc, words: frozenset[str], attr: str = "LOWER") -> list[int]:
    """Indices of the tokens whose ORTH or LOWER is one of `words`, found in one vectorised pass.

    Iterating a Doc creates a Token object per token; the rule components ask this many times
    per article, so they look up candidate positions in the attribute array instead.
    """
    ids = _string_ids(words)
    if not len(doc) or not len(ids):
        return []
    column = doc.to_array(LOWER if attr == "LOWER" else ORTH)
    return [int(i) for i in numpy.nonzero(numpy.isin(column, ids))[0]]


def after_new(doc: Doc, i: int) -> bool:
    """Whether the country word at `i` is part of a place named after it ("New Jersey", "New Mexico")."""
    return i > 0 and doc[i - 1].text == "New" and bool(doc[i - 1].whitespace_)


def work_titles(doc: Doc) -> set[str]:
    """Capitalised runs right after a work noun: titles of films, songs, books, not people or bodies."""
    cached = doc.user_data.get("newsie_work_titles")
    if cached is not None:
        return cached
    out = set()
    for i in token_indices(doc, WORK_NOUNS | WORK_PLURALS):
        tok = doc[i]
        if not tok.is_lower or tok.pos_ in {"VERB", "AUX"}:
            continue  # "will next play Roger Federer", "shows Tony Blair": a verb names no work
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and tok.lower_ in WORK_NOUNS:
            out.add(doc[tok.i + 1 : _title_end(doc, tok.i + 1)].text)
        # "from The Phantom of the Opera movie": a title opening with its own "The" before the noun
        start = _title_start(doc, tok.i)
        if start is not None:
            out.add(doc[start : tok.i].text)
        # "25 films, including Jungle Fever, Do the Right Thing and Summer of Sam": a list of works
        k = tok.i + 1
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k + 1 < len(doc) and (doc[k].lower_ == "including" or doc[k : k + 2].text.lower() == "such as"):
            out.update(_title_list(doc, k + (1 if doc[k].lower_ == "including" else 2)))
    # "roles in The Basketball Diaries, Romeo and Juliet and Titanic", "starred in Alfie": what an actor plays in is a work
    for i in token_indices(doc, ACTING_WORDS):
        k = i + 1
        if k + 1 < len(doc) and doc[k].lower_ == "in" and doc[k + 1].text[:1].isupper():
            out.update(_title_list(doc, k + 1))
    # "Philip Roth's The Plot Against America": a title of its own after its author's possessive
    for i in token_indices(doc, POSSESSIVES):
        if 0 < i < len(doc) - 2 and doc[i + 1].text == "The" and doc[i - 1].ent_type_ == "PERSON" and doc[i + 2].text[:1].isupper():
            out.add(doc[i + 1 : _title_end(doc, i + 2)].text)
    # "The Crucible (1997)": a title with its year in brackets
    for m in WORK_YEAR.finditer(doc.text):
        span = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if span is None:
            continue
        start = span.start
        while start > 0 and (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha or doc[start - 1].lower_ in {"of", "the", "and", "a"}) and not doc[start - 1].is_sent_start:
            start -= 1
        while start < span.start and not doc[start].text[:1].isupper():
            start += 1
        if start < span.start:
            out.add(doc[start : span.start].text)
    doc.user_data["newsie_work_titles"] = out
    return out


def _title_list(doc: Doc, k: int) -> list[str]:
    """The capitalised titles listed from token `k` on ("Jungle Fever, Do the Right Thing and Summer of Sam")."""
    titles = []
    while k < len(doc) and doc[k].text[:1].isupper():
        end = _title_end(doc, k)
        if end < len(doc) and doc[end].lower_ in {"'s", "’s"}:
            k = end + 1  # "his role in Bernardo Bertolucci's Last Tango in Paris": the director, then the title
            continue
        titles.append(doc[k:end].text)
        k = end
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k < len(doc) and doc[k].lower_ == "and":
            k += 1
    return titles


def _title_start(doc: Doc, noun: int) -> Optional[int]:
    """Start of a capitalised title opening with "The" right before the work noun at `noun`, if any."""
    j = noun
    while j > 0 and noun - j < 8 and (doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha or doc[j - 1].lower_ in {"of", "the", "and"}):
        j -= 1
        if doc[j].text == "The" and j < noun - 2:  # two words or more: "The Fox show" is Fox's
            return None if lookup_org(doc[j + 1 : noun].text) else j  # "The BBC documentary" is the BBC's
    return None


def _title_end(doc: Doc, start: int) -> int:
    """End of a work's capitalised title starting at `start` ("Summer of Sam")."""
    j = start
    while j < len(doc) and (doc[j].text[:1].isupper() and doc[j].is_alpha or doc[j].lower_ in {"of", "the", "and"} and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()):
        j += 1
    return max(j, start + 1)


class NewsieComponent:
    """Base for newsie components: a failure is recorded on the Doc instead of killing the batch."""

    name = "newsie_component"

    def __call__(self, doc: Doc) -> Doc:
        """Run the component, recording any exception in `doc._.newsie_errors`."""
        try:
            return self.process(doc)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop a run
            logger.warning("component %s failed: %r", self.name, exc)
            errors = list(doc._.newsie_errors or [])
            errors.append(
                {
                    "stage": self.name,
                    "error_type": type(exc).__name__,
                    "message": Errors.E010.format(component=self.name, error=exc),
                }
            )
            doc._.newsie_errors = errors
            return doc

    def process(self, doc: Doc) -> Doc:  # pragma: no cover - abstract
        """Find and set this component's annotations."""
        raise NotImplementedError


class SectionIndex:
    """Fast char-offset → section label look-up over `doc._.newsie_sections`."""

    def __init__(self, doc: Doc) -> None:
        sections = doc._.newsie_sections or [[0, len(doc.text), "body"]]
        self._starts = [s[0] for s in sections]
        self._sections = sections

    def label(self, start: int) -> str:
        """Section label ('headline', 'body', 'caption', 'drop') at char offset `start`."""
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0:
            return "drop"
        s, e, label = self._sections[i]
        return label if start < e else "drop"

    def section_start(self, start: int) -> int:
        """Start offset of the section holding `start` (-1 outside every section)."""
        i = bisect.bisect_right(self._starts, start) - 1
        return self._sections[i][0] if i >= 0 else -1

    def kept(self, start: int) -> bool:
        """Whether text at `start` is article content."""
        return self.label(start) != "drop"

    def filter(self, spans: Iterable) -> list:
        """Keep spans whose start lies in article content."""
        return [s for s in spans if self.kept(s.start_char)]


def org_described(doc: Doc, start: int) -> bool:
    """Whether the name starting at token `start` follows a noun that calls it a business or team.

    The noun may head a list the name is in: "technology firms Earthlink and Webroot".
    """
    k = start - 1
    while k >= 0 and doc[k].text in {"'s", "’s"}:
        k -= 1
    if k >= 0 and doc[k].is_lower and (doc[k].lower_ in ORG_DESCRIPTORS or doc[k].lower_ in ORG_DESCRIPTOR_PLURALS) and not (k > 0 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_):
        return True
    if _plural_before_examples(doc, k + 1):
        return True  # "specialist firms such as Symantec"
    if k < 0 or doc[k].lower_ not in {"and", ","}:
        return False
    j = k
    while j > 0 and k - j < 12 and (doc[j].lower_ in {"and", ","} or doc[j].text[:1].isupper() or doc[j].text in {"'s", "’s"}):
        j -= 1
    if _plural_before_examples(doc, j + 1) and j < k:
        return True  # "firms such as Symantec, McAfee and Trend Micro"
    return doc[j].is_lower and doc[j].lower_ in ORG_DESCRIPTOR_PLURALS and j < k and doc[j + 1].text[:1].isupper()


EXAMPLE_WORDS = ("such as", "including", "like")
# Nouns whose examples are bodies ("firms such as Symantec"); a game's or a film's franchise is a series.
LISTING_NOUNS = (ORG_DESCRIPTORS | ORG_DESCRIPTOR_PLURALS) - {"franchise", "franchises"}
LISTING_PLURALS = LISTING_NOUNS & ORG_DESCRIPTOR_PLURALS


def _plural_before_examples(doc: Doc, i: int) -> bool:
    """Whether a plural business noun and "such as", "including" or "like" end just before token `i`."""
    for words in EXAMPLE_WORDS:
        n = len(words.split())
        k = i - n - 1
        if k >= 0 and doc[k + 1 : i].text.lower() == words and doc[k].is_lower and doc[k].lower_ in LISTING_PLURALS:
            return True
    return False


MAX_LISTED_NAME = 5
# One body after a singular noun may be longer ("the journal Monthly Notices of the Royal Astronomical Society").
MAX_DESCRIBED_NAME = 8


def _name_word(tok, skip: set[str]) -> bool:
    """A capitalised word that may be part of a body's name."""
    return tok.text[:1].isupper() and not tok.is_punct and tok.ent_type_ not in skip


def _name_link(doc: Doc, j: int) -> bool:
    """A word joining two capitalised words of one name: "Doctors for Camp Closure", "AT&T", "F-Secure",
    "Monthly Notices of the Royal Astronomical Society"."""
    tok = doc[j]
    if tok.lower_ == "of" and j + 2 < len(doc) and doc[j + 1].lower_ == "the" and doc[j + 2].text[:1].isupper():
        return True
    if tok.lower_ == "the" and doc[j - 1].lower_ == "of":
        return j + 1 < len(doc) and doc[j + 1].text[:1].isupper()
    if j + 1 >= len(doc) or not doc[j + 1].text[:1].isupper():
        return False
    if tok.text == "-":
        return not tok.whitespace_ and not doc[j - 1].whitespace_
    return tok.text == "&" or tok.lower_ in {"for", "of", "on"}


def described_names(doc: Doc) -> list[Span]:
    """Names a business noun introduces: "technology firms Earthlink and Webroot", "firms such as Symantec, McAfee"."""
    out = []
    for k in token_indices(doc, LISTING_NOUNS):
        if not doc[k].is_lower or (k > 0 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_):
            continue  # "cost-cutting firm": a compound's head, not the noun that names
        plural = doc[k].lower_ in ORG_DESCRIPTOR_PLURALS
        j = k + 1
        for words in EXAMPLE_WORDS if plural else ():
            n = len(words.split())
            if doc[j : j + n].text.lower() == words:
                j += n
                break
        # A single noun names one body, and only where the model saw no person, place or date there
        # ("the band Keane", not "a company John Smith founded").
        skip = {"DATE", "TIME"} if plural else {"DATE", "TIME", "PERSON", "GPE", "NORP", "LOC"}
        while j < len(doc):
            s = j
            while j < len(doc) and j - s < (MAX_LISTED_NAME if plural else MAX_DESCRIBED_NAME) and (_name_word(doc[j], skip) or (j > s and _name_link(doc, j))):
                j += 1
            while j > s and not _name_word(doc[j - 1], skip):
                j -= 1
            if j == s or (j - s == 1 and (len(doc[s]) == 1 or doc[s].pos_ == "PRON")):
                break  # "the club I joined": a pronoun or a letter is no name
            out.append(Span(doc, s, j, label="ORG"))
            if not plural:
                break
            comma = j < len(doc) and doc[j].text == ","
            j += comma
            if j < len(doc) and doc[j].lower_ in {"and", "or"}:
                j += 1
            elif not comma:
                break
    return out


def appositive_names(doc: Doc) -> list[Span]:
    """Names a business noun describes after a comma: "Varig, Brazil's flagship airline", "Yili, a dairy firm"."""
    out = []
    singular = ORG_DESCRIPTORS - {"franchise", "outfit", "network", "paper", "group"}
    for k in token_indices(doc, singular):
        noun = doc[k]
        if not noun.is_lower or (k + 1 < len(doc) and not (doc[k + 1].is_punct or doc[k + 1].lower_ in {"which", "that", "whose"})):
            continue  # "a firm believer", "the bank's chairman"; "With Sonos Move, the company created…" opens a clause
        j = k - 1
        while j > 0 and k - j <= 3 and doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"}:
            j -= 1  # "flagship", "state-owned", "dairy"
        if j > 0 and doc[j].lower_ in {"'s", "’s"} and doc[j - 1].ent_type_ == "GPE":
            j -= 2  # "Brazil's"
        elif doc[j].lower_ in {"a", "an", "the", "its"}:
            j -= 1
        else:
            continue
        if j < 1 or doc[j].text != ",":
            continue
        end = j
        start = end
        while start > 0 and end - start < 4 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and doc[start - 1].ent_type_ not in {"GPE", "NORP", "DATE"}:
            start -= 1  # a name the model calls a person's too: no person is "Brazil's flagship airline"
        if start < end and (start == 0 or not doc[start - 1].text[:1].isupper()):
            out.append(Span(doc, start, end, label="ORG"))
    return out


# A line break between two words: wire copy wraps every line, inside names and titles too.
WRAPPED_WORDS = re.compile(r"(?<=\w)\n(?=\w)")


def wrapped_matches(doc: Doc, matcher: Callable[[Doc], list], tokenizer: Callable[[str], Doc], label: str = "") -> list[Span]:
    """Spans of `doc` that `matcher` finds only once hard line wraps are read as spaces ("Prime\nMinister")."""
    text = doc.text
    if "\n" not in text or not WRAPPED_WORDS.search(text):
        return []
    flat = tokenizer(WRAPPED_WORDS.sub(" ", text))  # same length, so character offsets carry over
    out = []
    for _, s, e in matcher(flat):
        span = flat[s:e]
        if WRAPPED_WORDS.search(text, span.start_char, span.end_char):
            mapped = doc.char_span(span.start_char, span.end_char, label=label, alignment_mode="expand")
            if mapped is not None:
                out.append(mapped)
    return out


FIRM_LINKS = frozenset({"and", "&", "de", "di", "del", "von", "van"})
MAX_FIRM_TOKENS = 7


INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _partner_before(doc: Doc, start: int, form: int) -> bool:
    """Whether the comma before `start` parts two partners of one firm's name ("Kidder, Peabody and Co").

    The name after it must join its last partner with "and"/"&", and the word before it must be a
    surname-like word the model does not call a place and the gazetteer does not know as a firm
    of its own: "Toyota, Nissan and Honda Motor Co" is a list of three makers.
    """
    if start < 2 or not any(t.lower_ in {"and", "&"} for t in doc[start:form]):
        return False
    partner = doc[start - 2]
    if not (partner.is_alpha and partner.is_title) or "\n" in partner.whitespace_ or partner.ent_type_ in {"GPE", "LOC", "NORP", "PERSON"}:
        return False
    if country_code(partner.text) or is_subdivision(partner.text) or partner.text in city_names():
        return False
    item = start - 2
    while item > 0 and doc[item - 1].is_alpha and doc[item - 1].is_title and "\n" not in doc[item - 1].whitespace_ and start - item < 2:
        item -= 1  # "Merrill Lynch, Pierce, Fenner and Smith Inc": the first partner may be two words
    return not lookup_org(doc[item : start - 1].text) and not lookup_org(partner.text)


def firm_runs(doc: Doc) -> list[Span]:
    """Capitalised runs ending in a legal form: firms' names, whatever the model labelled them.

    A run stops at an "and" after a firm the gazetteer knows: "IBM and Hitachi Ltd" is two firms,
    "Goldman Sachs and Co" and "Mitsubishi Mining and Cement Co Ltd" are one.
    """
    out = []
    for i in token_indices(doc, LEGAL_FORMS, attr="ORTH"):
        start = i
        cap = MAX_FIRM_TOKENS - 1
        while start > 0 and i - start < cap:
            prev = doc[start - 1]
            if prev.text == "\n" and start >= 2 and doc[start - 2].is_alpha:
                start -= 1  # wire copy wraps inside names: "Fuerzas Electricas de\nCataluna S.A."
                continue
            if prev.text == ")" and start >= 3:
                # "Hoare Govett (Far East) Ltd", "J.H. Rayner (Mincing Lane) Ltd": a bracketed qualifier before the form
                k = start - 2
                while k > start - 6 and k > 0 and doc[k].text != "(" and (doc[k].is_alpha and doc[k].text[:1].isupper() or doc[k].text == "&"):
                    k -= 1
                before = k - 2 if k > 1 and doc[k - 1].is_space else k - 1  # "J.H. Rayner\n(Mincing Lane) Ltd"
                if doc[k].text == "(" and k < start - 2 and before >= 0 and doc[before].text[:1].isupper():
                    cap += start - k  # the qualifier does not count against the name's length
                    start = k
                    continue
                break
            if prev.text == "," and _partner_before(doc, start, i):
                cap += 1  # "Donaldson, Lufkin and Jenrette Securities Corp": the comma does not count against the name's length
                start -= 1
                continue
            capital = (prev.is_alpha or INITIALS.fullmatch(prev.text) is not None) and prev.text[:1].isupper() and prev.lower_ not in {"the", "a", "an"}
            linked = prev.lower_ in FIRM_LINKS and start - 2 >= 0 and doc[start - 2].text[:1].isupper()
            if not (capital or linked) or "\n" in prev.whitespace_ or (prev.text in LEGAL_FORMS and start < i):
                break  # "Crown Leasing Ltd and Japan Overseas Leasing Co.": another firm ends there; but "Co Ltd" is one ending
            if linked and any(t.text not in LEGAL_FORMS for t in doc[start : i + 1]):
                left = start - 1
                while left > 0 and doc[left - 1].is_alpha and doc[left - 1].text[:1].isupper() and "\n" not in doc[left - 1].whitespace_:
                    left -= 1
                if lookup_org(doc[left : start - 1].text):
                    break
            start -= 1
        while start < i and doc[start].lower_ in FIRM_LINKS:
            start += 1
        if start < i and not country_code(doc[start:i].text):  # "… of Canada Ltd": the firm's name began before "of"
            out.append(Span(doc, start, i + 1, label="ORG"))
    return out
