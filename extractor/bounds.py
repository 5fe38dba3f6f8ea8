"""What one document's parses were cut short by: the caps on a chart's states and on the readings of its
matches (counts, so the same words are cut the same way on any machine), and, last, a time budget.

A sentence whose words join in many ways («A и B и C ...», read as one party, two, three, ...) has as
many readings as there are ways; yargy's chart, and this parser's, keeps a state for each. The caps
(`earley.STATES_KEPT`, `parse.READ_WORDS_KEPT`, `parse.READINGS_KEPT`) are set far above what any sentence
of the dev corpora reaches, so they cut only such sentences; the document's `warnings` say which
grammar stopped where. The time budget is a guard against what the caps miss: once a document has
taken more CPU than `budget_seconds` allows for its length, its remaining sentences are not parsed, and
the warning says so, and that where it fell depends on the machine's speed.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from contextvars import ContextVar

# a document's CPU time before its remaining sentences go unparsed: news runs at some 7 µs a character
# here, and a sentence of 2,000 characters built to cost most at about 0.5 ms a character
SECONDS_A_DOCUMENT = 10.0
SECONDS_A_CHARACTER = 0.002
# parses cut short named one by one in a document's warnings; the rest are counted in one more
MAX_PARSE_WARNINGS = 3


def budget_seconds(length: int) -> float:
    return SECONDS_A_DOCUMENT + SECONDS_A_CHARACTER * length


class Bounds:
    """One document's record of what was cut short, and its clock (the CPU time of its thread)."""

    def __init__(self, length: int, clock=time.thread_time):
        self.clock = clock
        self.budget = budget_seconds(length)
        self.deadline = clock() + self.budget
        self.cuts: dict[tuple[int, int, str], list[str]] = {}  # (sentence start, end, grammar) → what
        self.unparsed: dict[tuple[int, int], None] = {}  # sentences left unparsed for want of time

    def in_time(self, start: int, end: int) -> bool:
        """Whether the sentence at start..end may be parsed; once the budget is spent, no sentence is."""
        if not self.unparsed and self.clock() <= self.deadline:
            return True
        self.unparsed[start, end] = None
        return False

    def cut(self, start: int, end: int, grammar: str, what: str) -> None:
        said = self.cuts.setdefault((start, end, grammar), [])
        if what not in said:
            said.append(what)

    def warnings(self) -> tuple[str, ...]:
        found = [f'sentence at {start}..{end}: {grammar} cut short: {"; ".join(said)}'
                 for (start, end, grammar), said in self.cuts.items()]
        if len(found) > MAX_PARSE_WARNINGS:
            more = len(found) - MAX_PARSE_WARNINGS
            found[MAX_PARSE_WARNINGS:] = [f'{more} more parse{"s" * (more > 1)} cut short']
        if self.unparsed:
            (start, end), count = next(iter(self.unparsed)), len(self.unparsed)
            found.append(f'time budget of {self.budget:.1f} s of CPU spent: {count} sentence{"s" * (count > 1)} '
                         f'from {start}..{end} on not parsed (a last resort, so where it falls depends on the '
                         f"machine's speed)")
        return tuple(found)


CURRENT: ContextVar[Bounds | None] = ContextVar('bounds', default=None)


@contextmanager
def document_bounds(length: int):
    """The bounds of a document of `length` characters, for the parses made while it is extracted; the
    parses of a phrase outside any document (`try`, the tests of a rule) have none."""
    bounds = Bounds(length)
    token = CURRENT.set(bounds)
    try:
        yield bounds
    finally:
        CURRENT.reset(token)


def current() -> Bounds | None:
    return CURRENT.get()
