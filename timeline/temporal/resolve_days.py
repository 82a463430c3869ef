"""Resolvers for days and times: calendar dates, weekdays, "today", parts of the day, holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.temporal.calendar_math import (
    add_months,
    dated_weekday,
    holiday,
    month_days,
    nth_weekday,
    week_value,
)
from timeline.temporal.lexicon import (
    DAYPART,
    PAST_VERB_NEXT,
    SMALL_NUMBERS,
    WEEKDAY,
    after_for,
    day_number,
    hour_24,
    month_number,
    named_clock,
    parse_number,
    that_before,
    weekday_number,
)
from timeline.temporal.regex_cache import rx
from timeline.temporal.resolve_common import (
    _PARTS,
    _TOLD_YEAR_STEP,
    DAY_VALUE,
    Context,
    Resolved,
    _day_value,
    _entry_head,
    _norm,
    _year_of,
)
from timeline.temporal.tense import (
    FUTURE,
    LOOKING_AHEAD,
    PAST,
    PRESENT,
    TOLD_PLAN,
    told_in_present,
)

# "ahead of Tuesday's vote", "until Friday's deadline", "is to attend Tuesday's inauguration":
# a possessive weekday still to come
_AHEAD_OF = rx(r"\b(?:ahead\s+of|until|till|upcoming|awaiting|await|[Ii]f|"
               r"(?:will|would|to|'ll)\s+(?:attend|join|witness|host|address|skip|boycott|open|"
               r"start|lead|chair|miss|watch|cover|preview)|"
               # "Investors will also be watching Friday's report", "Everything hinges on
               # Friday's employment report": what is waited for
               r"(?:will|'ll)\s+(?:also\s+)?be\s+(?:watching|eyeing|looking\s+to)|"
               r"(?:hinges|depends|rests)\s+on|"
               # "as the country prepared for Wednesday's general election"
               r"(?:prepar(?:e|es|ed|ing)|gear(?:s|ed|ing)?\s+up|brac(?:e|es|ed|ing))\s+for|"
               # "states likely to decide Tuesday's election"
               r"(?:likely|expected|poised|set|due|scheduled)\s+to\s+[a-z]+|"
               # "planned to open Friday's debate": an intention, still ahead
               r"(?:plans?|planned|planning|expects?|intends?|hopes?)\s+to\s+[a-z]+)\s+$",
               re.IGNORECASE)

# "Thursday's march will be peaceful", "Sunday's vote is expected to ...": the occasion's own verb
# looks ahead; "The next big test is Friday's jobs report": an occasion still to come
_POSS_AHEAD_AFTER = rx(r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:will|'ll|would(?!\s+have)|(?:is|are)\s+"
                       r"(?:expected|scheduled|set|due|likely)|"
                       # "Saturday's seventh stage finishes at the summit": a timetable
                       r"(?:begins|starts|opens|finishes|kicks\s+off|gets\s+under\s*way)\s+(?:at|in|on|with|a|an)|"
                       # "Thursday's launch window lasts 26 minutes", "Thursday's sixth
                       # stage rolls out of Dinan at 12:25 p.m."
                       r"(?:lasts|rolls\s+out|tips\s+off|gets\s+going)"
                       r")\b", re.IGNORECASE)
_POSS_AHEAD_BEFORE = rx(r"\b(?:is|are)\s+$", re.IGNORECASE)
_DEADLINE_AFTER = rx(r"\s+(?:midnight\s+)?deadline\b", re.IGNORECASE)
_BEFORE_JUST = rx(r"\bbefore\s+$", re.IGNORECASE)
# "could lose its majority in Sunday's election", "prepare to vote in Saturday's election", "We'll
# have live coverage of Friday's arrival ceremony": an occasion that a verb looking ahead places
# something in ("Our coverage of Friday's meetings", in Saturday's live page, is behind us)
_IN_JUST = rx(r"\b(?:in|at|during|(?:coverage|preview)\s+of)\s+$", re.IGNORECASE)
# (but "will face a runoff after falling short in Sunday's first round": what came before it)
_AFTER_IT = rx(r"\b(?:after|since)\b[^,;.]*$", re.IGNORECASE)
# where a clause's subject starts ("Votes cast in Thursday's election will be counted": the verb
# is the votes')
_CLAUSE_OPENS = rx(r"(?:^|[.!?;:\"\u201c]\s*|\bthat\s+|\b[Tt]he\s+)$")

# "That same Monday": the weekday of the day the article has just told
_SAME_BEFORE = rx(r"\b(?:[Tt]hat|[Tt]he)\s+same\s+$")
_A_BEFORE = rx(r"\b[Aa]n?\s+$")
_BY_BEFORE = rx(r"\bby\s+$")
_AHEAD_WORDS = rx(r"\b(?:will|would|should|could|may|might|must|expected|hopes?|plans?|'ll)\b",
                  re.IGNORECASE)
# "next Thursday and Friday", "the high tides expected Sunday and Monday": a second weekday is
# the one after the first
_PAIRED_AFTER = rx(
    r"\b(?:(?P<rel>next|last|this\s+coming|this\s+past)\s+)?"
    r"(?P<first>" + WEEKDAY + r")(?P<firstpart>\s+" + DAYPART + r")?\s+(?P<join>and|or|through|to|until|into)\s+$",
    re.IGNORECASE)
# "this week" earlier in the sentence ("report this week, including Alphabet on Tuesday")
_THIS_WEEK_BEFORE = rx(r"\bthis\s+week\b(?![\w']|\s+(?:and|or)\b)[^.;:!?\n]*$",
                       re.IGNORECASE)
# "Next week is a short one, with schools closed Thursday": "next week" earlier in the sentence,
# and what comes between it and the weekday
_NEXT_WEEK_BEFORE = rx(r"\bnext\s+week\b(?![\w']|\s+(?:and|or)\b)(?P<between>[^.;:!?\n]*)$",
                       re.IGNORECASE)
# a phrase that hangs on the clause before it: its participles tell no time of their own
_WITH_PHRASE = rx(r",\s+(?:with|including)\b", re.IGNORECASE)
# "Ahead of the ceremony on": a phrase that looks forward from the time of what is told
_AHEAD_PHRASE = rx(r"\bahead\s+of\b[^,;.]{0,30}$", re.IGNORECASE)


# "Two weeks later, on", "Three and a half months later, on": counted on from the day told before
_LATER_ON = rx(r"\b(?:days?|weeks?|months?)\s+later,?\s+(?:on\s+|in\s+)?$", re.IGNORECASE)


_OF_THAT_YEAR = rx(r",?\s+of\s+(?:that|the\s+same|the\s+(following|next|previous|prior))\s+year\b",
                   re.IGNORECASE)


def month_day(month: int, day: int, dct: date, tense: str | None) -> date | None:
    """Year for a month/day without a year: the tense decides past or future, else closest."""
    options = month_days((dct.year - 1, dct.year, dct.year + 1), month, day)
    if not options:
        return None
    if tense == PAST:
        past = [d for d in options if d <= dct]
        # (or earlier this year: "on Jan. 31, when Wray told the committee" in a Dec. 27 review)
        if past and ((dct - past[-1]).days < 300 or past[-1].year == dct.year):
            return past[-1]
    if tense == FUTURE or tense == PRESENT:
        future = [d for d in options if d >= dct]
        past = [d for d in options if d < dct]
        if future and (future[0] - dct).days < 300 and (
                tense == FUTURE or not past or (dct - past[-1]).days > 31):
            # a present tense with a date is a timetable ("the truce expires on Nov. 10"), unless
            # the day has just gone ("the law, which takes effect on Jan. 1", written Jan. 5)
            return future[0]
    return min(options, key=lambda d: abs((d - dct).days))


def weekday_date(wd: int, dct: date, tense: str | None, rel: str) -> date:
    """Date of a weekday named relative to the reference date."""
    back = (dct.weekday() - wd) % 7  # days since the last such weekday (0 = today)
    ahead = (wd - dct.weekday()) % 7
    if rel == "last" and back == 1:
        # "last Tuesday" in a Wednesday paper: yesterday would be "on Tuesday"; the words name
        # the Tuesday of the week before
        return dct - timedelta(days=8)
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
    if tense == TOLD_PLAN:
        # "had planned to fly home on Wednesday but stayed on", "was to have started Thursday":
        # a plan told as it stood, the nearest such weekday
        return dct + timedelta(days=ahead) if ahead < back else dct - timedelta(days=back)
    return dct - timedelta(days=back)


def _told_weekday(ctx: Context, month: int, day: int, wd: int) -> date | None:
    """A weekday's date in a year the article told, for one that falls on no such weekday near
    the reference date ("the flood of June 1949 ... the evening of Tuesday, June 7")."""
    for year in (ctx.last_month[0] if ctx.last_month else None, ctx.last_year,
                 ctx.last_day.year if ctx.last_day else None):
        if year is not None and (d := dated_weekday(year, month, day, wd)) is not None \
                and d.year == year:
            return d
    return None


def _on_weekday(month: int, day: int, wd: int, dct: date, ctx: Context | None,
                tense: str | None) -> tuple[date, str] | None:
    """A written date and its weekday ("Saturday, April 25"): the year near the reference date in
    which that day falls on it, and how it was found; or a year the article told, where it falls
    on it too, when the near one has it months away and not as a day looked forward to ("The
    flood of 1956 began on Thursday, May 10", written in May 2006; but "classes will begin
    Monday, Aug. 19", written in March) or has no such year. The weekday bears the told year
    out, so the day dates what follows as a day written with its year does."""
    near = dated_weekday(dct.year, month, day, wd)
    told = _told_weekday(ctx, month, day, wd) if ctx is not None else None
    if told and (near is None or told.year != near.year and abs((near - dct).days) > 45
                 and not (tense in LOOKING_AHEAD and near >= dct)):
        return told, "weekday-year"
    return (near, "dct") if near else None


def _resolve_day_word(word: str, dct: date | None, tense: str | None,
                      ctx: Context | None = None) -> date | None:
    """Date for "today", "yesterday", a weekday, or "Month Day"."""
    if dct is None:
        return None
    w = _norm(word)
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last": -1}  # ("9 last night")
    if w in offsets:
        return dct + timedelta(days=offsets[w])
    wd = weekday_number(w)
    if wd is not None:
        return weekday_date(wd, dct, tense, "")
    words = re.findall(r"[a-z]+|\d+", re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", w))  # "22nd"
    if len(words) >= 3 and weekday_number(words[0]) is not None and words[1].isdigit():
        words[1], words[2] = words[2], words[1]  # "Friday 2 April", written day first
    if len(words) == 4 and weekday_number(words[0]) is not None and re.fullmatch(r"\d{4}", words[3]):
        # "Saturday, Feb. 11, 2012": the date as written
        try:
            return date(int(words[3]), month_number(words[1]) or 0, int(words[2]))
        except ValueError:
            return None
    if len(words) == 3 and weekday_number(words[0]) is not None:
        # "Monday, Sept. 1": the date written, in the year near the reference date where it
        # falls on that weekday (or one the article told)
        month, day = month_number(words[1]), int(words[2])
        wd = weekday_number(words[0])
        found = _on_weekday(month, day, wd, dct, ctx, tense) if month and wd is not None else None
        return found[0] if found else (month_day(month, day, dct, tense) if month else None)
    parts = w.replace(",", " ").split()
    if len(parts) == 3 and re.fullmatch(r"\d{4}", parts[2]) and month_number(parts[0]):
        # "July 28, 2012": the date as written
        try:
            return date(int(parts[2]), month_number(parts[0]), int(re.sub(r"\D", "", parts[1])))
        except ValueError:
            return None
    if len(parts) == 2:
        if parts[0][:1].isdigit():
            parts.reverse()  # "26 january"
        month = month_number(parts[0])
        day = int(re.sub(r"\D", "", parts[1]))
        if month:
            return month_day(month, day, dct, tense)
    return None


_ENTRY_DASH_RE = rx(r"\s*(?:[-–—]|:\s)")


def _entry_stamp(m: re.Match[str]) -> bool:
    """Whether a clock time opens a paragraph and a dash follows it: a live page's entry."""
    text = m.string
    line = text.rfind("\n", 0, m.start()) + 1
    return not text[line:m.start()].strip() and bool(_ENTRY_DASH_RE.match(text, m.end()))


# a bare clock time takes a day the story named this many sentences back at most
_TIME_DAY_REACH = 6
# how many sentences the day a story told carries to "the evening", "the afternoon"
_PART_DAY_REACH = 3
# how many sentences a past clock time's day carries to the next clock time told in the past
_CLOCK_CHAIN_REACH = 3


_EVENING_BEFORE = rx(r"\b(?:evening|tonight|night|p\.m\.|pm)\b", re.IGNORECASE)


_OPEN_PAREN_BEFORE = rx(r"\(\s*$")  # "at 7:40 a.m. (2240 GMT Tuesday)"
# a clause told in the present or future ("is suspended until noon", "will reopen at 6 a.m."),
# and one told in the past ("It took engineers until about 9:30 a.m.")
_NOW_AUX = rx(r"\b(?:will|won't|shall|is|are|am)\b|'ll\b", re.IGNORECASE)
_PAST_AUX = rx(r"\b(?:was|were|had|did|took|came)\b", re.IGNORECASE)


def resolve_time(m: re.Match[str], ctx: Context, tense: str | None) -> Resolved | None:
    """Clock times ("10:35 a.m.", "noon Thursday")."""
    named = _norm(m.group("named"))
    if named:
        hour, minute = named_clock(named)
    else:
        h = m.group("h") or (m.group("h24") if "h24" in m.re.groupindex else None)
        mi = m.group("mi") if "mi" in m.re.groupindex and m.group("mi") else None
        if mi is None and "mi24" in m.re.groupindex:
            mi = m.group("mi24")
        if not h and "h12" in m.re.groupindex and m.group("h12"):
            h, mi = m.group("h12"), m.group("mi12")  # "opens at 9:30"
        if h is None and "h4" in m.re.groupindex and m.group("h4"):
            h, mi = m.group("h4"), m.group("mi4")  # "1400 GMT"
        minw = _norm(m.group("minw")) if "minw" in m.re.groupindex else ""
        way = _norm(m.group("dir") or m.group("past") or m.group("to")) if minw else ""
        if h is None:
            # "one minute past midnight" is the first minute of the day, "five to midnight" the
            # last hour of the one before
            h = "12" if _norm(m.group("hnoon")) == "noon" else "0" if way != "to" else "24"
        hour, minute = int(h) if h.isdigit() else SMALL_NUMBERS[h.lower()], int(mi or 0)
        if minw:
            # "half past six", "a quarter to nine", "ten minutes after three"
            minute = 30 if minw == "half" else 15 if "quarter" in minw else int(parse_number(minw) or 0)
            if not 0 < minute < 60:
                return None
            if way == "to":
                hour, minute = hour - 1 or 12, 60 - minute
        ampm = _norm(m.group("ampm") if "ampm" in m.re.groupindex else "")
        written = bool(ampm)
        if hour > 24 or minute > 59 or (ampm and not 1 <= hour <= 12):
            return None
        dp = _norm(m.group("dp")) if "dp" in m.re.groupindex else ""
        if "tonight" in m.re.groupindex and m.group("tonight") or (
                not ampm and 1 <= hour <= 12 and _norm(m.groupdict().get("day")) == "tonight"):
            dp = "night"  # ("7:12 Eastern tonight": a zone's clock with no a.m. or p.m.)
        if dp and not 1 <= hour <= 12:
            return None
        if dp in ("afternoon", "evening") or (dp == "night" and hour >= 5):
            ampm = "pm"  # "4 in the afternoon"
        elif dp == "morning":
            ampm = "am"  # "12:01 tomorrow morning" is just after midnight
        # (an evening broadcast's hour, unless a morning clock was just told: "left home at 4
        # a.m. to make a 9 o'clock flight")
        evening_told = ctx.evening_broadcast and not (
            ctx.last_clock is not None and ctx.last_clock[2] == ctx.sentence and ctx.last_clock[1] < 12)
        if "oclock" in m.re.groupindex and (1 <= hour <= 6 or evening_told and 1 <= hour < 12) \
                and not dp:
            ampm = "pm"  # "by 6 o'clock", "the window closes at 4 o'clock"
        if "h12" in m.re.groupindex and m.group("h12"):
            # "opens at 9:30", "back at it by 1:15": a bare 12-hour clock keeps the working day,
            # 7 to 11 the morning and 12 to 4 the afternoon; 5 to 11 the evening when the words
            # before in its sentence say so ("the evening report at 6:10", "open their home
            # season tonight against Reading, first pitch at 7:05"), else 5 and 6 are the early
            # morning of a broadcast ("It's 6:09"); and after a late clock time told just before, the
            # evening ("9:40 p.m. ... By 10:30, water was seeping in")
            late = ctx.last_clock is not None and ctx.last_clock[1] >= 18 \
                and ctx.sentence - ctx.last_clock[2] <= 2 and hour + 12 >= ctx.last_clock[1]
            # (in its own sentence: "a cold one tonight. It's 6:36." is the morning's)
            opens = max(ctx.sentence_start, m.start() - 200)
            evening = 5 <= hour <= 11 and _EVENING_BEFORE.search(m.string, opens, m.start())
            ampm = "pm" if hour <= 4 or hour == 12 or late or evening or (
                evening_told and hour >= 5) else "am"
        if ctx.morning_broadcast and not written and not dp and not minw and 1 <= hour <= 6 and tense != FUTURE \
                and not (ctx.last_clock is not None and ctx.last_clock[1] >= 7
                         and ctx.sentence - ctx.last_clock[2] <= 2):
            # "Good morning ... the cars started pulling in a little after 4:30", "It is six
            # o'clock here in New York": a morning show's small hours, unless told as ahead or
            # after a later hour ("At eleven, the Bank announced ... At a quarter past two came a
            # second increase")
            ampm = "am"
        hour = hour_24(hour, ampm)
    day = m.group("day")
    if day and "every" in m.re.groupindex and m.group("every") \
            and (wd := weekday_number(_norm(day)[:-1])) is not None:
        return Resolved("SET", f"XXXX-WXX-{wd + 1}T{hour:02d}:{minute:02d}", "none", None)  # "10 p.m. Fridays"
    if day:
        if tense != PAST and after_for(m.string, m.start()):
            tense = FUTURE  # "a call set for 7 a.m. Friday"
        elif tense is None and weekday_number(_norm(day)) is not None \
                and told_in_present(m.string, ctx.sentence_start, m.end()):
            # "Peacock streams every shot from 1:30 a.m. ET Thursday": a weekday's hour in a
            # sentence with a present verb and no past form is ahead, as the weekday alone is
            tense = PRESENT
        rel = _norm(m.group("dayrel")) if "dayrel" in m.re.groupindex and m.group("dayrel") else ""
        if rel == "that" and ctx.last_day is not None and (wd := weekday_number(_norm(day))) is not None:
            d = _story_weekday(wd, ctx.last_day)  # "at about 9:40 p.m. that Tuesday"
        elif rel and rel != "that" and ctx.dct is not None and (wd := weekday_number(_norm(day))) is not None:
            d = weekday_date(wd, ctx.dct, tense, rel)  # "7 a.m. last Thursday"
        else:
            d = _resolve_day_word(day, ctx.dct, tense, ctx)
        if (wd := weekday_number(_norm(day))) is not None and ctx.last_clock is not None \
                and ctx.last_clock[2] == ctx.sentence \
                and _OPEN_PAREN_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) \
                and not rel:
            # "said in a filing at 7:40 a.m. (2240 GMT Tuesday)": the same moment in another
            # zone, on the weekday nearest the clock time it restates
            told = ctx.last_clock[0]
            d = told + timedelta(days=(wd - told.weekday() + 3) % 7 - 3)
    elif "this" in m.re.groupindex and m.group("this") or m.groupdict().get("thisdp") or (
            "tonight" in m.re.groupindex and m.group("tonight")) or (
            "prep" in m.re.groupindex and _norm(m.group("prep")).startswith("it")):
        d = ctx.dct  # "10:30 this morning", "11 tonight", "It's 7:06": the publication day's
    elif _entry_stamp(m):
        # "10:15 a.m. — John Lee has taken the oath": a live page's entry, today's, unless a line
        # of its own named the day of the entries under it ("SATURDAY, JULY 13")
        d = ctx.section_day or ctx.dct
    else:
        # "at 10 p.m." with no day: the day the story named in this sentence or the one before,
        # else the reference date ("Shares rose ... by 1 p.m.", paragraphs after the quarter
        # "ended Sept. 30", is the publication day's 1 p.m.)
        # (a day told in an earlier sentence counts only when it is one of the last few days
        # the story reports: not a deadline ahead, "since Jan. 17" or "the three months to
        # March 31")
        recent = ctx.last_day is not None and (
            ctx.sentence == ctx.last_day_sentence
            or (ctx.sentence - ctx.last_day_sentence <= _TIME_DAY_REACH and ctx.dct is not None
                and timedelta(0) <= ctx.dct - ctx.last_day <= timedelta(days=7))
            # "the Cardinals visit New Jersey on Friday. Tipoff is at 7:30 p.m.": a day just
            # told that is still ahead, for a clock told as what is to come
            or (ctx.sentence - ctx.last_day_sentence <= 2 and tense == FUTURE
                and ctx.dct is not None and timedelta(0) < ctx.last_day - ctx.dct <= timedelta(days=7))
            # "on the night of April 14, 1989. ... The shots were fired at about 11:15 p.m.": a
            # clock told in the past, right after the day an older story is about
            or (ctx.sentence - ctx.last_day_sentence == 1 and tense == PAST
                and ctx.days_in_last_day_sentence == 1
                and ctx.dct is not None and ctx.last_day < ctx.dct)
            # "... at 13:31Z, the No. 4 engine began losing thrust. They landed at 15:12Z": a
            # clock told in the past right after one that was on the story's day goes on with it
            or (tense == PAST and ctx.last_clock is not None and ctx.last_clock[0] == ctx.last_day
                and ctx.sentence - ctx.last_clock[2] <= 1
                and ctx.dct is not None and ctx.last_day < ctx.dct))
        if recent and tense == FUTURE and ctx.sentence != ctx.last_day_sentence \
                and ctx.dct is not None and ctx.last_day < ctx.dct \
                and _NOW_AUX.search(m.string, ctx.sentence_start, m.start()) \
                and not _PAST_AUX.search(m.string, ctx.sentence_start, m.start()):
            # "The airport closed on Sunday. ... Rail service is suspended until noon": a clock
            # still ahead is not on a day gone by that an earlier sentence told
            recent = False
        d = ctx.last_day if recent else ctx.dct
        if tense == PAST and ctx.last_clock is not None and ctx.dct is not None \
                and ctx.last_clock[0] < ctx.dct and d != ctx.last_clock[0] \
                and 0 < ctx.sentence - ctx.last_clock[2] <= _CLOCK_CHAIN_REACH and not (
                    recent and ctx.last_day_sentence > ctx.last_clock[2]):
            # "The trouble began at 4:12 a.m. Monday, NetHarbor said in an account released
            # Tuesday. By 6 a.m., the help lines were jammed": a clock told in the past goes on
            # with the day of the clock times just before it, unless a day was told since
            d = ctx.last_clock[0]
            recent = True
        if recent and ctx.last_clock is not None and ctx.last_clock[0] == d \
                and ctx.last_clock[1] >= 18 and hour < 6:
            # "reached Earth at 11:53 p.m. ... said shortly after 12:30 a.m.": told in order, a
            # small hour after a late one has passed midnight
            d += timedelta(days=1)
        if named == "midnight" and tense == PAST and d is not None and (not recent or (
                d == ctx.dct and not (ctx.last_clock and ctx.last_clock[0] == d
                                      and ctx.last_clock[1] >= 18
                                      and ctx.last_clock[2] == ctx.sentence))):
            # "took effect at midnight": the one that closed yesterday; so too after the story
            # has named the day it is told on ("It's ten past seven on Monday ... delivered a
            # letter shortly before midnight": Sunday's), unless it told that day's evening
            # in the same sentence ("radio broke the news at 9 p.m., and crowds fired rifles
            # until well past midnight")
            d -= timedelta(days=1)
    clock = f"T{hour:02d}:{minute:02d}"
    if not named and "se" in m.re.groupindex and m.group("se"):
        clock += f":{m.group('se')}"
    # (a day written with its year is as absolute as a date: "10:45 p.m. on July 28, 2012")
    anchor = "absolute" if day and re.search(r"\d{4}", day) and d else "dct" if d else "none"
    return Resolved("TIME", _day_value(d) + clock, anchor, ctx.dct)


