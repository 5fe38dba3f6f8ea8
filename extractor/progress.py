"""A progress line on stderr for a batch: documents done (of how many), rate and time left.

The standard library is enough for one line redrawn with a carriage return; tqdm would add a dependency
for what fits on a screen. The line is drawn only on a terminal: in a log file or a pipe it would be noise.
Every other stderr message of the batch goes through `message()`, which clears the line first so that
an error never lands in the middle of the bar.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import TextIO

BAR_WIDTH = 20
# what would break a message's line or rewrite the terminal if printed raw: control characters (a newline
# or ESC in a file name), line and paragraph separators, the surrogates of undecodable bytes in a name
UNPRINTABLE = re.compile('[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]')
REDRAW_EVERY = 0.2  # seconds: a fast batch must not spend its time drawing
CLEAR = '\r\x1b[K'  # back to the start of the line, erase to its end


def one_line(message: str) -> str:
    """The message with each unprintable character as its Python escape: `bad\\nname.txt`."""
    return UNPRINTABLE.sub(lambda found: ascii(found.group())[1:-1], message)


def duration(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f'{hours}:{minutes:02}:{seconds:02}' if hours else f'{minutes}:{seconds:02}'


def progress_line(done: int, total: int | None, elapsed: float, finished: bool = False) -> str:
    """`[#####...............] 12/40 docs  3.1 docs/s  0:09 left`; without a total, no bar and no time left."""
    rate = done / elapsed if elapsed > 0 else 0.0
    if total:
        filled = BAR_WIDTH * min(done, total) // total
        head = f'[{"#" * filled}{"." * (BAR_WIDTH - filled)}] {done}/{total} docs'
    else:
        head = f'{done} docs'
    parts = [head, f'{rate:.1f} docs/s']
    if finished:
        parts.append(f'{duration(elapsed)} in all')
    elif total and rate > 0:
        parts.append(f'{duration(max(0, total - done) / rate)} left')
    return '  '.join(parts)


class Progress:
    """`step()` after each document, `message(line)` for anything else bound for the same stream."""

    def __init__(self, stream: TextIO, total: int | None = None, shown: bool = False,
                 clock: Callable[[], float] = time.monotonic):
        self.stream = stream
        self.total = total
        self.shown = shown
        self.clock = clock
        self.done = 0
        self.started = clock()
        self.drawn_at: float | None = None

    def __enter__(self) -> Progress:
        self.draw()
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def draw(self) -> None:
        if self.shown:
            now = self.clock()
            self.stream.write(CLEAR + progress_line(self.done, self.total, now - self.started))
            self.stream.flush()
            self.drawn_at = now

    def step(self) -> None:
        self.done += 1
        last = self.total is not None and self.done >= self.total
        if last or self.drawn_at is None or self.clock() - self.drawn_at >= REDRAW_EVERY:
            self.draw()

    def message(self, line: str) -> None:
        if self.shown and self.drawn_at is not None:
            self.stream.write(CLEAR)
        self.stream.write(one_line(line) + '\n')
        self.stream.flush()
        if self.drawn_at is not None:
            self.draw()

    def close(self) -> None:
        """The last line stays on the terminal: how many documents, how fast, how long it took."""
        if self.shown and self.drawn_at is not None:
            elapsed = self.clock() - self.started
            self.stream.write(CLEAR + progress_line(self.done, self.total, elapsed, finished=True) + '\n')
            self.stream.flush()
            self.drawn_at = None
