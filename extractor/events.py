"""Event records of a document: grammars on the sentences that may hold an event, then the mentions
tied to people and places, merged into events, linked and coded."""

from __future__ import annotations

from datetime import date
from functools import cache

from extractor.arguments import acts
from extractor.clauses import owned, received
from extractor.diplomatic import diplomatic, with_the_press
from extractor.mentions import Found, found_mention
from extractor.merge import Draft, merge
from extractor.modality import readings
from extractor.morph import tokenizer
from extractor.parse import DocumentMatches, matches
from extractor.posts import document_posts
from extractor.records import Arg, Event, Mention, Span
from extractor.resolve import resolve
from extractor.segment import Sentence
from extractor.trace import render
from extractor.triggers import trigger_types
from grammars.geo import geo_entry
from grammars.lexicon import fold, words
from grammars.summit import MEETING_WORDS

EVENT_RULES = {kind: f'grammars.{kind}.{kind.upper()}' for kind in
               ('visit', 'talks', 'signing', 'summit', 'call', 'appointment')}
# rules read only where the type's own finds nothing in the same words, and only in a sentence with
# one of their words
FALLBACK_RULES = {'summit': 'grammars.summit.SUMMIT_NAMED_BEFORE'}
FALLBACK_WORDS = {'summit': MEETING_WORDS}
ROLE_ORDER = ('visitor', 'participants', 'parties', 'person', 'inviter', 'host', 'destination', 'place',
              'name', 'ordinal', 'document', 'position', 'kind', 'format', 'topic')


def sentence_mentions(sentence: Sentence, text: str, anchor: date | None, trace: bool,
                      prefilter: bool = True, lookahead: bool = True) -> list[Found]:
    found = []
    kinds = trigger_types(sentence.text) if prefilter else list(EVENT_RULES)
    if not kinds:
        return found
    tokens = list(tokenizer()(sentence.text))
    span = Span(sentence.start, sentence.end, sentence.text)
    for kind in kinds:
        nodes = matches(EVENT_RULES[kind], sentence, lookahead)
        if kind in FALLBACK_RULES and any(form.normalized in FALLBACK_WORDS[kind]
                                          for token in tokens for form in readings(token)):
            nodes += [node for node in matches(FALLBACK_RULES[kind], sentence, lookahead)
                      if not any(node.start < other.end and other.start < node.end for other in nodes)]
        for node in nodes:
            if not (received(node) and owned(node)):
                continue
            found.append(found_mention(kind, node, text, span, tokens, anchor,
                                       render(node, text) if trace else None))
    return without_talks_by_phone([mention for mention in found if not a_power(mention, tokens)
                                   and not (mention.type == 'talks' and with_the_press(mention))])


@cache
def power_forms() -> frozenset[str]:
    return frozenset(words('events', 'powers'))


def a_power(mention: Found, tokens: list) -> bool:
    """«право назначать членов Совета Федерации»: an infinitive trigger right after a word of power."""
    start = mention.trigger.start - mention.sentence.start
    at = next((index for index, token in enumerate(tokens) if token.span.start == start), None)
    if not at or not any('INFN' in form.grams for form in readings(tokens[at])):
        return False
    return any(form.normalized in power_forms() for token in tokens[max(0, at - 2):at] for form in readings(token))


def without_talks_by_phone(found: list[Found]) -> list[Found]:
    """«обсуждали по телефону» is a call: the talks reading of the same words gives way."""
    calls = [mention.span for mention in found if mention.type == 'call']
    return [mention for mention in found if mention.type != 'talks' or not any(
        start <= mention.trigger.start < end for start, end in calls)]



# words that point at something named elsewhere; where nothing was found for them they say nothing
ANAPHORS = ('SUMMIT_ANAPHOR', 'SUMMIT_NOUN_ALONE', 'PLACE_ANAPHOR', 'PRONOUN', 'SUBJECT_PRONOUN')


