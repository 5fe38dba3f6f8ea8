"""Date mentions as ISO intervals, anchored to the document's date: each kind of date phrase to the
resolver that reads it, and the end a preposition leaves open («с 2023 года», «до 2030 года»)."""

from __future__ import annotations

from datetime import date

from extractor.date_days import (
    resolve_dated,
    resolve_deictic,
    resolve_month_adjective,
    resolve_numeric,
    resolve_weekday,
)
from extractor.date_intervals import UNANCHORED, Interval
from extractor.date_periods import (
    resolve_part,
    resolve_quarter,
    resolve_relative,
    resolve_season,
    resolve_year,
    resolve_years_later,
)
from extractor.trace import Node

# the preposition of a date that leaves one end open: «с 2023 года» has no end, «до 2030 года» no start
OPEN_ENDS = {'с': 'since', 'со': 'since', 'до': 'until'}


def kind_of(node: Node) -> Node:
    """Which kind of date a DATE match is (DATE_YEAR, DATE_RELATIVE, ...)."""
    found = node.find('DATE') or node
    return found.children[0] if found.name == 'DATE' and found.children else found


def resolve(node: Node, anchor: date | None) -> Interval:
    """The interval a DATE match names; UNANCHORED where it needs a year nothing gives. `node` may hold
    the date with the preposition an event grammar put before it («с» of «с 2023 года»)."""
    kind = kind_of(node)
    try:
        interval = resolve_kind(kind, anchor)
    except (ValueError, KeyError, OverflowError):
        return UNANCHORED  # «31 февраля» and the like: a date no calendar has
    bound = open_end(node, kind)
    if bound == 'since':
        return Interval(interval.start, None)
    if bound == 'until':
        return Interval(None, interval.end)
    return interval


def resolve_kind(kind: Node, anchor: date | None) -> Interval:
    resolver = RESOLVERS.get(kind.name)
    return resolver(kind, anchor) if resolver else UNANCHORED


def open_end(node: Node, kind: Node) -> str | None:
    """'since' or 'until' where the date's own preposition is «с» or «до» («с 2023 года», «до пятницы»);
    the «с» a range opens with («с 8 по 9 июля») is inside the range and leaves both ends closed."""
    if kind.name in ('DATE_SINCE', 'DATE_UNTIL'):
        return 'since' if kind.name == 'DATE_SINCE' else 'until'
    if kind.name == 'DATE_WEEKDAY':
        return OPEN_ENDS.get(kind.tokens[0].value.lower())
    place = next((index for index, token in enumerate(node.tokens) if token is kind.tokens[0]), 0)
    return OPEN_ENDS.get(node.tokens[place - 1].value.lower()) if place else None


def resolve_bounded(node: Node, anchor: date | None) -> Interval:
    """«с 2023 года», «до конца года»: the period after the preposition; `resolve` opens one end."""
    return resolve_kind(node.children[0], anchor)


def resolve_hour(node: Node, anchor: date | None) -> Interval:
    """«в 15:00»: a time of day with no day of its own is on the news day."""
    return Interval(anchor, anchor) if anchor else UNANCHORED


RESOLVERS = {
    'DATE_SINCE': resolve_bounded,
    'DATE_UNTIL': resolve_bounded,
    'DATE_NUMERIC': resolve_numeric,
    'DATE_DAY_MONTH': resolve_dated,
    'DATE_MONTH': resolve_dated,
    'DATE_MONTH_ADJ': resolve_month_adjective,
    'DATE_YEAR': resolve_year,
    'DATE_DECADE': resolve_year,
    'DATE_WEEKDAY': resolve_weekday,
    'DATE_DEICTIC': resolve_deictic,
    'DATE_PART': resolve_part,
    'DATE_QUARTER': resolve_quarter,
    'DATE_SEASON': resolve_season,
    'DATE_RELATIVE': resolve_relative,
    'DATE_SAME_YEAR': resolve_relative,  # anchored in the year the text named last (narrative_year.py)
    'DATE_YEARS_LATER': resolve_years_later,
    'DATE_HOUR': resolve_hour,
}
