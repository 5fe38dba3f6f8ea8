"""Extraction of many documents, in input order, on one process or a pool of them.

Output must not depend on the number of processes: results come back in input order, and each
document is extracted by the same code with no state carried from one document to the next that
could change its records.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import chain, islice

from extractor.inputs import Input
from extractor.records import Document

# documents in the pool's hands at a time: enough to keep every worker busy, few enough that a
# stream of millions of files is never all in memory
WINDOW_PER_JOB = 32
# documents a worker is sent at once: fewer messages between the processes, and a small part of the
# window each
DOCUMENTS_PER_TASK = 4


@dataclass(frozen=True)
class Job:
    """What to extract from every document of a batch."""

    date: date | None = None
    entities: bool = False
    trace: bool = False


@dataclass(frozen=True)
class Result:
    """One input's outcome: its records, or a one-line error."""

    name: str
    document: Document | None = None
    error: str | None = None
    text: str | None = None  # the text the document's offsets point into


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


_extractor = None


def extractor():
    """The process's one extractor, built on first use (or before the pool forks, so workers share it)."""
    global _extractor
    if _extractor is None:
        from extractor import Extractor
        _extractor = Extractor()
    return _extractor


def extract_one(item: Input, job: Job) -> Result:
    if item.error:
        return Result(item.name, error=item.error)
    try:
        document = extractor().extract(item.text, date=item.date or job.date, entities=job.entities,
                                       trace=job.trace, doc=item.name)
    except Exception as error:  # one document's failure must not lose the batch
        why = ' '.join(str(error).split())  # one line, whatever the exception's message holds
        return Result(item.name, error=f'{item.name}: {type(error).__name__}' + (f': {why}' if why else ''))
    return Result(item.name, document=document, text=item.text)


def _extract_in_worker(task: tuple[list[Input], Job]) -> list[Result]:
    # the text goes back without its copy: the parent has it
    items, job = task
    return [replace(extract_one(item, job), text=None) for item in items]


def extract_all(items: Iterable[Input], job: Job, jobs: int = 1) -> Iterator[Result]:
    """Each input's result, in input order, whatever `jobs` is."""
    items = iter(items)
    first = list(islice(items, 2))
    if jobs <= 1 or len(first) < 2:
        for item in [*first, *items]:
            yield extract_one(item, job)
        return
    extractor().warm()  # built once here; forked workers share the parsers instead of each building its own
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context('fork' if 'fork' in methods else 'spawn')
    with context.Pool(jobs) as pool:
        # a sliding window, not batches: a worker done with its part never waits for a slow document
        # of the other's before it gets more
        ahead: deque = deque()
        pending = chain(first, items)
        while chunk := list(islice(pending, DOCUMENTS_PER_TASK)):
            ahead.append((chunk, pool.apply_async(_extract_in_worker, ((chunk, job),))))
            if len(ahead) * DOCUMENTS_PER_TASK >= jobs * WINDOW_PER_JOB:
                yield from returned(*ahead.popleft())
        while ahead:
            yield from returned(*ahead.popleft())


def returned(chunk: list[Input], task) -> list[Result]:
    return [replace(done, text=item.text) if done.document is not None else done
            for item, done in zip(chunk, task.get(), strict=True)]
