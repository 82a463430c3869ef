"""Resolvers for periods counted from the reference: quarters, "a year ago", "last week", "the year"."""

from __future__ import annotations

import re
from datetime import timedelta

from timeline.temporal import durations
from timeline.temporal.calendar_math import (
    add_months,
    month_days,
    quarter_of,
    shift_quarter,
    week_monday,
    week_value,
)
from timeline.temporal.lexicon import MONTH, PAST_VERB_NEXT, month_number, weekday_number
from timeline.temporal.regex_cache import rx
from timeline.temporal.resolve_common import (
    _BACK,
    _FORWARD,
    _PARTS,
    Context,
    Resolved,
    _norm,
    _offset,
    _year_of,
)
from timeline.temporal.tense import FUTURE, LOOKING_AHEAD, PAST, PRESENT

# what is reported of a quarter once it is over
# ("fourth quarter and full year 2025 results", "fourth-quarter economic growth figures",
# "fourth-quarter gross domestic product data")
_RESULTS_AFTER = rx(r"\s+(?:and\s+(?:full[- ]year|annual|year-end)\s+(?:\d{4}\s+)?)?"
                    r"(?:(?:economic|growth|operating|financial|trade|gdp|gross\s+domestic\s+product)\s+){0,2}"
                    r"(?:results|earnings|profits?|loss|losses|sales|revenues?|figures|"
                    r"net\s+income|numbers|data|gdp|gross\s+domestic\s+product)\b", re.IGNORECASE)
# "raised its Brent forecast for the second quarter": a quarter looked ahead to
_FORECAST_FOR_BEFORE = rx(r"\b(?:forecasts?|outlook|projections?|guidance|targets?)\s+for\s+$",
                          re.IGNORECASE)
_REPORT_FOR_BEFORE = rx(r"\breport(?:s|ed|ing)?\b[^.;:]{0,60}\bfor\s+$", re.IGNORECASE)
# "the quarter ended Sept. 30", "the period ending July 31, 1989"
_ENDED_ON = rx(
    r"\s+(?:that\s+)?(?P<verb>ended|ending|ends)\s+(?:on\s+)?(?P<mon>" + MONTH
    + r")\.?\s+(?P<day>\d{1,2})(?!\d)(?:,?\s+(?P<y>\d{4})(?!\d))?",
    re.IGNORECASE,
)


