"""The document's date, which relative dates hang on: given, a `date YYYY-MM-DD` header, a dateline
(«МОСКВА, 22 октября. /ТАСС/.»), a time stamp, or the first full date of the lead («В среду, 13 июня
2018 года, премьер-министр заявил»), with the words that give it where the text gives them."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from extractor.date_words import month_numbers
from extractor.morph import analyzer

DATELINE = re.compile(r'^[ \t]*[А-ЯЁ][А-ЯЁ\- ]+,\s+(\d{1,2})\s+([а-яё]+)(?:\s+(\d{4})\s*(?:года|г\.)?)?\s*[./]')
HEADER = re.compile(r'^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b', re.IGNORECASE)
STAMP = re.compile(r'^[ \t]*(\d{1,2})[./](\d{1,2})[./](\d{4})\b')
HEAD_LINES = 6
DATELINE_LINES = 40
# «В среду, 13 июня 2018 года, премьер-министр заявил»: a news report opens on its day
FULL_DATE = re.compile(r'(?<!\d)(\d{1,2})\s+([а-яё]+)\s+(\d{4})\s*(?:года|г\.)')
LEAD_LINES = 3
LEAD_CHARS = 300
LINE = re.compile(r'[^\n\r]+')
WORD = re.compile(r'[а-яёА-ЯЁ]+')


@dataclass(frozen=True)
class DocumentDate:
    value: date | None
    source: str | None = None
    warning: str | None = None
    header_end: int = 0  # a `date YYYY-MM-DD` header line is metadata, not text to read events in
    span: tuple[int, int] | None = None  # the words that give it, where the text does


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


def lines_of(text: str, count: int) -> list[re.Match]:
    """The first `count` lines of the text that hold more than spaces, with their offsets."""
    found = []
    for line in LINE.finditer(text):
        if line.group().strip():
            found.append(line)
            if len(found) == count:
                break
    return found


def document_date(text: str, given: date | None = None) -> DocumentDate:
    """The date relative mentions hang on: `given`, a header, a dateline, a time stamp or the lead. A
    dateline without a year («МОСКВА, 22 октября.») takes the year of `given` or of the header; with
    neither, the document stays unanchored and says so."""
    skip = header_end(text)
    head = lines_of(text, HEAD_LINES)
    header = HEADER.match(head[0].group()) if head else None
    header_date = date(*map(int, header.groups())) if header else None
    year_from = given or header_date
    for line in itertools.islice(re.finditer(r'[^\n]*\n?', text), DATELINE_LINES):
        found = DATELINE.match(line.group())
        if not found or found.group(2) not in genitive_months():
            continue
        day, month = int(found.group(1)), genitive_months()[found.group(2)]
        if given is not None and found.group(3):
            break  # a dateline with its own year says no more than the date given
        year = int(found.group(3)) if found.group(3) else (year_from.year if year_from else None)
        if year is None:
            return DocumentDate(None, None, f'dateline «{line.group().strip()[:40]}» gives no year: '
                                            'relative dates are left unanchored (give --date)', skip)
        try:
            return DocumentDate(date(year, month, day), 'dateline', header_end=skip,
                                span=(line.start() + found.start(1), line.start() + found.end(found.lastindex or 1)))
        except ValueError:
            break
    if given is not None:
        return DocumentDate(given, 'given', header_end=skip)
    if header_date and header:
        return DocumentDate(header_date, 'header', header_end=skip,
                            span=(head[0].start() + header.start(1), head[0].start() + header.end(3)))
    for line in head:
        stamp = STAMP.match(line.group())
        if stamp:
            day, month, year = map(int, stamp.groups())
            try:
                return DocumentDate(date(year, month, day), 'header',
                                    span=(line.start() + stamp.start(1), line.start() + stamp.end(3)))
            except ValueError:
                continue
    return lead_date(text)


def lead_date(text: str) -> DocumentDate:
    """The first full date (day, month and year) of the lead: the first lines after the title."""
    for line in lines_of(text, 1 + LEAD_LINES)[1:]:
        for found in FULL_DATE.finditer(line.group()[:LEAD_CHARS]):
            month = genitive_months().get(found.group(2).lower())
            if month is None or tells_a_plan(sentence_at(line.group(), found.start())):
                continue
            try:
                return DocumentDate(date(int(found.group(3)), month, int(found.group(1))), 'lead',
                                    span=(line.start() + found.start(), line.start() + found.end()))
            except ValueError:
                continue
    return DocumentDate(None)


def sentence_at(line: str, at: int) -> str:
    start = max(line.rfind('. ', 0, at), -1) + 1
    end = line.find('. ', at)
    return line[start:end if end >= 0 else len(line)]


def tells_a_plan(sentence: str) -> bool:
    """«Лавров посетит Минск 12 марта 2025 года»: the date of a plan is not the day of the news."""
    # the word cache the tokenizer fills: a lead's words are read again as the words of its sentences
    return any(parsed.tag.POS == 'VERB' and parsed.tag.tense == 'futr'
               for parsed in (analyzer()(word)[0].raw for word in WORD.findall(sentence)))
