"""Where results go: a writer per output format, fed one document at a time."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from extractor.records import Document
from extractor.report import HtmlWriter


class OutputError(Exception):
    """An output file or database that cannot be opened or written; the message names it."""


@contextmanager
def output_stream(path: str | None) -> Iterator[TextIO]:
    """stdout, or the file `-o` names. Writers flush after each document, so what is written stays
    written when a later document fails or the run is interrupted."""
    if path is None or path == '-':
        yield sys.stdout
        return
    try:
        stream = open(path, 'w', encoding='utf-8')
    except OSError as error:
        raise OutputError(f'{path}: cannot write ({error.strerror or error})') from None
    with stream:
        yield stream


class TableWriter:
    """The readable table: a block of lines per document."""

    def __init__(self, stream: TextIO, trace: bool = False):
        self.stream = stream
        self.trace = trace

    def write(self, document: Document, text: str) -> None:
        from extractor.show import table_lines
        self.stream.write('\n'.join(table_lines(document, self.trace)) + '\n')
        self.stream.flush()

    def close(self) -> None:
        pass


# characters JSON leaves raw in a string (it escapes those below U+0020) that other readers take for
# line breaks (Python's `splitlines`, JavaScript before ES2019): written as escapes, each record stays
# on one line
LINE_BREAKS = str.maketrans({'\u2028': '\\u2028', '\u2029': '\\u2029', '\x85': '\\u0085'})


class JsonLinesWriter:
    """One line of the contract per document."""

    def __init__(self, stream: TextIO, trace: bool = False):
        self.stream = stream

    def write(self, document: Document, text: str) -> None:
        self.stream.write(json.dumps(document.as_json(), ensure_ascii=False).translate(LINE_BREAKS) + '\n')
        self.stream.flush()

    def close(self) -> None:
        pass


WRITERS = {'table': TableWriter, 'jsonl': JsonLinesWriter, 'html': HtmlWriter}
