"""Extraction of many documents, in input order, on one process or a pool of them.

Output must not depend on the number of processes: results come back in input order, and each
document is extracted by the same code with no state carried from one document to the next that
could change its records.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sized
from dataclasses import dataclass, replace
from datetime import date
from multiprocessing.connection import Connection, wait

from extractor.inputs import Input
from extractor.records import Document

# documents read ahead of the output, per process: enough to keep every worker busy while a slow one
# holds the head of the line, few enough that a stream of millions of files is never all in memory
WINDOW_PER_JOB = 32
# processes per core at most: beyond one the work gains nothing, each process costs its memory
MAX_JOBS_PER_CORE = 4


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
_making = threading.Lock()


def extractor():
    """The process's one extractor, built on first use (or before the pool forks, so workers share it);
    one for all the threads of a Dask worker too."""
    global _extractor
    with _making:
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


def capped_jobs(asked: int, documents: int | None) -> int:
    """`--jobs` as run: no more processes than documents (where their number is known), nor than a few
    per core: the work is all computation, and a process more only adds its memory."""
    return max(1, min(asked, MAX_JOBS_PER_CORE * default_jobs(), documents or asked))


def extract_all(items: Iterable[Input], job: Job, jobs: int = 1) -> Iterator[Result]:
    """Each input's result, in input order, whatever `jobs` is, each as soon as it and those before it
    are done: a live feed is read and answered a document at a time."""
    if isinstance(items, Sized):
        jobs = min(jobs, len(items))
    if jobs <= 1:
        yield from (extract_one(item, job) for item in items)
        return
    extractor().warm()  # built once here; forked workers share the parsers instead of each building its own
    yield from Pool(job, jobs).results(iter(items))


def _work(connection: Connection, job: Job, inherited: list[Connection]) -> None:
    """A worker process: a document in, its result out, until told to stop or the parent is gone."""
    for other in inherited:  # the parent's ends, copied by fork: with them closed, the parent's exit is an EOF
        other.close()
    # Ctrl-C reaches every process of the terminal's group: a worker ends without a traceback, and the
    # parent, which gets it too, says so once
    signal.signal(signal.SIGINT, lambda *_: os._exit(1))
    while True:
        try:
            task = connection.recv()
        except EOFError:  # the parent is gone
            return
        if task is None:
            return
        index, item = task
        connection.send((index, replace(extract_one(item, job), text=None)))  # the parent has the text


def _read_ahead(items: Iterator[Input], inbox: Connection, room: threading.Semaphore) -> None:
    """The inputs, read on a thread of their own so that a result is written while the next input is
    still awaited (a live stdin feed), never more than the window ahead of the output; None at the end."""
    try:
        for item in items:
            room.acquire()
            inbox.send(item)
        inbox.send(None)
    except BaseException as error:  # raised again where the results are read
        inbox.send(RuntimeError(f'{type(error).__name__}: {error}'))


@dataclass
class Worker:
    """A worker process, the parent's end of its pipe and the document it holds (its index and input)."""

    process: multiprocessing.process.BaseProcess
    connection: Connection
    doing: tuple[int, Input] | None = None


class Pool:
    """Worker processes, a document each at a time. One that dies (the OOM killer, a crash, kill -9) loses
    the document it held, which is an error of its own; a new process takes its place."""

    def __init__(self, job: Job, jobs: int):
        self.job = job
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context('fork' if 'fork' in methods else 'spawn')
        self.workers: list[Worker] = []
        # forked before the reading thread starts; a replacement for a dead one is forked beside it, which
        # is safe: a worker touches nothing that thread may hold locked (it reads its own pipe only)
        for _ in range(jobs):
            self.workers.append(self.start())

    def start(self) -> Worker:
        parent_end, child_end = self.context.Pipe()
        forked = self.context.get_start_method() == 'fork'
        inherited = [parent_end, *(worker.connection for worker in self.workers)] if forked else []
        process = self.context.Process(target=_work, args=(child_end, self.job, inherited), daemon=True)
        process.start()
        child_end.close()
        return Worker(process, parent_end)

    def results(self, items: Iterator[Input]) -> Iterator[Result]:
        inbox, sender = multiprocessing.Pipe(duplex=False)
        room = threading.Semaphore(len(self.workers) * WINDOW_PER_JOB)
        threading.Thread(target=_read_ahead, args=(items, sender, room), daemon=True).start()
        finished = False
        try:
            yield from self.in_order(inbox, room)
            finished = True
        finally:
            self.close(finished)

    def in_order(self, inbox: Connection, room: threading.Semaphore) -> Iterator[Result]:
        """Each result as soon as it and those before it are done, while the inputs are still coming."""
        done: dict[int, Result] = {}
        waiting: deque[tuple[int, Input]] = deque()
        read = written = 0
        reading = True
        while True:
            while written in done:
                yield done.pop(written)
                written += 1
                room.release()
            if not reading and written == read:
                return
            self.dispatch(waiting)
            busy = [worker for worker in self.workers if worker.doing]
            for ready in wait([*([inbox] if reading else []), *(worker.process.sentinel for worker in busy),
                               *(worker.connection for worker in busy)]):
                if ready is inbox:
                    reading = self.received(inbox.recv(), read, done, waiting)
                    if reading:
                        read += 1
            done.update(self.collect(busy))

    def received(self, item: Input | BaseException | None, index: int, done: dict[int, Result],
                 waiting: deque[tuple[int, Input]]) -> bool:
        """An input from the reading thread put where it goes; False at the end of the inputs."""
        if isinstance(item, BaseException):
            raise item
        if item is None:
            return False
        if item.error:  # nothing to extract: the error is its result
            done[index] = extract_one(item, self.job)
        else:
            waiting.append((index, item))
        return True

    def dispatch(self, waiting: deque[tuple[int, Input]]) -> None:
        for worker in self.workers:
            if waiting and not worker.doing:
                worker.doing = waiting.popleft()
                try:
                    worker.connection.send(worker.doing)
                except OSError:  # dead already: its sentinel says so next
                    pass

    def collect(self, busy: list[Worker]) -> Iterator[tuple[int, Result]]:
        """The results of the workers done, and an error for the document of each that died."""
        for worker in busy:
            index, item = worker.doing
            try:
                if not worker.connection.poll():
                    if worker.process.is_alive():
                        continue
                    raise EOFError
                _, result = worker.connection.recv()
            except (EOFError, OSError):
                yield index, Result(item.name, error=f'{item.name}: the process extracting it died ({death(worker)})')
                self.workers[self.workers.index(worker)] = self.start()
                continue
            worker.doing = None
            yield index, replace(result, text=item.text) if result.document is not None else result

    def close(self, finished: bool) -> None:
        for worker in self.workers:
            try:
                worker.connection.send(None)
            except OSError:  # dead already
                pass
            if not finished:  # interrupted, or the output failed: what the workers hold is not wanted
                worker.process.terminate()
        for worker in self.workers:
            worker.process.join()
            worker.connection.close()


def death(worker: Worker) -> str:
    worker.process.join()
    worker.connection.close()
    code = worker.process.exitcode
    return f'killed by {signal.Signals(-code).name}' if code and code < 0 else f'exit status {code}'
