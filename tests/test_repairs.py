"""Repairs of the base model's PERSON and ORG spans, on sentences written in the pattern of real ones (doc ids in comments) and rule units."""

from __future__ import annotations

import pytest
import spacy

import newsie
from newsie.components.base import work_titles
from newsie.components.sections import CREDIT_LINE, find_sections
from newsie.normalise.organisations import lookup_org, org_key


def names(nlp, text: str) -> set[str]:
    return {p["name"] for p in newsie.extract(text, nlp=nlp).tables.rows["people"]}


def orgs(nlp, text: str) -> set[str]:
    return {o["name"] for o in newsie.extract(text, nlp=nlp).tables.rows["organisations"]}


def roles(nlp, text: str) -> list[dict]:
    """The roles rows, each with its holder's name under "name"."""
    rows = newsie.extract(text, nlp=nlp).tables.rows
    people = {p["person_id"]: p["name"] for p in rows["people"]}
    return [dict(r, name=people[r["person_id"]]) for r in rows["roles"]]


def assert_found(found: set[str], present: set[str], absent: set[str]) -> None:
    assert present <= found, found
    assert not (absent & found), found


PEOPLE_CASES = [
    # a country's name that is the person's given name stays in the name (issue #4: "Jordan / Chad … as names")
    ("Jordan Henderson scored twice for Liverpool on Saturday.", {"Jordan Henderson"}, {"Henderson"}),
    ("Chad Johnson caught two touchdowns for the Bengals.", {"Chad Johnson"}, {"Johnson"}),
    # a nationality before a name is no part of it, whatever the model's label (sport/075's, sport/440's patterns)
    ("American Abigail Spears lost in the first round.", {"Abigail Spears"}, {"American Abigail Spears"}),
    ("Veteran Spaniard Conchita Martinez won in three sets.", {"Conchita Martinez"}, {"Veteran Spaniard Conchita Martinez"}),
    ("Gardener cruised home ahead of Scot Nick Smith to win the race.", {"Nick Smith"}, {"Scot Nick Smith"}),
    ("Scot Pollard scored 12 points for the Kings.", {"Scot Pollard"}, {"Pollard"}),
    # the model calls a full name an organisation; "Mr Gaymard" or a lone "Llwyd" it calls a person vouches for it (business/344's, politics/177's pattern)
    ('Herve Gaymard said he would raise the issue at the next meeting of finance ministers in Paris. "We need coordinated management," said Mr Gaymard.', {"Herve Gaymard"}, set()),
    ("Elfyn Llwyd said the bill was flawed. Llwyd told MPs it would not pass.", {"Elfyn Llwyd"}, {"Llwyd"}),
    # …but not a company's subsidiary whose country the model took for a person (reuters 19392's pattern)
    ("A spokesman for Ford Brasil said the plant would close for two weeks. Brasil is the company's biggest market in the region.", set(), {"Ford Brasil"}),
    ("The government was on the brink of stepping in to save Varig, Brazil's flagship airline. Varig has debts of 6.5 billion reais.", set(), {"Varig"}),
    # a given name the model alone calls a nationality still opens a name; the surname it calls a club is the person (sport/199's pattern)
    ("Chelsea have sacked Adrian Mutu after he failed a drugs test. Mutu scored six goals in his first five games.", {"Adrian Mutu"}, set()),
    # a given name that is also a word, opening the sentence, still opens the name
    ("Dick Cheney said the war was going well on Monday.", {"Dick Cheney"}, set()),
    ("Skip Bayless said the team would lose.", {"Skip Bayless"}, set()),
    ("Chip makers said sales were up.", set(), {"Chip"}),
    # a score line the model read as a facility still names the player
    ("The world number one beat Gaston Gaudio 5-7 6-1 6-4, before Andre Agassi saw off Nicolas Massu.", {"Gaston Gaudio"}, set()),  # the pattern of bbc sport/468
    # a name in apposition to a kinship or a sporting noun is a person's, whatever the model's label (sport/056's, sport/445's pattern)
    ("Olympic heptathlon champion Carolina Kluft was full of admiration for her rival.", {"Carolina Kluft"}, set()),
    ("People tended to forget the impact the murder of sister Yetunde Price had had on the family.", {"Yetunde Price"}, set()),
    # a director's possessive before the work an actor had a role in is still the director's name
    ("He was nominated for an Oscar for his role in Bernardo Bertolucci's Last Tango in Paris.", {"Bernardo Bertolucci"}, set()),
    # a game's name made of ordinary words ("raider", "exodus") is no person's; a name ending in "ss" is no plural
    ("Games on the list include Metro Exodus, Tomb Raider and Mortal Kombat 11.", set(), {"Metro Exodus", "Tomb Raider"}),  # a web page's pattern
    ("PJ Harvey pipped Kylie Minogue, Joss Stone, Anastacia and Natasha Bedingfield to the female crown.", {"Joss Stone", "Kylie Minogue"}, set()),  # the pattern of entertainment/125
    # an initialism's post inside the model's PERSON span heads the name after it
    ("Lib Dem MP Lembit Opik said ministers had invented a new category of hunting.", {"Lembit Opik"}, {"Lib Dem MP Lembit Opik"}),  # the pattern of politics/169
    # given names of people born after 1990 (SSA baby names): the model tags these ORG
    ("Denzel Ward is still waiting for his first interception of the year. He almost had one against Pittsburgh.", {"Denzel Ward"}, set()),  # a web page's pattern
    # a plural noun that calls a list of names businesses ("technology firms A and B")
    ("Research by technology firms Earthlink and Webroot revealed that 90% of Windows machines had spyware.", set(), {"Earthlink", "Webroot"}),  # the pattern of bbc tech/292
    # "play" as a verb names an opponent, not a work
    ("The British number one will next play Roger Federer at the warm-up event on Friday.", {"Roger Federer"}, set()),  # the pattern of bbc sport/468
    # the model tags these people ORG: a known given name (or an initial) makes them people
    ("Carlos Moya meets Andy Roddick in the reverse singles before Rafael Nadal faces Mardy Fish.", {"Rafael Nadal"}, set()),  # the pattern of bbc sport/472
    ("Britney Spears won a Grammy for the song Toxic, named the best dance recording.", {"Britney Spears"}, set()),  # the pattern of entertainment/264
    ("Liverpool forward Milan Baros does not know if he is still in boss Rafa Benitez's plans.", {"Milan Baros"}, set()),  # the pattern of sport/165
    # a list run into one PERSON span is split; a dash and what follows are cut off
    ("The record has vocals from the likes of Chris Martin, Dido, Robbie Williams and the Sugababes.", {"Chris Martin", "Robbie Williams"}, {"Chris Martin, Dido"}),  # the pattern of entertainment/159
    ("Two other men freed from the Cuba camp in January - Richard Belmar and Moazzam Begg - have not said if they got letters.", {"Moazzam Begg"}, {"Moazzam Begg - have"}),  # the pattern of politics/065
    ('"He will not figure in the Scotland game," said Wales physio Mark Davies.', {"Mark Davies"}, {"physio Mark Davies"}),  # sport/341
    # company words make a business, not a person
    ("Anil Ambani, vice-chairman of India Petrochemicals Limited (IPCL), did not attend the meeting on Thursday.", {"Anil Ambani"}, {"Petrochemicals Limited"}),  # the pattern of business/486
    ("When the Celtic Warriors folded he signed a part-time contract with Neath RFC.", set(), {"Neath RFC"}),  # the pattern of sport/297
    # a possessive ends a name; a short form of a company named in full is the company
    ("A few of the new additions - Blue Origin, Sierra Nevada Corporation and SpaceX - are notable. Jeff Bezos’s Blue Origin won; Sierra Nevada did not.", {"Jeff Bezos"}, {"Sierra Nevada", "Jeff Bezos’s Blue Origin"}),
    # a work's title after "film"/"drama" is not a person
    ("Imelda Staunton won best actress for the gritty abortion drama Vera Drake. Vera Drake star Imelda Staunton looks likely to win.", {"Imelda Staunton"}, {"Vera Drake"}),  # entertainment/091 style
    # vehicles, venues and credits are not people; a place the model read for a person is one
    ("Discovery will go to the Smithsonian, replacing the Space Shuttle Enterprise; Space Shuttle Columbia was lost in 2003.", set(), {"Space Shuttle Columbia", "Space Shuttle Enterprise"}),  # gum-news nasa style
    ("Traders work on the floor of the NYSE in New York. REUTERS/Brendan McDermid", set(), {"Brendan McDermid"}),
    ("The Lib Dem leader said the Lib Dem plan would cost less.", set(), {"Lib Dem"}),
    ("The band has worked with producer John Shanks (Bon Jovi, Sheryl Crow, Goo Goo Dolls).", {"John Shanks"}, set()),
    # a name the model tags ORG: a hyphenated given name, a possessive, a given name that is also a word
    ("“There is no basis for an indictment,” Sweden’s deputy prosecutor, Eva-Marie Persson, said on Tuesday.", {"Eva-Marie Persson"}, set()),  # a web page's pattern
    ("The arrest linked the incident to Fox News host Jeanine Pirro’s comments.", {"Jeanine Pirro"}, set()),
    ("As a defense, the Browns had 11 hits on Mason Rudolph on Sunday.", {"Mason Rudolph"}, set()),
    ("The Future of Banking Is Mobile, Says GoBank Founder", set(), {"GoBank Founder"}),
    # a name listed beside people is a person though the model calls it a club or a place
    ("Belgium started with Romelu Lukaku, Yannick Carrasco, and Dries Mertens making early attempts on goal.", {"Dries Mertens"}, {"Dries"}),  # a GUM article's pattern
    ("Guests included photographers Nat Finkelstein and Felice Quinto, and athletes Vitas Gerulaitis (tennis) and Jack Nicklaus (golf).", {"Vitas Gerulaitis"}, set()),
    ("The Bishop of London, the Rt Rev Richard Chartres, said the Church of England would not change its view.", {"Richard Chartres"}, set()),
    # a company the text calls a maker, chain or band is not a person; a team's name before a player's is cut off
    ("Swiss cement maker Holcim said profits rose, and Holcim shares gained 2%.", set(), {"Holcim"}),  # the pattern of business/485
    ("Down the line, Browns Greedy Williams made a nice play on the ball.", {"Greedy Williams"}, {"Browns Greedy Williams"}),
    # a lone surname the model tags PERSON, mentioned once, is kept when the sentence treats it as a
    # person (a verb's subject, a description before it, a coordinated person) and it is no ordinary word
    ("The song was actually written by Rodgers and Hammerstein for the stage.", {"Rodgers", "Hammerstein"}, set()),  # the pattern of entertainment/277
    ("Woodward restored him as England captain after the tour.", {"Woodward"}, set()),  # the pattern of sport/375
    ("The appeal was launched by U2 frontman Bono in Dublin.", {"Bono"}, set()),  # the pattern of entertainment/143
    # capitalised ordinary words are not a name, with or without a title word before them
    ("Apple's 16-inch MacBook Pro With Scissor Keyboard Expected This Week", set(), {"Keyboard Expected"}),  # a web headline's pattern
    ("Defensive Line Struggles Again as Browns Fall to Steelers", set(), {"Browns Fall", "Defensive Line"}),
    ("Our Elite Player Squad will train in Loughborough next month, the coach said.", set(), {"Squad"}),  # the pattern of sport/358
    ("Sales at General Accident rose last year.", set(), {"Accident"}),  # the pattern of reuters 3217
    # names the model left untagged, a double given name, a name inside a prize's name, a credit after a name
    ("Mauresmo routed Vera Zvonareva, while Kuznetsova won over fellow Russian Svetlana Kuznetsova. American Lindsay Davenport lost.", {"Vera Zvonareva", "Svetlana Kuznetsova"}, set()),  # bbc sport style
    ("Earlier, South Korean Hyung-Taik Lee defeated American Jan-Michael Gambill 6-3 7-6.", {"Jan-Michael Gambill"}, {"Michael Gambill"}),
    ("Robin Williams will receive the Cecil B DeMille award at the ceremony.", {"Robin Williams"}, {"Cecil B DeMille"}),  # entertainment/095 style
    ("Rep. Ilhan Omar speaks at the Capitol on July 25, 2019. J. Scott Applewhite / AP file", {"Ilhan Omar"}, {"Scott Applewhite"}),
    # a relative the model tags ORG shares a named person's surname; a name inside a score line
    ("Anil Ambani and his brother Mukesh Ambani fell out after their father Dhiru Bhai Ambani died.", {"Dhiru Bhai Ambani"}, set()),  # business/486 style
    ("Canadian qualifier Frank Dancevic downed American Jeff Morrison 4-6 7-6 (7-2) 6-3.", {"Jeff Morrison"}, set()),  # sport/426 style
    # products the model calls people: a known company's name first, a model word, a number
    ("Deals: Nintendo Switch Lite for $199. DJI Mavic Mini for $349.", set(), {"Nintendo Switch Lite", "DJI Mavic Mini", "Mavic Mini"}),
    # page text run together by a scraper is not a name
    ("Omar spoke on Monday. Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders agreed with her.", set(), {"Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders"}),
    # a hyphenated given name (gum-news, CC BY 2.5 Wikinews)
    ("Civic Passion's Wong Yeung-tat lost his seat.", {"Wong Yeung-tat"}, {"Wong Yeung"}),
    # an honorific before the only mention vouches for a lone surname
    ('In the Commons, Mr Howard said it would be "far better" to start again.', {"Howard"}, set()),  # the pattern of politics/014
    # awards, initialisms and the first word of a company named in full are no people
    ("Other Oscar contenders, including The Aviator, continued to draw crowds; the Oscar nominees meet next week.", set(), {"Oscar"}),  # entertainment/053
    ('"Paula would be a huge asset to the GB team," said the coach. In her absence, the GB team won bronze.', set(), {"GB"}),  # sport/011
    ("Baikal Finance Group won the auction. Newspapers claimed that Baikal was a front for Gazprom, and Baikal will not pay.", set(), {"Baikal"}),  # business/318
    # company words end a 'name' the model calls a person; a caption's credit is cut off; a street is no person
    ("Demand rose, said Newhall Refining Co, and Casey Co agreed.", set(), {"Newhall Refining Co", "Casey Co"}),  # reuters 8015's pattern
    ("PHOTO CAPTION: Christopher Battin Submitted", {"Christopher Battin"}, {"Christopher Battin Submitted"}),  # a police page's pattern
    ("Police found the car on Jolinda Drive in Columbus on Monday.", set(), {"Jolinda Drive"}),
    # a sentence's first word the model ran into a name
    ("Without Charles Newman's saxophone the band would have sounded thin, critics said.", {"Charles Newman"}, {"Without Charles Newman", "Without Charles"}),
    # a name that qualifies the next post ("the billionaire Bhs owner") is no holder of the post before it
    ("The offer came from Philip Green, the billionaire Bhs owner, on Tuesday.", {"Philip Green"}, {"Bhs"}),  # business/184
    # well-known bands and clubs are organisations, not people; a fixture list's lines are no name
    ("The line-up includes Franz Ferdinand, Scissor Sisters and Led Zeppelin tribute acts.", set(), {"Franz Ferdinand", "Scissor Sisters", "Led Zeppelin"}),  # entertainment/283
    ("QPR v Nottm Forest\n\nLuton v Hinckley/Brentford\n\nMatches to be played on weekend of 8/9 January.", set(), {"Hinckley/Brentford Matches", "Hinckley", "Brentford"}),  # sport/205
    ("Hillary Clinton speaks in Washington. Joshua Roberts/Reuters", {"Hillary Clinton"}, {"Joshua Roberts"}),
    # a name the model reads as a nationality or a work; a long Arabic name with its particles
    ("Claxton left European medal favourite Russian Irina Shevchenko trailing in sixth spot.", {"Irina Shevchenko"}, {"Russian Irina Shevchenko"}),  # sport/001
    ('"What we are proposing is a civic commons," Will Davies, senior research fellow at the IPPR told the BBC.', {"Will Davies"}, set()),  # tech/191
    ("Oil Minister Prince Abdul Aziz Ibn Salman Ibn Abdul Aziz said output would rise.", {"Abdul Aziz Ibn Salman Ibn Abdul Aziz"}, {"Abdul Aziz Ibn Salman", "Ibn Abdul Aziz"}),  # reuters 19505
    # after "a/an" the name that follows a post is seldom its holder
    ('"Rates will rise," said Al Breach, an economist at UBS Brunswick, in Moscow.', {"Al Breach"}, {"Brunswick"}),  # business/222
    ('"Worries remain," Michael Rabb, an analyst with Bank Sal Oppenheim, told Reuters.', {"Michael Rabb"}, {"Sal Oppenheim"}),  # business/117
    # a body's name after its common noun, run into the name after it; an initial is kept
    ('"It is wrong," said general secretary of the public services union Unison Dave Prentis on Monday.', {"Dave Prentis"}, {"Unison Dave Prentis"}),  # politics/357
    ("The church was founded by science fiction writer L. Ron Hubbard in 1954.", {"L. Ron Hubbard"}, {"Ron Hubbard"}),  # gum-news defector (CC BY 2.5 Wikinews)
    # a lone surname of a well-known office holder, a person known by one name; a word of a known firm is no one
    ("Officials said the Reagan administration would not change its policy on the dollar.", {"Reagan"}, set()),  # reuters 15656's pattern
    ("The award went to US rapper Eminem, who did not attend the ceremony in Dublin.", {"Eminem"}, set()),  # entertainment/125's pattern
    ("NASA picked Intuitive Machines, Lockheed Martin, Masten Space Systems and Moon Express.", set(), {"Martin"}),  # a web page's pattern
    # an ordinary word or a demonym opening a name the model tagged; a party's members
    ("Welshman Jimmy Watkins finished third in the 800m.", {"Jimmy Watkins"}, {"Welshman Jimmy Watkins"}),  # sport/060's pattern
    ("Entering Westminster for the first time, the new members were shown around.", set(), {"Entering Westminster", "Westminster"}),  # politics/406's pattern
    ("The Lib Dem spokesman said the Illinois Democrat had been wrong.", set(), {"Lib Dem", "Illinois Democrat"}),
    # a product or a place named alone is no person
    ("Sony backs Blu-ray, while Toshiba backs HD-DVD. Sony lost the Betamax war, but Blu-ray has film studios behind it.", set(), {"Blu-ray", "Betamax"}),  # tech/224's pattern
]


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Eastern Michigan quarterback Marcus Childers threw for 300 yards.", ("Marcus Childers", "quarterback")),
        ("Family Guy creator Seth MacFarlane said the show would return.", ("Seth MacFarlane", "creator")),
        ("IPCL board member Anand Jain resigned on Friday.", ("Anand Jain", "board member")),
        # rugby positions and a disc jockey before a name (bbc sport/383, entertainment/128)
        ("England called up Wasps wing Tom Voyce on Monday.", ("Tom Voyce", "wing")),
        ("England called up Leicester hooker George Chuter on Monday.", ("George Chuter", "hooker")),
        ("The show was hosted by Virgin Radio DJ Pete Mitchell.", ("Pete Mitchell", "dj")),
        # officials and team positions that are ordinary words
        ("The coach blamed referee Jonathan Kaplan for the defeat.", ("Jonathan Kaplan", "referee")),  # sport/330's pattern
        ("Ulster forward Ronan McCormack said he was shocked to be picked.", ("Ronan McCormack", "forward")),  # sport/379's pattern
        ("Pittsburgh center Maurkice Pouncey was suspended for three games.", ("Maurkice Pouncey", "center")),  # a web page's pattern
        # a post opening with an -ing word the tagger reads as a verb
        ("Managing director John Smith quit on Friday.", ("John Smith", "managing director")),
        ("To mark the anniversary, founding members Tom Johnston and Pat Simmons will tour.", ("Pat Simmons", "founding member")),  # a web page's pattern
        # a host before a name, and posts named by their trade; a modifier of a modifier stays in the post
        ("Fox News host Jeanine Pirro said the inquiry was a sham.", ("Jeanine Pirro", "host")),  # a web page's pattern
        ("Theatre impresario Cameron Mackintosh said the show would go on.", ("Cameron Mackintosh", "impresario")),  # entertainment/295's pattern
        ("The party was funded by refrigerator magnate William Haughey.", ("William Haughey", "magnate")),  # politics/322's pattern
        # a post after "to" whose holder follows is that holder's, not the complement of the post before it
        ("Disney provided a leased car and driver to former director Thomas Murphy.", ("Thomas Murphy", "director")),  # business/331's pattern
    ],
)
def test_sport_and_media_posts(nlp, text, expected):
    assert expected in {(r["name"], r["role"].lower()) for r in roles(nlp, text)}


