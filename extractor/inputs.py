"""Input documents from files, directories and stdin, each either a text or a clear error.

Two input formats: `text` (a file is one document) and `jsonl` (a file is a feed, one document a line:
`{"id": ..., "text": ..., "date": "YYYY-MM-DD"}`), read a line at a time so a feed is never whole in memory.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

ISO_DATE = re.compile(r'\d{4}-\d{2}-\d{2}')
# a news text is a few thousand characters; a bigger input is no document but a dump, a device
# (/dev/zero) or a stream that never ends, which would fill the memory before anything is extracted
MAX_DOCUMENT_BYTES = 10_000_000
TOO_BIG = f'more than {MAX_DOCUMENT_BYTES:,} bytes, the most a document may hold'


@dataclass(frozen=True)
class Input:
    name: str
    text: str | None = None
    error: str | None = None
    date: str | None = None  # the document's own date, where the input gives one


def decode(name: str, data: bytes) -> Input:
    """A document from the bytes read of it, at most one more than MAX_DOCUMENT_BYTES."""
    if len(data) > MAX_DOCUMENT_BYTES:
        return Input(name, error=f'{name}: {TOO_BIG}')
    if not data.strip():
        return Input(name, error=f'{name}: empty input')
    if data.startswith((b'\xff\xfe', b'\xfe\xff')):  # the byte order mark of UTF-16, which is full of zero bytes
        return Input(name, error=f'{name}: UTF-16 text, not UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)')
    if b'\x00' in data[:8192]:
        return Input(name, error=f'{name}: binary data, not a text')
    try:
        text = data.decode('utf-8-sig')
    except UnicodeDecodeError as error:
        return Input(name, error=f'{name}: not UTF-8 text (byte {error.start}: {data[error.start]:#04x})')
    return Input(name, text=text)


def read_file(path: Path) -> Input:
    try:
        with path.open('rb') as stream:
            return decode(str(path), stream.read(MAX_DOCUMENT_BYTES + 1))
    except OSError as error:
        return Input(str(path), error=f'{path}: cannot read ({error.strerror or error})')


def inputs(paths: list[str]) -> Iterator[Input]:
    """Each path in order: `-` is stdin, a directory gives its `*.txt` files sorted by path."""
    return walk(paths, '*.txt', read_stdin, lambda path: iter([read_file(path)]))


def jsonl_inputs(paths: list[str]) -> Iterator[Input]:
    """Each line of each feed in order: `-` is stdin, a directory gives its `*.jsonl` files sorted by path."""
    return walk(paths, '*.jsonl', read_stdin_feed, read_feed)


def standard_input() -> BinaryIO:
    """stdin as a reader of its own. A pool's inputs are read on a thread, which may wait on a live feed
    when the run is interrupted: it then holds this reader's lock, not sys.stdin's, which the interpreter
    takes on its way out (and aborts when it cannot)."""
    try:
        return open(sys.stdin.fileno(), 'rb', closefd=False)
    except (AttributeError, OSError, ValueError):  # a stream with no file under it (a test's)
        return sys.stdin.buffer


def read_stdin() -> Iterator[Input]:
    with standard_input() as stream:
        yield decode('-', stream.read(MAX_DOCUMENT_BYTES + 1))


def read_stdin_feed() -> Iterator[Input]:
    with standard_input() as stream:
        yield from feed_lines('-', stream)


def walk(paths: list[str], pattern: str, from_stdin, from_path) -> Iterator[Input]:
    """The documents of each path in order, a directory's files matching `pattern` sorted by path."""
    for raw in paths:
        if raw == '-':
            yield from from_stdin()
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(item for item in path.rglob(pattern) if item.is_file())
            if not found:
                yield Input(raw, error=f'{raw}: directory holds no {pattern[1:]} files')
            for item in found:
                yield from from_path(item)
        elif path.exists():
            yield from from_path(path)
        else:
            yield Input(raw, error=f'{raw}: no such file or directory')


def read_feed(path: Path) -> Iterator[Input]:
    try:
        with path.open('rb') as stream:
            yield from feed_lines(str(path), stream)
    except OSError as error:
        yield Input(str(path), error=f'{path}: cannot read ({error.strerror or error})')


def feed_lines(name: str, stream: BinaryIO) -> Iterator[Input]:
    """One input per line; blank lines are allowed only at the end of the feed (a trailing newline or two)."""
    blank: list[int] = []
    seen = False
    for number, raw in enumerate(bounded_lines(stream), 1):
        if raw is not None and not raw.strip():
            blank.append(number)
            continue
        yield from (Input(f'{name}:{line}', error=f'{name}:{line}: blank line') for line in blank)
        blank.clear()
        seen = True
        place = f'{name}:{number}'
        if raw is None:
            yield Input(place, error=f'{place}: a line of {TOO_BIG}')
            continue
        yield feed_line(place, raw[3:] if number == 1 and raw.startswith(b'\xef\xbb\xbf') else raw)
    if not seen:
        yield Input(name, error=f'{name}: empty input')


def bounded_lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """The lines of a feed; None for a line longer than a document may be, the rest of which is skipped."""
    while raw := stream.readline(MAX_DOCUMENT_BYTES + 1):
        if len(raw) <= MAX_DOCUMENT_BYTES:
            yield raw
            continue
        while not raw.endswith(b'\n') and (raw := stream.readline(MAX_DOCUMENT_BYTES + 1)):
            pass
        yield None