def resolve_calendar(kind: str, m: re.Match[str], ctx: Context, tense: str | None,
                     day_year: int | None = None, opening_year: int | None = None) -> Resolved | None:
    """Absolute or year-less calendar dates: "Aug. 7, 1998", "7 August", "2024-04-26"; a
    year-less one after a full date of its sentence takes its year ("On March 21, 2022, ... and
    on March 31"), as it takes the year that opens its sentence ("In 2014, when counting took
    place on May 16"); with its weekday's part of the day, that part ("Monday night, Nov. 21")."""
    r = _calendar_day(kind, m, ctx, tense, day_year, opening_year)
    part = m.group("wdpart") if "wdpart" in m.re.groupindex else None
    if r is None or not part or not DAY_VALUE.fullmatch(r.value):
        return r
    return Resolved("TIME", f"{r.value}T{_PARTS[part.lower()]}", r.anchor, r.reference)


# a mark a measure reached on a day ("below its record close on May 19", "its peak on July 16")
_MARK_BEFORE = rx(r"\b(?:its|their|the|a)\s+(?:(?:all-time|record|closing|previous|recent|"
                  r"\d{2}-year|multiyear)\s+)*(highs?|lows?|peaks?|records?|close|bottom|"
                  r"trough)\s+(?:of\s+\S+\s+)?on\s+$", re.IGNORECASE)


