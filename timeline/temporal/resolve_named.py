"""Resolvers for named periods: months, seasons, years, decades, centuries, spelled-out years."""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.calendar_math import SEASON_ORDER, season_of
from timeline.temporal.lexicon import (
    COMMODITY_FOR_BEFORE,
    CONTRACT_AFTER,
    CONTRACTS_NAMED,
    MOVED_AFTER,
    SEASONS,
    after_for,
    month_number,
    that_before,
)
from timeline.temporal.regex_cache import rx
from timeline.temporal.resolve_common import (
    _TOLD_YEAR_STEP,
    Context,
    Resolved,
    _entry_head,
    _norm,
    _offset,
    _year_of,
)
from timeline.temporal.tense import FUTURE, LOOKING_AHEAD, PAST, PRESENT

_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}

# "Pelosi's August visit": a month after a possessive
_POSSESSED = rx(r"['’]s\s+$")
_THE_BEFORE = rx(r"\b[Tt]he\s+$")
_OF_THE_BEFORE = rx(r"\b(?:of|since|after|following)\s+the\s+$")
_OCCASION_AFTER = rx(r"\s+(?:summit|meeting|talks|visit|trip|call|election|elections|vote|"
                     r"drills|exercises|attack|attacks|crash|announcement|decision|agreement|"
                     r"deal|ruling|coup|invasion|launch)\b")
_AHEAD_BEFORE = rx(r"\b(?:ahead\s+of|before|until|for|toward|towards|prepare|preparing|"
                   r"planned|upcoming|next|expected|scheduled)\b[^.;]*$", re.IGNORECASE)
# a verb of saying or foreseeing before a month: what is said may lie in the next month
_SAID_BEFORE = rx(r"\b(?:said|says|warned|told|announced|reported|predicted|forecast|expected|"
                  r"signall?ed|flagged|projected)\b(?:[^.;]|\.(?!\s+[A-Z][a-z]))*$")
# "sales this year through August": the month that closes the year so far is in this year
_YEAR_SO_FAR = rx(r"\bthis\s+year\s+(?:through|thru|to|until|till|up\s+to)\s+$", re.IGNORECASE)


def month_year(month: int, dct: date, tense: str | None, rel: str, said_before: bool = False) -> int:
    """Year of a month named without a year ("in November", "last April"). ``said_before``: a
    verb of saying or foreseeing (or "for") comes before it, so a past verb may tell of the
    next month."""
    if rel == "last" and 0 < dct.month - month <= 2:
        # "crashed last June", written in July or August: a month just over is "in June" or
        # "this past June" to a reporter; "last June" reaches back to the year before
        return dct.year - 1
    if rel in ("last", "this past", "past"):
        return dct.year if month < dct.month else dct.year - 1
    if rel in ("next", "this coming", "coming"):
        return dct.year if month > dct.month else dct.year + 1
    if rel == "this":
        return dct.year
    if tense == PAST and month == dct.month + 1 and said_before:
        return dct.year  # "warned buyers of a cut in deliveries in September", written in August
    if tense == PAST and month > dct.month:
        return dct.year - 1  # ("co-hosted a summit in December", written in November)
    if tense == FUTURE and month < dct.month:
        return dct.year + 1
    if tense is None or tense == PRESENT:
        # No verb to go by: the nearest such month.
        if month - dct.month > 6:
            return dct.year - 1
        if dct.month - month > 8:  # news looks back more often than ahead
            return dct.year + 1
    return dct.year



# a futures contract named by its month ("crude for February delivery", "December corn futures",
# "the June contract", "September milling wheat fell"): a month still to come, or this one
# ("The April contract settled down 9.1 cents. May fell 7.4 cents": a month that opens its clause
# in a report on contracts, moved by a sum; not "Chip shipments in March jumped 35.7 percent")
_CONTRACTS_BEFORE = rx(CONTRACTS_NAMED + r"[^\n]*(?:[.;,]|\band)\s*$", re.IGNORECASE)

