"""Calendar arithmetic on reference dates: shifting by units, ISO weeks, quarters, holidays."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta


def month_days(years: Iterable[int], month: int, day: int) -> list[date]:
    """The date of ``month``/``day`` in each of ``years`` that has it (no Feb 29 in 2023)."""
    out = []
    for year in years:
        try:
            out.append(date(year, month, day))
        except ValueError:
            continue
    return out


def dated_weekday(year: int, month: int | None, day: int, weekday: int | None) -> date | None:
    """The date of that month and day, within a year of ``year``, that falls on ``weekday``."""
    if month is None or weekday is None:
        return None
    for y in (year, year + 1, year - 1):
        try:
            d = date(y, month, day)
        except ValueError:
            return None
        if d.weekday() == weekday:
            return d
    return None


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months, day clipped to the month's length."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def quarter_of(d: date) -> int:
    """Quarter (1-4) a date falls in."""
    return (d.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, by: int) -> tuple[int, int]:
    """(year, quarter) moved by ``by`` quarters."""
    index = year * 4 + quarter - 1 + by
    return index // 4, index % 4 + 1


def week_value(d: date) -> str:
    """ISO week value of a date ("2024-W17")."""
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def week_monday(value: str) -> date:
    """The Monday of an ISO week value ("2024-W17" -> 2024-04-22), the inverse of ``week_value``."""
    year, week = value.split("-W")
    return date.fromisocalendar(int(year), int(week), 1)


def season_of(d: date) -> tuple[int, str]:
    """(year, season code) a date falls in; December..February is the winter of December's year."""
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    return (d.year if m == 12 else d.year - 1), "WI"


