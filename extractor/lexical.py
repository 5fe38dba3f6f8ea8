"""Mentions of trigger words that no grammar of their type read: a trigger is an event.

Where a grammar reads the clause of a trigger, its match makes the mention (`extractor.mentions`).
Where none does («Путин посетил Берлин, где ...» cut short by a word the frame does not expect, a
noun with nothing the grammar knows around it), the word alone makes one, with the arguments the
clause gives that can be placed (`extractor.attach`) and none that cannot.
"""

from __future__ import annotations

from dataclasses import replace

from extractor.attach import SIDES, attached_args
from extractor.entities import date_arg
from extractor.mentions import Found, arrives, trigger_spans, trigger_words, without_what_an_act_is_about
from extractor.merge import about
from extractor.modality import dated_modality, readings, word_modality
from extractor.objects import object_arg, object_place
from extractor.phrases import Phrase, before_modifiers, clause_bounds
from extractor.records import Span
from extractor.sides import sides_beside
from extractor.trigger_hits import Hit
from grammars.declaration import AGENT_ROLES, PLACE_ROLES
from grammars.event import TYPES


def word_rule(event_type: str) -> str:
    """The rule a mention found by its trigger word alone names: `visit.VISIT_WORD`."""
    return f'{event_type}.{TYPES[event_type].word_rule}'


def uncovered(hits: list[Hit], tokens: list, found: list[Found], offset: int) -> list[Hit]:
    """The trigger words that no grammar mention of their type holds as one of its trigger words or
    inside one of its arguments («79-й сессии Генеральной Ассамблеи ООН» is one summit's name)."""
    result = []
    for hit in hits:
        start = tokens[hit.first].span.start + offset
        end = tokens[hit.last - 1].span.stop + offset
        if not any(mention.type == hit.type and any(start < stop and begin < end for begin, stop in taken)
                   for mention, taken in ((mention, held_spans(mention)) for mention in found)):
            result.append(hit)
    return [hit for hit in result if not manner_of_another(hit, result)]


# «позвонил Зыкиной по телефону»: how a call is made, a few words from its verb, names no second call
MANNER_SECTIONS = ('by_phone',)
MANNER_REACH = 4


def manner_of_another(hit: Hit, hits: list[Hit]) -> bool:
    return hit.section in MANNER_SECTIONS and any(
        other is not hit and other.type == hit.type and other.section not in MANNER_SECTIONS
        and abs(other.first - hit.first) <= MANNER_REACH for other in hits)


def held_spans(mention: Found) -> tuple[tuple[int, int], ...]:
    return (*trigger_spans(mention), *((item.start, item.end) for _, item in mention.roles))


def word_mention(hit: Hit, tokens: list, sentence: Span, source: str, trace: bool) -> Found:
    start = tokens[hit.first].span.start + sentence.start
    end = tokens[hit.last - 1].span.stop + sentence.start
    name = TYPES[hit.type].word_rule
    modality, tensed = word_modality(tokens, hit.first)
    return Found(
        type=hit.type,
        rule=word_rule(hit.type),
        trigger=Span(start, end, source[start:end]),
        sentence=sentence,
        roles=(),
        date=None,
        modality=modality,
        tensed=tensed,
        trace=f'{name} [{start}:{end}] «{source[start:end]}» = {hit.phrase}' if trace else None,
        arrival=arrives(hit.type, tokens[hit.first]),
        span=(start, end),
        trigger_rule=name,
        triggers=((start, end),),
    )


def with_clause_args(mention: Found, tokens: list, phrases: list[Phrase], source: str, anchor,
                     trace: bool, others: tuple[tuple[int, int], ...] = ()) -> Found:
    """A mention with the arguments its clause gives that its frame did not place: of each group (who,
    where, when) the frame left empty; `others`: the token ranges of the sentence's other triggers."""
    at = trigger_words(mention, tokens)
    if at is None:
        return mention
    taken = tuple((item.start, item.end) for _, item in mention.roles)
    roles, date, lines = attached_args(mention.type, tokens, *at, phrases, source, anchor, taken, others,
                                       mention.modality in ('planned', 'possible'),
                                       mention.tensed and mention.modality == 'done')
    # who stands before a verb and who after it are read apart: a frame cut short by a date («Путин
    # в среду, 19 сентября, провел разговор с Меркель») may hold the one and not the other; a noun's
    # agents are one, but for the subject of its clause, who meets those it meets with («Токаев на
    # встрече с Путиным отметил»)
    verb = any('VERB' in form.grams or 'INFN' in form.grams for form in readings(tokens[at[0]])[:1])
    # the body a meeting is of («заседание совета») leaves room for who else takes part
    agents = [item for item in mention.agents() if item.rule != 'MEETING_OF']
    sides = {item.start < mention.trigger.start for item in agents} if verb else ({True, False} if agents else set())
    subject_joins = not verb and TYPES[mention.type].kind in SIDES and met_with(mention, tokens, at[1])
    # a verb with its subject before it has no other after it («Стороны обсудили ..., включая СНГ»)
    has_subject = verb and True in sides
    has_places = bool(mention.places())
    # «обсудить строительство АЭС в Казахстане»: a place after the start of the topic is the topic's
    topic = min((item.start for role, item in mention.roles if role == 'topic'), default=None)
    # «посетила на острове старую крепость»: what one visits is where one goes, not where it stands
    visited = destination_object(mention, tokens, at, source) if not has_places else None
    added = [(given.role, given.arg) for given in roles
             if not (visited is not None and given.rule == 'IN')
             and not any(given.arg.start < end and start < given.arg.end for start, end in taken)
             and not (given.role in AGENT_ROLES and (given.arg.start < mention.trigger.start) in sides
                      and not (subject_joins and given.rule == 'SUBJECT'))
             and not (has_subject and given.rule == 'SUBJECT')
             and not (given.role in PLACE_ROLES and (has_places or topic is not None and given.arg.start > topic))]
    added = without_what_an_act_is_about(added, mention.trigger.start, mention.roles)
    kept = [line for line in lines if any(line.startswith(f'{role} ') for role, _ in added)]
    states = sides_beside(tokens, *at, mention.sentence.start, source) if TYPES[mention.type].kind in SIDES else None
    if states is not None and not any(states.start < end and start < states.end for start, end in taken):
        role = TYPES[mention.type].agent_role
        added.append((role, states))
        kept.append(f'{role} ← STATES_OF_ONE_WORD [{states.start}:{states.end}] «{states.text}»')
    if visited is not None and not any(role in PLACE_ROLES for role, _ in added):
        added.append(('destination', visited))
        kept.append(f'destination ← OBJECT_PLACE [{visited.start}:{visited.end}] «{visited.text}»')
    own = mention.date
    if own is not None and date is not None and date.start < mention.trigger.start and dates_the_act_s_matter(mention):
        own = None
    bracketed = bracketed_date(mention, tokens, phrases, source, anchor)
    if bracketed is not None:
        own = date = bracketed
        kept.append(f'date ← BRACKETED [{bracketed.start}:{bracketed.end}] «{bracketed.text}»')
    if own is None and date is not None:
        kept += [line for line in lines if line.startswith('date ')]
    date = own or date
    dated = None if mention.tensed or date is None else dated_modality(date.date_from, date.date_to, anchor)
    if not added and date is mention.date and dated is None:
        return mention
    return replace(mention, roles=mention.roles + tuple(added), date=date, modality=dated or mention.modality,
                   trace='\n'.join([mention.trace, *kept]) if trace and mention.trace else mention.trace)


