"""Input documents from files, directories and stdin, each either a text or a clear error."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Input:
    name: str
    text: str | None = None
    error: str | None = None
    date: str | None = None  # the document's own date, where the input gives one


def decode(name: str, data: bytes) -> Input:
    if not data.strip():
        return Input(name, error=f'{name}: empty input')
    if b'\x00' in data[:8192]:
        return Input(name, error=f'{name}: binary data, not a text')
    try:
        text = data.decode('utf-8-sig')
    except UnicodeDecodeError as error:
        return Input(name, error=f'{name}: not UTF-8 text (byte {error.start}: {data[error.start]:#04x})')
    return Input(name, text=text)


def read_file(path: Path) -> Input:
    try:
        return decode(str(path), path.read_bytes())
    except OSError as error:
        return Input(str(path), error=f'{path}: cannot read ({error.strerror or error})')


def inputs(paths: list[str]) -> Iterator[Input]:
    """Each path in order: `-` is stdin, a directory gives its `*.txt` files sorted by path."""
    for raw in paths:
        if raw == '-':
            yield decode('-', sys.stdin.buffer.read())
            continue
        path = Path(raw)
        if path.is_dir():
            texts = sorted(item for item in path.rglob('*.txt') if item.is_file())
            if not texts:
                yield Input(raw, error=f'{raw}: directory holds no .txt files')
            yield from (read_file(item) for item in texts)
        elif path.exists():
            yield read_file(path)
        else:
            yield Input(raw, error=f'{raw}: no such file or directory')
