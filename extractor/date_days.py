"""Dates named by their days and months: «8 июля», «с 8 по 9 июля», «с 28 декабря по 5 января 2020 года»,
«08.07.2025», «июньского саммита», «в пятницу», «сегодня, 26 октября», «накануне»."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from extractor.date_intervals import UNANCHORED, Interval, last_day, month_span, nearest_year
from extractor.date_words import explicit_year, group_of, lookup, month_numbers, numbered, numbers, shift_of, year_of
from extractor.trace import Node


@dataclass
class End:
    """One end of a dated phrase as the words give it: a day (or none, for a whole month), a month, a year."""
    day: int | None
    month: int | None
    year: int | None = None
    year_given: bool = False

    def key(self) -> tuple[int, int]:
        return self.month, self.day or 0


def dated_ends(node: Node, anchor: date | None) -> list[End]:
    """The ends a phrase names, in order: a month goes to the days before it that have none («с 8 по
    9 июля»), a year to the ends before it that have none («с 30 марта по 2 апреля 2019 г.»)."""
    ends: list[End] = []
    for item in node.walk():
        if item.name == 'DATE_DAY':
            ends.append(End(int(item.tokens[0].value), None))
        elif item.name == 'DATE_MONTH_NAME':
            month = lookup(month_numbers(), item.tokens[0])
            if all(end.month for end in ends):
                ends.append(End(None, month))
            for end in ends:
                end.month = end.month or month
        elif item.name == 'DATE_WHICH_YEAR':
            for end in ends:
                if not end.year_given:
                    end.year, end.year_given = year_of(item, anchor), True
    return ends


def resolve_dated(node: Node, anchor: date | None) -> Interval:
    """Days and months with their years; a year the words leave out comes from the other end, across the
    turn of the year where need be («с 28 декабря по 5 января 2020 года»), or from the document."""
    ends = dated_ends(node, anchor)
    first, last = ends[0], ends[-1]
    if not first.year_given and not last.year_given and anchor is not None:
        first.year = nearest_year(anchor, first.month)
    if not last.year_given and first.year is not None:
        last.year = first.year + (last.key() < first.key())
    if not first.year_given and last.year_given and last.year is not None:
        first.year = last.year - (first.key() > last.key())
    if first.year is None or last.year is None:
        return UNANCHORED
    return Interval(date(first.year, first.month, first.day or 1),
                    date(last.year, last.month, last.day or last_day(last.year, last.month)))


def resolve_numeric(node: Node, anchor: date | None) -> Interval:
    day = date(explicit_year(node), numbers(node, 'NUMERIC_MONTH')[0], numbers(node, 'NUMERIC_DAY')[0])
    return Interval(day, day)


def resolve_month_adjective(node: Node, anchor: date | None) -> Interval:
    if anchor is None:
        return UNANCHORED
    month = lookup(numbered('month_adjectives'), node.tokens[0])
    return month_span(nearest_year(anchor, month), month)


def resolve_weekday(node: Node, anchor: date | None) -> Interval:
    if node.find('DATE_APPOSITION'):
        return resolve_dated(node, anchor)
    if anchor is None:
        return UNANCHORED
    wanted = lookup(numbered('weekdays'), node.find('DATE_WEEKDAY_NAME').tokens[0]) - 1
    if node.find('DATE_RELATIVE_WORD'):  # «в прошлую пятницу»: that day of the week before the document's
        day = anchor + timedelta(days=wanted - anchor.weekday(), weeks=shift_of(node))
    else:
        # news name a weekday of the days around the dateline, done or to come, and the tense that would
        # tell which is not the date's: the nearest such day, three days back at most or three ahead
        day = anchor + timedelta(days=(wanted - anchor.weekday() + 3) % 7 - 3)
    return Interval(day, day)


def resolve_deictic(node: Node, anchor: date | None) -> Interval:
    if node.find('DATE_APPOSITION'):  # «сегодня, 26 октября»: the date given
        return resolve_dated(node, anchor)
    if anchor is None:
        return UNANCHORED
    word = node.find('DATE_DEICTIC_WORD')
    shift = int(group_of('deictic', word.tokens[0]) or 0) if word else -1  # DATE_EVE: the day before
    day = anchor + timedelta(days=shift)
    return Interval(day, day)
