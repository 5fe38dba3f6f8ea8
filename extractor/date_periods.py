"""Dates that name a period longer than a day: a year or a decade, a part or a half of a month or a year
(«в начале мая», «во второй половине года»), a quarter, a season, «в прошлом месяце»."""

from __future__ import annotations

from datetime import date, timedelta

from extractor.date_days import resolve_dated
from extractor.date_intervals import UNANCHORED, Interval, last_day, month_span, shifted_month, year_span
from extractor.date_words import group_of, numbers, ordinal, shift_of, which_year, year_of
from extractor.trace import Node
from grammars.lexicon import words

# a month's parts are its decades: «в начале мая» the 1st to the 10th, «в конце» the 21st to the last day
MONTH_PART_DAYS = {'start': (1, 10), 'middle': (11, 20), 'end': (21, 31)}
# a year's: «в начале года» its first quarter, «в конце» its last, «в середине» the four months about July 1
YEAR_PART_MONTHS = {'start': (1, 3), 'middle': (5, 8), 'end': (10, 12)}
# «в первой половине мая», «во второй половине года»: by the ordinal, days of a month or months of a year
HALF_DAYS = {1: (1, 15), 2: (16, 31)}
HALF_MONTHS = {1: (1, 6), 2: (7, 12)}
SEASON_MONTHS = {'весна': (3, 5), 'лето': (6, 8), 'осень': (9, 11)}


def resolve_year(node: Node, anchor: date | None) -> Interval:
    years = numbers(node, 'DATE_YEAR_NUMBER')
    decade = node.find('DATE_DECADE')
    if decade:  # «90-е годы» are the 1990s
        first = years[0] if years else 1900 + int(decade.tokens[0].value)
        return year_span(first, first + 9)
    return year_span(years[0], years[-1])


def resolve_part(node: Node, anchor: date | None) -> Interval:
    part = group_of('parts', node.find('DATE_PART_WORD').tokens[0])
    half = ordinal(node) if part == 'half' else None
    if part == 'half' and half not in HALF_DAYS:
        return UNANCHORED
    if node.find('DATE_MONTH_NAME') or group_of('units', node.tokens[-1]) == 'month':
        if node.find('DATE_MONTH_NAME'):
            month = resolve_dated(node, anchor)
        else:  # «в конце месяца», «в начале прошлого месяца»: the document's month
            month = shifted_month(anchor, shift_of(node)) if anchor else UNANCHORED
        if month.start is None:
            return UNANCHORED
        first, last = HALF_DAYS[half] if half else MONTH_PART_DAYS[part]
        return Interval(month.start.replace(day=first), month.end.replace(day=min(last, month.end.day)))
    year = which_year(node, anchor)
    if year is None:
        return UNANCHORED
    return month_span(year, *(HALF_MONTHS[half] if half else YEAR_PART_MONTHS[part]))


def resolve_quarter(node: Node, anchor: date | None) -> Interval:
    months = int(group_of('year_parts', node.find('DATE_QUARTER_WORD').tokens[0]))
    number, year = ordinal(node), which_year(node, anchor)
    if year is None or number * months > 12:
        return UNANCHORED
    return month_span(year, (number - 1) * months + 1, number * months)


def resolve_season(node: Node, anchor: date | None) -> Interval:
    word = node.find('DATE_SEASON_WORD').tokens[0].value.lower()
    season = next(name for name in words('dates', 'seasons') if word.startswith(name[:3]))
    which = node.find('DATE_WHICH_YEAR')
    if which:
        year = year_of(which, anchor)
    elif anchor:
        # «зимой» alone: the winter nearest the document, the one to come from July on
        year = anchor.year + shift_of(node) + (season == 'зима' and anchor.month >= 7)
    else:
        return UNANCHORED
    if year is None:
        return UNANCHORED
    if season == 'зима':
        # a winter is named by the year it ends in: «зимой 2020 года» is December 2019 to February 2020
        return Interval(date(year - 1, 12, 1), date(year, 2, last_day(year, 2)))
    return month_span(year, *SEASON_MONTHS[season])


def resolve_relative(node: Node, anchor: date | None) -> Interval:
    if anchor is None:
        return UNANCHORED
    shift = shift_of(node)
    unit = group_of('units', node.tokens[-1])
    if unit == 'year':
        return year_span(anchor.year + shift)
    if unit == 'month':
        return shifted_month(anchor, shift)
    if unit == 'week':
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift)
        return Interval(monday, monday + timedelta(days=6))
    return UNANCHORED


def resolve_years_later(node: Node, anchor: date | None) -> Interval:
    """«спустя 3 года», «через год»: the year that many after `anchor`'s."""
    if anchor is None:
        return UNANCHORED
    count = numbers(node, 'YEARS_COUNT')
    return year_span(anchor.year + (count[0] if count else 1))
