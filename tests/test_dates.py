"""extractor/dates.py: what the per-phrase cases of tests/cases/date.yml cannot show, a date read with the
preposition an event grammar put before it, and the ISO form of an interval open at one end."""

from datetime import date
from types import SimpleNamespace

import pytest

from extractor.date_intervals import UNANCHORED, Interval
from extractor.dates import resolve
from extractor.parse import matches
from extractor.segment import Sentence
from extractor.trace import Node

ANCHOR = date(2025, 10, 22)


def with_preposition(word: str, text: str) -> Node:
    """`text` read as a DATE, inside a node that puts `word` before it, as WHEN of grammars/roles.py does."""
    [found] = matches('grammars.date.DATE', Sentence(0, len(text), text))
    return Node('WHEN', found.start, found.end, [SimpleNamespace(value=word), *found.tokens], [found])


@pytest.mark.parametrize('word, text, expected', [
    ('с', '2023 года', Interval(date(2023, 1, 1), None)),
    ('с', 'февраля 2025 года', Interval(date(2025, 2, 1), None)),
    ('до', '15 марта', Interval(None, date(2025, 3, 15))),
    ('в', '2023 году', Interval(date(2023, 1, 1), date(2023, 12, 31))),
])
def test_a_preposition_before_the_date_opens_an_end(word, text, expected):
    assert resolve(with_preposition(word, text), ANCHOR) == expected


def test_a_range_inside_the_date_keeps_both_ends():
    text = 'с 8 по 9 июля'
    [found] = matches('grammars.date.DATE', Sentence(0, len(text), text))
    assert resolve(found, ANCHOR) == Interval(date(2025, 7, 8), date(2025, 7, 9))


def test_an_open_end_is_written_as_two_dots():
    assert Interval(date(2023, 1, 1), None).normal == '2023-01-01/..'
    assert Interval(None, date(2030, 12, 31)).normal == '../2030-12-31'
    assert UNANCHORED.normal is None
