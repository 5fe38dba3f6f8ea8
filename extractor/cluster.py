"""Extraction on a Dask cluster: a bag of texts to a bag of records, and the CLI's `--dask`.

Needs the `dask` extra (`pip install .[dask]`) on the client, the scheduler and every worker, this
package installed on each of them too: tasks name this module's functions rather than carry their code,
and the scheduler unpickles them.
Dask is imported only when one of these functions runs: the CLI imports this module without paying for it.

Each worker process builds one `Extractor` on its first document and keeps it (`batch.extractor()`);
a document is extracted by `batch.extract_one`, the very code of the local run, so the records are the
same, in the same order. The work is pure Python and holds the GIL: give workers one thread each
(`--nthreads 1`, or `threads_per_worker=1`) and as many processes as cores. A worker's threads share
its extractor safely (`Extractor.build`), but gain nothing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date as Date
from itertools import islice
from typing import Any

from extractor.batch import Job, Result, extract_one
from extractor.inputs import READERS, Input, feed_problem

# documents in one task: enough that the scheduler's cost per task is small beside the extraction,
# few enough that every worker gets some of a short batch
CHUNK = 8
# tasks in flight per worker thread while the results are read back in order
AHEAD = 4


class ClusterError(Exception):
    """No Dask installed, or no scheduler at the address given; the message says which."""


def extract_bag(bag, date: Date | str | None = None, entities: bool = False, trace: bool = False):
    """A lazy `dask.bag.Bag` of the contract's records (`Document.as_json()`), one per item, in order.

    An item is a text (`str`, named by its index in the bag: '0', '1', ...), a record like a line of a
    JSON Lines feed, `{'id': 'tass-1', 'text': '...', 'date': '2025-10-22'}` (`id` and `date` optional;
    without `id` the name is the index; the record's `date` wins over `date`), or an `inputs.Input`
    (what `bag_from_paths` gives). The records are those of `Extractor().extract(...)` run locally.

    An item that cannot be extracted (an empty text, a record without a string `text`, a bad date, an
    exception in the extractor) stays in its place as `{'doc': NAME, 'error': 'NAME: why'}`, so the
    output has as many items as the input; `bag.filter(lambda record: 'error' not in record)` drops them.
    """
    from dask import delayed
    from dask.bag import from_delayed

    job = Job(date=Date.fromisoformat(date) if isinstance(date, str) else date, entities=entities, trace=trace)
    parts = bag.to_delayed()
    starts = [0]
    for part in parts[:-1]:  # a text's name is its index in the whole bag: the sizes of the parts before it
        starts.append(delayed(int.__add__, pure=True)(starts[-1], delayed(len, pure=True)(part)))
    tasks = [delayed(extract_part, pure=True)(part, start, job) for part, start in zip(parts, starts, strict=True)]
    return from_delayed(tasks)


def extract_part(items: Iterable, start: int, job: Job) -> list[dict[str, Any]]:
    """One partition of `extract_bag`, run on a worker."""
    return [record(extract_one(as_input(item, start + offset), job)) for offset, item in enumerate(items)]


def as_input(item, index: int) -> Input:
    """A bag's item as the batch's input: the checks a JSON Lines feed gets, named as the CLI names it."""
    if isinstance(item, Input):
        return item
    name = str(index)
    if isinstance(item, str):
        return Input(name, text=item) if item.strip() else Input(name, error=f'{name}: empty input')
    if not isinstance(item, dict):
        return Input(name, error=f'{name}: not a text or a record but {type(item).__name__}')
    doc_id, day = item.get('id'), item.get('date')
    if isinstance(doc_id, (str, int, float)) and not isinstance(doc_id, bool):
        name = str(doc_id)
    if isinstance(day, Date):  # Python callers may give a date rather than its ISO text
        item = {**item, 'date': day.isoformat()}
    problem = feed_problem(item)
    if problem:
        return Input(name, error=f'{name}: {problem}')
    return Input(name, text=item['text'], date=item.get('date'))


def record(result: Result) -> dict[str, Any]:
    if result.document is None:
        return {'doc': result.name, 'error': result.error}
    return result.document.as_json()


def bag_from_paths(paths: list[str], input_format: str = 'text', partition_size: int = CHUNK):
    """A bag of the inputs the CLI would read from `paths` (files, directories, `-` for stdin), in order.

    `input_format` is `text` (a file is a document) or `jsonl` (a line is one). The files are read here,
    on the client, and their texts shipped to the workers; an input that cannot be read becomes an
    error item of `extract_bag` with the CLI's message (`feed.jsonl:17: not JSON ...`).
    """
    from dask.bag import from_sequence

    items = list(READERS[input_format](paths))
    return from_sequence(items, partition_size=partition_size) if items else from_sequence([], npartitions=1)


def extract_chunk(items: list[Input], job: Job) -> list[Result]:
    """One task of `cluster_results`, run on a worker."""
    return [extract_one(item, job) for item in items]


def cluster_results(items: Iterable[Input], job: Job, client) -> Iterator[Result]:
    """Each input's result, in input order, extracted on the cluster `client` is connected to: what
    `batch.extract_all` gives locally. A few tasks per worker thread are in flight at a time, so a
    stream of inputs is never all in memory. A document's own failure is its result's error, as in the
    local run; a failure of the cluster (a worker lost for good, this package missing on the scheduler
    or a worker) raises `ClusterError`. A scheduler with no worker yet is waited on, as Dask does."""
    items = iter(items)
    threads = sum(client.nthreads().values()) or 1
    pending: deque = deque()
    while chunk := list(islice(items, CHUNK)):
        pending.append(client.submit(extract_chunk, chunk, job, pure=False))
        if len(pending) >= threads * AHEAD:
            yield from gathered(pending.popleft())
    while pending:
        yield from gathered(pending.popleft())


def gathered(future) -> list[Result]:
    try:
        return future.result()
    except Exception as error:  # extract_one keeps a document's own errors: this is the cluster's
        message = ' '.join(str(error).split())  # Dask's messages run over several lines
        raise ClusterError(f'the Dask cluster failed: {type(error).__name__}: {message}') from error


def connect(address: str):
    """A `dask.distributed.Client` of the scheduler at `address` (`tcp://10.0.0.5:8786`)."""
    try:
        from distributed import Client
    except ImportError as error:
        if (error.name or '').partition('.')[0] not in ('dask', 'distributed'):
            raise
        raise ClusterError('--dask needs Dask: pip install .[dask]') from None
    try:
        return Client(address, timeout='30s', set_as_default=False)
    except (OSError, ValueError) as error:
        raise ClusterError(f'{address}: cannot connect to the Dask scheduler ({error})') from None
