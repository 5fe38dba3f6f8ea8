"""The year a story stands in: «В 1995 году основала фонд. В следующем году учредила журнал» tells of 1996,
not of the year after the news day; «в том же году» is the year the text named last."""

from __future__ import annotations

import re
from datetime import date

from extractor.date_words import group_of
from extractor.trace import Node

# a year number with its word: «в 1995 году», «22 декабря 1983 года», «с 1988 по 1992 год», «в 2006 г.»
NAMED_YEAR = re.compile(r'(?<!\d)(1[6-9]\d\d|20\d\d)\s*(?:год|гг?\.)')
# how far back the year a story stands in is looked for: a paragraph or two
LOOK_BACK = 1500


def named_year_before(source: str, at: int) -> int | None:
    """The year the text names last before offset `at`, within a paragraph or two."""
    years = NAMED_YEAR.findall(source, max(0, at - LOOK_BACK), at)
    return int(years[-1]) if years else None


def story_anchor(kind: Node, source: str, anchor: date | None, told_done: bool) -> date | None:
    """The day a relative year is counted from: for «в том же году», and for «в следующем году» and «спустя
    3 года» told of as done, the middle of the year the text named last (none if it named none, for the
    first); for any other date, `anchor`."""
    if kind.name == 'DATE_SAME_YEAR':
        year = named_year_before(source, kind.start)
        return date(year, 7, 1) if year else None
    if told_done and (kind.name == 'DATE_YEARS_LATER' or kind.name == 'DATE_RELATIVE' and group_of(
            'units', kind.tokens[-1]) == 'year' and group_of('relative', kind.tokens[0]) == 'next'):
        year = named_year_before(source, kind.start)
        return date(year, 7, 1) if year else anchor
    return anchor
