"""One event mention from one grammar match: its type, trigger, roles, date and modality."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from extractor.arguments import agent_args, document_arg, other_arg, outermost, place_args
from extractor.clauses import appointed
from extractor.entities import STATE_KINDS, date_arg
from extractor.modality import mention_modality, readings
from extractor.records import Arg, Span
from extractor.trace import Node
from grammars.lexicon import fold, index, table

TRIGGERS = {
    'visit': ('VISIT_MANNER', 'VISIT_NOUN_GROUP', 'VISIT_VERB', 'VISIT_SUPPORT_VERB'),
    'talks': ('TALKS_VERB', 'RECEPTION_VERB', 'TALKS_NOUN'),
    'signing': ('SIGNING_VERB', 'EXCHANGE_VERB', 'SIGNING_NOUN'),
    'summit': ('SUMMIT_NOUN', 'SUMMIT_NOUN_ALONE', 'MEETING_NOUN', 'PARTICIPATION_VERB'),
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
               'ORDINAL': 'ordinal', 'SUMMIT_ANAPHOR': 'name', 'SUMMIT_NOUN_ALONE': 'name'},
    'call': {'CALL_PARTICIPANTS': 'participants', 'PARTNER': 'participants', 'CALL_COUNTERPART': 'participants',
             'TALKS_TOPIC': 'topic'},
    'appointment': {'APPOINTEE': 'person', 'NEW_POSITION': 'position'},
}
AGENT_ROLES = frozenset({'visitor', 'inviter', 'host', 'participants', 'parties', 'person'})
PLACE_ROLES = frozenset({'destination', 'place'})
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
            result.extend(('participants', item) for inner in found.find_all('SUMMIT_PARTICIPANTS')
                          for item in agent_args(inner, source))
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