PEOPLE_CASES += [
    # a description in apposition is no second name, and it vouches for the one before it (reuters21578 6716's pattern)
    ("Denman told Rostenkowski, an Illinois Democrat, he backed aspects of the bill.", {"Rostenkowski"}, {"Illinois Democrat"}),
    ("Mr Wilson worked with New Order, as well as the Happy Mondays, he said.", set(), {"Happy Mondays"}),  # entertainment/228's pattern
    # a place and a quarter or an ordinary word, named once, is a constituency, a club or a firm; an -ing word opens a work's name
    ("Voters in Yobe North and in Wichita North went to the polls.", set(), {"Yobe North", "Wichita North"}),  # web pages 0dd13570, 3ce1c8fd
    ("The 2004 film Finding Neverland was praised, as was Finding Forrester.", set(), {"Finding Neverland", "Finding Forrester"}),  # entertainment/035, 214
    ("Sandy Powell won the costume award.", {"Sandy Powell"}, set()),  # entertainment/373: a given name that is also a town
    # page text run together with an underscore is no name (web page 52111884's credits)
    ("Choreographer_Jeong Hye Jin, Art Director_Park Dong Woo, Lighting Design_Sin Ho.", set(), {"Art Director_Park Dong Woo", "Director_Park Dong Woo"}),
    # a name only ever written in quotation marks is a work's or a show's title (a web page's pattern)
    ('The park had films from Pixar and classic Disney fare, including “Mary Poppins” and “Bambi.”', set(), {"Mary Poppins"}),
    ("Children queued for the 'Peter Pan' matinee, as Judi Dench read to them.", {"Judi Dench"}, {"Peter Pan"}),
    ('"Gordon Brown" was the answer, and Brown was pleased.', {"Gordon Brown"}, set()),  # named outside the quotes too
    # a peer's territorial designation is part of the name, and tells two people of one surname apart
    ("Former Welsh minister Lord Roberts of Conwy denied it. A man called Sion Aubrey Roberts was jailed in 1993.", {"Roberts of Conwy", "Sion Aubrey Roberts"}, {"Roberts"}),  # politics/177's pattern
    ("The Lord Mayor of London met Lord Robertson of Port Ellen on Monday.", {"Robertson of Port Ellen"}, {"Mayor of London"}),
    # people known by one name: found where the model left them untagged or called them places; an
    # ordinary word among them only in a list beside a person (entertainment/125's pattern)
    ("In the pop categories, Morrissey beat Eminem, Usher and Robbie Williams to the award.", {"Morrissey", "Eminem", "Usher", "Robbie Williams"}, set()),
    ("An usher showed us in. Prince Harry met fans, and Pink Floyd played the Usher Hall.", set(), {"Usher", "Prince", "Pink"}),
    # an initial closing a sentence leaves its full stop to the sentence; one inside a name keeps it
    ("The British film stars So Solid Crew rapper Asher D. It opens on Friday, and George W. Bush will not see it.", {"Asher D", "George W. Bush"}, {"Asher D."}),  # entertainment/099's pattern
    # a person's name made plural is a type, not a second person (sport/158's pattern)
    ('Wayne Rooney scored twice. "We cannot all be Wayne Rooneys," said Jaap Stam.', {"Wayne Rooney", "Jaap Stam"}, {"Wayne Rooneys"}),
    # given names of people born after 1990 that fewer than 5,000 US babies got ("Zach", "Linus") start names the model missed
    ("Wild 4, Sabres 1: Zach Parise scored twice, and Linus Ullmark stopped 22 shots.", {"Zach Parise", "Linus Ullmark"}, set()),  # an AP NHL round-up's pattern
    # an honour after a name is no part of it (politics/322's pattern)
    ("The donor, businessman William Haughey OBE, gave the party money.", {"William Haughey"}, {"William Haughey OBE"}),
    # a well-known fictional character is no person, however the sentence treats it (tech/125's pattern)
    ("Darth Vader takes on Luke Skywalker in the game, and Daniel Radcliffe returns as Harry Potter.", {"Daniel Radcliffe"}, {"Darth Vader", "Luke Skywalker", "Harry Potter"}),
    # a saint's or a place's name, or a sentence's first word run into a name, is no person
    ("At Heathrow, BAA said it was working with residents. Kay, from St Katherine, said hello to Tony Blair.", {"Tony Blair"}, {"At Heathrow", "St Katherine"}),  # politics/369 and tech/098's patterns
    # a firm's legal form says it is no person
    ("The request to withdraw came from Berger and Montague P.C., counsel for the plaintiffs.", set(), {"Montague P.C.", "Montague", "Berger"}),
]


@pytest.mark.model
@pytest.mark.parametrize("text,present,absent", PEOPLE_CASES, ids=[c[0][:40] for c in PEOPLE_CASES])
def test_person_span_repairs(nlp, text, present, absent):
    assert_found(names(nlp, text), present, absent)