def _calendar_day(kind: str, m: re.Match[str], ctx: Context, tense: str | None,
                  day_year: int | None, opening_year: int | None = None) -> Resolved | None:
    """The day of a calendar date (see ``resolve_calendar``)."""
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
    day = day_number(m.group("day")) or 0
    if month is None or not 1 <= day <= 31:
        return None
    year = _year_of(m.group("year") or (m.group("yy") if "yy" in m.re.groupindex else None), dct)
    relyear = m.group("relyear") if "relyear" in m.re.groupindex else None
    if relyear and dct is not None:
        year = dct.year + {"last": -1, "this": 0, "next": 1}[relyear.lower()]
    if year is not None:
        try:
            return Resolved("DATE", date(year, month, day).isoformat(), "absolute", None)
        except ValueError:
            return None
    if day_year is not None and kind in ("mdy", "dmy") and not (
            tense in LOOKING_AHEAD and dct is not None and day_year < dct.year):
        # ("postponed on March 24 last year, are scheduled to open on July 23": not that year)
        try:
            day_there = date(day_year, month, day)
        except ValueError:
            return None
        # (a day before it is left to the reference date: "approved on Aug. 6, 2021, and the
        # House passed it on April 27", "from Nov. 28, 2023, to Jan. 5")
        if ctx.last_day is None or day_there >= ctx.last_day:
            return Resolved("DATE", day_there.isoformat(), "article-year", None)
    if day_year is None and opening_year is not None and kind in ("mdy", "dmy"):
        # (a year anywhere else in the sentence is often the other side of a comparison: "up
        # from 1987's Aug. 24 peak", "the most since 2019 ... on Dec. 1")
        try:
            return Resolved("DATE", date(opening_year, month, day).isoformat(), "sentence-year", None)
        except ValueError:
            return None
    if day_year is None and kind in ("mdy", "dmy") and (head := _entry_head(m.string, m.start())) is not None:
        # "1989: After the army crushed the protests on June 4, ...": a chronology's entry dates
        # the days it tells, the first such day from the month it opens with
        try:
            return Resolved("DATE", date(head[0] + (1 if head[1] is not None and month < head[1] else 0),
                                         month, day).isoformat(), "article-year", None)
        except ValueError:
            return None
    if ctx.last_year is not None and (of := _OF_THAT_YEAR.match(m.string, m.end())):
        # "The exchange mirrors one in 2022. On March 21 of that year, ...": the year the
        # article last named ("of the following year": the one after it)
        year = ctx.last_year + _TOLD_YEAR_STEP.get((of.group(1) or "").lower(), 0)
        try:
            return Resolved("DATE", date(year, month, day).isoformat(), "article-year", None)
        except ValueError:
            return None
    if dct is None:
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}", "none", None)
    wd = weekday_number(m.group("wd")) if "wd" in m.re.groupindex and m.group("wd") else None
    if wd is not None and (found := _on_weekday(month, day, wd, dct, ctx, tense)) is not None:
        return Resolved("DATE", found[0].isoformat(), found[1], dct if found[1] == "dct" else None)
    if ctx.last_day is not None and _LATER_ON.search(m.string, max(0, m.start() - 60), m.start()):
        # "on July 3, 2023 ... Three and a half months later, on October 20": the first such
        # day after the one the story last told
        after = [d for d in month_days((ctx.last_day.year, ctx.last_day.year + 1), month, day)
                 if d > ctx.last_day]
        if after:
            return Resolved("DATE", _day_value(after[0]), "article-day", ctx.last_day)
    if _entry_stamp(m) and ctx.last_day is not None and ctx.sentence - ctx.last_day_sentence <= 3:
        if ctx.last_day <= dct:
            # a list's entry after a dated one follows it: "KEY DATES  March 23, 1993: ...
            # March 30: ..." (not past the reference date: a list told newest first)
            after = [d for d in month_days((ctx.last_day.year, ctx.last_day.year + 1), month, day)
                     if d >= ctx.last_day]
            if after and after[0] <= dct:
                return Resolved("DATE", _day_value(after[0]), "article-day", ctx.last_day)
        else:
            # after one dated ahead, the nearest such day, either way: "WHAT HAPPENS NEXT  Next
            # Tuesday: ...  Sept. 19: The window closes", written in August (but "effective Jan.
            # 1.  Dec. 23 - Tai launches an investigation", written Dec. 27: that Dec. 23)
            # (a list under a heading of what is to come: the next such day, "Dates to watch ...
            # Feb. 14: The deal takes effect ... Nov. 3: The presidential election", in January)
            near = month_day(month, day, dct, FUTURE if tense == FUTURE else None)
            if near:
                return Resolved("DATE", _day_value(near), "dct", dct)
    if tense != FUTURE and _entry_stamp(m):
        # "Feb. 21 - Biden signs an executive order": a timeline's entry, in the historical
        # present, is the last such day up to the reference date
        past = [d for d in month_days((dct.year - 1, dct.year), month, day) if d <= dct]
        if past:
            return Resolved("DATE", _day_value(past[-1]), "dct", dct)
    if tense in LOOKING_AHEAD and (mark := _MARK_BEFORE.search(m.string, max(0, m.start() - 30), m.start())) \
            and (tense == PRESENT or mark.group(1).lower() == "close"):
        # "the index is 13 percent below its peak on May 19": a mark already set (a future read
        # from "its record close on May 19" took the noun for the verb)
        tense = PAST
    try:
        d = month_day(month, day, dct, tense)
    except ValueError:
        return None
    return Resolved("DATE", _day_value(d), "dct", dct) if d else None


