"""Worker processes for a batch, a document each at a time, in input order (`extractor.batch`).

One that dies (the OOM killer, a crash, kill -9) loses the document it held, which is an error of its own;
a new process takes its place. Inputs are read on a thread of their own, so that a live feed is answered
a document at a time.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractor.batch import Job, Result
    from extractor.inputs import Input

# documents read ahead of the output, per process: enough to keep every worker busy while a slow one
# holds the head of the line, few enough that a stream of millions of files is never all in memory
WINDOW_PER_JOB = 32

Extract = Callable[['Input', 'Job'], 'Result']


def _work(connection: Connection, extract: Extract, job: Job, inherited: list[Connection]) -> None:
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
        connection.send((index, replace(extract(item, job), text=None)))  # the parent has the text


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

    def __init__(self, extract: Extract, job: Job, jobs: int):
        self.extract = extract
        self.job = job
        methods = multiprocessing.get_all_start_methods()
        self.context = (multiprocessing.get_context('fork') if 'fork' in methods
                        else multiprocessing.get_context('spawn'))
        self.workers: list[Worker] = []
        # forked before the reading thread starts; a replacement for a dead one is forked beside it, which
        # is safe: a worker touches nothing that thread may hold locked (it reads its own pipe only)
        for _ in range(jobs):
            self.workers.append(self.start())

    def start(self) -> Worker:
        parent_end, child_end = self.context.Pipe()
        forked = self.context.get_start_method() == 'fork'
        inherited = [parent_end, *(worker.connection for worker in self.workers)] if forked else []
        process = self.context.Process(target=_work, args=(child_end, self.extract, self.job, inherited),
                                       daemon=True)
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
            done[index] = self.extract(item, self.job)
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
            if worker.doing is None:  # busy ones only: each holds a document
                continue
            index, item = worker.doing
            try:
                if not worker.connection.poll():
                    if worker.process.is_alive():
                        continue
                    raise EOFError
                _, result = worker.connection.recv()
            except (EOFError, OSError):
                # the input with this error is its own result, as an input that could not be read is
                died = f'{item.name}: the process extracting it died ({death(worker)})'
                yield index, self.extract(replace(item, error=died), self.job)
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
