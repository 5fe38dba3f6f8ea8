"""What the words of a date match say, read through the lists of `dates.yml`: a month's or weekday's
number, the group a word is in («начало», «прошлый»), an ordinal, and the year a match names."""

from __future__ import annotations

from datetime import date
from functools import cache

from extractor.trace import Node
from grammars.lexicon import table, words

RELATIVE_SHIFT = {'this': 0, 'last': -1, 'next': 1}
ROMAN = {'I': 1, 'II': 2, 'III': 3, 'IV': 4}


def lemmas(token) -> list[str]:
    """Every normal form of a token, the dictionary's first reading first."""
    forms = getattr(token, 'forms', None)
    return [form.normalized for form in forms] if forms else [token.value.lower()]


def lookup(mapping: dict, token):
    return next((mapping[word] for word in lemmas(token) if word in mapping), None)


@cache
def numbered(section: str) -> dict[str, int]:
    """Each word of an ordered `dates.yml` list to its place, from 1 (a month's number)."""
    return {name: number for number, name in enumerate(words('dates', section), 1)}


def month_numbers() -> dict[str, int]:
    return numbered('months')


@cache
def groups(section: str) -> dict[str, str]:
    """Each word of a `dates.yml` table (the last word of a phrase) to its key."""
    return {phrase.split()[-1]: key for key, group in table('dates', section).items() for phrase in group}


def group_of(section: str, token) -> str | None:
    return lookup(groups(section), token)


def shift_of(node: Node | None) -> int:
    """«прошлого», «следующей»: how many periods from the document's the relative word of `node` moves."""
    relative = node.find('DATE_RELATIVE_WORD') if node else None
    return RELATIVE_SHIFT[group_of('relative', relative.tokens[0])] if relative else 0


def ordinal(node: Node) -> int | None:
    found = node.find('DATE_ORDINAL')
    if found is None:
        return None
    return ROMAN.get(found.tokens[0].value) or lookup(numbered('ordinals'), found.tokens[0])


def numbers(node: Node, name: str) -> list[int]:
    return [int(found.tokens[0].value) for found in node.find_all(name)]


def explicit_year(node: Node) -> int | None:
    years = numbers(node, 'DATE_YEAR_NUMBER')
    return years[0] if years else None


def year_of(node: Node | None, anchor: date | None) -> int | None:
    """The year a DATE_WHICH_YEAR names («2024 года», «прошлого года»), or with none the document's."""
    year = explicit_year(node) if node else None
    if year is not None:
        return year
    return anchor.year + shift_of(node) if anchor else None


def which_year(node: Node, anchor: date | None) -> int | None:
    return year_of(node.find('DATE_WHICH_YEAR'), anchor)
