"""Word lists for event extraction: trigger verbs, name titles, words that are not names."""

from __future__ import annotations

import re
from functools import lru_cache

# trigger lemma -> surface forms. Order of groups = priority when an event has several.
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "meet": ("meet", "meets", "met", "meeting", "meetings"),
    "talk": ("talks", "talked", "held talks", "hold talks", "holds talks"),
    "summit": ("summit",),
    "visit": ("visit", "visits", "visited", "visiting", "trip", "arrived", "arrives", "travelled",
              "traveled"),
    "host": ("hosted", "hosts", "hosting"),
    "call": ("phone call", "call", "called", "spoke by phone", "video call"),
    "sign": ("sign", "signs", "signed", "signing"),
    "agree": ("agree", "agrees", "agreed", "agreement", "deal"),
    "impose": ("impose", "imposes", "imposed", "imposing", "slapped", "levied"),
    "ban": ("ban", "bans", "banned", "banning", "blacklisted", "restricted", "restrict",
            "restricts", "curbs"),
    "sanction": ("sanction", "sanctions", "sanctioned"),
    "announce": ("announce", "announces", "announced", "unveiled", "launched", "launch",
                 "launches"),
    "approve": ("approve", "approves", "approved", "passed", "pass", "adopted", "ratified"),
    "reject": ("reject", "rejects", "rejected", "vetoed", "refused"),
    "vote": ("vote", "votes", "voted", "election", "elected", "re-elected"),
    "attack": ("attack", "attacks", "attacked", "struck", "strike", "strikes", "bombed",
               "bombing", "air strikes", "airstrikes", "shelling", "fired", "clashes", "fighting",
               "offensive", "captured", "seized", "killed", "raid", "raided"),
    "die": ("died", "dies", "death", "dead", "killed", "death toll"),
    "arrest": ("arrest", "arrested", "detained", "charged", "indicted", "sentenced", "convicted",
               "jailed", "trial", "pleaded", "found guilty"),
    "rule": ("ruled", "ruling", "verdict", "judge"),
    "resign": ("resign", "resigned", "resigns", "quit", "stepped down", "fired", "sacked"),
    "sue": ("sue", "sued", "lawsuit", "filed"),
    "release": ("release", "released", "freed"),
    "hit": ("hit", "struck", "earthquake", "quake", "flooding", "floods", "hurricane", "storm",
            "outbreak", "spill", "explosion", "exploded", "collapsed", "crashed"),
    "suspend": ("suspend", "suspends", "suspended", "halted", "scrapped", "lifted", "eased",
                "resumed", "postponed", "cancelled", "canceled", "reopened"),
    "report": ("reported", "confirmed", "published", "revealed", "found", "discovered"),
    "warn": ("warn", "warns", "warned", "warning", "threatened", "threatens"),
    "urge": ("urge", "urges", "urged", "called on", "called for", "demanded"),
    "say": ("said", "says", "told", "tells", "stated", "added", "declared"),
}
TRIGGER_PRIORITY: dict[str, int] = {lemma: i for i, lemma in enumerate(_TRIGGERS)}
SPEECH_TRIGGERS = frozenset({"say", "warn", "urge", "report"})
MEETING_TRIGGERS = frozenset({"meet", "talk", "summit", "call"})  # events of two parties

_FORM_TO_LEMMA: dict[str, str] = {}
for _lemma, _forms in _TRIGGERS.items():
    for _form in _forms:
        _FORM_TO_LEMMA.setdefault(_form, _lemma)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z-]*")
_MULTIWORD = {form for form in _FORM_TO_LEMMA if " " in form}


@lru_cache(maxsize=4096)
def find_triggers(text: str) -> tuple[tuple[int, int, str], ...]:
    """Trigger words in ``text`` as (start, end, lemma), two-word forms included. (Kept for the
    texts seen last: the extractor asks again about the sentences around each date.)"""
    out: list[tuple[int, int, str]] = []
    words = [(m.start(), m.end(), m.group(0).lower()) for m in _WORD_RE.finditer(text)]
    for i, (start, end, word) in enumerate(words):
        if i + 1 < len(words):
            pair = word + " " + words[i + 1][2]
            if pair in _MULTIWORD:
                out.append((start, words[i + 1][1], _FORM_TO_LEMMA[pair]))
                continue
        lemma = _FORM_TO_LEMMA.get(word)
        if lemma is not None:
            out.append((start, end, lemma))
    return tuple(out)


