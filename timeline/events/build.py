"""From articles to merged, dated, summarized events."""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from summarize import DEFAULT_SUMMARIZER, make_title, summarize, unique_sentences
from summarize.core import clean_sentence
from timeline.events.extract import (
    article_sides,
    best_trigger,
    candidates_for_article,
    described_sides,
    is_entry,
    is_person,
    title_names,
    whole_word_in,
)
from timeline.events.furniture import comments_start, stamp_spans
from timeline.events.lexicon import find_triggers
from timeline.events.merge import (
    Cluster,
    cluster_candidates,
    content_tokens,
)
from timeline.events.passing import passing_mentions
from timeline.events.profiles import TopicProfile
from timeline.events.salience import date_support, rank_within_dates, salience, topicality
from timeline.records import Article, Event, EventCandidate, EventSourceRecord, TemporalMention
from timeline.sentences import split_sentences

LOGGER = logging.getLogger(__name__)
MAX_SUMMARY_INPUT = 20
PRECISION_RANK = {"time": 0, "day": 1, "week": 2, "month": 3, "season": 4, "quarter": 4,
                  "half": 5, "year": 6}
# One sentence per event: a busy date gets several events, each with its own central sentence,
# which covers the day better than two sentences of its main event (measured on Timeline17
# collections: two sentences for events with 3+ sources lowered AR1 0.131 -> 0.125).
SUMMARY_SENTENCES = 1
MIN_DATED_EVIDENCE = 3  # fewer dated evidence sentences than this: undated context joins
_DAY_TIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T")
EVENT_ACTORS = 8  # an event's actors other than the topic's countries, most telling first
EVENT_COUNTRIES = 3  # and at least this many of the topic's countries it names
LEAD_CHARS = 400  # a candidate this close to the start of its article is in its lead


def _temporal():  # type: ignore[no-untyped-def]
    """The temporal tagger module (imported late: it is heavy)."""
    from timeline import temporal

    return temporal


def extract_candidates(
    articles: Sequence[Article], profile: TopicProfile, failures: list[str] | None = None
) -> tuple[list[EventCandidate], dict[str, tuple[date, date]]]:
    """Event candidates of every article, and the date range of every date value they use.

    An article the temporal tagger or the extraction fails on (a defect) gives no candidates: a
    warning is logged and, when ``failures`` is given, its source id is appended to it so the
    caller can count and report it.
    """
    temporal = _temporal()
    spans: dict[str, tuple[date, date] | None] = {}

    def placeable(mention) -> bool:  # type: ignore[no-untyped-def]
        if mention.value not in spans:
            spans[mention.value] = temporal.value_range(mention.value)
        return spans[mention.value] is not None

    out: list[EventCandidate] = []
    for article in articles:
        sentences = split_sentences(article.text)
        try:
            mentions = temporal.tag(article.text, article.published, sentences)
        except (ValueError, IndexError, KeyError, TypeError) as err:
            # a tagger defect on one article must not sink the batch: say so and go on
            LOGGER.warning("temporal tagging failed for %s (%s: %s); no events taken from it",
                           article.source_id, type(err).__name__, err)
            if failures is not None:
                failures.append(article.source_id)
            continue
        # reader comments are not the article, and a page's time stamp dates no event
        end = comments_start(article.text)
        if end < len(article.text):
            sentences = [s for s in sentences if s.start < end]
        stamps = stamp_spans(article.text)
        mentions = [m for m in mentions if m.start < end
                    and not any(s <= m.start < e for s, e in stamps)]
        mentions = [_on_day(m) for m in passing_mentions(article.text, article.published, mentions)]
        try:
            found = candidates_for_article(article, sentences, mentions, profile, placeable)
        except Exception as err:  # noqa: BLE001 (a defect on one article must not sink the run)
            LOGGER.warning("event extraction failed for %s (%s: %s); no events taken from it",
                           article.source_id, type(err).__name__, err)
            if failures is not None:
                failures.append(article.source_id)
            continue
        for cand in found:  # "a day after <clause>" dates a clause the tagger did not see
            placeable(cand.mention)
        out.extend(found)
    return out, {k: v for k, v in spans.items() if v is not None}