ORG_CASES = [
    # "a Commonwealth silver medal" is the Games' medal; "the Commonwealth" in politics is the body (sport/012's pattern)
    ("He made his breakthrough five years ago but has only a Commonwealth silver medal to his name.", set(), {"Commonwealth of Nations"}),
    ("The Queen is head of the Commonwealth, and leaders of the Commonwealth met in Malta.", {"Commonwealth of Nations"}, set()),
    # a meeting named "Indoors" or "Finals" is an event, not a body (sport/012's, a web page's pattern)
    ("Idowu can take gold at the European Indoors in Madrid next month.", set(), {"European Indoors"}),
    ("Nadal lost to Zverev in the Rakuten Madrid Finals on Sunday.", set(), {"Rakuten Madrid Finals"}),
    # a press release's ticker and its capitals dateline name no body (web pages' pattern)
    ("Ascom registered shares (ASCN) are listed in Zurich.", {"Ascom"}, {"ASCN"}),
    ("BAAR, SWITZERLAND\nAscom, a global solutions provider, said on Monday that sales rose.", {"Ascom"}, {"BAAR"}),
    ("The deal between IBM and GE was signed on Monday.", {"IBM", "General Electric"}, set()),
    ("IBM, APPLE SIGN DEAL\nIBM and Apple said on Monday they would work together.", {"IBM"}, set()),  # a headline in capitals is no dateline
    # a short form after the founder's initials is the same firm (business/010's pattern); an acronym-named body's word is not
    ("Among the accused were Altria Group and RJ Reynolds Tobacco. Shares closed higher, with Reynolds showing gains of 4.5%.", {"RJ Reynolds Tobacco"}, {"Reynolds"}),
    # a founder's initials and a court's circuit are part of the name the model cut (business/104's pattern)
    ("Shares in RJ Reynolds Tobacco rose 3% on Monday.", {"RJ Reynolds Tobacco"}, {"Reynolds Tobacco"}),
    ("The US Court of Appeals for the District of Columbia Circuit ruled on Friday.", {"US Court of Appeals for the District of Columbia Circuit"}, {"US Court of Appeals"}),
    ("The case went to the Court of Appeals for the Ninth Circuit in San Francisco.", {"Court of Appeals for the Ninth Circuit"}, set()),
    ("The Supreme Court for the first time ruled on the case.", {"Supreme Court"}, set()),
    ("Chelsea have sacked Adrian Mutu after he failed a drugs test. Mutu scored six goals in his first five games.", set(), {"Mutu"}),
    # a name a business noun describes after a comma is a business, even where the model calls it a person (business/303's pattern)
    ("The government moved to save Varig, the flagship airline, on Monday.", {"Varig"}, set()),
    # software, services and devices are products, not bodies (tech/259's, a web page's pattern)
    ("Users can download films with BitTorrent or watch Freeview on a Linux computer.", set(), {"BitTorrent", "Freeview", "Linux"}),
    ("The Stadia service streams games to a Chromecast Ultra, and HomeKit controls the lights.", set(), {"Stadia", "HomeKit", "Chromecast Ultra"}),
    # one body by one name: "U.S. Congress" and "the Treasury" in an American story are the gazetteer's US bodies (reuters 12806's, 6876's pattern)
    ("The U.S. Congress is divided on the plan. Lawmakers in Washington said the Treasury would sell more notes, and the U.S. Treasury confirmed it on Tuesday.",
     {"United States Congress", "United States Department of the Treasury"}, {"Congress of the United States", "Treasury of the United States", "Treasury"}),
    # a nationality inside a post's body qualifies the words after it, which are no holder's name (reuters 4071's, business/068's pattern)
    ("The chairman of the Association of Indonesian Coffee Exporters (AICE) told Reuters the quota was too low.", {"Association of Indonesian Coffee Exporters"}, {"Association of Indonesia"}),
    ("Mr Das, general secretary of the Congress of South African Trade Unions (COSATU), said the strike would go on.", {"Congress of South African Trade Unions"}, {"Congress of South Africa"}),
    # …while a country's name still ends the body before its holder's name in a caption
    ("Secretary of the Security Council of Armenia Armen Grigoryan and State Secretary of the Security Council of Belarus Stanislav Zas met.", {"Security Council of Armenia"}, {"Security Council of Armenia Armen Grigoryan"}),
    # news outlets quoted as sources are bodies (the gazetteer's online and magazine titles); a player's surname that is also a title is not
    ("The researcher told Gizmodo by email that the condition was rare.", {"Gizmodo"}, set()),
    ("The song is number two in Billboard's pop chart this week.", {"Billboard"}, set()),
    ("Howard, Phil Neville, Gary Neville, O'Shea, Fortune, Giggs, Scholes and Keane started for United.", set(), {"Fortune"}),  # sport/240's pattern
    ("England: Balshaw, Cohen, Hill, Hodgson, Kay, King, Lewsey, Moody and Noon.", set(), {"The Hill", "Hill"}),  # sport/383's pattern
    # a name made of ordinary words is a news outlet when it is the source of a statement (a web page's pattern); a work it appears in is not
    ("The statement, which was obtained by Variety, said the two firms had agreed terms.", {"Variety"}, set()),
    ("The company said in a statement to Rolling Stone that no deal had been made.", {"Rolling Stone"}, set()),
    ("The actor, who appeared in Blue Moon last year, will return.", set(), {"Blue Moon"}),
    # a firm named after its founder, which the model calls a person (a web page's pattern), is a body; the founder stays a person
    ("Dick Clark Productions denied that it had reached a deal with the label.", {"Dick Clark Productions"}, set()),
    ("The awards show is produced by Dick Clark Productions, which declined to comment.", {"Dick Clark Productions"}, set()),
    # works listed after "films, including" or dated in brackets are no bodies
    ("Lee has made more than 25 films, including Jungle Fever, Do the Right Thing and Summer of Sam.", set(), {"Jungle Fever", "Do the Right Thing"}),  # entertainment/052
    ("He starred in The Boxer (1998) and Martin Scorsese's Gangs Of New York (2003).", set(), {"Gangs Of New York", "The Boxer"}),  # entertainment/102
    # a work named after a work noun is no body, with or without its article; awards and trophies are no bodies
    ("Scorsese, who directed him in the Oscar-nominated movie The Aviator, said he was thrilled.", set(), {"Aviator", "The Aviator"}),  # entertainment/337's pattern
    ("She won a Golden Globe award and the Sutherland Trophy in one year, the Boston Globe said.", {"The Boston Globe"}, {"Golden Globe", "Sutherland Trophy"}),  # entertainment/099, 373
    # a ground or a hall is a place, with or without a venue word, even where the model calls it a body
    ("United drew 1-1 at Old Trafford, and Celtic lost at Murrayfield before the final at the Melbourne Cricket Ground.", set(), {"Old Trafford", "Murrayfield", "Melbourne Cricket Ground"}),  # sport/158's pattern
    # a tour-date line names venues and their sponsors, not bodies of the story (a music page's pattern)
    ("Live Nation is producing the tour.\nJune 19 – Charlotte, NC @ PNC Music Pavilion\nJune 23 -- Veterans United Home Loans Amphitheater, Virginia Beach, VA\nJuly 2 – Uncasville, CT @ Mohegan Sun Arena",
     {"Live Nation Entertainment"}, {"PNC Music Pavilion", "NC @ PNC Music Pavilion", "Veterans United Home", "Mohegan Sun"}),
    # football's "the Premiership" is the Premier League; a prime minister's "his Premiership" is no body
    ("Liverpool could finish fourth in the Premiership, he said, as Chelsea led.", {"Premier League"}, set()),  # sport/177's pattern
    ("Critics said the war had defined his Premiership.", set(), {"Premier League", "Premiership"}),
    # a capitalised "Cabinet" is the state's without an article and before a noun; a shadow one is not
    ("Mr Blair told MPs at Westminster that Cabinet ministers backed him.", {"Cabinet of the United Kingdom"}, set()),  # politics/147's pattern
    ("Mr Howard named his shadow Cabinet on Monday at Westminster.", set(), {"Cabinet of the United Kingdom"}),
    # in American politics a bare "House" is the House of Representatives; not the White House, a house or Britain's Houses
    ("Miller spoke to a group of House Republicans. The House voted on Monday, the White House said, and Congress adjourned.", {"United States House of Representatives", "White House", "United States Congress"}, set()),  # reuters21578 11950's pattern
    ("House prices rose in Britain last year, and the House of Commons debated them.", {"House of Commons"}, {"United States House of Representatives"}),
    # technical and medical initialisms are terms, not bodies
    ("Dixons will stop selling VHS machines, and firms promote RFID technology; patients with TB must see a GP.", set(), {"VHS", "RFID", "TB", "GP"}),  # tech/070, tech/321, politics/382's patterns
    # a UK department under another order of its briefs is the same department
    ("A Department for Media, Culture and Sport spokeswoman said the rules would change.", {"Department for Culture, Media and Sport"}, {"Department for Media"}),  # entertainment/289's pattern
    # a body's programme or telescope is no body; the UN's programmes are (a web page's pattern)
    ("The Department of Energy's Photovoltaic Power Systems Program funded it, with the United Nations Development Programme.", {"United Nations Development Programme"}, {"Photovoltaic Power Systems Program"}),
    # Yukos's production unit under its spellings (business/127, 391's pattern)
    ("Yukos was forced to sell Yugansk, and Yuganskneftegas went to Baikal Finance Group.", {"Yukos", "Yuganskneftegas", "Baikal Finance Group"}, set()),
    # the 1980s' economic groupings and the creditors' club, and the EC's Commission (reuters21578 3031, 10799's patterns)
    ("Tietmeyer said the Group of Five and the Paris Club of Western creditors agreed, and the EC Commission cut its forecast.", {"Group of Five", "Paris Club", "European Commission"}, {"Group", "Paris Club of Western"}),
    ("GM said the Pontiac G6 and Chevrolet Cobalt sold well.", set(), {"Group of Six"}),
    # a BBC service is its own body, whichever of its names is used, not the corporation or a fragment of it
    ("Smith told BBC Radio Five Live that the club would appeal, and Jones told Radio 4 the same.", {"BBC Radio Five Live", "BBC Radio 4"}, {"BBC Radio", "British Broadcasting Corporation"}),  # sport/177's pattern
    # a bare "Parliament" is the state's: Britain's where Westminster's words are used, whichever country is named most
    ("The Tories say ministers must answer to Parliament on the Iraq war. Iraq's new leaders met in Baghdad, and Iraq voted.", {"Parliament of the United Kingdom"}, {"Parliament of Iraq"}),
    ("The Commission backed the European Parliament's view. Barroso told the Parliament that France and France's allies agreed.", {"European Parliament"}, {"Parliament of France"}),
    # "Democratic" before a post or a noun in an American article is the party; inside other names it is not
    ("However, Democratic Senator Kent Conrad said the US budget exposed the country to risk.", {"Democratic Party"}, set()),  # business/204's pattern
    ("Her post got the attention of two big-name Democratic politicians in the US.", {"Democratic Party"}, set()),  # a web page's pattern
    ("The Democratic Republic of Congo and the US signed a deal.", set(), {"Democratic Party"}),
    ("The Democratic opposition in Serbia and Montenegro rejected the result.", set(), {"Democratic Party"}),
    # a journal or an outlet the noun names is a body, its name running over "of the"
    ("The study was published on Monday in the journal Nature Astronomy.", {"Nature Astronomy"}, set()),  # a web page's pattern
    ("The results appear in the journal Monthly Notices of the Royal Astronomical Society.", {"Monthly Notices of the Royal Astronomical Society"}, {"Monthly Notices"}),  # web page 3c5bf8db's pattern
    # in a rugby report a town is its rugby club, in the text and in a squad list's brackets; a
    # sponsor's or organiser's name inside a competition's name is no mention of it
    ("Ireland named their Six Nations rugby squad: T Bowe (Ulster), G Duffy (Harlequins), J O'Connor (Wasps). Leicester beat Bath on Saturday.",
     {"Ulster Rugby", "Harlequins", "London Wasps", "Leicester Tigers", "Bath Rugby"}, {"Leicester City"}),  # sport/379's pattern
    ("Ireland open their RBS Six Nations campaign in Cardiff, and Chelsea play in the FA Cup.", set(), {"Royal Bank of Scotland", "The Football Association"}),
    # a match, a league's division and a lower league are no bodies
    ("Cyprus v Faroe Islands ended 2-2, and Sheffield Wednesday climbed League One.", set(), {"Cyprus v Faroe Islands", "League One"}),  # sport/126, 134's patterns
    ("The Sabres lead the Atlantic Division this season: the coach praised his goalie, and the striker scored.", set(), {"Atlantic Division"}),  # web page 264dc3ae's pattern
    # an initialism the text spells out in lower-case words is a term, not a body, even when a body has those letters
    ("The diagnosis was hypersensitivity pneumonitis, or HP. The man had a form of HP that strikes bird keepers.", set(), {"Hewlett-Packard"}),  # web page 7bb1ca90's pattern
    ("Telewest will offer a personal video recorder (PVR) to rival Sky. The PVR costs less.", set(), {"PVR"}),  # tech/070's pattern
    ("The strike was lawful under the existing (UN) Security Council resolutions, the UN said.", {"United Nations"}, set()),  # politics/327's pattern
    # in a football report a club's town is the club
    ('Newcastle boss Graeme Souness is said to have been impressed by the goalkeeper. "Apart from the games at Newcastle and Middlesbrough, defensively we\'ve done well," the keeper said of the goals against.', {"Newcastle United", "Middlesbrough FC"}, set()),  # sport/250
    # a party by a US legislator's tag or letter, or before a post; "the Cabinet" of the article's country
    ("South Dakota Gov. Kristi Noem (R) is defending the state's anti-drug campaign.", {"Republican Party"}, set()),  # a web page's pattern
    ('"They have become easy prey," Rep. Edward Markey, D-Mass, the subcommittee chairman, said.', {"Democratic Party"}, set()),  # reuters 2118's pattern
    ('Conservative policy co-ordinator David Cameron added: "If it was not so serious it would be funny."', {"Conservative Party"}, set()),  # politics/252
    ("Foreign Secretary Jack Straw, who along with the rest of the Cabinet will back a yes vote in Britain, said the UK must stay at the heart of Europe.", {"Cabinet of the United Kingdom"}, set()),  # politics/142
    # a known name split by a hard line wrap; a list run into one span; a short form of one longer name
    ("Growth will slow, the Organisation for Economic Cooperation and\nDevelopment (OECD) said on Tuesday in its half-yearly report.\nBut the OECD forecast lower inflation for the next two\nyears, and said growth would pick up again in the\nfollowing year.", {"Organisation for Economic Co-operation and Development"}, {"Organisation for Economic Cooperation"}),  # reuters 18990
    ("NASA picked Astrobotic, Deep Space Systems, Draper, Firefly Aerospace and Masten Space Systems on Monday.", {"Draper", "Firefly Aerospace"}, {"Draper, Firefly Aerospace"}),  # a web page's pattern
    ("Stam says Manchester United made a mistake. The game at Old Trafford pits United's young attackers Wayne Rooney and Cristiano Ronaldo against Milan.", {"Manchester United"}, {"United"}),  # sport/158
    # a country's banks are no body; advertising initialisms are no bodies
    ("U.S. Banks have 50 pct representation on the committee while holding only 35 pct of the debt.", set(), {"U.S. Banks"}),  # reuters 759
    ("Click-through rates (CTR) and CPM rose as RTB spread across the industry.", set(), {"CTR", "CPM", "RTB"}),
    # clubs and bands from the gazetteer, however the text shortens them
    ("Preston North End host Bolton, while Luton Town travel to Hinckley United on Saturday.", {"Preston North End", "Luton Town"}, set()),  # the pattern of sport/205
    ("The Doobie Brothers will tour with the Goo Goo Dolls and Bon Jovi next summer.", {"Doobie Brothers", "Goo Goo Dolls", "Bon Jovi"}, set()),
    # licences, manifestos and religions are not bodies
    ("The text is released under the GNU Free Documentation License, and Islam is the state religion.", set(), {"GNU Free Documentation License", "Islam"}),
    # a body of one of the UK's nations keeps its name; a bishop is not a body
    ("The Bishop of London, the Rt Rev Richard Chartres, said the Church of England would not change its view.", {"Church of England"}, {"Church of the United Kingdom", "Rt Rev Richard Chartres"}),
    # venues and events are not bodies, nor is the sponsor inside a venue's name
    ("The band plays the Toyota Music Factory in Irving on Friday and Budweiser Stage in Toronto on Sunday.", set(), {"Toyota Music Factory", "Toyota", "Budweiser Stage"}),  # web-billboard-doobie's pattern
    ("Ford showed the car at the Los Angeles Auto Show on Wednesday.", set(), {"Los Angeles Auto Show"}),
    # a headline's verb ends a name; technical initialisms are not bodies; a post's body follows "at"
    ("Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange", set(), {"Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange"}),
    ("The Future of Banking Is Mobile, Says GoBank Founder", set(), {"Future of Banking Is Mobile", "Future of Banking Is"}),
    ("The new model comes with AWD, a USB port and a range of 300 miles for an EV.", set(), {"AWD", "USB", "EV"}),
    ('"The market is nervous," said Peter Lee, head of equities at Jardine Fleming Securities.', {"Jardine Fleming Securities"}, {"equities at Jardine Fleming Securities"}),  # reuters 16198's pattern
    # the model cut a body's name at "of", or called it a place
    ("The Health Commission of Inner Mongolia said two people were in hospital.", {"Health Commission of Inner Mongolia"}, {"Health Commission"}),  # web-thesun-plague's pattern
    ("The case was heard at Santa Clara County Superior Court last week.", {"Santa Clara County Superior Court"}, set()),  # bbc tech/355's pattern
    ("Research by technology firms Earthlink and Webroot revealed that 90% of Windows machines had spyware.", {"Earthlink", "Webroot"}, set()),  # the pattern of bbc tech/292
    # a capitalised run ending in a body's head word, which the model left untagged
    ("Visitors queued at the Intrepid Sea-Air-Space Museum in New York on Sunday.", {"Intrepid Sea-Air-Space Museum"}, {"Space Museum"}),  # gum-news-nasa's pattern
    ("Rates rose, the British Bankers Association and Building Societies Association said.", {"British Bankers Association", "Building Societies Association"}, set()),  # the pattern of bbc business/329
    ("The Municipality of Livorno refused to pay the tax, the mayor said.", {"Municipality of Livorno"}, set()),  # gum-news-taxes's pattern
    # events, awards and products are not organisations
    ("Britney Spears picked up her first ever Grammy for her song Toxic at the Academy Awards.", set(), {"Academy Awards", "Grammy"}),
    ("The Apple iPod comes 12th in the list of gadgets and the first Sony transistor radio 13th.", {"Sony"}, {"Apple iPod"}),  # the pattern of tech/009
    ("Apple unveiled the MacBook Air at the Macworld Expo in San Francisco.", {lookup_org("Apple")["name"]}, {"MacBook Air", "Macworld Expo"}),  # meantime style
    # parties named by their members or adjective, and the US legislator's tag
    ("The Tories have promised tax cuts in the UK but have not said where they will fall.", {"Conservative Party"}, set()),  # the pattern of politics/022
    ("Rep. Ilhan Omar (D-Minn.) said the threats against her in the US were serious.", {"Democratic Party"}, set()),
    ("Christian Democrats in Germany and the US Republican Guard were unaffected.", set(), {"Democratic Party", "Republican Party"}),
    # a named association keeps its name; only a generic state body is renamed by its country
    ("British Casino Association Chairman Penny Cobham said her members were angry at the UK decision.", {"British Casino Association"}, {"Casino Association of the United Kingdom"}),  # the pattern of politics/187
    ("The Russian Security Council met on Monday.", {"Security Council of Russia"}, set()),
    # a post after the body, a follower or a creed
    ("State Department Spokesperson Jeff Rathke said the US was concerned.", {"State Department"}, {"State Department Spokesperson"}),
    ("He left the Scientologist movement in 2004 and criticised Islamophobia.", set(), {"Scientologist", "Islamophobia"}),
    # wire codes, and a US state's postal code after a city
    ("Sterling GBP= rose 0.2% and the London Metal Exchange CMAL3 closed higher.", {"London Metal Exchange"}, {"London Metal Exchange CMAL3"}),
    ("The band plays the Amalie Arena in Tampa, FL and the PNC Music Pavilion in Charlotte, NC.", set(), {"FL", "NC", "PNC Music Pavilion"}),
    # newspapers the model leaves untagged; airlines it calls facilities
    ("Baker said in a Miami Herald article that talks went well.", {"Miami Herald"}, set()),  # reuters21578 8203 style
    ("The governor told the Sioux Falls Argus Monday that the campaign worked.", {"Sioux Falls Argus"}, set()),
    ("The Deseret News observed that the hashtag spread quickly.", {"Deseret News"}, set()),
    ("Orders came from Turkish-based carrier SunExpress and Kazakhstan's Air Astana.", {"Air Astana"}, set()),
    # securities, documents, currencies and a state are not bodies
    ("U.S. Treasury yields rose as Sterling fell against the dollar.", set(), {"Treasury of the United States", "Sterling"}),
    ("But the Tory leader argued that the EU Constitution was not designed for Turkey.", set(), {"EU Constitution"}),  # politics/161 style
    ("The company moved to New York State last year.", set(), {"New York State"}),
    # two names run together; an initialism linked to the one name it abbreviates
    ("Earlier this year, Johnston told Billboard the Doobies have been in the studio.", {"Billboard"}, {"Billboard the Doobies"}),
    ("The United Auto Workers union ratified the deal; the UAW said members voted 2-1.", {"United Auto Workers"}, {"UAW"}),
    ("Prosecutors said a man threatened U.S. Rep. Ilhan Omar, D-Minn., in March.", {"Democratic Party"}, set()),
    # brackets, a known body's possessive, "to" and credits end a name; competitions, draws and scores are no bodies
    ("Shares in Asia fell as the Shanghai Composite (SHCOMP) dropped 1%.", set(), {"Shanghai Composite"}),
    ("Bank officials said the Inter-American Development Bank (IADB would lend more.", {"Inter-American Development Bank"}, {"Inter-American Development Bank (IADB"}),
    ("Apple's AirPods Pro sold out, and Spotify investors cheered Amazon Web Services.", {lookup_org("Apple")["name"], "Spotify", "Amazon Web Services"}, {"Apple's AirPods"}),
    ("Fears of plague spread. Vesti/The Siberian Times Photo shows the marmot.", set(), {"Vesti/The Siberian Times Photo"}),
    ("Wales beat Hungary to reach Euro 2020 as Group E winners, while Liverpool won the Champions League and Iceland 0-0 Moldova ended Group H.", set(), {"Champions League", "Group E", "Group H", "Iceland 0-0"}),
    ("The Cleveland Browns suspended him; the Browns said the Steelers agreed.", {"Cleveland Browns", "Pittsburgh Steelers"}, set()),
    # a city the model calls a body; in a sports report a city's name is its club
    ("The studio moved its offices from Hollywood to Burbank, and Disney kept its lot.", set(), {"Burbank", "Hollywood"}),
    ("Bristol beat Gloucester 21-14 in the league match, the coach said after a season of rugby.", {"Bristol Rugby", "Gloucester Rugby"}, set()),  # and now named as the rugby clubs
    # an acronym the text defines is that body, whatever else the gazetteer knows by those letters
    ("The Economic Planning\nAgency (EPA) said growth slowed. EPA chief Shinji Kondo said so.", {"Economic Planning Agency"}, {"Environmental Protection Agency"}),  # reuters 10271's pattern
    ("In a similar move the US Federal Trade Commission (FTC) has won a court order. The FTC took the action.", {"Federal Trade Commission"}, {"US Federal Trade Commission"}),  # bbc tech/273's pattern
    # a province, and units of power, are no bodies
    ("The LDP is putting up its own candidates only in Iwate and\nwestern Shimane but it is supporting independents.", {"Liberal Democratic Party"}, {"Iwate"}),  # reuters 8307's pattern
    ("Capacity reached 500 GW last year, up from 400 MW in 2010, the IEA said.", {"International Energy Agency"}, {"GW", "MW"}),
    # a body the model names alone owns what follows its possessive
    ("Vox Media said revenue grew. Vox Media’s Code Media conference opens today.", {"Vox Media"}, {"Vox Media’s Code Media"}),  # web-latimes-disney's pattern
    # a wire dateline and a photo credit name no body; the agency named in the story is one
    ("Sondland faces questions\n\nWASHINGTON (AP) — Ambassador Gordon Sondland said so.", set(), {"Associated Press", "WASHINGTON"}),  # web-82b6d780's pattern
    ("Agents seized the drugs near the Port of Entry in Nogales, Ariz. (AP)", set(), {"Associated Press"}),  # web-politifact-drugs's pattern
    ("NEW YORK (Reuters) - Oil prices fell after sources told Reuters that Russia would not agree.", {"Reuters"}, set()),
    # a leader's administration or government is the state's government
    ("Officials in the Reagan administration said the deal was done.", {"Government of the United States"}, {"Reagan administration"}),  # reuters 15656's pattern
    ("Prime Minister Mario Monti said taxes would rise. The Monti government wants the church to pay.", {"Government of Italy"}, set()),  # gum-news-taxes's pattern
    ("The Smith administration of the charity said donations fell.", set(), {"Government of the United States"}),
    # "goals" and "penalty" in a politics report make no football report of it: the towns stay towns
    ("The government missed its goals on housing, and the penalty for councils in Newcastle and Middlesbrough will rise, the minister said.", set(), {"Newcastle United", "Middlesbrough FC"}),
    # clubs in a football squad list's brackets; not in a rugby one, whose clubs share football's towns
    ("Coyne (Burnley), Jones (Wolves), Roberts (Wrexham), Collins (Sunderland), Partridge (Motherwell), Davies (Tottenham), Hartson (Celtic).", {"Burnley FC", "Wolverhampton Wanderers", "Motherwell FC", "Celtic FC"}, set()),  # the pattern of a BBC Wales squad
    ("England's Six Nations squad: G Rowntree (Leicester), S Thompson (Northampton), J Noon (Newcastle), B Kay (Leicester).", set(), {"Leicester City", "Newcastle United", "Northampton Town"}),  # the pattern of bbc sport/334
    # UK departments and public bodies, named in full however the model cuts them
    ("A Department for Education and Skills spokeswoman said the venture had been ambitious.", {"Department for Education and Skills"}, {"Department for Education", "Skills"}),  # bbc politics/023's pattern
    ("The Child Support Agency (CSA) and the Department for Work and Pensions admitted errors.", {"Child Support Agency", "Department for Work and Pensions"}, {"Department for Work"}),  # the pattern of politics/156
    # one ministry, two wordings
    ("Ecuador's Energy Ministry said output fell. The Ministry of Energy said exports to Colombia and Peru would resume.", {"Ministry of Energy"}, {"Energy Ministry"}),
    # a legal form ends a firm's name, whatever the model made of the words before it (reuters21578 5589, 11292, 18745 patterns)
    ("The request to withdraw came from Berger and Montague P.C., counsel for the plaintiffs.", {"Berger and Montague P.C."}, set()),
    ("European Sugar, wholly-owned by Ferruzzi unit Eridania Zuccherifici Nazionali SpA, is expected to grow.", {"Eridania Zuccherifici Nazionali SpA"}, set()),
    ("Officials of Fuerzas Electricas de\nCataluna S.A., the Spanish electricity company, said so.", {"Fuerzas Electricas de Cataluna S.A."}, set()),
    ("Shares of Dow Chemical Co rose while the Dow fell.", {"Dow Chemical Co"}, set()),
    # a business noun names the bodies after it, whatever the model made of them (bbc tech/292, tech/257, a web page's pattern)
    ("Microsoft has left the market to specialist firms such as Symantec, McAfee, Trend Micro and many others.", {"Symantec", "McAfee", "Trend Micro"}, set()),
    ("A message sent to Finnish security firm F-Secure by Google said so.", {"F-Secure"}, set()),
    ("The doctors, members of a recently formed group Doctors for Camp Closure, offered to help.", {"Doctors for Camp Closure"}, {"Doctors"}),
    ("The service offers games from franchises such as Tomb Raider and Destiny.", set(), {"Tomb Raider", "Destiny"}),
    # a 'body' named once in ordinary words that nothing vouches for is a work or a product (entertainment/095's pattern);
    # a speaker, a head word or an initialism vouches for one
    ("Kate Winslet and Imelda Staunton went home empty-handed despite lead actress nominations for Eternal Sunshine of the Spotless Mind and Vera Drake respectively.", set(), {"Eternal Sunshine"}),
    ("The film made $40m on its first weekend, Variety reported.", {"Variety"}, set()),
    ("He told Rolling Stone that the Democratic Progressive party and the Mayo Clinic agreed.", {"Rolling Stone", "Democratic Progressive party", "Mayo Clinic"}, set()),
    # a state body's name qualifying a noun is an adjective, not the body (tech/229's, a web page's pattern)
    ("Exoskeletons have been the focus of much US military research, and the Ukraine military aid was held up.", set(), {"Military of the United States", "Military of Ukraine"}),
    ("Receptors are multipurpose tools like Swiss Army knives, scientists said.", set(), {"Army of Switzerland"}),
    ("Most soldiers will see the site as they use the US military's own portion of the net, the US military said.", {"United States Armed Forces"}, set()),
    # an ordinary word capitalised only by its place at a sentence's start, and written in lower case elsewhere (tech/301's pattern)
    ("The machine has no speakers. Wireless and a DVD burner can be added at extra cost, and most buyers will want wireless networking.", set(), {"Wireless"}),
    ("Digital cameras are used at weddings and holidays, and digital music players are selling well, said Sony.", {"Sony"}, {"Digital"}),
    # a product's or an offer's name ends in a product word (a shopping page's pattern); "Card" also ends firms' names
    ("The deal includes four months of Amazon Music Unlimited and a Nintendo Switch Lite, and the Radeon Pro card ships in May.", {"Nintendo"}, {"Amazon Music Unlimited", "Switch Lite", "Radeon Pro"}),
    ("Apple iPhone 8, GSM Unlocked, 64GB. Headphones, SIM Card and USB Micro-B cable are included.", {"Apple Inc."}, {"GSM Unlocked", "GSM", "SIM Card", "USB Micro-B"}),
    ("LG Card had been threatened with collapse because of its huge debts.", {"LG Card"}, set()),  # business/375's pattern
    # one span over two bodies joined by "and" is two bodies; a body whose name holds "and" stays whole (sport/254's, a Reuters pattern)
    ("The winger has been linked with Arsenal and Real Madrid this season.", {"Arsenal FC", "Real Madrid"}, {"Arsenal and Real Madrid"}),
    ("The ministers met the IMF's Interim Committee and Development Committee in Washington.", {"Interim Committee", "Development Committee"}, {"Interim Committee and Development Committee"}),
    ("Tourism provides jobs for 19 million people, according to the World Travel and Tourism Council (WTTC).", {"World Travel and Tourism Council"}, {"Tourism Council"}),
    ("The bill was backed by the Department for Education and Skills and by Marks & Spencer.", {"Department for Education and Skills", "Marks & Spencer"}, set()),
    # a body's possessive ends its name; a unit after it is a body of its own, a conference or a programme is not (web pages' patterns)
    ("Researchers at Tufts University’s Feinstein International Center said so.", {"Tufts University", "Feinstein International Center"}, {"Tufts University’s Feinstein International Center"}),
    ("Kara Swisher spoke at Vox Media’s Code Media conference last week.", {"Vox Media"}, {"Vox Media’s Code Media", "Code Media"}),
    ("She coaches at Women's Tennis Association events in Europe.", {"Women's Tennis Association"}, {"Women", "Tennis Association"}),
    # in a post's complement the body is the one after "at"; a unit before it is a body only by a unit's word (web pages', politics/241's patterns)
    ('"The tax cut is keeping the market higher," said Rusmik Oza, Head of Fundamental Research at Kotak Securities.', {"Kotak Securities"}, {"Fundamental Research at Kotak Securities"}),
    ("said Jane Doe, director of the Center for Environmental Politics at the University of Washington.", {"Center for Environmental Politics", "University of Washington"}, {"Center for Environmental Politics at the University of Washington"}),
    # "the Commission" in a story about the EU or the EC is its executive, unless another commission is named (tech/030's, a Reuters pattern)
    ("MEPs rejected the text. The Legal Affairs Committee said the Commission should re-submit the directive.", {"European Commission"}, set()),
    ("At the moment the Commission is proposing that the EC levy remain unchanged at three pct.", {"European Commission"}, set()),
    ("The Federal Trade Commission and the EU met in Brussels. The Commission said it would act.", {"Federal Trade Commission"}, {"European Commission"}),
    ("The Commission said it would publish the report on Tuesday.", set(), {"European Commission"}),
    # an acronym that is also a word, in a line written in capitals, is the word (an AP page's "WHO IS THE FRONT-RUNNER?")
    ("Seven big questions heading into the debate:\nWHO IS THE FRONT-RUNNER?\nPolling has been turbulent.", set(), {"World Health Organization"}),
    ("The WHO said the outbreak was contained, and the World Health Organization will report on Friday.", {"World Health Organization"}, set()),
    # a paper's last word after its full name is that paper, not the gazetteer's London Times (a web page's pattern)
    ("According to Sui-Lee Wee of the New York Times, the sites were disinfected. Wee of the Times reports that censors acted.", {"The New York Times"}, {"The Times"}),
    ("The Times and the Financial Times both reported it. The Times said more.", {"The Times", "Financial Times"}, set()),
    # a name made an adjective of likeness names no body (a web page's pattern); "NASA-inspired seats" still names NASA
    ("The CDC assured the public on Weibo, a Twitter-like social media site, that risks were low.", set(), {"Twitter"}),
    ("It has NASA-inspired Zero Gravity Seats and a heated function.", {"National Aeronautics and Space Administration"}, set()),
    # "an Act of Parliament" is a kind of law, no mention of the chamber (politics/002's pattern)
    ("The Commons clerk told MPs that the new Act of Parliament made the rules clear to Whitehall.", set(), {"Parliament of the United Kingdom"}),
    # an office named after its post, which the model cuts at the possessive or the country (web pages' patterns)
    ("He faces up to ten years, the U.S. Attorney’s Office for the Western District of New York said in a statement.", {"U.S. Attorney’s Office for the Western District of New York"}, {"Office for the Western District of"}),
    ("The Los Angeles County Sheriff's Department declined to comment on the arrest.", {"Los Angeles County Sheriff's Department"}, set()),
    # Reuters' angle brackets mark firms and tickers; neither mark nor ticker is part of the name (a Reuters pattern)
    ("Allegheny International Inc said it sold its interest in <Allegheny Ludlum Corp> to a group of investors.", {"Allegheny Ludlum Corp"}, {"Allegheny Ludlum Corp>"}),
    ("Wang Laboratories Inc said it entered into an agreement with Sterling Software's <SSW> Answer Systems Inc, aimed at integrating products.", {"Answer Systems Inc"}, {"SSW> Answer Systems Inc"}),
    # a firm named after its country is no state body of it (business/262's pattern); a state body still is
    ("Shares in Singapore Airlines and Thai Airways fell sharply in Asian trading.", {"Singapore Airlines", "Thai Airways"}, {"Airlines of Singapore", "Airways of Thailand"}),
    ("Japanese, British and U.S. Securities houses have been expanding inventories of gilts.", set(), {"Securities of the United States"}),
    ("The Russian Security Council met on Monday.", {"Security Council of Russia"}, set()),
    # a person's possessive before a body, or a person after a body's possessive, is no part of its name (sport/257's, a web page's pattern)
    ("Thierry Henry scored twice. Henry's Arsenal now sit top of the table.", {"Arsenal FC"}, {"Henry's Arsenal"}),
    ("The report was confirmed by Fox News’ Jessica Napoli on Tuesday.", {"Fox News"}, {"Fox News’ Jessica Napoli"}),
    ("Martin Sosnoff said he bought more shares. Sosnoff's Caesars World stake is now 13 pct.", {"Caesars World"}, {"Sosnoff's Caesars World"}),
    # in a North American league report "the Rockets" is the team named after its city, even untagged (a web page's pattern)
    ("The Thunder beat the Rockets in overtime, with 12 rebounds and 10 assists from their point guard, and face the Clippers in the NBA playoffs.", {"Houston Rockets", "Los Angeles Clippers"}, set()),
    # a results line names its teams by nickname; a nickname two teams share needs its city named, its own
    # line's first: "Panthers" beside both Florida and Carolina is Florida's where its line names Florida,
    # and left alone where no line does (an NHL roundup's pattern)
    ("NHL roundup: Nashville lost again.\nPredators 1, Blues 3: Two goals in the third period lifted St. Louis.\nHurricanes 4, Blackhawks 2: Carolina beat Chicago for the first time this season.\nPanthers 5, Flyers 2: Florida won again.",
     {"Nashville Predators", "St. Louis Blues", "Carolina Hurricanes", "Chicago Blackhawks", "Philadelphia Flyers", "Florida Panthers"}, {"Carolina Panthers"}),
    ("NHL roundup: Carolina lost again.\nHurricanes 1, Blues 3: Two goals in the third period lifted St. Louis.\nPanthers 5, Flyers 2: Two late goals won it.\nFlorida and Carolina both play again on Friday.",
     {"Carolina Hurricanes", "St. Louis Blues", "Philadelphia Flyers"}, {"Carolina Panthers", "Florida Panthers"}),
    # in a football report a club's town is the club even where the model tags nothing (sport/248's pattern)
    ('"The same thing happened when I refereed Chelsea against West Ham in an FA Cup replay," the referee said of the penalty. The striker scored a goal.', {"Chelsea FC", "West Ham United"}, set()),
    # what an actor has roles in, and a title after its author's possessive, are works (entertainment/337's, /024's pattern)
    ("The actor began in horror films before moving onto roles in The Basketball Diaries, Romeo and Juliet and Titanic.", set(), {"Basketball Diaries", "The Basketball Diaries"}),
    ("The panel overlooked works such as Philip Roth's The Plot Against America this year.", set(), {"Plot Against America", "The Plot Against America"}),
    # a business noun in apposition after a comma names the body before it (business/123's pattern); not where it
    # opens the next clause or qualifies another noun
    ("Metrovias, the private firm which runs the tube lines in the city, has offered an 8% rise.", {"Metrovias"}, set()),
    ("With Sonos Move, the company created a speaker that sounds good.", set(), {"With Sonos Move", "Sonos Move"}),
    # Britain and the US have many police forces and no national one: their "police" is no body; a national force is
    ("He was dragged out of the embassy by British police in April, and Bolivian police later arrested two men.", {"Police of Bolivia"}, {"Police of the United Kingdom"}),
    # "and the" in a title's complement joins two bodies (reuters21578 5702's pattern)
    ("Leaders of the Corn Growers Association and the National Grain Processors Association met officials.", {"Corn Growers Association", "National Grain Processors Association"}, {"Corn Growers Association and the National Grain Processors Association"}),
    # a span cut inside a phrase a known body heads is that body (reuters21578 14088's pattern)
    ("He welcomed the proposals to the Paris Club of Western government creditors to extend repayment.", {"Paris Club"}, {"Paris Club of Western"}),
    # the European Union's era reads "EC" as the Commission; before it, as the Community (bbc tech/167's, reuters21578 20462's patterns)
    ("The 10-year plan brings together projects that the EC has been funding, the EU said.", {"European Commission"}, {"European Community"}),
    ("He said the EC goes ahead and bans imports of hormone-fed beef.", {"European Community"}, {"European Commission"}),
    # an acronym two bodies share is the one the article names in full (reuters21578 17991's pattern)
    ("Loan arrears at the African Development Bank were small, and the Abidjan-based ADB will meet in Cairo.", {"African Development Bank"}, {"Asian Development Bank"}),
    # the gazetteer's commodity bodies link the forms one article uses (reuters21578 7071's pattern)
    ("Hopes mounted at an International Cocoa Organization, ICCO, council meeting today. The ICCO made rules a priority.", {"International Cocoa Organization"}, {"ICCO"}),
    # a describing word before a body in a title's complement is no part of its name (reuters21578 3031's pattern)
    ("They spoke before a discussion by the EC ministers of the latest EC Commission report on the economy.", {"European Commission"}, {"latest EC Commission"}),
    # a surname alone after the person's full name is the person, whatever firm bears it (web aec5deea's, bbc entertainment/126's patterns)
    ("The wealthier Michael Bloomberg has generated buzz, and expect Bloomberg's shadow to loom over the debate.", set(), {"Bloomberg"}),
    ("Crooner Tony Christie's Definitive Collection is a new entry at number 10, above Christie's other albums.", set(), {"Christie's"}),
    # an agency crediting a photo names no body of the story (web 5fa3154e's, thesun-plague's patterns)
    ("Protesters turned a rejection of the bill into a broader movement.’ Photograph: AFP via Getty\nThe march went on.", set(), {"Agence France-Presse"}),
    ("Plague-infected people from Inner Mongolia sought treatment at the hospital. Photo: EPA\nThe case was reported.", set(), {"Environmental Protection Agency", "EPA"}),
    # a town is its club in a football report, in a squad list or beside a club word; else it is the town
    # (bbc sport/129's, sport/264's, sport/199's, politics/412's, entertainment/358's patterns)
    ("Squad: Coyne (Burnley), Jones (Wolves), Gabbidon (Cardiff), Page (Cardiff), Ricketts (Swansea), Roberts (Tranmere).", {"Cardiff City", "Swansea City"}, set()),
    ("The skipper spoke before Sunday's derby with Birmingham, and the Premiership side were confident.", {"Birmingham City"}, set()),
    ("Polls for mayors at Doncaster and Hartlepool are also scheduled for 5 May, the council said.", set(), {"Doncaster Rovers", "Hartlepool United"}),
    ("Edward Fox is behind plans to reopen a Swansea theatre thought to be the oldest in Wales.", set(), {"Swansea City"}),
    ("Ryan Giggs wins his 50th cap in Wednesday's friendly against Hungary in Cardiff. The striker and the midfielder are fit.", set(), {"Cardiff City"}),
    # Westminster's chambers by their short names; a title stopped inside a bracket (bbc politics/014's, reuters21578 20061's patterns)
    ("The Lib Dems plan to oppose the Bill in the Lords on Thursday, and the Law Lords ruled against it.", {"House of Lords", "Appellate Committee of the House of Lords"}, set()),
    ("Eishiro Saito, chairman of the Federation of Economic Organisations (Keidanren), urged Takeshita to act.", {"Japan Business Federation"}, {"Federation of Economic Organisations (Keidanren"}),
    # a capital standing for its state (reuters21578 3031's, 18442's patterns)
    ("Washington officials said the Bonn government agreed, and Shultz endorsed the Manila government.", {"Government of Germany", "Government of the Philippines"}, set()),
    # a country's parliament by its own name; a bare "Parliament" in a story whose bodies are one state's (reuters21578 10271's pattern)
    ("The Japanese parliament agreed, and the Swedish parliament voted on Monday.", {"National Diet", "Riksdag"}, {"Parliament of Japan"}),
    ("The Liberal Democratic Party said the budget passes the Parliament in May, after the LDP and the Economic Planning Agency agreed.", {"National Diet"}, set()),
    # American politics though the US goes unnamed: Congress, or two states (reuters21578 11950's, web a6968f42's patterns)
    ("House Democratic budget writers are expected to recommend a revenue increase, Congress aides said.", {"Democratic Party"}, set()),
    ("The newest 2020 Democratic presidential hopeful flew from South Carolina to Iowa on Tuesday.", {"Democratic Party"}, set()),
    ("The Democratic Unionist leader spoke in Belfast.", set(), {"Democratic Party"}),
    # rates and currency units are no bodies (reuters21578 10799's, 17195's patterns)
    ("The loans carry a spread of 7/8 point over London Interbank Offered Rates (LIBOR).", set(), {"London Interbank Offered Rates", "LIBOR"}),
    ("The yen has risen eight times as fast against the dollar as against the European Currency Unit, he said.", set(), {"European Currency Unit"}),
    # the proper noun the model left off a body's front
    ("Users were told their web use had been watched by the FBI's Internet Fraud Complaint Center.", {"Internet Fraud Complaint Center"}, {"Fraud Complaint Center"}),  # tech/039's pattern
]