def gathered_args(draft: Draft) -> tuple[tuple[str, tuple[Arg, ...]], ...]:
    by_role: dict[str, list[Arg]] = {}
    for mention in draft.mentions:
        for role, item in mention.roles:
            if item.normal is None and item.rule in ANAPHORS:
                continue
            same = by_role.setdefault(role, [])
            if not any((other.normal, other.kind) == (item.normal, item.kind) and
                       (item.normal is not None or other.start == item.start) for other in same):
                same.append(item)
    return tuple((role, tuple(by_role[role])) for role in ROLE_ORDER if role in by_role)


def cameo(event_type: str, draft: Draft, args: dict, countries: dict[str, str]) -> str | None:
    modality = draft.mentions[0].modality
    if event_type == 'visit':
        return '042'
    if event_type == 'call':
        return '041'
    if event_type == 'signing':
        kinds = {item.doc_kind for item in args.get('document', ())}
        return None if kinds and kinds <= acts() else '057'
    if event_type == 'talks':
        if modality in ('planned', 'possible'):
            return '036'
        nouns = {fold(mention.trigger.text) for mention in draft.mentions}
        if any(noun.startswith('переговор') for noun in nouns):
            return '046'
        sides = {item.normal if item.kind == 'country' else item.country or countries.get(item.normal or '')
                 for item in args.get('participants', ())} - {None}
        places = {item.normal for item in args.get('place', ())}
        # a meeting in a country none of the sides comes from: at a third location
        return '044' if places and sides and not places & sides and not any(
            geo_country(place) in sides for place in places) else '040'
    return None


def geo_country(place: str) -> str | None:
    entry = geo_entry(place)
    return entry.country if entry else None


def record(number: int, draft: Draft, related: tuple[str, ...], countries: dict[str, str]) -> Event:
    args = gathered_args(draft)
    first_date = next((mention.date for mention in draft.mentions if mention.date), None)
    mentions = tuple(Mention(mention.trigger, mention.sentence, mention.rule, mention.trace)
                     for mention in draft.mentions)
    return Event(id=f'e{number}', type=draft.type, modality=draft.mentions[0].modality, args=args,
                 mentions=mentions, date=first_date, related=related,
                 cameo=cameo(draft.type, draft, dict(args), countries))


def links(drafts: list[Draft]) -> list[tuple[str, ...]]:
    """For each event, the events it happens in: «в ходе визита» → a visit of the same people if
    there is one, else the visit named nearest before it (or, failing that, after it)."""
    result = []
    for position, draft in enumerate(drafts):
        targets = []
        # «в ходе переговоров» in a talks mention is about those talks themselves
        for kind in sorted({kind for mention in draft.mentions for kind in mention.context} - {draft.type}):
            candidates = [index for index in range(len(drafts)) if index != position and drafts[index].type == kind]
            chosen = min(candidates, default=None, key=lambda index: (
                not (drafts[index].agents() & draft.agents()), index > position, abs(index - position)))
            if chosen is not None:
                targets.append(f'e{chosen + 1}')
        result.append(tuple(sorted(targets)))
    return result


def document_events(text: str, entity_matches: DocumentMatches, anchor: date | None, trace: bool,
                    prefilter: bool = True, lookahead: bool = True) -> tuple[Event, ...]:
    """The events of a document; `entity_matches`: the entity grammar on its sentences, run only where
    asked; `prefilter` and `lookahead` as in `Extractor`."""
    found = [mention for sentence in entity_matches.parts
             for mention in sentence_mentions(sentence, text, anchor, trace, prefilter, lookahead)]
    found = resolve(found, text, entity_matches)
    agents = [item for mention in found for item in mention.agents() if item.normal]
    posts = {item.normal: item.position for item in agents if item.position}
    countries = {item.normal: item.country for item in agents if item.country}
    drafts = merge(found)
    unposted = {item.normal for draft in drafts if not diplomatic(draft, posts) for mention in draft.mentions
                for item in mention.agents() if item.kind == 'person' and item.normal and item.normal not in posts}
    if unposted:  # a post given in a sentence no event is in
        posts = {**document_posts(text, entity_matches, unposted), **posts}
    drafts = [draft for draft in drafts if diplomatic(draft, posts)]
    related = links(drafts)
    return tuple(record(number, draft, related[number - 1], countries) for number, draft in enumerate(drafts, 1))

