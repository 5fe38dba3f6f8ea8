"""The written forms of gazetteer words, kept on disk between runs.

Building the grammars expands every lexicon word to its pymorphy3 paradigm: thousands of dictionary
lookups, most of a cold start. A paradigm depends only on the word and the dictionary, so the forms
worked out once are kept (per dictionary build, in the user's cache folder, `grammars.cache_files`) and
read back by the next process. Nothing depends on the file: without it, or where it cannot be trusted or
written, the forms are worked out again.
"""

from __future__ import annotations

from pathlib import Path

from grammars import cache_files

# raise when the way a paradigm is chosen changes, so no saved forms of the old way are read
FORMAT = 3


def cache_path(morph) -> Path | None:
    folder = cache_files.cache_folder()
    built = str(morph.dictionary.meta.get('compiled_at', 'unknown')).replace(':', '-')
    return folder / f'paradigms-{FORMAT}-{built}.json' if folder else None


def read(morph) -> dict[str, frozenset[str]]:
    path = cache_path(morph)
    found = cache_files.read_json(path) if path else None
    if not isinstance(found, dict) or not all(
            isinstance(forms, list) and all(isinstance(form, str) for form in forms) for forms in found.values()):
        return {}
    return {word: frozenset(forms) for word, forms in found.items()}


def write(morph, forms: dict[str, frozenset[str]]) -> None:
    path = cache_path(morph)
    if path:
        cache_files.write_json(path, {word: sorted(found) for word, found in forms.items()})
