"""newsie_titles: find titles and posts ("Secretary of the Security Council of Armenia").

A title is a head from the titles lexicon ("Secretary", "Prime Minister", "chief executive"),
extended left over qualifiers and modifiers ("acting", "Armenian", "CSTO", "trade") and right over
its complement ("of the Security Council of Armenia", "to the President"). Linking titles to
people is newsie_people's job; this component only finds and describes them.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .. import attrs  # noqa: F401
from ..lexicon import (
    BRIEF_WORDS,
    CAPITAL_STATES,
    HONORIFICS,
    MONTHS,
    NAME_BOUND_HEADS,
    NEEDS_CAPS,
    PERSONAL_CALLINGS,
    ORG_HEAD_WORDS,
    ROLE_EXPANSIONS,
    TITLE_MODIFIERS,
    UK_NATIONS,
    common_words,
    country_words,
    first_names,
    qualifier_patterns,
    title_patterns,
    title_words,
)
from ..normalise.countries import country_code, country_names
from .base import NewsieComponent, SectionIndex, after_new, plural, wrapped_matches

# Posts about a country rather than of it: a country after "to"/"on", or named before the post, is their subject.
SUBJECT_POSTS = frozenset({"envoy", "emissary", "adviser", "advisor", "expert", "specialist", "negotiator", "analyst"})
SENDING_POSTS = frozenset({"envoy", "emissary", "negotiator"})
COMPLEMENT_PREPS = {"of", "to", "for", "under", "at", "with"}  # "chief economist with Eaton Vance Management"
NP_CONNECTORS = {"of", "and", "&", "for", "under", "the", "-", "on", "de"}
STOP_DETS = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"}
MAX_LOWER_IN_NP = 3


class TitleFinder(NewsieComponent):
    """Find title spans with their role head, qualifier, organisation and country."""

    name = "newsie_titles"

    def __init__(self, nlp: Language, extra_patterns: Optional[list[dict]] = None) -> None:
        self.common_words = common_words()
        self.patterns = [dict(p) for p in title_patterns()] + [dict(p) for p in (extra_patterns or [])]
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Title-cased forms too: abbreviations tokenise differently by case ("Rep." vs "rep" ".").
        docs = []
        self.categories = {}
        self.singulars: dict[str, str] = {}  # "councillors" -> "councillor": a role is named in the singular
        for p in self.patterns:
            many = self._plural(p["pattern"])
            if many != p["pattern"]:
                self.singulars.setdefault(many.lower(), p["pattern"])
            # A plural title holds for each name listed after it ("EC Commissioners Willy de Clercq
            # and Frans Andriessen", "district councillors A and B"): match the plural too.
            for form in {p["pattern"], many}:
                docs.append(nlp.make_doc(form))
                titled = " ".join(w[:1].upper() + w[1:] for w in form.split())
                if titled != form:
                    docs.append(nlp.make_doc(titled))
                self.categories.setdefault(form.lower(), p.get("id"))
        self.matcher.add("TITLE", docs)
        self.tokenizer = nlp.tokenizer
        self.qualifiers = qualifier_patterns()
        self.countries = country_words()
        self.first_names = first_names()

    def process(self, doc: Doc) -> Doc:
        """Set `doc._.newsie_titles`."""
        sections = SectionIndex(doc)
        heads = [Span(doc, s, e) for _, s, e in self.matcher(doc)]
        heads.extend(wrapped_matches(doc, self.matcher, self.tokenizer))  # "Prime\nMinister": wire copy wraps inside titles
        heads = self._hyphened(doc, filter_spans(heads))
        # "delegate and producer spokesman": a lower-case post word right before another post is its
        # modifier (the producers' spokesman), not a post of its own.
        heads = [h for k, h in enumerate(heads) if not (k + 1 < len(heads) and heads[k + 1].start == h.end and len(h) == 1 and h[0].is_lower and heads[k + 1][0].is_lower)]
        heads = [h for h in heads if sections.kept(h.start_char) and self._is_head(doc, h)]
        titles = [self._expand(doc, head, heads) for head in heads]
        # A complement that runs into the next title's modifiers ("a spokesman for EU | trade
        # commissioner Peter Mandelson") stops where that title starts.
        for a, b in zip(range(len(titles)), range(1, len(titles))):
            ta, tb = titles[a], titles[b]
            if tb["start_tok"] < ta["end_tok"] <= tb["head_start_tok"]:
                titles[a] = self._expand(doc, heads[a], heads, limit=tb["start_tok"])
        # Expanded titles may now overlap (a head inside another's complement): keep the longest.
        spans = filter_spans([Span(doc, t["start_tok"], t["end_tok"]) for t in titles])
        keep = {(s.start, s.end) for s in spans}
        doc._.newsie_titles = [t for t in titles if (t["start_tok"], t["end_tok"]) in keep]
        return doc

    @staticmethod
    def _hyphened(doc: Doc, heads: list[Span]) -> list[Span]:
        """Join two heads written as one word ("singer-keyboardist", "player-coach"): one post, not two."""
        out: list[Span] = []
        for h in heads:
            prev = out[-1] if out else None
            if prev is not None and h.start == prev.end + 1 and doc[prev.end].text == "-" and not doc[prev.end - 1].whitespace_ and not doc[prev.end].whitespace_:
                out[-1] = Span(doc, prev.start, h.end)
            else:
                out.append(h)
        return out

    def _is_head(self, doc: Doc, head: Span) -> bool:
        """Reject common-word readings and heads inside a person's name."""
        text = head.text
        first = head[0]
        nxt = doc[head.end] if head.end < len(doc) else None
        before_name = nxt is not None and (nxt.ent_type_ == "PERSON" or (nxt.pos_ == "PROPN" and nxt.text[:1].isupper()))
        if head.text.lower() in NAME_BOUND_HEADS and not before_name:
            return False  # "Sabres center Casey Mittelstadt"; but "recalled at centre", "the Tax Policy Center"
        if head.text.lower() in NEEDS_CAPS and not text[:1].isupper():
            # "Apple executive Steve Jobs", "director of …": common words are titles next to a name.
            # "sales director for Arbor Networks", "chief economist with Eaton Vance": a named body after "for"/"with"
            body_after = nxt is not None and nxt.lower_ in {"for", "with"} and any(t.text[:1].isupper() and t.pos_ == "PROPN" for t in doc[head.end + 1 : head.end + 3])
            if not (nxt is not None and nxt.lower_ in {"of", "at"}) and not before_name and not body_after:
                return False
        if first.ent_type_ == "ORG" and first.ent_iob_ == "I" and head.start > 0 and doc[head.start - 1].lower_ in {"of", "for", "on"}:
            return False  # "Royal Courts of Justice", "Council on Foreign Relations"
        if head.text.lower() == "head":
            nxt = doc[head.end] if head.end < len(doc) else None
            return nxt is not None and nxt.lower_ == "of"
        if first.ent_type_ == "PERSON" and first.ent_iob_ == "I":
            # "Martin Luther King"; but an initialism's post inside the span heads the name after it
            # ("Lib Dem MP Lembit Opik" tagged as one person), or closes it ("Paul Boateng MP")
            heads_name = text.isupper() and nxt is not None and nxt.ent_iob_ == "I" and nxt.is_title
            closes_name = text.isupper() and len(text) <= 3 and (nxt is None or nxt.ent_iob_ != "I")
            if not (heads_name or closes_name):
                return False
        if first.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"}:
            return False
        if head.text.lower() == "official" and (first.pos_ == "ADJ" or (nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower)):
            return False  # "the official MagSafe charger", "an official visit": the adjective, not the post
        if first.pos_ == "VERB" and not (len(head) > 1 and first.lower_.endswith("ing")):
            return False  # "chairs", "heads"; but "Managing director", "founding members" are posts the tagger reads as verbs
        return True

    def _brief_list_start(self, doc: Doc, i: int, head_start: int) -> Optional[int]:
        """Start of a post's brief written as a list ("Culture, Media and Sport Secretary"), else None.

        From the comma or "and" at `i`, the words back to the list's start are capitalised
        ordinary words (not a person or a place: "Mr Smith, Trade and Industry Secretary" is a name
        and a post), joined by commas and exactly one "and".
        """
        words = self.common_words
        k = i
        while k > 0:
            prev = doc[k - 1]
            if prev.text == "," or prev.lower_ == "and" or (prev.is_alpha and prev.is_title and prev.lower_ in words and prev.ent_type_ != "PERSON" and prev.text not in self.countries):
                k -= 1
                if prev.is_sent_start:
                    break
            else:
                break
        while k < i and (not doc[k].is_alpha or doc[k].lower_ == "and"):
            k += 1
        run = doc[k:head_start]
        if k >= i or not all(t.text == "," or t.lower_ == "and" or (t.is_alpha and t.is_title) for t in run):
            return None
        ands = [t.i for t in run if t.lower_ == "and"]
        commas = [t.i for t in run if t.text == ","]
        if len(ands) != 1 or any(c > ands[0] for c in commas) or any(doc[c - 1].text == "," or doc[c + 1].text == "," for c in commas):
            return None
        return k

    def _expand(self, doc: Doc, head: Span, heads: list[Span], limit: Optional[int] = None) -> dict:
        """Grow a head into a full title and describe it."""
        head_starts = {h.start for h in heads}
        start = head.start
        qualifier = None
        org_tokens: list[Token] = []
        # --- left: qualifiers, countries, organisations, modifiers
        i = head.start - 1
        lower_run = 0
        while i >= 0:
            tok = doc[i]
            low = tok.lower_
            if tok.text == "\n" and i > 0 and start == i + 1:
                i -= 1  # a hard-wrapped line ("U.S. Treasury\nSecretary James Baker"): read on across it
                continue
            if (tok.text == "," or tok.lower_ == "and") and start == i + 1 and start < head.start:
                k = self._brief_list_start(doc, i, head.start)
                if k is not None:
                    start = k  # "Culture, Media and Sport Secretary": a brief that is a list
                    i = k - 1
                    continue
            if tok.is_punct and tok.text not in {"-"}:
                break
            if tok.is_lower and len(tok) > 1 and tok.text.endswith(".") and tok.text.count(".") == 1:
                break  # "a cost of £50m. Chief executive John Beaumont": the stop ends a sentence the parser ran on
            if low == "first" and start < head.start and doc[start].lower_ == "deputy":
                qualifier = "first deputy"  # before the number check: "first" is like_num
                start = i
                i -= 1
                continue
            if tok.is_digit and len(tok) <= 3 and i > 0 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() and doc[i - 1].lower_ not in MONTHS and doc[i - 1].ent_type_ not in {"DATE", "PERSON"}:
                org_tokens.insert(0, tok)  # "BBC News 24 political correspondent"
                start = i
                i -= 1
                continue
            if low in STOP_DETS or tok.like_num or tok.ent_type_ in {"PERSON", "DATE", "CARDINAL", "MONEY"}:
                break
            if tok.text == "-" and i > 0 and (doc[i - 1].lower_ + "-") in self.qualifiers:
                qualifier = qualifier or self.qualifiers[doc[i - 1].lower_ + "-"]
                i -= 2
                start = i + 1
                continue
            if low in self.qualifiers:
                qualifier = self.qualifiers[low] if qualifier is None or low == "first" else qualifier
                start = i
                i -= 1
                continue
            if tok.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"} or tok.text in self.countries:
                if tok.ent_type_ == "ORG":
                    org_tokens.insert(0, tok)
                start = i
                i -= 1
                continue
            if tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN", "ADJ"} and not tok.is_sent_start:
                org_tokens.insert(0, tok)
                start = i
                i -= 1
                continue
            if tok.text[:1].isupper() and tok.is_sent_start and (tok.pos_ == "PROPN" or (i == head.start - 1 and low in BRIEF_WORDS)):
                org_tokens.insert(0, tok)
                start = i
                break
            # A modifier of the head or of a modifier already taken ("chat show host", "refrigerator magnate").
            is_compound = tok.is_lower and tok.pos_ in {"NOUN", "ADJ", "PROPN"} and tok.dep_ in {"compound", "amod", "nmod"} and start <= tok.head.i < head.end
            if (low in TITLE_MODIFIERS or is_compound) and lower_run < 3 and not any(t.text[:1].isupper() for t in doc[i + 1 : head.start]):
                lower_run += 1
                start = i
                i -= 1
                continue
            break
        # A capitalised run that began mid-phrase ("national Security Secretary") is not a modifier.
        if start < head.start and start > 0:
            before = doc[start - 1]
            if before.is_lower and before.pos_ in {"ADJ", "NOUN"} and before.lower_ not in STOP_DETS:
                while start < head.start and doc[start].ent_type_ not in {"ORG", "GPE"} and doc[start].text not in self.countries:
                    if doc[start].lower_ in self.qualifiers:
                        break
                    start += 1
                org_tokens = [t for t in org_tokens if t.i >= start]
        # "Ford's chief executive": the possessor owns the post.
        if not org_tokens and start >= 2 and doc[start - 1].lower_ in {"'s", "’s"} and doc[start - 2].ent_type_ == "ORG":
            owner_end = start - 1
            owner_start = owner_end - 1
            while owner_start > 0 and doc[owner_start - 1].ent_type_ == "ORG" and doc[owner_start - 1].ent_iob_ != "O" and doc[owner_start].ent_iob_ == "I":
                owner_start -= 1
            org_tokens = list(doc[owner_start:owner_end])
        # --- right: complements "of the X", "to the President", "(CSTO)"
        end = head.end
        complement_start = None
        j = end
        while j < len(doc):
            tok = doc[j]
            if tok.lower_ in COMPLEMENT_PREPS and head.text.lower() not in {"mp", "mep", "msp"}:
                np_end = self._noun_phrase(doc, j + 1, head_starts)
                if np_end is not None and limit is not None and np_end > limit:
                    np_end = limit if limit > j + 1 else None
                if np_end is None:
                    break
                if complement_start is None:
                    complement_start = j
                j = end = np_end
                continue
            if tok.text == "(" and j + 2 < len(doc) and doc[j + 2].text == ")" and doc[j + 1].is_upper:
                j = end = j + 3
                continue
            if tok.text == "(" and complement_start is not None:
                # "secretary general of CEI (Italian Episcopal Conference)"
                k = j + 1
                while k < len(doc) and k - j <= 7 and (doc[k].text[:1].isupper() or doc[k].lower_ in NP_CONNECTORS):
                    k += 1
                if k < len(doc) and doc[k].text == ")" and k > j + 1:
                    j = end = k + 1
                    continue
            break
        span = Span(doc, start, end)
        head_text = " ".join(head.text.split())  # one line, whatever the wrap
        head_word = self._singular(head_text.split()[-1]).lower()
        # A post about a country names it without serving it: "envoy to Ukraine", "White House
        # Russia adviser", "NSC Ukraine expert" (a demonym still does: "the Russian envoy").
        skip = set()
        if head_word in SUBJECT_POSTS:
            if complement_start is not None and doc[complement_start].lower_ in {"to", "on"}:
                skip.update(range(complement_start, end))
            # "White House Russia adviser", "NSC Ukraine expert": a country right before the post,
            # after the body that holds it; but "US adviser", "UK trade adviser" serve their state.
            k = head.start - 1
            if head_word not in SENDING_POSTS and k > start and doc[k].text in country_names() and any(
                doc[m].text[:1].isupper() and doc[m].text not in self.countries for m in range(start, k)
            ):
                skip.add(k)
            # "a Ukraine specialist on the National Security Council", "a Russia expert": a country's
            # name (not "US", "UK") right before an expert's post is its subject
            elif head_word in {"expert", "specialist", "analyst"} and k >= start and doc[k].text in country_names() and not doc[k].is_upper:
                skip.add(k)
        country = None
        for tok in span:
            code = country_code(tok.text) if tok.text in self.countries and tok.i not in skip else None
            if code and not after_new(doc, tok.i):  # "New Jersey Sen.": a state, not Jersey
                country = code
        # Multi-word country names ("Russian Federation", "United Kingdom") inside the span.
        for n in (3, 2):
            for k in range(span.start, span.end - n + 1):
                text = doc[k : k + n].text
                if text in self.countries and k not in skip:
                    country = country_code(text) or country
        # "Tanzania's Agriculture Minister": the country before the possessive holds the post.
        # So does a capital standing for its government ("Bonn's finance minister").
        if country is None and start >= 2 and doc[start - 1].lower_ in {"'s", "’s"}:
            for n in (1, 2, 3):
                owner = doc[start - 1 - n : start - 1].text if start - 1 - n >= 0 else ""
                if owner in self.countries or owner in CAPITAL_STATES:
                    country = country_code(owner) or CAPITAL_STATES.get(owner)
                    break
        if country and complement_start is None and any(self._singular(w).lower() in PERSONAL_CALLINGS for w in head_text.split("-")):
            country = None  # "British costume designer": a nationality, not the post's jurisdiction
        org_text = None
        if complement_start is not None:
            comp = doc[complement_start + 1 : end]
            org_text = comp.text
        elif org_tokens:
            org_text = doc[org_tokens[0].i : org_tokens[-1].i + 1].text
        return {
            "start_tok": start,
            "end_tok": end,
            "start": span.start_char,
            "end": span.end_char,
            "text": span.text,
            "role": ROLE_EXPANSIONS.get(head_text.lower()) or ROLE_EXPANSIONS.get(self.singulars.get(head_text.lower(), "")) or self._singular(head_text),
            "plural": head_text.lower().rsplit("-", 1)[-1] in self.singulars,  # "Singer-guitarists"
            "category": self.categories.get(head_text.lower()),
            "head_start_tok": head.start,
            "head_end_tok": head.end,
            "qualifier": qualifier,
            "country": country,
            "org_text": org_text,
        }

    @staticmethod
    def _plural(pattern: str) -> str:
        """A title's plural; an abbreviation takes its 's' before the stop ("Sens. Cory Booker and Kamala Harris")."""
        if re.fullmatch(r"[a-z]{2,4}\.", pattern):
            return pattern[:-1] + "s."
        return plural(pattern)

    def _singular(self, head: str) -> str:
        """A plural head named in the singular, in the case it was written ("Councillors" -> "Councillor")."""
        one = self.singulars.get(head.lower())
        if one is None:
            first, dash, last = head.rpartition("-")
            return f"{first}-{self._singular(last)}" if dash and last.lower() in self.singulars else head
        return " ".join(w.upper() if h.rstrip("s").isupper() else w[:1].upper() + w[1:] if h[:1].isupper() else w for w, h in zip(one.split(), head.split()))

    def _noun_phrase(self, doc: Doc, i: int, head_starts: set[int]) -> Optional[int]:
        """End token of the noun phrase after a preposition, or None when there is none."""
        j = i
        if j < len(doc) and doc[j].text == "\n":
            j += 1  # a hard-wrapped line: "Chancellor of\nthe Exchequer"
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
            after_the = True
        else:
            after_the = False
        n_content = 0
        n_lower = 0
        last_good = None
        while j < len(doc):
            tok = doc[j]
            if tok.text == "\n" and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and (n_content > 0 or after_the):
                j += 1  # "British Chancellor of the\nExchequer Nigel Lawson"
                continue
            if tok.text in {"-", "‐"} and j > i and not tok.whitespace_ and not doc[j - 1].whitespace_ and j + 1 < len(doc) and doc[j + 1].is_alpha:
                j += 1  # "the right-wing Kohelet Policy Forum": a hyphenated modifier
                continue
            if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" and n_content > 0:
                # "…union Unison Dave Prentis" tagged as one person: the body's name before the given
                # name still belongs to the post, and the phrase ends there
                if tok.text not in self.first_names and j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I" and doc[j + 1].text in self.first_names:
                    last_good = j + 1
                break
            if tok.lower_ in HONORIFICS:
                break  # "Archbishop of Canterbury Dr Rowan Williams": the name starts here
            if tok.text[:1].isupper() or tok.ent_type_ in {"ORG", "GPE", "NORP"}:
                part_of_name = j + 1 < len(doc) and doc[j + 1].text in ORG_HEAD_WORDS  # "CIS Executive Committee"
                if j in head_starts and doc[j - 1].lower_ not in {"the", "of"} and not part_of_name:
                    break  # another title starts here ("for EU trade commissioner Peter Mandelson")
                n_content += 1
                j += 1
                last_good = j
                continue
            if tok.lower_ in NP_CONNECTORS and n_content > 0 and j + 1 < len(doc) and (
                doc[j + 1].text[:1].isupper() or doc[j + 1].lower_ == "the"
            ):
                j += 1
                continue
            # "the Lombardy region", "the Dallas chapter": a common noun closing a named body
            if tok.is_lower and tok.pos_ == "NOUN" and n_content > n_lower and n_lower < 2 and tok.lower_ not in title_words() and (
                j + 1 >= len(doc) or doc[j + 1].is_punct or doc[j + 1].lower_ in {"of", "for", "in", "at"}
            ):
                n_lower += 1
                n_content += 1
                j += 1
                last_good = j
                continue
            if after_the and tok.is_lower and tok.pos_ in {"ADJ", "NOUN"} and n_lower < MAX_LOWER_IN_NP and (n_content == n_lower):
                n_lower += 1
                n_content += 1
                j += 1
                last_good = j
                continue
            break
        if last_good is None:
            return self._lower_complement(doc, i, head_starts)
        return self._cut_trailing_name(doc, i, last_good)

    @staticmethod
    def _lower_complement(doc: Doc, i: int, head_starts: set[int]) -> Optional[int]:
        """'minister for civil aviation Praful Patel', 'head of currency strategy at …'."""
        j = i
        while j < len(doc) and j - i < 3 and doc[j].is_lower and doc[j].pos_ in {"NOUN", "ADJ"}:
            j += 1
        if j == i or j >= len(doc):
            return None
        if any(k in head_starts for k in range(i, j)):
            return None  # "driver to former director Thomas Murphy": another post, whose holder follows
        nxt = doc[j]
        if nxt.ent_type_ == "PERSON" or nxt.lower_ in {"at", "for", "with"} or nxt.text in {",", ".", ";", ")"}:
            return j
        return None

    def _cut_trailing_name(self, doc: Doc, np_start: int, np_end: int) -> int:
        """In captions the name follows the organisation directly: "…Council of Armenia Armen Grigoryan"."""
        anchor = None
        anchor_text = ""
        for k in range(np_start, np_end):
            tok = doc[k]
            if k + 1 < np_end and doc[k : k + 2].text in self.countries:
                anchor, anchor_text = k + 1, doc[k : k + 2].text  # "South African", "Russian Federation"
            elif tok.text in ORG_HEAD_WORDS or tok.text in self.countries or tok.text in UK_NATIONS or (tok.is_upper and tok.is_alpha and len(tok) > 1):
                if anchor != k:
                    anchor, anchor_text = k, tok.text
        if anchor is None:
            # "the public services union Unison Dave Prentis": a given name starts the holder's name
            for k in range(np_start + 1, np_end - 1):
                if doc[k].text in self.first_names and doc[k].ent_type_ == "PERSON" and doc[k - 1].text[:1].isupper() and doc[k - 1].text not in self.first_names and np_end - k <= 3 and all(t.is_title for t in doc[k:np_end]):
                    return k
            return np_end
        rest = doc[anchor + 1 : np_end]
        if anchor_text in self.countries and anchor_text not in country_names() and rest and rest[0].text not in self.first_names:
            return np_end  # "the Association of Indonesian Coffee Exporters": a nationality qualifies the words after it
        # "Leigh-Pemberton": a hyphen inside a name joins two capitalised parts
        words = [t for t in rest if not (t.text in {"-", "‐"} and not t.whitespace_ and t.i > rest.start and not doc[t.i - 1].whitespace_)]
        if 1 <= len(words) <= 4 and all(t.text[:1].isupper() and t.text not in ORG_HEAD_WORDS for t in words):
            if rest[0].lower_ not in {"of", "and", "for"} and rest.text not in self.countries:
                return anchor + 1
        return np_end


@Language.factory("newsie_titles", default_config={"extra_patterns": []})
def make_titles(nlp: Language, name: str, extra_patterns: list[dict]) -> TitleFinder:
    """Create the title finder; `extra_patterns` adds a user's own titles."""
    return TitleFinder(nlp, extra_patterns=extra_patterns)
