"""Turn a found expression (pattern kind + regex match) into a TIMEX3 type and value.

Dates are resolved against the reference date (the article's publication date) and the tense of
the governing verb; a few expressions ("the quarter", "a year earlier", "that night") are resolved
against what the article mentioned before, kept in a ``Context``.

The resolvers live in ``resolve_days``, ``resolve_named`` and ``resolve_periods``; this module
gathers them under one name for the tagger.
"""

from __future__ import annotations

from timeline.temporal.resolve_common import Context, Resolved
from timeline.temporal.resolve_days import (
    month_day,
    resolve_calendar,
    resolve_daypart,
    resolve_dayword,
    resolve_holiday,
    resolve_nth_weekday,
    resolve_ordinal_day,
    resolve_time,
    resolve_weekday,
    weekday_date,
)
from timeline.temporal.resolve_named import (
    month_year,
    resolve_month,
    resolve_season,
    resolve_spelled_year,
    resolve_year,
)
from timeline.temporal.resolve_periods import (
    resolve_ago,
    resolve_bare_unit,
    resolve_months_of,
    resolve_quarter,
    resolve_rel_season,
    resolve_relunit,
    resolve_year_ago,
    resolve_year_end,
)

__all__ = [
    "Context",
    "Resolved",
    "month_day",
    "month_year",
    "resolve_ago",
    "resolve_bare_unit",
    "resolve_calendar",
    "resolve_daypart",
    "resolve_dayword",
    "resolve_holiday",
    "resolve_month",
    "resolve_months_of",
    "resolve_nth_weekday",
    "resolve_ordinal_day",
    "resolve_quarter",
    "resolve_rel_season",
    "resolve_relunit",
    "resolve_season",
    "resolve_spelled_year",
    "resolve_time",
    "resolve_weekday",
    "resolve_year",
    "resolve_year_ago",
    "resolve_year_end",
    "weekday_date",
]
