"""Date expressions → ISO 8601 at the precision written, anchored on the publication date.

Pure functions, no spaCy. The error policy is explicit: `normalise_date` returns None for text
that is not a calendar date (durations, ages, numbers), and a result with `value=None` for a
relative date that cannot be resolved because no publication date is known. Nothing here reads
the machine's clock or time zone.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Optional

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DAY_RE = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
NUMBER_WORDS = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few|many|\d+|a few|a couple of|couple of)"
UNIT_RE = r"(?:days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?|quarters?)"

DURATION = re.compile(
    rf"^(?:(?:the|a|an|for|over|during|within|in|about|around|some|almost|nearly|more than|less than|up to|at least)\s+)*"
    rf"(?:(?:last|past|next|previous|coming|first|following|final|recent)\s+)?{NUMBER_WORDS}[\s-]+{UNIT_RE}(?:[\s-]+(?:old|long|later|earlier))?$",
    re.I,
)
BARE_UNIT = re.compile(rf"^(?:the\s+)?(?:{UNIT_RE}|recent years|years|decades|months|weeks|days|the day|the year|the month|the week|daily|weekly|monthly|annual|annually|yearly|now|currently|recently|once|then|(?:\d+|\w+)-year-old|(?:\w+-)+year(?:s)?(?:-\w+)*)$", re.I)
AGO = re.compile(rf"^(?:about\s+|some\s+|around\s+)?(?P<n>{NUMBER_WORDS})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago$", re.I)
NUMWORD = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
           "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}


@dataclass(frozen=True)
class DateValue:
    """A normalised date expression."""

    value: Optional[str]
    end_value: Optional[str] = None
    granularity: str = "day"
    relative: bool = False
    qualifier: Optional[str] = None
    note: Optional[str] = None


# Unambiguous forms only: "03/04/2018" could be March or April, so it stays an error.
PUBLISHED_FORMATS = ("%d-%b-%Y", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%Y%m%d")


def parse_published(value: object) -> Optional[date]:
    """A publication date from 'YYYY-MM-DD' (or a date/datetime); None when absent; ValueError when malformed."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    # Feeds and archives write dates their own way ("26-FEB-1987 15:01:01.79", RFC 2822).
    for candidate in (text, text.split(" ")[0]):  # "26-FEB-1987 15:01:01.79": the date before the time
        for fmt in PUBLISHED_FORMATS:
            try:
                return datetime.strptime(candidate, fmt).date()
            except ValueError:
                continue
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError(f"invalid publication date {value!r}; expected YYYY-MM-DD")