def trigger_lemma(form: str) -> str:
    """The lemma of a matched trigger form."""
    return _FORM_TO_LEMMA[form.lower()]



def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


# titles stripped from generic names: "Dr Conrad Murray" -> "Conrad Murray"
NAME_TITLES = _words(
    """mr mrs ms dr prof president vice premier prime minister secretary senator sen rep
    governor gov general gen colonel col admiral adm judge justice chancellor king queen prince
    princess sheikh pope ambassador chairman spokesman spokeswoman director chief officer
    commander lieutenant captain sergeant foreign defence defense deputy leader state maj brig
    lt sgt cmdr capt commodore ayatollah
    sir lord lady former"""
)

# titles that only come before a person's name, stripped when the run is not an organization's
# name: "Chief Executive John Lee" -> "John Lee", "CEO Tim Cook" -> "Tim Cook"
PERSON_TITLES = _words(
    """executive ceo cfo coo founder co-founder cofounder chair chairwoman chairperson envoy
    spokesperson adviser advisor attorney speaker representative mayor commissioner
    administrator undersecretary under-secretary assistant special national trade commerce
    treasury finance economy homeland security intelligence energy health transportation
    agriculture interior labor education justice army navy air force marine marines rear
    vice-president vice-premier lawmaker congressman congresswoman senior top
    opposition candidate dissident activist billionaire tycoon businessman tech star councilor
    councillor representatives senators reps sens lawmakers congressmen congresswomen
    president-elect attorney-general secretary-general governor-general solicitor-general
    director-general inspector-general cardinal archbishop rabbi imam emperor magistrate dame pro tem tempore treasurer
    comptroller auditor ranking member judges justices"""
)

# the words a company's name may end with, one family of them:
# - legal forms written short ("Chevron Corp", "Aixtron SE"), which a reader leaves out
_COMMON_LEGAL = _words("inc corp co ltd plc llc")
LEGAL_ABBREVIATIONS = _COMMON_LEGAL | _words("cos lp se nv ag sa gmbh spa bv")
# - every legal form, short or written out ("Ford Motor Company", "Nippon Steel Corporation"),
#   set aside when two names are compared
LEGAL_FORMS = LEGAL_ABBREVIATIONS | _words("company corporation limited group holding holdings ab")
# - words that end a company's name and no person's ("Dell Technologies", "Alibaba Group")
COMPANY_SUFFIXES = _COMMON_LEGAL | _words("technologies technology holdings group")
# - words after a one-word name that make it a company's full name ("Didi Global" is Didi)
CORPORATE_WORDS = _words("global group holdings inc corp corporation ltd limited technologies "
                         "international")

# what a minister is of: "Minister of Industry and Information Technology Jin Zhuanglong",
# "Minister Without Portfolio John Deng", "Minister of Foreign Affairs Joseph Wu"
PORTFOLIO_WORDS = _words(
    """industry industries information technology commerce foreign affairs finance defense
    defence state homeland security portfolio trade economy economic treasury health justice
    energy education interior home agriculture transport transportation labor labour culture
    science environment ecology public national veterans housing urban development natural
    resources water communications digital mainland unification overseas planning social
    welfare emergency management human services tourism youth family infrastructure and & of
    the without"""
)

# last words of an organization's name: the words before them are not titles ("State Council",
# "Executive Yuan"), and "X and Y <head>" is one name ("Customs and Border Protection")
ORG_HEADS = _words(
    """department ministry office council committee commission command agency bureau
    administration party corp corporation inc ltd co company group army navy force forces guard
    court congress parliament assembly senate house institute university center centre
    foundation association union bank fund authority service services embassy consulate
    government forum conference organization organisation alliance league federation yuan
    protection security affairs studies technology cabinet legislature directorate board
    network exchange academy school college police garrison fleet corps republic
    institutes academies centers centres councils commissions committees agencies ministries
    departments associations foundations universities chamber chambers chiefs"""
)

# "Chinese-ruled", "China-based", "Beijing-friendly": an adjective made from a name, not a name
NAME_ADJECTIVE_SUFFIXES = _words(
    """ruled based friendly controlled backed led owned made born funded linked run style
    type bound era speaking dominated allied aligned leaning affiliated sponsored brokered
    focused related registered listed built claimed administered held occupied designed
    drafted proposed sanctioned skeptic sceptic hawkish"""
)