def _quarter_ended(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The calendar quarter of "the quarter ended Sept. 30": the one holding most of the period."""
    e = _ENDED_ON.match(m.string, m.end())
    if e is None:
        return None
    month = month_number(e.group("mon"))
    day = int(e.group("day"))
    if month is None:
        return None
    years = [int(e.group("y"))] if e.group("y") else (
        [ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1] if ctx.dct else [])
    options = month_days(years, month, day)
    if not options:
        return None
    if len(options) > 1 and ctx.dct is not None:
        if _norm(e.group("verb")) == "ended":
            past = [d for d in options if d <= ctx.dct]
            options = past[-1:] or options
        options.sort(key=lambda d: abs((d - ctx.dct).days))
    middle = options[0] - timedelta(days=45)
    return middle.year, quarter_of(middle)


def _quarter_base(ctx: Context) -> tuple[int, int] | None:
    """The quarter an article talks about: one its sentence named ("fourth-quarter profit would
    come in below the $72 million it earned in the year-earlier period"), else the last one it
    reported, else the last completed one."""
    if ctx.period is not None and ctx.period[1] == ctx.sentence \
            and re.fullmatch(r"\d{4}-Q[1-4]", ctx.period[0]):
        return int(ctx.period[0][:4]), int(ctx.period[0][-1])
    if ctx.last_quarter:
        return ctx.last_quarter
    if ctx.dct is None:
        return None
    if ctx.dct.month % 3 == 0 and (ctx.dct + timedelta(days=1)).day == 1:
        # a market report on a quarter's last day: "For the quarter, the Dow lost 4.2 percent"
        return ctx.dct.year, quarter_of(ctx.dct)
    return shift_quarter(ctx.dct.year, quarter_of(ctx.dct), -1)


# what is booked or ordered for a quarter to come ("Forward bookings for the third quarter are
# running 6 percent ahead", in March)
_BOOKED_FOR_BEFORE = rx(r"\b(?:bookings|orders|reservations|sales)\s+for\s+$", re.IGNORECASE)


# what makes "the next century" a stretch of time, not the century to come
_SPAN_BEFORE = rx(r"\b(?:over|during|throughout|within)\s+$", re.IGNORECASE)
# what makes "the next decade" the decade to come ("until the next decade")
_BY_BEFORE = rx(r"\b(?:by|until|till|into)\s+$", re.IGNORECASE)


def resolve_quarter(m: re.Match[str], ctx: Context, tense: str | None) -> Resolved | None:
    """Quarters and halves: "the third quarter", "fiscal 1998's first half", "Q3 2024"."""
    dct = ctx.dct
    groups = m.re.groupindex
    adj = _norm(m.group("adj")) if "adj" in groups else ""
    unit = _norm(m.group("unit")) if "unit" in groups else "quarter"
    ord_word = ""
    if "ord" in groups and m.group("ord"):
        ord_word = _norm(m.group("ord"))
    elif "ord2" in groups and m.group("ord2"):
        ord_word = _norm(m.group("ord2"))
    if ord_word in ("h1", "h2"):
        unit = "half"  # "H1 2024"
    if "endmon" in groups and m.group("endmon"):
        # "the September quarter": the quarter that ends in that month
        ord_word = {"march": "q1", "june": "q2", "september": "q3", "sept": "q3",
                    "december": "q4"}[_norm(m.group("endmon"))]
        unit = "quarter"  # ("the October-December period" too)
    year: int | None = None
    for g in ("ypos", "y2", "y3"):
        if g in groups and m.group(g):
            year = _year_of(m.group(g), dct)
    earlier = any(w in adj for w in ("year-earlier", "year-ago", "year-before", "comparable"))
    if ord_word:
        n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "final": 4, "last": 4, "latter": 2, "holiday": 4}.get(ord_word) or int(ord_word[1])
        if unit == "half":
            if ord_word in ("last", "final"):
                n = 2  # "the last half of 1989"
            if n > 2:
                return None
            code = f"H{n}"
        elif unit == "quarter":
            code = f"Q{n}"
        else:
            return None
        anchor = "absolute"
        long_over = dct is not None and code[0] == "Q" and n < quarter_of(dct) - 1
        # (results are reported in the months after a quarter ends: "expects fourth-quarter
        # earnings to be in line", in September, is the quarter to come)
        reported_soon = dct is None or code[0] != "Q" or n < quarter_of(dct) or dct.month <= 4
        if tense in (FUTURE, PRESENT) and not long_over and reported_soon and (
                _RESULTS_AFTER.match(m.string, m.end())
                or _REPORT_FOR_BEFORE.search(m.string, max(0, m.start() - 70), m.start())):
            # "is scheduled to report fourth-quarter results", "expected to report a loss of
            # $340 million for the fourth quarter": a quarter that is over
            tense = PAST
        if year is None:
            if dct is None:
                return Resolved("DATE", f"XXXX-{code}", "none", None)
            anchor = "dct"
            year = dct.year
            current = quarter_of(dct) if code[0] == "Q" else (1 if dct.month <= 6 else 2)
            if earlier:
                base = _quarter_base(ctx)
                year = (base[0] if base else dct.year) - 1
            elif n >= current and "fiscal" in m.group(0).lower() and code[0] == "Q":
                # "the fiscal fourth quarter", reported in July: a company's own numbering, so
                # the quarter of the fiscal year that ends in (or runs through) the reference's
                # year, not the last calendar fourth quarter; told as over, it is what the
                # article's later "the quarter" means even if its calendar quarter is not over
                if tense != FUTURE:
                    anchor = "fiscal"
            elif n > current and tense != FUTURE \
                    and not (tense == PRESENT and (unit == "half" or n == current + 1
                                                   or _BOOKED_FOR_BEFORE.search(m.string, max(0, m.start() - 30), m.start()))) \
                    and not (n - current < 3  # (not the fourth quarter, in January: just over)
                             and _FORECAST_FOR_BEFORE.search(m.string, max(0, m.start() - 20),
                                                             m.start())):
                # ("we don't expect a return before the second half", in January: this year's;
                # told in the present, the quarter next to come is this year's: "retailers are
                # placing orders for the fourth quarter" in August)
                year -= 1
            elif n < current - 1 and tense in (FUTURE, PRESENT):
                # "expects to emerge by the end of the second quarter" in December (the quarter
                # just ended is the one a company "expects to report" on)
                year += 1
        elif earlier:
            year -= 1
        return Resolved("DATE", f"{year}-{code}", anchor, dct)
    # No ordinal: "the quarter", "the latest quarter", "the year-earlier period".
    if unit == "half":
        return None
    if dct is None:
        return Resolved("DATE", "XXXX-QX", "none", None)
    words = adj.replace("-", " ").split()
    if year is not None:
        if unit == "period" and ctx.period is not None and 0 <= ctx.sentence - ctx.period[1] <= 1 \
                and re.fullmatch(r"\d{4}-H[12]", ctx.period[0]):
            # "in the first half of the year compared with the same period of 1997": that half
            return Resolved("DATE", f"{year}{ctx.period[0][4:]}", "article-period", dct)
        base = _quarter_base(ctx)
        if base is None:
            return None
        return Resolved("DATE", f"{year - (1 if earlier else 0)}-Q{base[1]}", "article-quarter", dct)
    if earlier:
        base = _quarter_base(ctx)
        if base is None:
            return None
        return Resolved("DATE", f"{base[0] - 1}-Q{base[1]}", "article-quarter", dct)
    if unit == "period" and not ctx.last_quarter:
        return None
    ended = _quarter_ended(m, ctx) if ctx.last_quarter is None else None
    if ended is not None:
        # The end date says which quarter, unless the article already numbered it (a company's
        # fiscal "first quarter ended Sept. 30" keeps its own numbering). It becomes the topic.
        return Resolved("DATE", f"{ended[0]}-Q{ended[1]}", "dct", dct)
    if "current" in words or "this" in words:
        y, q = dct.year, quarter_of(dct)
    elif "next" in words or "coming" in words:
        y, q = shift_quarter(dct.year, quarter_of(dct), 1)
    elif ("previous" in words or "prior" in words or "preceding" in words) and ctx.period is not None \
            and ctx.period[1] == ctx.sentence and re.fullmatch(r"\d{4}-Q[1-4]", ctx.period[0]):
        # "shipments in the first quarter would fall by a third from the previous quarter": the
        # one before the quarter its sentence names
        y, q = shift_quarter(int(ctx.period[0][:4]), int(ctx.period[0][-1]), -1)
    elif ("previous" in words or "prior" in words or "preceding" in words) and ctx.last_quarter:
        # "grew 7.8 percent in the third quarter, up from 7.5 percent in the previous quarter":
        # the one before the quarter the article reports on
        y, q = shift_quarter(*ctx.last_quarter, -1)
    elif ("previous" in words or "prior" in words or "last" in words or "latest" in words
          or "recent" in words):
        # "the latest quarter" in an earnings report: the last one that has ended
        y, q = shift_quarter(dct.year, quarter_of(dct), -1)
    elif "full" in words or "first" in words or "final" in words:
        return None
    elif tense == FUTURE and ctx.last_quarter is None:
        # "would decide on layoffs by the end of the quarter": the one under way
        y, q = dct.year, quarter_of(dct)
    else:
        base = _quarter_base(ctx)
        if base is None:
            return None
        y, q = base
    return Resolved("DATE", f"{y}-Q{q}", "article-quarter", dct)


def resolve_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"two weeks ago", "a year earlier", "three days later"."""
    unit = _norm(m.group("unit"))
    n = durations.count_of(m.group("num"))
    direction = _norm(m.group("dir"))
    fromday = _norm(m.group("fromday")) if "fromday" in m.re.groupindex else ""
    if fromday:
        # "a week from Friday": the week counted from the coming Friday (or from tomorrow)
        if ctx.dct is None or n is None or n != int(n) or unit not in ("day", "week", "fortnight"):
            return None
        wd = weekday_number(fromday)
        start = ctx.dct + timedelta(days=1 if wd is None else (wd - ctx.dct.weekday()) % 7)
        span = {"day": 1, "week": 7, "fortnight": 14}[unit]
        return Resolved("DATE", (start + timedelta(days=int(n) * span)).isoformat(), "dct", ctx.dct)
    sign = 1 if direction in ("later", "after", "from now", "from today", "hence") else -1
    if n is None:
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "dct", ctx.dct)
    if n != int(n):
        return None
    n = int(n)
    dct = ctx.dct
    if unit == "year" and n == 1 and sign < 0 and ctx.period and ctx.period[1] == ctx.sentence:
        # "Consumer prices rose 3.4 percent in April from a year earlier": that April a year back
        # (a month, quarter or half named before it in its sentence)
        value = ctx.period[0]
        return Resolved("DATE", f"{int(value[:4]) - 1}{value[4:]}", "article-period", dct)
    if unit == "year" and n == 1 and sign < 0 and direction != "ago" and ctx.year_told \
            and ctx.year_told[1] == ctx.sentence:
        # "deaths rose in 2015, up 72 percent from a year earlier": the year before the one its
        # sentence told ("a year ago" counts from now)
        return Resolved("DATE", str(ctx.year_told[0] - 1), "article-period", dct)
    if unit == "year" and n == 1 and sign < 0 and direction != "ago" and ctx.last_quarter:
        y, q = ctx.last_quarter
        return Resolved("DATE", f"{y - 1}-Q{q}", "article-quarter", dct)
    if unit == "year" and n == 1 and direction == "ago" and ctx.last_quarter:
        y, q = ctx.last_quarter
        return Resolved("DATE", f"{y - 1}-Q{q}", "article-quarter", dct)
    if dct is None:
        unresolved = {"year": "XXXX", "decade": "XXX", "month": "XXXX-XX", "week": "XXXX-WXX",
                      "quarter": "XXXX-QX"}
        return Resolved("DATE", unresolved.get(unit, "XXXX-XX-XX"), "none", None)
    k = sign * n
    if unit in ("year", "decade", "century"):
        scale = {"year": 1, "decade": 10, "century": 100}[unit]
        if not 0 < dct.year + k * scale < 10000:
            return None  # "about 11,000 years ago": before the calendar's years, no date to give
        return Resolved("DATE", str(dct.year + k * scale).zfill(4), "dct", dct)
    if unit == "quarter":
        y, q = shift_quarter(dct.year, quarter_of(dct), k)
        return Resolved("DATE", f"{y}-Q{q}", "dct", dct)
    if unit == "month":
        d = add_months(dct, k)
        return Resolved("DATE", f"{d.year}-{d.month:02d}", "dct", dct)
    # "On Dec. 26 the commission said ... A day earlier, it had said ...": counted from the
    # day the article last named, not from its publication ("ago" counts from now)
    base, anchor = (ctx.last_day, "article-day") if ctx.last_day and direction in (
        "earlier", "later") else (dct, "dct")
    if unit in ("week", "fortnight") and direction == "from today":
        # "two weeks from today": that day, not its week
        d = base + timedelta(weeks=k * (2 if unit == "fortnight" else 1))
        return Resolved("DATE", d.isoformat(), anchor, base)
    if unit == "week" and direction in ("earlier", "later") and ctx.last_week is not None \
            and ctx.last_week[1] == ctx.sentence:
        # "rates slipped 6 percent last week from a week earlier": counted from the week its
        # sentence has named, not from a day told before
        monday = week_monday(ctx.last_week[0])
        return Resolved("DATE", week_value(monday + timedelta(weeks=k)), "article-week", monday)
    if unit in ("week", "fortnight", "weekend"):
        d = base + timedelta(weeks=k * (2 if unit == "fortnight" else 1))
        return Resolved("DATE", week_value(d), anchor, base)
    if unit in ("day", "night"):
        return Resolved("DATE", (base + timedelta(days=k)).isoformat(), anchor, base)
    if unit in ("hour", "minute", "second"):
        return Resolved("TIME", "PAST_REF" if sign < 0 else "FUTURE_REF", "dct", dct)
    return None


def _month_just_told(ctx: Context) -> bool:
    """Whether the sentence being read, or the one before it, named a month other than the
    reference date's."""
    return ctx.last_month is not None and 0 <= ctx.sentence - ctx.last_month_sentence <= 1 \
        and (ctx.dct is None or ctx.last_month != (ctx.dct.year, ctx.dct.month))


def resolve_relunit(m: re.Match[str], ctx: Context, tense: str | None) -> Resolved | None:
    """"last week", "this year", "next month", "the past year", "earlier in the year"."""
    unit = _norm(m.group("unit"))
    if "side" in m.re.groupindex:
        # "the day before" is "the previous day", "the night after" "the following day"
        rel = "the following" if _norm(m.group("side")) == "after" else "the previous"
        if unit in _PARTS:
            # "the evening before" (the funeral), "the night before": that part of the day
            # before or after the day the story last told
            base = ctx.last_day or ctx.dct
            if base is None:
                return None
            d = base + timedelta(days=1 if rel == "the following" else -1)
            return Resolved("TIME", f"{d.isoformat()}T{_PARTS[unit]}", "article-day", base)
    else:
        rel = _norm(m.group("rel"))
    dct = ctx.dct
    if rel in ("that", "the same", "that same") and unit == "day":
        # "the same day", "later that day": the last day the story named that is behind the
        # reference date ("a state visit that runs until Friday. The same day, Qin Gang held
        # talks": the day of the arrival); a bare "that day" only right after a day is named,
        # as it is as often a day of no date ("losses on trades made that day")
        edge = m.group("edge") if "edge" in m.re.groupindex else None
        day = ctx.last_past_day
        if tense in (FUTURE, PRESENT) and ctx.last_day is not None and dct is not None \
                and ctx.last_day >= dct:
            # "He plans a final rally Friday evening, while Orban will close his campaign the
            # same day": a day still to come that the story has just named
            day = ctx.last_day
        if rel == "that" and not edge and ctx.last_day is not None \
                and 0 <= ctx.sentence - ctx.last_day_sentence <= 2:
            # "we will cut the ribbon on Nov. 15. A ceremony is set for 10 a.m. that day": a bare
            # "that day" right after the story named one is that day, behind or ahead
            return Resolved("DATE", ctx.last_day.isoformat(), "article-day", ctx.last_day)
        if day is not None and (rel != "that" or edge):
            return Resolved("DATE", day.isoformat(), "article-day", day)
        return None
    if rel in ("that", "the same", "that same"):
        # "imports that year", "the same month": the period the article last named
        if unit == "year" and ctx.last_year is not None:
            return Resolved("DATE", str(ctx.last_year), "article-year", None)
        if unit == "month" and ctx.last_month is not None:
            return Resolved("DATE", f"{ctx.last_month[0]}-{ctx.last_month[1]:02d}",
                            "article-month", None)
        if unit in ("week", "weekend") and ctx.last_day is not None \
                and 0 <= ctx.sentence - ctx.last_day_sentence <= 2 \
                and not re.match(r"\s+(?:last|next|this|a|of|in)\b", m.string[m.end():]):
            # "the surgeries scheduled for the week of Oct. 25. Patients with appointments that
            # week ...", "bargaining that weekend": the week of the day the story just named
            value = week_value(ctx.last_day) + ("-WE" if unit == "weekend" else "")
            return Resolved("DATE", value, "article-day", ctx.last_day)
        return None
    if unit == "day" and rel == "the past":
        return Resolved("DURATION", "P1D", "none", None)  # "20 towns hit in the past day"
    if unit == "fortnight":
        # "over the past fortnight", "in the next fortnight": two weeks' span
        return Resolved("DURATION", durations.duration_value(1, unit), "none", None) \
            if rel not in ("this", "the") else None
    if unit in ("year", "month", "week") and (
            rel in ("the past", "the last") or rel == "the next" and (
                tense in LOOKING_AHEAD or _SPAN_BEFORE.search(m.string, max(0, m.start() - 12), m.start()))):
        if rel != "the next" and re.match(r"\s+of\b", m.string[m.end():]):
            return None  # "in the last year of a three-year contract": no time of its own
        # "prices rose 5 percent over the past year", "three drills in the past week": the span
        # up to now, as "the past two years" is; "prices will stay high over the next year": the
        # span from now (told in the past, "the next year" is the year after the one told)
        return Resolved("DURATION", durations.duration_value(1, unit), "none", None)
    ahead_date = rel in ("the next", "next", "the coming") and (
        unit == "century" and not _SPAN_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
        or unit == "decade" and _BY_BEFORE.search(m.string, max(0, m.start() - 8), m.start()))
    if unit in ("decade", "century") and rel in _BACK + _FORWARD and not ahead_date:
        # (but "the next century", "by the next decade": the one to come, a date)
        return Resolved("DURATION", "P10Y" if unit == "decade" else "P100Y", "none", None)
    if rel == "the next" and unit == "year" and tense == PAST and ctx.last_year is not None \
            and dct is not None and ctx.last_year < dct.year:
        rel = "the following"  # "had surgery in 1969, was traded the next year": told in the past
    if rel in ("the following", "the previous", "the prior") and unit in ("year", "month"):
        step = 1 if rel == "the following" else -1
        if unit == "year" and ctx.last_year is not None:
            return Resolved("DATE", str(ctx.last_year + step), "article-year", None)
        if unit == "month" and ctx.last_month is not None:
            y, mo = divmod(ctx.last_month[0] * 12 + ctx.last_month[1] - 1 + step, 12)
            return Resolved("DATE", f"{y}-{mo + 1:02d}", "article-month", None)
        return None
    if rel in ("the following", "the previous", "the prior") and unit == "week" \
            and ctx.last_week is not None and ctx.last_week[1] == ctx.sentence:
        # "68 cases last week, 51 the week before": the week next to the one just named
        monday = week_monday(ctx.last_week[0])
        step = 1 if rel == "the following" else -1
        return Resolved("DATE", week_value(monday + timedelta(weeks=step)), "article-week", monday)
    if rel in ("the following", "the previous", "the prior") and unit in ("week", "weekend") \
            and ctx.last_day is not None:
        # "On April 2, Blinken spoke ... The following week, talks resumed": the week after the
        # day the story last named, not after its publication
        step = 1 if rel == "the following" else -1
        value = week_value(ctx.last_day + timedelta(weeks=step))
        return Resolved("DATE", value + ("-WE" if unit == "weekend" else ""), "article-day",
                        ctx.last_day)
    if rel == "the" and unit == "month" and _month_just_told(ctx):
        # "stripped of his role at the end of October ... earlier in the month": the month its
        # sentence or the one before has named
        return Resolved("DATE", f"{ctx.last_month[0]}-{ctx.last_month[1]:02d}", "article-month", None)
    off = 0 if rel in ("the", "this") else _offset(rel)
    if off is None:
        return None
    if dct is None:
        unresolved = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                      "year": "XXXX", "quarter": "XXXX-QX", "decade": "XXX", "century": "XX",
                      "half": "XXXX-HX", "day": "XXXX-XX-XX"}
        return Resolved("DATE", unresolved[unit], "none", None)
    if unit == "year":
        if rel == "the new" and dct.month >= 10:
            off = 1  # "well into the new year", written in November: the year about to begin
        return Resolved("DATE", str(dct.year + off), "dct", dct)
    if unit == "month":
        d = add_months(dct, off)
        return Resolved("DATE", f"{d.year}-{d.month:02d}", "dct", dct)
    if unit == "week":
        return Resolved("DATE", week_value(dct + timedelta(weeks=off)), "dct", dct)
    if unit == "weekend":
        if rel in ("this coming", "the coming", "coming") and dct.weekday() < 5:
            off = 0  # "this coming weekend", written on a Tuesday: the one at the end of this week
        base = dct + timedelta(weeks=off)
        if off == 0 and tense == PAST and (dct.weekday() == 0 or dct.weekday() == 1 and rel != "this"):
            # "protests this weekend drew thousands", written on a Monday: the weekend just gone,
            # as "drowned over the holiday weekend" is on a Tuesday too (but "this weekend" on a
            # Tuesday is the coming one, whatever the verb: "the summit it had been due to host
            # this weekend", "Hamlin said sometime this weekend")
            base = dct - timedelta(weeks=1)
        return Resolved("DATE", week_value(base) + "-WE", "dct", dct)
    if unit == "quarter":
        y, q = shift_quarter(dct.year, quarter_of(dct), off)
        return Resolved("DATE", f"{y}-Q{q}", "dct", dct)
    if unit == "half":
        index = dct.year * 2 + (0 if dct.month <= 6 else 1) + off
        return Resolved("DATE", f"{index // 2}-H{index % 2 + 1}", "dct", dct)
    if unit == "decade":
        return Resolved("DATE", str(dct.year // 10 + off), "dct", dct)
    if unit == "century":
        return Resolved("DATE", f"{dct.year // 100 + off:02d}", "dct", dct)
    if unit == "day":
        if rel in ("the next", "the following", "the previous", "the prior"):
            base = ctx.last_day or dct
            return Resolved("DATE", (base + timedelta(days=off)).isoformat(), "article-day", base)
        return None
    return None



def resolve_months_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the first three months of 2016" (2016-Q1), "the final three months of 2002" (2002-Q4),
    "the first six months of the year" (the reference year's H1)."""
    y = _norm(m.group("y"))
    if y.isdigit():
        year = int(y)
    elif ctx.dct is None:
        return None
    else:
        year = ctx.dct.year + {"last year": -1, "next year": 1}.get(y, 0)
    pos = _norm(m.group("pos"))
    if _norm(m.group("n")) in ("three", "3"):
        code = "Q" + {"first": "1", "second": "2"}.get(pos, "4")
    else:
        code = "H1" if pos == "first" else "H2"
    return Resolved("DATE", f"{year}-{code}", "absolute" if y.isdigit() else "dct", ctx.dct)


_FALLS_ON = rx(r"\b(?:falls?|fell|falling|lands?|landed|landing)\s+on\s+$", re.IGNORECASE)


def resolve_bare_unit(m: re.Match[str], ctx: Context, tense: str | None) -> Resolved | None:
    """"the year", "the week", "the weekend", "the decade", "the full year" (the reference's own
    period)."""
    unit = _norm(m.group("unit"))
    prep = _norm(m.group("prep"))
    if prep in ("throughout", "over") and unit != "weekend" and _norm(m.group("adj")) != "full":
        # "over the year": a length; "for the year" ("fell 3.9 percent for the year", "a high
        # for the year") is the year itself, but "the year ended Aug. 31" (the tagger) a length
        return Resolved("DURATION", {"year": "P1Y", "week": "P1W", "month": "P1M", "decade": "P10Y"}[unit],
                        "none", None)
    dct = ctx.dct
    if dct is not None and m.group("ahead") and unit in ("week", "year"):
        # "the week ahead", written on a Sunday, is the week that starts the next day; "the
        # year ahead", written in the autumn, the next year
        if unit == "week":
            return Resolved("DATE", week_value(dct + timedelta(days=1)), "dct", dct)
        return Resolved("DATE", str(dct.year + (dct.month >= 10)), "dct", dct)
    if dct is None:
        return Resolved("DATE", {"year": "XXXX", "week": "XXXX-WXX", "month": "XXXX-XX",
                                 "weekend": "XXXX-WXX-WE", "decade": "XXX"}[unit], "none", None)
    if unit == "year":
        if tense == PAST and dct.month == 1 and (prep == "for" or _norm(m.group("adj")) == "full"):
            # "For the full year, Vantage earned $287 million", reported in January: the year
            # just closed
            return Resolved("DATE", str(dct.year - 1), "dct", dct)
        return Resolved("DATE", str(dct.year), "dct", dct)
    if unit == "decade":
        return Resolved("DATE", str(dct.year // 10), "dct", dct)  # "by the end of the decade"
    if unit == "month" and ctx.last_month is not None and prep != "of":
        # "Toyota's sales fell 16 percent in January, the month it stopped selling": the month
        # the story last named ("by the end of the month" is this month)
        return Resolved("DATE", f"{ctx.last_month[0]}-{ctx.last_month[1]:02d}", "article-month", None)
    if unit == "month":
        return Resolved("DATE", f"{dct.year}-{dct.month:02d}", "dct", dct)
    if unit == "week":
        return Resolved("DATE", week_value(dct), "dct", dct)
    if ctx.last_day is not None and ctx.last_day_sentence == ctx.sentence \
            and _FALLS_ON.search(m.string, max(0, m.start() - 16), m.start()):
        # "because February 1st lands on the weekend": the weekend of the day just told
        return Resolved("DATE", week_value(ctx.last_day) + "-WE", "article-day", ctx.last_day)
    base = dct
    if tense == PAST and dct.weekday() < 5 and not (
            prep == "for" and not PAST_VERB_NEXT.match(m.string, m.end())):
        # (as with a weekday, what was called or set "for the weekend" is ahead: "police
        # canceled all leave for the weekend", unless a past verb follows: "a rally planned for
        # the weekend was called off")
        base = dct - timedelta(weeks=1)
    return Resolved("DATE", week_value(base) + "-WE", "dct", dct)


def resolve_year_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"year-earlier", "year-ago": the quarter under discussion a year back, else last year;
    "the same month last year": the month under discussion a year back."""
    if "month" in m.re.groupindex and m.group("month"):
        if ctx.last_month is not None:
            return Resolved("DATE", f"{ctx.last_month[0] - 1}-{ctx.last_month[1]:02d}", "article-month", ctx.dct)
        if ctx.dct is None:
            return Resolved("DATE", "XXXX-XX", "none", None)
        # ("orders were up 30 percent from the same month last year": the month it is told in)
        return Resolved("DATE", f"{ctx.dct.year - 1}-{ctx.dct.month:02d}", "dct", ctx.dct)
    said = m.group(0).lower()
    if ctx.period is not None and 0 <= ctx.sentence - ctx.period[1] <= 1 and "year-" not in said \
            and ("H" in ctx.period[0] and "period" in said or "Q" in ctx.period[0]):
        # "sales in the first half rose 4 percent from the same period last year": the half or
        # quarter its sentence (or the one before) reports, a year back (a month's "same period
        # last year" is as often the year)
        value = ctx.period[0]
        return Resolved("DATE", f"{int(value[:4]) - 1}{value[4:]}", "article-period", ctx.dct)
    if ctx.last_quarter:
        y, q = ctx.last_quarter
        return Resolved("DATE", f"{y - 1}-Q{q}", "article-quarter", ctx.dct)
    if ctx.dct is None:
        return Resolved("DATE", "XXXX", "none", None)
    if "quarter" in said and "year-" not in said:
        # "earned $143 million, down 6 percent from the same quarter last year", in an earnings
        # report that names no quarter: the last one closed, a year back
        y, q = shift_quarter(ctx.dct.year, quarter_of(ctx.dct), -5)
        return Resolved("DATE", f"{y}-Q{q}", "dct", ctx.dct)
    return Resolved("DATE", str(ctx.dct.year - 1), "dct", ctx.dct)


def resolve_rel_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"last season", "this season", "next season": the year of that season, as the year a
    league or a harvest counts it by ("finished 14th last season", written in March 2026, is
    2025)."""
    if ctx.dct is None:
        return Resolved("DATE", "XXXX", "none", None)
    step = _offset(_norm(m.group("rel"))) or 0  # (the pattern admits only "last", "this", "next")
    return Resolved("DATE", str(ctx.dct.year + step), "dct", ctx.dct)


def resolve_year_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"by year-end" is the reference's year; "since year-end" the year before it."""
    if ctx.dct is None:
        return Resolved("DATE", "XXXX", "none", None)
    prep = _norm(m.group("prep"))
    year = ctx.dct.year - 1 if prep in ("since", "after") else ctx.dct.year
    return Resolved("DATE", str(year), "dct", ctx.dct)