_MEASURED_AFTER = rx(r"['\u2019]s\s+(?:(?:inflation|jobs|trade|retail|sales|unemployment|"
                     r"employment|payrolls?|export|import|production|output|price)\s+)?"
                     r"(?:levels?|pace|figures?|data|totals?|rates?|highs?|lows?|"
                     r"peaks?|records?|readings?|numbers|sales|output|results|average)\b")

# figures kept for a month ("October output", "the March jobs report"): that month is over
_DATA_AFTER = rx(r"\s+(?:output|production|sales|exports|imports|shipments|data|figures|"
                 r"inflation|payrolls|jobs|retail|orders|deliveries)\b")

# a timetable told in the present before a month: "faces re-election in November", "China hosts
# APEC in Shenzhen in November", "the forum, which meets in September", "are on the ballot in"
_TIMETABLE_BEFORE = rx(r"\b(?:faces?|hosts?|holds?|meets?|(?:is|are)\s+(?:up\s+for|on\s+the\s+"
                       r"ballot))\b[^.;,]{0,50}?\bin\s+(?:(?:early|mid|late)[-\s]+)?$")


def resolve_month(kind: str, m: re.Match[str], ctx: Context, tense: str | None,
                  sentence_year: int | None) -> Resolved | None:
    """Months: "July 1997", "last April", "in November"."""
    month = month_number(m.group("mon"))
    if month is None:
        return None
    if kind == "my":
        year = _year_of(m.group("year"), ctx.dct)
        if year is None:
            return Resolved("DATE", f"XXXX-{month:02d}", "none", None)
        anchor = "absolute" if m.group("year").isdigit() else "dct"
        return Resolved("DATE", f"{year}-{month:02d}", anchor, ctx.dct)
    rel = _norm(m.group("rel"))
    ofyear = _norm(m.group("ofyear")) if "ofyear" in m.re.groupindex else ""
    if ofyear:
        if ctx.last_year is None:
            return None
        step = _TOLD_YEAR_STEP.get(_norm(m.group("ofdir")), 0)
        return Resolved("DATE", f"{ctx.last_year + step}-{month:02d}", "article-year", None)
    if rel == "the following":
        # "approved in 2023 and took effect the following January", "heard in October 2006, with
        # closing arguments the following January": the first such month after the time told
        base = sentence_year if sentence_year is not None else ctx.last_year
        told = ctx.last_month
        if told is not None and (base is None or told[0] == base):
            year = told[0] + 1 if month <= told[1] else told[0]
            return Resolved("DATE", f"{year}-{month:02d}", "article-year", None)
        if base is not None:
            return Resolved("DATE", f"{base + 1}-{month:02d}", "article-year", None)
        rel = ""
    contract = (CONTRACT_AFTER.match(m.string, m.end()) or (
        MOVED_AFTER.match(m.string, m.end())
        and _CONTRACTS_BEFORE.search(m.string, max(0, m.start() - 300), m.start()))
        or COMMODITY_FOR_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    ) if not rel and ctx.dct else None
    words = contract.group().lower().split() if contract and contract.start() >= m.end() else [""]
    word = words[2] if words[0] in ("and", "or") and len(words) > 2 else words[0]
    if contract and (word not in ("delivery", "loading", "shipment")
                     or after_for(m.string, m.start())) \
            and (not 0 < (ctx.dct.month - month) % 12 <= 2 or not word.startswith("contract")):
        # (but "the June contract expired", written in July, is the one just gone; "the January
        # contract", written in November, the one to come)
        year = ctx.dct.year if month >= ctx.dct.month else ctx.dct.year + 1
        return Resolved("DATE", f"{year}-{month:02d}", "dct", ctx.dct)
    if tense == PRESENT and not rel and _TIMETABLE_BEFORE.search(m.string, max(0, m.start() - 80), m.start()):
        tense = FUTURE
    if _DATA_AFTER.match(m.string, m.end()):
        tense = PAST  # "measured against October output": figures for a month that is over
    if tense in (None, PRESENT) and _POSSESSED.search(m.string, max(0, m.start() - 3), m.start()):
        tense = PAST  # "Beijing's August drills": an occasion the article can already name
    if not rel and _MEASURED_AFTER.match(m.string, m.end()) \
            and not _AHEAD_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        # "would rise again, though not to April's levels": a month already measured (but "who
        # is challenging Biden in November's election": an occasion, as its verb tells)
        tense = PAST
    if (tense != FUTURE or _OF_THE_BEFORE.search(m.string, max(0, m.start() - 16), m.start())) \
            and _THE_BEFORE.search(m.string, max(0, m.start() - 5), m.start()) \
            and _OCCASION_AFTER.match(m.string, m.end()) \
            and not _AHEAD_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        # "an outcome of the November summit": an occasion named by its month is behind us,
        # unless a verb looks forward to it ("will host Xi at the November summit") or the words
        # before do ("ahead of the November summit")
        tense = PAST
    if not rel and sentence_year is not None and not (
            tense == PAST and ctx.dct is not None and (sentence_year, month) > (ctx.dct.year, ctx.dct.month)) \
            and not (tense in LOOKING_AHEAD and ctx.dct is not None and sentence_year < ctx.dct.year) \
            and not _before_month_told(m, ctx, sentence_year, month):
        # (nor "reduced its staff at the end of 2000, and plans to cut more by the end of June":
        # a month ahead is not in a year gone by)
        # (but "relaunched cooperation this year after they agreed in November", written in
        # June: a past act in a month still ahead is the last such month)
        return Resolved("DATE", f"{sentence_year}-{month:02d}", "sentence-year", None)
    if not rel and (head := _entry_head(m.string, m.start())) is not None:
        # "April 2012 - A warship tries to arrest fishermen ... By mid-June, the vessels have
        # withdrawn": a chronology's entry dates the months it tells, the first such month from
        # the one it opens with
        year = head[0] + (1 if head[1] is not None and month < head[1] else 0)
        return Resolved("DATE", f"{year}-{month:02d}", "article-year", None)
    if not rel and ctx.last_year is not None and that_before(m.string, m.start(), m.end()) is not None:
        # "The talks began in 2021. Biden called him that May.": the month of the year told
        return Resolved("DATE", f"{ctx.last_year}-{month:02d}", "article-year", None)
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{month:02d}", "none", None)
    if not rel and _YEAR_SO_FAR.search(m.string, max(0, m.start() - 30), m.start()):
        return Resolved("DATE", f"{ctx.dct.year}-{month:02d}", "dct", ctx.dct)
    # (or "for": "the first trading day for November transactions", written in October; looked
    # for only where it decides, a past verb and the next month)
    said = tense == PAST and month == ctx.dct.month + 1 and bool(
        _SAID_BEFORE.search(m.string, max(0, m.start() - 200), m.start())
        or m.string.endswith("for ", 0, m.start()))
    year = month_year(month, ctx.dct, tense, rel, said)
    return Resolved("DATE", f"{year}-{month:02d}", "dct", ctx.dct)


