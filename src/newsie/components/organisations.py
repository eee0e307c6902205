"""newsie_organisations: organisations with canonical name, acronym and country.

Forms in one article are linked (definitions "Collective Security Treaty Organisation (CSTO)",
the shipped gazetteer, state bodies qualified by a country), and the base model's fragments and
mislabelled countries or titles are dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

import pycountry
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import attrs  # noqa: F401
from ..lexicon import AWARD_NAMES, BRIEF_WORDS, CAPITAL_STATES, COMPANY_WORDS, DESCRIBING_WORDS, HONORIFICS, LEGAL_FORMS, MEDIA_HEADS, MONTHS, ORG_HEAD_WORDS, POLICY_WORDS, SPEECH_VERBS, UK_NATIONS, WEEKDAYS, any_given_names, city_names, common_words, country_words, title_words, venue_names
from ..normalise.countries import country_code, is_subdivision
from ..normalise.names import name_tokens, official_country
from ..normalise.organisations import LEADING_DET, clean_org_text, state_bodies, country_display, lookup_org, org_gazetteer, org_key, rugby_clubs
from ..tables import dominant_code, home_country
from .base import TOUR_DATE_LINE, WIRE_AGENCIES, NewsieComponent, SectionIndex, appositive_names, described_names, firm_runs, org_described, rugby_report, token_indices, work_titles, wrapped_matches

FRAGMENT_END = {"of", "the", "and", "for", "to", "in", "'s", "’s", "-"}
# Briefs that name a government department ("the labor department", "the Commerce Department").
# Briefs whose ministry is named otherwise in full ("Foreign Ministry" is the Ministry of Foreign Affairs).
PORTFOLIO_POSTS = {"Secretary", "Minister", "Undersecretary", "Under-Secretary", "Secretaries", "Ministers"}

BRIEF_NAMES = {"Foreign": "Foreign Affairs", "Home": "Home Affairs"}
# Lowercase nouns that say what kind of body a name is, without being part of it.
DESCRIPTIVE_NOUNS = {"agency", "union", "newspaper", "paper", "daily", "magazine", "group", "firm", "company", "network", "channel", "website", "club", "team", "band", "airline", "carrier", "chain", "retailer", "giant", "broadcaster"}
# Acronyms the model tags ORG that name no organisation.
# Market indices are not organisations ("FTSE 100", "Nasdaq", "Dow Jones").
INDEX_WORDS = {"Composite", "HSI", "SHCOMP", "FTSE", "Nasdaq", "NASDAQ", "Dow", "Nikkei", "DAX", "CAC", "Bovespa", "MERVAL", "Merval", "Hang", "S&P", "Sensex", "Kospi", "Stoxx"}
# Buildings and venues the model tags ORG.
VENUE_ENDINGS = ("Cathedral", "Abbey", "Tower", "Towers", "Stadium", "Airport", "Bridge", "Palace", "Square", "Street", "Arena", "Convention Centre", "Trade Centre", "Trade Center", "Convention Center", "Air Show", "Expo", "Pavilion", "Amphitheatre", "Amphitheater", "Arts Center", "Arts Centre", "Music Park", "Coliseum", "Speedway", "Raceway", "Ballpark", "Air Force Base", "Naval Base", "Stage", "Theater", "Theatre", "Music Center", "Music Centre", "Music Factory", "Bowl", "Park", "Gardens", "Terminal", "Ground", "Racecourse", "Velodrome")
# Posts that can follow a body's name inside the model's ORG span ("State Department Spokesperson").
PERSON_POSTS = {"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "chief", "director", "secretary", "president", "minister", "head", "official", "officials", "executive", "boss", "leader", "analyst", "economist", "adviser", "advisor"}
SPORT_WORDS = frozenset({"match", "league", "cup", "coach", "striker", "midfielder", "goalkeeper", "goal", "goals", "season", "tournament", "squad", "fixture", "rugby", "football", "cricket", "tennis", "semi-final", "quarter-final", "play-off", "premiership", "touchdown", "quarterback", "innings", "wicket"})
# Words of a football report, matched in lower case ("Premiership" as "premiership"). "goal",
# "goals" and "penalty" are left out: politics and business reports use them too, and there a
# town's name is the town ("Swansea"), not its club.
# A results line: "Panthers 5, Flyers 2:", "Blue Jackets 5, Canadiens 2" at a line's start.
SCORE_LINE = re.compile(r"^(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+)?) \d{1,3}, (?P<b>[A-Z][a-z]+(?: [A-Z][a-z]+)?) \d{1,3}\b", re.M)
# Westminster's chambers, whose select committees BBC style writes in lower case.
CHAMBERS = frozenset({"Commons", "Lords"})
# Words of North American league reports, where "the Clippers", "the Sabres" are teams.
US_SPORT_WORDS = frozenset({"nba", "nhl", "nfl", "mlb", "basketball", "hockey", "baseball", "touchdown", "touchdowns", "quarterback", "inning", "innings", "playoffs", "playoff", "puck", "rebounds", "assists", "three-pointer", "3-pointer", "power-play", "homer", "pitcher"})
FOOTBALL_WORDS = frozenset({"striker", "strikers", "midfielder", "midfielders", "goalkeeper", "goalkeepers", "keeper", "defender", "defenders", "winger", "wingers", "full-back", "premiership", "relegation", "fa", "derby", "skipper", "hat-trick", "midfield", "uefa", "equaliser", "goalless"})
FOOTBALL_PREMIERSHIP = frozenset({"Premiership"})
# Words beside a town that make it its club.
CLUB_POSTS = frozenset({"boss", "manager", "striker", "defender", "midfielder", "goalkeeper", "keeper", "coach", "captain", "skipper", "winger", "forward", "fans", "supporters", "player", "players", "beat", "drew", "lost", "won"})
CLUB_VERBS = frozenset({"beat", "beating", "against", "v", "vs", "face", "faces", "facing", "joined", "join", "joins", "joining"})
# A club's name after its town ("Swansea City", "Plymouth Argyle", "Parma Calcio 1913").
CLUB_NAME = re.compile(r"\b(?:City|United|Town|Rovers|County|Athletic|Wanderers|Albion|Argyle|Alexandra|Hotspur|Forest|Villa|Orient|Vale|Wednesday|Rangers|Thistle|Calcio|FC|AFC|F\.C\.)\b")
HOUSE = frozenset({"House"})
# Words that place an article in American politics even where the US is named once or not at all.
US_POLITY_WORDS = frozenset({"Congress", "congressional", "Congressional", "Senate", "Capitol", "congressman", "Congressman", "congresswoman", "Congresswoman"})
# Words after "House" that make it the US chamber even at a sentence's start.
HOUSE_PARTIES = frozenset({"Republicans", "Democrats", "Republican", "Democratic", "Speaker", "Majority", "Minority", "GOP"})
# Events, awards and competitions the model tags ORG ("Academy Award", "Fan Expo Canada").
EVENT_WORDS = {"Award", "Awards", "Oscar", "Oscars", "Prize", "Prizes", "Fair", "Championship", "Championships", "Expo", "Festival", "Tournament", "Olympics", "Grammys", "Grammy", "Emmys", "Emmy", "Baftas", "Bafta", "Globes", "Marathon", "Derby", "Showcase", "Cup", "Trophy", "Medal", "Indoors", "Finals"}
# Last words of an event's name ("Los Angeles Auto Show", "Climate Action Summit", "Paris Fashion Week").
EVENT_ENDINGS = (" Summit", " Show", " Games", " Open", " Week", " Carnival", " Gala", " Rally", " Parade")
# Competitions a sponsor's or an organiser's name goes before ("RBS Six Nations", "FA Cup", "Zurich Premiership").
SPONSORED_EVENTS = frozenset({"Six Nations", "Premiership", "Cup", "Trophy", "Championship", "Championships", "Open", "Masters"})
# Competitions named like bodies ("Champions League", "UEFA Nations League").
COMPETITIONS = ("League One", "League Two", "Champions League", "Europa League", "Nations League", "Euro", "Six Nations", "Tri-Nations", "Grand Slam", "Super Bowl", "World Series")
# Product names the model tags ORG ("MacBook Air", "Apple iPod", "Sony Walkman").
# Last words of a product's or an offer's name ("Radeon Pro", "Switch Lite", "Founder's Edition", "NBA League
# Pass", "Amazon Music Unlimited"); first or inside they can name a body ("Pro Football Focus"), and "Card"
# ends firms' names too ("LG Card").
PRODUCT_TAILS = ("Pro", "Lite", "Edition", "Unlocked", "Unlimited", "Channels", "Pass", "Essentials", "Series", "Platform", "Router")
PRODUCT_WORDS = {"AirPods", "Airpods", "USB", "SIM", "eGift", "Alexa", "Echo", "Dot", "Buds", "Watch", "Arcade", "Core", "Pixel", "Surface", "Shuttle", "Mac", "Macs", "Macintosh", "MacBook", "iMac", "Windows", "Xbox", "PlayStation", "Walkman", "Kindle", "Android", "Minidisc", "Blu-ray", "OSX", "Office", "Outlook", "Galaxy",
                 "Linux", "WiMax", "Wimax", "WiMAX", "BitTorrent", "Freeview", "HomeKit", "Stadia", "Chromecast", "PowerMac", "MacBooks", "Bluetooth", "WiFi", "Wi-Fi",
                 "Firefox", "Thunderbird", "Photoshop", "Gmail", "Hotmail"}
# US states' postal codes: ", FL" after a city is a place, not an organisation.
US_STATE_CODES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split())
# Words of a state body that say what it is without naming it ("Security Council", "Foreign Ministry").
GENERIC_BODY_WORDS = {"Security", "Supreme", "National", "Federal", "State", "Foreign", "Defence", "Defense", "Interior", "Finance", "Justice", "Central", "Constitutional", "High", "General", "Executive", "Armed", "Air", "Naval", "Special", "Public", "Prosecutor's", "Prosecutor", "Economy", "Economic", "Trade", "Energy", "Health", "Education", "Agriculture", "Transport", "Emergency", "Emergencies", "Culture", "Information", "Intelligence", "Border", "Coast", "Presidential", "Electoral", "Election", "Statistics", "Statistical", "Investigative", "Investigation", "Audit"} | set(ORG_HEAD_WORDS)
# Party names by their members or adjective ("the Tories", "a Democrat senator"), with the
# country whose politics the party belongs to.
PARTY_FORMS = {
    "Tory": "GB", "Tories": "GB", "Conservatives": "GB", "Conservative": "GB", "Labour": "GB",
    "Lib Dem": "GB", "Lib Dems": "GB", "Liberal Democrat": "GB", "Liberal Democrats": "GB",
    "Democrats": "US", "Democrat": "US", "Democratic": "US", "Republicans": "US", "Republican": "US", "GOP": "US",
}
PARTY_NAMES = {"GB": {"Tory": "Conservative Party", "Tories": "Conservative Party", "Conservatives": "Conservative Party", "Conservative": "Conservative Party", "Labour": "Labour Party", "Lib Dem": "Liberal Democrats", "Lib Dems": "Liberal Democrats", "Liberal Democrat": "Liberal Democrats", "Liberal Democrats": "Liberal Democrats"},
               "US": {"Democrats": "Democratic Party", "Democrat": "Democratic Party", "Democratic": "Democratic Party", "Republicans": "Republican Party", "Republican": "Republican Party", "GOP": "Republican Party"}}
# "(D-Minn.)", "(R-W.Va.)": a US legislator's party and state.
PARTY_STATE = re.compile(r"(?:\(|,\s)(?P<tag>[DR]-(?:[A-Z][A-Za-z]*\.){1,2}|[DR]-[A-Z]{2}\b|[DR]-[A-Z][a-z]+\b(?!-))")
# "Gov. Kristi Noem (R)": a party letter alone in brackets after a person's name.
PARTY_LETTER = re.compile(r"(?<=\w) \((?P<tag>[DR])\)")
# Documents and laws the model tags ORG ("EU Constitution", "Patriot Act").
DOCUMENT_ENDINGS = ("Plan", "Initiative", "Notes", "Treaty", "Agreement", "Accord", "Accords", "Pact", "Act", "Constitution", "Charter", "Protocol", "Declaration", "Bill", "Directive", "License", "Licence", "Manifesto",
                    # a body's schemes and instruments, not bodies ("Photovoltaic Power Systems Program", "Hubble Space Telescope")
                    " Program", " Programme", " Programs", " Programmes", " Telescope")
# "U.S. Treasury yields": a security named after the body.
SECURITY_WORDS = {"yields", "yield", "bonds", "bond", "notes", "bills", "securities", "prices", "futures", "debt", "market", "markets", "auction", "auctions", "curve"}
CURRENCIES = {"Sterling", "Euro", "Yen", "Yuan", "Renminbi", "Rouble", "Ruble", "Rupee", "Peso", "Dollar", "Franc", "Lira", "Rand", "Won"}
# State bodies named by a country's adjective and a common noun ("the Ghanaian government").
STATE_NOUNS = ["government", "administration", "parliament", "army", "navy", "air force", "police", "military", "armed forces", "cabinet", "embassy", "ministry", "foreign ministry", "defence ministry", "treasury", "central bank", "senate", "congress", "judiciary"]
# A country's firms of one kind, capitalised in wire copy ("U.S. Banks", "U.K. Insurers"): no body.
INDUSTRY_PLURALS = {"Banks", "Insurers", "Firms", "Companies", "Brokers", "Lenders", "Exporters", "Importers", "Producers", "Makers", "Automakers", "Carmakers", "Refiners", "Retailers", "Manufacturers", "Investors", "Farmers", "Growers", "Traders", "Dealers", "Creditors", "Utilities", "Shippers", "Miners"}
# Words before a name that make it a news outlet, a source: "obtained by Variety", "in a statement to Rolling Stone".
SOURCE_PHRASES = frozenset({
    ("obtained", "by"), ("provided", "by"), ("published", "by"), ("reported", "by"), ("report", "by"), ("seen", "by"),
    ("statement", "to"), ("statements", "to"), ("spoke", "to"), ("speaking", "to"), ("talking", "to"), ("comment", "to"),
    ("interview", "with"), ("interviews", "with"), ("published", "in"),
})
# Words that end a firm's name, not a person's: a PERSON span ending in one is a business.
FIRM_ENDINGS = frozenset(LEGAL_FORMS | {"Productions", "Records", "Studios", "Entertainment", "Associates", "Partners", "Holdings", "Group", "Company", "Corporation", "Enterprises", "Industries", "Brothers"})
# A state's bodies named alone, capitalised ("the Cabinet"): the body of the article's own country.
HOME_BODIES = {"Cabinet", "Parliament", "Government"}
# Words only Westminster politics uses: the state of a bare "Parliament" is Britain.
WESTMINSTER_WORDS = frozenset({"Westminster", "Commons", "Tory", "Tories", "Whitehall", "Downing"})
# Gazetteer forms too common to match on their own (still recognised when the model tags them ORG).
AMBIGUOUS_FORMS = {"Labour", "Congress", "Senate", "Treasury", "Apple", "Shell", "Amazon", "Emirates", "Ford", "Citi", "Meta", "Guardian", "Democrats", "Republicans", "Tory", "Conservatives", "Fed", "Pentagon", "Kremlin", "Reuters"}
# Head words that make a place-tagged span a body ("Santa Clara County Superior Court").
BODY_ENDINGS = frozenset({"Court", "Council", "Department", "Police", "Commission", "Committee", "Ministry", "Agency", "Authority", "University", "College", "Bank", "Party", "Assembly", "Parliament", "Senate", "Board", "Office", "Corporation", "Company", "Association", "Institute", "Foundation", "Museum", "Hospital", "School"})
# Initialisms and words the model tags ORG that name no organisation.
# Head words that make an untagged capitalised run a body ("Santa Clara County Superior Court",
# "Intrepid Sea-Air-Space Museum"); words that also end places, works or events are left out.
RUN_HEADS = frozenset({"Court", "Council", "Committee", "Commission", "Department", "Ministry", "Agency", "Authority", "University", "College", "Institute", "Foundation", "Society", "Association", "Federation", "Museum", "Hospital", "Academy", "Board", "Bureau", "Directorate", "Corporation", "Secretariat", "Municipality", "Organisation", "Organization", "Institution", "Labs", "Laboratories", "Records"})
# Words that end the name of a unit inside a larger body ("Tufts University’s Feinstein International Center").
UNIT_HEADS = frozenset("Center Centre Institute School College Department Office Foundation Laboratory Laboratories Lab Museum Hospital Committee Council Division Unit Bureau Program Programme Project Service Agency Commission Board".split())
# Words that vouch for a name made of ordinary words being a body's ("Democratic Progressive party", "Mayo Clinic").
VOUCHING_WORDS = frozenset(ORG_HEAD_WORDS | RUN_HEADS | BODY_ENDINGS | {w.capitalize() for w in COMPANY_WORDS} | MEDIA_HEADS | {"Clinic", "Laboratory", "Laboratories", "Cinema", "Insider", "Band", "Orchestra", "Choir"})

# Inner words of such a run ("Doctor Who Society of Canada", "Toshiba Elevator and Building Systems").
RUN_LINKS = frozenset({"of", "for", "and", "&", "on", "the"})
RUN_SKIP_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART", "EVENT", "LAW"})

# Where an agency's name credits the copy or the photo rather than mentions it: a dateline
# ("WASHINGTON (AP) —", "HANOI, Vietnam (AP) —"), a caption's closing "(AP)", "Name / AP file".
WIRE_CREDITS = re.compile(
    rf"(?m)^[A-Z][A-Z .'’-]+(?:,\s+[A-Z][A-Za-z. ]+)?\s+\((?P<a>{WIRE_AGENCIES})\)\s*[—–-]"
    rf"|\((?P<b>{WIRE_AGENCIES})(?:\s+Photo[^)]*)?\)\s*$"
    rf"|\s/\s*(?P<c>{WIRE_AGENCIES})(?:\s+(?:file|Photo|photo|Images))?\s*$"
    # a caption's "Photograph: AFP via Getty", "Photo: Reuters"; a page's closing "© Reuters"
    rf"|(?:Photograph|Photo|Picture|Image|Credit)s?:\s*(?P<d>(?:{WIRE_AGENCIES})(?:\s+via\s+(?:Getty Images|Getty))?)\s*$"
    rf"|^[ \t]*©\s*(?P<e>{WIRE_AGENCIES})\b"
)

# Words after "Commonwealth" that make it the Commonwealth Games.
GAMES_WORDS = frozenset({"gold", "silver", "bronze", "medal", "medals", "medallist", "medallists", "champion", "champions", "title", "titles", "record", "games"})
# A share's ticker in brackets ("registered shares (ASCN)", "(NYSE: GE)"): a symbol, not a body.
TICKER = re.compile(r"(?:\b(?:shares|stock|symbol|ticker)\s+|:\s*)\(?(?P<t>[A-Z]{2,5})\)|\((?:NYSE|NASDAQ|Nasdaq|AMEX|TSX|ASX|LSE|OTC)\s*:\s*(?P<u>[A-Z.]{1,6})\)")
# A press release's capitals dateline ("BAAR, SWITZERLAND"): the town is no body.
CAPS_DATELINE = re.compile(r"(?m)^(?P<town>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*), (?P<where>[A-Z][A-Z. ]+?)[ \t]*$")
# An office named after its post ("the U.S. Attorney’s Office for the Western District of New York",
# "the Orange County Sheriff's Department"): the model cuts it at the possessive or the country.
POST_OFFICE = re.compile(
    r"(?:\b(?:U\.S\.|US|[A-Z][a-z]+(?: [A-Z][a-z]+)? County|Manhattan|Brooklyn|Bronx) )?"
    r"\b(?:District |State |County )?(?:Attorney|Sheriff|Coroner|Prosecutor|Medical Examiner|Public Defender|Inspector General|Fire Marshal)['’]s (?:Office|Department)"
    r"(?: (?:for|of) the (?:(?:Northern|Southern|Eastern|Western|Middle|Central) )?District of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
)

# A squad list's item: a player's surname and his club in brackets ("Gabbidon (Cardiff)").
SQUAD_ITEM = re.compile(r"(?<![\w])[A-Z][\w'’-]+ \((?P<club>[A-Z][A-Za-z.'’&]*(?: [A-Z][A-Za-z.'’&]*){0,2})\)")


EU_WORDS = frozenset({"EU", "E.U."})
# Words of a story about the European Union or Community, where "the Commission" is its executive.
EUROPE_WORDS = frozenset({"EU", "E.U.", "EC", "EEC", "MEP", "MEPs", "Brussels", "Strasbourg", "Eurozone", "eurozone"})
COMMISSION = frozenset({"Commission"})
YEAR = re.compile(r"(?:1[89]|20)\d\d")
NOT_ORGS = {"UTC", "GMT", "BST", "EST", "IPO", "LLC", "PLC", "Ltd", "Inc", "CEO", "CFO", "GDP", "AGM", "PhD", "Q&A", "TV", "SUV", "AI", "IT"} | set(
    # Technical, medical and financial initialisms the model tags ORG ("AWD", "USB", "ICU", "GPRS").
    """AWD RWD FWD 4WD EV EVs USB HDMI LED LCD OLED CPU GPU RAM SSD HDD PC PCs HD HDTV DVD DVDs CD CDs MP3
    GPS SMS MMS WAP GPRS 3G 4G 5G LTE Wi-Fi WiFi VoIP DSL ADSL ISP ISPs URL HTML PDF API APIs SQL XP iOS VR AR
    NFT NFTs ETF ETFs IPOs CPI VAT ISA PIN ATM ATMs CT MRI ICU ICT HIV AIDS DNA RNA PPE UV CO2 LNG LPG SUVs MPV
    COO CTO VP MP MPs MEP MEPs PM QC FAQ DIY R&D M&A B2B P2P CTR CPM CPC CPA RTB ROI KPI KPIs SEO SaaS DSP
    SSP CRM ERP MW GW kW KW TW MWh GWh kWh TWh bpd BPD mph VHS LAN WAN RFID TB GP GPs MRSA SARS BSE CJD ADHD
    IVF GMO CCTV ID IDs PVR PVRs PDA PDAs OS RPG RPGs MMO FPS GSM CDMA SIM""".split()
    # Rates, currency units and aggregates of wire copy ("over LIBOR", "in ECUs", "the PSBR").
    + "LIBOR Libor LIBID SDR SDRs ECU ECUs Ecu Ecus PSBR GNP FOB CIF LIFO".split()
    + ["European Currency Unit", "European Currency Units", "Special Drawing Rights", "Special Drawing Right"]
    # Religions and creeds the model tags ORG (the "-ism" rule catches the rest).
    + "Islam Christianity Judaism Hinduism Sikhism Catholicism Protestantism Homeopathy".split()
)


# "hypersensitivity pneumonitis, or HP", "human papillomavirus (HPV)": an initialism spelled out in lower case.
# The initialism is found first and the words read back from it: one pass, not a match tried at every word.
INITIALISM_AFTER_WORDS = re.compile(r"[a-z](?:,? or | \()(?P<acr>[A-Z]{2,6})\b")
LOWER_WORDS_BEFORE = re.compile(r"(?:^|(?<=[^a-z-]))(?P<words>[a-z][a-z-]+(?: [a-z][a-z-]+){0,5})$")


def lowercase_initialisms(text: str) -> set[str]:
    """Initialisms the text spells out in lower-case words: terms, not bodies ("hypersensitivity pneumonitis, or HP")."""
    out = set()
    for m in INITIALISM_AFTER_WORDS.finditer(text):
        before = LOWER_WORDS_BEFORE.search(text[max(0, m.start() - 80) : m.start() + 1])
        if before is None:
            continue
        acr, words = m.group("acr"), before.group("words").split()
        if lookup_org(acr):
            # A body's letters ("HP", "UN") give way only to words whose initials spell them exactly
            # ("hypersensitivity pneumonitis"), not to any run that holds the letters ("under the existing (UN)").
            if "".join(w[0] for w in words[-len(acr) :]) == acr.lower():
                out.add(acr)
        elif _abbreviates(acr, " ".join(words[-2 * len(acr) :])):
            out.add(acr)  # "human papillomavirus (HPV)"
    return out


def _abbreviates(acronym: str, phrase: str) -> bool:
    """Whether the phrase's letters spell the acronym in order, its first letter opening a word (Schwartz and Hearst, 2003)."""
    short, long = acronym.lower(), phrase.lower()
    si, li = len(short) - 1, len(long) - 1
    while si >= 0:
        while li >= 0 and (long[li] != short[si] or (si == 0 and li > 0 and long[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return False
        si, li = si - 1, li - 1
    return True


class OrganisationFinder(NewsieComponent):
    """Collect organisation mentions and group them into canonical organisations."""

    name = "newsie_organisations"

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for rec in org_gazetteer():
            forms = [rec["name"], *(rec.get("variants") or [])]
            if rec.get("acronym"):
                forms.append(rec["acronym"])
            ambiguous = AMBIGUOUS_FORMS | set(rec.get("ambiguous") or [])
            self.matcher.add("ORG", [nlp.make_doc(f) for f in forms if not f.startswith("the ") and f not in ambiguous])
        self.tokenizer = nlp.tokenizer
        self.countries = country_words()
        self.venues = venue_names()
        self.cities = city_names()
        self.title_words = title_words()
        self.common_words = common_words()
        self.given_names = any_given_names()
        # Clubs' place-name short forms ("West Ham", "Birmingham"): the first words of the club's name
        self.club_town_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.club_town_matcher.add("CLUB_TOWN", [
            nlp.make_doc(f) for rec in org_gazetteer() for f in rec.get("ambiguous") or []
            if rec["name"].startswith(f + " ") and f[:1].isupper() and any(re.search(r"\bA?F\.?C\.?$", v) for v in [rec["name"], *(rec.get("variants") or [])])
        ])  # football clubs only: those with an "FC" form
        # Teams by the nickname that ends their gazetteer name ("Panthers": Carolina and Florida Panthers)
        self.teams_by_nickname: dict[str, list[dict]] = {}
        for rec in org_gazetteer():
            words = rec["name"].split()
            if len(words) >= 2 and words[0] != "The" and not rec.get("acronym"):
                for n in (1, 2):
                    if len(words) > n and all(w[:1].isupper() and w.isalpha() for w in words[-n:]):
                        self.teams_by_nickname.setdefault(" ".join(words[-n:]), []).append(rec)
        # Teams' one-word nicknames the gazetteer lists as ambiguous forms ("Clippers" of "Los Angeles Clippers")
        self.team_nicknames = frozenset(n for n, recs in self.teams_by_nickname.items() if " " not in n and any(n in (r.get("ambiguous") or []) for r in recs))
        # "the labor department", "the Commerce Department": a ministry named by its brief.
        self.ministry_matcher = Matcher(nlp.vocab)
        self.ministry_matcher.add("MINISTRY", [[{"LOWER": {"IN": sorted(POLICY_WORDS)}}, {"LOWER": {"IN": ["department", "ministry"]}}]])
        self.rugby_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.rugby_matcher.add("RUGBY_CLUB", [nlp.make_doc(f) for f in rugby_clubs()])
        self.party_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.party_matcher.add("PARTY", [nlp.make_doc(f) for f in PARTY_FORMS])
        self.state_matcher = Matcher(nlp.vocab)
        country_terms = sorted(self.countries)
        for noun in STATE_NOUNS:
            words = [{"LOWER": w} for w in noun.split()]
            self.state_matcher.add("STATE", [[{"ORTH": {"IN": country_terms}}] + words])
        # "the Bonn government", "the Tokyo administration": a capital standing for its state
        capitals = sorted(c for c in CAPITAL_STATES if " " not in c)
        for noun in ("government", "administration", "cabinet"):
            self.state_matcher.add("STATE", [[{"ORTH": {"IN": capitals}}, {"LOWER": noun}]])

    def process(self, doc: Doc) -> Doc:
        """Set `doc._.newsie_orgs`."""
        self._text = doc.text  # Doc.text joins every token on each access: read it once
        sections = SectionIndex(doc)
        person_tokens = set()
        for p in doc._.newsie_people or []:
            for s, e in p["mentions"]:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    person_tokens.update(range(span.start, span.end))
        self._person_words = {w for p in doc._.newsie_people or [] for f in [p["name"], *p["aliases"]] for w in re.split(r"[\s-]+", f or "") if w[:1].isupper()}
        ents = self._ents = doc.ents  # Doc.ents rebuilds its spans on every access: read it once
        # names the model tags ORG on their own: "Vox Media’s Code Media" is Vox Media's product
        self._org_names = {clean_org_text(e.text) for e in ents if e.label_ == "ORG" and not any(t.lower_ in {"'s", "’s"} for t in e)}
        self._title_tokens = {i for t in doc._.newsie_titles or [] for i in range(t["start_tok"], t["end_tok"])}
        self._works = work_titles(doc)
        self._home = home_country(doc._.newsie_countries or [])
        # The European Union's era (from 1993): a dated article after it, or an undated one naming the EU.
        published = str((doc._.newsie_meta or {}).get("published") or "")
        self._eu_era = published[:4] >= "1993" if published[:4].isdigit() else bool(token_indices(doc, EU_WORDS, attr="ORTH")) or "European Union" in self._text
        # Whose "Parliament" and "Cabinet": Westminster's words make it Britain's even in an article
        # that names Iraq more often than Britain ("Mr Cook told Parliament … the Iraq war").
        self._state_home = "GB" if token_indices(doc, WESTMINSTER_WORDS, attr="ORTH") else self._home
        if not self._state_home:
            # No country named often enough, but the bodies the model tags are one state's ("LDP",
            # "Economic Planning Agency"): a bare "Parliament" is that state's.
            codes: dict[str, int] = {}
            for rec in (lookup_org(clean_org_text(e.text)) for e in ents if e.label_ == "ORG"):
                if rec and rec.get("country"):
                    codes[rec["country"]] = codes.get(rec["country"], 0) + 1
            self._state_home = dominant_code(codes, 0.6)
        # "the Parliament" after "the European Parliament" is that parliament, not a state's.
        self._named_parliaments = any(
            e.label_ == "ORG" and any(t.text == "Parliament" for t in e) and any(t.text[:1].isupper() and t.text not in {"The", "House", "Houses", "Parliament"} for t in e)
            for e in ents
        )
        # "The Commission has sharply revised down …" in a story about the EU or the EC: the European
        # Commission, unless the story names another commission the word could be short for.
        self._eu_commission = bool(token_indices(doc, EUROPE_WORDS, attr="ORTH")) or any(w in self._text for w in ("European Union", "European Community", "European Parliament"))
        for e in ents if self._eu_commission else ():
            if e.label_ == "ORG" and len(e) >= 2 and e[-1].text == "Commission":
                rec = lookup_org(e.text)
                if (rec["name"] if rec else e[0].text) not in {"European Commission", "the", "The"}:
                    self._eu_commission = False  # "the Federal Trade Commission" … "the Commission"
        # In sports reports a city's name is usually its club ("Bristol", "Sale"): keep those.
        n_sport = len(token_indices(doc, SPORT_WORDS))
        self._sport = n_sport >= 3
        self._sport_words = n_sport + len(token_indices(doc, FOOTBALL_WORDS))
        self._rugby = rugby_report(doc)
        candidates: list[Span] = []
        candidates.extend(self._parties(doc, person_tokens))
        for _, s, e in self.matcher(doc):
            candidates.append(Span(doc, s, e, label="ORG"))
        candidates.extend(wrapped_matches(doc, self.matcher, self.tokenizer, label="ORG"))  # "Organisation for Economic\nCooperation"
        for _, s, e in self.state_matcher(doc):
            nxt = next((t for t in doc[e : e + 3] if not t.is_space), None)
            if nxt is not None and nxt.lower_ == "of":
                continue  # "the U.K. Ministry of Agriculture": the body's own name goes on
            if doc[e - 1].lower_ == "police" and country_code(doc[s].text) in POLICE_FORCES_ONLY:
                continue  # "British police", "US police": many forces, no one body
            if not names_post(doc, doc[s:e]) and not modifies_noun(doc, e):
                candidates.append(Span(doc, s, e, label="STATE"))
        candidates.extend(self._administrations(doc))
        for _, s, e in self.ministry_matcher(doc):
            if doc[s].is_lower or doc[s].is_title:
                candidates.append(Span(doc, s, e, label="MINISTRY"))
        # Names the model calls people but that are organisations ("the Herald newspaper").
        for ent in ents:
            if ent.label_ == "PERSON" and not any(i in person_tokens for i in range(ent.start, ent.end)):
                text = clean_org_text(ent.text)
                firm = len(ent) >= 3 and ent[-1].text in FIRM_ENDINGS  # "Dick Clark Productions": a firm named after its founder
                if lookup_org(text) or firm or (len(ent) == 1 and ent.text in ORG_HEAD_WORDS) or (org_described(doc, ent.start) and not self._people_named(ent)):
                    candidates.append(Span(doc, ent.start, ent.end, label="ORG"))
        candidates.extend(self._media_names(doc, person_tokens))
        squad = self._bracketed_clubs(doc)
        self._squad_list = bool(squad)
        candidates.extend(squad)
        if self._rugby:
            candidates.extend(self._rugby_clubs(doc, person_tokens))
        other_labels: dict[str, int] = {}
        for ent in ents:
            if ent.label_ in {"WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW"}:
                other_labels[ent.text] = other_labels.get(ent.text, 0) + 1
            elif ent.label_ == "ORG":
                other_labels[ent.text] = other_labels.get(ent.text, 0) - 1
            # "Kazakhstan's Air Astana": an airline the model calls a facility or a person
            if ent.label_ in {"FAC", "PERSON", "PRODUCT", "GPE"} and len(ent) == 2 and ent[0].text == "Air" and ent[1].text[:1].isupper():
                candidates.append(Span(doc, ent.start, ent.end, label="ORG"))
        self._other_labels = other_labels
        # In an American article a bare "House" is the House of Representatives ("House Republicans",
        # "a House subcommittee", "the House voted"); not "White House", "House of Lords", "House prices".
        self._us = self._home == "US" or bool(token_indices(doc, US_POLITY_WORDS, attr="ORTH")) or "White House" in self._text
        if self._us:
            candidates.extend(Span(doc, i, i + 1, label="ORG") for i in token_indices(doc, HOUSE, attr="ORTH") if self._us_house(doc, i))
        # "finishing fourth in the Premiership": outside rugby (whose Premiership is another competition)
        # it is football's Premier League; "his Premiership" is a prime minister's term, "Scottish
        # Premiership" the gazetteer's longer name.
        if not self._rugby:
            candidates.extend(Span(doc, i, i + 1, label="ORG") for i in token_indices(doc, FOOTBALL_PREMIERSHIP, attr="ORTH") if i > 0 and doc[i - 1].lower_ in {"the", "barclays", "english"})
        # In a football report a club's town is the club ("Newcastle boss Graeme Souness", "the games
        # at Newcastle and Middlesbrough"): a town the gazetteer knows as a club's short name.
        if len(token_indices(doc, FOOTBALL_WORDS)) >= 2:
            for ent in ents:
                rec = lookup_org(ent.text) if ent.label_ == "GPE" and not (ent.start > 0 and doc[ent.start - 1].lower_ == "in") else None  # "a friendly in Cardiff": the city
                if rec and ent.text in (rec.get("ambiguous") or []) and not any(i in person_tokens for i in range(ent.start, ent.end)):
                    candidates.append(Span(doc, ent.start, ent.end, label="ORG"))
            # and where the model tagged nothing ("Chelsea against West Ham"), a club's place-name form
            for _, s, e in self.club_town_matcher(doc):
                if all(not doc[i].ent_type_ and i not in person_tokens for i in range(s, e)) and not (s > 0 and doc[s - 1].lower_ == "in"):
                    candidates.append(Span(doc, s, e, label="ORG"))
        # In a North American league report "the Clippers" is the team the gazetteer names after its
        # city ("Los Angeles Clippers"), even where the model tags no entity; rugby has its own Lions and Sharks.
        if not self._rugby and len(token_indices(doc, US_SPORT_WORDS)) >= 2:
            for i in token_indices(doc, self.team_nicknames, attr="ORTH"):
                if i > 0 and doc[i - 1].lower_ == "the" and i not in person_tokens:
                    candidates.append(Span(doc, i, i + 1, label="ORG"))
        if self._eu_commission:
            candidates.extend(
                Span(doc, i, i + 1, label="ORG") for i in token_indices(doc, COMMISSION, attr="ORTH")
                if i > 0 and doc[i - 1].lower_ == "the" and not (i + 1 < len(doc) and (doc[i + 1].lower_ in {"of", "for", "on"} or doc[i + 1].text[:1].isupper()))
            )
        # "the Commons foreign affairs committee": a select committee BBC style writes in lower case
        for i in token_indices(doc, CHAMBERS, attr="ORTH"):
            j = i + 1
            while j < len(doc) and j - i <= 5 and doc[j].is_lower and doc[j].is_alpha:
                if doc[j].lower_ in {"committee", "committees"}:
                    if j > i + 1 and doc[j].lower_ == "committee":
                        candidates.append(Span(doc, i, j + 1, label="COMMITTEE"))
                    break
                j += 1
        for m in POST_OFFICE.finditer(self._text) if "s Office" in self._text or "s Department" in self._text else ():
            span = doc.char_span(m.start(), m.end(), label="ORG", alignment_mode="contract")
            if span is not None and not any(i in person_tokens for i in range(span.start, span.end)):
                candidates.append(span)
        self._teams: dict[int, str] = {}
        for span, name in self._score_line_teams(doc):
            self._teams[span.start] = name
            candidates.append(span)
        self._places: list[tuple[int, int]] = []
        for ent in [part for e in [*self._joined(doc, ents), *self._headed_runs(doc, person_tokens), *firm_runs(doc)] for part in self._coordinated(doc, e)]:
            if ent.label_ == "ORG":
                span = self._clean(doc, ent, person_tokens)
                if span is not None:
                    candidates.append(span)
        for ent in [*described_names(doc), *appositive_names(doc)]:
            span = self._clean(doc, ent, person_tokens, described=True)
            if span is not None:
                candidates.append(span)
        # Organisations named in titles' complements ("Secretary of the Security Council of Armenia").
        self._desks: list[tuple[int, int]] = []
        for t in doc._.newsie_titles or []:
            if t.get("org_text"):
                candidates.extend(self._org_in_title(doc, t, person_tokens))
        candidates = [c for c in candidates if not any(s <= c.start and c.end <= e and c.end - c.start < e - s for s, e in self._places)]
        candidates = [c for c in candidates if not any(s <= c.start and c.end <= e for s, e in self._desks)]
        candidates = [c for c in candidates if not self._sponsor(doc, c) and not names_post(doc, c)]  # "US Treasury Secretary John Snow"
        # "expect Bloomberg's shadow" after "Michael Bloomberg": a surname alone, in an article that names
        # its person in full, is that person, even where a firm bears the name.
        surnames = {p["name"].split()[-1] for p in doc._.newsie_people or [] if len((p["name"] or "").split()) >= 2}
        candidates = [c for c in candidates if clean_org_text(c.text) not in surnames and not self._town_not_club(c)]
        common_terms = lowercase_initialisms(self._text)
        candidates = [c for c in candidates if c.text not in common_terms and not self._shouted_word(c) and not self._likeness(doc, c) and not self._act_of(doc, c) and not self._games_medal(doc, c)]
        candidates = [c for c in candidates if c.text.removesuffix("s") not in AWARD_NAMES]  # "a Golden Globe award": "Globe" heads newspapers too
        # Wire credits (a dateline's city is no body either) and tour-date lines name no body of the story.
        credits = [m.span(0) if m.group("a") else m.span(g) for m in WIRE_CREDITS.finditer(self._text) for g in "abcde" if m.group(g)]
        credits += [m.span(0) for m in TOUR_DATE_LINE.finditer(self._text)]
        credits += [m.span("t" if m.group("t") else "u") for m in TICKER.finditer(self._text)]
        credits += [m.span("town") for m in CAPS_DATELINE.finditer(self._text) if country_code(m.group("where").title()) or is_subdivision(m.group("where").title())]  # not a headline "IBM, APPLE SIGN DEAL"
        candidates = [c for c in candidates if not any(s <= c.start_char and c.start_char + len(c.text.rstrip()) <= e for s, e in credits)]
        spans = [s for s in filter_spans(candidates) if sections.kept(s.start_char) and not self._is_security(doc, s)]
        doc._.newsie_orgs = [o for o in self._group(doc, spans) if not self._ordinary_name(doc, o) and not self._capitalised_word(doc, o)]
        return doc

    @staticmethod
    def _games_medal(doc: Doc, span: Span) -> bool:
        """"A Commonwealth silver medal", "the Commonwealth champion": the Games, not the Commonwealth of Nations."""
        return span.text == "Commonwealth" and span.end < len(doc) and doc[span.end].lower_ in GAMES_WORDS

    @staticmethod
    def _act_of(doc: Doc, span: Span) -> bool:
        """"The new Act of Parliament", "Acts of Congress": a kind of law, no mention of the chamber."""
        return span.text in {"Parliament", "Congress"} and span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].text in {"Act", "Acts"}

    @staticmethod
    def _likeness(doc: Doc, span: Span) -> bool:
        """A name made an adjective of likeness ("a Twitter-like site", "a Google-style search"): no mention of the body."""
        e = span.end
        return e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_ and doc[e + 1].lower_ in {"like", "style", "esque", "type"}

    def _shouted_word(self, span: Span) -> bool:
        """An acronym that is also a word, in a line written all in capitals ("WHO IS THE FRONT-RUNNER?"): the word, not the body."""
        if len(span) != 1 or not span.text.isupper() or span.text.lower() not in self.common_words:
            return False
        start = self._text.rfind("\n", 0, span.start_char) + 1
        end = self._text.find("\n", span.end_char)
        line = self._text[start : end if end >= 0 else len(self._text)]
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*", line)
        return len(words) >= 3 and all(w.isupper() for w in words)

    def _town_not_club(self, span: Span) -> bool:
        """'a Swansea theatre', 'mayors at Doncaster': outside a sports report a town is no club, whatever the model's label."""
        text = clean_org_text(span.text)
        if self._sport_words >= 2 or self._squad_list or text not in self.cities:
            return False
        doc = span.doc
        nxt = doc[span.end].lower_ if span.end < len(doc) else ""
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        if nxt in CLUB_POSTS or prev in CLUB_VERBS:
            return False  # "Chelsea boss Jose Mourinho", "after Chelsea beat Portsmouth", "against Leeds"
        rec = lookup_org(text)
        return rec is not None and text in (rec.get("ambiguous") or []) and bool(CLUB_NAME.search(rec["name"]))

    def _known(self, span: Span, outer: Span) -> bool:
        """Whether a span names a body on its own: the gazetteer's, one the model tags alone outside `outer`, or one with a body's head word."""
        text = span.text
        if lookup_org(text) or (len(span) >= 2 and (span[-1].text in ORG_HEAD_WORDS or span[-1].text in LEGAL_FORMS)):
            return True
        # not a piece of the very span the model cut in two ("World Travel" + "Tourism Council")
        return any(e.label_ == "ORG" and e.text == text and not (outer.start <= e.start and e.end <= outer.end) for e in self._ents)

    def _coordinated(self, doc: Doc, ent: Span) -> list[Span]:
        """The model's one ORG span over two names joined by "and" or a comma list, as its parts.

        "Arsenal and Real Madrid", "Interim Committee and Development Committee" are two bodies;
        "Carragher and Brown" and "Blur, Oasis" are players and bands in a list, no body. Firms named
        after partners ("Marks & Spencer", "Kidder, Peabody and Co") and bodies whose name holds "and"
        ("Department for Education and Skills") stay whole.
        """
        if ent.label_ != "ORG" or len(ent) < 3 or lookup_org(ent.text) or ent[-1].text in LEGAL_FORMS:
            return [ent]
        parts = self._possessive_parts(doc, ent)
        if parts is not None:
            return parts
        joints = [t.i for t in ent[1:-1] if t.lower_ in {"and", "&"}]
        commas = [t.i for t in ent[1:-1] if t.text == ","]
        if len(joints) == 1 and not commas:
            j = joints[0]
            left, right = doc[ent.start : j], doc[j + 1 : ent.end]
            if any(t.lower_ in {"of", "for", "on"} for t in left) and left[0].text != right[0].text:
                return [ent]  # "Department of Work and Pensions", "Centre for Transport and Society"
            if self._known(left, ent) and self._known(right, ent) or (len(left) >= 2 and left[0].text == right[0].text):
                return [Span(doc, left.start, left.end, label="ORG"), Span(doc, right.start, right.end, label="ORG")]
            if len(left) == 1 and len(right) == 1 and left.text in self._person_words and right.text in self._person_words:
                return []  # "Carragher and Brown": two players
            return [ent]
        if commas and not any(t.lower_ in {"of", "for", "on"} for t in doc[ent.start : commas[0]]):
            items = re.split(r",\s*|\s+(?:and|&)\s+", ent.text)
            if all(len(i.split()) <= 2 for i in items):
                return []  # "Blur, Oasis", "Dyer, Faye, Bowyer": a list the model ran together
        return [ent]

    @staticmethod
    def _possessive_parts(doc: Doc, ent: Span) -> Optional[list[Span]]:
        """"Tufts University’s Feinstein International Center" as its two bodies; None when no body's possessive splits the span.

        A body's possessive ends its name ("Vox Media’s Code Media" is Vox Media and its conference);
        what follows is a body of its own when a unit's word heads it ("… Stern School of Business"). A person's or a word's
        possessive inside a name ("Barnard's Retail Consulting Group", "Women's Tennis Association")
        does not split it.
        """
        poss = [t.i for t in ent[1:-1] if t.lower_ in {"'s", "’s"}]
        if len(poss) != 1 or not (doc[poss[0] - 1].text in ORG_HEAD_WORDS or doc[poss[0] - 1].text in COMPANY_WORDS):
            return None
        p = poss[0]
        parts = [Span(doc, ent.start, p, label="ORG")]
        if ent.end - p > 2 and doc[p + 1].is_title and any(t.text in UNIT_HEADS for t in doc[p + 1 : ent.end]):
            parts.append(Span(doc, p + 1, ent.end, label="ORG"))
        return parts

    def _score_line_teams(self, doc: Doc) -> list[tuple[Span, str]]:
        """Teams named by nickname in a results line ("Panthers 5, Flyers 2: …").

        A nickname two teams share ("Panthers", "Jets") is the one whose city its own results line
        names ("Panthers 5, Flyers 2: … to lift Florida"), else the article; with no such clue, or
        both cities named, it is left alone.
        """
        found = []
        for m in SCORE_LINE.finditer(self._text):
            line_end = self._text.find("\n", m.end())
            line = self._text[m.end() : line_end if line_end >= 0 else len(self._text)]
            for g in ("a", "b"):
                teams = self.teams_by_nickname.get(m.group(g), [])
                for where in (line, self._text):
                    if len(teams) > 1:
                        named = [t for t in teams if re.search(rf"\b{re.escape(t['name'][: -len(m.group(g))].strip())}\b", where)]
                        teams = named if named or where is self._text else teams
                if len(teams) == 1:
                    span = doc.char_span(m.start(g), m.end(g))
                    if span is not None:
                        found.append((Span(doc, span.start, span.end, label="TEAM"), teams[0]["name"]))
        return found

    def _capitalised_word(self, doc: Doc, org: dict) -> bool:
        """An ordinary word capitalised only because it opens a sentence ("Bankers said", "Wireless and a
        DVD burner can be added"), which the article also writes in lower case: no body."""
        name = org["name"]
        if " " in name or org["acronym"] or not name.istitle() or name.lower() not in self.common_words or lookup_org(name):
            return False
        for s, _ in org["mentions"]:
            span = doc.char_span(s, s + len(name), alignment_mode="expand")
            if span is None or not (span[0].is_sent_start or (span.start > 0 and doc[span.start - 1].is_quote)):
                return False
        # mid-sentence in lower case, not in a lower-cased headline ("quantum corp said it will take")
        return re.search(rf"(?<=[a-z,] ){re.escape(name.lower())}\b(?! (?:corp|inc|co|ltd|plc)\b)", self._text) is not None

    @staticmethod
    def _us_house(doc: Doc, i: int) -> bool:
        """Whether the "House" at token i is the chamber, not part of a longer name or an ordinary house."""
        prev = doc[i - 1] if i > 0 else None
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.text in HOUSE_PARTIES:
            return True  # "House Republicans", "House Speaker Jim Wright"
        if prev is None or doc[i].is_sent_start or (prev.text[:1].isupper() and prev.text != "The") or not prev.is_alpha:
            return False  # "White House", "Opera House", "House prices rose"
        return nxt is None or not (nxt.lower_ == "of" or nxt.text[:1].isupper())  # "House of Lords", "House Ways and Means Committee"

    def _ordinary_name(self, doc: Doc, org: dict) -> bool:
        """A 'body' named once in ordinary words that nothing vouches for: more often a work, a product,
        a programme or a slogan than a body ("Eternal Sunshine", "Blue Moon", "Make Poverty History").

        The gazetteer, an acronym, a body's head word ("Council", "Ltd"), a business noun before it
        ("group Vote No") or a post it belongs to ("chairman of the Telecommunications and Finance
        subcommittee") each vouch for it.
        """
        if len(org["mentions"]) != 1 or org["acronym"] or lookup_org(org["name"]) or self._sport:
            return False  # in a sports report a team's nickname is made of ordinary words ("All Blacks", "the Blues")
        words = re.findall(r"[A-Za-z]+", org["name"])
        if not words or any(w.lower() not in self.common_words or (w.isupper() and len(w) > 1) or w.capitalize() in VOUCHING_WORDS for w in words):
            return False
        span = doc.char_span(*org["mentions"][0], alignment_mode="expand")
        if span is None or org_described(doc, span.start) or any(i in self._title_tokens for i in range(span.start, span.end)):
            return False
        return not self._acts(doc, span)

    @staticmethod
    def _acts(doc: Doc, span: Span) -> bool:
        """Whether the name speaks, is spoken to or is a source ("Variety reported", "told Rolling Stone", "according to Slate",
        "obtained by Variety", "a statement to Rolling Stone"): an agent, not a work."""
        root = span.root
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lower_ in SPEECH_VERBS:
            return True
        if root.dep_ in {"dobj", "dative"} and root.head.lower_ in {"tell", "tells", "told"}:
            return True
        if root.dep_ != "pobj" or span.start < 2:
            return False
        before = (doc[span.start - 2].lower_, doc[span.start - 1].lower_)
        return before == ("according", "to") or before in SOURCE_PHRASES

    def _joined(self, doc: Doc, ents: tuple) -> list[Span]:
        """The model's ORG spans, with the names it cut in two joined again.

        "The Health Commission of" + "Inner Mongolia": an ORG span ending in "of"/"for" runs on into
        the capitalised name that follows it (not one ending in "and": that is more often two bodies,
        "Power Page and" + "Apple Insider"). A place span ending in a body's head word ("Santa Clara
        County Superior Court") is a body.
        """
        out: list[Span] = []
        taken = -1
        for k, ent in enumerate(ents):
            if ent.start < taken:
                continue
            if ent.label_ == "ORG" and len(ent) >= 3 and ent[-1].lower_ in {"of", "for"}:
                end = ent.end
                nxt = ents[k + 1] if k + 1 < len(ents) else None
                if nxt is not None and nxt.start == end and nxt.label_ in {"ORG", "GPE", "LOC"}:
                    end = nxt.end
                else:
                    while end < len(doc) and end - ent.end < 5 and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_ and not doc[end].is_sent_start:
                        end += 1
                if end > ent.end:
                    out.append(Span(doc, ent.start, end, label="ORG"))
                    taken = end
                    continue
            if ent.label_ == "ORG" and ent[-1].text in ORG_HEAD_WORDS:
                # "the U.K. Ministry" + "of" + "Agriculture": the "of" fell between two spans
                j = ent.end
                while j < len(doc) and doc[j].is_space:
                    j += 1  # a hard-wrapped line
                nxt = ents[k + 1] if k + 1 < len(ents) else None
                if j < len(doc) and doc[j].lower_ == "of" and nxt is not None and nxt.label_ == "ORG" and nxt.start == j + 1 and not lookup_org(nxt.text):
                    out.append(Span(doc, ent.start, nxt.end, label="ORG"))
                    taken = nxt.end
                    continue
            if ent.label_ in {"GPE", "LOC", "FAC"} and len(ent) >= 2 and ent[-1].text in BODY_ENDINGS and not country_code(ent.text):
                out.append(Span(doc, ent.start, ent.end, label="ORG"))
            elif ent.label_ == "ORG" and any(t.text == "," for t in ent) and not any(t.is_space for t in ent) and not lookup_org(ent.text) and ent[-1].text not in LEGAL_FORMS and ent[-1].text.rstrip(".") not in LEGAL_FORMS:
                out.extend(self._listed(doc, ent))  # "Astrobotic, Deep Space Systems, Draper": a list run into one span
            elif ent.label_ == "ORG":
                out.append(self._circuit(doc, self._left_whole(doc, ent)))
            else:
                out.append(ent)
        return out

    def _left_whole(self, doc: Doc, ent: Span) -> Span:
        """The model's ORG span with the proper nouns it left off its front ("Internet | Fraud Complaint Center")."""
        start = ent.start
        while start > 0 and ent.start - start < 2:
            prev = doc[start - 1]
            if start == ent.start and len(ent) >= 2 and founders_initials(prev.text) and not prev.ent_type_ and prev.whitespace_ and (start == 1 or not doc[start - 2].text[:1].isupper()):
                start -= 1  # "RJ | Reynolds Tobacco": a founder's initials the model left off
                break
            if not (prev.is_alpha and prev.is_title and prev.pos_ == "PROPN" and not prev.ent_type_ and prev.whitespace_):
                break
            if prev.lower_ in self.title_words or prev.text in self.countries or (prev.is_sent_start and prev.lower_ in self.common_words):
                break
            if prev.text in self.given_names or prev.lower_ in WEEKDAYS or prev.lower_ in MONTHS:
                break  # "Anders | Nilsson", "Black Friday | Apple": a person's or a day's name, not the body's
            start -= 1
        return ent if start == ent.start else Span(doc, start, ent.end, label="ORG")

    @staticmethod
    def _circuit(doc: Doc, ent: Span) -> Span:
        """A court with the circuit or district it sits for ("US Court of Appeals | for the District of Columbia Circuit")."""
        if not any(t.text == "Court" for t in ent) or ent.end + 3 >= len(doc) or doc[ent.end].lower_ != "for" or doc[ent.end + 1].lower_ != "the":
            return ent
        k = ent.end + 2
        while k < len(doc) and k - ent.end < 9 and (doc[k].text[:1].isupper() or doc[k].lower_ == "of"):
            if doc[k].text in {"Circuit", "District"}:
                end = k + 1
                if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper():
                    end += 1  # "… for the Southern District of New York"
                    while end < len(doc) and end - k < 5 and doc[end].text[:1].isupper() and doc[end].is_alpha:
                        end += 1
                return Span(doc, ent.start, end, label="ORG")
            k += 1
        return ent

    @staticmethod
    def _listed(doc: Doc, ent: Span) -> list[Span]:
        """The names of a list the model tagged as one ORG span, split at its commas."""
        parts, start = [], ent.start
        for i in range(ent.start, ent.end + 1):
            if i == ent.end or doc[i].text == ",":
                if i > start and any(t.text[:1].isupper() for t in doc[start:i]):
                    parts.append(Span(doc, start, i, label="ORG"))
                start = i + 1
        # "Council on Energy, Environment and Water" is one name with a list inside; "Lloyd, Vesty"
        # (a team sheet) are no bodies either way
        if any(t.lower_ in {"on", "of", "for"} for t in ent) or all(len(p) == 1 for p in parts):
            return [ent]
        return parts

    def _bracketed_clubs(self, doc: Doc) -> list[Span]:
        """Clubs in a squad list's brackets ("Coyne (Burnley), Jones (Wolves), Page (Cardiff)")."""
        items = [m for m in SQUAD_ITEM.finditer(self._text) if lookup_org(m.group("club"))]
        if len(items) < 3 or self._rugby:
            return []  # one "Smith (Leeds)" is no squad list; the gazetteer's clubs are football's, not rugby's ("Leicester")
        out = []
        for m in items:
            span = doc.char_span(m.start("club"), m.end("club"), alignment_mode="expand")
            if span is not None:
                out.append(Span(doc, span.start, span.end, label="ORG"))
        return out

    @staticmethod
    def _sponsor(doc: Doc, span: Span) -> bool:
        """A body named only inside a competition's name: the sponsor or organiser ("RBS Six Nations", "FA Cup", "Barclays Premiership")."""
        nxt = doc[span.end : span.end + 2]
        return len(nxt) > 0 and (nxt[0].text in SPONSORED_EVENTS or nxt.text in SPONSORED_EVENTS)

    def _rugby_clubs(self, doc: Doc, person_tokens: set[int]) -> list[Span]:
        """Clubs in a rugby report, by name or town ("Leicester", "Wasps", "J O'Connor (Wasps)")."""
        out = []
        for _, s, e in self.rugby_matcher(doc):
            if any(i in person_tokens for i in range(s, e)):
                continue
            if e < len(doc) and doc[e].text[:1].isupper() and doc[e].is_alpha:
                continue  # "Leicester City", "Bath Abbey": a longer name (the full "Leicester Tigers" is its own match)
            if s > 0 and doc[s - 1].text[:1].isupper() and doc[s - 1].is_alpha and not doc[s - 1].is_sent_start:
                continue  # "Royal Bath", "East Leicester"
            out.append(Span(doc, s, e, label="RUGBY_CLUB"))
        return out

    def _administrations(self, doc: Doc) -> list[Span]:
        """'the Bush administration', 'the Monti government': a leader's government is the state's.

        The leader's state comes from the well-known office holders' list or from a post the
        article gives them ("Prime Minister Mario Monti" with its country).
        """
        by_surname: dict[str, str] = {}
        people = doc._.newsie_people or []
        for role in doc._.newsie_roles or []:
            if role.get("country") and 0 <= role.get("person", -1) < len(people):
                toks = name_tokens(people[role["person"]]["name"])
                if toks:
                    by_surname.setdefault(toks[-1], role["country"])
        self._govt_codes: dict[int, str] = {}
        out = []
        for i in token_indices(doc, frozenset({"administration", "government"})):
            k = i - 1
            if k >= 0 and doc[k].lower_ in {"'s", "’s"}:
                k -= 1
            if k < 0 or not (doc[k].is_alpha and doc[k].is_title) or doc[k].is_sent_start or doc[k].text in self.countries:
                continue
            code = official_country([doc[k].text]) or by_surname.get(doc[k].text)
            if code:
                self._govt_codes[k] = code
                out.append(Span(doc, k, i + 1, label="GOVT"))
        return out

    def _headed_runs(self, doc: Doc, person_tokens: set[int]) -> list[Span]:
        """Capitalised runs ending in a body's head word that the model left untagged or cut short.

        "Santa Clara County Superior Court" (a place, then a court), "Intrepid Sea-Air-Space Museum"
        (nothing), "Doctor Who Society of Canada" (only "Society of Canada"). A title-case headline
        is no evidence: its every word is capitalised.
        """
        out: list[Span] = []
        for i in token_indices(doc, RUN_HEADS, attr="ORTH"):
            sent = doc[i].sent
            if not any(t.is_alpha and t.is_lower and len(t) >= 4 for t in sent):
                continue
            if i in person_tokens or i in self._title_tokens:
                continue
            start = i
            while start > sent.start:
                prev = doc[start - 1]
                if prev.i in person_tokens or prev.i in self._title_tokens or prev.ent_type_ in RUN_SKIP_ENTS:
                    break
                if prev.lower_ in {"and", "&"} and start - 2 >= sent.start and doc[start - 2].text in RUN_HEADS:
                    break  # "British Bankers Association and Building Societies Association": two bodies
                if prev.text[:1].isupper() and (prev.is_alpha or re.fullmatch(r"[A-Za-z][\w'’.-]*", prev.text)):
                    start -= 1
                elif prev.text == "-" and not prev.whitespace_ and start - 2 >= sent.start and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper():
                    start -= 1  # "Sea-Air-Space"
                elif prev.lower_ in RUN_LINKS and start - 1 > sent.start and doc[start - 2].text[:1].isupper() and not (prev.lower_ == "the" and doc[start - 2].lower_ not in {"of", "for", "on"}):
                    start -= 1
                else:
                    break
            # an ordinary word opening the sentence ("Yesterday", "Under") is not part of the name
            while start < i and (doc[start].lower_ in RUN_LINKS or (doc[start].is_sent_start and doc[start].pos_ != "PROPN") or doc[start].text == "The"):
                start += 1
            end = i + 1
            # "Municipality of Livorno", "Court of Appeal": the head's own complement
            if end + 1 < sent.end and doc[end].lower_ in {"of", "for", "on"}:
                j = end + 1
                if doc[j].lower_ == "the" and j + 1 < sent.end:
                    j += 1
                k = j
                while k < sent.end and doc[k].text[:1].isupper() and doc[k].is_alpha and k not in person_tokens and doc[k].ent_type_ not in RUN_SKIP_ENTS:
                    k += 1
                if k > j:
                    end = k
            if end - start < 2:
                continue
            span = Span(doc, start, end, label="ORG")
            if doc[start].ent_iob_ == "B" and all(doc[k].ent_type_ == "ORG" for k in range(start, end)):
                continue  # the model's own span already
            out.append(span)
        return out

    def _people_named(self, ent: Span) -> bool:
        """Whether a span's words are those of a person found in the article."""
        return all(t.text in self._person_words for t in ent if t.is_alpha)

    @staticmethod
    def _is_security(doc: Doc, span: Span) -> bool:
        """'U.S. Treasury yields', 'Treasury bonds': a security named after the body, not the body."""
        return span[-1].lower_ in {"treasury", "treasuries"} and span.end < len(doc) and doc[span.end].lower_ in SECURITY_WORDS

    def _media_names(self, doc: Doc, person_tokens: set[int]) -> list[Span]:
        """Newspapers the model leaves untagged: 'the' + a capitalised run ending in a media word."""
        out = []
        heads = token_indices(doc, MEDIA_HEADS, attr="ORTH")
        starts = sorted({k for h in heads for k in range(max(0, h - 4), h) if doc[k].lower_ in {"the", "a", "an"}})
        for k in starts:
            tok = doc[k]
            if tok.i + 2 >= len(doc):
                continue
            j = tok.i + 1
            while j < len(doc) and j - tok.i <= 4 and doc[j].is_title and doc[j].is_alpha:
                j += 1
            if j - tok.i < 3 or doc[j - 1].text not in MEDIA_HEADS:
                continue
            span = Span(doc, tok.i + 1, j, label="ORG")
            if any(t.ent_type_ not in {"", "ORG", "PERSON", "GPE"} for t in span) or any(i in person_tokens for i in range(span.start, span.end)):
                continue
            if j < len(doc) and doc[j].text[:1].isupper() and not doc[j].is_sent_start and doc[j].ent_type_ not in {"DATE", "TIME"}:
                continue  # part of a longer name ("told the Argus Leader Monday" is not)
            out.append(span)
        return out

    def _parties(self, doc: Doc, person_tokens: set[int]) -> list[Span]:
        """Parties named by their members or adjective ("the Tories", "Democrat senators", "(D-Minn.)")."""
        mentioned = {c["code"] for c in doc._.newsie_countries or []}
        us_states = sum(1 for e in self._ents if e.label_ == "GPE" and e.text in us_state_names())
        if not mentioned & {"US", "GB"} and (token_indices(doc, US_POLITY_WORDS, attr="ORTH") or "White House" in self._text or us_states >= 2):
            # "Congress", "the White House", "South Carolina … Iowa": American politics though the US goes unnamed
            mentioned.add("US")
        out = []
        for _, s, e in self.party_matcher(doc):
            text = doc[s:e].text
            code = PARTY_FORMS[text]
            other = "US" if code == "GB" else "GB"
            if code not in mentioned and other in mentioned:
                continue  # "Labour" in an American article, "Republicans" in a British one
            prev = doc[s - 1] if s > 0 else None
            nxt = doc[e] if e < len(doc) else None
            if text == "Democratic":
                # The adjective is common in other countries' politics: only an American article's
                # "Democratic Senator", "Democratic presidential hopeful", "House Democratic budget writers".
                if "US" not in mentioned:
                    continue
                if prev is not None and prev.text in {"House", "Senate"}:
                    prev = None
            if prev is not None and (prev.text[:1].isupper() and prev.is_alpha and prev.lower_ not in {"the", "a", "an", "but", "and", "as", "if", "when", "while", "some", "many", "most", "two", "three"} or prev.lower_ in {"of", "for"}):
                continue  # "Christian Democrats", "Sweden Democrats", "Department of Labour"
            if nxt is not None and nxt.text[:1].isupper() and nxt.lower_.rstrip(".") not in self.title_words and nxt.lower_ not in HONORIFICS:
                continue  # a longer name ("Republican Guard", "Labour Day", "Democratic Republic of Congo"; "Labour Party" is the model's own span); but "Democratic Senator", "Labour MP", "Tory Lord Campbell"
            if doc[s].is_sent_start and not text.endswith("s") and text not in {"Labour", "GOP"} and s not in self._title_tokens:
                continue  # a capitalised adjective opening a sentence ("Conservative estimates …"), not a post's party ("Conservative policy co-ordinator")
            out.append(Span(doc, s, e, label="PARTY"))
        for m in PARTY_STATE.finditer(self._text):
            span = doc.char_span(m.start("tag"), m.end("tag"), alignment_mode="expand")
            if span is not None:
                out.append(Span(doc, span.start, span.end, label="PARTY_TAG"))
        for m in PARTY_LETTER.finditer(self._text):
            span = doc.char_span(m.start("tag"), m.end("tag"), alignment_mode="expand")
            if span is not None and span.start >= 2 and span.start - 2 in person_tokens:
                out.append(Span(doc, span.start, span.end, label="PARTY_TAG"))
        return out

    def _clean(self, doc: Doc, ent: Span, person_tokens: set[int], described: bool = False) -> Optional[Span]:
        """Trim determiners, possessives, swallowed names; None for fragments and non-orgs.

        `described`: a noun before the name calls it a business ("security firm F-Secure"), which
        beats the model's reading of it as a product or a work elsewhere.
        """
        start, end = ent.start, ent.end
        # A name swallowed at the end ("…of Armenia Armen Grigoryan") is cut off.
        for i in range(start, end):
            if i in person_tokens:
                end = i
                # "Veteran Spaniard" + Conchita Martinez: what is left describes the person
                if all(doc[k].lower_ in DESCRIBING_WORDS or doc[k].lower_ == "the" or doc[k].text in self.countries for k in range(start, end)):
                    return None
                break
        # Reuters marks firms and tickers with angle brackets ("<Allegheny Ludlum Corp>", "<SSW> Answer
        # Systems Inc"): the marks are no part of the name, and a ticker before one is none either.
        for i in range(start, end):
            if doc[i].text == ">" and i + 1 < end:
                if all(t.is_upper or t.text == "<" for t in doc[start:i]):
                    start = i + 1  # "<SSW> Answer Systems Inc"
                else:
                    end = i  # "<Deutsche Bank (Asia) AG>, the former <European Asian Bank AG>"
                    break
        while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct or doc[start].text == "<"):
            start += 1
        while end > start and (doc[end - 1].lower_ in FRAGMENT_END or doc[end - 1].is_punct or doc[end - 1].text in {">", "<"} or (doc[end - 1].is_lower and doc[end - 1].pos_ in {"SCONJ", "PRON", "DET", "ADP", "VERB", "AUX"})):
            end -= 1
        # "Inter-American Development Bank (IADB", "CNN Business)A": a bracket ends the name.
        for i in range(start + 1, end):
            if doc[i].text in {"(", ")", "[", "]"}:
                end = i
                break
        # "Future of Banking Is", "Sweden Drops Its Investigation": a headline's verb ends the name.
        if not lookup_org(doc[start:end].text):
            for i in range(start + 1, end):
                if doc[i].tag_ in {"VBZ", "VBD", "VBP", "MD"} and doc[i].text not in ORG_HEAD_WORDS:
                    end = i
                    break
        # "Apple's AirPods": a known body's possessive ends its name; what follows is its product.
        for i in range(start + 1, end - 1):
            if doc[i].lower_ in {"'s", "’s"} and (lookup_org(doc[start:i].text) or clean_org_text(doc[start:i].text) in self._org_names):
                end = i
                break
        # "Henry's Arsenal", "Sosnoff's Caesars World": a person's possessive is no part of the body's name;
        # "Fox News’ Jessica Napoli": nor is the person after a body's possessive.
        if not lookup_org(doc[start:end].text):
            for i in range(start + 1, end - 1):
                if doc[i].lower_ in {"'s", "’s", "'", "’"} and doc[i - 1].text in self._person_words:
                    start = i + 1
                    break
                if doc[i].lower_ in {"'", "’"} and end - i == 3 and doc[i + 1].text in self.given_names and doc[i + 2].is_title:
                    end = i
                    break
        # "Amazon Alexa", "Apple AirPods", "Intel Core": a known company and its product's name.
        first = lookup_org(doc[start].text) if end - start >= 2 else None
        if first and doc[start].text not in (first.get("ambiguous") or []) and not lookup_org(doc[start:end].text) and all(
            doc[i].text in PRODUCT_WORDS or re.search(r"[a-z][A-Z]|\d", doc[i].text) for i in range(start + 1, end)
        ):
            end = start + 1
        # "Veritas - Latin for truth": a spaced dash ends the name.
        for i in range(start + 1, end):
            if doc[i].text in {"-", "–", "—"} and (doc[i].whitespace_ and doc[i - 1].whitespace_):
                end = i
                break
        # "Billboard the Doobies", "Rathbun the Scientology": the model ran two names together.
        for i in range(start + 1, end):
            if doc[i].lower_ in {"the", "to"} and doc[i].is_lower and doc[i - 1].lower_ not in {"of", "for", "and", "&", "on", "in", "to", "at", "from", "by", "with", "under"}:
                end = i
                break
            # "Vaskevitch on March 11": a date after a preposition is no part of a name
            if doc[i].lower_ in {"on", "in", "since", "until"} and doc[i].is_lower and i + 1 < end and (doc[i + 1].lower_ in MONTHS or doc[i + 1].lower_ in WEEKDAYS or YEAR.fullmatch(doc[i + 1].text)):
                end = i
                break
        # Wire codes after a name ("Sterling GBP=", "London Metal Exchange CMAL3") are not part of it.
        while end - start > 1 and re.search(r"=|[A-Z].*\d|\d.*[A-Z]", doc[end - 1].text) and not doc[end - 1].text.isdigit():
            end -= 1
        # "the United Auto Workers union", "the Herald newspaper": the common noun says what it is
        if end - start >= 2 and doc[end - 1].is_lower and doc[end - 1].lower_ in DESCRIPTIVE_NOUNS:
            cut = end - 1
            while cut - 1 > start and doc[cut - 1].is_lower and doc[cut - 1].pos_ in {"NOUN", "ADJ"}:
                cut -= 1  # "Associated Press news agency"
            if doc[cut - 1].text[:1].isupper() and doc[cut - 1].text not in self.countries:
                end = cut
        # "the Paris Club of Western government creditors": a span that stops inside a phrase a known
        # body heads is that body; the "of" phrase describes it.
        if end < len(doc) and doc[end].is_lower and doc[end].is_alpha and not lookup_org(doc[start:end].text):
            ofs = [i for i in range(start + 1, end) if doc[i].lower_ == "of"]
            if ofs and lookup_org(doc[start:ofs[0]].text):
                end = ofs[0]
        # "State Department Spokesperson": a title after the body is the post, not the name
        while end - start >= 2 and doc[end - 1].lower_ in PERSON_POSTS and doc[end - 2].text in ORG_HEAD_WORDS:
            end -= 1
        # "WeWork WeWork": a page's logo text run into its headline
        words = [doc[i].text for i in range(start, end) if not doc[i].is_space]
        if len(words) == 2 and words[0] == words[1]:
            end = start + 1
        if start >= end:
            return None
        span = Span(doc, start, end, label="ORG")
        text = span.text
        if text in self.countries or country_code(text) or text in NOT_ORGS or text in LEGAL_FORMS:
            return None
        if names_post(doc, span):
            return None
        if len(span) == 2 and span[0].text in self.countries and modifies_noun(doc, end) and not lookup_org(text):
            return None  # "Swiss Army knives", "US Military aid": the body's name used as an adjective
        if any(t.text in INDEX_WORDS for t in span) and span[-1].text not in LEGAL_FORMS:
            return None  # "Dow", "Nikkei"; but "Dow Chemical Co" is a firm
        if span[-1].text in {"Rate", "Rates"} and not lookup_org(text):
            return None  # "London Interbank Offered Rates", "Prime Rate": a price, not a body
        if text.endswith(VENUE_ENDINGS) or text in self.venues or (text.endswith(EVENT_ENDINGS) and not lookup_org(text)):
            # "Toyota Music Factory", "Los Angeles Auto Show": the sponsor inside is no mention either
            self._places.append((ent.start, ent.end))
            return None
        if (any(t.text in EVENT_WORDS or t.text in PRODUCT_WORDS or re.match(r"^i[A-Z]", t.text) for t in span) or (len(span) > 1 and span[-1].text in PRODUCT_TAILS)) and not lookup_org(text):
            return None  # "Academy Award", "Fan Expo Canada", "MacBook Air", "iTunes Music Store"
        if any(t.text in {"Photo", "Photos", "Credit", "Credits", "/"} or "/" in t.text for t in span):
            return None  # "Vesti/The Siberian Times Photo": a photo credit
        if text.endswith(COMPETITIONS) and not lookup_org(text):
            return None  # "Champions League", "UEFA Euro"
        if re.search(r"\s[A-Z]\.?$", text) and not lookup_org(text):
            return None  # "Group D", "Path C": a draw's groups, not bodies
        if re.search(r"\d+\s*[-–]\s*\d+", text) or re.search(r"\s(?:v|vs\.?)\s", text):
            return None  # "Iceland 0-0": a score; "Cyprus v Faroe Islands": a match
        if self._sport and re.search(r"\sDivision$", text) and not lookup_org(text):
            return None  # "Central Division", "Mid-American Conference West Division": a league's group of teams
        if not described and (text in self._works or f"The {text}" in self._works or self._other_labels.get(ent.text, 0) > 0):
            return None  # "the film Alfie", "movie The Aviator"; a title the model mostly calls a work or a product
        if text.endswith(DOCUMENT_ENDINGS) and not lookup_org(text):
            return None  # "EU Constitution", "Patriot Act"
        if text in CURRENCIES:
            return None
        if text in self.cities and not self._sport and not lookup_org(text) and not any(t.is_lower for t in span) and (end >= len(doc) or doc[end].text not in ORG_HEAD_WORDS):
            return None  # "Burbank", "Amritsar": a city the model read as a body
        if len(span) >= 2 and country_code(span[:-1].text) and span[-1].text in INDUSTRY_PLURALS and not lookup_org(text):
            return None  # "U.S. Banks have 50 pct", "U.K. Insurers": a country's firms, not one body
        if text.endswith(" State") and is_subdivision(text[: -len(" State")]):
            return None  # "New York State"
        if re.fullmatch(r"[A-Z][a-z]{3,}(?:[ -](?:of )?[A-Z][a-z]+)*", text) and (is_subdivision(text) or is_subdivision(f"{text} and Labrador")) and not self._sport and not lookup_org(text):
            return None  # "Iwate", "Newfoundland": a province the model read as a body
        if len(span) == 1 and text in US_STATE_CODES and start > 0 and doc[start - 1].text == ",":
            return None  # "Tampa, FL"
        if doc[start].lower_ in {"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "lord", "rt", "rev", "revd"}:
            return None  # "Mr Stearns"
        # "the Cabinet", and "Parliament" with or without its article ("asking Parliament to renew"):
        # the article's own country's body, unless a noun follows ("the Government figures").
        # A capitalised "Cabinet" needs no article and may qualify a noun ("in Cabinet and
        # government", "Cabinet ministers"): a shadow one is the opposition's.
        cabinet = text == "Cabinet" and not (start > 0 and doc[start - 1].lower_ == "shadow")
        home_body = (
            text in HOME_BODIES and self._state_home and start > 0 and (doc[start - 1].lower_ == "the" or text == "Parliament" or cabinet)
            and not (text == "Parliament" and self._named_parliaments)
            and not (end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN" and not cabinet)
        )
        home_body = home_body or (text == "Commission" and self._eu_commission)
        if len(span) == 1 and span[0].text in ORG_HEAD_WORDS and not lookup_org(text) and not home_body:
            return None  # a bare "Court", "Church", "Council"; but "the rest of the Cabinet" is the state's
        if all(i in person_tokens or doc[i].text in self._person_words or doc[i].is_punct for i in range(start, end)) and not all(doc[i].is_punct for i in range(start, end)):
            return None  # a person's name the model also tagged ORG ("Neumann said")
        if "-" in text and all(country_code(p) for p in re.split(r"\s*-\s*", text)):
            return None  # "Armenia-Azerbaijan"
        if all(t.lower_ in self.title_words or not t.is_alpha for t in span) and not lookup_org(text) and not home_body:
            return None  # "Advisor", "State"; but "Parliament" (a word of "Member of Parliament") is the state's
        if not any(t.text[:1].isupper() for t in span):
            return None
        if span[-1].text.endswith("s") and span[-1].text[:-1] in {"Council", "Committee", "Ministrie", "Court", "Parliament", "Assembly", "Commission", "Government", "Agencie", "Department", "Office", "Authoritie", "Partie", "Union"}:
            return None  # "the Security Councils (of the member states)": a kind, not one body
        if len(span) == 1 and span[0].pos_ not in {"PROPN", "NOUN"} and not span[0].is_upper and not re.search(r"\.(?:com|org|net)$", text) and (span[0].is_sent_start or start == 0 or not doc[start - 1].is_alpha):
            return None
        if len(span) == 1 and re.search(r"(?:ists?|isms?|phobia)$", text) and not lookup_org(text):
            return None  # "Scientologist", "Localist", "Islamophobia": a follower or a creed
        if ent.end - ent.start > end - start and end < ent.end and span[-1].lower_ in self.title_words:
            return None
        return span

    def _org_in_title(self, doc: Doc, t: dict, person_tokens: set[int]) -> list[Span]:
        """The organisations inside a title's complement, each ending in an organisation word."""
        start_char = t["end"] - len(t["org_text"]) if t["text"].endswith(t["org_text"]) else None
        if start_char is None:
            return []
        span = doc.char_span(start_char, t["end"], alignment_mode="contract")
        if span is None:
            return []
        s, e = span.start, span.end
        if doc[e - 1].text == ")":
            opener = next((k for k in range(e - 2, s, -1) if doc[k].text == "("), None)
            if opener is not None:
                e = opener  # "… Organisation (CSTO)", "CEI (Italian Episcopal Conference)": the bracket is its own mention
        while s < e and (doc[s].lower_ == "the" or (doc[s].is_lower and doc[s].pos_ in {"ADJ", "DET"})):
            s += 1  # "the latest EC Commission": a describing word is no part of the name
        opener = next((k for k in range(s + 1, e) if doc[k].text == "("), None)
        if opener is not None:
            e = opener  # "Federation of Economic Organisations (Keidanren": the title stopped inside the bracket
        if e < s + 1:
            return []
        # "the Dallas chapter of the Council on American-Islamic Relations": the named body is the last one.
        lower_nouns = [k for k in range(s, e) if doc[k].is_lower and doc[k].pos_ == "NOUN"]
        if lower_nouns:
            ofs = [k for k in range(lower_nouns[-1], e) if doc[k].lower_ in {"of", "at"}]  # "head of equities at Jardine Fleming"
            if ofs:
                s = ofs[-1] + 1
                while s < e and doc[s].lower_ == "the":
                    s += 1
        # "Head of Fundamental Research at Kotak Securities": the body is the one after "at"; before it
        # a unit's word makes a body of its own ("the Center for Environmental Politics at the University
        # of Washington"), else it is a desk or a brief. "University of Texas at Austin" is one name
        # (a place follows its "at").
        unit = None
        ats = [k for k in range(s + 1, e - 1) if doc[k].lower_ == "at" and doc[k + 1].ent_type_ not in {"GPE", "LOC"}]
        if ats:
            if any(doc[k].text in UNIT_HEADS for k in range(s, ats[-1])):
                unit = Span(doc, s, ats[-1], label="ORG")
            else:
                self._desks.append((s, ats[-1]))  # the model's ORG over "Fundamental Research" is no body either
            s = ats[-1] + 1
            while s < e and doc[s].lower_ == "the":
                s += 1
        if s >= e:
            return []
        # "Leaders of the American Soybean Association and the National Soybean Processors
        # Association": "and the" joins two bodies ("Department of Trade and Industry" is one).
        cuts = [k for k in range(s + 1, e - 2) if doc[k].lower_ == "and" and doc[k + 1].lower_ == "the"]
        parts = [(a, b) for a, b in zip([s] + [k + 2 for k in cuts], cuts + [e])]
        out = [unit] if unit is not None and not any(i in person_tokens for i in range(unit.start, unit.end)) else []
        for a, b in parts:
            whole = Span(doc, a, b, label="ORG")
            for span in self._possessive_parts(doc, whole) or [whole]:
                if any(tok.text in ORG_HEAD_WORDS for tok in span) and not any(i in person_tokens for i in range(span.start, span.end)):
                    out.append(span)
        return out

    def _group(self, doc: Doc, spans: list[Span]) -> list[dict]:
        """Group mentions into organisations with a canonical name, acronym and country."""
        # Acronym definitions: "Long Name (ACR)" and "ACR (Long Name)".
        definitions: dict[str, str] = {}
        for span in spans:
            after = span.end + 1 if span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in DESCRIPTIVE_NOUNS else span.end
            if after + 2 < len(doc) and doc[after].text == "(":
                close = next((k for k in range(after + 1, min(len(doc), after + 9)) if doc[k].text == ")"), None)
                if close is None:
                    continue
                inner = doc[after + 1 : close].text
                outer = clean_org_text(span.text)
                if inner.isupper() and len(inner) >= 2 and " " not in inner:
                    definitions[inner] = outer  # "Collective Security Treaty Organisation (CSTO)"
                elif outer.isupper() and " " in inner:
                    definitions[outer] = inner  # "CEI (Italian Episcopal Conference)"
        # "African Development Bank" in the text: its "ADB" is that bank, not the Asian one the gazetteer has under ADB.
        self._long_by_initials = {}
        for span in spans:
            text = clean_org_text(span.text)
            # a name that holds an initialism ("EC Commission") spells out no initialism of its own
            if len(text.split()) >= 2 and not any(w.isupper() and len(w) > 1 for w in text.split()):
                self._long_by_initials.setdefault(_initials(text), text)
        orgs: dict[str, dict] = {}
        for span in sorted(spans, key=lambda s: s.start):
            surface = clean_org_text(span.text)
            if span.label_ == "MINISTRY":
                brief = span[0].text.capitalize()
                kind = "Department" if span[1].lower_ == "department" else "Ministry"
                name, acronym, country = f"{kind} of {BRIEF_NAMES.get(brief, brief)}", None, self._home or None
            elif span.label_ == "PARTY":
                name, acronym, country = span.text, None, None
                for code, names in PARTY_NAMES.items():
                    if span.text in names:
                        name, country = names[span.text], code
                rec = lookup_org(name)
                if rec:
                    name, acronym, country = rec["name"], rec.get("acronym"), rec.get("country")
            elif span.label_ == "COMMITTEE":
                words = [w if w in {"and", "of", "on", "for"} else w.capitalize() for w in span[1:-1].text.split()]
                name, acronym, country = f"House of {span[0].text} {' '.join(words)} Committee", None, "GB"
            elif span.label_ == "TEAM":
                rec = lookup_org(self._teams[span.start]) or {"name": self._teams[span.start]}
                name, acronym, country = rec["name"], rec.get("acronym"), rec.get("country")
            elif span.label_ == "RUGBY_CLUB":
                name, acronym, country = rugby_clubs()[span.text], None, None
            elif span.label_ == "PARTY_TAG":
                name = "Democratic Party" if span.text.startswith("D") else "Republican Party"
                rec = lookup_org(name) or {"name": name}
                name, acronym, country = rec["name"], rec.get("acronym"), "US"
            elif span.label_ == "GOVT":
                code = self._govt_codes[span.start]
                name, acronym, country = f"Government of {country_display(code)}", None, code
            elif span.label_ == "STATE" and country_code(span[0].text) in state_bodies(STATE_KINDS.get(span[1:].text.lower(), "")):
                # "the Mexican central bank" is the Bank of Mexico, "the Chinese military" the People's Liberation Army
                rec = state_bodies(STATE_KINDS[span[1:].text.lower()])[country_code(span[0].text)]
                name, acronym, country = rec["name"], rec.get("acronym"), rec["country"]
            elif span.label_ == "STATE":
                code = country_code(span[0].text) or CAPITAL_STATES.get(span[0].text)
                body = span[1:].text
                rec = lookup_org(span.text)
                if rec and rec.get("country") == code:
                    name, acronym, country = rec["name"], rec.get("acronym"), code  # "U.S. Congress": the gazetteer's own name for it
                else:
                    name, acronym, country = f"{body[:1].upper()}{body[1:]} of {country_display(code)}", None, code
            else:
                name, acronym, country = self._canonical(surface, definitions)
            key = org_key(name)
            org = orgs.setdefault(key, {"name": name, "acronym": acronym, "country": country, "mentions": []})
            org["acronym"] = org["acronym"] or acronym
            org["country"] = org["country"] or country
            # Offsets of the name without its determiner or possessive (a wrapped name keeps its line break).
            raw = span.text
            lead = len(raw) - len(LEADING_DET.sub("", raw))
            tail = len(raw) - len(re.sub(r"\s*(?:'s|’s)$", "", raw))
            org["mentions"].append([span.start_char + lead, span.end_char - tail])
        return self._merge_generic_tails(self._link_initialisms(list(orgs.values())))

    @staticmethod
    def _link_initialisms(orgs: list[dict]) -> list[dict]:
        """'UAW' beside 'United Auto Workers' with no definition in the text: one body when only one name has those initials."""
        alive = list(orgs)
        for o in orgs:
            name = o["name"]
            if not (name.isalpha() and name.isupper() and 2 <= len(name) <= 6) or lookup_org(name):
                continue
            fits = [x for x in alive if x is not o and not x["acronym"] and " " in x["name"] and _initials(x["name"]) == name]
            if len(fits) == 1:
                fits[0]["acronym"] = name
                fits[0]["mentions"].extend(o["mentions"])
                alive.remove(o)
        return alive

    @staticmethod
    def _merge_generic_tails(orgs: list[dict]) -> list[dict]:
        """'the Security Council' after 'CIS Security Council': the same body when only one fits, else too vague."""
        alive = list(orgs)
        # Longest names first, so "Fox Entertainment" joins "Fox Entertainment Group" before "Fox" looks for its match.
        for o in sorted(orgs, key=lambda x: -len(x["name"])):
            # "Wee of the Times" after "the New York Times": a paper's last word, after its full name,
            # is that paper, though the gazetteer knows "The Times" of London by it
            head = o["name"].removeprefix("The ")
            if " " not in head and head in MEDIA_HEADS and not o["acronym"]:
                papers = [x for x in alive if x is not o and x["name"].endswith(" " + head)]
                if len(papers) == 1 and min(m[0] for m in papers[0]["mentions"]) < min(m[0] for m in o["mentions"]):
                    papers[0]["mentions"].extend(o["mentions"])
                    alive.remove(o)
                    continue
            if o["acronym"] or lookup_org(o["name"]):
                continue
            others = [x for x in alive if x is not o]
            if " " in o["name"]:
                # "the Security Council" after "CIS Security Council"; "Supreme Court" inside
                # "Italian Supreme Court of Cassation"
                fits = [x for x in others if f" {o['name']} " in f" {x['name']} " and len(x["name"]) > len(o["name"])]
            else:
                # "Marsh" after "Marsh & McLennan", "United" after "Manchester United": a one-word
                # short form of exactly one longer name
                fits = [x for x in others if any(n.startswith(o["name"] + " ") for n in (x["name"], _without_initials(x["name"]))) or x["name"].endswith(" " + o["name"])]
            if len(fits) == 1:
                fits[0]["mentions"].extend(o["mentions"])
                alive.remove(o)
            elif len(fits) > 1 and " " in o["name"]:
                alive.remove(o)  # too vague to say which
        return alive

    def _canonical(self, surface: str, definitions: dict[str, str]) -> tuple[str, Optional[str], Optional[str]]:
        """Canonical (name, acronym, country) for one surface form."""
        for acr, long in definitions.items():
            if surface == acr or org_key(long) == org_key(surface):
                rec = self._defined(long, acr)
                if rec:
                    return rec["name"], rec.get("acronym") or acr, rec.get("country")
                return long, acr, None
        rec = state_bodies("treasury").get(self._state_home or "") if surface == "Treasury" else None
        if rec:
            return rec["name"], rec.get("acronym"), rec["country"]  # "the Treasury" in an American story is the US Treasury, not HM Treasury
        rec = lookup_org(surface)
        if rec and surface in {"EC", "E.C."} and self._eu_era:
            rec = lookup_org("European Commission")  # after 1993 the Community is the EU; its "EC" is the Commission
        elif rec and surface.isupper() and surface in (rec.get("ambiguous") or []) and surface in self._long_by_initials:
            long = self._long_by_initials[surface]
            other = lookup_org(long)
            if org_key((other or {"name": long})["name"]) != org_key(rec["name"]):
                return (other["name"], other.get("acronym") or surface, other.get("country")) if other else (long, surface, None)
        if rec:
            return rec["name"], rec.get("acronym"), rec.get("country")
        bank = state_bodies("central bank").get(self._home or "")
        if bank and (surface == "Central Bank" or (surface in {"National Bank", "Reserve Bank"} and surface.split()[0] in bank["name"])):
            # "Kuwait's Central Bank yesterday cut…", "the National Bank said" in an Austrian story: the home country's
            return bank["name"], bank.get("acronym"), bank["country"]
        if surface == "Commission" and self._eu_commission:
            rec = lookup_org("European Commission")
            return rec["name"], rec.get("acronym"), rec.get("country")
        if surface == "House" and self._us:
            rec = lookup_org("US House of Representatives")
            return rec["name"], rec.get("acronym"), rec.get("country")
        if surface in HOME_BODIES and self._state_home:
            # "the Cabinet", "Parliament" in a British article: the article's own country's body,
            # by its own name where it has one ("Parliament" in a Japanese story is the National Diet)
            rec = state_bodies("parliament").get(self._state_home) if surface == "Parliament" else None
            if rec:
                return rec["name"], rec.get("acronym"), rec["country"]
            return f"{surface} of {country_display(self._state_home)}", None, self._state_home
        m = re.match(r"^(?P<brief>[A-Z][a-z]+) (?P<kind>Ministry|Department)$", surface)
        if m and m.group("brief").lower() in POLICY_WORDS:
            # "Energy Ministry" is the "Ministry of Energy" the brief matcher names.
            return f"{m.group('kind')} of {BRIEF_NAMES.get(m.group('brief'), m.group('brief'))}", None, self._home or None
        if surface.split(" ", 1)[0] in {"New", "new"} and " " in surface:
            rec = lookup_org(surface.split(" ", 1)[1])  # "the new European commission"
            if rec:
                return rec["name"], rec.get("acronym"), rec.get("country")
        return self._state_body(surface)

    @staticmethod
    def _defined(long: str, acronym: str) -> Optional[dict]:
        """The gazetteer's record for a body the text defines ("Long Name (ACR)"), if it has one.

        A record found by the letters alone counts only if it is the body the text spells out:
        "Economic Planning Agency (EPA)" is not the Environmental Protection Agency, while
        "US Federal Trade Commission (FTC)" is the Federal Trade Commission.
        """
        rec = lookup_org(long)
        if rec is not None:
            return rec
        by_letters = lookup_org(acronym)
        forms = {org_key(f) for f in [by_letters["name"], *(by_letters.get("variants") or [])]} if by_letters else set()
        return by_letters if any(org_key(long) == f or org_key(long).endswith(" " + f) for f in forms) else None

    def _state_body(self, surface: str) -> tuple[str, Optional[str], Optional[str]]:
        """'Russian Security Council' / 'Security Council of the Russian Federation' → one body."""
        words = surface.split()
        # "<Adjective> Body": Russian Security Council
        # Only a generic body is renamed by its country: "British Casino Association" keeps its name.
        # A firm is no state body: "American Motors Corp", "U.S. Securities houses" keep their names.
        firm = any(w in LEGAL_FORMS or (w in COMPANY_WORDS and w not in STATE_COMPANY_WORDS) for w in words[1:])
        if len(words) >= 2 and not firm and country_code(words[0]) and words[0] in self.countries and words[-1] in ORG_HEAD_WORDS and all(w in GENERIC_BODY_WORDS for w in words[1:]):
            code = country_code(words[0])
            body = " ".join(words[1:])
            return f"{body} of {country_display(code)}", None, code
        # "U.K. Ministry of Agriculture": the country's own ministry, by the gazetteer's full name when
        # (only ministries: "British Academy of Film and Television" is a name of its own)
        # one of that country's bodies starts so ("Ministry of Agriculture, Fisheries and Food").
        if len(words) >= 4 and words[0] in self.countries and country_code(words[0]) and words[1] in {"Ministry", "Department"} and words[2] == "of":
            code, rest = country_code(words[0]), " ".join(words[1:])
            for rec in org_gazetteer():
                if rec.get("country") == code and (rec["name"] == rest or rec["name"].startswith(rest + ",")):
                    return rec["name"], rec.get("acronym"), code
            return rest, None, code
        # "Vietnam's Communist Party" is the Communist Party of Vietnam
        m = re.match(r"^(?P<country>[A-Z][\w .-]+?)['’]s (?P<body>[A-Z].+)$", surface)
        if m and country_code(m.group("country")) and m.group("country") in self.countries and m.group("body").split()[-1] in ORG_HEAD_WORDS:
            code = country_code(m.group("country"))
            return f"{m.group('body')} of {country_display(code)}", None, code
        m = re.match(r"^(?P<body>.+?) (?:of|in|[Ff]rom) (?:the )?(?P<country>[A-Z][\w'’ .-]+)$", surface)
        if m and m.group("country") in UK_NATIONS:
            return surface, None, "GB"  # "Church of England", "Law Society of Scotland" keep their names
        if m and any(w in ORG_HEAD_WORDS for w in m.group("body").split()):
            code = country_code(m.group("country"))
            if code:
                # "Security Council under the President From Uzbekistan" -> "Security Council of Uzbekistan"
                body_words = m.group("body").split()
                last = max(i for i, w in enumerate(body_words) if w in ORG_HEAD_WORDS)
                return f"{' '.join(body_words[: last + 1])} of {country_display(code)}", None, code
        # "CIS Executive Committee": a body of an organisation named by its acronym.
        first = words[0] if words else ""
        if first.isupper() and len(words) > 1:
            rec = lookup_org(first)
            if rec and rec.get("acronym") == first:
                return surface, None, rec.get("country")
        return surface, None, None


def founders_initials(word: str) -> bool:
    """Whether a word is a founder's two initials opening a firm's name ("RJ Reynolds Tobacco"), not a country's or a body's ("US", "BBC")."""
    return len(word) == 2 and word.isalpha() and word.isupper() and not country_code(word) and not lookup_org(word)


def _without_initials(name: str) -> str:
    """A firm's name without the founder's initials it opens with ("RJ Reynolds Tobacco" -> "Reynolds Tobacco")."""
    first, _, rest = name.partition(" ")
    return rest if rest and founders_initials(first) else name


# Business words that also end state bodies' names ("Russian State Bank", "Federal Security Service").
STATE_COMPANY_WORDS = frozenset({"Bank", "Services", "State", "Energy", "Group", "Radio", "Television", "Broadcasting", "Corporation", "Company"})
# State nouns whose body each country has one of, named in the gazetteer by its own name.
STATE_KINDS = {"central bank": "central bank", "military": "armed forces", "armed forces": "armed forces", "parliament": "parliament", "treasury": "treasury"}
# Countries policed by many separate forces and no national one: their "police" names no single body.
POLICE_FORCES_ONLY = frozenset({"GB", "US"})
# State nouns that as often describe a thing as name the body: "US military aid", "a Swiss Army knife".
ADJECTIVAL_STATE_NOUNS = {"military", "army", "navy", "force", "police"}


def modifies_noun(doc: Doc, end: int) -> bool:
    """True when the state noun ending at `end` qualifies the noun after it ("US military research")."""
    if doc[end - 1].lower_ not in ADJECTIVAL_STATE_NOUNS or end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.pos_ == "NOUN" or (nxt.pos_ == "PROPN" and nxt.lower_ in {"knife", "knives"})


@lru_cache(maxsize=1)
def us_state_names() -> frozenset[str]:
    """The fifty states' and DC's names ("South Carolina"); Georgia left out, a country too."""
    return frozenset(sub.name for sub in pycountry.subdivisions.get(country_code="US") if sub.type in {"State", "District"} and sub.name != "Georgia")


def _initials(name: str) -> str:
    """The capitals a name's acronym would take ("United Auto Workers" -> "UAW")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper() and w.lower() not in {"of", "the", "and", "for", "de", "la"})


PORTFOLIO_BRIEFS = POLICY_WORDS | BRIEF_WORDS | {"sport", "media"}


def names_post(doc: Doc, span: Span) -> bool:
    """True for a portfolio that only names a post ("U.S. Treasury Secretary"): no mention of the body."""
    portfolio = [t for t in span if not country_code(t.text) and not t.is_space]
    after = span.end
    while after < len(doc) and doc[after].is_space:
        after += 1  # "U.S. Treasury\nSecretary James Baker": a hard-wrapped line
    if not (after < len(doc) and doc[after].text in PORTFOLIO_POSTS) or not portfolio:
        return False
    if len(portfolio) == 1:
        # "Treasury Secretary"; "Sport" of "Culture, Media and Sport Secretary" (the model's span may hold only the last brief)
        return portfolio[0].lower_ in PORTFOLIO_BRIEFS
    # "Agriculture and Livestock Development Minister", "Culture, Media and Sport Secretary": a brief
    # listing several policy areas, with no body's head word in it
    return portfolio[0].lower_ in PORTFOLIO_BRIEFS and any(t.lower_ in {"and", "&", ","} for t in portfolio) and all(
        t.lower_ in {"and", "&", ","} or (t.is_title and t.text not in ORG_HEAD_WORDS) for t in portfolio
    )


@Language.factory("newsie_organisations", default_config={})
def make_organisations(nlp: Language, name: str) -> OrganisationFinder:
    """Create the organisation finder."""
    return OrganisationFinder(nlp)
