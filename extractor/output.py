"""Where results go: a writer per output format, fed one document at a time."""

from __future__ import annotations

import json
from typing import TextIO

from extractor.records import Document
from extractor.report import HtmlWriter


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


class JsonLinesWriter:
    """One line of the contract per document."""

    def __init__(self, stream: TextIO, trace: bool = False):
        self.stream = stream

    def write(self, document: Document, text: str) -> None:
        self.stream.write(json.dumps(document.as_json(), ensure_ascii=False) + '\n')
        self.stream.flush()

    def close(self) -> None:
        pass


WRITERS = {'table': TableWriter, 'jsonl': JsonLinesWriter, 'html': HtmlWriter}