SEASON_ORDER = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday: the Julian computus (Meeus), moved onto the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    # (the Julian calendar runs 13 days behind from March 1900 to February 2100)
    return date(year, month, day + 1) + timedelta(days=year // 100 - year // 400 - 2)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month (n = -1 for the last one)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# the years the holiday tables below cover
_TABLE_YEARS = range(1970, 2041)


def _by_year(mmdd: tuple[int, ...]) -> dict[int, int]:
    """A table of days (MMDD), one for each of the table years in order."""
    return dict(zip(_TABLE_YEARS, mmdd, strict=True))


# The first day of the first month of the Chinese lunisolar calendar (Lunar New Year), as MMDD,
# for the years the tagger is likely to meet in news; outside them the holiday is not valued.
_LUNAR_NEW_YEAR = _by_year((
    206, 127, 215, 203, 123, 211, 131, 218, 207, 128,  # 1970-1979
    216, 205, 125, 213, 202, 220, 209, 129, 217, 206,  # 1980-1989
    127, 215, 204, 123, 210, 131, 219, 207, 128, 216,  # 1990-1999
    205, 124, 212, 201, 122, 209, 129, 218, 207, 126,  # 2000-2009
    214, 203, 123, 210, 131, 219, 208, 128, 216, 205,  # 2010-2019
    125, 212, 201, 122, 210, 129, 217, 206, 126, 213,  # 2020-2029
    203, 123, 211, 131, 219, 208, 128, 215, 204, 124,  # 2030-2039
    212,  # 2040
))


# The first day (from sundown the evening before) of Rosh Hashanah (1 Tishrei), Passover (15 Nisan)
# and Hanukkah (25 Kislev) in the Hebrew calendar, as MMDD, for the same years; Yom Kippur and
# Sukkot are 9 and 14 days after Rosh Hashanah. (Computed with the convertdate package and checked
# against pyluach, both in a scratch environment, not dependencies of the project.)
_ROSH_HASHANAH = _by_year((
    1001, 920, 909, 927, 917, 906, 925, 913, 1002, 922,  # 1970-1979
    911, 929, 918, 908, 927, 916, 1004, 924, 912, 930,  # 1980-1989
    920, 909, 928, 916, 906, 925, 914, 1002, 921, 911,  # 1990-1999
    930, 918, 907, 927, 916, 1004, 923, 913, 930, 919,  # 2000-2009
    909, 929, 917, 905, 925, 914, 1003, 921, 910, 930,  # 2010-2019
    919, 907, 926, 916, 1003, 923, 912, 1002, 921, 910,  # 2020-2029
    928, 918, 906, 924, 914, 1004, 922, 910, 930, 919,  # 2030-2039
    908,  # 2040
))
_PASSOVER = _by_year((
    421, 410, 330, 417, 407, 327, 415, 403, 422, 412,  # 1970-1979
    401, 419, 408, 329, 417, 406, 424, 414, 402, 420,  # 1980-1989
    410, 330, 418, 406, 327, 415, 404, 422, 411, 401,  # 1990-1999
    420, 408, 328, 417, 406, 424, 413, 403, 420, 409,  # 2000-2009
    330, 419, 407, 326, 415, 404, 423, 411, 331, 420,  # 2010-2019
    409, 328, 416, 406, 423, 413, 402, 422, 411, 331,  # 2020-2029
    418, 408, 327, 414, 404, 424, 412, 331, 420, 409,  # 2030-2039
    329,  # 2040
))
_HANUKKAH = _by_year((
    1223, 1213, 1201, 1220, 1209, 1129, 1217, 1205, 1225, 1215,  # 1970-1979
    1203, 1221, 1211, 1201, 1219, 1208, 1227, 1216, 1204, 1223,  # 1980-1989
    1212, 1202, 1220, 1209, 1128, 1218, 1206, 1224, 1214, 1204,  # 1990-1999
    1222, 1210, 1130, 1220, 1208, 1226, 1216, 1205, 1222, 1212,  # 2000-2009
    1202, 1221, 1209, 1128, 1217, 1207, 1225, 1213, 1203, 1223,  # 2010-2019
    1211, 1129, 1219, 1208, 1226, 1215, 1205, 1225, 1213, 1202,  # 2020-2029
    1221, 1210, 1128, 1217, 1207, 1226, 1214, 1203, 1222, 1212,  # 2030-2039
    1130,  # 2040
))



def holiday(name: str, year: int) -> date | None:
    """Date of a named holiday in a year (US federal days, fixed days of other countries, the
    Lunar New Year, the main Jewish holidays), or None if unknown."""
    key = " ".join(name.lower().replace("'s", "").replace(".", "").split()).removeprefix("the ")
    fixed = {
        "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
        "new year day": (1, 1), "new year eve": (12, 31), "independence day": (7, 4),
        "halloween": (10, 31), "valentine day": (2, 14), "veterans day": (11, 11),
        "fourth of july": (7, 4), "juneteenth": (6, 19),
        "boxing day": (12, 26), "st patrick day": (3, 17),
        "bastille day": (7, 14), "canada day": (7, 1), "anzac day": (4, 25),
        "remembrance day": (11, 11),
    }
    if key in fixed:
        return date(year, *fixed[key])
    if key.startswith("orthodox "):
        # "Orthodox Easter", "Orthodox Christmas" (Jan. 7, its eve Jan. 6)
        rest = key.removeprefix("orthodox ")
        if rest.startswith("easter"):
            return orthodox_easter(year) + timedelta(days=1 if rest == "easter monday" else 0)
        if rest.startswith("christmas"):
            return date(year, 1, 6 if rest == "christmas eve" else 7)
        return None
    if key.removesuffix(" day").endswith("new year") and key.split()[0] in ("lunar", "chinese"):
        md = _LUNAR_NEW_YEAR.get(year)
        return date(year, md // 100, md % 100) if md else None
    if key.endswith("new year eve") and key.split()[0] in ("lunar", "chinese"):
        md = _LUNAR_NEW_YEAR.get(year)  # the eve of the Lunar New Year, the day before it
        return date(year, md // 100, md % 100) - timedelta(days=1) if md else None
    hebrew = _hebrew_holiday(key, year)
    if hebrew is not None:
        return hebrew
    if key in ("presidents day", "presidents' day"):
        return nth_weekday(year, 2, 0, 3)
    if key in ("martin luther king day", "martin luther king jr day", "mlk day"):
        return nth_weekday(year, 1, 0, 3)
    if key == "columbus day":
        return nth_weekday(year, 10, 0, 2)
    if key == "mother day":
        return nth_weekday(year, 5, 6, 2)
    if key == "father day":
        return nth_weekday(year, 6, 6, 3)
    if key.startswith("thanksgiving") or key in ("black friday", "cyber monday"):
        # (and the shopping days after it: its Friday and the Monday after)
        return nth_weekday(year, 11, 3, 4) + timedelta(
            days={"black friday": 1, "cyber monday": 4}.get(key, 0))
    if key == "labor day":
        return nth_weekday(year, 9, 0, 1)
    if key == "memorial day":
        return nth_weekday(year, 5, 0, -1)
    if key == "good friday":
        return easter(year) - timedelta(days=2)
    if key == "easter monday":
        return easter(year) + timedelta(days=1)
    if key.startswith("easter") or key == "holy week":
        return easter(year)
    if key == "election day":
        # US federal elections: the Tuesday after the first Monday of November
        return nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    return None


def _hebrew_holiday(key: str, year: int) -> date | None:
    """Rosh Hashanah, Yom Kippur, Sukkot, Passover and Hanukkah in a Gregorian year."""
    if key.startswith("rosh hashana") or key in ("yom kippur", "sukkot"):
        md = _ROSH_HASHANAH.get(year)
        offset = {"yom kippur": 9, "sukkot": 14}.get(key, 0)
    elif key == "passover":
        md, offset = _PASSOVER.get(year), 0
    elif key in ("hanukkah", "chanukah"):
        md, offset = _HANUKKAH.get(year), 0
    else:
        return None
    return date(year, md // 100, md % 100) + timedelta(days=offset) if md else None
