"""Where results go: a writer per output format, fed one document at a time."""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from extractor.records import Document
from extractor.report import HtmlWriter


class OutputError(Exception):
    """An output file or database that cannot be opened or written; the message names it."""


@contextmanager
def output_stream(path: str | None) -> Iterator[TextSink]:
    """stdout, or the file `-o` names, as a `DocumentStream`. Writers flush after each document, so what is
    written stays written when a later document fails or the run is interrupted."""
    if path is None or path == '-':
        sys.stdout.flush()
        try:
            descriptor = sys.stdout.fileno()
        except (AttributeError, OSError, ValueError):  # a stream with no file under it (a test's capture)
            yield sys.stdout
        else:
            yield DocumentStream(descriptor, 'stdout')
        return
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    except OSError as error:
        raise OutputError(f'{path}: cannot write ({error.strerror or error})') from None
    try:
        yield DocumentStream(descriptor, path)
    finally:
        os.close(descriptor)


class DocumentStream:
    """What the writers write to. What they give between two flushes (a document) goes out at once, as
    UTF-8 whatever the locale says. A write that fails (a full disk) is an `OutputError` naming the output,
    and a regular file is cut back to its last whole document: no reader finds half a record. A reader
    gone (`| head`) is a `BrokenPipeError`, which the command line takes for the end."""

    def __init__(self, descriptor: int, name: str):
        self.descriptor = descriptor
        self.name = name
        self.pending: list[str] = []
        regular = stat.S_ISREG(os.fstat(descriptor).st_mode)
        self.whole = os.lseek(descriptor, 0, os.SEEK_CUR) if regular else None

    def write(self, text: str) -> None:
        self.pending.append(text)

    def flush(self) -> None:
        # a lone surrogate (the undecodable byte of a file name) goes out as the JSON escape «\udcff»
        data = memoryview(''.join(self.pending).encode('utf-8', 'backslashreplace'))
        self.pending.clear()
        try:
            while data:
                data = data[os.write(self.descriptor, data):]
        except BrokenPipeError:
            raise
        except OSError as error:
            self.cut_back()
            raise OutputError(f'{self.name}: cannot write ({error.strerror or error})') from None
        if self.whole is not None:
            self.whole = os.lseek(self.descriptor, 0, os.SEEK_CUR)

    def cut_back(self) -> None:
        if self.whole is not None:
            try:
                os.ftruncate(self.descriptor, self.whole)
            except OSError:  # what cannot be cut stays; the error said the output failed
                pass


class TextSink(Protocol):
    """Where a writer's text goes: stdout as it is (a test's capture), or a `DocumentStream`."""

    def write(self, text: str, /) -> object: ...

    def flush(self) -> None: ...


class Writer(Protocol):
    """What the CLI hands each document to: a `--format` writer, or the `--db` one."""

    def write(self, document: Document, text: str) -> None: ...

    def close(self) -> None: ...


class TableWriter:
    """The readable table: a block of lines per document."""

    def __init__(self, stream: TextSink, trace: bool = False):
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

    def __init__(self, stream: TextSink, trace: bool = False):
        self.stream = stream

    def write(self, document: Document, text: str) -> None:
        self.stream.write(json.dumps(document.as_json(), ensure_ascii=False).translate(LINE_BREAKS) + '\n')
        self.stream.flush()

    def close(self) -> None:
        pass


WRITERS: dict[str, Callable[[TextSink, bool], Writer]] = {
    'table': TableWriter, 'jsonl': JsonLinesWriter, 'html': HtmlWriter}
