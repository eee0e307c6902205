"""newsie_countries: every country named, by name, short form, adjective or demonym → ISO alpha-2."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import attrs  # noqa: F401
from ..normalise.countries import country_table
from .base import NewsieComponent, SectionIndex, after_new

# Regions that contain a country name but are not that country.
REGION_PATTERNS = [
    "Latin America", "South America", "North America", "Central America", "the Americas",
    "Korean Peninsula", "Korean peninsula", "Soviet bloc", "former Soviet Union",
    "New England", "New Mexico", "New South Wales", "British Columbia", "British Isles",
    "Indian Ocean", "Persian Gulf", "Arabian Sea", "English Channel", "South China Sea",
    "East China Sea", "Irish Sea", "West Virginia", "Guinea-Bissau", "Papua New Guinea",
    "Equatorial Guinea", "Central African Republic", "Dominican Republic", "South Africa",
    "South Sudan", "North Korea", "South Korea", "East Timor", "Northern Ireland",
]
# Words after a country adjective that make it a language, cuisine, or a region rather than the country.
NOT_COUNTRY_NEXT = {"language", "speaker", "speakers", "dressing", "fries", "toast", "cuisine"}
# Organisation/name words that, right after "of", make the country part of a proper name.
PROPER_NAME_HEADS = {"bank", "university", "church", "college", "museum", "institute", "school", "airways", "airlines", "open"}
# Words that make "<Country> X" a company ("British Airways", "Biman Bangladesh Airlines").
COMPANY_WORDS = {"Airlines", "Airways", "Telecom", "Telecommunications", "Motors", "Petroleum", "Steel", "Mining", "Railways", "Rail", "Post", "Gas", "Oil"}
US_STATE_CONTEXT = {"atlanta", "savannah", "augusta", "athens", "macon", "columbus"}


class CountryFinder(NewsieComponent):
    """Match the country gazetteer and resolve each match to an ISO code in context."""

    name = "newsie_countries"

    def __init__(self, nlp: Language) -> None:
        # One match label per country: the label is the ISO code.
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for rec in country_table():
            self.matcher.add(rec["code"], [nlp.make_doc(text) for text in rec["names"] + rec["adjectives"]])
        self.country_names = frozenset(t for rec in country_table() for t in rec["names"])
        self.region_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.region_matcher.add("REGION", [nlp.make_doc(t) for t in REGION_PATTERNS])

    def process(self, doc: Doc) -> Doc:
        """Set `doc._.newsie_countries` to [{code, start, end, text}]."""
        sections = SectionIndex(doc)
        spans = []
        for match_id, start, end in self.matcher(doc):
            span = Span(doc, start, end, label=match_id)
            spans.append(span)
        regions = [Span(doc, s, e, label="REGION") for _, s, e in self.region_matcher(doc)]
        # Longest match wins, and a region beats the country inside it ("South America").
        chosen = filter_spans(spans + regions)
        ents = doc.ents  # Doc.ents rebuilds its spans on every access: read it once
        found = []
        for span in chosen:
            if span.label_ == "REGION" or not sections.kept(span.start_char):
                continue
            if not self._is_country_use(doc, span, ents):
                continue
            if span[0].lower_ == "the" and len(span) > 1:
                span = Span(doc, span.start + 1, span.end, label=span.label_)  # mention "UK", not "the UK"
            found.append({"code": span.label_, "start": span.start_char, "end": span.end_char, "text": span.text})
        doc._.newsie_countries = found
        return doc

    def _is_country_use(self, doc: Doc, span: Span, ents: tuple) -> bool:
        """Context checks: a person's name, a US state, a proper name containing the country."""
        ent_iob = span[0].ent_type_
        # Inside a PERSON name ("Michael Jordan"), the word is not the country, unless the model
        # swallowed a country into a title/name run ("Azerbaijan Ramiz Mehdiyev").
        if ent_iob == "PERSON" and span.label_ in {"JO", "TD", "GE", "IE", "IN", "IL"}:
            ent = next((e for e in ents if e.start <= span.start < e.end), None)
            if ent is not None and len(ent) > len(span):
                return False
        # Inside a company's name ("Air France", "Biman Bangladesh Airlines") a country word is
        # not a mention of the country; inside a state body's ("Russian Security Council") it is.
        nxt = doc[span.end] if span.end < len(doc) else None
        prev = doc[span.start - 1] if span.start > 0 else None
        if (prev is not None and prev.text == "Air") or (nxt is not None and nxt.text in COMPANY_WORDS):
            return False
        if nxt is not None and nxt.lower_ in NOT_COUNTRY_NEXT:
            return False
        if after_new(doc, span.start):
            return False  # "New Jersey", "New Mexico": a place named after the country ("New Zealand" is matched whole)
        if span.label_ == "GE" and prev is not None and prev.text == "," and span.start >= 2:
            if doc[span.start - 2].lower_ in US_STATE_CONTEXT:
                return False
        if span.label_ == "GE" and nxt is not None and nxt.lower_ in {"state", "bulldogs", "tech"}:
            return False
        # "Bank of England", "University of Wales": the country is part of an organisation's name.
        if prev is not None and prev.lower_ == "of" and span.start >= 2:
            head = doc[span.start - 2]
            if head.lower_ in PROPER_NAME_HEADS:
                return False
        # "Agence France-Presse", "Air France", "British Airways"-like names are handled as ORG text:
        # a country word fused by a hyphen into a longer capitalised token run is not a country use.
        if nxt is not None and nxt.text == "-" and span.end + 1 < len(doc) and doc[span.end + 1].text[:1].isupper():
            nxt2 = doc[span.end + 1]
            if nxt2.text not in self.country_names:
                return False
        return True


@Language.factory("newsie_countries", default_config={})
def make_countries(nlp: Language, name: str) -> CountryFinder:
    """Create the country finder."""
    return CountryFinder(nlp)
