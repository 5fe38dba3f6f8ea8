"""The intervals date mentions resolve to, with their ISO form, and the calendar they are counted on:
the days of a month or a year, a month some months away, the year a month named without one falls in."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Interval:
    start: date | None
    end: date | None

    @property
    def normal(self) -> str | None:
        """ISO 8601 `start/end`, an open end written `..` («с 2023 года»: `2023-01-01/..`)."""
        if self.start is None and self.end is None:
            return None
        return '/'.join(day.isoformat() if day else '..' for day in (self.start, self.end))


UNANCHORED = Interval(None, None)


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_span(year: int, first: int, last: int | None = None) -> Interval:
    last = last or first
    return Interval(date(year, first, 1), date(year, last, last_day(year, last)))


def year_span(first: int, last: int | None = None) -> Interval:
    return Interval(date(first, 1, 1), date(last or first, 12, 31))


def shifted_month(anchor: date, shift: int) -> Interval:
    index = anchor.year * 12 + anchor.month - 1 + shift
    return month_span(index // 12, index % 12 + 1)


def nearest_year(anchor: date, month: int) -> int:
    """The year of a month named without one: the document's own year, except across the turn
    of the year («в январе» written in December is next January, «в декабре» written in January
    the last December)."""
    if month <= 2 and anchor.month >= 11:
        return anchor.year + 1
    if month >= 11 and anchor.month <= 2:
        return anchor.year - 1
    return anchor.year