def extract_part(articles: Sequence[Article], topic: str
                 ) -> tuple[list[EventCandidate], dict[str, tuple[date, date]], list[str]]:
    """``extract_candidates`` for one batch, with the profile named by ``topic`` and the source ids
    it failed on: what another process runs (it loads the profile itself, so only names and
    articles cross)."""
    from timeline.events.profiles import load_profile

    failed: list[str] = []
    candidates, spans = extract_candidates(articles, load_profile(topic), failures=failed)
    return candidates, spans, failed


def build_events(
    articles: Sequence[Article],
    profile: TopicProfile,
    summarizer: str = DEFAULT_SUMMARIZER,
    failures: list[str] | None = None,
) -> list[Event]:
    """Find the dated events that ``articles`` report, merged across articles and summarized.

    Each event has a content-derived key, its date (TIMEX3 value, precision, range, the words
    and the reference date it came from), a title, a 1-2 sentence summary, actors, place,
    trigger, salience and its sources. Events whose date cannot be placed on the calendar are
    skipped; events off the profile's topic are dropped. Returned most salient first. Articles
    the temporal tagger fails on are logged and, when ``failures`` is given, listed in it.

    Example:
        >>> from datetime import date
        >>> from timeline.events import load_profile
        >>> art = Article("a1", "Xi Jinping met Joe Biden in Bali on 14 November 2022.",
        ...               published=date(2022, 11, 15), published_source="jsonl")
        >>> [(e.date_value, e.actors[:2]) for e in build_events([art], load_profile("us-china"))]
        [('2022-11-14', ('Xi Jinping', 'Joe Biden'))]
    """
    candidates, spans = extract_candidates(articles, profile, failures)
    return events_from_candidates(candidates, spans, profile, summarizer)


def _on_day(mention: TemporalMention) -> TemporalMention:
    """A time of day dates its event to the day: "talks that evening" (2023-10-26TEV) is
    2023-10-26, so it meets the reports that say "on Thursday"."""
    if mention.type == "TIME" and _DAY_TIME_RE.match(mention.value):
        return replace(mention, value=mention.value[:10], precision="day")
    return mention


def events_from_candidates(
    candidates: Sequence[EventCandidate],
    spans: dict[str, tuple[date, date]],
    profile: TopicProfile,
    summarizer: str = DEFAULT_SUMMARIZER,
) -> list[Event]:
    """Merge, date, summarize and rank candidates: ``build_events`` after extraction.

    Candidates may come from several batches of ``extract_candidates`` (concatenated in order,
    their spans united): the result is the same as one ``build_events`` call over all articles.

    Example:
        >>> from timeline.events import load_profile
        >>> events_from_candidates([], {}, load_profile("all"))
        []
    """
    weights = topicality(candidates)
    support = date_support(candidates, weights)
    clusters = cluster_candidates(candidates, spans, _countries(profile))
    events = []
    for cluster in clusters:
        event = _cluster_event(cluster, spans, profile, summarizer, support)
        if event is not None:
            events.append(event)
    events = rank_within_dates(events, support, weights)
    events.sort(key=lambda e: (-e.salience, e.date_start, e.key))
    return events


def _in_story(members: Sequence[EventCandidate], names: set[str], profile: TopicProfile) -> bool:
    """Whether the event names one side of the topic and is told by a story of the topic.

    A story of the topic involves both sides, and its headline (its lead, without one) is about
    the topic. Its lead is kept: "China on Tuesday removed Qin Gang as foreign minister" names one
    side only, but a story that goes on about his talks with Blinken puts it on the topic's
    timeline. So are its background events that name a side: "Xi hosted Putin in May" in a story
    about NATO and China is context a reader of the topic wants. A story about something else
    that mentions the other side once keeps only its lead; its background sentences still have
    to involve both sides themselves.
    """
    # an entry of the own timeline of a story involving both sides belongs to it, whatever it
    # names ("JAN. 27, 2023 — Andrew Hunter, assistant secretary of the Air Force, writes to ...")
    if names and all(map(is_entry, members)):
        return any(len(article_sides(c.article, profile)) >= 2 for c in members)
    # "Luckin Coffee, the Chinese coffee chain": a firm the profile does not know, as described
    described = {n: side for c in members for n, side in described_sides(c.article, profile).items()}
    if not any(profile.side_of(n) or n in described for n in names):
        # "KMT Chairman Eric Chu formally reopened his party's office in Washington ... On
        # Monday, Chu put defense at the top of his pitch": the one the lead of a story of the
        # topic is about, acting again
        # (a one-word name counts when it is a profile company or the article's first word:
        # "Yahoo Inc. has settled a lawsuit ...")
        told = [c for c in members if any(
            n in c.article.text[:LEAD_CHARS] and (" " in n or profile.kind_of(n) == "company"
                                                  or _opening_word(c.article) == n)
            for n in names)]
        return any(len(article_sides(c.article, profile)) >= 2 and _headline_on_topic(c.article, profile)
                   for c in told)
    return any(len(article_sides(c.article, profile)) >= 2
               and (c.sentence.start < LEAD_CHARS or _headline_on_topic(c.article, profile))
               for c in members)