_MONTH_YEAR = rx(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
                 r"(?:\d{1,2},?\s+)?(\d{4})\b")
# words between two months of a sentence that tell the second is no later ("in December 2000, after
# talks in August"; "since", "earlier")
_BACK_BETWEEN = rx(r"\b(?:after|since|following|earlier|previous|prior|before\s+that|when)\b",
                   re.IGNORECASE)


def _before_month_told(m: re.Match[str], ctx: Context, year: int, month: int) -> bool:
    """Whether the sentence's year belongs to a month-year told before this month, which the
    story goes on from, so that this month in that year would come before it ("a rescue agreed
    in December 2000 and enlarged in August": the August after; "sold from September 1999
    through June": the June after)."""
    told = None
    for told in _MONTH_YEAR.finditer(m.string, ctx.sentence_start, m.start()):
        pass
    if told is None or int(told.group(1)) != year:
        return False
    told_month = month_number(told.group(0).split()[0])
    return told_month is not None and month < told_month \
        and not _BACK_BETWEEN.search(m.string, told.end(), m.start())


_SEASON_BOUND = rx(r"\b(by|before|until|till|since|over|into|for|approach\s+of)\s+$",
                   re.IGNORECASE)
# "after a cool, wet spring", "an unusually dry spring and summer": a season told by its kind
_SEASON_DESCRIBED = rx(r"\b(?:a|an)\s+(?:[a-z]+,?\s+){1,3}$")
_SEASON_ENDS = rx(r"\s*(?:[,.;:)\"'\u2019\u201d]|$)|\s+(?:and|or|when|as|so|because|if|"
                  r"unless|closes|sets|arrives|comes|begins|ends|is|was|will)\b")
