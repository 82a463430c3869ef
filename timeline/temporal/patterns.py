"""Compiled regular expressions that find temporal expressions, one per kind.

Every pattern is compiled once at import. The finder runs all of them and keeps the longest
non-overlapping matches; the resolver dispatches on the pattern's kind.
"""

from __future__ import annotations

import re

from timeline.temporal.lexicon import (
    DAY_ORDINAL_WORD,
    DAYNUM,
    DAYPART,
    MODIFIER,
    MONTH,
    NUMBER,
    NUMWORD,
    SEASON,
    UNIT,
    WEEKDAY,
    YEAR4,
)
from timeline.temporal.regex_cache import rx

_B = r"(?<![\w$£€.-])"  # left word boundary that also refuses "$1990" and "2.1990"
_E = r"(?![\w%-]|[.,]\d)"  # right boundary that refuses "1990%" and "1990,5"
# what an ordinal after a month counts when it is no day ("the March second round", "May first
# quarter"): "December second", "May nineteenth" said aloud are days
_ORDINAL_NOUNS = (r"(?:quarter|half|round|time|times|term|place|straight|consecutive|largest|biggest|"
                  r"highest|lowest|week|month|year|day|period|session|ballot|vote|reading|stage|"
                  r"phase|leg|game|race|run|step|wave|edition|anniversary)")

_DAYWORD = r"(?:today|yesterday|tomorrow|tonight)"
# ("13:05Z", "09:40 Zulu": the military and aviation name of UTC)
# ("12:01 a.m. New York time", "8 a.m. IST": a place's clock, named in one or two words or by
# its zone's letters)
_TZ = (r"(?:(?-i:Z)\b|\s+(?:[ECMP][SD]T|GMT|UTC|Zulu|HKT|JST|KST|SGT|BST|CET|CEST|AEST|AEDT|ET|PT|"
       r"(?-i:AWST|NZST|NZDT|IST|MSK|WIB|PHT|ICT|PKT|EET|EEST|WET|SAST|EAT|WAT|HST|AKST|AKDT|AST|ADT)"
       r"|local\s+time|(?!" + WEEKDAY + r"\b)(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+time|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:standard|daylight))?"
       r"(?:\s+time\b|(?![\w-]|\s+(?!" + WEEKDAY + r"\b)(?-i:[A-Z]))))\b)")
_AMPM = r"(?:a\.m\.?|p\.m\.?|am\b|pm\b)"
# the hour of a weekly set ("every Wednesday at noon", "9 a.m. every Monday")
_SET_HOUR = (r"(?:(?P<atnamed>noon|midnight)|(?P<ath>1[0-2]|0?[1-9])(?::(?P<atmi>[0-5]\d))?\s*(?P<atampm>"
             + _AMPM + r"))")
# space that stays within a paragraph (a clock does not take the day word of the next one)
_NO_BLANK_LINE = r"(?!\s*\n\s*\n)"
# the words that hedge a clock time and belong to it ("about 7 p.m.", "shortly after noon")
_CLOCK_HEDGE = (r"(?:(?:about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after)"
                r"|before|after)\s+)?")
# an hour of the clock in digits or words ("4 o'clock", "four this morning")
_HOUR = r"(?:1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_REL_WORD = (
    r"(?:this|last|next|past|coming|previous|current|that\s+same|that|the\s+past|the\s+last|the\s+next|"
    r"the\s+coming|the\s+previous|the\s+current|the\s+same|the\s+following|the\s+prior|"
    r"this\s+past|this\s+coming|the\s+latest|the\s+most\s+recent|the\s+new|a\s+new)"
)
# "the last half of 1989", "the last quarter of fiscal 1990": the year a period is part of
_OF_YEAR = r"(?:the\s+)?(?:fiscal\s+|calendar\s+)?(?:year\s+)?(?:1[5-9]\d\d|20\d\d)\b"
# A year in words, as read out in broadcast transcripts: "nineteen ninety-four", "two thousand one"
# A count is no year: "two thousand troops", "two thousand people".
_NOT_COUNTED = (
    r"(?!\s+(?:people|men|women|children|(?!(?:was|is|has|as|this|his|always|perhaps|"
    r"whereas)\b)(?-i:[a-z]+s))\b)"
)
_SPELLED_YEAR = (
    r"(?:nineteen[- ]" + NUMWORD + r"|two\s+thousand(?:\s+and)?(?:[- ]" + NUMWORD + r")?)"
    + _NOT_COUNTED
)
# "Oct. 7 last year", "5 March this year", "Jan. 2 of last year": the day's year, said relative to
# the publication
_REL_YEAR = r"|,?\s+(?:of\s+)?(?P<relyear>last|this|next)\s+year\b"
_EDGE = r"(?:early-?|late-?|mid-?|earlier|later|the\s+(?:end|beginning|start|middle|close|turn)\s+of)"

