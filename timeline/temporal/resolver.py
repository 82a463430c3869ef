"""Turn a found expression (pattern kind + regex match) into a TIMEX3 type and value.

Dates are resolved against the reference date (the article's publication date) and the tense of
the governing verb; a few expressions ("the quarter", "a year earlier", "that night") are resolved
against what the article mentioned before, kept in a ``Context``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from timeline.temporal import durations
from timeline.temporal.calendar_math import (
    SEASON_ORDER,
    add_months,
    holiday,
    quarter_of,
    season_of,
    shift_quarter,
    week_value,
)
from timeline.temporal.lexicon import SEASONS, month_number, weekday_number
from timeline.temporal.tense import FUTURE, PAST, PRESENT
from timeline.temporal.values import precision_of


@dataclass(frozen=True)
class Resolved:
    """Type, value and provenance of one expression."""

    type: str
    value: str
    anchor: str
    reference: date | None = None

    @property
    def precision(self) -> str:
        return precision_of(self.value)


@dataclass
class Context:
    """What the article said so far that later expressions may lean on."""

    dct: date | None
    last_quarter: tuple[int, int] | None = None
    last_day: date | None = None
    last_year: int | None = None
    last_month: tuple[int, int] | None = None


_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
_BACK = (
    "last", "past", "previous", "the past", "the last", "the previous", "the prior",
    "this past", "the latest", "the most recent",
)
_FORWARD = ("next", "coming", "the next", "the coming", "the following", "this coming")
_NOW = ("this", "current", "the current", "the new", "a new")


def _norm(s: str | None) -> str:
    """Lower-case, single-spaced form of a matched word group."""
    return " ".join(s.lower().split()) if s else ""


def _offset(rel: str) -> int | None:
    """-1, 0 or +1 for a relative word ("last", "this", "next"), None if unknown."""
    if rel in _BACK:
        return -1
    if rel in _FORWARD:
        return 1
    if rel in _NOW:
        return 0
    return None


def _year_of(word: str | None, dct: date | None) -> int | None:
    """A written year ("1998", "'98", "this year") as a number, if resolvable."""
    w = _norm(word)
    if not w:
        return None
    if w.isdigit():
        return int(w)
    if w.startswith("'") and w[1:].isdigit():
        yy = int(w[1:])
        base = dct.year if dct else 2000
        year = (base // 100) * 100 + yy
        return year - 100 if year > base + 10 else year
    if dct is None:
        return None
    return {"this year": dct.year, "last year": dct.year - 1, "next year": dct.year + 1}.get(w)


def month_day(month: int, day: int, dct: date, tense: str | None) -> date | None:
    """Year for a month/day without a year: the tense decides past or future, else closest."""
    options = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if tense == PAST:
        past = [d for d in options if d <= dct]
        if past and (dct - past[-1]).days < 300:
            return past[-1]
    if tense == FUTURE:
        future = [d for d in options if d >= dct]
        if future and (future[0] - dct).days < 300:
            return future[0]
    return min(options, key=lambda d: abs((d - dct).days))


def month_year(month: int, dct: date, tense: str | None, rel: str) -> int:
    """Year of a month named without a year ("in November", "last April")."""
    if rel in ("last", "this past", "past"):
        return dct.year if month < dct.month else dct.year - 1
    if rel in ("next", "this coming", "coming"):
        return dct.year if month > dct.month else dct.year + 1
    if rel == "this":
        return dct.year
    if tense == PAST and month > dct.month:
        return dct.year - 1
    if tense == FUTURE and month < dct.month:
        return dct.year + 1
    return dct.year


def weekday_date(wd: int, dct: date, tense: str | None, rel: str) -> date:
    """Date of a weekday named relative to the reference date."""
    back = (dct.weekday() - wd) % 7  # days since the last such weekday (0 = today)
    ahead = (wd - dct.weekday()) % 7
    if rel in ("last", "this past", "past"):
        return dct - timedelta(days=back or 7)
    if rel in ("next", "this coming", "coming"):
        return dct + timedelta(days=ahead or 7)
    if rel == "this":
        return dct - timedelta(days=dct.weekday()) + timedelta(days=wd)
    if back == 0:
        return dct
    if tense == FUTURE:
        return dct + timedelta(days=ahead)
    if tense == PRESENT:
        return dct + timedelta(days=ahead)
    return dct - timedelta(days=back)


def _day_value(d: date | None, unresolved: str = "XXXX-XX-XX") -> str:
    """ISO day value, or the unresolved form."""
    return d.isoformat() if d else unresolved


def _resolve_day_word(word: str, dct: date | None, tense: str | None) -> date | None:
    """Date for "today", "yesterday", a weekday, or "Month Day"."""
    if dct is None:
        return None
    w = _norm(word)
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    if w in offsets:
        return dct + timedelta(days=offsets[w])
    wd = weekday_number(w)
    if wd is not None:
        return weekday_date(wd, dct, tense, "")
    parts = w.split()
    if len(parts) == 2:
        month = month_number(parts[0])
        day = int(re.sub(r"\D", "", parts[1]))
        if month:
            return month_day(month, day, dct, tense)
    return None


def resolve_time(m: re.Match[str], ctx: Context, tense: str | None) -> Resolved | None:
    """Clock times ("10:35 a.m.", "noon Thursday")."""
    named = _norm(m.group("named"))
    if named:
        hour, minute = (24, 0) if named == "midnight" else (12, 0)
    else:
        h = m.group("h") or m.group("h24")
        mi = m.group("mi") if "mi" in m.re.groupindex and m.group("mi") else None
        if mi is None and "mi24" in m.re.groupindex:
            mi = m.group("mi24")
        hour, minute = int(h), int(mi or 0)
        ampm = _norm(m.group("ampm") if "ampm" in m.re.groupindex else "")
        if hour > 24 or minute > 59 or (ampm and not 1 <= hour <= 12):
            return None
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    day = m.group("day")
    d = _resolve_day_word(day, ctx.dct, tense) if day else ctx.dct
    clock = f"T{hour:02d}:{minute:02d}"
    return Resolved("TIME", _day_value(d) + clock, "dct" if d else "none", ctx.dct)


def resolve_calendar(kind: str, m: re.Match[str], ctx: Context, tense: str | None) -> Resolved | None:
    """Absolute or year-less calendar dates: "Aug. 7, 1998", "7 August", "2024-04-26"."""
    dct = ctx.dct
    if kind == "numeric":
        if m.group("y"):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        else:
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
            if y < 100:
                y = _year_of(f"'{y:02d}", dct) or 1900 + y
        try:
            return Resolved("DATE", date(y, mo, d).isoformat(), "absolute", None)
        except ValueError:
            return None
    month = month_number(m.group("mon"))
    day = int(re.sub(r"\D", "", m.group("day")))
    if month is None or not 1 <= day <= 31:
        return None
    year = _year_of(m.group("year") or (m.group("yy") if "yy" in m.re.groupindex else None), dct)
    if year is not None:
        try:
            return Resolved("DATE", date(year, month, day).isoformat(), "absolute", None)
        except ValueError:
            return None
    if dct is None:
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}", "none", None)
    try:
        d = month_day(month, day, dct, tense)
    except ValueError:
        return None
    return Resolved("DATE", _day_value(d), "dct", dct) if d else None


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
    if not rel and sentence_year is not None:
        return Resolved("DATE", f"{sentence_year}-{month:02d}", "sentence-year", None)
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{month:02d}", "none", None)
    year = month_year(month, ctx.dct, tense, rel)
    return Resolved("DATE", f"{year}-{month:02d}", "dct", ctx.dct)


def resolve_season(m: re.Match[str], ctx: Context, tense: str | None) -> Resolved | None:
    """Seasons: "this summer", "last fall", "the winter of 1994"."""
    code = SEASONS[_norm(m.group("season"))]
    rel = _norm(m.group("rel"))
    edge = m.group("edge") if "edge" in m.re.groupindex else None
    edge2 = m.group("edge2") if "edge2" in m.re.groupindex else None
    year = _year_of(m.group("year"), ctx.dct)
    if year is not None:
        return Resolved("DATE", f"{year}-{code}", "absolute", None)
    if not rel and not edge and not edge2:
        return None  # a bare "fall" is usually the verb
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{code}", "none", None)
    cur_year, cur = season_of(ctx.dct)
    order, cur_order = SEASON_ORDER[code], SEASON_ORDER[cur]
    off = _offset(rel)
    if off == -1:
        year = ctx.dct.year - 1 if code != "WI" else cur_year - (0 if cur != "WI" else 1)
    elif off == 1:
        year = cur_year if order > cur_order else cur_year + 1
    elif off == 0 or tense is None or tense == PRESENT:
        year = cur_year
    elif tense == PAST:
        year = cur_year if order <= cur_order else cur_year - 1
    else:
        year = cur_year if order >= cur_order else cur_year + 1
    return Resolved("DATE", f"{year}-{code}", "dct", ctx.dct)


def resolve_year(kind: str, m: re.Match[str], ctx: Context) -> Resolved | None:
    """Years, decades and centuries."""
    if kind == "year":
        return Resolved("DATE", str(int(m.group("year"))), "absolute", None)
    if kind == "decade":
        if m.group("dec"):
            return Resolved("DATE", m.group("dec")[:3], "absolute", None)
        d2 = int(m.group("dec2"))
        base = ctx.dct.year if ctx.dct else 1999
        century = base // 100 * 100
        year = century + d2 if century + d2 <= base else century - 100 + d2
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


def _quarter_base(ctx: Context) -> tuple[int, int] | None:
    """The quarter an article talks about: the last one it named, else the last completed one."""
    if ctx.last_quarter:
        return ctx.last_quarter
    if ctx.dct is None:
        return None
    return shift_quarter(ctx.dct.year, quarter_of(ctx.dct), -1)


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
    year: int | None = None
    for g in ("ypos", "y2", "y3"):
        if g in groups and m.group(g):
            year = _year_of(m.group(g), dct)
    earlier = any(w in adj for w in ("year-earlier", "year-ago", "year-before", "comparable"))
    if ord_word:
        n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "final": 4, "last": 4}.get(ord_word) or int(ord_word[1])
        if unit == "half":
            if n > 2:
                return None
            code = f"H{n}"
        elif unit == "quarter":
            code = f"Q{n}"
        else:
            return None
        anchor = "absolute"
        if year is None:
            if dct is None:
                return Resolved("DATE", f"XXXX-{code}", "none", None)
            anchor = "dct"
            year = dct.year
            current = quarter_of(dct) if code[0] == "Q" else (1 if dct.month <= 6 else 2)
            if earlier:
                base = _quarter_base(ctx)
                year = (base[0] if base else dct.year) - 1
            elif n > current and tense != FUTURE:
                year -= 1
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
    if "current" in words or "this" in words:
        y, q = dct.year, quarter_of(dct)
    elif "next" in words or "coming" in words:
        y, q = shift_quarter(dct.year, quarter_of(dct), 1)
    elif "previous" in words or "prior" in words or ("last" in words and "latest" not in words):
        y, q = shift_quarter(dct.year, quarter_of(dct), -1)
    elif "full" in words or "first" in words or "final" in words:
        return None
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
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    if n is None:
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "dct", ctx.dct)
    if n != int(n):
        return None
    n = int(n)
    dct = ctx.dct
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
        return Resolved("DATE", str(dct.year + k * scale), "dct", dct)
    if unit == "quarter":
        y, q = shift_quarter(dct.year, quarter_of(dct), k)
        return Resolved("DATE", f"{y}-Q{q}", "dct", dct)
    if unit == "month":
        d = add_months(dct, k)
        return Resolved("DATE", f"{d.year}-{d.month:02d}", "dct", dct)
    if unit in ("week", "fortnight", "weekend"):
        d = dct + timedelta(weeks=k * (2 if unit == "fortnight" else 1))
        return Resolved("DATE", week_value(d), "dct", dct)
    if unit in ("day", "night"):
        return Resolved("DATE", (dct + timedelta(days=k)).isoformat(), "dct", dct)
    if unit in ("hour", "minute", "second"):
        return Resolved("TIME", "PAST_REF" if sign < 0 else "FUTURE_REF", "dct", dct)
    return None


def resolve_relunit(m: re.Match[str], ctx: Context, tense: str | None) -> Resolved | None:
    """"last week", "this year", "next month", "the past year", "earlier in the year"."""
    rel = _norm(m.group("rel"))
    unit = _norm(m.group("unit"))
    dct = ctx.dct
    if rel in ("that", "the same"):
        if unit == "year" and ctx.last_year is not None:
            return Resolved("DATE", str(ctx.last_year), "article-year", None)
        return None
    if unit in ("decade", "century") and rel in _BACK + _FORWARD:
        return Resolved("DURATION", "P10Y" if unit == "decade" else "P100Y", "none", None)
    if rel in ("the following", "the previous", "the prior") and unit in ("year", "month"):
        step = 1 if rel == "the following" else -1
        if unit == "year" and ctx.last_year is not None:
            return Resolved("DATE", str(ctx.last_year + step), "article-year", None)
        if unit == "month" and ctx.last_month is not None:
            y, mo = divmod(ctx.last_month[0] * 12 + ctx.last_month[1] - 1 + step, 12)
            return Resolved("DATE", f"{y}-{mo + 1:02d}", "article-month", None)
        return None
    off = 0 if rel in ("the", "this") else _offset(rel)
    if off is None:
        return None
    if dct is None:
        unresolved = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                      "year": "XXXX", "quarter": "XXXX-QX", "decade": "XXX", "century": "XX",
                      "half": "XXXX-HX", "day": "XXXX-XX-XX"}
        return Resolved("DATE", unresolved[unit], "none", None)
    if unit == "year":
        return Resolved("DATE", str(dct.year + off), "dct", dct)
    if unit == "month":
        d = add_months(dct, off)
        return Resolved("DATE", f"{d.year}-{d.month:02d}", "dct", dct)
    if unit == "week":
        return Resolved("DATE", week_value(dct + timedelta(weeks=off)), "dct", dct)
    if unit == "weekend":
        base = dct + timedelta(weeks=off)
        if off == 0 and tense == PAST and dct.weekday() < 5:
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


def resolve_weekday(m: re.Match[str], ctx: Context, tense: str | None) -> Resolved | None:
    """Weekdays, with an optional part of day: "Friday", "last Tuesday", "Sunday night"."""
    wd = weekday_number(m.group("wd"))
    if wd is None:
        return None
    rel = _norm(m.group("rel"))
    part = _norm(m.group("part"))
    suffix = f"T{_PARTS[part]}" if part else ""
    typ = "TIME" if part else "DATE"
    if ctx.dct is None:
        return Resolved(typ, f"XXXX-WXX-{wd + 1}{suffix}", "none", None)
    if tense in (None, PRESENT) and m.string.startswith(("'s", "\u2019s"), m.end()):
        tense = PAST  # "Friday's closing price": a possessive weekday is usually behind us
    d = weekday_date(wd, ctx.dct, tense, rel)
    return Resolved(typ, d.isoformat() + suffix, "dct", ctx.dct)


def resolve_dayword(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"today", "yesterday", "tomorrow", "tonight", "yesterday morning"."""
    w = _norm(m.group("w"))
    part = _norm(m.group("part")) or ("tonight" if w == "tonight" else "")
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
               "the day before yesterday": -2, "the day after tomorrow": 2}
    suffix = f"T{_PARTS[part]}" if part else ""
    typ = "TIME" if part else "DATE"
    if ctx.dct is None:
        return Resolved(typ, "XXXX-XX-XX" + suffix, "none", None)
    d = ctx.dct + timedelta(days=offsets[w])
    return Resolved(typ, d.isoformat() + suffix, "dct", ctx.dct)