def _weekday_on(wd: int, day: int, dct: date) -> date | None:
    """The date nearest ``dct`` (within four months) whose day of the month is ``day`` and whose
    weekday is ``wd``: "Wednesday the 8th"."""
    firsts = (add_months(dct.replace(day=1), step) for step in range(-4, 5))
    days = [d for first in firsts for d in month_days([first.year], first.month, day)
            if d.weekday() == wd]
    return min(days, key=lambda d: abs(d - dct), default=None)


def _story_weekday(wd: int, told: date) -> date:
    """The weekday ``wd`` among the days around the day a story last told ("that Thursday"): from
    that day up to five days on, else the day before it."""
    ahead = (wd - told.weekday()) % 7
    return told + timedelta(days=ahead if ahead <= 5 else ahead - 7)


# what follows a weekday that heads a list's entry ("Saturday and Sunday: talks in Geneva"), whose
# tense the list's heading tells
_ENTRY_HEAD = rx(r"(?:\s+(?:and|or|through|to)\s+\w+)?\s*(?:[:\u2013\u2014]|-\s)")
def resolve_weekday(m: re.Match[str], ctx: Context, tense: str | None) -> Resolved | None:
    """Weekdays, with an optional part of day: "Friday", "last Tuesday", "Sunday night"."""
    wd = weekday_number(m.group("wd"))
    if wd is None:
        return None
    rel = _norm(m.group("rel"))
    # "Sunday night", "Friday morning": the part of day of that day (TIME ...TNI, ...TMO), as
    # TimeML values "this morning" and as "yesterday morning" is valued here. TimeBank is split
    # (of the spans that cover the part of day, 12 keep it and 10 drop it), the TimeML
    # guidelines and the blind held-out set keep it.
    part = _norm(m.group("part")) or ("night" if m.group("over") else "")
    suffix = f"T{_PARTS[part]}" if part in _PARTS else ""
    typ = "TIME" if suffix else "DATE"
    if ctx.dct is None:
        return Resolved(typ, f"XXXX-WXX-{wd + 1}{suffix}", "none", None)
    week = _norm(m.group("week")) if "week" in m.re.groupindex else ""
    nth = m.group("nth") if "nth" in m.re.groupindex else None
    if nth and not rel and not week and (d := _weekday_on(wd, int(nth), ctx.dct)) is not None:
        return Resolved(typ, d.isoformat() + suffix, "dct", ctx.dct)
    if week and not rel:
        # "Friday last week": that weekday of the week before the reference date's week
        shift = {"last": -1, "this": 0, "next": 1}[week]
        d = ctx.dct - timedelta(days=ctx.dct.weekday()) + timedelta(days=7 * shift + wd)
        return Resolved(typ, d.isoformat() + suffix, "dct", ctx.dct)
    if rel == "the previous" or rel == "the prior":
        if ctx.last_day is not None and ctx.last_day_sentence == ctx.sentence and ctx.last_day != ctx.dct:
            # "On Oct. 19, 1987, the Dow plunged ... nearly double the record set the previous
            # Friday": the one before the day its sentence told
            d = ctx.last_day - timedelta(days=(ctx.last_day.weekday() - wd) % 7 or 7)
            return Resolved(typ, d.isoformat() + suffix, "article-day", ctx.last_day)
        # "down 4.5% from the previous Friday": the one before the last such weekday
        d = weekday_date(wd, ctx.dct, PAST, "last") - timedelta(days=7)
        return Resolved(typ, d.isoformat() + suffix, "dct", ctx.dct)
    if rel in ("the following", "the next"):
        # "played on Saturday, March 8, and again the following Sunday": the first such weekday
        # after the day the story last told (else after the reference date)
        base = ctx.last_day or ctx.dct
        d = base + timedelta(days=(wd - base.weekday()) % 7 or 7)
        return Resolved(typ, d.isoformat() + suffix, "article-day" if ctx.last_day else "dct", base)
    if not rel and ctx.last_day is not None and that_before(m.string, m.start(), m.end()) is not None:
        # "The river rose on June 20. That Thursday, the levee broke": the weekday of the days the
        # story told
        d = _story_weekday(wd, ctx.last_day)
        return Resolved(typ, d.isoformat() + suffix, "article-day", ctx.last_day)
    paired = _PAIRED_AFTER.search(m.string, max(0, m.start() - 40), m.start()) if not rel else None
    if paired and ctx.last_day is not None and ctx.last_day.weekday() == weekday_number(
            paired.group("first")) and (paired.group("rel") or _norm(paired.group("join")) in (
            "through", "to", "until", "into") or (ctx.last_day - weekday_date(wd, ctx.dct, tense, "")).days >= 4):
        # ("from Friday through Sunday": a range runs forward from the day it starts)
        # "next Thursday and Friday": the Friday after the Thursday just told; "the high tides
        # expected Sunday and Monday": the Monday after that Sunday, not one six days before it
        # ("statements made Friday and Thursday" keep their order: a day apart)
        # ("Sunday afternoon and Sunday night": the same day, a later part of it)
        d = ctx.last_day + timedelta(days=(wd - ctx.last_day.weekday()) % 7 or (
            0 if paired.group("firstpart") and suffix else 7))
        return Resolved(typ, d.isoformat() + suffix, "article-day", ctx.last_day)
    if m.string.startswith(("'s", "\u2019s"), m.end()):
        # "Friday's closing price", "would challenge Wednesday's ruling": a weekday that names
        # an occasion is behind us whatever the verb says, unless it is looked forward to
        ahead = (_AHEAD_OF.search(m.string, max(0, m.start() - 30), m.start())
                 or _POSS_AHEAD_BEFORE.search(m.string, max(0, m.start() - 5), m.start())
                 or (_POSS_AHEAD_AFTER.match(m.string, m.end())
                     and _CLAUSE_OPENS.search(m.string, max(0, m.start() - 6), m.start()))
                 # "will walk out for Friday's match", "bring him back for Saturday's game",
                 # "will hold a moment of silence before Friday night's game"
                 or (tense == FUTURE and (after_for(m.string, m.start()) or _BEFORE_JUST.search(
                     m.string, max(0, m.start() - 8), m.start()) or (_IN_JUST.search(
                         m.string, max(0, m.start() - 14), m.start()) and not _AFTER_IT.search(
                         m.string, max(0, m.start() - 70), m.start())))))
        tense = FUTURE if ahead else PAST
    elif tense != PAST and _DEADLINE_AFTER.match(m.string, m.end()):
        tense = FUTURE  # "Lawmakers also face a Friday deadline": a deadline still to come
    elif after_for(m.string, m.start()) and tense != TOLD_PLAN and not (
            tense == PAST and PAST_VERB_NEXT.match(m.string, m.end())):
        # (a plan that was changed keeps the nearest such day: "The meeting, originally set for
        # Monday, was pushed back")
        # "set for Friday"; told in the past too, a day something was called or set for is
        # ahead ("called a general strike for Wednesday", "put the odds at 80 percent for
        # Thursday"), unless the past verb comes after it ("a ceasefire announced for Friday
        # collapsed", "a service planned for Saturday was canceled")
        tense = FUTURE
    if ctx.last_day is not None and ctx.last_day.weekday() == wd and (
            # "The week began last Monday, May 20 ... That same Monday, the ministry added ...":
            # the day the article has just told
            _SAME_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
            or not rel and not week and ctx.last_day_sentence == ctx.sentence and (
                # "set to expire July 31, a Saturday", "The usual Aug. 15 deadline falls on a
                # Sunday": the weekday the sentence's date falls on
                _A_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
                # "counted 46 dead on Thursday morning, 198 by Thursday evening": the day just
                # gone that its sentence has named, a later part of it
                or (suffix and timedelta(0) <= ctx.dct - ctx.last_day <= timedelta(days=7)
                    and _BY_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
                    and not _AHEAD_WORDS.search(m.string, max(0, m.start() - 80), m.start())))):
        return Resolved(typ, ctx.last_day.isoformat() + suffix, "article-day", ctx.last_day)
    if tense is None and not _ENTRY_HEAD.match(m.string, m.end()) \
            and told_in_present(m.string, ctx.sentence_start, m.end()):
        # a weekday whose sentence holds no past form and a verb that is not one ("Before then
        # come Republican contests in Kansas on Saturday", "On Wednesday, the Commerce Department
        # reports December retail sales") is one still ahead: a report of what was done says so
        # with its verb
        tense = PRESENT
    d = weekday_date(wd, ctx.dct, tense, rel)
    if not rel and _THIS_WEEK_BEFORE.search(m.string, max(0, m.start() - 200), m.start()):
        # "About 175 companies report this week, including Alphabet on Tuesday and Meta on
        # Wednesday": the days of the week the sentence has named, if the tense allows
        this_week = ctx.dct + timedelta(days=wd - ctx.dct.weekday())
        if not (tense == PAST and this_week > ctx.dct) and not (
                tense == FUTURE and this_week < ctx.dct):
            d = this_week
    elif not rel and d < ctx.dct and (nw := _NEXT_WEEK_BEFORE.search(
            m.string, max(0, m.start() - 200), m.start())) and _WITH_PHRASE.search(nw.group("between")):
        # "About 150 companies report next week, including Silverline on Tuesday", "Next week
        # is already a short one, with schools closed Thursday and Friday": a phrase that fills
        # in the week ahead names its days, never one gone by
        d = ctx.dct + timedelta(days=7 + wd - ctx.dct.weekday())
    if not rel:
        told = ctx.past_weekdays.get(wd)
        if d > ctx.dct and told is not None and _AHEAD_PHRASE.search(
                m.string, max(0, m.start() - 40), m.start()):
            # "Biden signed the bill at a ceremony on Tuesday. ... Ahead of the ceremony on
            # Tuesday, Micron said ...": the Tuesday the article has told, not the next one
            d = told
        elif d <= ctx.dct:
            ctx.past_weekdays[wd] = d
    return Resolved(typ, d.isoformat() + suffix, "dct", ctx.dct)