# the last month of spring, summer and fall
_SEASON_LAST_MONTH = {"SP": 5, "SU": 8, "FA": 11}


def resolve_season(m: re.Match[str], ctx: Context, tense: str | None,
                   opening_year: int | None = None) -> Resolved | None:
    """Seasons: "this summer", "last fall", "the winter of 1994" (``opening_year``: a year that
    opens its sentence, "In 1992, workers walked out in the spring", or whose "when" clause it is
    in, "since 1992, when workers walked out for 11 days in the spring")."""
    code = SEASONS[_norm(m.group("season"))]
    groups = m.re.groupindex  # the "2011 spring" pattern has no relative word or edge
    rel = _norm(m.group("rel")) if "rel" in groups else ""
    edge = m.group("edge") if "edge" in groups else None
    edge2 = m.group("edge2") if "edge2" in groups else None
    year = _year_of(m.group("year"), ctx.dct)
    if year is not None:
        return Resolved("DATE", f"{year}-{code}", "absolute", None)
    if not rel and not edge and not edge2:
        # a bare "fall" is usually the verb, and "in spring" is often any spring; after "by",
        # "before", "until", "since", "over" a season is a time of this story ("a solution
        # before winter", "record temperatures since spring"), unless it qualifies a noun
        # ("hampered by winter weather")
        bound = _SEASON_BOUND.search(m.string, max(0, m.start() - 16), m.start())
        described = _SEASON_DESCRIBED.search(m.string, max(0, m.start() - 40), m.start())
        if code == "FA" or not (bound or described) or not _SEASON_ENDS.match(m.string, m.end()):
            return None
        if bound:
            word = bound.group(1).lower()
            tense = PAST if word == "since" else FUTURE if word != "over" else tense
    if rel in ("", "the") and opening_year is not None and ctx.dct is not None \
            and opening_year < ctx.dct.year:
        # a season in a sentence told of a year gone by is that year's
        return Resolved("DATE", f"{opening_year}-{code}", "sentence-year", None)
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{code}", "none", None)
    cur_year, cur = season_of(ctx.dct)
    order, cur_order = SEASON_ORDER[code], SEASON_ORDER[cur]
    off = _offset(rel)
    if rel == "that" and ctx.last_year is not None and ctx.last_year != ctx.dct.year:
        # "She was arrested twice that summer": a season of the year the story told
        return Resolved("DATE", f"{ctx.last_year}-{code}", "article-year", None)
    if rel == "the following" and ctx.last_year is not None:
        # "tried once before, in 2019, but shelved that plan the following spring": the year after
        # the one the story told
        return Resolved("DATE", f"{ctx.last_year + 1}-{code}", "article-year", None)
    if rel in ("the previous", "the prior") and ctx.last_year is not None:
        # "The first round, in the spring of 2009, was meant to restore confidence after the
        # bailouts of the previous fall": the season before the year the story told
        return Resolved("DATE", f"{ctx.last_year - 1}-{code}", "article-year", None)
    # A winter is named by its December's year, so in January and February the winter under
    # way is last year's while the spring, summer and fall of the calendar year are ahead.
    if rel == "this past":
        # the most recent such season that is over: "this past spring" written in October
        year = cur_year if order < cur_order else cur_year - 1
    elif off == -1:
        year = cur_year - 1 if code == cur == "WI" else ctx.dct.year - 1
        if rel == "last" and code != "WI" and ctx.dct.month - _SEASON_LAST_MONTH[code] >= 2:
            # "last spring" written in October is this year's: it ended months ago. A season just
            # over is "this summer" to a writer in September, and "last summer" the one before.
            year = ctx.dct.year
    elif off == 1:
        year = cur_year if order > cur_order else cur_year + 1
    else:
        here = cur_year * 4 + cur_order
        year = cur_year if code == cur == "WI" else ctx.dct.year  # this year's such season
        if off == 0 or tense in (PAST, FUTURE):
            if tense == FUTURE and year * 4 + order <= here - (2 if rel == "this" else 1):
                year += 1  # "will resume this spring" written in December (but the season
                # just over is this year's: "the jump in inflation this spring will fade",
                # written in July; "the summer" in October may be the next one)
            elif tense == PAST and year * 4 + order > here and (off != 0 or code == "WI") and not (
                    off == 0 and code == "WI" and cur in ("SU", "FA")):
                year -= 1  # "stalled this winter" written in April (in the summer and the fall,
                # "this winter" is the one coming: "no relief this fall or this winter," he said;
                # "dealers worried about supplies for this winter")
        elif (year * 4 + order) - here <= -2:
            year += 1  # no verb to go by: the nearest such season
    return Resolved("DATE", f"{year}-{code}", "dct", ctx.dct)