def _iso(y: int, m: Optional[int] = None, d: Optional[int] = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _month(word: str) -> Optional[int]:
    return MONTHS.get(word.lower().rstrip("."))


def _day(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _distance_cost(delta: int, prefer_future: bool) -> int:
    """How far a candidate day lies from publication, `delta` days after it: news reports the past more than the future, unless the sentence speaks ahead."""
    if prefer_future:
        return delta if delta >= 0 else -delta * 3
    return -delta if delta <= 0 else delta * 3


def _nearest_year(m: int, d: Optional[int], pub: date, prefer_future: bool = False) -> int:
    """The year that puts a day/month nearest the publication date, leaning to the past."""
    best, best_cost = pub.year, None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        dd = d if d is not None else 15
        if not _valid(y, m, min(dd, calendar.monthrange(y, m)[1])):
            continue
        when = date(y, m, min(dd, calendar.monthrange(y, m)[1]))
        cost = _distance_cost((when - pub).days, prefer_future)
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


def _thanksgiving(y: int) -> date:
    """The fourth Thursday of November (US Thanksgiving)."""
    first = date(y, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def _easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    return date(y, month, (h + el - 7 * m + 114) % 31 + 1)


# Holidays with a day of their own, by the year they fall in ("Black Friday", "Boxing Day", "Easter").
HOLIDAYS = {
    "christmas": lambda y: date(y, 12, 25), "christmas day": lambda y: date(y, 12, 25), "christmas eve": lambda y: date(y, 12, 24),
    "boxing day": lambda y: date(y, 12, 26), "new year's day": lambda y: date(y, 1, 1), "new year's eve": lambda y: date(y, 12, 31),
    "new year": lambda y: date(y, 1, 1), "halloween": lambda y: date(y, 10, 31), "valentine's day": lambda y: date(y, 2, 14),
    "thanksgiving": _thanksgiving, "thanksgiving day": _thanksgiving,
    "black friday": lambda y: _thanksgiving(y) + timedelta(days=1), "cyber monday": lambda y: _thanksgiving(y) + timedelta(days=4),
    "easter": _easter, "easter sunday": _easter, "good friday": lambda y: _easter(y) - timedelta(days=2), "easter monday": lambda y: _easter(y) + timedelta(days=1),
}
HOLIDAY_RE = re.compile(r"^(?:(this|last|next)\s+)?(" + "|".join(sorted((re.escape(h) for h in HOLIDAYS), key=len, reverse=True)) + r")(?:\s+((?:19|20)\d\d))?$")


def _holiday(low: str, pub: Optional[date], prefer_future: bool) -> Optional[DateValue]:
    """A holiday's day: in the year written, else the occurrence nearest publication ("last Christmas" the one before it)."""
    m = HOLIDAY_RE.match(low.replace("’", "'"))
    if m is None:
        return None
    day_of = HOLIDAYS[m.group(2)]
    if m.group(3):
        return DateValue(day_of(int(m.group(3))).isoformat(), None, "day", False)
    if pub is None:
        return DateValue(None, None, "day", True, None, "no year and no publication date")
    options = [day_of(y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if m.group(1) == "last":
        when = max(d for d in options if d < pub)
    elif m.group(1) == "next":
        when = min(d for d in options if d > pub)
    else:
        when = min(options, key=lambda d: _distance_cost((d - pub).days, prefer_future))
    return DateValue(when.isoformat(), None, "day", True)


def _year_from_weekday(m: int, d: int, weekday: int, anchor_year: int, span: int = 20) -> Optional[int]:
    """Most recent year ≤ anchor_year in which m/d falls on `weekday`."""
    for y in range(anchor_year, anchor_year - span, -1):
        if _valid(y, m, d) and date(y, m, d).weekday() == weekday:
            return y
    return None


def _strip(text: str) -> str:
    text = " ".join(text.replace("\u2013", "-").replace("\u2014", "-").split())
    text = re.sub(r"(?<=[A-Za-z])\s*['’]s$", "", text)  # "last year's", not "the 1930's"
    text = re.sub(r"^(?:on|in|at|of|during|since the|the)\s+", lambda m: m.group(0) if m.group(0).lower().startswith("since") else "", text, flags=re.I)
    return text.strip(" ,.;:")


def normalise_date(text: str, published: Optional[date] = None, no_year_anchor: Optional[int] = None, prefer_future: bool = False) -> Optional[DateValue]:
    """Normalise one date expression; None when it is not a calendar date.

    `prefer_future` resolves a bare weekday or a day/month to the next occurrence (the sentence
    speaks of the future: "will meet on Wednesday"); news otherwise reports the past.
    """
    return _normalise_cached(text, published, no_year_anchor, prefer_future)


@lru_cache(maxsize=4096)
def _normalise_cached(text: str, published: Optional[date], no_year_anchor: Optional[int], prefer_future: bool = False) -> Optional[DateValue]:
    raw = " ".join(text.split())
    if not raw or len(raw) > 80:
        return None
    if DURATION.match(raw) or BARE_UNIT.match(raw):
        return None
    t = _strip(raw)
    low = t.lower()

    holiday = _holiday(low, published, prefer_future)
    if holiday is not None:
        return holiday
    # "9/11": the attacks of 11 September 2001, as news writes it.
    if low in {"9/11", "9-11"}:
        return DateValue("2001-09-11", None, "day", False)
    # Year first, with any one separator: 2018-04-05, 2018.04.05 (East Asian and German notices), 2019/11/18.
    m = re.match(r"^(\d{4})([-./])(\d{1,2})\2(\d{1,2})$", low)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        return DateValue(_iso(y, mo, d), None, "day") if _valid(y, mo, d) else None
    # A split year, "1986/87", "fiscal 2005/06": the season, crop or fiscal year over two calendar years.
    m = re.match(r"^(?:(?:the\s+)?(?:fiscal|financial|crop|tax|season|marketing|coffee|sugar|cocoa)(?:\s+year)?\s+)?((?:1[89]|20)\d\d)/(\d\d|\d{4})$", low)
    if m:
        y, nxt = int(m.group(1)), m.group(2)
        if nxt == f"{(y + 1) % 100:02d}" or nxt == str(y + 1):
            return DateValue(_iso(y), _iso(y + 1), "year", False)
        return None
    # Qualified and open-ended: "by 2030", "since 2014", "until March", "up to 2040", "early 2005".
    m = re.match(r"^(by|before|since|after|until|till|through|up to|from)\s+(.+)$", low)
    if m and not re.search(r"\b(?:to|and|through)\b|-", m.group(2)):
        inner = normalise_date(t[len(m.group(1)) + 1 :], published, no_year_anchor, prefer_future)
        if inner is None:
            return None
        q = {"by": "before", "before": "before", "up to": "before", "since": "since", "from": "since",
             "after": "after", "until": "until", "till": "until", "through": "until"}[m.group(1)]
        return DateValue(inner.value, inner.end_value, inner.granularity, inner.relative, q, inner.note)
    m = re.match(r"^(early|mid|late|the early|the mid|the late|end of|the end of|the beginning of|beginning of|the start of|start of)[\s-]+(.+)$", low)
    if m:
        inner = normalise_date(t[len(m.group(1)) + 1 :], published, no_year_anchor, prefer_future)
        if inner is None:
            return None
        return DateValue(inner.value, inner.end_value, inner.granularity, inner.relative, inner.qualifier or "approx", inner.note)

    # Decades: "the 1990s", "1990s", "the '90s"
    m = re.match(r"^(?:the\s+)?(1[5-9]\d0|20\d0)['’]?s$", low)
    if m:
        y = int(m.group(1))
        return DateValue(_iso(y), _iso(y + 9), "year", False, "decade")

    # "the next decade", "the present decade", "this decade": the publication's decade, or the next one
    m = re.match(r"^(?:the\s+)?(this|present|current|next|coming)?\s*decade$", raw.lower())
    if m and (m.group(1) or raw.lower().startswith("the ")):
        if not published:
            return DateValue(None, None, "year", True, "decade", "no publication date")
        y = published.year // 10 * 10 + (10 if m.group(1) in {"next", "coming"} else 0)
        return DateValue(_iso(y), _iso(y + 9), "year", True, "decade")
    # "earlier this week", "later this year": the period itself
    m = re.match(r"^(?:earlier|later|late|early)\s+((?:this|last|next)\s+\w+)$", low)
    if m:
        inner = _relative(m.group(1), published, prefer_future)
        if inner is not None:
            return inner
    # "January of this year", "March last year"
    m = re.match(rf"^({MONTH_RE})\s+(?:of\s+)?(this|last|next)\s+year$", low)
    if m:
        if not published:
            return DateValue(None, None, "month", True, None, "no publication date")
        y = published.year + {"this": 0, "last": -1, "next": 1}[m.group(2)]
        return DateValue(_iso(y, _month(m.group(1))), None, "month", True)
    q = _quarter(low, published)
    if q is not None:
        return q
    part = _part_of_year(low, published)
    if part is not None:
        return part
    if SPAN_OF.match(low):
        return None  # "six months of 2005": which six is not said

    m = re.match(r"^(?:the\s+)?(?:(nineteen|twenty)[\s-]?)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$", low)
    if m:
        century = {"nineteen": 1900, "twenty": 2000, None: 1900}[m.group(1)]
        y = century + DECADE_WORDS[m.group(2)]
        return DateValue(_iso(y), _iso(y + 9), "year", False, "decade")
    m = re.match(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century$", low)
    if m:
        y = (int(m.group(1)) - 1) * 100
        return DateValue(_iso(y), _iso(y + 99), "year", False, "century")

    # Seasons: "summer 2008", "the summer of 2003"; a bare "the summer" is the publication year's
    m = SEASON_OF_YEAR.match(low)
    if m:
        return _season_range(m.group(1), int(m.group(2)))
    m = BARE_SEASON.match(low)
    if m:
        return _season(m.group(1), "this", published)

    # Relative words
    rel = _relative(low, published, prefer_future)
    if rel is not None:
        return rel

    # Ranges: "3-6 July", "21-22 November 2018", "2009-2010", "between 1991 and 1995", "from March to May 2005"
    rng = _range(t, published, no_year_anchor, prefer_future)
    if rng is not None:
        return rng

    return _absolute(t, published, no_year_anchor, prefer_future)


PART_OF_YEAR = re.compile(
    rf"^(?:the\s+)?(?P<which>first|last|final|second)\s+(?:(?P<n>{NUMBER_WORDS})\s+months?|(?P<half>half))\s+of\s+"
    r"(?:(?P<year>1[89]\d\d|20\d\d)|(?P<rel>this|last|next|the|the current)\s+year)$"
)
SPAN_OF = re.compile(rf"^(?:the\s+)?{NUMBER_WORDS}\s+(?:days|weeks|months|years)\s+of\b")


def _part_of_year(low: str, pub: Optional[date]) -> Optional[DateValue]:
    """'the first six months of 2005', 'the last three months of the year', 'the first half of next year' → a month range."""
    m = PART_OF_YEAR.match(low)
    if not m:
        return None
    which = m.group("which")
    if m.group("half"):
        months = (1, 6) if which == "first" else (7, 12)
    else:
        n = int(m.group("n")) if m.group("n").isdigit() else NUMWORD.get(m.group("n"))
        if not n or n > 12 or which == "second":
            return None
        months = (1, n) if which == "first" else (13 - n, 12)
    if m.group("year"):
        y = int(m.group("year"))
    elif pub is None:
        return DateValue(None, None, "month", True, None, "no publication date")
    else:
        y = pub.year + {"last": -1, "next": 1}.get(m.group("rel"), 0)
    return DateValue(_iso(y, months[0]), _iso(y, months[1]), "month", m.group("rel") is not None)


# Meteorological seasons as month ranges (northern hemisphere, as in the news the corpus holds):
# "last autumn" is September to November. Winter runs from December into the next year.
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASON_OF_YEAR = re.compile(r"^(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(1[89]\d\d|20\d\d)$")
BARE_SEASON = re.compile(r"^(?:the\s+)?(spring|summer|autumn|fall|winter)$")


def _season_range(season: str, year: int) -> DateValue:
    """The months of one season in one year ("winter 2010" is December 2010 to February 2011)."""
    start = SEASONS[season]
    end_y, end_m = (year + 1, 2) if start == 12 else (year, start + 2)
    return DateValue(_iso(year, start), _iso(end_y, end_m), "month", False, "season")


def _season(season: str, which: str, pub: Optional[date]) -> DateValue:
    """'last autumn', 'this summer', 'next winter', 'the summer': the season's months, anchored on publication.

    "last" is the latest such season over before the publication month, "next" the first one
    starting after it, "this" (and a bare "the summer") the one in the publication's year, or
    the winter under way.
    """
    if not pub:
        return DateValue(None, None, "month", True, "season", "no publication date")
    p = pub.year * 12 + pub.month
    years = range(pub.year - 2, pub.year + 2)
    spans = [(y, y * 12 + SEASONS[season], y * 12 + SEASONS[season] + 2) for y in years]
    if which in {"last", "past", "previous"}:
        y = max(y for y, _, e in spans if e < p)
    elif which in {"next", "coming"}:
        y = min(y for y, s_, _ in spans if s_ > p)
    else:
        y = next((y for y, s_, e in spans if s_ <= p <= e), pub.year)
    v = _season_range(season, y)
    return DateValue(v.value, v.end_value, "month", True, "season")


DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
QUARTERS = {"first": 1, "1st": 1, "q1": 1, "second": 2, "2nd": 2, "q2": 2, "third": 3, "3rd": 3, "q3": 3, "fourth": 4, "4th": 4, "q4": 4, "final": 4, "last": 4}


def _quarter(low: str, pub: Optional[date]) -> Optional[DateValue]:
    """'the third quarter of this year', 'Q3 2009', 'third-quarter' → a month range."""
    m = re.match(rf"^(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|final|q[1-4])[\s-]*(?:quarter)?(?:\s+(?:of\s+)?(?:(this|last|next)\s+year|({YEAR_RE})))?$", low)
    if not m or ("quarter" not in low and not low.startswith("q")):
        return None
    n = QUARTERS[m.group(1)]
    if m.group(3):
        y, rel = int(m.group(3)), False
    elif m.group(2):
        if not pub:
            return DateValue(None, None, "month", True, None, "no publication date")
        y, rel = pub.year + {"this": 0, "last": -1, "next": 1}[m.group(2)], True
    else:
        if not pub:
            return DateValue(None, None, "month", True, None, "no publication date")
        # The latest such quarter that has begun by publication (results are reported after).
        y, rel = (pub.year if (n - 1) * 3 + 1 <= pub.month else pub.year - 1), True
    return DateValue(_iso(y, (n - 1) * 3 + 1), _iso(y, n * 3), "month", rel)


def _relative(low: str, pub: Optional[date], prefer_future: bool = False) -> Optional[DateValue]:
    """Yesterday, this year, last week, on Wednesday, two weeks ago …"""
    def unresolved(gran: str) -> DateValue:
        return DateValue(None, None, gran, True, None, "no publication date")

    if low in {"today", "this morning", "this afternoon", "this evening", "tonight", "earlier today", "later today"}:
        return DateValue(pub.isoformat(), None, "day", True) if pub else unresolved("day")
    if low in {"the weekend", "weekend"}:
        return _relative("this weekend", pub, prefer_future)
    if low in {"yesterday", "last night", "yesterday morning", "yesterday afternoon", "yesterday evening"}:
        return DateValue((pub - timedelta(days=1)).isoformat(), None, "day", True) if pub else unresolved("day")
    if low in {"tomorrow", "tomorrow morning"}:
        return DateValue((pub + timedelta(days=1)).isoformat(), None, "day", True) if pub else unresolved("day")
    m = re.match(r"^(this|last|next|the past|this past|the previous|the coming|the next|the current|current|past|previous|coming)\s+(year|month|week|weekend|summer|winter|spring|autumn|fall)$", low)
    if m:
        which, unit = m.group(1).replace("the ", "").replace("this past", "past"), m.group(2)
        shift = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[which]
        if unit in SEASONS:
            return _season(unit, which, pub)
        if not pub:
            return unresolved("year" if unit == "year" else ("month" if unit == "month" else "day"))
        if unit == "year":
            return DateValue(_iso(pub.year + shift), None, "year", True)
        if unit == "month":
            y, mo = pub.year, pub.month + shift
            if mo == 0:
                y, mo = y - 1, 12
            elif mo == 13:
                y, mo = y + 1, 1
            return DateValue(_iso(y, mo), None, "month", True)
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
        if unit == "weekend":
            sat = monday + timedelta(days=5)
            if which in {"this", "current"} and pub.weekday() <= 2 and not prefer_future:
                sat -= timedelta(days=7)  # early in the week, "this weekend" is the one just past
            return DateValue(sat.isoformat(), (sat + timedelta(days=1)).isoformat(), "day", True)
        return DateValue(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "day", True)
    m = AGO.match(low)
    if m:
        n = NUMWORD.get(m.group("n"), None) if not m.group("n").isdigit() else int(m.group("n"))
        if n is None:
            return None
        unit = m.group("unit").rstrip("s")
        if not pub:
            return unresolved("year" if unit == "year" else "month" if unit == "month" else "day")
        if unit == "day":
            return DateValue((pub - timedelta(days=n)).isoformat(), None, "day", True, "approx")
        if unit == "week":
            return DateValue((pub - timedelta(weeks=n)).isoformat(), None, "day", True, "approx")
        if unit == "month":
            y, mo = pub.year, pub.month - n
            while mo <= 0:
                y, mo = y - 1, mo + 12
            return DateValue(_iso(y, mo), None, "month", True, "approx")
        return DateValue(_iso(pub.year - n), None, "year", True, "approx")
    m = re.match(rf"^(?:(last|next|this|on|early|late)\s+)?({WEEKDAY_RE})(?:\s+(morning|afternoon|evening|night))?$", low)
    if m:
        wd = WEEKDAYS[m.group(2)]
        if not pub:
            return unresolved("day")
        which = m.group(1)
        if which == "next":
            delta = (wd - pub.weekday()) % 7 or 7
            return DateValue((pub + timedelta(days=delta)).isoformat(), None, "day", True)
        if prefer_future and which not in {"last"}:
            delta = (wd - pub.weekday()) % 7
            return DateValue((pub + timedelta(days=delta)).isoformat(), None, "day", True)
        # News reports a bare weekday as the most recent one (the publication day itself counts).
        delta = (pub.weekday() - wd) % 7
        if which == "last" and delta == 0:
            delta = 7
        return DateValue((pub - timedelta(days=delta)).isoformat(), None, "day", True)
    return None


def _range(t: str, pub: Optional[date], anchor: Optional[int], prefer_future: bool = False) -> Optional[DateValue]:
    low = t.lower()
    # "3-6 July (2018)"
    m = re.match(rf"^({DAY_RE})\s*(?:-|to|and)\s*({DAY_RE})\s+({MONTH_RE})(?:,?\s+({YEAR_RE}))?$", low)
    if m:
        mo = _month(m.group(3))
        d1, d2 = _day(m.group(1)), _day(m.group(2))
        return _day_range(mo, d1, mo, d2, m.group(4), pub, anchor, prefer_future=prefer_future)
    # "July 3-6(, 2018)"
    m = re.match(rf"^({MONTH_RE})\s+({DAY_RE})\s*(?:-|to|and)\s*({DAY_RE}),?(?:\s+({YEAR_RE}))?$", low)
    if m:
        mo = _month(m.group(1))
        return _day_range(mo, _day(m.group(2)), mo, _day(m.group(3)), m.group(4), pub, anchor, prefer_future=prefer_future)
    # "November 20 to December 11(, 2015)", "20 November - 11 December 2015"
    m = re.match(rf"^(?:from\s+|between\s+)?({MONTH_RE})\s+({DAY_RE})\s*(?:-|to|and|through|until)\s*({MONTH_RE})\s+({DAY_RE}),?(?:\s+({YEAR_RE}))?$", low)
    if m:
        return _day_range(_month(m.group(1)), _day(m.group(2)), _month(m.group(3)), _day(m.group(4)), m.group(5), pub, anchor, prefer_future=prefer_future)
    m = re.match(rf"^(?:from\s+|between\s+)?({DAY_RE})\s+({MONTH_RE})\s*(?:-|to|and|through|until)\s*({DAY_RE})\s+({MONTH_RE}),?(?:\s+({YEAR_RE}))?$", low)
    if m:
        return _day_range(_month(m.group(2)), _day(m.group(1)), _month(m.group(4)), _day(m.group(3)), m.group(5), pub, anchor, prefer_future=prefer_future)
    # "2009-2010", "2009-10", "between 1991 and 1995", "from 1991 to 1995"
    m = re.match(rf"^(?:between\s+|from\s+)?({YEAR_RE})\s*(?:-|to|and|through)\s*(\d{{2,4}})$", low)
    if m:
        y1 = int(m.group(1))
        y2s = m.group(2)
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if y2 > y1:
            return DateValue(_iso(y1), _iso(y2), "year")
        return None
    # "from February 2016 through May 2017", "between January 1987 and December 1992"
    m = re.match(rf"^(?:between\s+|from\s+)?({MONTH_RE})\s+({YEAR_RE})\s*(?:-|–|to|and|through|until)\s*({MONTH_RE})\s+({YEAR_RE})$", low)
    if m:
        a, b = (int(m.group(2)), _month(m.group(1))), (int(m.group(4)), _month(m.group(3)))
        return DateValue(_iso(*a), _iso(*b), "month") if a < b else None
    # "from March to May 2005", "March-May 2005"
    m = re.match(rf"^(?:between\s+|from\s+)?({MONTH_RE})\s*(?:-|to|and|through)\s*({MONTH_RE})(?:,?\s+({YEAR_RE}))?$", low)
    if m:
        m1, m2 = _month(m.group(1)), _month(m.group(2))
        if m.group(3):
            y2 = int(m.group(3))
            y1 = y2 if m1 <= m2 else y2 - 1
            return DateValue(_iso(y1, m1), _iso(y2, m2), "month")
        if pub:
            y1 = _nearest_year(m1, None, pub, prefer_future)
            y2 = y1 if m1 <= m2 else y1 + 1
            return DateValue(_iso(y1, m1), _iso(y2, m2), "month", True)
        return DateValue(None, None, "month", True, None, "no year and no publication date")
    return None


def _day_range(m1: int, d1: int, m2: int, d2: int, year: Optional[str], pub: Optional[date], anchor: Optional[int], prefer_future: bool = False) -> Optional[DateValue]:
    if year:
        y2 = int(year)
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1  # "28 December to 3 January 2015"
        if _valid(y1, m1, d1) and _valid(y2, m2, d2):
            return DateValue(_iso(y1, m1, d1), _iso(y2, m2, d2), "day")
        return None
    if pub:
        y1 = _nearest_year(m1, d1, pub, prefer_future)
        y2 = y1 if (m1, d1) <= (m2, d2) else y1 + 1
        if _valid(y1, m1, d1) and _valid(y2, m2, d2):
            return DateValue(_iso(y1, m1, d1), _iso(y2, m2, d2), "day", True)
        return None
    return DateValue(None, None, "day", True, None, "no year and no publication date")


def _absolute(t: str, pub: Optional[date], anchor: Optional[int], prefer_future: bool = False) -> Optional[DateValue]:
    low = t.lower()
    weekday = None
    m = re.match(rf"^({WEEKDAY_RE}),?\s+(.+)$", low)
    if m:
        weekday = WEEKDAYS[m.group(1)]
        low = m.group(2)
    # "21 November 2018", "21st of November, 2018"
    m = re.match(rf"^(?:the\s+)?({DAY_RE})(?:\s+of)?\s+({MONTH_RE}),?(?:\s+({YEAR_RE}))?$", low)
    if not m:
        m2 = re.match(rf"^({MONTH_RE})\s+(?:the\s+)?({DAY_RE}),?(?:\s+({YEAR_RE}))?$", low)
        if m2:
            m = m2
            mo, d, y = _month(m2.group(1)), _day(m2.group(2)), m2.group(3)
        else:
            mo = d = y = None
    else:
        mo, d, y = _month(m.group(2)), _day(m.group(1)), m.group(3)
    if m and mo:
        if y:
            yy = int(y)
            return DateValue(_iso(yy, mo, d), None, "day") if _valid(yy, mo, d) else None
        if pub:
            yy = _nearest_year(mo, d, pub, prefer_future)
            return DateValue(_iso(yy, mo, d), None, "day", True) if _valid(yy, mo, d) else None
        if weekday is not None and anchor is not None:
            yy = _year_from_weekday(mo, d, weekday, anchor)
            if yy is not None:
                return DateValue(_iso(yy, mo, d), None, "day", False, None, "year inferred from weekday")
        return DateValue(None, None, "day", True, None, "no year and no publication date")
    # "November 2018", "Nov. 2018"
    m = re.match(rf"^({MONTH_RE}),?\s+(?:of\s+)?({YEAR_RE})$", low)
    if m:
        return DateValue(_iso(int(m.group(2)), _month(m.group(1))), None, "month")
    # "2017", "in 2017", "2017's"
    m = re.match(rf"^(?:the\s+year\s+)?({YEAR_RE})(?:'s)?$", low)
    if m:
        return DateValue(_iso(int(m.group(1))), None, "year")
    # "November", "last November"
    m = re.match(rf"^(?:(last|this|next)\s+)?({MONTH_RE})$", low)
    if m and low not in {"may", "mar", "march", "jan", "sep", "dec"} or (m and m.group(1)):
        mo = _month(m.group(2))
        if not pub:
            return DateValue(None, None, "month", True, None, "no year and no publication date")
        which = m.group(1)
        if which == "last":
            yy = pub.year if mo < pub.month else pub.year - 1
        elif which == "next":
            yy = pub.year if mo > pub.month else pub.year + 1
        elif which == "this":
            yy = pub.year
        else:
            yy = _nearest_year(mo, None, pub, prefer_future)
        return DateValue(_iso(yy, mo), None, "month", True)
    if m:  # bare "May"/"March": the model's DATE label is trusted for these common words
        mo = _month(m.group(2))
        if not pub:
            return DateValue(None, None, "month", True, None, "no year and no publication date")
        return DateValue(_iso(_nearest_year(mo, None, pub, prefer_future), mo), None, "month", True)
    return _dateparser_fallback(t, pub)


@lru_cache(maxsize=32)
def _date_parser(base: Optional[date]):
    """A dateparser parser per publication date: building one costs far more than using it."""
    from dateparser.date import DateDataParser

    relative_base = datetime(base.year, base.month, base.day) if base else datetime(2000, 1, 1)
    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": relative_base, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"]})


def _dateparser_fallback(t: str, pub: Optional[date]) -> Optional[DateValue]:
    """Last resort for forms the rules do not cover; only with a year written, never the clock."""
    if not re.search(YEAR_RE, t):
        return None
    data = _date_parser(pub).get_date_data(t)
    parsed = data.date_obj if data is not None else None
    if parsed is None:
        return None
    has_month = re.search(MONTH_RE, t, re.I) is not None
    has_day = has_month and re.search(r"\b[0-3]?\d(?:st|nd|rd|th)?\b(?!\d)", re.sub(YEAR_RE, "", t)) is not None
    if has_day:
        return DateValue(_iso(parsed.year, parsed.month, parsed.day), None, "day")
    if has_month:
        return DateValue(_iso(parsed.year, parsed.month), None, "month")
    return DateValue(_iso(parsed.year), None, "year")