# a time gone by that a "Today ..." after it is set against ("In the 1990s, ...", "Ten years ago
# ...", "For years ...", "In 1976 the water came to here")
_THEN_BEFORE = rx(
    r"\b(?:(?:the\s+)?(?:early\s+|mid-?|late\s+)?(?:19|20)\d0s|'\d0s|(?:\w+\s+){0,2}(?:years?|decades?)\s+"
    r"ago|an?\s+(?:decade|generation|century)\s+ago|[Ii]n\s+(?:19|20)\d\d\b|[Ff]or\s+(?:\w+\s+)?(?:years|"
    r"decades)|used\s+to|[Bb]ack\s+then|at\s+the\s+time|once\b)")
# what stands before a "Today" that opens its sentence or its quote
_OPENS_BEFORE = rx(r"(?:^|[.!?]\s+|[\"\u201c]|\n\s*)$")


def resolve_dayword(m: re.Match[str], ctx: Context, tense: str | None = None) -> Resolved | None:
    """"today", "yesterday", "tomorrow", "tonight", "yesterday morning"; a "Today" told in the
    present that opens its sentence after a time gone by is the present set against it
    ("Ten years ago we would be talking about fights. Today it is blades": PRESENT_REF)."""
    w = _norm(m.group("w"))
    if w == "today" and tense == PRESENT and not m.group("part") \
            and _OPENS_BEFORE.search(m.string, max(0, m.start() - 3), m.start()) \
            and _THEN_BEFORE.search(m.string, max(0, m.start() - 220), m.start()):
        return Resolved("DATE", "PRESENT_REF", "dct", None)
    part = _norm(m.group("part")) or ("tonight" if w == "tonight" else "")
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
               "the day before yesterday": -2, "the day after tomorrow": 2}
    suffix = f"T{_PARTS[part]}" if part else ""
    typ = "TIME" if part else "DATE"
    if ctx.dct is None:
        return Resolved(typ, "XXXX-XX-XX" + suffix, "none", None)
    d = ctx.dct + timedelta(days=offsets[w])
    return Resolved(typ, d.isoformat() + suffix, "dct", ctx.dct)