@pytest.mark.model
def test_a_nationality_before_a_name_is_no_body(nlp):
    assert not orgs(nlp, "Veteran Spaniard Conchita Martinez won in three sets.")


@pytest.mark.model
def test_a_us_states_senator_serves_no_namesake_country(nlp):
    got = {(r["name"], r["country_code"]) for r in roles(nlp, "New Jersey Sen. Cory Booker and Hawaii Rep. Tulsi Gabbard are under pressure.")}
    assert ("Cory Booker", "JE") not in got and any(name == "Cory Booker" for name, _ in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text,name,wrong",
    [
        # a country's name before an expert's post is its subject, not its state (web pages' impeachment stories)
        ("Lawmakers questioned Lt Col Alexander Vindman, a Ukraine specialist on the National Security Council.", "Alexander Vindman", "UA"),
        ("Fiona Hill, a former Russia expert at the White House, spoke on Thursday.", "Fiona Hill", "RU"),
    ],
)
def test_an_experts_subject_is_no_country_of_the_post(nlp, text, name, wrong):
    got = {(r["name"], r["country_code"]) for r in roles(nlp, text)}
    assert any(n == name for n, _ in got) and (name, wrong) not in got, got


@pytest.mark.model
def test_a_title_before_a_possessive_is_another_persons(nlp):
    found = {(r["name"], r["role"]) for r in roles(nlp, "Actress Jane Roe is to marry film producer Jordan Blake, the actress's spokesman has confirmed.")}
    assert ("Jordan Blake", "film producer") in found or ("Jordan Blake", "producer") in found, found
    assert not any(name == "Jordan Blake" and role == "actress" for name, role in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,present,absent", ORG_CASES, ids=[c[0][:40] for c in ORG_CASES])
def test_organisation_repairs(nlp, text, present, absent):
    assert_found(orgs(nlp, text), present, absent)


@pytest.mark.model
def test_wrapped_organisation_name_keeps_exact_offsets(nlp):
    text = "Venezuela is a member of the Organisation\nof Petroleum Exporting Countries and said output rose."
    result = newsie.extract(text, nlp=nlp)
    (org,) = [o for o in result.tables.rows["organisations"] if "Petroleum" in o["name"]]
    assert org["name"] == "Organization of the Petroleum Exporting Countries"
    spans = [text[m["start_char"] : m["end_char"]] for m in result.tables.rows["mentions"] if m["label"] == "ORG"]
    assert "Organisation\nof Petroleum Exporting Countries" in spans


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("Walt Disney Co.", "The Walt Disney Company", True),
        ("Organisation of Petroleum Exporting Countries", "Organization of the Petroleum Exporting Countries", True),
        ("Apple Inc.", "Apple", True),
        ("Procter & Gamble", "Procter and Gamble", True),
        ("People’s Liberation Army", "People's Liberation Army", True),  # a curly apostrophe is an apostrophe
        ("Bank of England", "Bank of Israel", False),
        ("The Times", "Times of India", False),
        ("U.S. Treasury", "US Treasury", True),  # dotted initials are the initials
        ("U.S. Steel", "US Airways", False),
    ],
)
def test_org_key_folds_legal_forms_and_articles(a, b, same):
    assert (org_key(a) == org_key(b)) is same


