"""Where the CPU-heavy step runs: this process, a Dask LocalCluster of N processes, or a cluster.

Event extraction (sentences -> temporal tags -> candidates) is independent per article, so it is
mapped over contiguous batches of articles; merging across the whole run (clusters, summaries,
salience) needs every candidate and runs once, afterwards. Concatenating the batches' candidates
in article order gives exactly what one ``extract_candidates`` call over all articles gives, so
the events do not depend on the number of workers (tests check this).
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from typing import Any

from timeline.records import Article, Event, EventCandidate

Spans = dict[str, tuple[date, date]]
# Below this many articles per worker, starting worker processes costs more than it saves.
MIN_BATCH = 25
# Articles each process of this machine takes at least when one run extracts in several (a new
# interpreter that imports the extractor costs about a second: below this, one process is faster)
LOCAL_MIN_BATCH = 150
LOCAL_PROCESSES = 2  # at most, on a machine with that many cores

LOGGER = logging.getLogger(__name__)


def task_runner(workers: int = 1, address: str | None = None) -> Any:
    """Prefect task runner for ``workers`` processes, or for the Dask scheduler at ``address``.

    One worker and no address: Prefect's default thread pool (nothing starts). Otherwise a
    ``DaskTaskRunner``: on a ``LocalCluster`` of ``workers`` single-threaded processes, or
    connected to an existing Dask cluster (``tcp://host:8786``) whose workers have this project
    installed.

    Example:
        >>> from flows.pipeline import timeline_flow
        >>> flow = timeline_flow.with_options(task_runner=task_runner(4))  # doctest: +SKIP
    """
    if address is None and workers <= 1:
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner()
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return _local_runner_class()(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                        "dashboard_address": None},
    )


def _local_runner_class() -> type:
    """DaskTaskRunner whose LocalCluster workers report to this flow run's Prefect API."""
    from prefect_dask import DaskTaskRunner

    class LocalDaskTaskRunner(DaskTaskRunner):
        """Passes the API URL (also a temporary server's) and quiet Dask logs to the workers."""

        def __enter__(self):  # type: ignore[no-untyped-def]
            from prefect.settings import PREFECT_API_URL

            env = dict(self.cluster_kwargs.get("env") or {})
            if PREFECT_API_URL.value():
                env["PREFECT_API_URL"] = str(PREFECT_API_URL.value())
            for name in ("DASK_LOGGING__DISTRIBUTED", "PREFECT_LOGGING_LEVEL"):
                if name in os.environ:
                    env[name] = os.environ[name]
            self.cluster_kwargs = {**self.cluster_kwargs, "env": env}
            return super().__enter__()

    return LocalDaskTaskRunner


def batches(articles: Sequence[Article], workers: int, min_batch: int = MIN_BATCH) -> list[list[Article]]:
    """Contiguous batches of ``articles``, in order: about one per worker, none tiny.

    Example:
        >>> [len(b) for b in batches([Article(str(i), "x") for i in range(100)], 3, min_batch=10)]
        [34, 34, 32]
    """
    if not articles:
        return []
    count = max(1, min(workers, len(articles) // max(1, min_batch)))
    size = math.ceil(len(articles) / count)
    return [list(articles[i : i + size]) for i in range(0, len(articles), size)]


def merge_parts(
    parts: Sequence[tuple[list[EventCandidate], Spans]],
) -> tuple[list[EventCandidate], Spans]:
    """The batches' candidates concatenated in order, and their date ranges in first-seen order."""
    candidates: list[EventCandidate] = []
    spans: Spans = {}
    for part_candidates, part_spans in parts:
        candidates.extend(part_candidates)
        for value, span in part_spans.items():
            spans.setdefault(value, span)
    return candidates, spans


def local_processes() -> int:
    """Processes of this machine one run extracts events in: its cores, up to LOCAL_PROCESSES."""
    return max(1, min(LOCAL_PROCESSES, os.cpu_count() or 1))


def events_locally(articles: Sequence[Article], topic: str, summarizer: str
                   ) -> tuple[list[Event], list[str]]:
    """``build_events`` of ``articles`` with their extraction in ``local_processes()`` processes
    (one when the batch is too small for more), and the source ids extraction failed on."""
    from timeline.events import events_from_candidates, load_profile

    candidates, spans, failed = extract_locally(articles, topic, local_processes())
    return events_from_candidates(candidates, spans, load_profile(topic), summarizer), failed


def extract_locally(
    articles: Sequence[Article], topic: str, processes: int, min_batch: int = LOCAL_MIN_BATCH,
) -> tuple[list[EventCandidate], Spans, list[str]]:
    """Event candidates of ``articles``, their date ranges and the source ids extraction failed
    on, using up to ``processes`` processes of this machine: this one takes the first batch while
    new ones (spawned: they import the extractor, not Prefect) take the others.

    The result is the same as one ``extract_candidates`` call (batches are contiguous and joined
    in order). A batch whose process cannot start or dies is extracted here instead, with a
    warning: the run goes on at the speed of one process.
    """
    from timeline.events.build import extract_part

    parts = batches(articles, processes, min_batch)
    if len(parts) <= 1:
        return extract_part(articles, topic)
    results: list[tuple[list[EventCandidate], Spans, list[str]] | None] = [None] * len(parts)
    try:
        with ProcessPoolExecutor(len(parts) - 1, mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = [pool.submit(extract_part, part, topic) for part in parts[1:]]
            results[0] = extract_part(parts[0], topic)
            for k, future in enumerate(futures, start=1):
                try:
                    results[k] = future.result()
                except Exception as err:  # noqa: BLE001 (its batch is extracted here instead)
                    LOGGER.warning("an extraction process failed (%s: %s); extracting its %d "
                                   "articles here", type(err).__name__, err, len(parts[k]))
    except (BrokenProcessPool, OSError) as err:  # no process could start
        LOGGER.warning("could not start extraction processes (%s: %s); extracting here",
                       type(err).__name__, err)
    for k, part in enumerate(parts):
        if results[k] is None:
            results[k] = extract_part(part, topic)
    done = [r for r in results if r is not None]
    candidates, spans = merge_parts([(c, s) for c, s, _ in done])
    return candidates, spans, [source_id for _, _, failed in done for source_id in failed]
