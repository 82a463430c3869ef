"""TIMEX3 value helpers: precision of a value and the real days a DATE value covers."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from timeline.temporal.regex_cache import rx

_DAY = rx(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_MONTH = rx(r"^(\d{4})-(\d\d)$")
_YEAR = rx(r"^(\d{4})$")
_DECADE = rx(r"^(\d{3})$")
_CENTURY = rx(r"^(\d{2})$")
_QUARTER = rx(r"^(\d{4})-Q([1-4])$")
_HALF = rx(r"^(\d{4})-H([12])$")
_SEASON = rx(r"^(\d{4})-(SP|SU|FA|WI)$")
_WEEK = rx(r"^(\d{4})-W(\d\d?)(-WE)?$")
_TIME = rx(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}T")

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def precision_of(value: str) -> str:
    """Granularity of a TIMEX3 value.

    Example:
        >>> precision_of("2023-11"), precision_of("2024-W17"), precision_of("PAST_REF")
        ('month', 'week', 'ref')
    """
    v = value.strip().upper()
    if v.endswith("_REF"):
        return "ref"
    if v.startswith("P"):
        return "duration"
    if _TIME.match(v):
        return "time"
    if re.match(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}$", v):
        return "day"
    if re.match(r"^[\dX]{4}-W[\dX]{1,2}-WE$", v):
        return "weekend"
    if re.match(r"^[\dX]{4}-W[\dX]{1,2}$", v):
        return "week"
    if re.match(r"^[\dX]{4}-[\dX]{2}$", v):
        return "month"
    if re.match(r"^[\dX]{4}-Q[\dX]$", v):
        return "quarter"
    if re.match(r"^[\dX]{4}-H[\dX]$", v):
        return "half"
    if re.match(r"^[\dX]{4}-(SP|SU|FA|WI)$", v):
        return "season"
    if re.match(r"^[\dX]{4}$", v):
        return "year"
    if re.match(r"^[\dX]{3}$", v):
        return "decade"
    if re.match(r"^[\dX]{2}$", v):
        return "century"
    return "none"


def _month_end(year: int, month: int) -> date:
    """Last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def value_range(value: str) -> tuple[date, date] | None:
    """First and last real day covered by a resolved TIMEX3 DATE/TIME value, else None.

    Example:
        >>> value_range("2023-11")
        (datetime.date(2023, 11, 1), datetime.date(2023, 11, 30))
        >>> value_range("PAST_REF") is None
        True
    """
    v = value.strip().upper()
    try:
        if m := _DAY.match(v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(v):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), _month_end(y, mo)
        if m := _YEAR.match(v):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31)
        if m := _QUARTER.match(v):
            y, q = int(m[1]), int(m[2])
            return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m := _HALF.match(v):
            y, h = int(m[1]), int(m[2])
            return date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if m := _SEASON.match(v):
            y = int(m[1])
            first, last = _SEASON_MONTHS[m[2]]
            end_year, end_month = (y + 1, last - 12) if last > 12 else (y, last)
            return date(y, first, 1), _month_end(end_year, end_month)
        if m := _WEEK.match(v):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if m := _DECADE.match(v):
            y = int(m[1]) * 10
            return date(y, 1, 1), date(y + 9, 12, 31)
        if m := _CENTURY.match(v):
            y = int(m[1]) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    except ValueError:
        return None
    return None