# capitalized words that do not start a name
NOT_NAMES = _words(
    """a an the this that these those it its he she they we i you his her their our my
    but and or so if as at in on of for to by with from after before when while since until
    during about over under into also however meanwhile then there here what who whom which
    why how where yes no not all some many most more other others both each every any one two
    three four five six seven eight nine ten first second third last next new old
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow tonight
    mr mrs ms dr earlier later now still just even only already again officials police
    according although despite because earlier among some several such rival fellow
    yet thus hence instead indeed perhaps nonetheless nevertheless moreover furthermore
    unlike like amid amidst besides whether including following beyond against within upon
    via across throughout
    separately additionally similarly finally previously currently recently notably initially
    ultimately subsequently likewise overall eventually
    bbc reuters ap afp"""
)

# nationality and party words: a name of their own only inside a longer one ("Chinese Embassy")
DEMONYMS = _words(
    """american americans chinese british french german russian japanese korean taiwanese
    indian european asian african australian canadian mexican iranian israeli palestinian
    ukrainian communist republican republicans democrat democrats democratic"""
)

# a nationality word before one of AUTHORITY_NOUNS is its country acting ("Belgian authorities
# arrested him", "the Philippine military said"); alone it describes, it does not act
_DEMONYMS_OF: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("Afghan",), "Argentina": ("Argentine", "Argentinian"),
    "Australia": ("Australian",), "Austria": ("Austrian",), "Bangladesh": ("Bangladeshi",),
    "Belgium": ("Belgian",), "Brazil": ("Brazilian",), "Britain": ("British",),
    "Cambodia": ("Cambodian",), "Canada": ("Canadian",), "Chile": ("Chilean",),
    "Colombia": ("Colombian",), "Cuba": ("Cuban",), "Czech Republic": ("Czech",),
    "Denmark": ("Danish",), "Egypt": ("Egyptian",), "Ethiopia": ("Ethiopian",),
    "Finland": ("Finnish",), "France": ("French",), "Germany": ("German",), "Greece": ("Greek",),
    "Haiti": ("Haitian",), "Hungary": ("Hungarian",), "India": ("Indian",),
    "Indonesia": ("Indonesian",), "Iran": ("Iranian",), "Iraq": ("Iraqi",), "Ireland": ("Irish",),
    "Israel": ("Israeli",), "Italy": ("Italian",), "Japan": ("Japanese",),
    "Jordan": ("Jordanian",), "Kenya": ("Kenyan",), "Laos": ("Laotian",),
    "Lebanon": ("Lebanese",), "Libya": ("Libyan",), "Lithuania": ("Lithuanian",),
    "Malaysia": ("Malaysian",), "Mexico": ("Mexican",), "Mongolia": ("Mongolian",),
    "Myanmar": ("Burmese",), "Nepal": ("Nepalese", "Nepali"), "Netherlands": ("Dutch",),
    "Nigeria": ("Nigerian",), "North Korea": ("North Korean",), "Norway": ("Norwegian",),
    "Pakistan": ("Pakistani",), "Peru": ("Peruvian",), "Philippines": ("Philippine", "Filipino"),
    "Poland": ("Polish",), "Portugal": ("Portuguese",), "Qatar": ("Qatari",),
    "Romania": ("Romanian",), "Russia": ("Russian",), "Saudi Arabia": ("Saudi",),
    "Singapore": ("Singaporean",), "South Africa": ("South African",),
    "South Korea": ("South Korean",), "Spain": ("Spanish",), "Sri Lanka": ("Sri Lankan",),
    "Sudan": ("Sudanese",), "Sweden": ("Swedish",), "Switzerland": ("Swiss",),
    "Syria": ("Syrian",), "Thailand": ("Thai",), "Turkey": ("Turkish",),
    "Ukraine": ("Ukrainian",), "United Arab Emirates": ("Emirati",),
    "Venezuela": ("Venezuelan",), "Vietnam": ("Vietnamese",), "Yemen": ("Yemeni",),
    "Fiji": ("Fijian",), "Marshall Islands": ("Marshallese",), "Palau": ("Palauan",),
    "Nauru": ("Nauruan",), "Tonga": ("Tongan",), "Samoa": ("Samoan",),
    "Papua New Guinea": ("Papua New Guinean",), "Solomon Islands": ("Solomon Islander",),
    "Nicaragua": ("Nicaraguan",), "Honduras": ("Honduran",), "Panama": ("Panamanian",),
    "Paraguay": ("Paraguayan",), "Guatemala": ("Guatemalan",), "El Salvador": ("Salvadoran",),
    "Dominican Republic": ("Dominican",), "Costa Rica": ("Costa Rican",),
    "Ecuador": ("Ecuadorian",), "Bolivia": ("Bolivian",), "Uruguay": ("Uruguayan",),
    "Zambia": ("Zambian",), "Angola": ("Angolan",), "Zimbabwe": ("Zimbabwean",),
    "Tanzania": ("Tanzanian",), "Djibouti": ("Djiboutian",), "Ghana": ("Ghanaian",),
    "Kazakhstan": ("Kazakh",), "Uzbekistan": ("Uzbek",), "Belarus": ("Belarusian",),
    "Serbia": ("Serbian",), "Slovakia": ("Slovak",), "Estonia": ("Estonian",),
    "Latvia": ("Latvian",), "Cyprus": ("Cypriot",), "Brunei": ("Bruneian",),
    "Tuvalu": ("Tuvaluan",), "Vanuatu": ("Vanuatuan",), "Kiribati": ("I-Kiribati",),
    "Micronesia": ("Micronesian",), "Timor-Leste": ("Timorese",),
}
COUNTRY_OF: dict[str, str] = {d: country for country, ds in _DEMONYMS_OF.items() for d in ds}
DEMONYM_OF: dict[str, str] = {country: ds[0] for country, ds in _DEMONYMS_OF.items()}  # its first
AUTHORITY_NOUNS = _words(
    """authorities officials government military army navy police forces troops coast guard
    ministry regulators diplomats prosecutors court courts leaders
    warship warships frigate frigates destroyer destroyers cruiser cruisers bombers warplanes
    fighter jets"""
)


