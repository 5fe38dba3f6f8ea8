"""One event mention from one grammar match: its type, trigger, roles, date and modality."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from extractor.entities import (
    STATE_KINDS,
    arg,
    countries_in,
    date_arg,
    geo_args,
    org_args,
    person_arg,
    post_text,
)
from extractor.modality import mention_modality, readings
from extractor.normal import person_name, phrase_nominative
from extractor.records import Arg, Span
from extractor.trace import Node
from grammars.geo import geo_entry
from grammars.lexicon import entries, fold, index, table, words

TRIGGERS = {
    'visit': ('VISIT_MANNER', 'VISIT_NOUN_GROUP', 'VISIT_VERB', 'VISIT_SUPPORT_VERB'),
    'talks': ('TALKS_VERB', 'RECEPTION_VERB', 'TALKS_NOUN'),
    'signing': ('SIGNING_VERB', 'EXCHANGE_VERB', 'SIGNING_NOUN'),
    'summit': ('SUMMIT_NOUN', 'PARTICIPATION_VERB'),
    'call': ('CALL_NOUN', 'BY_PHONE'),
    'appointment': ('APPOINT_VERB', 'HOLD_VERB', 'APPOINT_NOUN'),
}
ROLES = {
    'visit': {'VISITOR': 'visitor', 'DESTINATION': 'destination', 'VISIT_TO': 'destination', 'INVITATION': 'inviter',
              'VISIT_KIND': 'kind'},
    'talks': {'PARTICIPANTS': 'participants', 'PARTNER': 'participants', 'GUEST': 'participants',
              'REPRESENTED': 'participants', 'PLACE': 'place',
              'TALKS_FORMAT': 'format', 'TALKS_TOPIC': 'topic'},
    'signing': {'PARTIES': 'parties', 'DOCUMENT': 'document', 'PLACE': 'place'},
    'summit': {'SUMMIT_NAME': 'name', 'SUMMIT_PARTICIPANTS': 'participants', 'SUMMIT_CHAIR': 'participants',
               'PLACE': 'place',
               'ORDINAL': 'ordinal', 'SUMMIT_ANAPHOR': 'name'},
    'call': {'CALL_PARTICIPANTS': 'participants', 'PARTNER': 'participants', 'CALL_COUNTERPART': 'participants',
             'TALKS_TOPIC': 'topic'},
    'appointment': {'APPOINTEE': 'person', 'NEW_POSITION': 'position'},
}
AGENT_ROLES = frozenset({'visitor', 'inviter', 'host', 'participants', 'parties', 'person'})
PLACE_ROLES = frozenset({'destination', 'place'})
AGENT_NODES = ('PERSON', 'AGENT_DESCRIPTION', 'GROUP', 'ORG', 'GEO_NAME', 'NAME_WORD', 'PRONOUN')
DATE_NODES = ('VISIT_DATE', 'TALKS_DATE', 'SIGNING_DATE', 'SUMMIT_DATE', 'APPOINTMENT_DATE')
# what a context phrase's noun says the event belongs to: «в ходе визита» → visit
CONTEXT_TYPES = ('visit', 'talks', 'summit')


@dataclass(frozen=True)
class Found:
    """An event mention before the document ties it to others."""

    type: str
    rule: str
    trigger: Span
    sentence: Span
    roles: tuple[tuple[str, Arg], ...]
    date: Arg | None
    modality: str
    context: tuple[str, ...] = ()
    trace: str | None = None
    arrival: bool = False
    span: tuple[int, int] = (0, 0)
    state_name: bool = False  # a summit name that names countries or state or international bodies
    trigger_rule: str = ''

    def agents(self) -> list[Arg]:
        return [item for role, item in self.roles if role in AGENT_ROLES]

    def places(self) -> list[Arg]:
        return [item for role, item in self.roles if role in PLACE_ROLES]


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
        elif found.name == 'NAME_WORD':
            result.append(arg(found, source, 'person', person_name(found.tokens), rule='NAME_WORD'))
        elif found.name == 'AGENT_DESCRIPTION':
            # «министры», «лидеры двух стран»: a post in the plural is a group, not one holder
            countries = countries_in(found)
            kind = 'GROUP' if plural(found) else 'AGENT_DESCRIPTION'
            result.append(arg(found, source, 'person', None, position=post_text(found.find('POSITION')),
                              country=countries[0] if countries else None, rule=kind))
        else:
            result.append(arg(found, source, 'person', None, rule=found.name))
    return result


def plural(node: Node) -> bool:
    """A post the dictionary reads first as a plural («министры», «лидеры»); «главы» reads first as
    a genitive singular, as it is in «визит главы российской дипломатии»."""
    title = node.find('POSITION_TITLE')
    forms = title.tokens[-1].forms if title and title.tokens[-1].forms else []
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
    for found in outermost(node, ('GEO_NAME', 'CAPITAL', 'PLACE_ANAPHOR')):
        if found.name == 'GEO_NAME':
            return geo_args(found, source)
        if found.name == 'CAPITAL':
            adjective = found.find('GEO_ADJECTIVE')
            entry = geo_entry(adjective.line or '') if adjective else None
            city = capitals().get(entry.name) if entry else None
            return [arg(found, source, 'city', city, rule='CAPITAL')]
        return [arg(found, source, 'country', None, rule='PLACE_ANAPHOR')]
    return []


@cache
def acts() -> frozenset[str]:
    """Documents a head of state signs alone («указ», «закон»): no agreement between parties."""
    return frozenset(words('documents', 'acts'))


@cache
def doc_kinds() -> dict[str, str]:
    return {fold(name): kind for kind, names in table('documents', 'kinds').items() for name in names}


def document_arg(node: Node, source: str) -> Arg:
    count_node = node.find('DOC_COUNT')
    kind_node = node.find('DOC_KIND')
    tokens = [token for token in node.tokens if not count_node or token not in count_node.tokens]
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
    if role == 'name' and node.name == 'SUMMIT_ANAPHOR':
        return arg(node, source, 'other', None, rule='SUMMIT_ANAPHOR')
    return arg(node, source, 'other', phrase_nominative(node.tokens) if role == 'name' else node.text(source))


def appointed(nodes: list[Node], clause: Node) -> list[Node]:
    """Who is appointed: with an active verb («Алиев назначил Асадова премьер-министром») the one in
    the accusative after it, never the one before it, who appoints; with a passive one («Асадов
    назначен», «назначен бывший заместитель») the one in the nominative. A genitive («советником
    Мансура», «заместителем Мехсуда») belongs to the post."""
    verb = clause.find('APPOINT_VERB')
    forms = verb.tokens[0].forms if verb and verb.tokens[0].forms else []
    if not forms:
        return nodes
    passive = 'PRTS' in forms[0].grams or 'pssv' in forms[0].grams
    case = 'nomn' if passive else 'accs'
    return [found for found in nodes if found.name != 'APPOINTEE' or (
        (passive or found.start > verb.start) and in_case(found, case))]


def in_case(node: Node, case: str) -> bool:
    """The head word of a person (the post or the first name) can be read in `case`."""
    return not node.tokens or can_be_in(node.tokens[0], case)


def can_be_in(token, case: str) -> bool:
    """A word can be read in `case`; one that does not change («Моди», punctuation) in any."""
    forms = readings(token)
    return not forms or any(case in form.grams or 'Fixd' in form.grams for form in forms)


def received(node: Node) -> bool:
    """Who is received is in the accusative: «принимает ... своего коллегу Николя Саркози», never the
    one who decides («решение примет Барак Обама») or passes a law («принят Госдумой»)."""
    guest = node.find('GUEST')
    if guest is None:
        return True
    agents = outermost(guest, AGENT_NODES)
    if any(found.name in ('ORG', 'GEO_NAME') for found in agents):
        return False  # «решение принял Сенат США»: a body decides; its envoys are the ones received
    heads = [head_token(found.tokens) for found in agents if found.tokens]
    surnames = [found.tokens[-1] for found in outermost(guest, ('LAST_NAME', 'SURNAME', 'SURNAME_AFTER_NAME'))
                if found.tokens]
    return all(object_form(token, surname=False) for token in heads) and all(
        object_form(token, surname=True) for token in surnames)


def owned(node: Node) -> bool:
    """«своего визита»: whoever it belongs to is the subject of the clause, so in the nominative
    («во время своего визита ... дипломат выразил», never «... Путина принял Токаев»)."""
    if node.find('OWN_VISIT') is None:
        return True
    visitors = [found for found in node.find_all('VISITOR') for found in outermost(found, AGENT_NODES)]
    return all(can_be_in(head_token(found.tokens), 'nomn') for found in visitors if found.tokens)


def head_token(tokens: list):
    """The word of a phrase that takes its case: the first, or of «премьер-министра» the last part."""
    at = 0
    while at + 2 < len(tokens) and tokens[at + 1].value == '-':
        at += 2
    return tokens[at]


def object_form(token, surname: bool) -> bool:
    """A word can be a direct object. A name is read by its name readings («Барак» is a first name
    before it is a barrack); a surname the dictionary does not know as one («Моди») is let pass."""
    forms = readings(token)
    named = [form for form in forms if any(gram in form.grams for gram in ('Name', 'Surn', 'Patr'))]
    if surname and not named:
        return True
    return not forms or any('accs' in form.grams or 'Fixd' in form.grams for form in named or forms)


def role_args(event_type: str, node: Node, source: str, trigger: Node) -> list[tuple[str, Arg]]:
    names = ROLES[event_type]
    result = []
    nodes = without_the_speaker(outermost(node, tuple(names) + DATE_NODES), node, trigger, event_type)
    if event_type == 'appointment':
        nodes = appointed(nodes, node)
    for found in nodes:
        role = names.get(found.name)
        if role is None:
            continue
        if role in AGENT_ROLES:
            result.extend((role, item) for item in agent_args(found, source))
        elif role in PLACE_ROLES:
            result.extend((role, item) for item in place_args(found, source))
        elif role == 'document':
            result.append((role, document_arg(found, source)))
        else:
            result.append((role, other_arg(found, source, role)))
        if role == 'name' and found.name == 'SUMMIT_NAME':
            result.extend(('ordinal', other_arg(item, source, 'ordinal')) for item in found.find_all('ORDINAL'))
    return result


@cache
def context_nouns() -> dict[str, str]:
    return {word: kind for kind in CONTEXT_TYPES for word in table('events', kind)['nouns']}


def context_types(node: Node) -> tuple[str, ...]:
    """The kinds of events a mention happens in or after: «в ходе визита» → visit."""
    nouns = context_nouns()
    result = []
    for found in node.find_all('CONTEXT'):
        noun = found.find('EVENT_NOUN')
        forms = noun.tokens[0].forms if noun and noun.tokens[0].forms else []
        kind = next((nouns[form.normalized] for form in forms if form.normalized in nouns), None)
        if kind:
            result.append(kind)
    return tuple(result)


def trigger_of(event_type: str, node: Node) -> Node:
    top = node.children[0] if node.children else node
    return next((found for name in TRIGGERS[event_type] for found in outermost(node, (name,))), top)


def without_the_speaker(nodes: list[Node], node: Node, trigger: Node, event_type: str) -> list[Node]:
    """«Путин сообщил, что Медведев подписал указ»: where the clause after «, что» has a subject of its
    own (someone, or a document: «что распоряжение подписано Медведевым»), the one who says so is no
    party; where it has none («Президент сообщил, что подписал указ»), he is."""
    said = [found for found in outermost(node, ('SAID_THAT',)) if found.end <= trigger.start]
    if not said:
        return nodes
    last = said[-1]
    agent_names = {name for name, role in ROLES[event_type].items() if role in AGENT_ROLES}
    own_subject = any(found.name in agent_names | {'DOCUMENT'} and last.end <= found.start < trigger.start
                      for found in nodes)
    if not own_subject and not passive(trigger):
        return nodes
    return [found for found in nodes if not (found.name in agent_names and found.end <= last.start)]


def passive(trigger: Node) -> bool:
    return bool(trigger.tokens) and all('pssv' in form.grams for form in readings(trigger.tokens[-1]))


def found_mention(event_type: str, node: Node, source: str, sentence: Span, sentence_tokens: list,
                  anchor: date | None, trace: str | None) -> Found:
    top = node.children[0] if node.children else node
    trigger_node = trigger_of(event_type, node)
    dates = outermost(node, DATE_NODES)
    return Found(
        type=event_type,
        rule=f'{event_type}.{top.name}',
        trigger=Span(trigger_node.start, trigger_node.end, trigger_node.text(source)),
        sentence=sentence,
        roles=tuple(role_args(event_type, node, source, trigger_node)),
        date=date_arg(dates[0], source, anchor) if dates else None,
        modality=mention_modality(node, sentence_tokens),
        context=context_types(node),
        trace=trace,
        arrival=trigger_node.name == 'VISIT_VERB' and arrives(trigger_node),
        span=(node.start, node.end),
        state_name=any(names_states(found) for found in node.find_all('SUMMIT_NAME')),
        trigger_rule=trigger_node.name,
    )


def names_states(name: Node) -> bool:
    if name.find('GEO_NAME', 'STATE_BODY', 'STATE_BODY_NAME', 'OF_COUNTRIES'):
        return True
    organizations = index('orgs', ('organizations',))
    entries_named = [organizations.get(fold(found.line or '')) for found in name.find_all('ORG_NAME')]
    return any(entry is not None and entry.kind in STATE_KINDS for entry in entries_named)


@cache
def arrival_verbs() -> frozenset[str]:
    return frozenset(table('events', 'visit')['arrivals'])


def arrives(node: Node) -> bool:
    forms = node.tokens[0].forms or []
    return any(form.normalized in arrival_verbs() for form in forms)
