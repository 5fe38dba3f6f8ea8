"""The arguments of a mention, built from the named rules of its match: people, places, documents, names."""

from __future__ import annotations

from functools import cache

from extractor.entities import (
    arg,
    countries_in,
    geo_args,
    org_args,
    person_arg,
    post_text,
)
from extractor.normal import person_name, phrase_nominative
from extractor.records import Arg
from extractor.trace import Node
from grammars.geo import geo_entry
from grammars.lexicon import entries, fold, table, word_set

AGENT_NODES = ('PERSON', 'AGENT_DESCRIPTION', 'GROUP', 'ORG', 'GEO_NAME', 'NAME_WORD', 'PRONOUN', 'SUBJECT_PRONOUN',
               'PEOPLE', 'GIVEN_NAME')


def outermost(node: Node, names, skip=('CONTEXT',)) -> list[Node]:
    """The nodes named `names` under `node` that no other such node holds, outside context phrases."""
    result = []
    for child in node.children:
        if child.name in names:
            result.append(child)
        elif child.name not in skip:
            result.extend(outermost(child, names, skip))
    return result


def agent_args(node: Node, source: str) -> list[Arg]:
    result = []
    for found in outermost(node, AGENT_NODES):
        if found.name == 'PERSON':
            result.append(person_arg(found, source))
        elif found.name == 'ORG':
            result.extend(org_args(found, source))
        elif found.name == 'GEO_NAME':
            result.extend(geo_args(found, source))
        elif found.name == 'PEOPLE':
            # «60 женщин» is counted as written
            counted = found.tokens[0].value.isdigit()
            normal = found.text(source) if counted else phrase_nominative(found.tokens)
            result.append(arg(found, source, 'other', normal, rule='PEOPLE'))
        elif found.name == 'GIVEN_NAME':
            result.append(arg(found, source, 'person', person_name(found.tokens), rule='GIVEN_NAME'))
        elif found.name == 'NAME_WORD':
            result.append(arg(found, source, 'person', person_name(found.tokens), rule='NAME_WORD'))
        elif found.name == 'AGENT_DESCRIPTION':
            # «министры», «лидеры двух стран»: a post in the plural is a group, not one holder, and so is
            # one held in two countries («главы МИД двух стран»)
            countries = countries_in(found)
            kind = 'GROUP' if plural(found) or found.child('OF_COUNTRIES') else 'AGENT_DESCRIPTION'
            result.append(arg(found, source, 'person', None, position=post_text(found.find('POSITION')),
                              country=countries[0] if countries else None, rule=kind))
        else:
            result.append(arg(found, source, 'person', None, rule=found.name))
    return result


def plural(node: Node) -> bool:
    """A post the dictionary reads first as a plural («министры», «лидеры»); «главы» reads first as
    a genitive singular, as it is in «визит главы российской дипломатии», but «главы государств» is
    plural by its last word, which the listed «глава государства» has in the singular."""
    title = node.find('POSITION_TITLE')
    if not title or not title.tokens:
        return False
    last, listed = title.tokens[-1], (title.line or '').split()
    if len(title.tokens) > 1 and listed and fold(last.value) != fold(listed[-1]) and plural_first(last):
        return True
    return plural_first(head_token(title.tokens))  # «министрами иностранных дел»: the head says


def plural_first(token) -> bool:
    forms = token.forms or []
    return bool(forms) and 'plur' in forms[0].grams and 'sing' not in forms[0].grams


@cache
def capitals() -> dict[str, str]:
    """Country → capital: the first city the gazetteer lists for it."""
    result: dict[str, str] = {}
    for entry in entries('geo', 'cities'):
        if entry.country:
            result.setdefault(entry.country, entry.name)
    return result


def place_args(node: Node, source: str) -> list[Arg]:
    for found in outermost(node, ('GEO_NAME', 'CAPITAL', 'PLACE_ANAPHOR', 'SITE')):
        if found.name == 'SITE':
            # «в аэропорту Минска»: the city a site is in says more than the site
            named = found.find('GEO_NAME')
            return geo_args(named, source) if named else [
                arg(found, source, 'other', capitals_kept(phrase_nominative(found.tokens), found.text(source)),
                    rule='SITE')]
        if found.name == 'GEO_NAME':
            return geo_args(found, source)
        if found.name == 'CAPITAL':
            # «российской столице», «в столице Казахстана»
            named = found.find('GEO_ADJECTIVE', 'COUNTRY')
            entry = geo_entry(named.line or '') if named else None
            city = capitals().get(entry.name) if entry else None
            return [arg(found, source, 'city', city, rule='CAPITAL')]
        return [arg(found, source, 'country', None, rule='PLACE_ANAPHOR')]
    return []


def capitals_kept(normal: str, written: str) -> str:
    """A normal with the capitals of the words as written: «Белом доме» → «Белый дом», «Кремле» → «Кремль»."""
    words, as_written = normal.split(' '), written.split()
    if len(words) != len(as_written):
        return normal
    return ' '.join(word[:1].upper() + word[1:] if shown[:1].isupper() else word
                    for word, shown in zip(words, as_written, strict=True))


def acts() -> frozenset[str]:
    """Documents a head of state signs alone («указ», «закон»): no agreement between parties."""
    return word_set('documents', 'acts')


@cache
def doc_kinds() -> dict[str, str]:
    return {fold(name): kind for kind, names in table('documents', 'kinds').items() for name in names}


def document_arg(node: Node, source: str) -> Arg:
    count_node = node.find('DOC_COUNT')
    kind_node = node.find('DOC_KIND')
    tokens = [token for token in node.tokens if not count_node or token not in count_node.tokens]
    if node.find('DOC_TITLE'):  # «пакета Яровой»: a name, in the nominative as it is written
        tokens = [token for token in tokens if token.value not in '«»']
        normal = phrase_nominative(tokens)
        return arg(node, source, 'document', tokens[0].value[:1] + normal[1:] if normal else None)
    years = [int(found.tokens[0].value) for found in node.find_all('DATE_YEAR_NUMBER')]
    return arg(node, source, 'document', phrase_nominative(tokens),
               doc_kind=doc_kinds().get(fold(kind_node.line or '')) if kind_node else None,
               period=(years[0], years[-1]) if years else None,
               count=int(count_node.tokens[0].value) if count_node else None)


def other_arg(node: Node, source: str, role: str) -> Arg:
    if role == 'kind':
        return arg(node, source, 'other', node.tokens[0].forms[0].normalized if node.tokens[0].forms else None)
    if role == 'ordinal':
        return arg(node, source, 'other', node.tokens[0].value)
    if role == 'position':
        countries = countries_in(node)
        return arg(node, source, 'other', post_text(node.find('POSITION') or node),
                   country=countries[0] if countries else None)
    if role == 'name' and node.name in ('SUMMIT_ANAPHOR', 'SUMMIT_NOUN_ALONE'):
        return arg(node, source, 'other', None, rule=node.name)
    meeting = node.find('SUMMIT_WITH') if role == 'name' else None
    if meeting:  # «совещание с членами правительства»: a meeting with someone has no name but its noun
        return arg(node, source, 'other', phrase_nominative(meeting.find('MEETING_NOUN').tokens), rule='SUMMIT_WITH')
    return arg(node, source, 'other', phrase_nominative(node.tokens) if role == 'name' else node.text(source))


def head_token(tokens: list):
    """The word of a phrase that takes its case: the first, or of «премьер-министра» the last part."""
    at = 0
    while at + 2 < len(tokens) and tokens[at + 1].value == '-':
        at += 2
    return tokens[at]
