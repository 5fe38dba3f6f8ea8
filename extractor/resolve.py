"""Who and where a mention means when it does not name them: a bare surname, a post («глава российской
дипломатии»), a group («стороны», «министры»), a pronoun («он»), a place («эту страну»)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from extractor.antecedents import Antecedents
from extractor.coref import full_names
from extractor.mentions import AGENT_ROLES, Found
from extractor.morph import analyzer
from extractor.parse import DocumentMatches
from extractor.records import Arg
from grammars.event import TYPES
from grammars.gazetteer import fold as fold_form
from grammars.gazetteer import word_forms
from grammars.lexicon import entries, fold, load

PRONOUNS = ('PRONOUN', 'SUBJECT_PRONOUN')
WORD = re.compile(r'[А-Яа-яЁё]+')


@cache
def offices() -> dict[str, str]:
    """Post phrase (folded) → the office it names."""
    return {fold(phrase): office for office, phrases in load('positions')['offices'].items() for phrase in phrases}


def office_of(position: str | None) -> set[str]:
    """The offices a post names, by its opening words; «заместитель премьер-министра – министр
    иностранных дел» names one, «глава дипломатии министерства ...» another."""
    found = set()
    for part in (position or '').split(' – '):
        words = fold(part).split()
        for size in range(len(words), 0, -1):
            office = offices().get(' '.join(words[:size]))
            if office:
                found.add(office)
                break
    return found


def people(found: list[Found]) -> list[Arg]:
    """Everyone the mentions name in full, in document order."""
    named = [item for mention in found for item in mention.agents()
             if item.kind == 'person' and item.normal and ' ' in item.normal]
    return sorted(named, key=lambda item: item.start)


def holder(description: Arg, named: list[Arg], others: list[Arg]) -> Arg | None:
    """The person named in the document who holds the post a description names, in its country;
    «коллега» is whoever holds, in that country, the office of the other side («со своим российским
    коллегой» of a president is the Russian president)."""
    offices_wanted = office_of(description.position)
    if fold(description.position or '') == 'коллега':
        offices_wanted = {office for other in others for office in office_of(other.position)}
    for person in named:
        if offices_wanted & office_of(person.position) and (
                description.country is None or person.country == description.country):
            return person
    return None


def holder_nearby(description: Arg, antecedents: Antecedents, others: list[Arg]) -> Arg | None:
    """«Президент сообщил, что подписал указ»: the holder named with the post in the sentences just before,
    where no event names one."""
    for people in antecedents.people_before(description.start):
        person = holder(description, people, others)
        if person:
            return person
    return None


def posted(item: Arg, named: list[Arg]) -> Arg:
    """An agent with the post the document gives its person somewhere, where this mention gives none."""
    if item.position or not item.normal:
        return item
    found = next((person for person in named if person.normal == item.normal and person.position), None)
    return replace(item, position=found.position) if found else item


def with_person(item: Arg, person: Arg) -> Arg:
    return replace(item, normal=person.normal, position=item.position or person.position,
                   country=item.country or person.country, organization=item.organization or person.organization)


def group_members(mention: Found, before: list[Found]) -> list[Arg]:
    """«стороны», «министры»: the people of the latest event before that the mention happens in
    («по итогам встречи» → the meeting), else of the latest talks or call, else visit; where that
    names one side only, the mentions before it add the other."""
    members: list[Arg] = []
    sides = [name for kind in ('meeting', 'travel') for name, declared in TYPES.items() if declared.kind == kind]
    for kind in dict.fromkeys([*mention.context, *sides]):
        for other in reversed([other for other in before if other.type == kind]):
            members.extend(item for item in other.agents()
                           if item.normal and item.normal not in {member.normal for member in members})
            if len(members) >= 2:
                return members
    return members


def resolve_agents(mention: Found, before: list[Found], named: list[Arg], surnames: dict[str, str],
                   antecedents: Antecedents) -> Found:
    roles = []
    for role, item in mention.roles:
        if role not in AGENT_ROLES or item.kind != 'person':
            roles.append((role, item))
            continue
        if item.rule in PRONOUNS:
            person = antecedents.of(item)  # the name only: «он занимал должность» is about another post
            item = replace(item, normal=person.normal) if person else item
        if item.normal and ' ' not in item.normal:
            full = surnames.get(fold(item.normal)) or surnames.get(fold(item.text))
            item = replace(item, normal=full) if full else item
        if item.rule == 'AGENT_DESCRIPTION':
            others = [posted(other, named) for other in mention.agents() if other is not item]
            person = holder(item, named, others) or holder_nearby(item, antecedents, others)
            item = with_person(item, person) if person else item
        elif item.rule == 'GROUP' and TYPES[mention.type].kind != 'post':
            # «стороны» is one mention of the people it stands for: one arg, its members named
            members = group_members(mention, before)
            if members:
                item = replace(item, members=tuple(member.normal for member in members if member.normal))
        roles.append((role, item))
    return replace(mention, roles=tuple(roles))


@cache
def country_forms() -> dict[str, str]:
    """Every form of a one-word country name or its adjective → the country."""
    morph = analyzer().raw
    result = {}
    for entry in entries('geo', 'countries'):
        for word in (*entry.names, *entry.adjectives):
            if ' ' not in word and '-' not in word and not entry.ambiguous:
                for form in word_forms(word, morph):
                    result.setdefault(form, entry.name)
    return result


def countries_before(text: str, position: int) -> list[str]:
    """The countries the text names before a position, nearest last."""
    return [country_forms()[fold_form(word)] for word in WORD.findall(text[:position])
            if fold_form(word) in country_forms()]


def resolve_places(mention: Found, text: str) -> Found:
    """«посетить эту страну»: the country named last before, other than the agents' own."""
    own = {item.country for item in mention.agents() if item.country}
    roles = []
    for role, item in mention.roles:
        if item.rule == 'PLACE_ANAPHOR' and item.normal is None:
            candidates = [country for country in countries_before(text, item.start) if country not in own]
            if candidates:
                item = replace(item, normal=candidates[-1])
        roles.append((role, item))
    return replace(mention, roles=tuple(roles))


def with_visitors(mention: Found, found: list[Found]) -> Found:
    """«Путин посещал Астану, где принял участие в саммите»: who takes part without being named is
    the visitor the same sentence names."""
    declared = TYPES[mention.type]
    if declared.kind != 'gathering' or mention.agents():
        return mention
    for other in found:
        if TYPES[other.type].kind == 'travel' and other.sentence == mention.sentence:
            visitors = [(declared.agent_role, item) for role, item in other.roles
                        if role == TYPES[other.type].agent_role and item.normal]
            if visitors:
                return replace(mention, roles=mention.roles + tuple(visitors))
    return mention


def resolve(found: list[Found], text: str, entity_matches: DocumentMatches) -> list[Found]:
    named = people(found)
    surnames = full_names(named)
    # the people the mentions name, a bare surname with the full name the document gives it
    agents = [replace(item, normal=surnames.get(fold(item.normal), item.normal)) for mention in found
              for item in mention.agents() if item.kind == 'person' and item.normal]
    antecedents = Antecedents(text, entity_matches, surnames, agents)
    result = []
    for mention in found:
        mention = resolve_agents(mention, result, named, surnames, antecedents)
        result.append(resolve_places(mention, text))
    return [with_visitors(mention, result) for mention in result]