_OPENING_WORD_RE = re.compile(r"(?:[A-Z][A-Z .,'’/-]{2,}?(?:\([^)]*\))?\s*[—–-]+\s*)?([A-Z][\w&-]*)")


def _opening_word(article: Article) -> str:
    """The word an article opens with, after a dateline ("Yahoo" of "Yahoo Inc. has settled")."""
    hit = _OPENING_WORD_RE.match(article.text.lstrip())
    return hit.group(1) if hit else ""


def _headline_on_topic(article: Article, profile: TopicProfile) -> bool:
    """Whether the article's title (its lead, without a title) names a side or a subject."""
    headline = article.title or article.text[:LEAD_CHARS]
    if profile.sides_in(title_names(headline, profile), headline):
        return True
    if any(_named_in(name, headline) for name in described_sides(article, profile)):
        return True  # "Luckin Coffee drops Nasdaq appeal", the Chinese coffee chain's
    if profile.subject_pattern and profile.subject_pattern.search(headline):
        return True
    # "Yuan slides toward record low ...": a headline naming no side, over a lead that names
    # both ("... capping a week of grim trade data and fresh U.S.-China tech tension"), by
    # actors or side words; a venue ("leaders meeting in Washington") names no side
    return bool(article.title) and _lead_names_both_sides(article, profile)


_VENUE_RE = re.compile(r"\b(?:in|at|near|outside|to|from)\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)")


def _lead_names_both_sides(article: Article, profile: TopicProfile) -> bool:
    """Whether the first ``LEAD_CHARS`` of an article name both sides, places of meeting aside
    (remembered per profile)."""
    cache: dict[str, bool] = profile.__dict__.setdefault("_lead_both_sides", {})
    both = cache.get(article.content_hash)
    if both is None:
        places = {p.name for p in profile.places}
        lead = _VENUE_RE.sub(lambda m: m.group(0) if not (title_names(m.group(1), profile) & places)
                             else " " * len(m.group(0)), article.text[:LEAD_CHARS])
        names = {n for n in title_names(lead, profile) if n not in places}
        both = cache[article.content_hash] = len(profile.sides_in(names, lead)) >= 2
    return both


def event_title(people: Sequence[str], trigger: str | None, location: str | None,
                summary: Sequence[str], profile: TopicProfile, article_title: str | None = None,
                datelined: bool = False) -> str:
    """The title of an event: "X meets Y in Z" only when its summary's first sentence says so.

    "X meets Y", "X visits Z" are said of persons only ("Pelosi meets People's Liberation Army"
    is no title a person would write), and only of the persons, the place and the act that
    sentence itself names: "Pelosi meets Biden in Beijing" from a sentence about drills, with
    Biden joined from another report, is false, and so is "Deepwater Horizon visits Gulf" from
    a sentence about the rig's explosion whose cluster holds a report of a visit. A place the
    story's dateline gives (``datelined``) counts as named. Otherwise the title is the lead
    article's headline or the summary's first sentence, shortened.
    """
    said = summary[0] if summary else ""
    persons = [a for a in people if is_person(a, profile) and _named_in(a, said)]
    place = location if location and (location in said or datelined) else None
    if trigger and not any(lemma == trigger for _, _, lemma in find_triggers(said)):
        trigger = None
    return make_title(persons, trigger, place, summary, article_title=article_title)


