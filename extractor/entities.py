"""Entity records (Arg) from the named-rule trees of entity matches."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

from extractor.dates import kind_of, resolve
from extractor.morph import analyzer
from extractor.narrative_year import story_anchor
from extractor.normal import person_name, phrase_case, phrase_nominative
from extractor.records import Arg
from extractor.trace import Node
from grammars.geo import geo_entry
from grammars.lexicon import Entry, entries, fold, index
from grammars.org import QUOTE_MARKS

ENTITY_RULE = 'grammars.entity.ENTITY'

DATE_PREPOSITIONS = frozenset({'в', 'во', 'на', 'до', 'с', 'со', 'по', 'к', 'ко'})
# organisations that act for states
STATE_KINDS = ('international', 'state')
GEO_KINDS = {'countries': 'country', 'cities': 'city', 'regions': 'region'}
GEO_NODES = ('COUNTRY', 'CITY', 'REGION', 'GEO_ADJECTIVE', 'GEO_ADJECTIVE_STEM')
# the parts of a post that say whose post it is, not what it is: left out of `position`
POST_COUNTRY_NODES = ('POSITION_GEO_MODIFIER', 'POSITION_OF_GEO', 'ORG_OF_GEO', 'ORG_GEO_ADJECTIVE')


def arg(node: Node, source: str, kind: str, normal: str | None, **extra) -> Arg:
    return Arg(start=node.start, end=node.end, text=node.text(source), kind=kind, normal=normal, **extra)


def geo_of(node: Node) -> Entry | None:
    word = node.line or node.tokens[0].value
    return geo_entry(word)


def geo_args(node: Node, source: str) -> list[Arg]:
    """Each country, city or region a GEO match names; a compound adjective names several."""
    result = []
    for found in node.find_all(*GEO_NODES):
        entry = geo_of(found)
        if entry is not None:
            result.append(arg(found, source, GEO_KINDS[entry.section], entry.name))
    return result


def countries_in(node: Node) -> list[str]:
    """The countries a match names, a city or region standing for its country, each once."""
    names = []
    for found in node.find_all(*GEO_NODES):
        entry = geo_of(found)
        if entry is None:
            continue
        country = entry.country if entry.section != 'countries' and entry.country else entry.name
        if country not in names:
            names.append(country)
    return names


@cache
def org_kinds() -> dict[str, str]:
    """An organisation's canonical name → its kind in the lexicon (international, state, media, ...)."""
    return {entry.name: entry.kind for entry in entries('orgs', 'organizations') if entry.kind}


@cache
def genitive(phrase: str) -> str:
    """«Россия» → «России», «Южная Корея» → «Южной Кореи»; abbreviations stay."""
    morph = analyzer().raw
    words = []
    for word in phrase.split():
        if word.isupper():
            words.append(word)
            continue
        parsed = morph.parse(word)[0].inflect({'gent'})
        inflected = parsed.word if parsed else word
        words.append(inflected[:1].upper() + inflected[1:] if word[:1].isupper() else inflected)
    return ' '.join(words)


def org_args(node: Node, source: str) -> list[Arg]:
    """An ORG match: a known organisation, a state body of each country named, or a quoted name."""
    found = node if node.name != 'ORG' else (node.children[0] if node.children else node)
    if found.name == 'ORG_NAME':
        entry = index('orgs', ('organizations',)).get(fold(found.line or ''))
        return [arg(found, source, 'org', entry.name if entry else found.text(source), rule='ORG_NAME')]
    if found.name == 'ORG_QUOTED':
        name = found.find('QUOTED_NAME')
        return [arg(found, source, 'org', name.text(source) if name else found.text(source))]
    if found.name in ('LED_UNIT', 'POST_UNIT'):
        # «благотворительный фонд «Друзья культуры»»: the kind in the nominative, the name as written
        name = found.find('QUOTED_NAME')
        kind = found.tokens[:next((at for at, token in enumerate(found.tokens) if token.value in QUOTE_MARKS), None)]
        quoted = f' «{name.text(source)}»' if name else ''
        return [arg(found, source, 'org', phrase_nominative(kind) + quoted)]
    body = found.find('STATE_BODY', 'STATE_BODY_NAME')
    entry = index('orgs', ('state_bodies',)).get(fold(body.line or '')) if body else None
    short = entry.name if entry else phrase_nominative(body.tokens if body else found.tokens)
    countries = countries_in(found)
    if not countries:
        return [arg(found, source, 'org', short)]
    return [arg(found, source, 'org', f'{short} {genitive(country)}', country=country) for country in countries]


