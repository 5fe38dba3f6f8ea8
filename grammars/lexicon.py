"""The only loader of `lexicons/*.yml`: parsed once, validated, with errors that name file and item."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from grammars import cache_files

LEXICON_DIR = Path(__file__).parent / 'lexicons'

# Keys whose values point at other entries or describe them; every other string is a listed word.
REFERENCE_KEYS = frozenset({'country', 'parent', 'kind', 'ambiguous', 'acts', 'offices', 'envoys', 'terms',
                            'surname'})



class LexiconError(ValueError):
    """A lexicon file is missing, unreadable or inconsistent."""


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry: a canonical name and the words that name it."""

    name: str
    section: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    country: str | None = None
    kind: str | None = None
    parent: str | None = None
    ambiguous: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def fold(word: str) -> str:
    """The key two listings collide on: case and ё do not tell words apart."""
    return word.casefold().replace('ё', 'е')


def path_of(name: str) -> Path:
    return LEXICON_DIR / f'{name}.yml'


@cache
def load(name: str) -> dict:
    """The parsed lexicon `name`, checked that no word is listed twice."""
    path = path_of(name)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise LexiconError(f'{display(path)}: cannot read ({error.strerror})') from None
    # parsing YAML is a fifth of a cold start; a lexicon checked once is kept for its very bytes
    folder = cache_files.cache_folder()
    kept = folder / f'lexicon-{name}-{hashlib.sha256(raw).hexdigest()[:24]}.json' if folder else None
    data = cache_files.read_json(kept) if kept else None
    if isinstance(data, dict):
        return data
    import yaml  # only where a lexicon is new: the import alone costs a tenth of a cold start
    try:
        # libyaml's loader where pyyaml was built with it: ten times faster
        data = yaml.load(raw.decode('utf-8'), Loader=getattr(yaml, 'CSafeLoader', yaml.SafeLoader))
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        raise LexiconError(f'{display(path)}: not valid YAML ({error})') from None
    if not isinstance(data, dict):
        raise LexiconError(f'{display(path)}: expected sections at the top level')
    check_unique(path, data)
    if kept:
        cache_files.write_json(kept, data)
    return data


def display(path: Path) -> str:
    return f'grammars/lexicons/{path.name}'


def listed_words(node, where: str):
    """Every listed word in a YAML subtree with the section path it stands in."""
    if isinstance(node, str):
        yield node, where
    elif isinstance(node, list):
        for item in node:
            yield from listed_words(item, where)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in REFERENCE_KEYS:
                inner = where if key in ('name', 'aliases', 'adjectives') else f'{where}.{key}'
                yield from listed_words(value, inner)


def check_unique(path: Path, data: dict) -> None:
    seen: dict[str, str] = {}
    for section, node in data.items():
        if section in REFERENCE_KEYS:
            continue
        for word, where in listed_words(node, section):
            key = fold(word)
            if key in seen:
                raise LexiconError(f"{display(path)}: '{word}' listed twice ({seen[key]}, {where})")
            seen[key] = where


def words(name: str, section: str) -> tuple[str, ...]:
    """A plain word list: `section` of lexicon `name`, which must be a list of strings."""
    data = load(name)
    value = data.get(section)
    if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
        raise LexiconError(f'{display(path_of(name))}: section {section!r} must be a list of words')
    return tuple(value)


@cache
def word_set(name: str, section: str) -> frozenset[str]:
    """`words` as a set, for asking whether a lemma is one of them."""
    return frozenset(words(name, section))


def table(name: str, section: str) -> dict[str, tuple[str, ...]]:
    """A section mapping a key to a list of words."""
    data = load(name)
    value = data.get(section)
    if not isinstance(value, dict):
        raise LexiconError(f'{display(path_of(name))}: section {section!r} must map keys to word lists')
    result = {}
    for key, items in value.items():
        if not isinstance(items, list) or not all(isinstance(word, str) for word in items):
            raise LexiconError(f'{display(path_of(name))}: {section}.{key} must be a list of words')
        result[str(key)] = tuple(items)
    return result


@cache
def entries(name: str, section: str) -> tuple[Entry, ...]:
    """Gazetteer entries of `section` in lexicon `name`."""
    data = load(name)
    raw = data.get(section)
    where = f'{display(path_of(name))}: {section}'
    if not isinstance(raw, list):
        raise LexiconError(f'{where} must be a list of entries')
    result = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get('name'), str):
            raise LexiconError(f'{where}: entry without a name: {item!r}')
        result.append(Entry(
            name=item['name'],
            section=section,
            aliases=tuple(item.get('aliases') or ()),
            adjectives=tuple(item.get('adjectives') or ()),
            country=item.get('country'),
            kind=item.get('kind'),
            parent=item.get('parent'),
            ambiguous=bool(item.get('ambiguous', False)),
        ))
    return tuple(result)


@cache
def index(name: str, sections: tuple[str, ...]) -> dict[str, Entry]:
    """Every name, alias and adjective of the entries in `sections`, folded, to its entry."""
    return {fold(word): entry for section in sections for entry in entries(name, section)
            for word in (*entry.names, *entry.adjectives)}