# (kind, pattern) in priority order: on equal length the earlier kind wins.
_SOURCES: list[tuple[str, str]] = [
    (
        "time",
        _B + _CLOCK_HEDGE
        # ("6:19:40 a.m.", the British "6.12am")
        + r"(?:(?P<h>[012]?\d)(?:(?::|\.(?=\d\d\s*[ap]\.?m))(?P<mi>[0-5]\d)(?::(?P<se>[0-5]\d))?)?"
        r"\s*(?P<ampm>" + _AMPM + r")|(?P<h24>[012]?\d):(?P<mi24>[0-5]\d)(?=" + _TZ + r")|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)(?=\s+(?:GMT|UTC|Zulu|Universal\s+Time)\b|(?-i:Z)\b)"
        r"|(?P<named>(?<!high\s)noon|midnight|midday))"
        # ("7 p.m. Monday, Sept. 1", "11pm on Friday 2 April": a weekday may bring its written date)
        # ("7 a.m. last Thursday": the weekday's own "last", "next" or "this"; "10 p.m. Fridays":
        # that hour of every Friday)
        # (not across a paragraph: "until 6 p.m.\n\nTonight, lows near 80")
        + _TZ + r"?(?:,?" + _NO_BLANK_LINE + r"\s+(?:(?:on|of)\s+)?(?:(?P<dayrel>last|next|this|that(?=\s+" + WEEKDAY + r"(?!['\u2019]s)))\s+(?=" + WEEKDAY
        + r"\b))?(?P<day>" + _DAYWORD + r"|" + WEEKDAY + r"(?P<every>s(?!\w))?(?:,?\s+(?:"
        + MONTH + r"\s+" + DAYNUM + r"(?![\d:])|" + DAYNUM + r"\s+" + MONTH + r"(?!\w))(?:,?\s+" + YEAR4 + _E
        + r")?)?|" + MONTH + r"\s+"
        + DAYNUM + r"(?!\d)"
        # ("10:45 p.m. on July 28, 2012": the year written after the day is the day's)
        r"(?:,?\s+" + YEAR4 + _E + r")?"
        # ("8am on 26 January", written day first; a year after it leaves the date to itself)
        r"|(?<=on\s)" + DAYNUM + r"\s+" + MONTH + r"(?!\w|,?\s+\d))"
        # ("8 p.m. Sunday night": the part of the day the hour already tells)
        r"(?:(?<=day)\s+(?:morning|afternoon|evening|night)(?!\w))?)?",
    ),
    (
        "time",
        # ("next Tuesday at 6 p.m.": the weekday's own "last", "next" or "this")
        # ("Feb. 23 at 5 p.m.": a date and its hour, one time)
        # ("Tuesday, June 27, at 7:30 p.m.": a weekday with its date, then the hour; a schedule's
        # "Game 1: Wednesday, April 9, 7 p.m.")
        _B + r"(?:(?P<dayrel>last|next|this|that(?=\s+" + WEEKDAY + r"(?!['\u2019]s)))\s+(?=" + WEEKDAY + r"\b))?(?P<day>(?P<dated>" + WEEKDAY
        + r",\s+" + MONTH + r"\s+" + DAYNUM + r"(?:,\s+" + YEAR4 + r")?)|" + WEEKDAY + r"|" + _DAYWORD + r"|" + MONTH + r"\s+"
        + DAYNUM + r")" + _NO_BLANK_LINE + r"(?(dated),\s+(?:at\s+)?|\s+at\s+)(?:(?P<h>[012]?\d)"
        r"(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>" + _AMPM + r")|(?P<named>noon|midnight|midday))" + _TZ + "?",
    ),
    (
        "time",
        # "7:30 Thursday morning", "about 12:15 Sunday morning": a clock without a.m. or p.m.,
        # whose part of the day tells which half it is in
        # ("7:30 on Tuesday morning", "4:30 last Wednesday afternoon"; "8 o'clock Monday evening",
        # "six o'clock on Monday morning")
        _B + _CLOCK_HEDGE + r"(?P<named>)(?P<h>" + _HOUR + r")(?:(?<=\d):(?P<mi>[0-5]\d)|\s+o'clock)\s+(?:on\s+)?"
        r"(?:(?P<dayrel>last|next|this|that(?=\s+" + WEEKDAY + r"(?!['\u2019]s)))\s+)?(?P<day>" + WEEKDAY
        + r")\s+(?P<dp>morning|afternoon|evening|night)(?!\w)",
    ),
    (
        "mdy",
        # ("September the 11th", as said aloud)
        # ("Monday night, Nov. 21": that part of the day)
        _B + r"(?:(?P<wd>" + WEEKDAY + r")(?:\s+(?P<wdpart>morning|afternoon|evening|night)(?=,))?,?\s+)?"
        r"(?P<mon>" + MONTH + r")\s+(?:the\s(?=\d{1,2}(?:st|nd|rd|th)\b|"
        + DAY_ORDINAL_WORD + r"(?![\w-])))?"
        r"(?P<day>" + DAYNUM + r"|" + DAY_ORDINAL_WORD + r"(?![\w-])(?!\s+" + _ORDINAL_NOUNS + r"\b))"
        # ("Feb. 21-28, 1972": a run of days, dated by its first, the year written after it)
        + r"(?!\d|:\d)(?:[-\u2013](?:[12]\d|3[01]|0?[1-9])(?![\d:-]))?"
        r"(?:(?:,\s*|\s+)(?P<year>" + YEAR4 + r")" + _E + r"|(?:\s*,\s*|\s+)(?P<yy>'\d\d)\b"
        + _REL_YEAR + r")?",
    ),
    (
        "dmy",
        _B + r"(?:(?P<wd>" + WEEKDAY + r"),?\s+)?(?:the\s+)?(?P<day>" + DAYNUM + r"|(?<=the\s)"
        + r"(?!fourth\s+of\s+july\b)" + DAY_ORDINAL_WORD + r"(?=\s+of\s))\s+(?:of\s+)?"
        r"(?P<mon>" + MONTH + r")(?:,?\s+(?P<year>" + YEAR4 + r")" + _E + _REL_YEAR + r")?",
    ),
    (
        "numeric",
        _B + r"(?:(?P<y>" + YEAR4 + r")-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)|(?P<m2>1[0-2]|0?[1-9])/"
        r"(?P<d2>[0-3]?\d)/(?P<y2>" + YEAR4 + r"|\d\d))" + _E,
    ),
    (
        "my",
        _B + r"(?:(?P<edge>" + _EDGE + r")\s*)?(?P<mon>" + MONTH + r")(?:,\s*|\s+)(?:of\s+)?"
        r"(?P<year>" + YEAR4 + r"|(?:this|last|next)\s+year|" + _SPELLED_YEAR + r")" + _E,
    ),
    (
        # "last year's November meeting", "2022's August drills"
        "my",
        _B + r"(?P<year>" + YEAR4 + r"|(?:this|last|next)\s+year)['’]s\s+(?P<mon>" + MONTH
        + r")(?!\.?\s*\d|\w)",
    ),
    (
        "month",
        _B + r"(?:(?P<edge>" + _EDGE + r")\s*)?(?:(?P<rel>this|last|next|this\s+past|this\s+coming|"
        r"past|coming|the\s+following)\s+)?(?P<mon>" + MONTH + r")(?!\.?\s*\d|\w)"
        # "October of that year": the month of the year the story told
        r"(?P<ofyear>\s+(?:of\s+)?(?:that|the\s+same|the\s+(?P<ofdir>following|next|previous|prior))"
        r"\s+year\b)?",
    ),
    (
        "season",
        _B + r"(?:(?P<edge>" + _EDGE + r")\s*)?(?:(?P<rel>" + _REL_WORD + r"|the)\s+)?"
        # ("the winter of 1982-83": the season named by its first year)
        r"(?:(?P<edge2>early|late|mid-?)\s*)?(?P<season>" + SEASON + r")(?:\s+(?:of\s+)?"
        r"(?P<year>" + YEAR4 + r"|" + _SPELLED_YEAR + r"|(?<=of\s)(?:this|last|next)\s+year"
        r"|(?<=of\s)['\u2019]\d\d(?![\d'\u2019]))"
        r"(?:-(?:\d\d){1,2})?" + _E + r")?(?![\w-])",
    ),
    (
        "season",
        # (not "the 2024 Summer Games", "the 2022 Winter host": the Games of that year)
        _B + r"(?P<year>" + YEAR4 + r")\s+(?P<season>" + SEASON + r")\b"
        r"(?!\s+(?:Games|Olympics?|Olympiad|Paralympics?|Paralympic|host|bid|edition)\b)",
    ),
    (
        "year",
        _B + r"(?:(?P<edge>" + _EDGE + r"|pre-|post-)\s*)?(?:(?P<fiscal>(?:the\s+)?(?:fiscal(?:\s+year)?|"
        r"calendar(?:\s+year)?|model\s+year|year|FY)|FY)\s*)?(?P<year>" + YEAR4 + r")"
        r"(?:-(?:\d\d|" + YEAR4 + r"))?(?!'s|\w|%|[.,]\d|-)"
        r"(?!" + _TZ + r"|\s+(?:BST|CET|CEST|hrs|hours)\b)",  # "at 1930 GMT" is a clock time
    ),
    # "it came up in '51", "since '88": a year in two digits after a preposition
    (
        "shortyear",
        # ("in '91 and '92": the second of two)
        r"\b(?P<prep>(?:in|since|by|until|till|from|to|through|before|after|than|"
        r"(?<=['\u2019]\d\d\s)and|(?<=['\u2019]\d\d,\s)and|(?<=['\u2019]\d\d\s)or)\s+)" +
        r"['\u2019](?P<yy>\d\d)(?![\w'\u2019-]|[.,]\d)",
    ),
    (
        "decade",
        _B + r"(?:(?P<edge>" + _EDGE + r")\s*)?(?:the\s+)?(?:(?P<edge2>early|late|mid-?)\s*)?"
        r"(?:(?P<dec>1\d\d0|20\d0)'?s|'(?P<dec2>\d0)s)(?!\w)",
    ),
    (
        # "the nineties", "the late sixties"
        "decade",
        _B + r"(?:(?P<edge>" + _EDGE + r")\s*)?the\s+(?:(?P<edge2>early|late|mid-?)\s*)?"
        r"(?P<decword>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?!\w)",
    ),
    (
        "century",
        _B + r"(?:(?P<edge>" + _EDGE + r")\s*)?(?:the\s+|this\s+|last\s+|next\s+)?"
        r"(?:(?P<ord>\d{1,2})(?:st|nd|rd|th)|(?P<word>first|second|third|fourth|fifth|sixth|"
        r"seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
        r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[- ]century\b",
    ),
    (
        "quarter",
        _B + r"(?:the\s+)?(?:(?P<ypos>" + YEAR4 + r"|this\s+year|last\s+year|next\s+year)'s\s+)?"
        # ("the holiday quarter": the fourth, of the Christmas shopping season)
        r"(?P<adj>(?:(?:fiscal|calendar|year-earlier|year-ago|comparable|same|latest|current|"
        r"recent|previous|prior)[- ])*)(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|"
        r"holiday(?=[- ]quarter\b)|"
        r"(?:last(?=\s+(?:half|quarter)\s+of\s+" + _OF_YEAR + r")|latter(?=\s+half\s+of\s+"
        + _OF_YEAR + r")))"
        r"[- ](?:fiscal[- ])?(?P<unit>quarter|half|period)(?:s|\b)(?![- ]hour)(?:\s+of\s+(?:(?:the\s+)?"
        r"(?:fiscal|calendar)\s+(?:year\s+)?)?(?P<y2>" + YEAR4 + r"|this\s+year|last\s+year|"
        r"next\s+year|the\s+year)|\s+(?:fiscal\s+)?(?P<y3>" + YEAR4 + r")" + _E + r")?",
    ),
    (
        "quarter",
        _B + r"(?:the\s+)?(?:(?P<ypos>" + YEAR4 + r")'s\s+)?(?P<adj>(?:(?:fiscal|calendar|"
        r"year-earlier|year-ago|year-before|comparable|same|latest|current|recent|previous|prior|"
        r"just-ended|just-completed|most\s+recent|first|second|third|fourth|this|last|next|"
        r"coming|final|full|first-time)[- ])+)(?:fiscal\s+)?"
        r"(?P<unit>quarter|period|half)(?:\s+(?:of|in)\s+(?P<y2>" + YEAR4 + r")(?![\w-]))?(?!\w)",
    ),
    (
        "quarter",
        _B + r"(?:(?P<ord>Q[1-4])(?:\s+(?P<y2>" + YEAR4 + r"))?|(?P<y3>" + YEAR4 + r")\s+(?P<ord2>Q[1-4]))\b",
    ),
    (
        # "the September quarter", "the April-June quarter": a quarter named by its months
        "quarter",
        _B + r"the\s+(?:(?:Jan(?:uary)?|Apr(?:il)?|Jul(?:y)?|Oct(?:ober)?)\.?[-\u2013]|"
        r"(?=(?:March|June|September|Sept|December)\b))(?P<endmon>March|June|September|Sept|"
        r"December)(?:[-\s]ending)?\s+(?P<unit>quarter|period)\b"
        # ("the December quarter of 2022": with the year it belongs to)
        r"(?:\s+(?:of|in)\s+(?P<y2>" + YEAR4 + r")(?![\w-]))?",
    ),
    (
        # "H1 2024", "2023 H2": a half only with its year ("H2" alone is also hydrogen)
        "quarter",
        _B + r"(?:(?P<ord>H[12])\s+(?P<y2>" + YEAR4 + r")|(?P<y3>" + YEAR4 + r")\s+(?P<ord2>H[12]))\b",
    ),
    ("quarter", _B + r"(?P<adj>the\s+)(?P<unit>quarter)(?!\w)"),
    (
        # "the first three months of 2016" (a quarter), "the first six months of 1990" (a half);
        # "the first nine months of the year" stays a length
        "monthsof",
        _B + r"the\s+(?P<pos>first|second|last|final)\s+(?P<n>three|six|3|6)\s+months\s+of\s+"
        r"(?P<y>" + YEAR4 + r"|this\s+year|last\s+year|next\s+year|the\s+year)(?![\w-])",
    ),
    (
        "quarter",
        _B + r"(?:the\s+)(?P<y3>" + YEAR4 + r")\s+(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|"
        r"4th|final)[- ])?(?:fiscal\s+)?(?P<unit>quarter|period|half)(?!\w)",
    ),
    (
        "spelled_year",
        _B + r"(?:the\s+year\s+)?(?:(?P<c19>nineteen)[- ](?P<rest>" + NUMWORD + r"(?:[- ]" + NUMWORD
        + r")?|hundred(?:\s+and\s+" + NUMWORD + r")?)|(?P<c20>two\s+thousand)(?:\s+and)?"
        r"(?:[- ](?P<rest2>" + NUMWORD + r"))?)(?!\w)" + _NOT_COUNTED,
    ),
    (
        "bare_unit",
        _B + r"(?P<prep>for\s+|during\s+|in\s+|of\s+|throughout\s+|over\s+)?the\s+"
        r"(?:(?P<adj>full|fiscal|calendar|entire|whole)\s+)?(?P<unit>year|week|weekend|month|decade)(?!\w|-|\s+(?:of|before|after|ago|earlier|later)\b)"
        # "the week ahead", "the year ahead": the one that begins next
        r"(?:\s+(?P<ahead>ahead)(?![\w-]|\s+of\b))?",
    ),
    (
        "ago",
        _B + r"(?:" + MODIFIER + r"\s+)?(?P<num>" + NUMBER + r")\s+(?:more\s+)?(?P<unit>" + UNIT
        # ("closed the border for three days earlier this month": the "earlier" is the month's)
        # ("a week from Friday", "a week from tomorrow": counted from that day; not "£2 a week
        # from Monday 7 April", a rate and the date it starts)
        + r")s?(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|from\s+now|from\s+today|hence|back|"
        # (nor "the five days from Wednesday, Nov. 27, through Sunday": a stretch and its start)
        r"from\s+(?P<fromday>tomorrow|" + WEEKDAY + r")(?!\w|\s+(?:through|thru|to|until|till|and)\b"
        r"|,?\s+(?:\d|" + MONTH + r")))(?!\w)"
        r"(?!(?<=earlier)\s+(?:this|that|in|last)\s)"
        # ("a week earlier than last year": how much earlier, a length)
        r"(?!\s+than\b)",
    ),
    (
        # "sold out weeks ago", "reported years ago": some time back, as "a few years ago" is
        "ago",
        _B + r"(?P<num>)(?P<unit>decade|year|month|week|day)s\s+(?P<dir>ago)(?!\w)",
    ),
    ("yearago", _B + r"year-(?:earlier|ago)(?![\w-])"),
    # "last season", "this season", "next season": a sports or farming season, valued as its
    # year (not "its last season", the final one, nor "the season")
    ("relseason", _B + r"(?<!its\s)(?<!their\s)(?<!his\s)(?<!her\s)(?<!'s\s)(?<!the\s)(?<!a\s)"
     r"(?P<rel>last|this|next)\s+season(?![\w-])"),
    (
        # "the corresponding period last year", "last year's quarter", "the quarter a year ago"
        "yearago",
        _B + r"(?:(?:the\s+)?(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:of\s+|in\s+)?"
        r"(?:last\s+year|a\s+year\s+(?:ago|earlier))|last\s+year's\s+(?:quarter|period)|"
        r"the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)|"
        # "the same month last year": the month the story reports, a year back
        r"the\s+same\s+(?P<month>month)\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)))(?!\w)",
    ),
    (
        "relunit",
        _B + r"(?:(?P<edge>" + _EDGE + r")(?:\s+in)?\s+)?(?P<rel>" + _REL_WORD + r")\s+"
        r"(?:(?P<fiscal>fiscal|calendar|school|academic|financial)\s+)?(?P<unit>week|weekend|"
        r"fortnight|month|year|quarter|decade|century|half|day)(?!\w|-)",
    ),
    (
        # "over the holiday weekend", "the long weekend": the weekend of the week the story is
        # told in, as "this weekend" is
        "relunit",
        _B + r"(?P<rel>the|this|last|next)\s+(?:holiday|long)\s+(?P<unit>weekend)(?!\w|-)",
    ),
    (
        "relunit",
        _B + r"(?P<edge>earlier|later|early|late)\s+(?:in\s+|during\s+)?(?P<rel>the|this|that)\s+"
        r"(?P<unit>week|month|year|decade|century|day)\b",
    ),
    (
        # "The day before, his office had ...", "and left the week after.": counted from the
        # day, month or year the story last told ("the day before the vote" names no date here)
        "relunit",
        _B + r"the\s+(?P<unit>day|night|morning|afternoon|evening|week|month|year)\s+(?P<side>before|after)"
        r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|when|while|at|in)\b)",
    ),
    (
        # "by year-end", "since year end", "around year's end" (after a preposition only:
        # "year-end results" is an adjective)
        "yearend",
        _B + r"(?P<prep>(?:by|at|since|until|till|before|after|near|through|toward|towards|"
        r"around)\s+)(?P<w>year[- ]end|year's\s+end)(?![\w-])",
    ),
    (
        "weekday",
        # ("overnight Sunday": that day's night)
        _B + r"(?:(?P<over>overnight)\s+|(?P<edge>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this|this\s+coming|"
        r"this\s+past|coming|past|the\s+previous|the\s+prior|the\s+following|the\s+next)\s+)?"
        r"(?P<wd>" + WEEKDAY
        # "on Friday last week", "Monday of next week": a day of a named week
        + r")(?:\s+(?:of\s+)?(?P<week>last|next|this)\s+week(?![\w-]))?(?:\s+(?P<part>" + DAYPART
        # "Wednesday the 8th": the day of the month that falls on that weekday (not "Tuesday,
        # the 7th Fleet said" or "Saturday, the 25th anniversary")
        + r"))?(?:,?\s+the\s+(?P<nth>[0-3]?\d)(?:st|nd|rd|th)(?=\s*[,.;:)]|\s*$|\s+(?:the|a|an|and|or|"
        r"at|in|on|when|as|to|he|she|they|we|it|his|her|their|its)\s))?(?!\w|'s\s+" + WEEKDAY + ")",
    ),
    (
        "dayword",
        _B + r"(?:(?P<edge>early|late|earlier|later)\s+)?(?P<w>today|yesterday|tomorrow|tonight|"
        r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(?P<part>" + DAYPART
        + r"))?(?!\w)",
    ),
    (
        "daypart",
        _B + r"(?:(?P<edge>early|late|earlier|later)\s+)?(?P<rel>this|last|tomorrow|yesterday|"
        r"that|the\s+(?:previous|next|following)|the)\s+(?P<part>" + DAYPART + r")(?!\w)",
    ),
    (
        # "mid-afternoon yesterday", "late evening today"
        "daypart",
        _B + r"(?P<part>mid-?\s*afternoon|mid-?\s*morning|morning|afternoon|evening)\s+"
        r"(?P<rel>yesterday|today|tomorrow)(?!\w)",
    ),
    ("daypart", _B + r"(?P<part>overnight|mid-?\s*afternoon|mid-?\s*morning)(?!\w)"),
    # "in the early morning", "by late afternoon": the edge of a part of the day (not "late-afternoon
    # games", nor "late morning of March 3", which the day's own mention dates)
    # (the finder checks the preposition before it)
    ("daypart", _B + r"(?:(?P<rel>the)\s+)?"
     r"(?P<edgeonly>early|late)\s+(?P<part>morning|afternoon|evening)(?![\w-]|\s+(?:of|on)\b)"),
    # "fell 0.8 percent in morning trade", "in afternoon trading": the session's part of the day
    ("daypart", _B + r"(?<=in\s)(?P<part>morning|afternoon|evening)(?=\s+(?:trading|trade|dealings)\b)"),
    (
        # "10 o'clock this morning", "10:30 this morning", "four this morning", "11 tonight",
        # "8 tomorrow evening": an hour of a part of a day told from the publication
        "time",
        # ("2 a.m. this morning", "11 p.m. tonight" too)
        # ("10:52 p.m. Eastern time last night", "8:30 Eastern this morning": a zone between)
        _B + r"(?P<named>)(?P<h>" + _HOUR + r")(?::(?P<mi>[0-5]\d))?\s*(?:o'clock" + _TZ + r"?\s+|(?P<ampm>" + _AMPM
        + r")" + _TZ + r"?" + _NO_BLANK_LINE + r"\s+|(?<=\s)|(?<=\d\d)\s+(?-i:Eastern|Central|Mountain|Pacific)(?:\s+time)?\s+)"
        r"(?:(?:(?P<this>this)|(?P<day>"
        r"yesterday|tomorrow|last(?=\s+night)))\s+(?P<dp>morning|afternoon|evening|night)|(?P<tonight>tonight))(?!\w)",
    ),
    (
        # "tonight at 11", "tomorrow morning at 6": a day's part, then its hour
        "time",
        # ("this afternoon at 2:15", "this morning at nine": the publication day's; "Friday
        # morning at 8:30": the day's)
        _B + r"(?P<named>)(?:(?P<tonight>tonight)|(?:(?P<thisdp>this)|(?P<day>today|tomorrow|yesterday|"
        + WEEKDAY + r"))\s+"
        r"(?P<dp>morning|afternoon|evening|night))\s+at\s+(?P<h>" + _HOUR + r")(?::(?P<mi>[0-5]\d))?"
        r"(?!\w|\s*(?:[ap]\.?m|o'clock|percent|%)|[.,:]\d)",
    ),
    (
        # "at 6 o'clock", "It's six o'clock": an hour of no part of day told (1-6 read as the
        # afternoon or evening, 7-11 as the morning, as the hours people name by it)
        "time",
        _B + r"(?P<named>)(?P<day>)(?P<oclock>(?P<h>" + _HOUR + r")\s+o'clock)(?!\w|\s+(?:in\s+the|this|yesterday|tomorrow|"
        r"tonight)\b)",
    ),
    (
        # "half past six", "ten past seven", "eleven minutes past five", "a quarter to nine": a
        # clock told in words (its hour read as "six o'clock" is, unless a part of day follows);
        # "one minute past midnight", "six minutes past noon"
        "time",
        # ("from five to six", "1:30 to 4 p.m.": a range, unless "minutes" or "quarter" says it
        # is a clock)
        # (not "rose in the quarter after two years of declines": the period, then a length)
        _B + r"(?<!:)(?<!the\s)(?P<named>)(?P<oclock>(?P<minw>half|(?:a\s+)?quarter|" + NUMWORD
        + r"|[1-5]?\d)(?:(?P<mins>\s+minutes?)\s+(?P<dir>past|to|after)|\s+(?P<past>past)|(?<=quarter)\s+"
        r"(?P<to>to|after))\s+(?:(?P<h>" + _HOUR + r")|(?P<hnoon>noon|midnight)))"
        r"(?:\s+in\s+the\s+(?P<dp>morning|afternoon|evening|night))?"
        # ("one minute past midnight on Thursday": the day is the clock's)
        # (not a weekday whose date follows: "ten past seven on Monday the 12th of July")
        r"(?:,?\s+(?:on\s+)?(?P<day>" + _DAYWORD + r"|" + WEEKDAY + r"(?!,?\s+(?:the\s+\d|" + MONTH
        + r"))|" + MONTH + r"\s+" + DAYNUM + r"(?!\d)))?(?![\w-]|\s+o'clock|\s*%|\s+percent)",
    ),
    (
        # "4 in the morning", "9 o'clock in the evening", "1:30 in the morning", "eight in the
        # evening"
        "time",
        _B + r"(?P<named>)(?P<day>)(?P<h>" + _HOUR + r")(?::(?P<mi>[0-5]\d))?\s+(?:o'clock\s+)?in\s+the\s+"
        r"(?P<dp>morning|afternoon|evening|night)(?!\w)",
    ),
    (
        # "trains run between 07:30 and 18:30": a 24-hour clock with no zone, after a word that
        # introduces a time (two hour digits, so "won 2:1" and ratios stay out)
        # "the market opens at 9:30", "It's 7:06, and this is First Light", "back at it by 1:15":
        # a 12-hour clock with no a.m. or p.m., after the same words or a broadcast's "It's"
        "clock24",
        _B + r"(?P<prep>(?:at|from|until|till|by|between|and|to|before|after|(?-i:It|it)(?:'s|\u2019s|\s+is))"
        # ("at about 4:15": the hedge belongs to the time)
        r"\s+)(?:(?:about|around|approximately|roughly)\s+)?"
        r"(?P<named>)(?P<day>)(?P<h>)(?:(?P<h24>[01]\d|2[0-3]):(?P<mi24>[0-5]\d)|"
        # ("from 1:30 to 4 p.m. tomorrow": the start of a range, left to the end's day)
        r"(?P<h12>1[0-2]|[1-9]):(?P<mi12>[0-5]\d)(?!\.\d|\s*(?:to|-|until|and)\s+\d|\s+(?:o'clock|hours?|minutes?|miles?|seconds?|"
        r"mark|pace|ratio|margin|lead|win|loss|victory|defeat|in\s+the|on|the\s+next|this|tonight|"
        r"tomorrow|yesterday|" + WEEKDAY + r")\b))(?![\d:]|\s*[ap]\.?m)",
    ),
    # "17:52 - Coalition spokesman says ...": a live page's entry stamped with a 24-hour clock at
    # the start of its paragraph
    ("clock24", r"(?:(?<=\n)|^)(?P<named>)(?P<day>)(?P<h>)(?P<h24>[01]\d|2[0-3]):(?P<mi24>[0-5]\d)"
     + r"(?=[ \t]+[-\u2013\u2014][ \t])"),
    (
        # "within hours", "after months of talks", "days before the vote", "could take weeks":
        # an unmeasured length (the finder refuses it after an article, a count or an adjective)
        "bareplural",
        r"(?<![\w-])(?P<unit>minute|hour|day|week|month|year|decade)s(?![\w-]|\s+(?:ago|old)\b)",
    ),
    # "for a while", "take a while": a length no one measured (not "once in a while", "a while
    # ago", "a while back")
    ("while", _B + r"(?<!once\sin\s)a\s+(?:little\s+)?while(?!\s+(?:ago|back|later|longer|earlier)\b)(?!\w)"),
    # "in the past hour", "the next hour": one hour back or ahead, a length (not the idiom "at the
    # last minute")
    ("another", _B + r"the\s+(?:(?:past|last|next|coming)\s+(?P<unit>hour)|(?:past|next|coming)\s+"
     r"(?P<unit2>minute))(?![\w-])"),
    (
        # "for another week", "another year of talks": one more of the unit
        "another",
        _B + r"another\s+(?P<unit>minute|hour|day|night|week|month|year|decade)(?![\w-])",
    ),
    (
        "ref",
        # (not "the current account", "current affairs": the balance of payments, the news)
        _B + r"(?P<w>right\s+now|just\s+now|now|currently|current(?!\s+(?:accounts?|affairs)\b)|recently|"
        r"lately|nowadays|sooner\s+or\s+later|"
        # (not "the past" before a count: "in the past three elections", "the past 11 seasons")
        r"soon|these\s+days|at\s+present|the\s+present|the\s+past(?!\s+(?:\d|few\b|several\b|"
        r"couple\b|many\b|" + NUMWORD + r"\b))|the\s+(?:near\s+|distant\s+|"
        r"foreseeable\s+)?future|the\s+(?:near|short)\s+term|"
        # "said at the time that ...": then, as TimeBank tags it, without "at" (not "at the time
        # of the shooting", whose event dates it)
        r"(?<=\bat\s)the\s+time(?!\s+(?:of|when|being)\b))(?!\w|-)",
    ),
    (
        # "six to eight weeks", "two to three weeks": a range of lengths, valued by its start as
        # TimeBank does (the finder checks that it runs upward and is no rate)
        "duration",
        _B + r"(?P<mod>)(?P<det>)(?P<rel>)(?P<extra>)(?P<num>\d{1,3}|" + NUMWORD + r")\s+to\s+(?P<num2>\d{1,3}|"
        + NUMWORD + r")\s+(?P<unit>" + UNIT + r")(?P<pl>s)(?P<tail>)(?![\w-])",
    ),
    (
        "duration",
        _B + r"(?:(?P<mod>" + MODIFIER + r")\s+)?(?:(?P<det>the|another|an?\s+additional|"
        r"each\s+of\s+the|all|for\s+the)\s+)?(?:(?P<rel>(?:past|last|next|first|final|coming|"
        r"previous|following|latest|recent|initial|same|full|better\s+part\s+of\s+the)\s+)*)"
        r"(?P<num>" + NUMBER + r")(?:\s+(?P<extra>more|additional|extra|full|straight|consecutive|"
        r"long|trading|business|working|calendar|(?<!\d{4}\s)fiscal(?=\s+(?:years|quarters)\b)))?(?:\s*-\s*|\s+)(?P<unit>" + UNIT
        # ("the past three seasons": a sport's or a farm's seasons, a year each; "the Six-Day War"
        # is a name)
        + r"|season(?=s\b))(?P<pl>s)?(?P<tail>-long|\s+or\s+so|\s+and\s+a\s+half|\s+(?:ahead(?!\s+of\b)|to\s+come))?(?![\w-]|\s+old\b|['\u2019]?\s+(?-i:War)\b)",
    ),
    (
        "duration",
        _B + r"(?:(?P<prep>for\s+|within\s+|in\s+)(?=(?:years|decades|centuries|months|weeks)\b"
        r"(?!\s+(?:of|ago|earlier|later|before|after|old|past)\b))|"
        r"(?:(?P<det>the)\s+)?(?:(?P<rel>(?:past|last|next|coming|recent|"
        r"previous|early|first|few|several|many)\s+)+)|"
        # "in the weeks ahead", "the months to come", "the days and weeks ahead"
        r"(?P<det2>the)\s+(?=(?:(?:days|weeks|months)\s+(?:and|or)\s+)?(?:days|weeks|months|years)\s+"
        r"(?:ahead|to\s+come)\b))"
        # "in the coming days and weeks": one stretch ahead
        r"(?:(?:(?<=\bcoming\s)|(?<=\bthe\s))(?P<pair>days|weeks|months)\s+(?:and|or)\s+(?=(?:weeks|months|years)\b))?"
        r"(?P<unit>minute|hour|day|week|month|"
        r"quarter|year|decade|centurie)(?P<pl>s)(?P<tail>\s+(?:ahead(?!\s+of\b)|to\s+come))?(?!\w|')",
    ),
    # "every morning", "each night", "every weekend": a part of every day, every weekend
    ("set", _B + r"(?:every|each)\s+(?P<setpart>morning|afternoon|evening|night|weekend)(?!\w)"),
    (
        "set",
        # ("every half hour": a half of the unit; "every second Tuesday", "every third day": one
        # in two, one in three)
        _B + r"(?:(?P<q>every|each|per)\s+(?:(?P<num>other|second|third|fourth|fifth|sixth|half(?=\s+hour)|" + NUMBER + r")\s+)?(?P<unit>"
        + UNIT + r"|" + WEEKDAY + r"|" + MONTH + r"|" + SEASON + r")s?|(?P<adv>daily|weekly|"
        r"monthly|annually|yearly|hourly|biweekly|fortnightly|nightly|semiannually|"
        r"semi-annually|(?:twice|thrice)-(?:daily|weekly|monthly|yearly))|(?P<times>once|twice|"
        # ("six nights a week": the days of a week, every week)
        r"three\s+times|four\s+times|\d+\s+times|(?:one|two|three|four|five|six|seven|[1-7])\s+"
        # ("a once-a-day version", "twice-a-year meetings": the same, as one word)
        r"(?:days|nights|evenings|mornings))(?:\s+|-)(?:a|an|"
        r"per|each|every)(?:\s+|-)(?P<unit2>" + UNIT + r"))(?!\w)",
    ),
    # "every Saturday morning": that part of every such weekday
    # ("sold 12 million shares at $14 each Tuesday evening": a price's "each")
    # "every Wednesday at noon", "Tuesdays at 9 p.m.": that hour of every such weekday
    ("set", _B + r"(?:(?:every|each)\s+(?P<wdat>" + WEEKDAY + r")|(?P<wdatpl>" + WEEKDAY + r")s)\s+at\s+"
     + _SET_HOUR + r"(?!\w)"),
    # "9 a.m. every Monday": the same, the hour first
    ("set", _B + _SET_HOUR + r"\s+(?:every|each)\s+(?P<wdat>" + WEEKDAY + r")(?!\w)"),
    ("set", _B + r"(?:every|(?<!\d\s)each)\s+(?P<wdpl>" + WEEKDAY + r")\s+(?P<wdpart>morning|afternoon|"
     r"evening|night)(?!\w)"),
    # "on Sunday nights", "Tuesday mornings": that part of every such weekday
    ("set", _B + r"(?P<wdpl>" + WEEKDAY + r")\s+(?P<wdpart>morning|afternoon|evening|night)s(?!\w)"),
    ("set", _B + r"(?P<wdpl>" + WEEKDAY + r")s(?!\w)"),
    # "on weekends", "work evenings and at weekends": every weekend, every evening
    ("set", _B + r"(?P<prep>(?:on|at|work|working|including)\s+)(?P<partpl>weekend|evening|morning|"
     r"afternoon)s(?!\w)"),
    # "a weeklong festival", "the yearlong delay", "a decades-long dispute": a length in one word
    ("longword", _B + r"(?P<unit>hour|day|night|week|month|year|decade|centurie|century)(?P<pl>s)?"
     r"-?long(?![\w-])"),
    # "the 20th of each month": that day of every month; "the second Tuesday of each month", "the
    # first and third Mondays of every month": a day of every month (the month its period)
    ("set", _B + r"the\s+(?:(?P<mthday>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|" + DAY_ORDINAL_WORD
     + r")(?:\s+day)?|(?P<nthwd>(?:first|second|third|fourth|last|final)(?:\s+and\s+(?:first|second|third|"
     r"fourth|last|final))?\s+" + WEEKDAY + r"s?))\s+of\s+(?:each|every)\s+month(?!\w)"),
    # "every Jan. 1": that day of every year
    ("set", _B + r"(?:every|each)\s+(?P<setmon>" + MONTH + r")\s+(?P<setday>" + DAYNUM + r")(?!\d)"),
    (
        # "be back on the 8th", "until after the 15th": a day of the month, the month understood
        # (not "the 11th Circuit", "the 39th anniversary", "the 20th century")
        # (the finder checks the preposition before it)
        "ordday",
        _B + r"the\s+(?P<oday>[1-9]|[12]\d|3[01])"
        r"(?:st|nd|rd|th)(?![\w-])(?!\s+(?!(?:and|or|when|at|to|as|in|for|with|before|after|but|"
        r"so|if|because|until|is|was|will|would|instead)\b)[A-Za-z])",
    ),
    (
        # "the first Monday in October", "the last Thursday of November 2024": a day named by
        # its place in the month, as holidays are
        "nth_weekday",
        # ("the first week of February": the week that holds the month's first Thursday, as
        # ISO numbers a year's first week)
        _B + r"the\s+(?P<ord>first|second|third|fourth|last|final)\s+(?P<wd>" + WEEKDAY + r"|week)\s+"
        r"(?:in|of)\s+(?P<mon>" + MONTH + r")(?:,?\s+(?P<year>" + YEAR4 + r")" + _E + r")?(?!\s*\d)",
    ),
    (
        "holiday",
        # ("last Christmas", "this Thanksgiving", "next Easter": the one before, of this year, after)
        _B + r"(?:(?P<hrel>last|this|next|this\s+past|this\s+coming)\s+)?(?P<h>Christmas(?:\s+Day|\s+Eve)?|New\s+Year's(?:\s+Day|\s+Eve)|Thanksgiving(?:\s+Day)?"
        r"|Independence\s+Day|Labor\s+Day|Memorial\s+Day|(?:Orthodox\s+)?Easter(?:\s+Sunday|\s+Monday|\s+week)?|"
        r"Good\s+Friday|Holy\s+Week|Orthodox\s+Christmas(?:\s+Day|\s+Eve)?|"
        r"(?-i:Election\s+Day)|Halloween|(?-i:Black\s+Friday|Cyber\s+Monday)|"
        r"Valentine's\s+Day|Veterans\s+Day|(?:the\s+)?Fourth\s+of\s+July|Juneteenth|Boxing\s+Day|"
        r"St\.?\s+Patrick's\s+Day|Bastille\s+Day|Canada\s+Day|Anzac\s+Day|Remembrance\s+Day|"
        r"(?:Lunar|Chinese)\s+New\s+Year(?:'s\s+Day|'s\s+Eve)?|Presidents'?\s+Day|Columbus\s+Day|"
        r"Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day|Mother's\s+Day|Father's\s+Day|"
        r"(?-i:Rosh\s+Hashanah?|Yom\s+Kippur|Sukkot|Passover|Hanukkah|Chanukah))"
        r"(?:\s+(?P<year>" + YEAR4 + r")|"
        r"\s+(?P<yrel>that|the\s+same|last|this|next)\s+year)?(?P<wkend>\s+(?:holiday\s+)?weekend)?"
        r"(?:\s+(?P<hpart>morning|afternoon|evening|night))?(?!\w)",
    ),
]

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (kind, rx(src, re.IGNORECASE)) for kind, src in _SOURCES
]

