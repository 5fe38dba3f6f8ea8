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

# a month's parts are its decades: «в начале мая» the 1st to the 10th, «в конце» the 21st to the last day
MONTH_PART_DAYS = {'start': (1, 10), 'middle': (11, 20), 'end': (21, 31)}
# a year's: «в начале года» its first quarter, «в конце» its last, «в середине» the four months about July 1
YEAR_PART_MONTHS = {'start': (1, 3), 'middle': (5, 8), 'end': (10, 12)}
# «в первой половине мая», «во второй половине года»: by the ordinal, days of a month or months of a year
HALF_DAYS = {1: (1, 15), 2: (16, 31)}
HALF_MONTHS = {1: (1, 6), 2: (7, 12)}
SEASON_MONTHS = {'весна': (3, 5), 'лето': (6, 8), 'осень': (9, 11)}
RELATIVE_SHIFT = {'this': 0, 'last': -1, 'next': 1}
ROMAN = {'I': 1, 'II': 2, 'III': 3, 'IV': 4}
# the preposition of a date that leaves one end open: «с 2023 года» has no end, «до 2030 года» no start
OPEN_ENDS = {'с': 'since', 'со': 'since', 'до': 'until'}


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


@dataclass
class End:
    """One end of a dated phrase as the words give it: a day (or none, for a whole month), a month, a year."""
    day: int | None
    month: int | None
    year: int | None = None
    year_given: bool = False

    def key(self) -> tuple[int, int]:
        return self.month, self.day or 0


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


def resolve(node: Node, anchor: date | None) -> Interval:
    """The interval a DATE match names; UNANCHORED where it needs a year nothing gives. `node` may hold
    the date with the preposition an event grammar put before it («с» of «с 2023 года»)."""
    found = node.find('DATE') or node
    kind = found.children[0] if found.name == 'DATE' and found.children else found
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


def resolve_year(node: Node, anchor: date | None) -> Interval:
    years = numbers(node, 'DATE_YEAR_NUMBER')
    decade = node.find('DATE_DECADE')
    if decade:  # «90-е годы» are the 1990s
        first = years[0] if years else 1900 + int(decade.tokens[0].value)
        return year_span(first, first + 9)
    return year_span(years[0], years[-1])


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


def resolve_bounded(node: Node, anchor: date | None) -> Interval:
    """«с 2023 года», «до конца года»: the period after the preposition; `resolve` opens one end."""
    return resolve_kind(node.children[0], anchor)


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