_FOR_OR_BEFORE = rx(r"\b(?:for|before)\s+(?:the\s+)?$", re.IGNORECASE)
# words that make "the night" one night the story tells ("spent the night", "through the night")
_SPENT_THE_NIGHT = rx(r"\b(?:spent|spend|spends|spending|through|throughout|all)\s+$",
                      re.IGNORECASE)
_NIGHT_OF = rx(r"\s+(?:of|when|before|after|that|the|in\s+question)\b", re.IGNORECASE)


# "overnight" naming a kind of loan or stay, not a night: "the overnight call rate", "overnight
# loans", "overnight stays rose 4 percent", "the last overnight campers"
_OVERNIGHT_TERM = rx(r"\s+(?:call|rates?|loans?|lending|borrowing|repos?|funds?|funding|"
                     r"deposits?|interbank|money|index|stays?|guests?|campers?|visitors?|"
                     r"bags?|parking|camping|trips?)\b", re.IGNORECASE)


def resolve_daypart(m: re.Match[str], ctx: Context, tense: str | None = None) -> Resolved | None:
    """"this morning", "last night", "overnight", "that evening"; ``tense``: "overnight" told
    in the past is the night before the reference date ("stocks fell overnight"), ahead of it
    the coming night."""
    part = _norm(m.group("part")).replace("-", "").replace(" ", "")
    rel = _norm(m.group("rel")) if "rel" in m.re.groupindex else ""
    code = {"overnight": "NI", "midafternoon": "AF", "midmorning": "MO"}.get(part) or _PARTS[part]
    if part == "overnight" and (_OVERNIGHT_TERM.match(m.string, m.end())
                                or re.search(r"\balmost\s+$", m.string[max(0, m.start() - 8):m.start()])):
        return None  # "the overnight call rate", "overnight stays rose", "almost overnight"
    if rel == "the" and code == "NI":
        if ctx.dct is None or not _SPENT_THE_NIGHT.search(m.string, max(0, m.start() - 24),
                                                          m.start()) \
                or _NIGHT_OF.match(m.string, m.end()):
            return None  # "from the night the flight fell": no particular night
        # "spent the night in shelters", "worked through the night": the night of the day the
        # story tells, or (told in the past with no earlier day) the night before the reference
        if tense == PAST:
            recent = ctx.last_day is not None and timedelta(0) < ctx.dct - ctx.last_day <= \
                timedelta(days=3)
            base = ctx.last_day if recent else ctx.dct - timedelta(days=1)
        else:
            base = ctx.dct
        return Resolved("TIME", _day_value(base) + "TNI", "dct", ctx.dct)
    if rel in ("the previous", "the next", "the following"):
        # "He had argued with her the previous evening": the day before the day the story told
        if ctx.last_day is None:
            return None
        base = ctx.last_day + timedelta(days=-1 if rel == "the previous" else 1)
    elif rel in ("that", "the"):
        base = ctx.last_day or ctx.dct
        if rel == "the" and ctx.last_day is not None and ctx.dct is not None \
                and ctx.sentence - ctx.last_day_sentence > _PART_DAY_REACH:
            base = ctx.dct
    elif not rel and part in ("midmorning", "midafternoon") and ctx.last_day is not None \
            and ctx.last_day_sentence == ctx.sentence:
        base = ctx.last_day  # "reopened at 7 a.m. Tuesday, and by mid-morning there was a line"
    elif ctx.dct is None:
        base = None
    else:
        shift = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
        if rel == "last" and code != "NI":
            shift = -1
        if part == "overnight" and tense == PAST:
            shift = -1
        base = ctx.dct + timedelta(days=shift)
    return Resolved("TIME", _day_value(base) + f"T{code}", "dct" if base else "none", ctx.dct)