# a capital as the subject of a verb is its government acting ("Manila has pushed back", "Tokyo
# said"); after a preposition it is a place ("in Manila")
_CAPITALS = """Manila=Philippines; Tokyo=Japan; Seoul=South Korea; Pyongyang=North Korea;
    Moscow=Russia; Kyiv=Ukraine; Kiev=Ukraine; New Delhi=India; Canberra=Australia;
    Wellington=New Zealand; London=Britain; Paris=France; Berlin=Germany; Rome=Italy;
    Madrid=Spain; Ottawa=Canada; Hanoi=Vietnam; Jakarta=Indonesia; Kuala Lumpur=Malaysia;
    Bangkok=Thailand; Islamabad=Pakistan; Tehran=Iran; Riyadh=Saudi Arabia; Ankara=Turkey;
    Brasilia=Brazil; Mexico City=Mexico; Buenos Aires=Argentina; Havana=Cuba; Caracas=Venezuela;
    Pretoria=South Africa; Nairobi=Kenya; Cairo=Egypt; Jerusalem=Israel; Kabul=Afghanistan;
    Minsk=Belarus; Warsaw=Poland; The Hague=Netherlands; Stockholm=Sweden; Helsinki=Finland;
    Oslo=Norway; Vilnius=Lithuania; Phnom Penh=Cambodia; Vientiane=Laos; Naypyitaw=Myanmar;
    Dhaka=Bangladesh; Colombo=Sri Lanka; Kathmandu=Nepal; Ulaanbaatar=Mongolia;
    Honiara=Solomon Islands; Suva=Fiji; Majuro=Marshall Islands; Avarua=Cook Islands;
    Ngerulmud=Palau; Yaren=Nauru; Nuku'alofa=Tonga; Apia=Samoa; Port Vila=Vanuatu;
    Tarawa=Kiribati; Funafuti=Tuvalu; Port Moresby=Papua New Guinea; Alofi=Niue;
    Palikir=Micronesia"""
CAPITAL_OF: dict[str, str] = {
    capital.strip(): country.strip()
    for capital, _, country in (pair.partition("=") for pair in _CAPITALS.split(";"))
}

# the states of the US: "Utah sued TikTok", "Arkansas sued in March" (a state acting, even as
# a sentence's first word); "the Texas Senate" is the state's own chamber, not Congress's
_US_STATES = """Alabama, Alaska, Arizona, Arkansas, California,
    Colorado, Connecticut, Delaware, Florida, Georgia, Hawaii, Idaho, Illinois, Indiana, Iowa,
    Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota,
    Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico,
    New York, North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island,
    South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington,
    West Virginia, Wisconsin, Wyoming"""
US_STATES = frozenset(state.strip() for state in _US_STATES.split(","))