@pytest.mark.parametrize(
    "text,name",
    [
        # a state body under its country's name is the body (bbc tech/039's, meantime 118147's patterns)
        ("US Federal Bureau of Investigation", "Federal Bureau of Investigation"),
        ("United States Senate", "United States Senate"),
        ("the U.S. Congress", "United States Congress"),
        ("UK Home Office", "Home Office"),
        # but only a body of that country, and a nation's branch keeps its own name
        ("American Express", "American Express"),
        ("Scottish Conservative Party", None),
        ("French Federal Bureau of Investigation", None),
    ],
)
def test_country_prefix_before_a_state_body(text, name):
    rec = lookup_org(text)
    assert (rec["name"] if rec else None) == name


def test_gazetteer_finds_companies_and_media():
    assert lookup_org("Yukos") is not None
    assert lookup_org("The Sun")["name"] == "The Sun"
    assert lookup_org("Walt Disney Co.")["name"] == "The Walt Disney Company"


@pytest.mark.parametrize(
    "line,credit",
    [
        ("Reporting by Rodrigo Campos; Additional reporting by Stephanie Kelly in New York; Editing by Nick Zieminski", True),
        ("Editing by Dan Grebler", True),
        ("Writing and editing by Jo Smith", True),
        ("reporting by the ministry showed a rise in exports", False),
        ("Reporting restrictions were lifted by the judge.", False),
        # bracketed, and a copyright line (web 359fee22's, c467d507's patterns)
        ("(Reporting by Will Dunham; Editing by Tom Brown)", True),
        ("© 2019 Associated Press. All Rights Reserved.", True),
        ("© Reuters", True),
    ],
)
def test_wire_staff_credits_are_credit_lines(line, credit):
    assert bool(CREDIT_LINE.match(line)) is credit


