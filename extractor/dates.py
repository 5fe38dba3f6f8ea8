"""Date mentions as ISO intervals, anchored to the document's date; the document's date itself."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from extractor.morph import analyzer
from extractor.trace import Node
from grammars.lexicon import table, words

MONTH_PART_DAYS = {'start': (1, 10), 'middle': (11, 20), 'end': (21, 31), 'first_half': (1, 15),
                   'second_half': (16, 31)}
YEAR_PART_MONTHS = {'start': (1, 3), 'middle': (5, 8), 'end': (10, 12), 'first_half': (1, 6),
                    'second_half': (7, 12)}
# calendar months of a season, winter taken as the start of its year
SEASON_MONTHS = {0: (1, 2), 1: (3, 5), 2: (6, 8), 3: (9, 11)}
RELATIVE_SHIFT = {'this': 0, 'last': -1, 'next': 1}


@dataclass(frozen=True)
class Interval:
    start: date | None
    end: date | None

    @property
    def normal(self) -> str | None:
        if self.start is None or self.end is None:
            return None
        return f'{self.start.isoformat()}/{self.end.isoformat()}'


UNANCHORED = Interval(None, None)


def lemmas(token) -> list[str]:
    """Every normal form of a token, the dictionary's first reading first."""
    forms = getattr(token, 'forms', None)
    return [form.normalized for form in forms] if forms else [token.value.lower()]


def lookup(mapping: dict, token):
    return next((mapping[word] for word in lemmas(token) if word in mapping), None)


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    return {name: number for number, name in enumerate(words('dates', 'months'), 1)}


@lru_cache(maxsize=1)
def weekday_numbers() -> dict[str, int]:
    return {name: number for number, name in enumerate(words('dates', 'weekdays'))}


@cache
def groups(section: str) -> dict[str, str]:
    """Each word of a `dates.yml` table (the last word of a phrase) to its key."""
    return {phrase.split()[-1]: key for key, group in table('dates', section).items() for phrase in group}


def group_of(section: str, token) -> str | None:
    return lookup(groups(section), token)


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_span(year: int, first: int, last: int | None = None) -> Interval:
    last = last or first
    return Interval(date(year, first, 1), date(year, last, last_day(year, last)))


def year_span(first: int, last: int | None = None) -> Interval:
    return Interval(date(first, 1, 1), date(last or first, 12, 31))


def nearest_year(anchor: date, month: int) -> int:
    """The year of a month named without one: the document's own year, except across the turn
    of the year («в январе» written in December is next January, «в декабре» written in January
    the last December)."""
    if month <= 2 and anchor.month >= 11:
        return anchor.year + 1
    if month >= 11 and anchor.month <= 2:
        return anchor.year - 1
    return anchor.year


def numbers(node: Node, name: str) -> list[int]:
    return [int(found.tokens[0].value) for found in node.find_all(name)]


def months(node: Node) -> list[int]:
    return [lookup(month_numbers(), found.tokens[0]) for found in node.find_all('DATE_MONTH_NAME')]


def explicit_year(node: Node) -> int | None:
    years = numbers(node, 'DATE_YEAR_NUMBER')
    return years[0] if years else None


def resolve(node: Node, anchor: date | None) -> Interval:
    """The interval a DATE match names; UNANCHORED where it needs a year nothing gives."""
    node = node.find('DATE') or node
    kind = node.children[0] if node.name == 'DATE' and node.children else node
    resolver = RESOLVERS.get(kind.name)
    try:
        return resolver(kind, anchor) if resolver else UNANCHORED
    except (ValueError, KeyError, OverflowError):
        return UNANCHORED  # «31 февраля» and the like: a date no calendar has


def resolve_numeric(node: Node, anchor: date | None) -> Interval:
    day = date(explicit_year(node), numbers(node, 'NUMERIC_MONTH')[0], numbers(node, 'NUMERIC_DAY')[0])
    return Interval(day, day)


def resolve_day_month(node: Node, anchor: date | None) -> Interval:
    days, names = numbers(node, 'DATE_DAY'), months(node)
    first_month, last_month = names[0], names[-1]
    year = explicit_year(node)
    if year is None:
        if anchor is None:
            return UNANCHORED
        year = nearest_year(anchor, last_month)
    return Interval(date(year, first_month, days[0]), date(year, last_month, days[-1]))


def resolve_month(node: Node, anchor: date | None) -> Interval:
    names = months(node)
    year = explicit_year(node)
    if year is None:
        if anchor is None:
            return UNANCHORED
        year = nearest_year(anchor, names[0])
    return month_span(year, names[0], names[-1])


def resolve_year(node: Node, anchor: date | None) -> Interval:
    years = numbers(node, 'DATE_YEAR_NUMBER')
    if node.find('DATE_DECADE'):
        return year_span(years[0], years[0] + 9)
    return year_span(years[0], years[-1])


def resolve_weekday(node: Node, anchor: date | None) -> Interval:
    if node.find('DATE_MONTH_NAME'):
        return resolve_day_month(node, anchor)
    if anchor is None:
        return UNANCHORED
    wanted = lookup(weekday_numbers(), node.find('DATE_WEEKDAY_NAME').tokens[0])
    # news name the weekday of the week around the dateline: the nearest such day
    shift = (wanted - anchor.weekday() + 3) % 7 - 3
    day = anchor + timedelta(days=shift)
    return Interval(day, day)


def resolve_deictic(node: Node, anchor: date | None) -> Interval:
    if anchor is None:
        return UNANCHORED
    if node.find('DATE_EVE'):
        shift = -1
    else:
        shift = int(group_of('deictic', node.find('DATE_DEICTIC_WORD').tokens[0]) or 0)
    day = anchor + timedelta(days=shift)
    return Interval(day, day)