def post_text(position: Node) -> str:
    """The post without the words that name its country: «министром иностранных дел России» →
    «министр иностранных дел»; two posts of one person stay two: «заместитель ... – министр ...»."""
    skipped = {id(token) for found in position.find_all(*POST_COUNTRY_NODES) for token in found.tokens}
    posts = position.find_all('POSITION_SINGLE', 'POSITION_ENVOY') or [position]
    texts = []
    for post in posts:
        tokens = [token for token in post.tokens if id(token) not in skipped]
        if tokens:
            texts.append(phrase_nominative(tokens))
    return ' – '.join(texts)


def person_arg(node: Node, source: str) -> Arg:
    name = node.find('NAME_AFTER_POSITION', 'NAME', 'SURNAME') or node
    position = node.find('POSITION')
    post, country, organization = None, None, None
    if position is not None:
        post = post_text(position) or None
        countries = countries_in(position)
        country = countries[0] if countries else None
        org = position.find('ORG')
        company = position.find_all('ORG_LATIN')
        if org is None and company:
            organization = source[company[0].start:company[-1].end]
        if org is not None:
            found = org_args(org, source)[0]
            organization = found.normal
            # «главой МИД Казахстана»: the country may attach to the post rather than to the body
            if found.country is None and country and org.find('STATE_BODY', 'STATE_BODY_NAME'):
                organization = f'{found.normal} {genitive(country)}'
    case = phrase_case(position.tokens) if position is not None else None
    return arg(node, source, 'person', person_name(name.tokens, case), position=post, country=country,
               organization=organization)


def date_arg(node: Node, source: str, anchor: date | None, told_done: bool = False) -> Arg:
    """A date with the words that give it: the preposition the grammar needed («в среду») is left out;
    `told_done`: the event it dates is told of as done, so «в следующем году» follows the year told of."""
    interval = resolve(node, story_anchor(kind_of(node), source, anchor, told_done))
    tokens = node.tokens
    start = node.start
    if len(tokens) > 1 and tokens[0].value.lower() in DATE_PREPOSITIONS:
        start = node.start + (tokens[1].span.start - tokens[0].span.start)
    return Arg(start=start, end=node.end, text=source[start:node.end], kind='date', normal=interval.normal,
               date_from=interval.start.isoformat() if interval.start else None,
               date_to=interval.end.isoformat() if interval.end else None)


def entity_args(node: Node, source: str, anchor: date | None) -> list[Arg]:
    """All entities in one ENTITY match: the outer one and the places and bodies inside it."""
    top = node.children[0] if node.name == 'ENTITY' and node.children else node
    if top.name == 'PERSON':
        person = person_arg(top, source)
        result = [person]
        for org in top.find_all('ORG'):
            for item in org_args(org, source):
                # «главой МИД Казахстана»: the body is the one of the country the post names
                if item.country is None and person.organization and org.find('STATE_BODY', 'STATE_BODY_NAME'):
                    item = replace(item, normal=person.organization, country=person.country)
                result.append(item)
        return result + geo_args(top, source)
    if top.name == 'ORG':
        return org_args(top, source) + geo_args(top, source)
    if top.name == 'DATE':
        return [date_arg(top, source, anchor)]
    return geo_args(top, source)
