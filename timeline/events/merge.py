"""Merging event candidates that report the same real event (within and across articles)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sumy.utils import get_stop_words

from summarize.tokenizers import word_tokens
from timeline.events.lexicon import MEETING_TRIGGERS
from timeline.records import EventCandidate

STOP_WORDS = frozenset(get_stop_words("english")) | frozenset(
    {"said", "says", "told", "year", "years", "week", "day", "today", "monday", "tuesday",
     "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "new"}
)
MEETINGS = MEETING_TRIGGERS | {"visit"}  # a visit, too, brings two parties together
SHARED_ACTOR_OVERLAP = 0.2  # content overlap needed when an actor is shared
CONTENT_ONLY_OVERLAP = 0.45  # content overlap needed without a shared actor
ADJACENT_DAY_OVERLAP = 0.5  # content overlap needed to merge two different days
MAX_CLUSTER_TOKENS_FROM = 4  # the cluster's profile of words comes from its first members


def content_tokens(text: str) -> frozenset[str]:
    """Content words of a text (lower-cased, stop words and numbers removed)."""
    return frozenset(
        w for w in word_tokens(text) if w not in STOP_WORDS and len(w) > 2 and not w.isdigit()
    )


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient of two word sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@dataclass
class Cluster:
    """Candidates believed to report one event (mutable, internal to merging)."""

    members: list[EventCandidate] = field(default_factory=list)
    tokens: frozenset[str] = frozenset()
    actors: set[str] = field(default_factory=set)
    triggers: Counter[str] = field(default_factory=Counter)
    ranges: dict[str, tuple[date, date]] = field(default_factory=dict)

    def add(self, cand: EventCandidate, tokens: frozenset[str], actors: set[str],
            span: tuple[date, date]) -> None:
        """Add a candidate and update the cluster's profile."""
        self.members.append(cand)
        if len(self.members) <= MAX_CLUSTER_TOKENS_FROM:
            self.tokens = self.tokens | tokens
        self.actors |= actors
        if cand.trigger:
            self.triggers[cand.trigger] += 1
        self.ranges.setdefault(cand.mention.value, span)

    def absorb(self, other: Cluster) -> None:
        """Take every member of ``other``."""
        self.members.extend(other.members)
        self.tokens = self.tokens | other.tokens
        self.actors |= other.actors
        self.triggers.update(other.triggers)
        for value, span in other.ranges.items():
            self.ranges.setdefault(value, span)

    def value_support(self) -> Counter[str]:
        """How many distinct articles give each date value."""
        # a dict, not a set: ties in most_common() then go to the first member, on every run
        pairs = dict.fromkeys((c.mention.value, c.article.source_id) for c in self.members)
        return Counter(value for value, _ in pairs)


def key_actors(actors: Iterable[str], countries: frozenset[str]) -> set[str]:
    """Actors that identify an event (countries are too common to)."""
    return {a for a in actors if a not in countries}


def similar(tokens_a: frozenset[str], actors_a: set[str], triggers_a: Iterable[str],
            tokens_b: frozenset[str], actors_b: set[str], triggers_b: Iterable[str],
            strict: bool = False) -> bool:
    """Whether two reports look like the same event (shared actor + words, or many words)."""
    score = overlap(tokens_a, tokens_b)
    shared = actors_a & actors_b
    if strict:
        return len(shared) >= 2 and score >= ADJACENT_DAY_OVERLAP
    if shared and (score >= SHARED_ACTOR_OVERLAP or set(triggers_a) & set(triggers_b) - {"say"}):
        return True
    return score >= CONTENT_ONLY_OVERLAP


def cluster_candidates(
    candidates: Sequence[EventCandidate],
    spans: dict[str, tuple[date, date]],
    countries: frozenset[str],
) -> list[Cluster]:
    """Group candidates into events.

    Same date value first (greedy, in input order), then a coarser date (2023, 2023-11) folds
    into a finer event inside its range when the two look alike, then events a day or two apart
    fold together only when they share two actors and most of their words (a date disagreement).
    """
    buckets: dict[str, list[Cluster]] = {}
    for cand in candidates:
        tokens = content_tokens(cand.sentence.text)
        actors = key_actors(cand.actors, countries)
        trig = [cand.trigger] if cand.trigger else []
        clusters = buckets.setdefault(cand.mention.value, [])
        target = None
        for cluster in clusters:
            if similar(tokens, actors, trig, cluster.tokens, cluster.actors, cluster.triggers):
                target = cluster
                break
        if target is None:
            target = Cluster()
            clusters.append(target)
        target.add(cand, tokens, actors, spans[cand.mention.value])
    all_clusters = [c for value in buckets for c in buckets[value]]
    all_clusters = _fold_coarse(all_clusters)
    return _fold_adjacent_days(all_clusters)