def test_wire_credit_paragraph_is_dropped():
    text = "Stocks rise on trade hopes\n\nShares rose on Monday.\n\nReporting by Rodrigo Campos; Editing by Nick Zieminski\n"
    labels = {text[s:e].strip(): label for s, e, label in find_sections(text)}
    assert labels["Reporting by Rodrigo Campos; Editing by Nick Zieminski"] == "drop"
    assert labels["Shares rose on Monday."] == "body"


def test_work_titles_after_work_nouns():
    nlp = spacy.blank("en")
    doc = nlp("The re-release of hit song Jailhouse Rock beat the film Million Dollar Baby and the novel Plot Against America.")
    assert work_titles(doc) == {"Jailhouse Rock", "Million Dollar Baby", "Plot Against America"}


def test_work_titles_before_their_noun_and_after_newer_work_nouns():
    """A title opening with "The" before its noun, and one after "animation"; a one-word name before a noun is its maker's."""
    nlp = spacy.blank("en")
    doc = nlp("Learn To Be Lonely, from The Phantom of the Opera movie, lost. The Pixar animation The Incredibles opened. The Fox show flopped.")
    assert work_titles(doc) == {"The Phantom of the Opera", "The Incredibles"}


@pytest.mark.parametrize(
    "forms,country",
    [
        (["Dick Cheney"], "US"),
        (["Bush"], "US"),  # every listed Bush served the US
        (["Kim"], None),  # Kims served both Koreas
        (["Tony Blair", "Blair"], "GB"),
        (["Laura Bush"], None),  # not an office holder: a shared surname is not enough with a first name
        (["Najib Razak"], "MY"),
        (["Jean Dupont"], None),
    ],
)
def test_official_country(forms, country):
    from newsie.normalise.names import official_country

    assert official_country(forms) == country


@pytest.mark.model
def test_known_office_holder_beats_the_articles_main_country(nlp):
    text = (
        "Iraq war costs rise. Iraq needs more money, Iraq's officials say, and the fighting in Iraq goes on. "
        "Vice President Dick Cheney defended the spending, and President Bush asked for $80bn more for the US troops."
    )
    countries = {r["name"]: r["country_code"] for r in roles(nlp, text)}
    assert countries.get("Dick Cheney") == "US", countries
    assert countries.get("Bush") == "US", countries


@pytest.mark.parametrize(
    "a,b,same",
    [
        (["Steve", "Gerrard"], ["Steven", "Gerrard"], True),
        (["Mike", "Bryan"], ["Michael", "Bryan"], True),
        (["Mike", "Bryan"], ["Bob", "Bryan"], False),  # the Bryan twins stay two people
        (["Bill", "Clinton"], ["Hillary", "Clinton"], False),
    ],
)
def test_short_forms_of_given_names(a, b, same):
    from newsie.normalise.names import same_person

    assert same_person(a, b) is same


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # Reuters hard-wraps its lines between a title and the name (reuters21578 17296, 3048 style)
        ("BAKER SAYS DOLLAR TALKS WENT WELL\n    Officials welcomed the visit this week by Japanese Prime Minister\nYasuhiro Nakasone, a Treasury spokesman said.", ("Yasuhiro Nakasone", "JP")),
        ("ECUADOR TO GET OIL\n    Officials said a commission headed by Venezuelan Investment Fund Minister\nHector Hurtado will visit Quito.", ("Hector Hurtado", "VE")),
        # a wrap inside the title ("Ambassador\nto GATT"): the line is joined before the model reads it (reuters21578 20462's pattern)
        ("The United States will defend its rights under the\nGeneral Agreement on Tariffs and Trade (GATT), U.S. Ambassador\nto GATT Michael Samuels said.", ("Michael Samuels", "US")),
    ],
)
def test_title_and_name_across_a_line_wrap(nlp, text, expected):
    assert expected in {(r["name"], r["country_code"]) for r in roles(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # An American cabinet post names its country when the text does not (reuters21578 16214 style:
        # the article is mostly about Taiwan, the post is Washington's)
        ("Taiwan should revalue its currency, he said. The Taiwanese have a trade surplus, and Taiwan has resisted.\n"
         "Departing Deputy Treasury Secretary Richard Darman said the dollar had not fallen enough.", ("Richard Darman", "US")),
        ("Labor Secretary Bill Brock said the jobless rate fell.", ("Bill Brock", "US")),
        ("However, Chief Treasury Secretary Paul Boateng said the figures did not add up.", ("Paul Boateng", "GB")),  # politics/271: Britain's, though it says "Treasury Secretary"
        ("The decision involved Iraq and the then Lord Chancellor, Lord Irvine of Lairg.", ("Irvine of Lairg", "GB")),  # politics/327: a British post, though Iraq is named
        # A calling a person follows on their own: the country before it is a nationality.
        ("The award went to British costume designer Sandy Powell for a second time.", ("Sandy Powell", "")),
        ("The singer was joined on stage by US rapper Snoop Dogg and two dancers.", ("Snoop Dogg", "")),
        ("Scottish comedian Billy Connolly was made a CBE on Friday.", ("Billy Connolly", "")),
        ("The case was brought by American investor George Soros last year.", ("George Soros", "")),
        # A newsroom post holds no office of the outlet's country.
        ("Speaking in Leeds, BBC political correspondent Carole Walker said the vote would be close.", ("Carole Walker", "")),
        # Posts and a national side's positions keep it.
        ("England coach Andy Robinson named his side on Tuesday.", ("Andy Robinson", "GB")),
        ("Former Australian wing David Campese said the tour was a mistake.", ("David Campese", "AU")),
        ("The Danish minister Bertel Haarder said the plan would cost too much.", ("Bertel Haarder", "DK")),
        # A post about a country does not serve it: "envoy to Ukraine", the White House's "Russia adviser";
        # a sending state or a state's adviser keeps it (a web page's pattern)
        ("Another diplomat, former special envoy to Ukraine Kurt Volker, changed his account.", ("Kurt Volker", "")),
        ("The witness was former White House Russia adviser Fiona Hill.", ("Fiona Hill", "US")),
        ("The talks were led by US envoy John Smith and UK trade adviser Jo Bloggs.", ("Jo Bloggs", "GB")),
    ],
)
def test_the_country_of_a_post(nlp, text, expected):
    assert expected in {(r["name"], r["country_code"]) for r in roles(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The top civil servant at the centre of the David Blunkett visa affair was knighted.",  # politics/156's pattern
        "Stoica is recalled at centre at the expense of Walter Pozzebon.",  # sport/350's pattern
        "Howard Gleckman is a senior fellow at the Tax Policy Center in Washington.",
    ],
)
def test_a_position_word_is_no_post_without_a_name_after_it(nlp, text):
    assert not any(r["role"].lower() in {"centre", "center"} for r in roles(nlp, text))


