"""Extraction of many documents, in input order, on one process or a pool of them.

Output must not depend on the number of processes: results come back in input order, and each
document is extracted by the same code with no state carried from one document to the next that
could change its records.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Sized
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.inputs import PATTERNS, Input
from extractor.pool import Pool
from extractor.records import Document

if TYPE_CHECKING:
    from extractor import Extractor

# processes per core at most: beyond one the work gains nothing, each process costs its memory
MAX_JOBS_PER_CORE = 4
# A pool costs its start (every grammar read and a warm-up text before the fork): the second process wins
# it back from about 4,000 characters of text on, 8,000 bytes of Cyrillic UTF-8. Wall time of the command
# line, one process / two, on this project's 2-core machine (benchmarks/pool_break_even.py, 2026-12-08):
#   texts of 400 characters: 2 of them 0.45 / 0.46 s, 4: 0.48 / 0.51 s, 8: 0.56 / 0.48 s, 16: 0.66 / 0.52 s
#   NEREL texts: 2 (6,900 characters) 0.56 / 0.51 s, 4 (9,800) 0.66 / 0.61 s, 32 (52,000) 1.24 / 0.76 s
# A smaller batch, where its size is known before it starts, runs in one process when --jobs is not given.
SMALL_BATCH_BYTES = 8_000


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


_extractor: Extractor | None = None
_making = threading.Lock()


def extractor() -> Extractor:
    """The process's one extractor, built on first use (or before the pool forks, so workers share it);
    one for all the threads of a Dask worker too."""
    global _extractor
    with _making:
        if _extractor is None:
            from extractor import Extractor
            _extractor = Extractor()
    return _extractor


def extract_one(item: Input, job: Job) -> Result:
    return extract_with(extractor(), item, job)


def extract_with(using: Extractor, item: Input, job: Job) -> Result:
    if item.error or item.text is None:
        return Result(item.name, error=item.error)
    try:
        document = using.extract(item.text, date=item.date or job.date, entities=job.entities,
                                       trace=job.trace, doc=item.name)
    except Exception as error:  # one document's failure must not lose the batch
        why = ' '.join(str(error).split())  # one line, whatever the exception's message holds
        return Result(item.name, error=f'{item.name}: {type(error).__name__}' + (f': {why}' if why else ''))
    return Result(item.name, document=document, text=item.text)


def jobs_by_size(paths: list[str], input_format: str) -> int:
    """The processes `--jobs` defaults to: one per core, but one for a batch too small to pay for a pool."""
    size = batch_bytes(paths, input_format, at_most=SMALL_BATCH_BYTES)
    return 1 if size is not None and size < SMALL_BATCH_BYTES else default_jobs()


def batch_bytes(paths: list[str], input_format: str, at_most: int) -> int | None:
    """The bytes of the inputs, counted up to `at_most`; None when one is stdin, a pipe or missing."""
    total = 0
    for raw in paths:
        path = Path(raw)
        files = sorted(path.rglob(PATTERNS[input_format])) if path.is_dir() else [path]
        for file in files:
            if raw == '-' or not file.is_file():
                return None
            total += file.stat().st_size
            if total >= at_most:
                return total
    return total


def capped_jobs(asked: int, documents: int | None) -> int:
    """`--jobs` as run: no more processes than documents (where their number is known), nor than a few
    per core: the work is all computation, and a process more only adds its memory."""
    return max(1, min(asked, MAX_JOBS_PER_CORE * default_jobs(), documents or asked))


def extract_all(items: Iterable[Input], job: Job, jobs: int = 1, using: Extractor | None = None) -> Iterator[Result]:
    """Each input's result, in input order, whatever `jobs` is, each as soon as it and those before it
    are done: a live feed is read and answered a document at a time. `using`: the extractor to run
    (`Extractor.pipe`'s own), the process's one by default."""
    if isinstance(items, Sized):
        jobs = min(jobs, len(items))
    extract = extract_one if using is None else partial(extract_with, using)
    if jobs <= 1:
        yield from (extract(item, job) for item in items)
        return
    (using or extractor()).warm()  # built once here; forked workers share the parsers, not each its own
    yield from Pool(extract, job, jobs).results(iter(items))
