"""newsie_dates: date expressions normalised at their own precision, anchored on publication."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Optional

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import attrs  # noqa: F401
from ..lexicon import MONTHS as MONTH_WORDS
from ..normalise.dates import HOLIDAYS, SEASONS, WEEKDAYS, DateValue, normalise_date, parse_published
from .base import TOUR_DATE_LINE, NewsieComponent, SectionIndex

LEADING = {"on", "in", "at", "during", "of"}
YEAR_TOKEN = re.compile(r"^(1[89]\d\d|20\d\d)$")
TIME_ZONES = {"GMT", "BST", "UTC", "EST", "EDT", "CET", "CEST", "PST", "PDT", "ET", "hours", "hrs", "local"}
YEAR_IN_TEXT = re.compile(r"\b(19\d\d|20\d\d)\b")
# "2018.04.05 ~ OPEN RUN", "2019/11/18": year-first numeric dates, and split years ("the 1986/87
# crop"), which the model leaves untagged. Searched in the text, not by a token pattern, so that
# ordinary tokens cost nothing.
YMD_IN_TEXT = re.compile(r"(?<![\d./-])(?:(?:1[89]|20)\d\d(?:([./])\d{1,2}\1\d{1,2}|/\d\d(?:\d\d)?)|9/11)(?![\d/]|\.\d)")
# (joining word, opening word) of a range the model tags as its two ends ("from X through Y", "between X and Y")
RANGE_JOINS = frozenset({(j, o) for j in ("to", "through", "until", "-", "–") for o in ("from", "between")} | {("and", "between")})
# "the 11 September attacks", "September 11 terror attacks": the day of 2001, whatever the article's year.
NINE_ELEVEN = re.compile(r"^(?:the )?(?:11 September|September 11(?:th)?)$", re.I)
NINE_ELEVEN_NOUNS = {"attack", "attacks", "terror", "terrorist", "terrorists", "hijackers", "hijackings", "commission", "atrocities", "bombings"}
REFERENCE_YEAR = 2026  # newsie's release year: the fixed anchor for weekday-based year inference


class DateFinder(NewsieComponent):
    """Take the model's DATE spans, repair their edges, and normalise each."""

    name = "newsie_dates"

    def __init__(self, nlp: Language) -> None:
        # Relative expressions the small model often leaves untagged ("this year", "yesterday"):
        # fixed phrases, so a PhraseMatcher (much cheaper per token than Matcher "IN" sets).
        self.matcher = Matcher(nlp.vocab)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        units = ["year", "month", "week", "weekend", "summer", "winter", "spring", "autumn", "fall"]
        phrases = [f"{w} {u}" for w in ("this", "last", "next") for u in units]
        phrases += [f"{p} {x}" for p in ("earlier", "later") for x in phrases[:]]
        phrases += ["yesterday", "today", "tomorrow"]
        phrases += [h for h in HOLIDAYS if h != "new year"]  # "Boxing Day", "Black Friday" ("the New Year" is often a season, left to the model)
        phrases += [f"{p}{d}" for d in WEEKDAYS for p in ("", "last ", "next ", "on ")]
        self.phrases.add("REL", [nlp.make_doc(p) for p in phrases])
        # Years the model leaves untagged after a preposition, and year ranges ("from 2004 to 2009").
        year = {"SHAPE": "dddd"}  # the plausible-year check runs on the few matches, not every token
        self.matcher.add("YEAR", [[{"LOWER": {"IN": ["from", "between"]}}, year, {"LOWER": {"IN": ["to", "and", "-", "–", "until", "through"]}}, year]])
        self.matcher.add("YEAR", [[year, {"TEXT": {"IN": ["-", "–"]}}, year]])
        self.matcher.add("YEAR1", [[{"LOWER": {"IN": ["in", "since", "by", "until", "from", "during", "before", "after", "of", "to", "and"]}}, year]])

    @staticmethod
    def _date_within(span: Span, published: Optional[date], anchor: Optional[int], future: bool) -> tuple[Span, Optional[DateValue]]:
        """The longest part of `span` that normalises as a date (its end first, then its start), with its value, or None."""
        doc = span.doc
        n = len(span)
        if n > 12:
            return span, None
        for size in range(n - 1, 0, -1):
            # the end first ("the year ending February 28, 1987"), then the start, then inside
            # ("the January to March period")
            starts = [span.end - size, span.start] + list(range(span.start + 1, span.end - size))
            for s in starts:
                part = Span(doc, s, s + size, label="DATE")
                if re.fullmatch(r"\d+(?:st|nd|rd|th)", part[-1].lower_) and not any(t.lower_ in MONTH_WORDS for t in part):
                    continue  # "1986 3rd qtr": an ordinal without its month is no day
                if not (part[0].is_alpha or part[0].like_num) or part[0].lower_ in LEADING | {"and", "to", "than", "over", "ended", "ending"}:
                    continue
                if len([t for t in part if t.lower_ not in {"the", "a"}]) == 1 and part.end < span.end and doc[part.end].pos_ == "NOUN":
                    continue  # "winter season", "the September quarter": the date word modifies a noun
                result = normalise_date(part.text, published, no_year_anchor=anchor, prefer_future=future)
                if result is not None:
                    return part, result
        return span, None

    @staticmethod
    def _is_range(span: Span) -> bool:
        """'2000 - 2050', '3 - 6 July': a spaced hyphen between two numbers is a range, not a list."""
        toks = [t for t in span if t.text in {"-", "–", "—"}]
        return len(toks) == 1 and all(t.i > span.start and t.i + 1 < span.end and span.doc[t.i - 1].like_num and span.doc[t.i + 1].like_num for t in toks)

    def process(self, doc: Doc) -> Doc:
        """Set `doc._.newsie_dates`."""
        sections = SectionIndex(doc)
        meta = doc._.newsie_meta or {}
        try:
            published = parse_published(meta.get("published"))
        except ValueError:
            published = None
        all_ents = doc.ents  # Doc.ents rebuilds its spans on every access: read it once
        ents = [e for e in all_ents if e.label_ == "DATE"]
        # The model's other entities are no dates, but a holiday it calls an event still is one ("Cyber Monday").
        taken = {i for e in all_ents for i in range(e.start, e.end) if e.label_ not in {"DATE", "TIME", "CARDINAL"} and not (e.label_ == "EVENT" and e.text.lower() in HOLIDAYS)}
        extra = [Span(doc, s, e, label="DATE") for _, s, e in self.phrases(doc) if not any(i in taken for i in range(s, e))]
        for match_id, s, e in self.matcher(doc):
            label = doc.vocab.strings[match_id]
            if label.startswith("YEAR") and not all(YEAR_TOKEN.match(t.text) for t in doc[s:e] if t.shape_ == "dddd"):
                continue
            if label == "YEAR1":
                s = e - 1  # the year only, not its preposition
            if not any(i in taken for i in range(s, e)):
                extra.append(Span(doc, s, e, label="DATE"))
        for m in YMD_IN_TEXT.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), label="DATE")
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                extra.append(span)
        ents = sorted(filter_spans(ents + extra), key=lambda e: e.start)
        ents = [e for e in ents if sections.kept(e.start_char)]
        spans: list[Span] = []
        for ent in ents:
            # "Wednesday, 21 November": the model splits the weekday from the date.
            if spans and spans[-1].end + 1 == ent.start and doc[spans[-1].end].text == "," and doc[spans[-1].end - 1].lower_ in WEEKDAYS:
                spans[-1] = Span(doc, spans[-1].start, ent.end, label="DATE")
                continue
            spans.append(ent)
        # The model sometimes runs a DATE over a line break ("twelve years\nThursday, May 7, 2015").
        pieces: list[Span] = []
        for span in spans:
            start = span.start
            for i in range(span.start, span.end):
                nxt_tok = next((t for t in doc[i + 1 : span.end] if not t.is_space), None)
                # A new line that starts with a capital is a new unit ("twelve years\nThursday, May 7");
                # one that does not is a hard wrap ("March\n17").
                if ("\n" in doc[i].whitespace_ or "\n" in doc[i].text) and (nxt_tok is None or nxt_tok.text[:1].isupper()):
                    end = i + 1 if doc[i].text.strip() else i
                    if end > start:
                        pieces.append(Span(doc, start, end, label="DATE"))
                    start = i + 1
            if start < span.end:
                pieces.append(Span(doc, start, span.end, label="DATE"))
        spans = []
        for span in pieces:
            start = span.start
            for i in range(span.start, span.end):
                tok = doc[i]
                if tok.text in {"-", "–", "—"} and i > span.start and doc[i - 1].whitespace_ and tok.whitespace_ and not self._is_range(span):
                    if i > start:
                        spans.append(Span(doc, start, i, label="DATE"))
                    start = i + 1
            if start < span.end:
                spans.append(Span(doc, start, span.end, label="DATE"))
        # "from February 2016 through May 2017", "between January 1987 and December 1992": the model tags
        # the two ends; the range is one date when it normalises as one.
        merged: list[Span] = []
        for span in spans:
            prev = merged[-1] if merged else None
            if (
                prev is not None and span.start == prev.end + 1 and prev.start > 0
                and (doc[prev.end].lower_, doc[prev.start - 1].lower_) in RANGE_JOINS
            ):
                whole = Span(doc, prev.start - 1, span.end, label="DATE")
                if normalise_date(whole.text, published, no_year_anchor=None) is not None:
                    merged[-1] = whole
                    continue
            # "September, 1985": a month and its year the model tagged apart across the comma
            if prev is not None and span.start == prev.end + 1 and doc[prev.end].text == "," and len(prev) == 1 and prev[0].lower_ in MONTH_WORDS and len(span) == 1 and YEAR_IN_TEXT.fullmatch(span.text):
                merged[-1] = Span(doc, prev.start, span.end, label="DATE")
                continue
            merged.append(span)
        spans = merged
        # Without a publication date, "Wednesday, 21 November" takes the latest year in the last 20
        # that fits the weekday, counted back from the latest year the article writes (or, when it
        # writes none, from REFERENCE_YEAR): never from the machine's clock.
        anchor = None
        if published is None:
            years = [int(y) for y in YEAR_IN_TEXT.findall(doc.text)]
            anchor = max(years) if years else REFERENCE_YEAR
        # A tour's dates ("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL") are shows to come.
        tour_lines = [m.span() for m in TOUR_DATE_LINE.finditer(doc.text)] if published is not None else []
        found = []
        for span in spans:
            start, end = span.start, span.end
            while start < end and doc[start].lower_ in LEADING:
                start += 1
            if end - start == 1 and doc[start].lower_ in MONTH_WORDS and start > 0 and doc[start - 1].text.isdigit() and 1 <= int(doc[start - 1].text) <= 31:
                start -= 1  # "the 11 September attacks": the model tagged the day a number and the month a date
            if end - start > 1 and doc[end - 1].lower_ in {"'s", "’s", "'"} and not doc[end - 2].like_num:
                end -= 1  # "last week's vote": the possessive is not part of the date ("the 1980's" is a decade)
            if start >= end:
                continue
            span = Span(doc, start, end, label="DATE")
            nxt = doc[end] if end < len(doc) else None
            if end - start == 1 and doc[start].text in {"Today", "Tonight", "Tomorrow"} and not doc[start].is_sent_start and (
                (start > 0 and doc[start - 1].lower_ in {"'s", "’s"}) or (nxt is not None and nxt.lower_ in {"programme", "program", "show"})
            ):
                continue  # "BBC Radio 4's Today programme": a programme's name
            if nxt is not None and nxt.text in TIME_ZONES and span[-1].shape_ == "dddd":
                continue  # "1800 GMT" is a time of day, not the year 1800
            if len(span) == 1 and span[0].lower_ in SEASONS and nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}:
                continue  # "spring merchandise", "the party's spring conference": a season as a modifier
            if len(span) == 1 and span.text.lower() in HOLIDAYS and (
                (nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and nxt.is_alpha) or (start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start)
            ):
                continue  # "Christmas presents", "a Christmas message": a modifier ("Black Friday deals" still name the day); "illustrator Johnnie Christmas": a name
            on_tour = any(s <= span.start_char < e for s, e in tour_lines)
            future = on_tour or _speaks_of_future(span)
            result = normalise_date(span.text, published, no_year_anchor=anchor, prefer_future=future)
            if on_tour and result is not None:
                result = _next_occurrence(result, published)
            if NINE_ELEVEN.match(span.text) and span.end < len(doc) and doc[span.end].lower_ in NINE_ELEVEN_NOUNS:
                result = normalise_date("9/11", published)
            if result is None:
                # "the year ending February 28, 1987", "the fourth quarter ended January 3", "this year
                # over last year": the model's span holds more than the date; take its longest part
                # that is one, from the end first.
                span, result = self._date_within(span, published, anchor, future)
                if result is None:
                    continue
            found.append(
                {
                    "text": span.text,
                    "start": span.start_char,
                    "end": span.end_char,
                    "value": result.value,
                    "end_value": result.end_value,
                    "granularity": result.granularity,
                    "relative": result.relative,
                    "qualifier": result.qualifier,
                    "note": result.note,
                }
            )
        doc._.newsie_dates = found
        return doc