def resolve_year(kind: str, m: re.Match[str], ctx: Context) -> Resolved | None:
    """Years, decades and centuries."""
    if kind == "shortyear":  # "in '51"
        return Resolved("DATE", str(_year_of("'" + m.group("yy"), ctx.dct)), "dct", ctx.dct)
    if kind == "year":
        return Resolved("DATE", str(int(m.group("year"))), "absolute", None)
    if kind == "decade":
        if "dec" in m.re.groupindex and m.group("dec"):
            dec = m.group("dec")
            if dec.endswith("00") and dec != "2000":
                return Resolved("DATE", dec[:2], "absolute", None)  # "the late 1800s": a century
            return Resolved("DATE", dec[:3], "absolute", None)
        if "decword" in m.re.groupindex:
            d2 = _DECADE_WORDS[_norm(m.group("decword"))]
        else:
            d2 = int(m.group("dec2"))
        base = ctx.dct.year if ctx.dct else 1999
        century = base // 100 * 100
        # the decade of this century unless it starts more than a year after the reference
        year = century + d2 if century + d2 <= base + 1 else century - 100 + d2
        return Resolved("DATE", str(year)[:3], "dct", ctx.dct)
    ordinals = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                "twentieth": 20, "twenty-first": 21}
    n = int(m.group("ord")) if m.group("ord") else ordinals.get(_norm(m.group("word")), 0)
    if not 1 <= n <= 21:
        return None
    return Resolved("DATE", f"{n - 1:02d}", "absolute", None)



def resolve_spelled_year(m: re.Match[str]) -> Resolved | None:
    """Years in words: "nineteen ninety-six", "the year two thousand"."""
    from timeline.temporal.lexicon import parse_number

    if m.group("c19"):
        rest = _norm(m.group("rest"))
        if rest.startswith("hundred"):
            tail = rest.split("and", 1)[1] if "and" in rest else ""
            n = parse_number(tail) if tail else 0
        else:
            n = parse_number(rest)
        if n is None or not 0 <= n <= 99 or (rest and n < 10 and not rest.startswith("hundred")):
            return None
        return Resolved("DATE", str(1900 + int(n)), "absolute", None)
    n = parse_number(m.group("rest2")) if m.group("rest2") else 0
    if n is None or not 0 <= n <= 99:
        return None
    return Resolved("DATE", str(2000 + int(n)), "absolute", None)