def feed_line(place: str, raw: bytes) -> Input:
    try:
        data = json.loads(raw.rstrip(b'\r\n').decode('utf-8'))
    except UnicodeDecodeError as error:
        return Input(place, error=f'{place}: not UTF-8 text (byte {error.start}: {raw[error.start]:#04x})')
    except json.JSONDecodeError as error:
        # json's messages that name a place end in «at» already: «Unterminated string starting at»
        return Input(place, error=f'{place}: not JSON ({error.msg.removesuffix(" at")} at column {error.colno})')
    except RecursionError:  # «[[[[...» 100,000 deep: the decoder recurses once a level
        return Input(place, error=f'{place}: not JSON we can read (nested too deep)')
    except ValueError:  # Python refuses to turn more digits than this into an int (CVE-2020-10735)
        return Input(place, error=f'{place}: not JSON we can read '
                                  f'(a number of more than {sys.get_int_max_str_digits()} digits)')
    if not isinstance(data, dict):
        return Input(place, error=f'{place}: not a JSON object but {json_type(data)}')
    problem = feed_problem(data)
    if problem:
        return Input(place, error=f'{place}: {problem}')
    name = place if data.get('id') is None else str(data['id'])
    return Input(name, text=data['text'], date=data.get('date'))


def feed_problem(data: dict) -> str | None:
    """What is wrong with one feed record, or None."""
    doc_id, text, day = data.get('id'), data.get('text'), data.get('date')
    if doc_id is not None and (isinstance(doc_id, bool) or not isinstance(doc_id, (str, int, float))):
        return f'"id" is not a string or number: {json.dumps(doc_id, ensure_ascii=False)[:40]}'
    if not isinstance(text, str):
        return 'no "text"' if 'text' not in data else f'"text" is not a string but {json_type(text)}'
    if not text.strip():
        return 'empty "text"'
    try:
        text.encode('utf-8')
    except UnicodeEncodeError as error:  # "\ud83d" alone: JSON allows it, no output can hold it
        return f'"text" holds a lone surrogate at character {error.start}'
    if day is not None and not valid_date(day):
        return f'"date" is not a date like 2025-10-22: {json.dumps(day, ensure_ascii=False)[:40]}'
    return None


def json_type(value) -> str:
    names = {dict: 'an object', list: 'an array', bool: 'a boolean', int: 'a number', float: 'a number'}
    return 'null' if value is None else names.get(type(value), 'a string')


def valid_date(value) -> bool:
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


READERS = {'text': inputs, 'jsonl': jsonl_inputs}
# the files a directory given as an input holds, by input format
PATTERNS = {'text': '*.txt', 'jsonl': '*.jsonl'}


def output_clash(output: str | None, database: str | None, paths: list[str], input_format: str) -> str | None:
    """Why `-o output` must not be opened, or None: opening it for writing empties it first, so an input
    would be lost, the database replaced, or a file in an input folder read back as an input."""
    if output is None or output == '-':
        return None
    target = Path(output)
    if database and same_file(target, Path(database)):
        return f'-o {output}: is the --db file'
    for raw in paths:
        path = Path(raw)
        if raw == '-' or not path.exists():
            continue
        if path.is_dir():
            if target.resolve().is_relative_to(path.resolve()) and target.match(PATTERNS[input_format]):
                return f'-o {output}: would be read as an input of {raw}'
        elif same_file(target, path):
            return f'-o {output}: is the input {raw}'
    return None


def same_file(one: Path, other: Path) -> bool:
    """The same file by whatever path (links, `..`); a file yet to be made by the path it will have."""
    if one.exists() and other.exists():
        return one.samefile(other)
    return one.resolve() == other.resolve()


def count_inputs(paths: list[str], input_format: str, at_most: int | None = None) -> int | None:
    """How many results a batch will give (documents and one-line errors), or None when a feed is stdin, a
    pipe or anything else that is not a regular file. With `at_most`, counting stops there: a cap on
    the processes need not read a big feed through before the first document."""
    total = 0
    for raw in paths:
        count = count_path(raw, input_format, at_most and at_most - total)
        if count is None:
            return None
        total += count
        if at_most and total >= at_most:
            break
    return total


def count_path(raw: str, input_format: str, at_most: int | None = None) -> int | None:
    if raw == '-':
        return 1 if input_format == 'text' else None
    path = Path(raw)
    if path.is_dir():
        found = [item for item in path.rglob(PATTERNS[input_format]) if item.is_file()]
        if input_format == 'text':
            return max(1, len(found))
        total = 0
        for item in found:
            total += feed_count(item, at_most and at_most - total)
            if at_most and total >= at_most:
                break
        return total or 1
    if input_format == 'text' or not path.exists():
        return 1
    # only a regular file can be read twice: a pipe (`<(zcat feed.gz)`) or a device counted would be used up
    return feed_count(path, at_most) if path.is_file() else None


def feed_count(path: Path, at_most: int | None = None) -> int:
    """The lines of a feed up to its last non-blank one (each is a document or an error), streamed."""
    last = 0
    try:
        with path.open('rb') as stream:
            for number, raw in enumerate(bounded_lines(stream), 1):
                if raw is None or raw.strip():
                    last = number
                if at_most and last >= at_most:
                    break
    except OSError:
        return 1
    return max(1, last)