# Words before a date that belong to it ("the end of 1990", "early next year").
LEFT_EDGE = rx(
    r"(?:\b(?:early|late|mid-?|earlier|later|sometime|the\s+(?:end|beginning|start|middle|close|turn|"
    r"rest|remainder|week|weekend)\s+of|the\s+week\s+(?:beginning|starting|commencing)(?:\s+on)?"
    r"|(?<![A-Za-z]\s)(?<![A-Za-z])(?-i:W)eek\s+of)\s*)$",
    re.IGNORECASE,
)

# Every expression contains a trigger word of one of the families its pattern needs; the finder
# only scans the text around such words.
_FAMILY_WORDS: dict[str, str] = {
    "month": "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec",
    "weekday": "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays "
    "wednesdays thursdays fridays saturdays sundays",
    "unit": "year years month months week weeks weekend weekends day days hour hours minute "
    "minutes second seconds decade decades century centuries quarter quarters half period "
    "fortnight night nights hourlong daylong weeklong monthlong yearlong seasons",
    "season": "spring summer fall autumn winter season",
    "daypart": "morning afternoon evening night overnight noon midnight midday tonight midafternoon "
    "midmorning",
    # what a clock time carries besides its digits: a.m./p.m. (tokens "m", "am", "pm") or a zone;
    # or the words of a clock told in words ("half past six", "a quarter to nine")
    "clock": "m am pm gmt utc est edt cst cdt mst mdt pst pdt local beijing hkt jst kst sgt bst "
    "cet cest aest aedt et pt zulu z universal clock past quarter minutes",
    "ref": "now current currently recent recently lately nowadays days past future present term soon "
    "sooner time",
    "dayword": "today yesterday tomorrow tonight",
    "set": "daily weekly monthly annually yearly hourly biweekly fortnightly nightly semiannually semi "
    "every each per once twice times weekends evenings mornings afternoons days nights",
    "spelled": "nineteen thousand twenties thirties forties fifties sixties seventies eighties "
    "nineties",
    "holiday": "christmas thanksgiving easter good halloween independence labor memorial valentine "
    "veterans new holy election fourth juneteenth boxing patrick bastille canada anzac remembrance "
    "lunar chinese presidents columbus king mlk mother father black cyber rosh yom sukkot passover "
    "hanukkah chanukah",
    "quarter": "quarter quarters half period q h",
    "while": "while",
}
TRIGGER_WORDS: dict[str, frozenset[str]] = {}
for _family, _words in _FAMILY_WORDS.items():
    for _w in _words.split():
        TRIGGER_WORDS[_w] = TRIGGER_WORDS.get(_w, frozenset()) | {_family}
