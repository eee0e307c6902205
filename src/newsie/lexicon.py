"""Word lists shared by the rule components, loaded once from newsie/data."""

from __future__ import annotations

from functools import lru_cache

from .normalise.countries import country_table
from .resources import read_jsonl, read_text

PATTERN_KEYS = ("label", "pattern", "id")

# Nouns that end an organisation's name: a capitalised run after one of them is a new phrase.
# Last words of a newspaper's or broadcaster's name: "the Argus Leader", "The Deseret News".
MEDIA_HEADS = frozenset({"News", "Times", "Post", "Herald", "Journal", "Tribune", "Gazette", "Chronicle", "Telegraph", "Observer", "Mirror", "Express", "Register", "Courier", "Examiner", "Inquirer", "Bulletin", "Dispatch", "Sentinel", "Argus", "Globe", "Mail", "Advertiser", "Enquirer", "Statesman", "Courant", "Bee"})

# Lowercase nouns that say the name after them is a business, team or outlet ("cement maker Holcim",
# "newspaper chain Gannett", "rival club Chelsea"); none is also a person's post.
ORG_DESCRIPTORS = frozenset(
    """maker makers manufacturer carmaker automaker drugmaker chipmaker firm company group giant retailer chain
    supermarket bank insurer lender brewer carrier airline conglomerate broadcaster network agency newspaper paper
    magazine tabloid website startup start-up club band label utility miner refiner outfit franchise brokerage
    consultancy charity watchdog regulator think-tank thinktank operator journal outlet""".split()
)
ORG_HEAD_WORDS = frozenset(
    """Council Committee Ministry Organisation Organization Federation Republic Union Administration
    Office Department Agency Bank Party Assembly Parliament Government Commission Court Service Board
    Authority Institute University Group Company Corporation Corp Inc Ltd Fund Association League
    Forces Army Navy Police Senate Congress House Cabinet Presidency Secretariat Staff Treasury
    Exchequer Chamber Centre Center Foundation Trust Network Bureau Directorate Duma Guard Command
    Airlines Airways Motors Holdings Communications Systems Industries Partners Capital Securities
    Exchange Reserve Conference Community Alliance Movement Front Coalition Church Commonwealth
    Nations States Kingdom Emirates Relations Affairs Rights Studies Research Conference Chapter
    Society Club Trust Times Post Journal Herald News Press Media Television Radio Foundation Institution
    Museum Hospital School College Academy Agency Ministry Council Office Authority Commission""".split()
)
# Words before a nationality that describe a person, not name one ("Veteran Spaniard Conchita Martinez").
DESCRIBING_WORDS = frozenset({"veteran", "fellow", "compatriot", "young", "teenage", "former", "unseeded"})
# Capitalised words that end a name-like run: a treaty, a venue, a business is not a person.
# Words that are also common names or surnames (Bill, Hall, Park, Day, West, Bay, Press) are left out.
NOT_NAME_WORDS = frozenset(
    """Agreement Treaty Accord Accords Pact Act Convention Plan Programme Program Protocol Charter
    Declaration Initiative Strategy Review Report Index Games Cup League Championship Championships
    Festival Prize Award Awards Road Avenue Square River Island Islands Ocean Valley Airport Station
    Hotel Hospital Stadium Building Tower Palace Northern Southern Eastern Western Summit Conference
    Talks Markets Exchange Store Stores Shop Shops Plant Factory Transmission Mall Studios Records
    Entertainment Software Technologies Labs Pharmaceuticals Petroleum Resources Disc Shuttle
    Center Centre Pavilion Amphitheatre Amphitheater Falls Museum Mission Base Stage Hills Heights Springs
    Beach Creek County City Village Harbour Harbor Olympic Olympics Mini Pro Lite Ultra Plus Hybrid Edition
    Mode Bundle Monitoring Supplement Design Studio Productions Reports Profile Drive Boulevard Blvd
    Parkway Expressway Motorway Highway""".split()
)
# Words that make a capitalised run a business, team or body, wherever they stand in it
# ("Petrochemicals Limited", "Neath RFC", "Matrix Asset Advisors", "Lycos Europe").
# Legal forms that end a firm's name ("Siemens AG", "Berger and Montague P.C.", "Nazionali SpA").
LEGAL_FORMS = frozenset("Inc Inc. Ltd Ltd. Limited Plc PLC plc LLC LLP Corp Corp. Co Co. SpA S.p.A. S.A. SA N.V. NV AG GmbH P.C. B.V. BV Oyj ASA Bhd Berhad SARL".split())
COMPANY_WORDS = frozenset(
    """Limited Ltd Incorporated Inc Inc. Plc PLC plc LLC LLP Corp Corp. Co. Company Corporation Group
    Holdings RFC FC AFC Dairy Leisure Advisors Advisers Associates Partners Capital Securities
    Investments Ventures Enterprises Industries Motors Airlines Airways Digital Europe Bros Brothers
    Foods Brewery Mining Steel Telecom Energy Insurance Bank Bancorp Pharma Systems Solutions
    Consulting Logistics Properties Realty Hotels Resorts Casinos Media Music Pictures Films Comics
    Publishing Magazine Magazines Newspapers Broadcasting Television Radio Networks Online Interactive
    State Co Cos Robotics Cooperative Co-operative Refining Computers Electronics Semiconductor
    Semiconductors Chemicals Textiles Wines Estates Aerospace Biotech Therapeutics Trading Shipping
    Construction Engineering Manufacturing Automotive Petrochemicals Financial Bancshares Bankshares
    Software Services Labs""".split()
) | LEGAL_FORMS
# First words of organisations' names in other languages ("Instituto Gonzaga").
FOREIGN_ORG_WORDS = frozenset(
    """Instituto Istituto Institut Universidad Università Universität Banco Banca Compagnie Gruppo Grupo
    Partido Partito Movimento Ministero Ministerio Comune Municipio Stiftung Verlag""".split()
)
# People known by one name in music, film and sport, kept though mentioned once ("Cafu", "Eminem").
MONONYMS = frozenset(
    """Cafu Pele Ronaldinho Rivaldo Kaka Deco Zico Xavi Juninho Robinho Romario Bebeto Denilson Socrates
    Eusebio Maradona Eminem Usher Morrissey Madonna Bono Sting Shakira Beyonce Rihanna Adele Moby Dido Enya
    Bjork Cher Anastacia Nelly Ludacris Ashanti Brandy Shaggy Jamelia Lemar Kylie Sade Lulu Donovan Prince
    Seal Jay-Z Pink Kelis Akon Ciara Fergie Slash Edge Liberace Banksy Twiggy Ronaldo Neymar Marcelo""".split()
)
# Products named alone, which the model calls people or bodies ("Chrome", "Thunderbolt", "Kindle").
PRODUCT_NAMES = frozenset(
    """Alexa Echo Kindle Chrome Firefox Safari Thunderbolt Betamax Blu-ray Walkman Xbox PlayStation Wii Switch
    Android iPhone iPad iPod iTunes MacBook Macintosh Windows Outlook Skype WhatsApp Siri Cortana Photoshop
    Minidisc Galaxy Pixel""".split()
)
# Awards named like people ("Oscar nominee", "an Emmy"): alone, never a person.
AWARD_NAMES = frozenset({"Oscar", "Oscars", "Emmy", "Emmys", "Grammy", "Grammys", "Bafta", "Baftas", "BAFTA", "Golden Globe", "Golden Globes", "Tony Award", "Tony Awards", "Brit Award", "Brit Awards", "Razzie", "Razzies", "Ivor Novello"})
# The UK's nations: places that name bodies ("Bank of England") without being ISO countries; a body
# "of England" keeps its name and is not renamed "of the United Kingdom".
UK_NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland"})
HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady prof prof. professor mister madam madame "
    "monsieur herr rev rev. revd reverend rt rt.".split()
)
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
NAME_PARTICLES = frozenset("bin ibn al al- el de del della der di da dos du la le van von ten ter st st. y".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Lowercase words that may modify a title head from the left ("trade commissioner").
TITLE_MODIFIERS = frozenset(
    """trade defence defense foreign finance economic economy chief senior presidential party opposition
    government state national regional local federal assistant associate executive managing junior
    health justice industry research energy oil transport fund market investment bank union police
    army military intelligence security campaign press communications marketing sales technical
    development group company airline football cabinet interior home environment education culture
    treasury budget policy programme program project news political science legal medical
    tory labour conservative democratic republican principal permanent special general vice""".split()
)
# Abbreviated title heads and the role they stand for ("Gov." -> Governor): the role column names
# the post in full, the title column keeps what was written.
ROLE_EXPANSIONS = {
    "gov.": "Governor", "gov": "Governor", "sen.": "Senator", "rep.": "Representative", "pres.": "President",
    "amb.": "Ambassador", "supt.": "Superintendent", "insp.": "Inspector", "atty. gen.": "Attorney General",
    "lt. gov.": "Lieutenant Governor", "gen.": "General", "gen": "General", "lt.": "Lieutenant", "lt": "Lieutenant",
    "col.": "Colonel", "col": "Colonel", "capt.": "Captain", "capt": "Captain", "sgt.": "Sergeant", "sgt": "Sergeant",
    "maj.": "Major", "maj": "Major", "cmdr.": "Commander", "adm.": "Admiral", "cpl": "Corporal", "brig": "Brigadier",
    "lt. col.": "Lieutenant Colonel", "lt col": "Lieutenant Colonel", "maj. gen.": "Major General", "maj gen": "Major General",
    "brig. gen.": "Brigadier General", "brig gen": "Brigadier General", "lt gen": "Lieutenant General", "pm": "Prime Minister",
}
# Title heads that are common words: only a title when capitalised (or followed by "of").
NEEDS_CAPS = frozenset(
    "general private major justice marshal chair principal partner deputy official officials expert "
    "author player owner private captain lieutenant officer executive manager director head chief gen col lt maj capt sgt brig cpl pm "
    "wing hooker prop lock".split()  # rugby positions, ordinary words unless a name follows
)
# Positions that are posts only right before a name, in any case ("Pittsburgh center Maurkice Pouncey",
# not "at the centre of the affair" or "the Tax Policy Center").
NAME_BOUND_HEADS = frozenset("forward forwards centre centres center centers attacker attackers host hosts co-host co-hosts".split())


# Posts that exist in one country only: their holder's country is known from the title alone.
NATIONAL_TITLES: dict[str, frozenset[str]] = {
    "GB": frozenset({
        "foreign secretary", "home secretary", "chancellor of the exchequer", "work and pensions secretary",
        "northern ireland secretary", "scottish secretary", "welsh secretary", "culture secretary",
        "health secretary", "education secretary", "defence secretary", "environment secretary",
        "transport secretary", "trade secretary", "shadow chancellor", "shadow home secretary",
        "shadow foreign secretary", "msp", "chief secretary", "chief treasury secretary", "lord chancellor",
    }),
    # US cabinet posts by their American names ("Defense", "Labor"); the UK says "Defence Secretary".
    "US": frozenset({
        "treasury secretary", "secretary of the treasury", "defense secretary", "secretary of defense",
        "commerce secretary", "secretary of commerce", "labor secretary", "secretary of labor",
        "homeland security secretary",
    }),
}
# Kinds of post that belong to a state (so, without a stated country, to the article's country).
STATE_CATEGORIES = frozenset({"government", "parliament", "royal", "military"})
# Callings a person follows on their own: a country before one is the holder's nationality, not a
# jurisdiction ("British costume designer", "US rapper"), unlike a post or a national side's
# position ("British minister", "England coach", "Australian wing").
PERSONAL_CALLINGS = frozenset(
    """singer actor actress artist musician designer photographer architect rapper vocalist songwriter
    singer-songwriter painter sculptor screenwriter choreographer ballerina pianist violinist cellist
    saxophonist guitarist bassist drummer keyboardist trumpeter multi-instrumentalist dj lyricist
    cinematographer writer novelist poet author blogger illustrator academic scientist researcher
    historian philosopher sociologist psychologist biologist investor financier businessman
    businesswoman tycoon millionaire billionaire entrepreneur chef comedian film-maker filmmaker
    playwright composer conductor dancer model sprinter hurdler jockey heptathlete decathlete
    athlete runner cyclist swimmer skier golfer boxer""".split()
)
# Briefs that name a government department ("the labor department", "the Commerce Department").
POLICY_WORDS = frozenset({"labor", "labour", "commerce", "defense", "defence", "justice", "treasury", "health", "education", "energy", "agriculture", "interior", "transport", "transportation", "environment", "trade", "finance", "foreign", "home", "state", "homeland"})
# Briefs a minister's title may open with, capitalised even at a sentence's start ("Planning Minister Julio De Vido").
BRIEF_WORDS = POLICY_WORDS | frozenset({"planning", "economy", "industry", "culture", "housing", "fisheries", "tourism", "information", "communications", "oil", "mines", "welfare", "immigration", "security", "sports"})
# Newsroom posts: the outlet's country is no jurisdiction of theirs (a BBC correspondent holds no British office).
MEDIA_POSTS = frozenset("correspondent reporter journalist editor editor-in-chief columnist commentator presenter anchor producer broadcaster pundit controller".split())


@lru_cache(maxsize=1)
def title_patterns() -> tuple[dict, ...]:
    """The titles lexicon (src/newsie/data/titles.jsonl)."""
    return tuple(read_jsonl("titles.jsonl", allowed=PATTERN_KEYS, required=("pattern",)))


@lru_cache(maxsize=1)
def qualifier_patterns() -> dict[str, str]:
    """Qualifier word → qualifier value (acting, deputy, former, …)."""
    return {r["pattern"]: r["id"] for r in read_jsonl("qualifiers.jsonl", allowed=PATTERN_KEYS)}


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Every lowercase word that occurs in a title pattern."""
    return frozenset(w for r in title_patterns() for w in r["pattern"].lower().split())


def _word_list(filename: str) -> frozenset[str]:
    """One word or name per line of a shipped data file; '#' lines are comments."""
    return frozenset(line.strip() for line in read_text(filename).splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names that start a person's name (src/newsie/data/first_names.txt)."""
    return _word_list("first_names.txt")


@lru_cache(maxsize=1)
def ambiguous_given_names() -> frozenset[str]:
    """Given names that are also ordinary words ("Bill", "Will", "Rose"), kept out of first_names()."""
    return _word_list("given_names_ambiguous.txt")


@lru_cache(maxsize=1)
def any_given_names() -> frozenset[str]:
    """Every given name newsie knows, the ordinary-word ones ("Bill", "Sandy") included."""
    return first_names() | ambiguous_given_names()


# Verbs of saying, inflected (the pipeline runs without a lemmatizer): their subject is a speaker,
# a person or a body, never a work ("Variety reported", "Will Davies, senior fellow, said").
SPEECH_VERBS = frozenset("""say says said tell tells told report reports reported announce announces announced write writes wrote
    confirm confirms confirmed add adds added claim claims claimed reveal reveals revealed publish publishes published
    warn warns warned""".split())


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lowercase words common in English text (src/newsie/data/common_words.txt, from spacy-lookups-data)."""
    return _word_list("common_words.txt")


@lru_cache(maxsize=1)
def fictional_characters() -> frozenset[str]:
    """Well-known fictional characters ("Darth Vader"; src/newsie/data/fictional_characters.txt): no people."""
    return _word_list("fictional_characters.txt")


@lru_cache(maxsize=1)
def venue_names() -> frozenset[str]:
    """Grounds, arenas and halls known without a venue word ("Old Trafford"; src/newsie/data/venues.txt)."""
    return _word_list("venues.txt")


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Cities of 50,000+ people (src/newsie/data/cities.txt, GeoNames CC BY 4.0)."""
    return _word_list("cities.txt")


@lru_cache(maxsize=1)
def country_words() -> frozenset[str]:
    """Every country name, adjective and demonym, as written."""
    return frozenset(t for rec in country_table() for t in rec["names"] + rec["adjectives"])

# Capitals that news uses for their governments ("Bonn's finance minister", "Washington's envoy").
CAPITAL_STATES = {
    "Washington": "US", "London": "GB", "Moscow": "RU", "Beijing": "CN", "Peking": "CN", "Tokyo": "JP", "Bonn": "DE",
    "Berlin": "DE", "Paris": "FR", "Rome": "IT", "Madrid": "ES", "Ottawa": "CA", "Canberra": "AU", "Tehran": "IR",
    "Baghdad": "IQ", "Kabul": "AF", "New Delhi": "IN", "Delhi": "IN", "Islamabad": "PK", "Seoul": "KR", "Pyongyang": "KP",
    "Kiev": "UA", "Kyiv": "UA", "Ankara": "TR", "Cairo": "EG", "Riyadh": "SA", "Damascus": "SY", "Brasilia": "BR",
    "Buenos Aires": "AR", "Caracas": "VE", "Bogota": "CO", "Manila": "PH", "Jakarta": "ID", "Bangkok": "TH",
    "Hanoi": "VN", "Kuala Lumpur": "MY", "Taipei": "TW", "Warsaw": "PL", "Prague": "CZ", "Budapest": "HU", "Vienna": "AT",
    "Bern": "CH", "Berne": "CH", "Stockholm": "SE", "Oslo": "NO", "Copenhagen": "DK", "Helsinki": "FI", "Athens": "GR",
    "Lisbon": "PT", "Dublin": "IE", "Wellington": "NZ", "Pretoria": "ZA", "Nairobi": "KE", "Abuja": "NG", "Khartoum": "SD",
    "Tripoli": "LY", "Algiers": "DZ", "Rabat": "MA", "Amman": "JO", "Beirut": "LB", "Minsk": "BY", "Tbilisi": "GE",
    "Yerevan": "AM", "Baku": "AZ", "Tashkent": "UZ", "Bishkek": "KG", "Dushanbe": "TJ", "Chisinau": "MD", "Bucharest": "RO",
    "Sofia": "BG", "Belgrade": "RS", "Zagreb": "HR", "Havana": "CU", "Managua": "NI", "Quito": "EC", "La Paz": "BO",
}