def _span_days(span: tuple[date, date]) -> int:
    return (span[1] - span[0]).days


def _main_span(cluster: Cluster) -> tuple[date, date]:
    """The date range of the cluster's best-supported value."""
    value = cluster.value_support().most_common(1)[0][0]
    return cluster.ranges[value]


def _fold_coarse(clusters: list[Cluster]) -> list[Cluster]:
    """Fold coarse-dated clusters into the most similar finer cluster within their range."""
    spans = [_main_span(c) for c in clusters]
    widths = [_span_days(s) for s in spans]
    finer_by_start = sorted(range(len(clusters)), key=lambda i: spans[i][0])
    starts = [spans[i][0] for i in finer_by_start]
    alive = [True] * len(clusters)
    for i in sorted(range(len(clusters)), key=lambda i: -widths[i]):
        if widths[i] < 1 or not clusters[i].actors:
            continue
        lo, hi = spans[i]
        best, best_score = None, 0.0
        for pos in range(bisect_left(starts, lo), bisect_right(starts, hi)):
            j = finer_by_start[pos]
            if j == i or not alive[j] or widths[j] >= widths[i] or spans[j][1] > hi:
                continue
            other = clusters[j]
            if not clusters[i].actors & other.actors or _one_article(clusters[i], other):
                continue
            score = overlap(clusters[i].tokens, other.tokens)
            same_trigger = bool(set(clusters[i].triggers) & set(other.triggers) - {"say"})
            # "since he met Biden last year": the same two people meeting within the year is
            # the meeting the finer event reports, whatever words each report uses
            same_pair = (len(clusters[i].actors & other.actors) >= 2
                         and bool(MEETINGS & (set(clusters[i].triggers) | set(other.triggers))))
            if (score >= SHARED_ACTOR_OVERLAP or same_trigger or same_pair) and score >= best_score:
                best, best_score = j, score
        if best is not None:
            clusters[best].absorb(clusters[i])
            alive[i] = False
    return [c for c, keep in zip(clusters, alive, strict=True) if keep]


def _same_sentence(a: Cluster, b: Cluster) -> bool:
    """Whether two clusters share a sentence: its two dates are two events ("drills last week
    after the May 20 inauguration")."""
    articles = {c.article.source_id for c in a.members} | {c.article.source_id for c in b.members}
    if len(articles) > 1:  # several reports: their words and actors decide
        return False
    seen = {(c.article.source_id, c.sentence.start) for c in a.members}
    return any((c.article.source_id, c.sentence.start) in seen for c in b.members)


def _one_article(a: Cluster, b: Cluster) -> bool:
    """Whether both clusters come from one article only: a month it names apart from a day it
    names is another event ("met on June 25 ... hosted Blinken in June")."""
    articles = {c.article.source_id for c in a.members} | {c.article.source_id for c in b.members}
    return len(articles) == 1


def _fold_adjacent_days(clusters: list[Cluster]) -> list[Cluster]:
    """Fold day clusters one or two days apart that are clearly the same event."""
    days = [(i, _main_span(c)) for i, c in enumerate(clusters)]
    days = [(i, s) for i, s in days if _span_days(s) == 0]
    days.sort(key=lambda x: x[1][0])
    parent = list(range(len(clusters)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for a in range(len(days)):
        i, span_i = days[a]
        for b in range(a + 1, len(days)):
            j, span_j = days[b]
            if (span_j[0] - span_i[0]).days > 2:
                break
            if span_j[0] == span_i[0]:
                continue
            ci, cj = clusters[root(i)], clusters[root(j)]
            if root(i) == root(j):
                continue
            # one article naming two days tells two events ("Biden said on Sunday ... the
            # ministry said Monday"); reports a day apart of one event need two articles
            if similar(ci.tokens, ci.actors, ci.triggers, cj.tokens, cj.actors, cj.triggers,
                       strict=True) and not _same_sentence(ci, cj) and not _one_article(ci, cj):
                ri, rj = root(i), root(j)
                clusters[ri].absorb(clusters[rj])
                parent[rj] = ri
    return [c for i, c in enumerate(clusters) if parent[i] == i]
