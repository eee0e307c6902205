"""newsie_dates on real sentences (MEANTIME/Wikinews, BBC and the seed), with the model."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.model


def dates(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.newsie_meta = {"published": published, "title": None}
    return [(d["text"], d["value"], d["end_value"], d["granularity"]) for d in nlp(doc)._.newsie_dates]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("The heads of the Security Councils took place in Moscow on Wednesday, 21 November.", "2018-11-22", [("Wednesday, 21 November", "2018-11-21", None, "day")]),
        ("It seems however that this year Russia decided to take the process one step further.", "2018-11-22", [("this year", "2018", None, "year")]),
        ("The CSTO was not present at the 5th meeting of the CIS Security Council heads in 2017.", "2018-11-22", [("2017", "2017", None, "year")]),
        ("Ford Motor Company announced on Monday that it would cut 30,000 jobs by 2012.", "2006-01-23", [("Monday", "2006-01-23", None, "day"), ("2012", "2012", None, "year")]),
        ("Northrop Grumman and Airbus parent EADS defeat Boeing\nMarch 01, 2008\nThe contract was awarded.", "2008-03-01", [("March 01, 2008", "2008-03-01", None, "day")]),
        ("The trial is set to begin on Wednesday in the Royal Courts of Justice.", "2006-03-28", [("Wednesday", "2006-03-29", None, "day")]),
        ("Shares fell 3% in the third quarter of this year, the company said.", "2009-11-03", [("the third quarter of this year", "2009-07", "2009-09", "month")]),
        ("The first referendum is to be held from November 20 to December 11.", "2015-05-07", [("November 20 to December 11", "2015-11-20", "2015-12-11", "day")]),
        ("The municipality asked for taxes in arrears for the period from 2004 to 2009.", "2015-08-02", [("from 2004 to 2009", "2004", "2009", "year")]),
        ("Retail sales rose in December, the Commerce Department said yesterday.", "2005-01-14", [("December", "2004-12", None, "month"), ("yesterday", "2005-01-13", None, "day")]),
        ("The firm made a loss last year but expects a profit next year.", "2005-02-10", [("last year", "2004", None, "year"), ("next year", "2006", None, "year")]),
        ("Unemployment was at its highest level since the 1990s.", "2005-02-10", [("the 1990s", "1990", "1999", "year")]),
        ("The chairpersons met in Vilnius, 3-6 July to launch the third phase.", "2018-11-22", [("3-6 July", "2018-07-03", "2018-07-06", "day")]),
        ("The reports will outline a vision, up to 2040.", "2018-11-22", [("2040", "2040", None, "year")]),
        ("Valeska Paris, an Australian woman, was held for twelve years.\nThursday, May 7, 2015\nShe left.", "2015-05-07", [("Thursday, May 7, 2015", "2015-05-07", None, "day")]),
        # a month and its year the model tags apart across a comma are one date (reuters21578 12806's pattern)
        ("The agreement reached in September, 1985 in New York was a success.", "1987-03-20", [("September, 1985", "1985-09", None, "month")]),
        # a season is its months (the pattern of reuters21578 3031 and web 7de52419)
        ("Output fell sharply last autumn, the ministry said.", "1987-03-02", [("last autumn", "1986-09", "1986-11", "month")]),
        # the model's span holds more than the date: its longest part that is one (reuters21578 5429's, 3446's patterns)
        ("It expects profits of 166 mln stg for the year ending February 28, 1987, before property gains.", "1987-03-10", [("February 28, 1987", "1987-02-28", None, "day")]),
        ("MITI told chipmakers to cut output for the January to March period by 10 pct.", "1987-03-10", [("the January to March", "1987-01", "1987-03", "month")]),
        # numeric dates the model tags CARDINAL or not at all (web 8cad00dc's and reuters21578 6037's patterns)
        ("Jeongdong Theater Tradition Series Performance\n2018.04.05 ~ OPEN RUN\nTue – Sat 4PM", "2019-11-18", [("2018.04.05", "2018-04-05", None, "day")]),
        ("The ministry put the 1986/87 crop at 3.1 mln tonnes, down from 3.4 mln.", "1987-03-10", [("1986/87", "1986", "1987", "year")]),
        # a tour's date lines are shows to come: the next occurrence after publication (two web pages' pattern)
        ("The band's tour dates:\nJune 9 -- Coral Sky Amphitheatre, West Palm Beach, FL\nSept. 12 – Mountain View, CA @ Shoreline Amphitheatre", "2019-11-18", [("June 9", "2020-06-09", None, "day"), ("Sept. 12", "2020-09-12", None, "day")]),
        # "the 11 September attacks" and "9/11" are the day of 2001; the model tags the day a number (politics/322's, business/204's patterns)
        ("The firm won contracts after the 11 September terror attacks, and gave money.", "2005-02-10", [("11 September", "2001-09-11", None, "day")]),
        ("Spending on national security rose after 9/11 and the recession.", "2005-02-10", [("9/11", "2001-09-11", None, "day")]),
        ("She was seen feeling faint at a September 11 commemoration.", "2019-11-18", [("September 11", "2019-09-11", None, "day")]),
        # a holiday is its day (business/450's pattern, a web page's deals list)
        ("Sales rose sharply in the week just before Christmas.", "2005-01-14", [("Christmas", "2004-12-25", None, "day")]),
        ("The best deals arrive on Cyber Monday this year.", "2019-11-18", [("Cyber Monday", "2019-12-02", None, "day"), ("this year", "2019", None, "year")]),
        # a fixture in the present tense, "won't" and "likely" point ahead (web pages' sports previews; a Delhi smog forecast)
        ("The Gophers play Saturday against the Wildcats with a one-game lead.", "2019-11-19", [("Saturday", "2019-11-23", None, "day")]),
        ("UP NEXT\nThunder: Host the Lakers on Friday.", "2019-11-19", [("Friday", "2019-11-22", None, "day")]),
        ("It is likely the Capitals won't have Hathaway in the lineup Wednesday night.", "2019-11-19", [("Wednesday", "2019-11-20", None, "day")]),
        ("The Gophers played Saturday against the Wildcats.", "2019-11-19", [("Saturday", "2019-11-16", None, "day")]),
        # a month ahead in a reported plan, and a past verb nearer the date than the cue (reuters21578 4156's, a web page's patterns)
        ("The premier said further talks would be held in June to settle the matter.", "1987-03-11", [("June", "1987-06", None, "month")]),
        ("The firm will offer the agency the lander that it unveiled in May, its chief said.", "2019-11-20", [("May", "2019-05", None, "month")]),
        ("The band unveiled its plans at the close of its Monday night show.", "2019-11-20", [("Monday", "2019-11-18", None, "day")]),
        # a range the model tags as its two ends is one date (a web page's, business/160's patterns)
        ("Prices rose from February 2016 through May 2017, the study said.", "2019-11-20", [("from February 2016 through May 2017", "2016-02", "2017-05", "month")]),
        ("The loans fall due between January 2004 and July 2009, the bank said.", "2005-02-10", [("between January 2004 and July 2009", "2004-01", "2009-07", "month")]),
        # a possessive is not part of the date (bbc sport/242's pattern); "the 1980's" is a decade
        ("He missed last week's defeat at Highbury through injury.", "2005-02-10", [("last week", "2005-01-31", "2005-02-06", "day")]),
        ("Prices had fallen since the late 1980's, the ministry said.", "2005-02-10", [("the late 1980's", "1980", "1989", "year")]),
    ],
)
def test_real_sentences(nlp, text, published, expected):
    assert dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the last two weeks dozens of Armenians and Azerbaijanis were involved.",
        "The aircraft's fifty-year service life could push the value higher.",
        "The agreement ends years of animosity and warfare.",
        "We may see more cases, she said.",
        "This was the sixth gathering of the Security Council heads.",
        "A 42-year-old man was arrested.",
        # a season word before a noun is a modifier (bbc business/184's, politics/351's pattern)
        "It still feels very early to be cutting prices of spring merchandise.",
        "He spoke at the party's spring conference.",
        "Pollution has become a standard feature of the winter season.",
        "The September quarter earnings were not a disappointment.",
        # a programme's name (BBC politics' pattern: "told BBC Radio 4's Today programme")
        "The minister told Radio 4's Today programme the plan was sound.",
        "He said on the Today show that he would stand.",
        # a holiday as a modifier, or a surname (politics/199's, a GUM page's pattern)
        "Parents will spend millions on video games as Christmas gifts.",
        "He signed books with illustrator Johnnie Christmas.",
    ],
)
def test_real_sentences_without_dates(nlp, text):
    assert [d for d in dates(nlp, text, "2018-11-22") if d[1]] == []


def test_relative_dates_without_publication_date_keep_rows_with_empty_value(nlp):
    got = dates(nlp, "It seems that this year Russia decided to go further, and on Wednesday it did.", None)
    assert ("this year", None, None, "year") in got
    assert all(v is None for _, v, _, _ in got)


def test_weekday_year_inferred_without_publication_date(nlp):
    doc = nlp.make_doc("The summit opened on Wednesday, 21 November, in Moscow.")
    doc._.newsie_meta = {"published": None, "title": None}
    found = nlp(doc)._.newsie_dates
    assert found[0]["value"] == "2018-11-21" and "weekday" in found[0]["note"]
