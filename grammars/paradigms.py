"""The written forms of gazetteer words, and the parsed lexicons, kept on disk between runs.

Building the grammars expands every lexicon word to its pymorphy3 paradigm: thousands of dictionary
lookups, most of a cold start. A paradigm depends only on the word and the dictionary, so the forms
worked out once are saved (per dictionary build, in the user's cache folder) and read back by the
next process. Nothing depends on the file: without it, or where it cannot be written, the forms are
worked out again. A parsed lexicon is kept under the hash of its file's bytes, so an edited
lexicon is parsed afresh.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path

# raise when the way a paradigm is chosen changes, so no saved forms of the old way are read
FORMAT = 2


def cache_folder() -> Path:
    given = os.environ.get('NEWS_EVENTS_CACHE')
    if given:
        return Path(given)
    return Path(os.environ.get('XDG_CACHE_HOME') or Path.home() / '.cache') / 'news-events-ru'


def cache_path(morph) -> Path:
    built = str(morph.dictionary.meta.get('compiled_at', 'unknown')).replace(':', '-')
    return cache_folder() / f'paradigms-{FORMAT}-{built}.pickle'


def read(morph) -> dict[str, frozenset[str]]:
    found = saved(cache_path(morph))
    return found if isinstance(found, dict) else {}


def write(morph, forms: dict[str, frozenset[str]]) -> None:
    save(cache_path(morph), forms)


def saved(path: Path):
    """What `save` put at `path`, or None where there is nothing whole to read."""
    try:
        with path.open('rb') as stream:
            return pickle.load(stream)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, ImportError, IndexError):
        return None


def save(path: Path, value) -> None:
    save_bytes(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def save_bytes(path: Path, data: bytes) -> None:
    """Save atomically: processes starting together each write a whole file or none."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile('wb', dir=path.parent, delete=False) as stream:
            stream.write(data)
        os.replace(stream.name, path)
    except OSError:
        pass
