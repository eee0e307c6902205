"""newsie_people: the people named, merged per person, and the posts the text gives them.

The base model's PERSON spans are repaired first (a country or title swallowed into a name, a
country read as a person, a name missed after a long title), then mentions are merged into people
("N. Patrushev" = "Nikolai Patrushev", "Mr Straw" = "Jack Straw"), then titles are linked to
people by position: before the name, in apposition, in a caption list, or after a copula.
"""

from __future__ import annotations

import re

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .. import attrs  # noqa: F401
from ..lexicon import AWARD_NAMES, COMPANY_WORDS, DESCRIBING_WORDS, FOREIGN_ORG_WORDS, HONORIFICS, MEDIA_HEADS, MONONYMS, MONTHS, NAME_PARTICLES, PRODUCT_NAMES, NOT_NAME_WORDS, ORG_HEAD_WORDS, SPEECH_VERBS, WEEKDAYS, any_given_names, city_names, common_words, country_words, fictional_characters, first_names, title_words
from ..normalise.countries import country_code, is_subdivision
from ..normalise.organisations import lookup_org, rugby_clubs
from ..normalise.names import fullest, is_initial, name_tokens, official_surnames, same_person, strip_possessive
from .base import WIRE_AGENCIES, NewsieComponent, SectionIndex, appositive_names, firm_runs, org_described, rugby_report, token_indices, work_titles
from .lineups import lineup_names