def _next_occurrence(value: DateValue, published: date) -> DateValue:
    """A day and month without a year, moved to its next occurrence on or after publication (a tour's shows)."""
    if not (value.relative and value.granularity == "day" and value.value and value.end_value is None) or value.value >= published.isoformat():
        return value
    y, m, d = (int(x) for x in value.value.split("-"))
    try:
        return dataclasses.replace(value, value=date(y + 1, m, d).isoformat())
    except ValueError:  # 29 February
        return value


FUTURE_WORDS = {"will", "'ll", "wo", "shall", "scheduled", "expected", "due", "plans", "planned", "set", "upcoming", "going", "next", "begins", "starts", "likely", "hoped", "hopes", "expires", "expire"}
# A fixture in the present tense is one to come ("The Gophers play Saturday", "Thunder: Host the Lakers on Friday").
FIXTURE_VERBS = {"play", "plays", "host", "hosts", "visit", "visits", "face", "faces", "meet", "meets"}


def _speaks_of_future(span: Span) -> bool:
    """Whether the clause before the date points ahead ("the trial is set to begin on Wednesday")."""
    sent_start = span.sent.start if span.doc.has_annotation("SENT_START") else max(0, span.start - 16)
    window = span.doc[max(sent_start, span.start - 16) : span.start]
    for t in reversed(window):
        if t.lower_ in FUTURE_WORDS and not (t.pos_ == "NOUN" and t.lower_ in {"hopes", "plans"}):  # "playoff hopes"
            return True
        # "Mulroney said further discussions would be held in June": the future of a reported plan ("would have" is no plan)
        if t.lower_ == "would" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ not in {"have", "'ve"}:
            return True
        if t.tag_ == "VBD":
            break  # "Blue Origin will offer its lander, which the company unveiled in May": the past verb is nearer the date
    if span[0].lower_ in WEEKDAYS or (len(span) > 1 and span[1].lower_ in WEEKDAYS):
        if any(t.lower_ in FIXTURE_VERBS and t.tag_ in {"VB", "VBP", "VBZ"} for t in window):
            return True
    # "is to be held", "are to meet": a plan
    return any(t.lower_ == "to" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ in {"be", "meet", "begin", "start", "open", "hold"} and t.i > 0 and t.nbor(-1).lemma_ == "be" for t in window)


@Language.factory("newsie_dates", default_config={})
def make_dates(nlp: Language, name: str) -> DateFinder:
    """Create the date finder."""
    return DateFinder(nlp)