def _named_in(name: str, sentence: str) -> bool:
    """Whether a sentence names a person, in full or by the last or first word of the name
    ("Biden", "Xi"), as whole words. (A plain search: a compiled pattern per name filled the
    regex module's cache and made it compile the project's other patterns again.)"""
    words = name.split()
    return any(whole_word_in(form, sentence) for form in {name, words[0], words[-1]})


def _countries(profile: TopicProfile) -> frozenset[str]:
    """Canonical names of the profile's country actors."""
    return frozenset(a.name for a in profile.actors if a.kind == "country")


def _ordered_members(cluster: Cluster) -> list[EventCandidate]:
    """Members in a deterministic order: by publication date, article id, position."""
    return sorted(
        cluster.members,
        key=lambda c: (c.article.published or date.min, c.article.source_id, c.sentence.start),
    )


def _choose_date(cluster: Cluster) -> tuple[str, str | None]:
    """The best-supported date value and a note of the other values sources gave."""
    support = cluster.value_support()
    precision = {c.mention.value: c.mention.precision for c in cluster.members}

    def rank(value: str) -> tuple[int, int, str]:
        return (-support[value], PRECISION_RANK.get(precision[value], 9), value)

    values = sorted(support, key=rank)
    best = values[0]
    lo, hi = cluster.ranges[best]
    others = []
    for value in values[1:]:
        o_lo, o_hi = cluster.ranges[value]
        nested = (o_lo <= lo and hi <= o_hi) or (lo <= o_lo and o_hi <= hi)
        if not nested:
            others.append(f"{value} ({support[value]} source{'s' * (support[value] > 1)})")
    # a finer date inside a coarser best one is not a disagreement: prefer the finer value
    finer = [v for v in values if PRECISION_RANK.get(precision[v], 9)
             < PRECISION_RANK.get(precision[best], 9)
             and lo <= cluster.ranges[v][0] and cluster.ranges[v][1] <= hi]
    if finer:
        best = finer[0]
    return best, ("; ".join(others) or None)


def _rank_actors(members: Sequence[EventCandidate], countries: frozenset[str],
                 value: str | None = None) -> tuple[str, ...]:
    """Actors by how often and how early they appear; countries after the others.

    With ``value``, an actor named only once, in a report that gives the event another date,
    is left out: a later article's passing mention brings its own people along.
    """
    score: Counter[str] = Counter()
    count: Counter[str] = Counter()
    on_date: set[str] = set()
    for cand in members:
        for pos, actor in enumerate(cand.actors):
            score[actor] += 1.0 / (1 + pos)
            count[actor] += 1
            if cand.mention.value == value:
                on_date.add(actor)
    if value is not None and on_date:
        score = Counter({a: s for a, s in score.items() if a in on_date or count[a] >= 2})
    ordered = sorted(score, key=lambda a: (a in countries, -score[a], a))
    # up to six others, then the topic's countries the members name (the two sides, a third)
    others = [a for a in ordered if a not in countries][:EVENT_ACTORS]
    room = max(EVENT_COUNTRIES, EVENT_ACTORS - len(others))
    return tuple(others + [a for a in ordered if a in countries][:room])


def _with_governments(actors: tuple[str, ...], profile: TopicProfile) -> tuple[str, ...]:
    """An agency acts for its country: "China's defence ministry said" involves China too."""
    by_side = profile.governments
    extra = [by_side[side] for a in actors if profile.kind_of(a) == "agency"
             and (side := profile.side_of(a)) in by_side and by_side[side] not in actors]
    return (*actors, *dict.fromkeys(extra)) if extra else actors