@pytest.mark.model
def test_a_brief_opening_a_sentence_stays_in_the_post(nlp):
    titles = {(r["name"], r["title"]) for r in roles(nlp, "The firm will invest 400m pesos a year. Planning Minister Julio De Vido offered state help.")}  # business/501's pattern
    assert ("Julio De Vido", "Planning Minister") in titles


@pytest.mark.model
def test_an_abbreviated_plural_title_holds_for_each_listed_name(nlp):
    held = {(r["name"], r["role"]) for r in roles(nlp, "Sens. Cory Booker and Kamala Harris and Reps. Ilhan Omar and Ayanna Pressley backed the bill.")}  # a web page's pattern
    assert {("Cory Booker", "Senator"), ("Kamala Harris", "Senator"), ("Ilhan Omar", "Representative"), ("Ayanna Pressley", "Representative")} <= held


@pytest.mark.model
def test_a_plural_title_holds_for_each_listed_name(nlp):
    holders = {r["name"] for r in roles(nlp, "Labour MPs Diane Abbott and Jeremy Corbyn voted against the bill.") if r["role"] == "MP"}  # the role in the singular
    assert holders == {"Diane Abbott", "Jeremy Corbyn"}
    # names offered as alternatives hold it too (entertainment/324's pattern)
    holders = {r["name"] for r in roles(nlp, "Actors Tom Hanks or Meryl Streep could star in the film.") if r["role"].lower() == "actor"}
    assert holders == {"Tom Hanks", "Meryl Streep"}


@pytest.mark.model
def test_a_plural_title_in_the_lexicon_only_as_a_singular_holds_for_each_name(nlp):
    text = "EC Commissioners Willy de Clercq and Frans Andriessen met the U.S. trade representative on Monday."
    got = {(r["name"], r["role"]) for r in roles(nlp, text)}
    assert {("Willy de Clercq", "Commissioner"), ("Frans Andriessen", "Commissioner")} <= got  # reuters 19546's pattern


def test_plural_of_a_title():
    from newsie.components.titles import plural

    assert [plural(t) for t in ["chairman", "deputy", "MP", "councillor", "coach", "gov."]] == ["chairmen", "deputies", "MPs", "councillors", "coaches", "gov."]


@pytest.mark.model
def test_a_plural_title_holds_for_a_list_with_affiliations_and_honorifics_but_not_for_one_name(nlp):
    listed = "Pro-democracy councillors Alvin Yeung from the Civic Party, Fernando Cheung of the Labour Party and Raymond Chan of People Power were re-elected."
    got = {r["name"] for r in roles(nlp, listed) if r["role"].lower() == "councillor"}
    assert got == {"Alvin Yeung", "Fernando Cheung", "Raymond Chan"}  # gum-news election's pattern
    assert {r["name"] for r in roles(nlp, "Other ambassadors include actors Harvey Keitel and Sir Roger Moore.") if r["role"] == "actor"} == {"Harvey Keitel", "Roger Moore"}
    # a plural title before one name is no post of that name, nor does it make a person
    text = "Output has hardly changed since the 1990s, according to oil industry analysts Douglas-Westwood."
    assert not roles(nlp, text) and "Douglas-Westwood" not in names(nlp, text)


@pytest.mark.model
def test_a_firm_named_after_a_post_is_the_posts_body_not_its_holder(nlp):
    text = '"Output will fall," said Dmitry Lukashov, an analyst at brokerage Aton, on Tuesday.'  # business/077's pattern
    assert "Aton" not in names(nlp, text)
    assert "Aton" in orgs(nlp, text)
    assert any(r["name"] == "Dmitry Lukashov" and r["role"] == "analyst" for r in roles(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # bbc politics/252's patterns: a post after the name, a number inside the body's name, an abbreviation
        ("Former welfare minister Frank Field MP criticised the reported rivalry on GMTV.", ("Frank Field", "MP")),
        ('Carol Walker, BBC News 24 political correspondent, added: "There is a real problem."', ("Carol Walker", "correspondent")),
        ("Mr Blair told the chancellor at a dinner hosted by deputy PM John Prescott in November 2003.", ("John Prescott", "Prime Minister")),
        # web pages' patterns: the company's post, coordinated posts, a hyphenated modifier in the body's name
        ("Marco Villa, the company's chief operating officer, said Tyvak would launch next year.", ("Marco Villa", "chief operating officer")),
        ('"Native ads grew," said Avinoam Rubinstain, CEO & founder, my6sense.', ("Avinoam Rubinstain", "founder")),
        ("Palestinian chief negotiator Saeb Erekat said they would take measures to oppose it.", ("Saeb Erekat", "chief negotiator")),
        ('"It is important," said Avi Bell, senior fellow at the right-wing Kohelet Policy Forum in Israel.', ("Avi Bell", "senior fellow")),
        # round 7's patterns: letters after a name the model calls a body, an apposition across a wrap,
        # an abbreviated post named in full
        ('"It is a real risk," the new chairman of the Bar Council, Guy Mansfield QC warned on Monday.', ("Guy Mansfield", "chairman")),  # politics/081
        ("Regarding foreign policy, Yoshitoki Chino,\nchairman of the Japan Securities Dealers Association, said Japan must act.", ("Yoshitoki Chino", "chairman")),  # reuters 20061
        ("Hanoi honoured the late Sen. John McCain on Wednesday.", ("John McCain", "Senator")),
        # a proper possessor closes an apposition; a name with its firm after a post (bbc tech/108, business/127)
        ("John Connors, Microsoft's chief financial officer said a test version would be released.", ("John Connors", "chief financial officer")),
        ("According to its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling, the claim is based on that figure.", ("Emmanuel Gaillard", "lawyer")),
        ("Tory MP Peter Luff, another co-chairman of Middle Way, said the act was poorly drafted.", ("Peter Luff", "co-chairman")),  # politics/169
    ],
)
def test_posts_after_names_and_in_appositions(nlp, text, expected):
    assert expected in {(r["name"], r["role"]) for r in roles(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text,name",
    [
        ("Voters will judge how good a prime minister Gordon Brown will make.", "Gordon Brown"),  # politics/362
        ("She beat best actress Hilary Swank to the prize.", "Hilary Swank"),  # an award's category
        ('Asked whether he trusted the prime minister, Mr Brown replied: "You can see our record."', "Brown"),  # politics/260: a verb's object, then a new clause
        ("An identical letter has been sent to Feroz Abbasi, the men's solicitor says.", "Feroz Abbasi"),  # politics/065: the solicitor is the one who says
    ],
)
def test_no_post_for_the_name_after_it(nlp, text, name):
    assert not [r for r in roles(nlp, text) if r["name"] == name]


@pytest.mark.model
def test_a_post_with_a_firm(nlp):
    text = '"Jobs growth was weak," said Robert MacIntosh, chief economist with Eaton Vance Management in Boston.'  # business/134
    assert ("Robert MacIntosh", "chief economist") in {(r["name"], r["role"]) for r in roles(nlp, text)}
    assert "Eaton Vance Management" in orgs(nlp, text)


@pytest.mark.model
def test_a_title_split_by_a_hard_line_wrap_is_one_title(nlp):
    # reuters21578 759's pattern: Reuters wraps every line, inside titles too
    text = "Funaro and Gros today meet British Chancellor of the\nExchequer Nigel Lawson and\nGovernor of the Bank of England Robin Leigh-Pemberton."
    got = {(r["name"], r["role"], r["country_code"]) for r in roles(nlp, text)}
    assert {("Nigel Lawson", "Chancellor of the Exchequer", "GB"), ("Robin Leigh-Pemberton", "Governor", "GB")} <= got
    assert "Exchequer" not in orgs(nlp, text)
    assert "Bank of England" in orgs(nlp, text)
    # the lead's first wrapped line is no headline: the name runs on into the next line
    text = "Argentina's Economy Minister Juan\nSourrouille said the narrow interest of creditor banks was\nholding up a new loan, and that talks would go on in\nWashington next week with the banks and the International\nMonetary Fund, which has backed the plan since last year.\n"
    assert ("Juan Sourrouille", "Economy Minister") in {(r["name"], r["title"]) for r in roles(nlp, text)}


@pytest.mark.model
def test_a_title_reads_on_across_a_hard_line_wrap(nlp):
    text = "The dollar fell on Monday after U.S. Treasury\nSecretary James Baker said the currency had fallen enough."  # Reuters wraps lines
    got = [(r["name"], r["title"], r["country_code"]) for r in roles(nlp, text)]
    assert got == [("James Baker", "U.S. Treasury Secretary", "US")]
    # a regional Federal Reserve bank is a US body: its president's post is in the US
    text = "New York Federal Reserve Bank\nPresident Gerald Corrigan opposed a further fall of the dollar."
    assert [(r["name"], r["country_code"]) for r in roles(nlp, text)] == [("Gerald Corrigan", "US")]


def test_a_countrys_body_by_possessive_and_a_ministry_by_its_brief():
    from newsie.components.organisations import OrganisationFinder

    finder = OrganisationFinder(spacy.blank("en"))
    finder._home = "CN"
    assert finder._state_body("Vietnam’s Communist Party") == ("Communist Party of Vietnam", None, "VN")
    assert finder._state_body("India's Supreme Court") == ("Supreme Court of India", None, "IN")
    assert finder._state_body("Kenny's Sports Club")[2] is None  # no country, no state body
    assert finder._canonical("Foreign Ministry", {}) == ("Ministry of Foreign Affairs", None, "CN")


@pytest.mark.model
def test_a_post_does_not_reach_back_over_a_sentences_full_stop(nlp):
    # bbc politics/023's pattern: the parser runs "£50m. Chief executive" into one sentence
    text = "The scheme attracted only 900 students at a cost of £50m. Chief executive John Beaumont was paid a bonus."
    assert [(r["title"], r["role"]) for r in roles(nlp, text)] == [("Chief executive", "Chief executive")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text,title",
    [
        ('Her call was backed by Culture, Media and Sport Secretary Tessa Jowell who said: "You would not let your child watch it."', "Culture, Media and Sport Secretary"),  # bbc politics/199's pattern
        ("Environment, Food and Rural Affairs Secretary Margaret Beckett said farmers would be paid.", "Environment, Food and Rural Affairs Secretary"),
        # a name before the comma is no brief
        ("Mr Smith, Trade and Industry Secretary Patricia Hewitt and others spoke.", "Trade and Industry Secretary"),
    ],
)
def test_a_posts_brief_written_as_a_list(nlp, text, title):
    assert title in {r["title"] for r in roles(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text,name,role",
    [
        # a complement the title did not take in, a named body after "for", a missing closing comma
        ("The idea was originally proposed by Stephen Coleman, professor of e-democracy at the Oxford Internet Institute.", "Stephen Coleman", "professor"),  # bbc tech/191's pattern
        ('"We have seen attacks of ten gigabytes," said Rob Pollard, sales director for Arbor Networks which is behind the system.', "Rob Pollard", "director"),  # bbc tech/368's pattern
        # a post-nominal the model ran into the name closes it, and the apposition after it still holds
        ('"It will help many buyers," Paul Boateng MP, Labour\'s Chief Secretary to the Treasury, said.', "Paul Boateng", "Chief Secretary"),  # bbc politics/054's pattern
        ('"It will help many buyers," Paul Boateng MP, Labour\'s Chief Secretary to the Treasury, said.', "Paul Boateng", "MP"),
        # a body's name between the post and the holder ("…union Unison Dave Prentis")
        ("But general secretary of the public services union Unison Dave Prentis criticised the plans.", "Dave Prentis", "general secretary"),  # bbc politics/357's pattern
        # a comma list of posts before the name; "skipper" is a captain
        ('"Results were weak," chairman, CEO and president Craig Menear said in the earnings release.', "Craig Menear", "chairman"),  # a web page's pattern
        ("Meanwhile, O'Leary has rapped skipper Olof Mellberg for his comments before the derby.", "Olof Mellberg", "skipper"),  # bbc sport/264's pattern
        ('"What we are proposing is a civic commons," Will Davies, senior research fellow at the IPPR told the BBC News website.', "Will Davies", "research fellow"),  # bbc tech/191's pattern
        # two posts joined before an apposed name both hold for it (a web page's pattern)
        ("The regulator is examining whether the company’s founder and former CEO, Adam Neumann, indulged in self-dealing.", "Adam Neumann", "founder"),
        ("The regulator is examining whether the company’s founder and former CEO, Adam Neumann, indulged in self-dealing.", "Adam Neumann", "CEO"),
        # broadcasting and racing posts (entertainment/212's, sport/012's patterns)
        ("Stephen Fry rose nine places to 15 and BBC Three controller Stuart Murphy moved to number 18.", "Stuart Murphy", "controller"),
        ("Trainer Nicky Henderson said the horse would run at Cheltenham in March.", "Nicky Henderson", "Trainer"),
        # an official and a study's co-author hold posts (web pages' and business/077's patterns)
        ("State Department official David Holmes testified on Thursday.", "David Holmes", "official"),
        ("The study's co-author, Anna Berg, said the lake was deep.", "Anna Berg", "co-author"),
        # a relative clause in the perfect gives the post too (entertainment/247's pattern)
        ("In September the singer married Kevin Federline, who had been a dancer on the aborted tour.", "Kevin Federline", "dancer"),
        ("The club signed Tom Hart, who has been captain of the under-21 side since 2019.", "Tom Hart", "captain"),
    ],
)
def test_an_apposition_with_its_body(nlp, text, name, role):
    assert (name, role) in {(r["name"], r["role"]) for r in roles(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text,joined",
    [
        # wire copy: lines broken at a fixed width mid-sentence are joined; an indented line is a new paragraph
        ("Safety-Kleen Corp said it has\ncompleted the acquisition of a unit\nof McKesson Corp.\n    Safety-Kleen said.", "Safety-Kleen Corp said it has completed the acquisition of a unit of McKesson Corp.\n    Safety-Kleen said."),
        # a table of figures, a list of short lines, one paragraph per line: left alone
        ("Shr loss eight cts vs loss 1.39 dlrs\n    Net loss 94,000 vs loss 1,569,000", None),
        ("Tour dates:\nMay 1 - Leeds\nMay 2 - York", None),
        ("The first paragraph is long enough to run past the ninety characters that wire copy never exceeds.\nand then another line.", None),
    ],
)
def test_unwrap_lines_joins_only_hard_wrapped_text(text, joined):
    from newsie.core import unwrap_lines

    out = unwrap_lines(text)
    assert out == (joined if joined is not None else text) and len(out) == len(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a credit list's label joined to its name (web 8cad00dc's pattern): the underscore becomes a space
        ("STAFF\nChoreographer_Jeong Hye Jin, Make-up_Kim Jong, Prop Design_Kim Sang Hee", "STAFF\nChoreographer Jeong Hye Jin, Make-up Kim Jong, Prop Design Kim Sang Hee"),
        # handles, paths and identifiers keep theirs
        ("— PFF CLE Browns (@PFF_Browns) November 15, 2019", None),
        ("See https://example.com/Palace_Tale and #Seoul_Life or my_Var.", None),
    ],
)
def test_split_label_joins(text, expected):
    from newsie.core import split_label_joins

    out = split_label_joins(text)
    assert out == (expected if expected is not None else text) and len(out) == len(text)


@pytest.mark.parametrize(
    "text,name,role",
    [
        ("STAFF\nChoreographer_Jeong Hye Jin, Director_Oh Kyeong Taek, Writer_Kyeong Min Seon, Composer_Kim Cheol Hwan\nTicketing", "Oh Kyeong Taek", "Director"),
        ("STAFF\nChoreographer_Jeong Hye Jin, Director_Oh Kyeong Taek, Writer_Kyeong Min Seon, Composer_Kim Cheol Hwan\nTicketing", "Jeong Hye Jin", "Choreographer"),
    ],
)
def test_a_credit_list_joined_by_underscores(nlp, text, name, role):
    import newsie

    rows = newsie.extract(text + "\nThe show runs at the theatre every day except Monday, and it is a favourite of many visitors.", nlp=nlp).tables.rows
    names = {p["person_id"]: p["name"] for p in rows["people"]}
    assert (name, role) in {(names[r["person_id"]], r["title"]) for r in rows["roles"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the country before a possessive holds the post (reuters21578 3034's, bbc business/320's patterns)
        ("Tanzania's Agriculture and Livestock Development Minister Paul Bomani said today prices would fall.", ("Paul Bomani", "TZ")),
        ("Assad Omar, Afghanistan's envoy to the United Nations in Geneva, said accession would help.", ("Assad Omar", "AF")),
    ],
)
def test_possessive_country_holds_the_post(nlp, text, expected):
    assert expected in {(r["name"], r["country_code"]) for r in roles(nlp, text)}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a state post's party gives it its state (bbc politics/343's pattern)
        ("Labour MP Jack Cunningham said he would stand down at the election.", ("Jack Cunningham", "GB")),
        # so does an article that names one state's bodies only (reuters21578 2118's, web a6968f42's patterns)
        ("Sen. Cory Booker said on Monday the bill would pass, and the Senate and Congress agreed, as did the Democrats.", ("Cory Booker", "US")),
        # a capital standing for its government (reuters21578 15470's pattern)
        ("Bonn's finance minister Gerhard Stoltenberg argues that the shifts have taken place.", ("Gerhard Stoltenberg", "DE")),
    ],
)
def test_state_post_country_from_party_polity_or_capital(nlp, text, expected):
    assert expected in {(r["name"], r["country_code"]) for r in roles(nlp, text)}


