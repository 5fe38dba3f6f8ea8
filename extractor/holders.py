"""Who held which office of which state or international body, and when: a person's name as the
extractor normalises it («Владимир Путин», «Путин», «Си») to the offices its bearer held in a year."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from grammars.lexicon import LexiconError, display, entries, fold, load, path_of

LEXICON = 'office_holders'


@dataclass(frozen=True)
class Office:
    post: str          # «президент»
    state: str         # «Россия» or «ООН»
    start: int
    end: int | None    # None: still in office

    def held_in(self, year: int) -> bool:
        return self.start <= year and (self.end is None or year <= self.end)


def error(name: str, problem: str) -> LexiconError:
    return LexiconError(f'{display(path_of(LEXICON))}: {name!r}: {problem}')


def office(name: str, term: object, known: frozenset[str]) -> Office:
    """One term, [post, state or body, from year, to year], checked."""
    if not isinstance(term, list) or len(term) != 4:
        raise error(name, f'term {term!r} is not [post, state, from, to]')
    post, state, start, end = term
    if not isinstance(post, str) or type(start) is not int or not (end is None or type(end) is int):
        raise error(name, f'term {term!r} is not [post, state, from, to]')
    if state not in known:
        raise error(name, f'{state!r} is in neither geo.yml countries nor orgs.yml organizations')
    if end is not None and start > end:
        raise error(name, f'term {term!r} ends before it starts')
    return Office(post, state, start, end)


def person(item: object, known: frozenset[str]) -> tuple[list[str], list[str], tuple[Office, ...]]:
    """One listed person: the full names, the short names and the offices, checked."""
    if not isinstance(item, dict) or not isinstance(item.get('name'), str):
        raise LexiconError(f'{display(path_of(LEXICON))}: person without a name: {item!r}')
    name, aliases, surname, terms = item['name'], item.get('aliases', []), item.get('surname'), item.get('terms')
    if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
        raise error(name, 'aliases must be a list of full names')
    if surname is not None and not isinstance(surname, str):
        raise error(name, 'surname must be a word')
    if not isinstance(terms, list) or not terms:
        raise error(name, 'no terms')
    names = [name, *aliases]
    return names, [surname] if surname else [each.split()[-1] for each in names], tuple(
        office(name, term, known) for term in terms)


@cache
def index() -> dict[str, tuple[tuple[Office, ...], ...]]:
    """A full name, an alias or a short name (folded) → the offices of each person it may stand for;
    the short name is `surname` where given, else the last word of the name and of each alias."""
    known = frozenset(entry.name for section in (('geo', 'countries'), ('orgs', 'organizations'))
                      for entry in entries(*section))
    holders = load(LEXICON).get('holders')
    if not isinstance(holders, list):
        raise LexiconError(f'{display(path_of(LEXICON))}: section holders must be a list of people')
    full: set[str] = set()
    result: dict[str, list[tuple[Office, ...]]] = {}
    for item in holders:
        names, shorts, offices = person(item, known)
        for key in dict.fromkeys(fold(each) for each in names):
            if key in full:
                raise error(names[0], 'listed twice')
            full.add(key)
        for key in dict.fromkeys(fold(each) for each in (*names, *shorts)):
            result.setdefault(key, []).append(offices)
    return {key: tuple(people) for key, people in result.items()}


def offices_of(name: str, year: int | None = None) -> tuple[Office, ...]:
    """The offices the person a name stands for held in `year` (any year where None). A name that
    several people share stands for whichever of them held an office then, and for none where
    several did, unless all their offices are of one state or body. A full name the lexicon does not
    list («Лула да Силва») is looked up by its surname."""
    found = index().get(fold(name.strip())) or index().get(fold(name.split()[-1]), ()) if name.strip() else ()
    held = [tuple(each for each in offices if year is None or each.held_in(year)) for offices in found]
    held = [offices for offices in held if offices]
    if len(held) > 1 and len({each.state for offices in held for each in offices}) > 1:
        return ()
    return tuple(sorted((each for offices in held for each in offices), key=lambda each: each.start))


def acts_for(name: str, year: int | None = None) -> str | None:
    """The one state or body the person a name stands for held office for (in `year`), if one."""
    states = {each.state for each in offices_of(name, year)}
    return states.pop() if len(states) == 1 else None