def _sources(members: Sequence[EventCandidate]) -> tuple[EventSourceRecord, ...]:
    """One source record per (article, evidence sentence)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for cand in members:
        evidence = clean_sentence(cand.sentence.text)
        key = (cand.article.source_id, evidence)
        if key in seen:
            continue
        seen.add(key)
        out.append(EventSourceRecord(article=cand.article, evidence=evidence,
                                     date_text=cand.mention.text, date_value=cand.mention.value))
    return tuple(out)


def _evidence_pool(members: Sequence[EventCandidate]) -> list[str]:
    """Evidence for the summary: lead sentences first, one article at a time, then context."""
    per_article: dict[str, list[EventCandidate]] = {}
    for cand in members:
        per_article.setdefault(cand.article.source_id, []).append(cand)
    queues = list(per_article.values())
    pool: list[str] = []
    depth = 0
    while len(pool) < MAX_SUMMARY_INPUT and any(len(q) > depth for q in queues):
        for q in queues:
            if len(q) > depth:
                pool.append(q[depth].sentence.text)
        depth += 1
    if len(unique_sentences(pool)) < MIN_DATED_EVIDENCE:  # few dated reports: add their context
        for cand in members:
            pool.extend(cand.context)
    return unique_sentences(pool)[:MAX_SUMMARY_INPUT]


def _cluster_event(
    cluster: Cluster,
    spans: dict[str, tuple[date, date]],
    profile: TopicProfile,
    summarizer: str,
    support: Counter[str],
) -> Event | None:
    """Turn a cluster into an Event, or None when it is off topic."""
    value, disagreement = _choose_date(cluster)
    # members that carry the chosen date come first: they speak for the event
    members = sorted(_ordered_members(cluster), key=lambda c: c.mention.value != value)
    chosen = members[0]
    countries = _countries(profile)
    actors = _with_governments(_rank_actors(members, countries, value), profile)
    places = Counter(c.location for c in members if c.location)
    dated_places = Counter(c.location for c in members if c.location and c.mention.value == value)
    best_places = dated_places or places
    location = best_places.most_common(1)[0][0] if best_places else None
    # the summary says what happened on the event's date: reports that give another date
    # (a coarser "last month" folded in, a disagreeing day) are evidence of last resort
    on_date = [c for c in members if c.mention.value == value]
    evidence = _evidence_pool(on_date or members)
    names = own_names = set(actors) | set(places)
    # the articles' titles say what they are about: a passing mention in a US–China story
    titles = list(dict.fromkeys(c.article.title for c in members if c.article.title))
    if profile.keep != "all":
        names = own_names | {n for t in titles for n in title_names(t, profile)}
    if not profile.keeps(names, " ".join([*evidence, *titles])) and not _in_story(
            members, own_names, profile):
        return None
    context_triggers = [lemma for c in members for s in c.context for _, _, lemma in find_triggers(s)]
    trigger = best_trigger([c.trigger for c in members] + context_triggers)
    sources = _sources(members)
    summary_sentences = summarize(evidence, n=SUMMARY_SENTENCES, algorithm=summarizer)
    lead = next(
        (c for c in members if c.sentence.start < LEAD_CHARS and c.article.title
         and c.article.published is not None and c.mention.value == c.article.published.isoformat()),
        None,
    )
    people = [a for a in actors if a not in countries]
    datelined = bool(location) and any(
        c.sentence.start == 0 and location.upper() in c.sentence.text[:40] for c in members)
    title = event_title(people, trigger, location, summary_sentences, profile,
                        article_title=lead.article.title if lead else None, datelined=datelined)
    lo, hi = spans[value]
    return Event(
        key=event_key(value, people or list(actors), trigger, sources[0].evidence),
        date_value=value,
        precision=chosen.mention.precision,
        date_start=lo,
        date_end=hi,
        date_text=chosen.mention.text,
        date_reference=chosen.mention.reference or chosen.article.published,
        # "two days later", "the same day": counted from a day the article named
        date_reference_source=("article-day" if chosen.mention.anchor in ("article-day", "event-offset")
                               else chosen.article.published_source),
        title=title,
        summary=" ".join(summary_sentences),
        actors=actors,
        location=location,
        trigger=trigger,
        salience=salience(sources, support.get(value, 0),
                          share=min(1.0, cluster.value_support()[value] / max(1, support[value]))),
        sources=sources,
        date_disagreement=disagreement,
    )


def event_key(value: str, actors: Sequence[str], trigger: str | None, evidence: str) -> str:
    """A stable, content-derived key: date value, main actors, trigger, first evidence words."""
    words = " ".join(sorted(content_tokens(evidence)))[:200]
    raw = "|".join([value, ",".join(sorted(actors[:3])), trigger or "", words])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]