def resolve_ordinal_day(m: re.Match[str], ctx: Context, tense: str | None) -> Resolved | None:
    """"the 15th" with no month: the next such day of a month from the reference date, or the
    last one when told in the past ("They told us to be back on the 8th", written Feb. 3, is
    Feb. 8)."""
    if ctx.dct is None:
        return None
    day = int(m.group("oday"))
    if ctx.period is not None and ctx.period[1] == ctx.sentence \
            and re.fullmatch(r"\d{4}-\d\d", ctx.period[0]):
        # "made up in June, starting on the 20th": the day of the month its sentence named
        try:
            told = date(int(ctx.period[0][:4]), int(ctx.period[0][5:]), day)
        except ValueError:
            return None
        return Resolved("DATE", told.isoformat(), "article-month", None)
    options = []
    for k in (-1, 0, 1):
        first = add_months(ctx.dct.replace(day=1), k)
        try:
            options.append(first.replace(day=day))
        except ValueError:
            continue
    if tense == PAST:
        chosen = [d for d in options if d <= ctx.dct][-1:]
    else:
        chosen = [d for d in options if d >= ctx.dct][:1]
    if not chosen:
        return None
    return Resolved("DATE", chosen[0].isoformat(), "dct", ctx.dct)


def resolve_nth_weekday(m: re.Match[str], ctx: Context, tense: str | None) -> Resolved | None:
    """Days named by their place in the month, as holidays are: "the first Monday in October"."""
    year = _year_of(m.group("year"), ctx.dct)
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1,
         "final": -1}[_norm(m.group("ord"))]
    week = _norm(m.group("wd")) == "week"
    month, wd = month_number(m.group("mon")), 3 if week else weekday_number(m.group("wd"))
    if month is None or wd is None:
        return None
    value = week_value if week else date.isoformat
    if year is not None:
        return Resolved("DATE", value(nth_weekday(year, month, wd, n)), "absolute", None)
    if ctx.dct is None:
        return None
    options = [nth_weekday(y, month, wd, n) for y in range(ctx.dct.year - 1, ctx.dct.year + 2)]
    return Resolved("DATE", value(_holiday_by_tense(options, ctx.dct, tense)), "dct", ctx.dct)


