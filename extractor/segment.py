"""Sentences with document offsets (razdel: it knows Russian abbreviations, initials and quotes)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from razdel import sentenize

LINE = re.compile(r'[^\n\r]+')

# yargy's chart grows with a sentence's length; longer runs are cut into pieces. The longest sentence of
# the dev corpora is under 1,500 characters. This bounds a sentence's length, not its cost: the parse of
# a piece is bounded by counts of its own (`extractor.bounds`), so that no piece of 2,000 characters takes
# more than about a second (benchmarks/worst_case.py)
MAX_SENTENCE_CHARS = 2000
# overlong sentences named one by one in a document's warnings; the rest are counted in one more
MAX_CUT_WARNINGS = 3


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    cut_from: tuple[int, int] | None = None  # the overlong sentence this is a piece of


def sentences(text: str, skip: int = 0) -> list[Sentence]:
    """Sentences in order; a line break always ends one (headlines and captions have no full stop).
    The first `skip` characters (a metadata header) are not read."""
    result = []
    for line in LINE.finditer(text, skip):
        for part_start, part_stop in joined_years(sentenize(line.group())):
            start, end = line.start() + part_start, line.start() + part_stop
            cut_from = (start, end) if end - start > MAX_SENTENCE_CHARS else None
            for piece_start, piece_end in pieces(text, start, end):
                result.append(Sentence(piece_start, piece_end, text[piece_start:piece_end], cut_from))
    return result


# razdel ends a sentence after «гг.» before a capital: «В 2008—2009 гг. Асо занимал пост»
YEARS_ALONE = re.compile(r'^\S{0,3}\s*\d{4}\s*[-–—]\s*\d{4}\s*гг\.$')


def joined_years(parts) -> list[tuple[int, int]]:
    """razdel's sentences as (start, stop), one that is a span of years alone joined to the next."""
    result: list[tuple[int, int]] = []
    joining = False
    for part in parts:
        if joining:
            result[-1] = (result[-1][0], part.stop)
        else:
            result.append((part.start, part.stop))
        joining = bool(YEARS_ALONE.match(part.text))
    return result


def cut_warnings(parts: list[Sentence]) -> tuple[str, ...]:
    """A warning for each overlong sentence read in pieces (the first few, then how many more)."""
    counts: dict[tuple[int, int], int] = {}
    for part in parts:
        if part.cut_from:
            counts[part.cut_from] = counts.get(part.cut_from, 0) + 1
    found = [f'sentence at {start}..{end} split into {count} pieces of at most {MAX_SENTENCE_CHARS} characters'
             for (start, end), count in counts.items()]
    if len(found) > MAX_CUT_WARNINGS:
        more = len(found) - MAX_CUT_WARNINGS
        found[MAX_CUT_WARNINGS:] = [
            f'{more} more sentence{"s" * (more > 1)} over {MAX_SENTENCE_CHARS} characters split into pieces']
    return tuple(found)


def pieces(text: str, start: int, end: int):
    """A razdel sentence, or slices of at most MAX_SENTENCE_CHARS cut at a space or a line break."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(text.rfind('\n', start, limit), text.rfind(' ', start, limit))
        if cut <= start:
            cut = limit
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end