MAX_NAME_TOKENS = 5
PHOTO_CREDIT = re.compile(rf"(?:/|\b(?:Photo|PHOTO|Images?|IMAGES?|{WIRE_AGENCIES})\s*/\s*)(?:[A-Z]\.\s*)?$")
CREDIT_AFTER = re.compile(rf"\s*/\s*(?:{WIRE_AGENCIES})\b")
# A name right before one of these names a prize, a building or a body after a person ("Cecil B DeMille award").
# Posts written after the holder's name ("Frank Field MP", "Michael Mansfield QC").
POST_NOMINALS = frozenset({"MP", "MEP", "MSP", "MLA", "AM", "QC", "KC", "TD"})
# Letters after a name that are no post: honours ("William Haughey OBE"). Like a post's letters they
# end the name and say it is a person's.
NAME_SUFFIXES = POST_NOMINALS | frozenset({"OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "KCMG", "CMG", "FRS"})
# Demonyms that are also names or words ("Scot Pollard"): a person's only before a given name ("Scot Nick Smith").
SHORT_DEMONYMS = frozenset({"Scot", "Brit"})
DEMONYM_NOUNS = frozenset({"Welshman", "Welshwoman", "Scotsman", "Scotswoman", "Englishman", "Englishwoman", "Irishman", "Irishwoman", "Frenchman", "Frenchwoman", "Dutchman", "Dutchwoman", "Kiwi", "Aussie", "Yorkshireman", "Cornishman", "Ulsterman", "Geordie", "Scouser", "Dubliner", "Londoner", "Glaswegian"})
# First words no person's name has: a saint's or a place's ("St George", "St Katherine's"), or a
# sentence's opening word run into a name ("At Heathrow", "I Love Lucy").
NOT_NAME_STARTS = frozenset({"St", "St.", "Saint", "Ste", "At", "In", "On", "From", "For", "With", "By", "Of", "To", "I"})
CREDIT_WORDS = {"Submitted", "Courtesy", "Contributed", "Handout"}
NAMED_AFTER = {"award", "awards", "prize", "trophy", "memorial", "foundation", "lecture", "medal", "fellowship", "scholarship", "institute", "school", "stadium", "airport", "centre", "center", "library", "museum", "hospital", "college", "university"}
PARTY_WORDS = {"Lib Dem", "Lib Dems", "Tory", "Tories", "Democrat", "Democrats", "Republican", "Republicans"}
APPOSITION_DETS = {"the", "a", "an", "its", "his", "her", "their", "another"}
COPULAS = {"is", "was", "became", "becomes", "remains", "remained", "'s"}  # and "has been", "had been" (_before_copula)
CHAIN_GAP_STOP = {",", ";", ":", ".", "(", ")", "said", "says"}


# Given names that also start the names of companies and brands ("Morgan Stanley", "Chase Manhattan").
# Nouns only a person follows in apposition ("sister Yetunde Price", "heptathlon champion Carolina
# Kluft", "sprint icon Linford Christie"): the name after one is a person's, whatever the model's label.
PERSON_NOUNS = frozenset({"sister", "brother", "wife", "husband", "son", "daughter", "mother", "father", "uncle", "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter", "girlfriend", "boyfriend", "fiancee", "fiancé", "fiancée", "widow", "champion", "icon", "legend", "great", "team-mate", "teammate", "compatriot", "countryman", "countrywoman", "striker", "midfielder", "defender", "goalkeeper", "winger", "sprinter", "heptathlete", "hurdler", "rapper", "singer", "actress", "actor", "novelist", "author"})
BRAND_GIVEN_NAMES = frozenset({"Mercedes", "Porsche", "Bentley", "Harley", "Chevy", "Ford", "Dell", "Lincoln", "Chase", "Merrill", "Lloyd", "Lloyds", "Goldman", "Dow", "Reuter", "Fannie", "Freddie", "Sterling", "Morgan", "Stanley", "Christian", "Tiffany", "Guy", "Marshall", "Temple", "Church", "Hall", "Street", "West", "North", "Golden", "Royal", "Marine", "Diamond", "Sky", "Star", "Santa", "San", "Sierra", "Abu", "Domingo", "Cruz", "Valencia", "Eden"})
# Last words of a street, district or constituency that the model may read as a name's surname.
COMPASS = frozenset({"North", "South", "East", "West", "Central", "Northeast", "Northwest", "Southeast", "Southwest"})
# Ranks whose holders carry a territorial designation ("Lord Roberts of Conwy", "Baroness Smith of Basildon").
PEERAGES = frozenset({"lord", "baroness", "lady", "viscount", "earl"})
# Opening quotation marks and the marks that close them.
QUOTE_PAIRS = {'"': '"', "“": "”", "‘": "’", "'": "'"}
PLACE_WORDS = frozenset({"Street", "Road", "Avenue", "Lane", "Square", "Park", "Bridge", "Hill", "Gardens", "Green", "Place", "Way", "Drive", "South", "North", "East", "West", "Central"})

class PeopleFinder(NewsieComponent):
    """Repair PERSON spans, merge them into people and link titles to them."""

    name = "newsie_people"

    def __init__(self, nlp: Language) -> None:
        self.countries = country_words()
        self.title_words = title_words()
        self.first_names = first_names()
        self.common_words = common_words()
        self.maybe_given = any_given_names()
        self.cities = city_names()

    def process(self, doc: Doc) -> Doc:
        """Set `doc._.newsie_people` and `doc._.newsie_roles`."""
        sections = SectionIndex(doc)
        self._sections = sections
        self._text = doc.text  # Doc.text joins every token on each access: read it once
        titles = doc._.newsie_titles or []
        title_tokens = {i for t in titles for i in range(t["start_tok"], t["end_tok"])}
        self._title_starts = {t["start_tok"] for t in titles}
        names = self._names_after_titles(doc, titles, title_tokens)
        self._ents = doc.ents  # Doc.ents rebuilds its spans on every access: read it once
        self._org_ents = [e for e in self._ents if e.label_ == "ORG"]
        self._person_surnames = {e[-1].text for e in self._ents if e.label_ == "PERSON" and 2 <= len(e) <= 3 and all(t.is_alpha and t.is_title for t in e) and self._given_name(e[0].text)}
        lineup = self._lineup_spans(doc)
        self._lineup_starts = {n.start_char for n in lineup}
        # A surname in a team sheet vouches for the same surname after a given name the model
        # calls an organisation ("Kolo Toure" beside "…, Toure, Campbell, …").
        self._person_surnames |= {n[-1].text for n in lineup if n[-1].text[:1].isupper() and len(n[-1].text) > 2}
        # "Mr Gaymard" and a lone "Idowu" the model calls a person vouch for the surname of
        # "Herve Gaymard" or "Phillips Idowu" where the model calls the full name an organisation.
        self._person_surnames |= {t.text for t in doc[1:] if t.is_title and t.is_alpha and len(t) > 2 and doc[t.i - 1].lower_ in HONORIFICS and doc[t.i - 1].text[:1].isupper()}
        self._person_surnames |= {e.text for e in self._ents if e.label_ == "PERSON" and len(e) == 1 and e[0].is_title and e[0].is_alpha and len(e[0]) > 2 and e[0].lower_ not in self.common_words}
        for ent in self._ents:
            if not sections.kept(ent.start_char):
                continue
            if ent.label_ == "PERSON":
                if len(ent) >= 3 and ent[-1].text in NAME_SUFFIXES and ent[-2].is_title:
                    ent = Span(doc, ent.start, ent.end - 1, label="PERSON")  # "Paul Boateng MP": the post follows the name
                names.extend(self._repair(doc, ent, title_tokens))
            elif ent.label_ in {"ORG", "GPE", "FAC", "LOC", "PRODUCT", "EVENT"} and self._person_like(doc, ent := self._without_demonym(doc, ent)):
                start, end = ent.start, ent.end
                while start < end - 2 and (doc[start].lower_ == "the" or doc[start].lower_ in HONORIFICS):
                    start += 1  # "the Rt Rev Richard Chartres" is Richard Chartres
                if doc[end - 1].text in NAME_SUFFIXES:
                    end -= 1  # "Guy Mansfield QC"
                names.append(Span(doc, start, end, label="NAME_AS_ORG"))
            elif ent.label_ in {"NORP", "WORK_OF_ART"}:
                names.extend(self._name_in_other(doc, ent))
        names.extend(self._untagged_names(doc, title_tokens))
        names.extend(self._coordinated_names(doc, title_tokens))
        mononyms = self._mononyms(doc, title_tokens)
        self._mononym_starts = {m.start_char for m in mononyms}
        names.extend(mononyms)
        # A team sheet's item beats the model's span across it ("Reyes (Clichy 82" as one name).
        in_sheet = {i for n in lineup for i in range(n.start, n.end)}
        names = [n for n in names if not any(i in in_sheet for i in range(n.start, n.end))]
        names = [self._with_peerage(doc, n) for n in names]
        # "We can't all be Wayne Rooneys": a person's name made plural is a type, not a mention.
        texts = {n.text for n in names}
        names = [n for n in names if not (len(n) > 1 and n.text.endswith("s") and n.text[:-1] in texts)]
        names = [n for n in filter_spans(lineup + names) if sections.kept(n.start_char)]
        firms = firm_runs(doc)
        names = [n for n in names if not any(f.start <= n.start and n.end <= f.end for f in firms)]  # "Berger and Montague P.C."
        names = self._drop_org_like(doc, names, titles)
        people, mention_person = self._cluster(doc, names)
        self._add_surname_mentions(doc, people, mention_person, sections, title_tokens)
        roles = self._link(doc, titles, mention_person, people)
        # A lone capitalised word the model calls a person, never named in full, never given a
        # title or an honorific, and mentioned once, is more often a product, place or team
        # ("Max", "United", "Meth") than a person: drop it.
        held = {r["person"] for r in roles}
        works = work_titles(doc)
        named_after = {k for k, p in enumerate(people) if all(self._before_named_thing(doc, e) for _, e in p["mentions"])}
        characters = fictional_characters()
        keep_idx = [
            k for k, p in enumerate(people)
            if (k in held or (p["name"] not in works and k not in named_after)) and p["name"] not in characters
            and ((p["name"] or "").split() or [""])[0] not in NOT_NAME_STARTS
        ]
        honoured = {k for k, p in enumerate(people) if self._honoured(doc, p)}
        mononyms = {k for k, p in enumerate(people) if any(s in self._mononym_starts for s, _ in p["mentions"])}  # checked in context
        honoured |= mononyms
        keep_idx = [
            k for k in keep_idx
            for p in [people[k]]
            if k in held or k in honoured or len(p["mentions"]) > 1 or len(name_tokens(p["name"] or "")) > 1 or self._rare_surname(doc, p)
            or self._known_surname(doc, p)
            or any(s in self._lineup_starts for s, _ in p["mentions"])
        ]
        org_words = {e[0].text for e in self._org_ents if len(e) >= 2 and (e[-1].text in ORG_HEAD_WORDS or e[-1].text in COMPANY_WORDS)}
        org_words |= {e[-1].text for e in self._org_ents if len(e) >= 2 and e[-1].text[:1].isupper() and not any(t.text == "," for t in e)}  # "Martin" after "Lockheed Martin"
        if rugby_report(doc):
            org_words |= set(rugby_clubs())  # "Connacht's Bernard Jackman": a province's team, not a person
        keep_idx = [k for k in keep_idx if k in held or k in honoured or any(s in self._lineup_starts for s, _ in people[k]["mentions"]) or not (self._lone_non_name(people[k], org_words) or self._in_known_org(doc, people[k]))]
        keep_idx = [k for k in keep_idx if k in mononyms or any(s in self._lineup_starts for s, _ in people[k]["mentions"]) or not self._ordinary_words(doc, people[k], k in held)]
        keep_idx = [k for k in keep_idx if k in held or k in honoured or not (self._placed_name(people[k]) or self._gerund_start(people[k]) or self._quoted(people[k]))]
        remap = {old: new for new, old in enumerate(keep_idx)}
        people = [people[k] for k in keep_idx]
        roles = [dict(r, person=remap[r["person"]]) for r in roles if r["person"] in remap]
        out_people = []
        for p in people:
            out_people.append({"name": p["name"], "aliases": p["aliases"], "mentions": sorted(p["mentions"])})
        doc._.newsie_people = out_people
        doc._.newsie_roles = roles
        return doc

    # ----------------------------------------------------------------- names
    def _coordinated_names(self, doc: Doc, title_tokens: set[int]) -> list[Span]:
        """Names in a list of people that the model split or mislabelled ("Yannick Carrasco, and Dries Mertens")."""
        out = []
        person_roots = {e.root.i for e in self._ents if e.label_ == "PERSON"}
        for ent in self._ents:
            if ent.label_ != "PERSON":
                continue
            root = ent.root
            partners = [c for c in root.children if c.dep_ in {"conj", "appos"}] + ([root.head] if root.dep_ in {"conj", "appos"} else [])
            # "Romelu Lukaku, Yannick Carrasco, and Dries Mertens": the word after a listed person's ", and"
            k = ent.end
            while k < len(doc) and doc[k].text in {",", "and", "or"} and k - ent.end < 2:
                k += 1
            listed = ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ == "PERSON"
            if k > ent.end and listed and k + 1 < len(doc) and doc[k].is_title and doc[k + 1].is_title and not (k + 2 < len(doc) and doc[k + 2].is_title):
                partners.append(doc[k + 1])
            for t in partners:
                if t.i in person_roots or t.ent_type_ == "PERSON" or t.i in title_tokens or not t.is_title:
                    continue
                # the partner and the capitalised words before it ("Dries" + "Mertens")
                start = t.i
                while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and t.i - start < 2 and (doc[start - 1].dep_ == "compound" or doc[start - 1].ent_type_ in {"ORG", "GPE", ""}) and doc[start - 1].ent_type_ != "PERSON":
                    start -= 1
                span = Span(doc, start, t.i + 1, label="CONJ_NAME")
                if len(span) < 2 or not all(w.is_alpha and w.is_title for w in span):
                    continue
                if (start > 0 and doc[start - 1].lower_ in {"a", "an", "the"}) or span[-1].text in PARTY_WORDS:
                    continue  # "Rostenkowski, an Illinois Democrat": a description in apposition, not a second name
                if any(w.text in ORG_HEAD_WORDS or w.text in COMPANY_WORDS or w.text in PLACE_WORDS or w.text in NOT_NAME_WORDS or w.text in self.countries or w.lower_ in self.title_words for w in span):
                    continue
                text = span.text
                if lookup_org(text) or country_code(text) or is_subdivision(text) or text in self.cities or any(lookup_org(w.text) for w in span):
                    continue
                if all(w.lower_ in self.common_words for w in span) or (span[-1].lower_.endswith("s") and span[-1].lower_ in self.common_words) or span[-1].text in MEDIA_HEADS:
                    continue  # "Golden Globe", "Rationalist Atheists", "Sacramento Bee"
                out.append(span)
        return out

    def _mononyms(self, doc: Doc, title_tokens: set[int]) -> list[Span]:
        """People known by one name that the model left untagged or called a place ("Morrissey beat Eminem, Usher and Robbie Williams").

        A name that is no ordinary word counts wherever it stands alone; one that is ("Usher",
        "Prince", "Seal") only in a list beside a person.
        """
        out = []
        for i in token_indices(doc, MONONYMS, attr="ORTH"):
            tok = doc[i]
            if tok.ent_type_ == "PERSON" or i in title_tokens or (tok.ent_type_ and not (tok.ent_iob_ == "B" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I"))):
                continue  # the model's own person, a post, or a word inside a longer name ("Prince Charles", "Pink Floyd")
            if i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha:
                continue  # "Prince Harry", "Usher Hall": a longer name
            if tok.lower_ in self.common_words and not self._listed_with_person(doc, i):
                continue
            out.append(Span(doc, i, i + 1, label="MONONYM"))
        return out

    @staticmethod
    def _listed_with_person(doc: Doc, i: int) -> bool:
        """Whether the word at `i` is in a list beside a person: next to ", " or "and" and a PERSON or a one-name star."""
        def person(k: int) -> bool:
            return 0 <= k < len(doc) and (doc[k].ent_type_ == "PERSON" or doc[k].text in MONONYMS)
        before = i >= 2 and doc[i - 1].text in {",", "and"} and person(i - 2)
        after = i + 2 < len(doc) and doc[i + 1].text in {",", "and"} and person(i + 2)
        return before or after

    def _lineup_spans(self, doc: Doc) -> list[Span]:
        """Players named in the report's team sheets ("R McBryde (Scarlets), J Yapp (Blues), …")."""
        if not self._may_hold_a_list(doc):
            return []
        def is_other(name: str) -> bool:
            return name in self.countries or country_code(name) is not None or lookup_org(name) is not None

        out = []
        for s, e in lineup_names(self._text, is_other, lambda name: name in self.cities):
            span = doc.char_span(s, e, label="LINEUP", alignment_mode="contract")
            if span is not None and len(span):
                out.append(span)
        return out

    @staticmethod
    def _may_hold_a_list(doc: Doc) -> bool:
        """A cheap gate: a team sheet has at least four items, so three commas."""
        return doc.text.count(",") >= 3

    def _tagged_person(self, doc: Doc, p: dict) -> bool:
        """Whether the model tagged any of the person's mentions PERSON."""
        for s, _ in p["mentions"]:
            span = doc.char_span(s, s + 1, alignment_mode="expand")
            if span is not None and span[0].ent_type_ == "PERSON":
                return True
        return False

    def _rare_surname(self, doc: Doc, p: dict) -> bool:
        """A lone word the model calls a person that is rare as an ordinary word and no given name ("Woodward", "Idowu")."""
        word = p["name"] or ""
        return (
            len(word) >= 3
            and re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*", word) is not None
            and word.lower() not in self.common_words
            and word not in self.maybe_given
            and word not in self.cities
            and word not in self.countries
            and word.lower() not in self.title_words
            and word not in MEDIA_HEADS
            and lookup_org(word) is None
            and self._tagged_person(doc, p)
            and (self._vouched(doc, p) or self._described(doc, p))
        )

    def _described(self, doc: Doc, p: dict) -> bool:
        """Whether an apposition calls the word a person ("Rostenkowski, an Illinois Democrat,", "Idowu, the coach")."""
        span = doc.char_span(*p["mentions"][0], alignment_mode="expand")
        if span is None:
            return False
        return any(c.dep_ == "appos" and (c.text in PARTY_WORDS or c.lower_ in self.title_words) for c in span.root.children)

    def _known_surname(self, doc: Doc, p: dict) -> bool:
        """A lone name the model tags PERSON that is a well-known office holder's surname ("the Reagan
        administration"), unless it is also an ordinary word ("Bush"), or a person known by one name."""
        word = p["name"] or ""
        if not (word.isalpha() and self._tagged_person(doc, p)):
            return False
        if word in MONONYMS:
            return True  # "Cafu", "Eminem", "Usher": known by one name
        return word.lower() not in self.common_words and word in official_surnames()

    @staticmethod
    def _vouched(doc: Doc, p: dict) -> bool:
        """Whether the sentence treats the word as a person: a verb's subject ("Woodward restored him"), a
        description before it ("frontman Bono", "painter Rubens"), or a PERSON it is coordinated with
        ("Rodgers and Hammerstein"). Places and teams the model calls people seldom are any of these."""
        span = doc.char_span(*p["mentions"][0], alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.pos_ in {"VERB", "AUX"}:
            return True
        if span.start > 0 and doc[span.start - 1].is_lower and doc[span.start - 1].pos_ == "NOUN" and doc[span.start - 1].head == root:
            return True
        partners = [root.head] if root.dep_ == "conj" else []
        partners += [c for c in root.children if c.dep_ == "conj"]
        return any(t.ent_type_ == "PERSON" for t in partners)

    def _honoured(self, doc: Doc, p: dict) -> bool:
        """Whether an honorific stands in or right before any mention ("Mr Howard")."""
        if any(f.split()[0].lower() in HONORIFICS for f in p["forms"]):
            return True
        for s, _ in p["mentions"]:
            span = doc.char_span(s, s + 1, alignment_mode="expand")
            if span is not None and span.start > 0 and doc[span.start - 1].lower_ in HONORIFICS and doc[span.start - 1].text[:1].isupper():
                return True
        return False

    def _lone_non_name(self, p: dict, org_words: set[str]) -> bool:
        """A one-word 'name' that is an award ("Oscar nominee"), a product or a place, an initialism ("the GB team") or the
        first or last word of an organisation named in full elsewhere ("Baikal" after "Baikal Finance
        Group", "Martin" after "Lockheed Martin")."""
        name = p["name"] or ""
        if any(f in AWARD_NAMES for f in p["forms"]):
            return True
        if len(name_tokens(name)) != 1:
            return False
        if name in PRODUCT_NAMES or name in self.cities or country_code(name) or is_subdivision(name):
            return True  # "Chrome", "Thunderbolt"; "Glasgow": a product or a place named alone
        return bool(re.fullmatch(r"[A-Z]{2,3}", name)) or name in org_words

    @staticmethod
    def _in_known_org(doc: Doc, p: dict) -> bool:
        """A one-word 'name' that, with the word before or after it, is a known organisation ("Lockheed Martin")."""
        if len(name_tokens(p["name"] or "")) != 1:
            return False
        for s, e in p["mentions"]:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            if span.start > 0 and doc[span.start - 1].text[:1].isupper() and lookup_org(doc[span.start - 1 : span.end].text):
                return True
            if span.end < len(doc) and doc[span.end].text[:1].isupper() and lookup_org(doc[span.start : span.end + 1].text):
                return True
        return False

    def _placed_name(self, p: dict) -> bool:
        """A 'name' named once that is a place and a quarter or an ordinary word ("Yobe North", "North Devon", "Munich Re")."""
        words = name_tokens(p["name"] or "")
        if len(p["mentions"]) > 1 or len(words) < 2 or words[0] in self.maybe_given:
            return False
        first, last = words[0], words[-1]
        if first in COMPASS:
            return last in self.cities or is_subdivision(last)
        return (first in self.cities or is_subdivision(first)) and (last in COMPASS or last.lower() in self.common_words)

    def _with_peerage(self, doc: Doc, name: Span) -> Span:
        """A peer's name with its territorial designation ("Lord Roberts of Conwy"): the place tells two Robertses apart."""
        s, e = name.start, name.end
        peer = doc[s].lower_ in PEERAGES or (s > 0 and doc[s - 1].lower_ in PEERAGES)
        if not peer or e + 1 >= len(doc) or doc[e].lower_ != "of":
            return name
        place = doc[e + 1]
        if not (place.is_title and place.is_alpha) or place.text in ORG_HEAD_WORDS or place.text in self.countries:
            return name  # "Lord Mayor of London" is no peer's seat; nor is a country
        end = e + 2
        if end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end].text not in ORG_HEAD_WORDS and doc[end].ent_type_ == place.ent_type_:
            end += 1  # "Lord Robertson of Port Ellen"
        return Span(doc, s, end, label=name.label_)

    def _quoted(self, p: dict) -> bool:
        """A 'name' only ever written inside quotation marks: a work's or a show's title ("“Mary Poppins”")."""
        for s, e in p["mentions"]:
            before, after = self._text[s - 1 : s] if s else "", self._text[e : e + 2]
            if before not in QUOTE_PAIRS:
                return False
            close = QUOTE_PAIRS[before]
            if not (after[:1] in close or (after[:1] in ",." and after[1:2] in close)):  # “Bambi.”
                return False
        return bool(p["mentions"])

    def _gerund_start(self, p: dict) -> bool:
        """A 'name' that opens with an ordinary -ing word: a work or a club ("Finding Neverland", "Racing Santander")."""
        words = name_tokens(p["name"] or "")
        return len(words) >= 2 and words[0].endswith("ing") and words[0].lower() in self.common_words and words[0] not in self.maybe_given

    def _ordinary_words(self, doc: Doc, p: dict, held: bool) -> bool:
        """A 'name' made only of ordinary capitalised words, no given name ("Keyboard Expected", "General Accident")."""
        for form in p["forms"]:
            words = name_tokens(form)
            if not words or any(w.lower() in HONORIFICS for w in form.split()[:1]):
                return False
            if words[0] in self.maybe_given:
                return False
            # Its first and last words ordinary ("Lunar Lander Plans", "Success Mindset"), or all of them.
            ends = [words[0], words[-1]] if len(words) >= 3 else words
            if any(not w.isalpha() or not self._common(w) for w in ends):
                return False
        # A title before a common-word surname ("President Bush") or the model's PERSON tag on a
        # lone common word vouches for it; neither vouches for a run of two or more such words.
        if self._tagged_person(doc, p):
            return len(name_tokens(p["name"] or "")) >= 2 and not held
        return True

    def _common(self, word: str) -> bool:
        """An ordinary English word, or the plural of one ("Telescopes")."""
        low = word.lower()
        return low in self.common_words or (low.endswith("s") and not low.endswith("ss") and low[:-1] in self.common_words)

    def _same_section(self, doc: Doc, a: int, b: int) -> bool:
        """Whether tokens a and b lie in the same section (a line break between them is a wrap)."""
        index = self._sections
        return index.label(doc[a].idx) == index.label(doc[b].idx) and index.section_start(doc[a].idx) == index.section_start(doc[b].idx)

    def _is_name_token(self, tok: Token) -> bool:
        text = tok.text
        if tok.lower_ in NAME_PARTICLES and tok.i > 0 and doc_has_cap_after(tok):
            return True
        if not text[:1].isupper() or tok.is_punct:
            return False
        if text in self.countries or text in ORG_HEAD_WORDS or text in NOT_NAME_WORDS or text in COMPANY_WORDS or text in NAME_SUFFIXES:
            return False
        if tok.lower_ in MONTHS or tok.lower_ in WEEKDAYS or tok.lower_ in HONORIFICS:
            return False
        if tok.lower_ in self.title_words and not is_initial(text):
            return False
        if tok.is_stop and not is_initial(text):
            return False
        return True

    def _names_after_titles(self, doc: Doc, titles: list[dict], title_tokens: set[int]) -> list[Span]:
        """A capitalised run right after a title is a name, whatever the model tagged it."""
        spans = []
        for t in titles:
            if self._after_indefinite(doc, t):
                continue  # "an analyst with Bank Sal Oppenheim": after "a/an" the run names the post's body
            i = self._after_wrap(doc, t["end_tok"])
            j = i
            if j < len(doc) and doc[j].lower_ in HONORIFICS:
                i = j = j + 1  # "Archbishop of Canterbury Dr Rowan Williams"
            while j < len(doc) and j - i - sum(doc[x].lower_ in NAME_PARTICLES for x in range(i, j)) < MAX_NAME_TOKENS and j not in title_tokens:
                if self._is_name_token(doc[j]):
                    j += 1
                elif doc[j].is_space and doc[j].text.count("\n") == 1 and j > i and j + 1 < len(doc) and self._is_name_token(doc[j + 1]) and self._same_section(doc, j - 1, j + 1):
                    j += 1  # a hard-wrapped line: "James\nMiller"
                elif doc[j].text in {"-", "‐"} and j > i and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
                    j += 2  # "Murphy-O'Connor"
                else:
                    break
            if j > i and j < len(doc) and (doc[j].text in COMPANY_WORDS or doc[j].text in ORG_HEAD_WORDS):
                continue  # "vice-chairman of India Petrochemicals Limited": the run names a company
            if j > i and j < len(doc) and doc[j].is_lower and doc[j].pos_ == "NOUN" and doc[j].lower_ in self.title_words:
                continue  # "the billionaire Bhs owner": the run qualifies the next post
            if j - i >= 3 and doc[i].text not in self.maybe_given and self._given_name(doc[i + 1].text) and doc[i].is_title:
                i += 1  # "general secretary of the public services union Unison Dave Prentis": the body, then the name
            if t.get("plural") and not (j + 1 < len(doc) and doc[j].lower_ in {",", "and"} and doc[j + 1].text[:1].isupper()):
                continue  # "oil industry analysts Douglas-Westwood": a plural title vouches only for a list of names
            if j > i:
                span = Span(doc, i, j, label="PERSON")
                if j - i == 1 and doc[i].pos_ not in {"PROPN"} and doc[i].ent_type_ != "PERSON":
                    continue
                if doc[j - 1].lower_ in NAME_PARTICLES:
                    continue
                if all(t.is_upper or not t.is_alpha for t in span) and any(len(t) > 2 for t in span):
                    continue  # an all-capitals headline ("BUDGET CHIEF CRITICIZES PLAN") names nobody
                spans.append(span)
        return spans

    def _drop_org_like(self, doc: Doc, names: list[Span], titles: list[dict]) -> list[Span]:
        """Drop 'people' the model also reads as organisations ("Twitter", "SoftBank") when no title vouches for them."""
        org_count: dict[str, int] = {}
        person_count: dict[str, int] = {}
        for ent in self._ents:
            key = strip_possessive(ent.text.removeprefix("the ").removeprefix("The "))
            if ent.label_ in {"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "GPE", "LOC"}:
                org_count[key] = org_count.get(key, 0) + 1
            elif ent.label_ == "PERSON":
                person_count[key] = person_count.get(key, 0) + 1
        after_title = {t["end_tok"] for t in titles}
        described_orgs = {strip_possessive(n.text) for n in names if org_described(doc, n.start)}
        described_orgs |= {strip_possessive(s.text) for s in appositive_names(doc)}  # "Varig, Brazil's flagship airline"
        kept = []
        for n in names:
            key = strip_possessive(n.text)
            if lookup_org(key) is not None:
                continue  # "Twitter", "SoftBank": a known organisation, even after "investor"
            if n.start in after_title and key not in described_orgs:
                kept.append(n)  # ("analyst at brokerage Aton": the run after the title is the brokerage)
                continue
            if n.label_ not in {"NAME_AS_ORG", "LINEUP", "CONJ_NAME", "MONONYM"} and org_count.get(key, 0) >= person_count.get(key, 0) and org_count.get(key, 0) > 0:
                continue
            if lookup_org(key) is not None:
                continue  # "Twitter", "SoftBank": a known organisation
            if is_subdivision(key):
                continue  # "Tamil Nadu", "Texas": a region the model read as a person
            if len(n) >= 2 and n[-1].text in MEDIA_HEADS and n[0].text not in self.maybe_given:
                continue  # "Miami Herald", "Hartford Courant": a newspaper
            if key in described_orgs:
                continue  # "cement maker Holcim", "newspaper chain Gannett"
            if len(n) == 1 and n[0].tag_ in {"NNPS", "NNS"}:
                continue  # "Christians", "Agnostics": a group, not a person
            kept.append(n)
        return kept

    @staticmethod
    def _after_indefinite(doc: Doc, t: dict) -> bool:
        """Whether 'a/an' stands before the title: the name after it is seldom the post's holder
        ("an economist at UBS Brunswick"), except at a sentence's start ("A VOA reporter Nisan Ahmado's …")."""
        s = t["start_tok"]
        return s > 0 and doc[s - 1].lower_ in {"a", "an"} and not doc[s - 1].is_sent_start

    def _after_wrap(self, doc: Doc, i: int) -> int:
        """Token index after a hard line wrap at `i` ("Prime Minister\nYasuhiro Nakasone"), else `i`."""
        if 0 < i < len(doc) - 1 and doc[i].is_space and doc[i].text.count("\n") == 1 and doc[i].text.strip(" \n") == "" and self._same_section(doc, i - 1, i + 1):
            return i + 1
        return i

    def _is_credit(self, doc: Doc, start: int, end: int) -> bool:
        """Whether tokens start..end are a photographer's name in a credit ("REUTERS/X Y", "X Y / AP")."""
        text = self._text
        before = text[max(0, doc[start].idx - 40) : doc[start].idx]
        after = text[doc[end - 1].idx + len(doc[end - 1]) : doc[end - 1].idx + len(doc[end - 1]) + 20]
        inside = text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])]
        return bool(PHOTO_CREDIT.search(before) or CREDIT_AFTER.match(after) or CREDIT_AFTER.search(inside))  # "Joshua Roberts/Reuters" as one span

    def _before_named_thing(self, doc: Doc, end_char: int) -> bool:
        """Whether a mention ending at `end_char` is followed by 'award', 'Foundation', 'Airport' and the like."""
        rest = self._text[end_char : end_char + 30].lstrip("'’s ")
        word = re.match(r"[A-Za-z]+", rest)
        return bool(word) and word.group(0).lower() in NAMED_AFTER

    def _untagged_names(self, doc: Doc, title_tokens: set[int]) -> list[Span]:
        """Names the model left untagged ("fellow Russian Svetlana Kuznetsova"): a known given name and a capitalised surname."""
        out = []
        for i in token_indices(doc, self.first_names, attr="ORTH"):
            tok = doc[i]
            if tok.i in title_tokens or not self._given_name(tok.text):
                continue
            # A score line the model read as a title ("American Jeff Morrison 4-6 7-6") still names people.
            misread = tok.ent_type_ == "NORP" and tok.ent_iob_ == "B" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I") and tok.text not in self.countries
            if tok.ent_type_ and not misread and not (tok.ent_type_ in {"WORK_OF_ART", "EVENT", "FAC", "PRODUCT"} and re.search(r"\d+-\d+", self._ent_text(doc, tok))):
                continue  # but a given name the model alone calls a nationality ("Adrian" as NORP) is still one
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and prev.text[:1].isupper() and prev.is_alpha and not tok.is_sent_start and prev.text not in self.countries and prev.lower_ not in self.title_words:
                continue  # "San Francisco Ballet": inside a longer name (but "fellow Russian Svetlana Kuznetsova")
            j = tok.i + 1
            while j < len(doc) and j - tok.i < 3 and doc[j].ent_type_ in {"", tok.ent_type_} and self._is_name_token(doc[j]) and doc[j].pos_ == "PROPN" and doc[j].is_alpha:
                j += 1
            if j == tok.i + 1 or j < len(doc) and (doc[j].text[:1].isupper() and doc[j].is_alpha or doc[j].text in {"-", "&"}):
                continue  # a lone word, or part of a longer capitalised name
            first = tok.i
            if first >= 2 and doc[first - 1].text in {"-", "‐"} and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_ and doc[first - 2].is_title and doc[first - 2].is_alpha:
                first -= 2  # "Jan-Michael Gambill"
            span = Span(doc, first, j, label="PERSON")
            if self._is_credit(doc, tok.i, j) or lookup_org(span.text) is not None or any(t.text in COMPANY_WORDS or t.text in NOT_NAME_WORDS for t in span):
                continue
            out.append(span)
        return out

    @staticmethod
    def _ent_text(doc: Doc, tok: Token) -> str:
        """Text of the entity holding `tok`."""
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end].text

    def _given_name(self, text: str) -> bool:
        """A known given name, or a hyphenated pair starting with one ("Jean-Philippe")."""
        return text in self.first_names or ("-" in text and text.split("-")[0] in self.first_names and text.split("-")[1][:1].isupper())

    def _given_before_surname(self, doc: Doc, i: int, end: int) -> bool:
        """Whether a country's name at `i` is a given name here: a capitalised name word follows it inside the span ("Jordan Henderson")."""
        if i + 1 >= end or not (self._given_name(doc[i].text) or doc[i].text in self.maybe_given):
            return False
        nxt = doc[i + 1]
        return nxt.is_alpha and nxt.is_title and nxt.lower_ not in self.title_words and nxt.text not in self.countries and nxt.lower_ not in HONORIFICS

    def _without_demonym(self, doc: Doc, ent: Span) -> Span:
        """The name after a nationality in a span the model gave another label ("American Abigail Spears", "Veteran Spaniard Conchita Martinez" as ORG)."""
        k = ent.start
        while k < ent.end - 2 and (doc[k].lower_ in DESCRIBING_WORDS or self._demonym(doc[k].text)):
            k += 1
        if k > ent.start and any(self._demonym(doc[i].text) for i in range(ent.start, k)) and self._given_name(doc[k].text):
            return Span(doc, k, ent.end, label=ent.label_)
        return ent

    def _demonym(self, word: str) -> bool:
        """A nationality word that is not also a given name ("Frenchman", "American", "Scot"; not "Jordan")."""
        return (word in self.countries or word in DEMONYM_NOUNS or word in SHORT_DEMONYMS) and not self._given_name(word)

    def _person_like(self, doc: Doc, ent: Span) -> bool:
        """A span the model gave another label that reads as a person's name ("Rafael Nadal", "C Jones")."""
        toks = list(ent)
        while len(toks) > 2 and (toks[0].lower_ in HONORIFICS or (toks[0].lower_ == "the" and toks[1].lower_ in HONORIFICS)):
            toks = toks[1:]  # "the Rt Rev Richard Chartres": the honorifics vouch for the name after them
        if toks and toks[-1].lower_ in {"'s", "’s"}:
            toks = toks[:-1]  # "Fox News host Jeanine Pirro's comments"
        post_nominal = len(toks) >= 3 and toks[-1].text in NAME_SUFFIXES
        if post_nominal:
            toks = toks[:-1]  # "Guy Mansfield QC": the letters after it say it is a person's name
        bare = "".join(t.text_with_ws for t in toks).strip()
        parts = bare.split()  # "Eva-Marie Persson": a hyphenated given name is one word of the name
        words = [t for t in toks if not (t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_)]
        if not 2 <= len(parts) <= 3 or len(toks) > 5 or lookup_org(bare) is not None:
            return False
        if country_code(bare) or is_subdivision(bare) or bare in self.cities:
            return False  # "Hong Kong's", "New York's": a place before its possessive
        if ent.label_ in {"GPE", "LOC", "FAC"} and (is_subdivision(ent.text) or country_code(ent.text) or len(toks[0]) == 1):
            return False  # "Charlotte, North Carolina" is a place; an initial proves nothing here
        if ent.label_ != "ORG" and toks[-1].text in PLACE_WORDS:
            return False  # "Victoria Street", "Brent South": a place or a constituency
        if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper or is_initial(t.text) for t in words):
            return False
        if any(t.text in ORG_HEAD_WORDS or t.text in NOT_NAME_WORDS or t.text in COMPANY_WORDS or t.text in self.countries or t.lower_ in self.title_words or t.lower_ in HONORIFICS for t in toks):
            return False
        if ent.end < len(doc) and (doc[ent.end].text in ORG_HEAD_WORDS | COMPANY_WORDS or doc[ent.end].lower_ in {"'s", "’s"} and ent.end + 1 < len(doc) and doc[ent.end + 1].pos_ in {"NOUN", "PROPN"} and doc[ent.end + 1].text[:1].isupper()):
            return False
        if any(e.start != ent.start and e.text.startswith(ent.text + " ") for e in self._org_ents):
            return False  # "Sierra Nevada" after "Sierra Nevada Corporation"
        first = parts[0]
        if post_nominal and all(t.is_alpha and t.is_title for t in toks):
            return True
        # The first word a known given name, or an initial ("C Jones" in a team sheet), or the
        # surname of a person the model found elsewhere ("Dhiru Bhai Ambani" beside "Anil Ambani").
        return (
            self._given_name(first)
            or self._ambiguous_given(first, toks)
            or (len(first) == 1 and toks[0].is_upper and len(toks) == 2 and len(toks[1]) > 2)
            or (ent.label_ == "ORG" and toks[-1].text in self._person_surnames and not lookup_org(toks[-1].text) and not lookup_org(first))  # not "Ford Brasil"
            or (len(toks) == 2 and ent.start > 0 and doc[ent.start - 1].lower_ in PERSON_NOUNS and doc[ent.start - 1].is_lower)
        )

    def _name_in_other(self, doc: Doc, ent: Span) -> list[Span]:
        """A name the model read as a nationality or a work: "Russian Irina Shevchenko" after its
        demonym; "Will Davies, senior research fellow" when a post or a verb of saying follows it."""
        start = ent.start + 1 if len(ent) >= 3 and ent[0].text in self.countries else ent.start
        toks = list(doc[start : ent.end])
        if not 2 <= len(toks) <= 3 or not (self._given_name(toks[0].text) or toks[0].text in self.maybe_given) or not all(t.is_alpha and t.is_title for t in toks):
            return []
        if start == ent.start:  # a work's title needs the sentence to treat it as a person
            nxt = doc[ent.end : ent.end + 2]
            said = len(nxt) > 0 and nxt[0].lower_ in SPEECH_VERBS
            post = len(nxt) == 2 and nxt[0].text == "," and nxt[1].i in self._title_starts
            if not (said or post):
                return []
        return [Span(doc, start, ent.end, label="NAME_AS_ORG")]

    def _ambiguous_given(self, first: str, toks: list[Token]) -> bool:
        """'Freddie Spencer', 'Mason Rudolph': a given name that is also a word, before a surname that is none."""
        if len(toks) != 2 or first not in self.maybe_given or first in BRAND_GIVEN_NAMES:
            return False
        last = toks[1].text
        if country_code(first) or is_subdivision(first) or first in self.cities:
            return False  # "Georgia Tech", "Jordan Valley", "Paris Saint-Germain"
        return last.lower() not in self.common_words and last not in self.cities and last not in self.countries

    def _repair(self, doc: Doc, ent: Span, title_tokens: set[int]) -> list[Span]:
        """Trim titles, countries and possessives off a PERSON span; split lists; [] when nothing is left."""
        start, end = ent.start, ent.end
        # A span that runs over a line break into another section joins a caption to its credit
        # ("Ahmed Mohamed\nImage: …"); within one section it is a hard-wrapped line ("James\nMiller").
        for i in range(start, end):
            if "\n\n" in doc[i].text or "\n\n" in doc[i].whitespace_:
                end = i + 1 if "\n" in doc[i].whitespace_ else i
                break  # a name never runs across a paragraph break
            if ("\n" in doc[i].text or "\n" in doc[i].whitespace_) and not self._same_section(doc, start, min(i + 1, end - 1)):
                end = i + 1 if "\n" in doc[i].whitespace_ else i
                break
        if all(t.is_upper or not t.is_alpha for t in doc[start:end]) and any(len(t) > 2 for t in doc[start:end]):
            return []  # datelines: "SIOUX FALLS, S.D."
        if self._is_credit(doc, start, end):
            return []  # a photo credit: "REUTERS/Brendan McDermid", "J. Scott Applewhite / AP file"
        if ent.text in PARTY_WORDS or ent[-1].text in PARTY_WORDS or ent[-2:].text in PARTY_WORDS:
            return []  # "Lib Dem", "Tories", "Illinois Democrat": a party's members
        while start < end and (
            start in title_tokens
            or (doc[start].text in self.countries and not self._given_before_surname(doc, start, end))  # but "Jordan Henderson", "Chad Johnson"
            or doc[start].lower_ in HONORIFICS
            or doc[start].lower_ in self.title_words
            or doc[start].is_punct
            or (doc[start].is_lower and doc[start].lower_ not in NAME_PARTICLES)  # "physio Mark Davies", "a Hans …"
            or doc[start].text in {"®", "™", "©"}
            or (end - start >= 2 and doc[start].is_stop and doc[start].pos_ in {"ADP", "SCONJ", "ADV", "CCONJ", "DET", "PRON"} and doc[start].text not in self.maybe_given)  # "Without Charles"
            or (end - start >= 2 and doc[start].text in DEMONYM_NOUNS)  # "Welshman Jimmy Watkins"
            or (end - start >= 3 and doc[start].text in SHORT_DEMONYMS and self._given_name(doc[start + 1].text))  # "Scot Nick Smith"
            or (end - start >= 3 and lookup_org(doc[start].text) is not None and not self._given_name(doc[start].text) and not any(doc[i].text in self.countries for i in range(start + 1, end)))  # "Browns Greedy Williams"
        ):
            start += 1
        # "Entering Westminster", "Follow Newsbeat", "New Brunswick": an ordinary word opening the
        # sentence heads no name unless a given name follows it ("Veteran John Smith")
        if end - start >= 2 and (doc[start].is_sent_start or start == 0) and doc[start].lower_ in self.common_words and doc[start].text not in self.maybe_given and not self._given_name(doc[start].text):
            if not self._given_name(doc[start + 1].text):
                return []
            start += 1
        # "Jan-Michael Gambill": the model started after the hyphen of a double given name.
        if start == ent.start and start >= 2 and doc[start - 1].text in {"-", "‐"} and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ and doc[start - 2].is_title and doc[start - 2].is_alpha:
            start -= 2
        # "Jeff Bezos's Blue Origin": the name ends at the possessive.
        for i in range(start + 1, end):
            if doc[i].lower_ in {"'s", "’s"} or (doc[i].text in {"'", "’"} and doc[i - 1].text.endswith("s")):
                end = i
                break
        # "Wong Yeung-tat": the model stopped at the hyphen of a given name.
        while end + 1 < len(doc) and end == ent.end and doc[end].text in {"-", "‐"} and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_lower and doc[end + 1].is_alpha and len(doc[end + 1]) <= 6:
            end += 2
        # "Results Eddie Chu", "Nonpartisan Paul Tse": a line's first word run into the name after it.
        # "the public services union Unison Dave Prentis": a body's name after its common noun, run into the name.
        if end - start >= 3 and doc[start].text not in self.first_names and doc[start].is_alpha and len(doc[start]) > 2 and doc[start + 1].text in self.first_names and (doc[start].is_sent_start or doc[start].i == 0 or "\n" in doc[start - 1].text_with_ws or (doc[start - 1].is_lower and doc[start - 1].pos_ == "NOUN")):
            start += 1
        # A list or a score run into one span ("Chris Martin, Dido", "Lil Jon and", "Williams 1-6"):
        # split at commas and "and", stop at a number or a spaced dash.
        parts, part_start = [], start
        for i in range(start, end):
            tok = doc[i]
            if tok.text in {",", ";", "/"} or tok.lower_ in {"and", "&"}:
                parts.append((part_start, i))
                part_start = i + 1
            elif tok.is_lower and i > start and doc[i - 1].text in {"-", "‐"} and not doc[i - 1].whitespace_:
                continue  # "Cheng Chung-tai": a hyphenated given name
            elif tok.like_num or (tok.text in {"-", "–", "—"} and (tok.whitespace_ or doc[i - 1].whitespace_)) or tok.text == "(" or (tok.is_lower and tok.is_alpha and tok.lower_ not in NAME_PARTICLES and tok.lower_ not in HONORIFICS):
                break
        else:
            i = end
        parts.append((part_start, i if i < end else end))
        spans = []
        for s, e in parts:
            span = self._repair_part(doc, ent, s, e)
            if span is not None:
                spans.append(span)
        if len(parts) > 1 and len(spans) != len(parts):
            return spans[:1] if spans and spans[0].start == start else []
        return spans

    def _repair_part(self, doc: Doc, ent: Span, start: int, end: int) -> Optional[Span]:
        """One name out of a repaired PERSON span, or None."""
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].text in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].text in CREDIT_WORDS):
            end -= 1  # "Christopher Battin Submitted": a caption's credit run into the name
        # "GoBank Founder", "Apple CEO": a post after a company's name, not a surname
        while end - start >= 2 and doc[end - 1].lower_ in self.title_words and doc[end - 1].text[:1].isupper() and not self._given_name(doc[start].text) and doc[end - 2].whitespace_:
            end -= 1
        if start >= end:
            return None
        span = Span(doc, start, end, label="PERSON")
        if span.text in self.countries:
            return None
        if not any(t.text[:1].isupper() and t.is_alpha for t in span):
            return None
        if all(t.lower_ in self.title_words or t.text in ORG_HEAD_WORDS for t in span):
            return None
        if len(span) > 1 and (any(t.text in NOT_NAME_WORDS for t in span) or span[0].text in FOREIGN_ORG_WORDS):
            return None  # "Music Store", "Batavia Transmission", "Instituto Gonzaga"
        if any(t.text in COMPANY_WORDS for t in span):
            return None  # "Petrochemicals Limited", "Neath RFC"
        if any(any(c.isdigit() for c in t.text) for t in span):
            return None  # "Dell G3", "RAV4 Hybrid": a model name, not a person's
        known = lookup_org(span[0].text) if len(span) > 1 else None
        if known and span[0].text not in (known.get("ambiguous") or []):
            return None  # "Nintendo Switch", "Disney Plus": a known company's product
        if any(re.search(r"[a-z]{3,}[A-Z]", t.text) or "_" in t.text for t in span):
            return None  # "Ilhan OmarIlhan Omar", "Director_Park": page text run together, not a name (McDonald, DiCaprio pass)
        if len(span) == 1 and span.start > 0 and doc[span.start - 1].like_num:
            return None  # "737 Max": a model number
        # Keep an honorific that the model included ("Mr Blair") as part of the surface form.
        if start > ent.start and doc[start - 1].lower_ in HONORIFICS and start - 1 >= ent.start:
            span = Span(doc, start - 1, end, label="PERSON")
        return span

    # ----------------------------------------------------------- clustering
    def _cluster(self, doc: Doc, names: list[Span]) -> tuple[list[dict], dict[int, int]]:
        """Merge name mentions into people; returns people and mention start token → person index."""
        people: list[dict] = []
        mention_person: dict[int, int] = {}
        ordered = sorted(names, key=lambda s: (-len(name_tokens(s.text)), s.start))
        for span in ordered:
            toks = name_tokens(span.text)
            if not toks:
                continue
            match = None
            candidates = [k for k, p in enumerate(people) if any(same_person(toks, f) for f in p["token_forms"])]
            if not candidates and len(toks) == 1:
                # A first name alone ("Steve" after "Steve Jobs") when only one person has it.
                from ..normalise.names import translit_key

                candidates = [k for k, p in enumerate(people) if any(len(f) >= 2 and translit_key(f[0]) == translit_key(toks[0]) for f in p["token_forms"])]
                if len(candidates) > 1:
                    candidates = []
            if len(candidates) == 1:
                match = candidates[0]
            elif len(candidates) > 1:
                # A bare surname shared by two people goes to the nearest one mentioned before it.
                before = [k for k in candidates if min(people[k]["mentions"])[0] <= span.start_char]
                match = max(before or candidates, key=lambda k: max(m[0] for m in people[k]["mentions"] if m[0] <= span.start_char) if before else 0)
            if match is None:
                people.append({"forms": [], "token_forms": [], "mentions": [], "spans": []})
                match = len(people) - 1
            p = people[match]
            raw = strip_possessive(span.text)
            if re.fullmatch(r"[A-Z]\.", span[-1].text) and len(span) > 1 and (span.end == len(doc) or doc[span.end].is_sent_start or doc[span.end].is_space):
                raw = raw[:-1]  # "starring rapper Asher D." at a sentence's end: the stop is the sentence's
            surface = " ".join(raw.split())  # "James\nMiller" from a hard-wrapped line is "James Miller"
            if surface not in p["forms"]:
                p["forms"].append(surface)
            p["token_forms"].append(toks)
            p["mentions"].append([span.start_char, span.start_char + len(raw)])
            mention_person[span.start] = match
        # Order people by first mention so ids are stable and readable.
        order = sorted(range(len(people)), key=lambda k: min(people[k]["mentions"]))
        remap = {old: new for new, old in enumerate(order)}
        people = [people[k] for k in order]
        mention_person = {tok: remap[k] for tok, k in mention_person.items()}
        for p in people:
            p["name"] = fullest(p["forms"])
            p["aliases"] = sorted({f for f in p["forms"] if f != p["name"]})
        return people, mention_person

    def _add_surname_mentions(self, doc: Doc, people: list[dict], mention_person: dict[int, int], sections: SectionIndex, title_tokens: set[int]) -> None:
        """Count later bare-surname mentions the model missed ("Patrushev said")."""
        surnames: dict[str, int] = {}
        for k, p in enumerate(people):
            toks = name_tokens(p["name"] or "")
            if len(toks) >= 2:
                # A surname two people share ("Tony and Cherie Blair") is nobody's alone: mark it -1.
                surnames[toks[-1]] = k if toks[-1] not in surnames else -1
        covered = {i for p in people for s, e in p["mentions"] for i in range(s, e)}
        for tok in doc:
            k = surnames.get(tok.text)
            if k is None or k < 0 or tok.idx in covered or tok.i in title_tokens or not sections.kept(tok.idx):
                continue
            if tok.ent_type_ not in {"", "PERSON"} or tok.pos_ != "PROPN":
                continue
            # Part of a longer capitalised run ("Patrushev Foundation") is not a mention.
            if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and not doc[tok.i + 1].is_punct:
                continue
            people[k]["mentions"].append([tok.idx, tok.idx + len(tok.text)])
            mention_person[tok.i] = k
            if tok.text not in people[k]["aliases"] and tok.text != people[k]["name"]:
                people[k]["aliases"] = sorted(set(people[k]["aliases"]) | {tok.text})

    # --------------------------------------------------------------- linking
    def _link(self, doc: Doc, titles: list[dict], mention_person: dict[int, int], people: list[dict]) -> list[dict]:
        """Attach each title to the person the text gives it to."""
        mention_ends = {}
        for p_idx, p in enumerate(people):
            for s, e in p["mentions"]:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    mention_ends[span.end] = p_idx
                    if span.end < len(doc) and doc[span.end].text in POST_NOMINALS:
                        mention_ends[span.end + 1] = p_idx  # "Paul Boateng MP, Labour's Chief Secretary to the Treasury"
        linked: dict[int, int] = {}
        # 1. "Prime Minister Tony Blair": a title right before a name.
        for k, t in enumerate(titles):
            e = self._after_wrap(doc, t["end_tok"])
            s = t["start_tok"]
            if doc[s].lower_ in {"best", "worst"} or (s > 0 and doc[s - 1].lower_ in {"best", "worst"}):
                continue  # "best actress Hilary Swank": an award's category, not a post
            if self._after_indefinite(doc, t):
                continue  # "how good a prime minister Gordon Brown will make"
            if e in mention_person:
                linked[k] = mention_person[e]
            elif e < len(doc) and doc[e].lower_ in HONORIFICS and e + 1 in mention_person:
                linked[k] = mention_person[e + 1]
            elif t["text"] in POST_NOMINALS and t["start_tok"] in mention_ends:
                linked[k] = mention_ends[t["start_tok"]]  # "Frank Field MP criticised…": a post written after the name
        # 2. Chains in one phrase: "Assistant to the President - Secretary of … Gabit Bayzhanov",
        #    "chairman and chief executive of Renault Carlos Ghosn". Done before appositions so that
        #    in caption lists ("…Stanislav Zas, Assistant to the President - Secretary…") a title
        #    goes to the name after it, not the one before it.
        self._chain(doc, titles, linked)
        for k, t in enumerate(titles):
            if k in linked:
                continue
            s, e = t["start_tok"], t["end_tok"]
            # 3. "the Secretary of the Russian Security Council, Nikolai Patrushev"
            nm = e + 2 if e + 2 < len(doc) and doc[e + 1].lower_ in HONORIFICS else e + 1  # ", Mr. Lee Hsien Loong"
            if e < len(doc) and doc[e].text == "," and nm in mention_person:
                prev = doc[s - 1] if s > 0 else None
                if prev is not None and prev.pos_ == "ADJ" and s >= 2 and doc[s - 2].lower_ in APPOSITION_DETS:
                    prev = doc[s - 2]  # "the previous High Commissioner, Ann Grant"
                # "WeWork's founder and former CEO, Adam Neumann": two posts joined before the name hold for it
                partner = next((m for m in range(k) if titles[m]["end_tok"] == s - 1), None) if prev is not None and prev.lower_ in {"and", "&"} else None
                if partner is not None:
                    ps = titles[partner]["start_tok"]
                    prev = doc[ps - 1] if ps > 0 else None
                if prev is None or prev.lower_ in APPOSITION_DETS or prev.lower_ in {"'s", "’s"} or prev.is_sent_start or prev.is_space or prev.text in {",", ":"}:
                    after = self._mention_end(doc, nm, people, mention_person)
                    if after < len(doc) and doc[after].text in POST_NOMINALS:
                        after += 1  # "the chairman of the Bar Council, Guy Mansfield QC warned"
                    # "…did not trust the prime minister, Mr Brown replied": a verb's object, then a new clause;
                    # but "As a solicitor, Elfyn Llwyd represented …" gives the subject its post
                    as_post = s >= 2 and doc[s - 2].lower_ == "as" and (doc[s - 2].is_sent_start or s == 2 or doc[s - 3].is_punct)
                    governed = prev is not None and prev.lower_ in APPOSITION_DETS and s >= 2 and doc[s - 2].pos_ in {"VERB", "ADP"} and after < len(doc) and doc[after].pos_ in {"VERB", "AUX"} and not as_post
                    # "its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling,": the name with its firm
                    affiliated = after + 1 < len(doc) and doc[after].lower_ in {"of", "at", "from"} and doc[after + 1].text[:1].isupper()
                    if (after >= len(doc) or doc[after].is_punct or doc[after].pos_ in {"VERB", "AUX"} or affiliated) and not governed:
                        linked[k] = mention_person[nm]
                        if partner is not None and partner not in linked:
                            linked[partner] = linked[k]
                        continue
            # 4. "Valeri Semerikov, the Acting Secretary General…" / "Jack Straw (Foreign Secretary)"
            j = s - 1
            while j > 0 and doc[j].is_space and doc[j].text == "\n":
                j -= 1  # "Yoshitoki Chino,\nchairman of …": a wrapped line
            has_det = j >= 0 and doc[j].lower_ in APPOSITION_DETS
            while j >= 0 and doc[j].lower_ in APPOSITION_DETS:
                j -= 1
            # "Tony Froggatt, S&N's chief executive": step over the possessor.
            possessed = False
            if j >= 1 and doc[j].lower_ in {"'s", "’s"}:
                has_det = True
                possessed = doc[j - 1].text[:1].isupper() and not (j >= 2 and doc[j - 2].lower_ in APPOSITION_DETS)  # "Microsoft's", not "the men's"
                j -= 1
                if j >= 1 and doc[j].is_lower and doc[j].pos_ == "NOUN" and doc[j - 1].lower_ == "the":
                    j -= 1  # "Marco Villa, the company's chief operating officer"
                while j > 0 and (doc[j - 1].ent_type_ == "ORG" and doc[j].ent_iob_ == "I" or doc[j - 1].text in {"&"}):
                    j -= 1
                j -= 1
            after = doc[e] if e < len(doc) else None
            if after is not None and after.lower_ in {"'s", "’s"} and not t["org_text"]:
                continue  # "Jordan Bratman, the singer's agent": the title names another person, the possessor
            # An apposition is not the subject of what follows ("Rice, the prime minister said …").
            # A title with its body is one ("Will Davies, senior research fellow at the IPPR told the BBC"):
            # the closing comma is missing, not the subject.
            # ("Yasuhiro Nakasone, a Treasury spokesman said" has no complement: a new subject).
            # A possessor is one too ("John Connors, Microsoft's chief financial officer said").
            closes = after is None or after.pos_ not in {"VERB", "AUX"} or (bool(t["org_text"]) and t["end_tok"] > t.get("head_end_tok", t["end_tok"])) or possessed
            opener = j >= 0 and (doc[j].text in {",", "("} or (doc[j].text in {"-", "–", "—"} and doc[j].whitespace_ and has_det))  # "Anand Jain - another IPCL board member"
            if opener and j in mention_ends and closes:
                # Without a determiner, only a capitalised or complemented title is an apposition
                # ("Jack Straw, Foreign Secretary", not "…Lebedev, acting president").
                nxt = self._next_title(titles, k)
                coordinated = nxt is not None and doc[e : titles[nxt]["start_tok"]].text.strip().lower() in {"and", "&"}
                # "Stephen Coleman, professor of e-democracy at the Oxford Internet Institute": a
                # complement the title did not take in still makes it one
                complemented = after is not None and after.lower_ in {"of", "at", "for", "with"} and any(x.ent_type_ == "ORG" for x in doc[e + 1 : min(len(doc), e + 8)])
                if has_det or t["text"][:1].isupper() or t["org_text"] or coordinated or complemented:
                    linked[k] = mention_ends[j]
                    if coordinated and nxt not in linked:
                        linked[nxt] = linked[k]  # "Scott Carson, president and CEO of Boeing …"
                    continue
            # 5. "Straw is the foreign secretary", "Peter Nielson, who is UKIP Scotland chairman",
            #    "Kevin Federline, who had been a dancer on the tour"
            c = self._before_copula(doc, j) if j >= 0 else None
            if c is not None and c in mention_ends:
                linked[k] = mention_ends[c]
                continue
            if c is not None and c >= 2 and doc[c - 1].lower_ == "who" and doc[c - 2].text == "," and c - 2 in mention_ends:
                linked[k] = mention_ends[c - 2]
                continue
            # 6. "Tim Cook will be succeeding Jobs as CEO": the subject of the clause holds the post.
            if j >= 0 and doc[j].lower_ == "as":
                holder = self._clause_subject(doc[j], mention_person, people)
                if holder is not None:
                    linked[k] = holder
                    continue
        self._chain(doc, titles, linked)
        extra = self._coordinated_holders(doc, titles, linked, mention_person, people)
        listed = {k for k, _ in extra}
        # A plural title is held by the names listed after it, never by one name alone ("…attacked
        # the ministers. Smith said"): without a list it holds for nobody.
        pairs = sorted(((k, p) for k, p in linked.items() if not titles[k].get("plural") or k in listed), key=lambda kp: titles[kp[0]]["start_tok"])
        pairs += extra
        roles = []
        seen = set()
        for k, holder in pairs:
            t = titles[k]
            title_text = " ".join(t["text"].split())
            key = (holder, title_text.lower())
            if key in seen:
                continue
            seen.add(key)
            roles.append(
                {
                    "person": holder,
                    "title": title_text,
                    "role": t["role"],
                    "qualifier": t["qualifier"],
                    "category": t.get("category"),
                    "country": t["country"],
                    "org_text": t["org_text"],
                    "start": t["start"],
                    "end": t["end"],
                }
            )
        return roles

    @staticmethod
    def _before_copula(doc: Doc, j: int) -> Optional[int]:
        """Where the copula ending at token `j` starts ("is", "was"; "has been", "had been"), or None."""
        if doc[j].lower_ in COPULAS:
            return j
        if doc[j].lower_ == "been" and j >= 1 and doc[j - 1].lower_ in {"has", "have", "had"}:
            return j - 1
        return None

    def _coordinated_holders(self, doc: Doc, titles: list[dict], linked: dict[int, int], mention_person: dict[int, int], people: list[dict]) -> list[tuple[int, int]]:
        """A plural title before a list of names holds for each ("Labour MPs Diane Abbott and Jeremy Corbyn")."""
        extra = []
        for k, holder in linked.items():
            t = titles[k]
            if not t.get("plural"):
                continue
            start = self._after_wrap(doc, t["end_tok"])
            if mention_person.get(start) != holder:
                continue
            i = self._past_affiliation(doc, self._mention_end(doc, start, people, mention_person))
            while i + 1 < len(doc) and doc[i].lower_ in {",", "and", "or"}:  # "directors Pedro Almodovar or Alejandro Amenabar"
                nxt = i + 1 if not (doc[i].text == "," and doc[i + 1].lower_ in {"and", "or"}) else i + 2
                while nxt < len(doc) - 1 and doc[nxt].lower_ in HONORIFICS and nxt not in mention_person:
                    nxt += 1  # "actors Harvey Keitel and Sir Roger Moore"
                if nxt not in mention_person:
                    break
                extra.append((k, mention_person[nxt]))
                i = self._past_affiliation(doc, self._mention_end(doc, nxt, people, mention_person))
        return extra

    @staticmethod
    def _past_affiliation(doc: Doc, i: int) -> int:
        """Past "of the Civic Party" / "from DAB" after a listed name, to the separator that follows it."""
        if i < len(doc) and doc[i].lower_ in {"of", "from"}:
            for j in range(i + 1, min(len(doc), i + 9)):
                if doc[j].text == "," or doc[j].lower_ == "and":
                    return j
                if not (doc[j].is_title or doc[j].is_upper or doc[j].lower_ in {"the", "of", "for", "and", "&"}):
                    return i
        return i

    @staticmethod
    def _clause_subject(tok: Token, mention_person: dict[int, int], people: list[dict]) -> Optional[int]:
        """The person who is the subject of the clause `tok` sits in, via the parse (up to six heads)."""
        node = tok
        for _ in range(6):
            node = node.head
            subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects:
                for subj in subjects:
                    for start in range(subj.left_edge.i, subj.right_edge.i + 1):
                        if start in mention_person:
                            return mention_person[start]
                    for child in subj.children:  # "The former COO, Tim Cook": the apposed name
                        if child.dep_ == "appos" and child.left_edge.i in mention_person:
                            return mention_person[child.left_edge.i]
                return None
            if node.head is node:
                break
        return None

    def _chain(self, doc: Doc, titles: list[dict], linked: dict[int, int]) -> None:
        """Give an unlinked title the person of the next title when only a connector separates them."""
        for k in sorted(range(len(titles)), key=lambda x: -titles[x]["start_tok"]):
            if k in linked:
                continue
            nxt = self._next_title(titles, k)
            if nxt is None or nxt not in linked:
                continue
            gap = doc[titles[k]["end_tok"] : titles[nxt]["start_tok"]]
            if gap.text.strip() == "," and self._listed_posts(doc, titles, nxt):
                linked[k] = linked[nxt]  # "chairman, CEO and president Craig Menear"
                continue
            if len(gap) > 12 or any(t.text in CHAIN_GAP_STOP or t.pos_ in {"VERB", "AUX"} or t.ent_type_ == "PERSON" or t.is_space for t in gap):
                continue
            if len(gap) and gap[0].lower_ in {"to", "for", "of", "under", "at", "with"}:
                continue  # "advisor to Chancellor Gordon Brown": two people
            start = titles[k]["start_tok"]
            if gap.text.strip().lower() in {"and", "&"} and start > 0 and doc[start - 1].lower_ in {"the", "both"}:
                continue  # "the Cardinal and Archbishop … Rowan Williams": two people
            linked[k] = linked[nxt]
            if titles[k]["org_text"] is None and gap.text.strip().lower() in {"and", "&"}:
                titles[k] = dict(titles[k], org_text=titles[nxt]["org_text"], country=titles[k]["country"] or titles[nxt]["country"])
            elif titles[k]["country"] is None and gap.text.strip() in {"-", "–", "—", "and", "&"}:
                # "Assistant to the President - Secretary of the Security Council of Kazakhstan": one state's posts
                titles[k] = dict(titles[k], country=titles[nxt]["country"])

    def _listed_posts(self, doc: Doc, titles: list[dict], k: int) -> bool:
        """Whether title `k` is followed by "and" (or another comma) and a further post: a list of posts."""
        nxt = self._next_title(titles, k)
        if nxt is None:
            return False
        return doc[titles[k]["end_tok"] : titles[nxt]["start_tok"]].text.strip().lower() in {"and", "&", ","}

    @staticmethod
    def _next_title(titles: list[dict], k: int) -> Optional[int]:
        after = [x for x in range(len(titles)) if titles[x]["start_tok"] >= titles[k]["end_tok"]]
        return min(after, key=lambda x: titles[x]["start_tok"]) if after else None

    @staticmethod
    def _mention_end(doc: Doc, start_tok: int, people: list[dict], mention_person: dict[int, int]) -> int:
        p = people[mention_person[start_tok]]
        start_char = doc[start_tok].idx
        for s, e in p["mentions"]:
            if s == start_char:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    return span.end
        return start_tok + 1


def doc_has_cap_after(tok: Token) -> bool:
    """Whether the token after `tok` is capitalised (so a particle sits inside a name)."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()


@Language.factory("newsie_people", default_config={})
def make_people(nlp: Language, name: str) -> PeopleFinder:
    """Create the people finder."""
    return PeopleFinder(nlp)