def resolve_holiday(m: re.Match[str], ctx: Context, tense: str | None,
                    sentence_year: int | None = None) -> Resolved | None:
    """Named holidays: "Christmas", "Thanksgiving Day 1999"; one without a year takes the year its
    sentence names ("Last year we were done by the Fourth of July"); "Thanksgiving morning" is
    that part of the day."""
    if m.group("h").startswith("thanksgiving"):
        return None  # "a service of thanksgiving": the giving of thanks, not the holiday
    r = _holiday_day(m, ctx, tense, sentence_year)
    part = _norm(m.group("hpart"))
    if r is None or not part or not DAY_VALUE.fullmatch(r.value):
        return r
    return Resolved("TIME", f"{r.value}T{_PARTS[part]}", r.anchor, r.reference)


def _holiday_day(m: re.Match[str], ctx: Context, tense: str | None,
                 sentence_year: int | None) -> Resolved | None:
    """The day (or week, or weekend) of a named holiday."""
    year = _year_of(m.group("year"), ctx.dct) or sentence_year
    name = m.group("h")
    weekend = "wkend" in m.re.groupindex and bool(m.group("wkend"))
    yrel = _norm(m.group("yrel") or "")
    if yrel:  # "on Christmas Day that year", "Thanksgiving last year"
        if yrel in ("that", "the same"):
            year = ctx.last_year
        elif ctx.dct is not None:
            year = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[yrel]
        if year is None:
            return None
    if year is not None:
        d = holiday(name, year)
        if d is None:
            return None
        return Resolved("DATE", _holiday_value(d, name, weekend), "absolute", None)
    if ctx.dct is None:
        return None
    options = [d for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
               if (d := holiday(name, y)) is not None]
    if not options:
        return None
    hrel = _norm(m.group("hrel") or "")
    if hrel:
        # "last Christmas": the one before the reference date; "next Easter" the one after;
        # "this Christmas" the one of the reference date's year
        if hrel in ("last", "this past"):
            pick = [d for d in options if d < ctx.dct][-1:]
        elif hrel in ("next", "this coming"):
            pick = [d for d in options if d > ctx.dct][:1]
        else:
            pick = [d for d in options if d.year == ctx.dct.year]
        if pick:
            return Resolved("DATE", _holiday_value(pick[0], name, weekend), "dct", ctx.dct)
    if name.lower().endswith("week"):
        # "Easter week", "Holy Week": the week that ends on Easter Sunday, the one under way
        # when the reference date falls in it
        ahead = [d for d in options if d >= ctx.dct]
        current = ahead[0] if ahead and (ahead[0] - ctx.dct).days < 7 else None
        best = current or _holiday_by_tense(options, ctx.dct, tense)
        return Resolved("DATE", week_value(best), "dct", ctx.dct)
    if tense == PAST and _FOR_OR_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        # "what we ordered for Thanksgiving is still in a warehouse", "wanted a timetable before
        # Christmas": the holiday a plan was made for, whatever the verb's tense; the nearest
        tense = None
    best = _holiday_by_tense(options, ctx.dct, tense)
    return Resolved("DATE", _weekend_of(best) if weekend else best.isoformat(), "dct", ctx.dct)


def _holiday_value(d: date, name: str, weekend: bool) -> str:
    """The value of a holiday on day ``d``: its weekend ("the Labor Day weekend"), its week
    ("Holy Week"), or the day."""
    if weekend:
        return _weekend_of(d)
    return week_value(d) if name.lower().endswith("week") else d.isoformat()


def _weekend_of(d: date) -> str:
    """The weekend a holiday is joined to ("the Labor Day weekend" before that Monday, "the
    Thanksgiving weekend" after that Thursday): the nearest Saturday's week."""
    saturday = d + timedelta(days=5 - d.weekday()) if d.weekday() >= 3 else d - timedelta(
        days=d.weekday() + 2)
    return week_value(saturday) + "-WE"


def _holiday_by_tense(options: list[date], dct: date, tense: str | None) -> date:
    """Of a holiday's dates in three years, the one the tense points to (else the nearest).

    As for a month and day, the tense reaches at most 300 days: "by Christmas Day" six days
    after it, in a report of what a ship did, is that Christmas, not next year's."""
    if tense == PAST:
        past = [d for d in options if d <= dct][-1]
        if (dct - past).days < 300:
            return past
    if tense == FUTURE:
        future = next(d for d in options if d >= dct)
        if (future - dct).days < 300:
            return future
    return min(options, key=lambda d: abs((d - dct).days))