def resolve_daypart(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"this morning", "last night", "overnight", "that evening"."""
    part = _norm(m.group("part")).replace("-", "").replace(" ", "")
    rel = _norm(m.group("rel")) if "rel" in m.re.groupindex else ""
    code = {"overnight": "NI", "midafternoon": "AF", "midmorning": "MO"}.get(part) or _PARTS[part]
    if rel in ("that", "the"):
        base = ctx.last_day or ctx.dct
    elif ctx.dct is None:
        base = None
    else:
        shift = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
        if rel == "last" and code != "NI":
            shift = -1
        base = ctx.dct + timedelta(days=shift)
    return Resolved("TIME", _day_value(base) + f"T{code}", "dct" if base else "none", ctx.dct)


def resolve_holiday(m: re.Match[str], ctx: Context, tense: str | None) -> Resolved | None:
    """Named holidays: "Christmas", "Thanksgiving Day 1999"."""
    year = _year_of(m.group("year"), ctx.dct)
    name = m.group("h")
    if year is not None:
        d = holiday(name, year)
        return Resolved("DATE", d.isoformat(), "absolute", None) if d else None
    if ctx.dct is None:
        return None
    options = [d for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
               if (d := holiday(name, y)) is not None]
    if not options:
        return None
    if tense == PAST:
        past = [d for d in options if d <= ctx.dct]
        best = past[-1]
    elif tense == FUTURE:
        best = next(d for d in options if d >= ctx.dct)
    else:
        best = min(options, key=lambda d: abs((d - ctx.dct).days))
    return Resolved("DATE", best.isoformat(), "dct", ctx.dct)


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


def resolve_bare_unit(m: re.Match[str], ctx: Context, tense: str | None) -> Resolved | None:
    """"the year", "the week", "the weekend", "the full year" (the reference's own period)."""
    unit = _norm(m.group("unit"))
    prep = _norm(m.group("prep"))
    if prep in ("for", "throughout", "over") and unit != "weekend" and _norm(m.group("adj")) != "full":
        return Resolved("DURATION", {"year": "P1Y", "week": "P1W", "month": "P1M"}[unit], "none", None)
    dct = ctx.dct
    if dct is None:
        return Resolved("DATE", {"year": "XXXX", "week": "XXXX-WXX", "month": "XXXX-XX",
                                 "weekend": "XXXX-WXX-WE"}[unit], "none", None)
    if unit == "year":
        return Resolved("DATE", str(dct.year), "dct", dct)
    if unit == "month":
        return Resolved("DATE", f"{dct.year}-{dct.month:02d}", "dct", dct)
    if unit == "week":
        return Resolved("DATE", week_value(dct), "dct", dct)
    base = dct
    if tense == PAST and dct.weekday() < 5:
        base = dct - timedelta(weeks=1)
    return Resolved("DATE", week_value(base) + "-WE", "dct", dct)


def resolve_year_ago(ctx: Context) -> Resolved | None:
    """"year-earlier", "year-ago": the quarter under discussion a year back, else last year."""
    if ctx.last_quarter:
        y, q = ctx.last_quarter
        return Resolved("DATE", f"{y - 1}-Q{q}", "article-quarter", ctx.dct)
    if ctx.dct is None:
        return Resolved("DATE", "XXXX", "none", None)
    return Resolved("DATE", str(ctx.dct.year - 1), "dct", ctx.dct)