def manners_joined(found: list[Found], tokens: list) -> list[Found]:
    """«прибыл в город Душанбе с государственным визитом»: a noun of going after «с» is the manner of the
    verb of going before it in its clause: one mention, whose triggers and roles are both's."""
    result = list(found)
    for manner in found:
        at = trigger_words(manner, tokens)
        if at is None or TYPES[manner.type].kind != 'travel' or not after_with(tokens, at[0]):
            continue
        clause = clause_bounds(tokens, at[0])
        verbs = [index for index, mention in enumerate(result) if mention.type == manner.type
                 and mention is not manner and (words := trigger_words(mention, tokens)) is not None
                 and words[0] < at[0] and clause_bounds(tokens, words[0]) == clause
                 and any('VERB' in form.grams for form in readings(tokens[words[0]])[:1])]
        if verbs and manner in result:
            verb = result[verbs[-1]]
            result[verbs[-1]] = replace(verb, triggers=verb.triggers + manner.triggers,
                                        roles=verb.roles + tuple(role for role in manner.roles
                                                                 if role not in verb.roles))
            result.remove(manner)
    return result


def after_with(tokens: list, at: int) -> bool:
    """Whether the word at `at` follows «с» past its adjectives: «с государственным визитом»."""
    before = before_modifiers(tokens, at, ('ADJF',))
    return before >= 0 and tokens[before].value.lower() in ('с', 'со')


def bracketed_date(mention: Found, tokens: list, phrases: list[Phrase], source: str, anchor):
    """«занимал пост замглавы МИД (1 июня 2013 года — 27 июля 2017 года)»: a date in brackets right after
    the frame is the event's own, and says more than «С 2013 года» before it."""
    end = mention.span[1]
    for phrase in phrases:
        if phrase.kind != 'ARGUMENT_DATE' or not 0 < phrase.first < phrase.last < len(tokens):
            continue
        opening, closing = tokens[phrase.first - 1], tokens[phrase.last]
        if opening.value == '(' and closing.value == ')' and not source[end:phrase.node.start - 1].strip() \
                and mention.sentence.start + opening.span.start >= end:
            return date_arg(phrase.node.find('DATE') or phrase.node, source, anchor)
    return None


# «о призыве в армию в августе»: the words between what a document is about and a date of that
MATTER_GAP = 4


def dates_the_act_s_matter(mention: Found) -> bool:
    """Whether the frame's date follows what a signed act is about: «подписал указ о призыве в армию в августе
    2017 года» dates the call-up; the date the clause gives before the trigger dates the signing."""
    return any(role == 'document' and about(set(item.normal.lower().split()))
               and 0 <= mention.date.start - item.end <= MATTER_GAP for role, item in mention.roles if item.normal)


def destination_object(mention: Found, tokens: list, at: tuple[int, int], source: str):
    """«посетит тюрьму»: where one goes, named by no place name (`extractor/objects.py`)."""
    if TYPES[mention.type].place_role != 'destination':
        return None
    found = object_place(tokens, *at, clause_bounds(tokens, at[0])[1])
    return object_arg(tokens, found, mention.sentence.start, source) if found is not None else None


def met_with(mention: Found, tokens: list, last: int) -> bool:
    """Whether all the agents of a noun follow it after «с»: those its clause's subject met with."""
    agents = mention.agents()
    after = [index for index, token in enumerate(tokens[last:], last)
             if token.span.start + mention.sentence.start >= mention.trigger.end]
    return bool(agents) and all(item.start >= mention.trigger.end for item in agents) and any(
        tokens[index].value.lower() in ('с', 'со') and tokens[index + 1].span.start + mention.sentence.start
        == min(item.start for item in agents) for index in after if index + 1 < len(tokens))