WORD = rx(r"[A-Za-z]+|\d+")
WINDOW = 45  # characters scanned on each side of a trigger word

# Families each kind needs ("digit" = any number written in digits).
KIND_FAMILIES: dict[str, frozenset[str]] = {
    "time": frozenset({"clock", "daypart"}),
    "mdy": frozenset({"month"}),
    "dmy": frozenset({"month"}),
    "numeric": frozenset({"yearish"}),
    "my": frozenset({"month"}),
    "month": frozenset({"month"}),
    "season": frozenset({"season"}),
    "year": frozenset({"yearish"}),
    "shortyear": frozenset({"yearish"}),
    "decade": frozenset({"yearish", "spelled"}),
    "century": frozenset({"unit"}),
    "quarter": frozenset({"quarter"}),
    "spelled_year": frozenset({"spelled"}),
    "bare_unit": frozenset({"unit"}),
    "ago": frozenset({"unit"}),
    "yearago": frozenset({"unit"}),
    "relseason": frozenset({"season"}),
    "relunit": frozenset({"unit", "daypart"}),
    "weekday": frozenset({"weekday"}),
    "dayword": frozenset({"dayword"}),
    "daypart": frozenset({"daypart"}),
    "ref": frozenset({"ref"}),
    "yearend": frozenset({"unit"}),
    "duration": frozenset({"unit"}),
    "set": frozenset({"set", "weekday"}),
    "longword": frozenset({"unit"}),
    "clock24": frozenset({"digit"}),
    "another": frozenset({"unit"}),
    "while": frozenset({"while"}),
    "bareplural": frozenset({"unit"}),
    "monthsof": frozenset({"unit"}),
    "holiday": frozenset({"holiday"}),
    "nth_weekday": frozenset({"weekday", "month"}),
    "ordday": frozenset({"digit"}),
}
