"""Sentences with document offsets (razdel: it knows Russian abbreviations, initials and quotes)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from razdel import sentenize

LINE = re.compile(r'[^\n\r]+')

# yargy's chart grows with the square of a sentence's length; longer runs are cut into pieces
MAX_SENTENCE_CHARS = 2000


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str, skip: int = 0) -> list[Sentence]:
    """Sentences in order; a line break always ends one (headlines and captions have no full stop).
    The first `skip` characters (a metadata header) are not read."""
    result = []
    for line in LINE.finditer(text, skip):
        for part in sentenize(line.group()):
            start, end = line.start() + part.start, line.start() + part.stop
            for piece_start, piece_end in pieces(text, start, end):
                result.append(Sentence(piece_start, piece_end, text[piece_start:piece_end]))
    return result


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