def which_year(node: Node, anchor: date | None) -> int | None:
    year = explicit_year(node)
    if year is not None:
        return year
    relative = node.find('DATE_RELATIVE_WORD')
    shift = RELATIVE_SHIFT[group_of('relative', relative.tokens[0])] if relative else 0
    return anchor.year + shift if anchor else None


def part_of(node: Node) -> str:
    part = group_of('parts', node.find('DATE_PART_WORD').tokens[0])
    if part in ('first_half', 'second_half'):
        return 'second_half' if node.tokens[0].value.lower().startswith('втор') else 'first_half'
    return part


def resolve_part(node: Node, anchor: date | None) -> Interval:
    part = part_of(node)
    names = months(node)
    if not names:
        year = which_year(node, anchor)
        if year is None:
            return UNANCHORED
        first, last = YEAR_PART_MONTHS[part]
        return month_span(year, first, last)
    year = explicit_year(node)
    if year is None:
        if anchor is None:
            return UNANCHORED
        year = nearest_year(anchor, names[0])
    first, last = MONTH_PART_DAYS[part]
    return Interval(date(year, names[0], first), date(year, names[0], min(last, last_day(year, names[0]))))


def resolve_season(node: Node, anchor: date | None) -> Interval:
    word = node.find('DATE_SEASON_WORD').tokens[0].value.lower()
    season = next(index for index, name in enumerate(words('dates', 'seasons')) if word.startswith(name[:3]))
    year = which_year(node, anchor)
    if year is None:
        return UNANCHORED
    first, last = SEASON_MONTHS[season]
    return month_span(year, first, last)


def resolve_relative(node: Node, anchor: date | None) -> Interval:
    if anchor is None:
        return UNANCHORED
    shift = RELATIVE_SHIFT[group_of('relative', node.find('DATE_RELATIVE_WORD').tokens[0])]
    unit = group_of('units', node.tokens[-1])
    if unit == 'year':
        return year_span(anchor.year + shift)
    if unit == 'month':
        month_index = anchor.year * 12 + anchor.month - 1 + shift
        return month_span(month_index // 12, month_index % 12 + 1)
    if unit == 'week':
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift)
        return Interval(monday, monday + timedelta(days=6))
    return UNANCHORED


RESOLVERS = {
    'DATE_NUMERIC': resolve_numeric,
    'DATE_DAY_MONTH': resolve_day_month,
    'DATE_MONTH': resolve_month,
    'DATE_YEAR': resolve_year,
    'DATE_DECADE': resolve_year,
    'DATE_WEEKDAY': resolve_weekday,
    'DATE_DEICTIC': resolve_deictic,
    'DATE_PART': resolve_part,
    'DATE_SEASON': resolve_season,
    'DATE_RELATIVE': resolve_relative,
}


# «МОСКВА, 22 октября. /ТАСС/.», «БИШКЕК, 5 августа /Новости-Грузия/.»: a city in capitals opens the news
DATELINE = re.compile(r'^[ \t]*[А-ЯЁ][А-ЯЁ\- ]+,\s+(\d{1,2})\s+([а-яё]+)(?:\s+(\d{4})\s*(?:года|г\.)?)?\s*[./]')
HEADER = re.compile(r'^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b', re.IGNORECASE)
STAMP = re.compile(r'^[ \t]*(\d{1,2})[./](\d{1,2})[./](\d{4})\b')
HEAD_LINES = 6


@dataclass(frozen=True)
class DocumentDate:
    value: date | None
    source: str | None = None
    warning: str | None = None
    header_end: int = 0  # a `date YYYY-MM-DD` header line is metadata, not text to read events in


def header_end(text: str) -> int:
    found = HEADER.match(text)
    return found.end() if found else 0


@lru_cache(maxsize=1)
def genitive_months() -> dict[str, int]:
    morph = analyzer().raw
    result = {}
    for name, number in month_numbers().items():
        parsed = morph.parse(name)[0].inflect({'gent'})
        result[parsed.word if parsed else name] = number
    return result


def document_date(text: str, given: date | None = None) -> DocumentDate:
    """The date relative mentions hang on: `given`, a header, a dateline or a time stamp. A dateline
    without a year («МОСКВА, 22 октября.») takes the year of `given` or of the header; with
    neither, the document stays unanchored and says so."""
    skip = header_end(text)
    head = text.lstrip()[:2000].splitlines()[:HEAD_LINES] or ['']
    header = HEADER.match(head[0])
    header_date = date(*map(int, header.groups())) if header else None
    year_from = given or header_date
    for line in text.splitlines()[:40]:
        found = DATELINE.match(line)
        if not found or found.group(2) not in genitive_months():
            continue
        day, month = int(found.group(1)), genitive_months()[found.group(2)]
        if given is not None and found.group(3):
            break  # a dateline with its own year says no more than the date given
        year = int(found.group(3)) if found.group(3) else (year_from.year if year_from else None)
        if year is None:
            return DocumentDate(None, None, f'dateline «{line.strip()[:40]}» gives no year: '
                                            'relative dates are left unanchored (give --date)', skip)
        try:
            return DocumentDate(date(year, month, day), 'dateline', header_end=skip)
        except ValueError:
            break
    if given is not None:
        return DocumentDate(given, 'given', header_end=skip)
    if header_date:
        return DocumentDate(header_date, 'header', header_end=skip)
    for line in head:
        stamp = STAMP.match(line)
        if stamp:
            day, month, year = map(int, stamp.groups())
            try:
                return DocumentDate(date(year, month, day), 'header')
            except ValueError:
                continue
    return DocumentDate(None)
