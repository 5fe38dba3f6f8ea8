"""Whom an event's agents act for: the states and international bodies their posts, their
organisations and the lexicon of office holders say, and whether any acts for none (`extractor/scope.py`
decides the scope from them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractor.entities import org_kinds
from extractor.holders import offices_of
from extractor.morph import analyzer
from extractor.records import Arg
from grammars.lexicon import fold, table, word_set, words

# organisations whose people act for no state
LATIN_WORD = re.compile(r'\b[A-Z][A-Za-z]+\b')
PRIVATE_KINDS = frozenset({'company', 'media', 'sport', 'education', 'religious', 'other'})


@cache
def political_titles() -> tuple[str, ...]:
    return tuple(fold(title) for title in words('positions', 'political_titles'))


@cache
def former_modifiers() -> tuple[str, ...]:
    return tuple(fold(word) for word in words('positions', 'former_modifiers'))


@cache
def serving_modifiers() -> tuple[str, ...]:
    return tuple(sorted((fold(word) + ' ' for word in words('positions', 'modifiers')), key=len, reverse=True))


def serving_post(position: str) -> str:
    """«новый премьер-министр» holds the post «премьер-министр»; «бывший министр» holds none."""
    post = fold(position)
    while True:
        modifier = next((word for word in serving_modifiers() if post.startswith(word)), None)
        if modifier is None:
            return post
        post = post[len(modifier):]


def company(name: str | None) -> bool:
    """«Lockheed Martin», «глава правления News Corp»: a body or a post of one that Russian news write in
    Latin letters is a company's, a medium's or a club's."""
    return bool(name and LATIN_WORD.search(name))


@cache
def company_units() -> tuple[str, ...]:
    """The bodies and the posts of companies and media: «правление», «гендиректор»."""
    return tuple(f' {lemmatized(unit)} ' for section in ('company_units', 'company_titles')
                 for unit in words('positions', section))


def lemmatized(text: str) -> str:
    return ' '.join(next((form.normalized for form in analyzer()(word.lower())[:1]), word.lower())
                    for word in text.split())


@cache
def unit_kinds() -> dict[str, str]:
    return {word: kind for kind, listed in table('orgs', 'org_types').items() for word in listed}


def unit_kind(name: str | None) -> str | None:
    """«рекламный отдел Центра программ», «башкирская администрация»: the kind of body a name says it is,
    by its first word of a kind (`org_types`); «государственной корпорации» is the state's."""
    found = lemmatized(name or '').split()
    if word_set('orgs', 'state_owned') & set(found):
        return 'state'
    return next((unit_kinds()[word] for word in found if word in unit_kinds()), None)


def company_post(post: str | None) -> bool:
    """«глава правления News Corp», «глава совета директоров медиахолдинга»: a post of a company."""
    if unit_kind(post) == 'state':
        return False  # «генеральный директор государственной корпорации»
    return company(post) or bool(post) and any(unit in f' {lemmatized(post or "")} ' for unit in company_units())


def international(name: str | None) -> bool:
    return org_kinds().get(name or '') == 'international'


@dataclass(frozen=True)
class Known:
    """What the document says of its people: person → post, person → country; and its year."""

    posts: dict[str, str]
    countries: dict[str, str]
    year: int | None


class Actors:
    """What an event's agents say of the states and bodies they act for, in the year of the document."""

    def __init__(self, agents: list[Arg], known: Known):
        self.states: set[str] = set()
        self.bodies: set[str] = set()
        self.official = False
        self.private = False
        self.unknown = 0  # people whose state the text and the lexicon leave unsaid
        for item in agents:
            self.add(item, known)

    def add(self, item: Arg, known: Known) -> None:
        posts, year = known.posts, known.year
        if item.kind == 'country':
            self.states.update(item.members or (item.normal or '',))
            self.official = True
        elif item.kind == 'org' and item.normal is None:
            return  # «заседание исполнительного комитета»: a body named by common words says nothing of whose
        elif item.kind == 'org':
            kind = org_kinds().get(item.normal or '')
            if kind == 'international':
                self.bodies.add(item.normal or '')
            elif item.country or kind == 'state':
                self.states.add(item.country or '')
                self.official = True
            else:
                self.private = True
        elif item.kind == 'person' and item.members:
            for member in item.members:
                self.add_person(Arg(item.start, item.end, item.text, 'person', member,
                                    country=known.countries.get(member)), posts, year)
        elif item.kind == 'person':
            self.add_person(item, posts, year)

    def add_person(self, item: Arg, posts: dict[str, str], year: int | None) -> None:
        """A person acts for a state by the post the text gives him; where it gives none, by the
        offices the lexicon of office holders says he held («Путин» in 2025: Russia's president)."""
        position = item.position or posts.get(item.normal or '')
        if international(item.organization):
            self.bodies.add(item.organization or '')
        if org_kinds().get(item.organization or '') in PRIVATE_KINDS or company(item.organization):
            self.private = True  # «президент Lockheed Martin»: a post of a company
            return
        if position and (serving_post(position).startswith(political_titles()) or (
                fold(position) == 'коллега' and item.country)):  # «со своим казахстанским коллегой»
            self.official = True
            if item.country is not None:
                self.states.add(item.country)
            self.unknown += item.country is None
            return
        if position and fold(position).startswith(former_modifiers()):
            return  # «бывший премьер-министр»: acts for no state now, whatever he once held
        held = offices_of(item.normal, year) if item.normal else ()
        for office in held:
            (self.bodies if international(office.state) else self.states).add(office.state)
        if held:
            self.official = True
        elif item.normal:
            self.private = True
        if item.country and not held:
            self.states.add(item.country)
        self.unknown += not held and item.country is None