def test_a_royal_style_is_no_post(nlp):
    # web 1f765c48's, reuters21578 19505's patterns; a crown prince holds one
    found = {(r["name"], r["role"].lower()) for r in roles(nlp, "Prince Andrew, the younger brother of the heir, stayed with Epstein. Saudi Crown Prince Mohammed bin Salman met him.")}
    assert not any(role == "prince" for _, role in found) and ("Mohammed bin Salman", "crown prince") in found, found


def test_a_brief_of_several_policy_areas_names_no_body(nlp):
    # bbc politics/199's and reuters21578 3034's patterns: the model tags the brief ORG
    found = orgs(nlp, "Her call was backed by Culture, Media and Sport Secretary Tessa Jowell. Tanzania's Agriculture and Livestock Development Minister spoke.")
    assert not ({"Sport", "Media", "Agriculture and Livestock Development"} & found), found


def test_a_date_after_a_preposition_ends_a_name(nlp):
    # reuters21578 11141's pattern: the model ran a name into the date after it
    found = orgs(nlp, "The court extended the orders the SEC obtained against Vaskevitch on March 11, when it charged him.")
    assert not any("March" in o for o in found), found


def test_producer_spokesman_is_one_post(nlp):
    # reuters21578 7071's pattern: "producer" says whose spokesman he is, not a second post
    found = {(r["name"], r["role"]) for r in roles(nlp, "Ghanaian delegate and producer spokesman Mama Mohammed told journalists.")}
    assert ("Mama Mohammed", "spokesman") in found and ("Mama Mohammed", "producer") not in found


def test_a_post_before_said_is_a_new_subject_not_an_apposition(nlp):
    # reuters 17296's pattern: the spokesman is not the prime minister
    text = "The trip was cancelled because of the visit by Japanese Prime Minister Yasuhiro Nakasone, a Treasury spokesman said."
    assert ("Yasuhiro Nakasone", "Treasury spokesman") not in {(r["name"], r["title"]) for r in roles(nlp, text)}


@pytest.mark.parametrize(
    "text,runs",
    [
        ("The request came from Berger and Montague P.C. on Monday.", ["Berger and Montague P.C."]),
        ("The deal between IBM and Hitachi Ltd was signed.", ["Hitachi Ltd"]),  # IBM is a firm the gazetteer knows: two firms
        ("Goldman Sachs and Co advised the board.", ["Goldman Sachs and Co"]),  # "and Co" is part of the name
        ("Officials of Fuerzas Electricas de\nCataluna S.A. said so.", ["Fuerzas Electricas de\nCataluna S.A."]),  # a hard-wrapped line
        ("It sold them to Crown Leasing Ltd and Japan Overseas Leasing Co. on Monday.", ["Crown Leasing Ltd", "Japan Overseas Leasing Co."]),  # reuters21578 18745: a legal form ends the firm before
        ("He joined the Canada Ltd unit, a subsidiary.", []),  # a country and a legal form name no firm
        ("He was paid in cash, Ltd said.", []),
        # a bracketed qualifier before the form, and initials, are part of the name (reuters21578 9212, 8416)
        ("Hoare Govett (Far East) Ltd and Jardine Fleming (Securities) Ltd joined.", ["Hoare Govett (Far East) Ltd", "Jardine Fleming (Securities) Ltd"]),
        ("The first, brought by J.H. Rayner\n(Mincing Lane) Ltd, is to be heard.", ["J.H. Rayner\n(Mincing Lane) Ltd"]),
        ("The shares (Reuters) Ltd said.", []),
        # a firm named after partners, commas and all (reuters21578 12806, 3682): the model cuts them at the commas
        ("Analysts at Donaldson, Lufkin and Jenrette Securities Corp said so.", ["Donaldson, Lufkin and Jenrette Securities Corp"]),
        ("Merrill Lynch, Pierce, Fenner and Smith Inc will act as dealer manager.", ["Merrill Lynch, Pierce, Fenner and Smith Inc"]),
        # …but not a list of firms the gazetteer knows, nor a place before the comma, nor a comma with no partner's "and" after it
        ("Shares of Toyota, Nissan and Honda Motor Co rose.", ["Honda Motor Co"]),
        ("It has plants in Texas, Ohio and Smith Ltd said.", ["Ohio and Smith Ltd"]),
        ("Besides steel, Smith Ltd said it would sell cement.", ["Smith Ltd"]),
    ],
)
def test_firm_runs_end_in_a_legal_form(text, runs):
    from newsie.components.base import firm_runs

    import spacy

    assert [s.text for s in firm_runs(spacy.blank("en")(text))] == runs


@pytest.mark.parametrize(
    "text,names",
    [
        ("Technology firms EarthLink and Webroot found spyware.", ["EarthLink", "Webroot"]),
        ("It sells to retailers such as Tesco, Asda and J Sainsbury.", ["Tesco", "Asda", "J Sainsbury"]),
        ("He joined the band Keane in 1997.", ["Keane"]),
        ("The firm I joined was small.", []),  # a pronoun is no name
        ("The firm's chief said nothing.", []),
    ],
)
def test_described_names_follow_a_business_noun(text, names):
    import spacy

    from newsie.components.base import described_names

    assert [s.text for s in described_names(spacy.blank("en")(text))] == names


@pytest.mark.parametrize(
    "text,expected",
    [
        ("a diagnosis of hypersensitivity pneumonitis, or HP.", {"HP"}),
        ("the human papillomavirus (HPV) causes it", {"HPV"}),
        ("called an exchange for physical or EFP, a trade", {"EFP"}),
        ("lawful under the existing (UN) Security Council resolutions", set()),
        ("the World Health Organization (WHO) said", set()),
    ],
)
def test_lowercase_initialisms(text, expected):
    from newsie.components.organisations import lowercase_initialisms

    assert lowercase_initialisms(text) == expected


@pytest.mark.model
def test_a_rugby_report_names_its_clubs_not_people(nlp):
    from conftest import bbc_sentences

    rows = newsie.extract(" ".join(bbc_sentences("sport/379")), nlp=nlp).tables.rows  # an Ireland squad with its team sheet
    found = {o["name"] for o in rows["organisations"]}
    assert {"Connacht Rugby", "Leicester Tigers", "London Wasps", "Munster Rugby"} <= found
    assert "Leicester City" not in found and "Royal Bank of Scotland" not in found
    assert "Connacht" not in {p["name"] for p in rows["people"]}


@pytest.mark.model
def test_a_modifier_of_a_modifier_stays_in_the_post(nlp):
    """'Ex-chat show host': 'chat' modifies 'show', which modifies 'host'; the 'Ex-' makes the post a former one."""
    found = {(r["name"], r["title"], r["qualifier"]) for r in roles(nlp, "Ex-chat show host Robert Kilroy-Silk quit the party on Friday.")}
    assert ("Robert Kilroy-Silk", "Ex-chat show host", "former") in found


def test_an_initialism_inside_a_name_is_not_that_names_expansion(nlp):
    """Before 1993 "EC" is the European Community, even beside "EC Commission" (reuters 3031's pattern)."""
    text = "Bonn officials spoke ahead of a meeting of EC ministers on the latest EC Commission report on the 12-nation bloc. The Commission has revised down its forecast for West German growth."
    rows = newsie.extract(text, published="1987-03-16", nlp=nlp).tables.rows["organisations"]
    assert {(o["name"], o["acronym"]) for o in rows} >= {("European Community", "EC"), ("European Commission", "")}


def test_a_broadcasters_pundit_holds_no_post_of_its_country(nlp):
    """The BBC's country is no jurisdiction of its pundit's (sport/012's pattern), as for its correspondents."""
    text = "World triple jump record holder and BBC pundit Jonathan Edwards believes the young athlete can take gold."
    found = {(r["name"], r["role"], r["country_code"]) for r in roles(nlp, text)}
    assert ("Jonathan Edwards", "pundit", "") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Buyers can pick up the official MagSafe charger for $39.",  # a web page's pattern: the adjective
        "He made an official visit to Paris with Anna Berg.",
    ],
)
def test_official_as_an_adjective_is_no_post(nlp, text):
    assert not [r for r in roles(nlp, text) if r["role"].lower() == "official"]
