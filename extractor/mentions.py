"""One event mention from one grammar match: its type, trigger, roles, date and modality."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from extractor.arguments import acts, agent_args, document_arg, other_arg, outermost, place_args
from extractor.clauses import appointed
from extractor.entities import STATE_KINDS, date_arg, org_args
from extractor.modality import mention_modality, readings
from extractor.records import Arg, Span
from extractor.trace import Node
from grammars.declaration import AGENT_ROLES, PLACE_ROLES
from grammars.event import TYPES
from grammars.lexicon import fold, index, table
from grammars.roles import CONTEXT_EVENTS
from grammars.summit import BODY_MEETING_WORDS

# what a context phrase's noun says the event belongs to: «в ходе визита» → visit
CONTEXT_TYPES = CONTEXT_EVENTS


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
    triggers: tuple[tuple[int, int], ...] = ()  # every trigger word of the match: «посетит ... с визитом»
    tensed: bool = True  # its modality is said by its own words, not read off another verb

    def agents(self) -> list[Arg]:
        return [item for role, item in self.roles if role in AGENT_ROLES]

    def places(self) -> list[Arg]:
        return [item for role, item in self.roles if role in PLACE_ROLES]


def role_args(event_type: str, node: Node, source: str, trigger: Node) -> list[tuple[str, Arg]]:
    declared = TYPES[event_type]
    names = declared.role_names
    result: list[tuple[str, Arg]] = []
    nodes = without_the_speaker(outermost(node, tuple(names) + declared.date_names), node, trigger, event_type)
    if event_type == 'appointment':
        nodes = appointed(nodes, node)
    for found in nodes:
        role = names.get(found.name)
        if role is None:
            continue
        if role in AGENT_ROLES:
            result.extend((role, item) for item in agent_args(found, source))
        elif role in PLACE_ROLES:
            if not goes_to(found, trigger):
                continue
            result.extend((role, item) for item in place_args(found, source))
        elif role == 'document':
            result.append((role, document_arg(found, source)))
        elif role == 'organization':
            body = found.find('ORG', 'LED_UNIT', 'POST_UNIT') or found
            result.extend((role, item) for item in org_args(body, source))
        else:
            result.append((role, other_arg(found, source, role)))
        if role == 'name' and found.name == 'SUMMIT_NAME':
            result.extend(('ordinal', other_arg(item, source, 'ordinal')) for item in found.find_all('ORDINAL'))
            result.extend(('participants', item) for inner in found.find_all('SUMMIT_PARTICIPANTS')
                          for item in agent_args(inner, source))
            result.extend(('participants', item) for item in meeting_bodies(found, source))
    return without_what_an_act_is_about(result, trigger.start)


def goes_to(place: Node, trigger: Node) -> bool:
    """A place named with no preposition is where one goes only as the object of a verb that takes one
    («Россию посетит»): «ВС США генерал Данфорд прибывает в Турцию» goes to Turkey alone."""
    bare = place.name == 'DESTINATION' and place.children and place.children[0].name == 'GEO_NAME'
    return not bare or not any('intr' in form.grams for form in readings(trigger.tokens[0])[:1])


def without_what_an_act_is_about(roles, trigger_start: int, named=None) -> list:
    """«подписал указ о назначении Дарчиева послом», «закон о сносе домов в Москве»: an act is signed
    alone; who and where come after one named after its verb are what it is about (not so before the
    verb: «распоряжение подписано Медведевым»). `named`: the roles the act is looked for in, where not
    `roles` themselves."""
    act = min((item.start for role, item in (roles if named is None else named)
               if role == 'document' and item.doc_kind in acts()
               and item.start > trigger_start), default=None)
    return [(role, item) for role, item in roles
            if act is None or role not in AGENT_ROLES | PLACE_ROLES or item.start <= act]


@cache
def summit_nouns() -> frozenset[str]:
    return frozenset(table('events', 'summit')['nouns'])


def meeting_bodies(name: Node, source: str) -> list[Arg]:
    """«заседание Совета глав государств СНГ», «сессии Генассамблеи»: the body a meeting is of takes part
    in it, known to the lexicon («СНГ») or not («исполнительного комитета партии»)."""
    noun = name.find('SUMMIT_NOUN')
    if noun is None or not {form.normalized for form in readings(noun.tokens[0])} & BODY_MEETING_WORDS:
        return []
    result = []
    for body in name.find_all('SUMMIT_OF'):
        if summit_nouns() & {form.normalized for form in readings(body.tokens[0])} \
                or body.find('GEO_NAME') is not None and body.find('ORG') is None:
            continue  # «заседание саммита БРИКС», «сессия Россия – Африка»
        short = next((found for found in name.find_all('SUMMIT_OF_SHORT') if found.start >= body.end), None)
        end = short.end if short is not None else body.end
        org = body.find('ORG')
        known = org_args(org, source)[:1] if org is not None else []
        result.append(Arg(start=body.start, end=end, text=source[body.start:end], kind='org',
                          normal=known[0].normal if known else None, country=known[0].country if known else None,
                          rule='MEETING_OF'))
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
    return next((found for name in TYPES[event_type].trigger_names for found in outermost(node, (name,))), top)


def trigger_nodes(event_type: str, node: Node) -> list[Node]:
    """Every trigger word of a match outside its context phrases: «Россию с государственным визитом
    посетит» is one visit named by two."""
    return outermost(node, TYPES[event_type].trigger_names)


def trigger_words(mention: Found, tokens: list) -> tuple[int, int] | None:
    """The token range of a mention's trigger in its sentence's tokens."""
    offset = mention.sentence.start
    at = [index for index, token in enumerate(tokens)
          if mention.trigger.start <= token.span.start + offset < mention.trigger.end]
    return (at[0], at[-1] + 1) if at else None


def trigger_spans(mention: Found) -> tuple[tuple[int, int], ...]:
    return mention.triggers or ((mention.trigger.start, mention.trigger.end),)


def without_the_speaker(nodes: list[Node], node: Node, trigger: Node, event_type: str) -> list[Node]:
    """«Путин сообщил, что Медведев подписал указ»: where the clause after «, что» has a subject of its
    own (someone, or a document: «что распоряжение подписано Медведевым»), the one who says so is no
    party; where it has none («Президент сообщил, что подписал указ»), he is."""
    said = [found for found in outermost(node, ('SAID_THAT',)) if found.end <= trigger.start]
    if not said:
        return nodes
    last = said[-1]
    agent_names = {name for name, role in TYPES[event_type].role_names.items() if role in AGENT_ROLES}
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
    every = trigger_nodes(event_type, node) or [trigger_node]
    start, end = trigger_node.start, trigger_node.end
    dates = outermost(node, TYPES[event_type].date_names)
    modality, tensed = mention_modality(node, sentence_tokens, TYPES[event_type].verb_names)
    return Found(
        type=event_type,
        rule=f'{event_type}.{top.name}',
        trigger=Span(start, end, source[start:end]),
        sentence=sentence,
        roles=tuple(role_args(event_type, node, source, trigger_node)),
        date=date_arg(dates[0], source, anchor, tensed and modality == 'done') if dates else None,
        modality=modality,
        tensed=tensed,
        context=context_types(node),
        trace=trace,
        arrival=arrives(event_type, trigger_node.tokens[0]),
        span=(node.start, node.end),
        state_name=any(names_states(found) for found in node.find_all('SUMMIT_NAME')),
        trigger_rule=trigger_node.name,
        triggers=tuple((found.start, found.end) for found in every),
    )


def names_states(name: Node) -> bool:
    if name.find('GEO_NAME', 'STATE_BODY', 'STATE_BODY_NAME', 'OF_COUNTRIES'):
        return True
    organizations = index('orgs', ('organizations',))
    entries_named = [organizations.get(fold(found.line or '')) for found in name.find_all('ORG_NAME')]
    return any(entry is not None and entry.kind in STATE_KINDS for entry in entries_named)


@cache
def arrival_verbs(event_type: str) -> frozenset[str]:
    """The words of an arrival: its verbs («прибыл») and its nouns («по прибытии»)."""
    section = TYPES[event_type].arrivals
    if not section:
        return frozenset()
    lexicon = table('events', event_type)
    return frozenset((*lexicon[section], *lexicon.get('arrival_nouns', ())))


def arrives(event_type: str, token) -> bool:
    """«прибыл в Астану»: a verb that begins a visit rather than tells all of it; «приезжал во
    Владивосток», a past of the imperfective, tells of a whole trip."""
    forms = token.forms or []
    return any(form.normalized in arrival_verbs(event_type) for form in forms) and not (
        forms and 'impf' in forms[0].grams and 'past' in forms[0].grams)
