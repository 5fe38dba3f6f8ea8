"""Event records of a document: grammars on the sentences that may hold an event, then the mentions
tied to people and places, merged into events, linked and coded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache

from extractor.actors import Known
from extractor.cameo import cameo
from extractor.clauses import reading_fits
from extractor.lexical import manners_joined, uncovered, with_clause_args, word_mention
from extractor.mentions import Found, found_mention, trigger_words
from extractor.merge import Draft, merge
from extractor.modality import dated_modality, readings, tells_an_end
from extractor.parse import DocumentMatches, matches
from extractor.phrases import clause_bounds, date_starts, phrases_of, with_antecedent
from extractor.posts import document_posts
from extractor.records import Arg, Event, Mention, Span
from extractor.resolve import resolve
from extractor.scope import Scope, scopes
from extractor.surnames import document_surnames, named_surnames, with_surnames
from extractor.trace import render
from extractor.traps import trap_of
from extractor.trigger_hits import trigger_hits
from extractor.triggers import trigger_types, trigger_window
from grammars.event import TYPES

# each type's grammar, by the path its parser is kept under
EVENT_RULES = {name: f'{declared.module}.{declared.root.name}' for name, declared in TYPES.items()}
# rules read only where the type's own finds nothing in the same words, and only in a sentence with
# one of their words
FALLBACK_RULES = {name: f'{declared.module}.{declared.fallback.name}' for name, declared in TYPES.items()
                  if declared.fallback is not None}
# the phrases arguments are made of, attached to the triggers no frame of an event grammar read
ARGUMENT_RULE = 'grammars.argument.ARGUMENT'
# an event the text tells of as done or going on, with no date of its own, happened on the news day
NEWS_DAY_MODALITIES = ('done', 'ongoing')
# scopes that a post given elsewhere in the document may change: look for one
UNSURE = ('NO_STATE', 'IN_CONTEXT')


def sentence_mentions(index: int, argument_matches: DocumentMatches, text: str, anchor: date | None, trace: bool,
                      prefilter: bool = True, lookahead: bool = True,
                      surnames: Callable[[], frozenset[str]] = frozenset) -> list[Found]:
    """Every event mention of a sentence: the grammars' matches, and each trigger word no match of its
    type holds (a trigger is an event), less the uses of trigger words that are not events; `surnames`
    gives those of the people the document names in full, whose bare forms are arguments too."""
    found: list[Found] = []
    sentence = argument_matches.parts[index]
    kinds = trigger_types(sentence.text) if prefilter else list(EVENT_RULES)
    if not kinds:
        return found
    tokens = argument_matches.words(index)
    span = Span(sentence.start, sentence.end, sentence.text)
    for kind in kinds:
        low, high, starts = trigger_window(kind, tokens) if prefilter else (0, len(tokens), None)
        nodes = matches(EVENT_RULES[kind], sentence, lookahead, reading_fits, tokens[low:high], starts)
        if kind in FALLBACK_RULES and any(form.normalized in TYPES[kind].fallback_words
                                          for token in tokens for form in readings(token)):
            nodes += [node for node in matches(FALLBACK_RULES[kind], sentence, lookahead, tokens=tokens)
                      if not any(node.start < other.end and other.start < node.end for other in nodes)]
        for node in nodes:
            found.append(found_mention(kind, node, text, span, tokens, anchor,
                                       render(node, text) if trace else None))
    found += [word_mention(hit, tokens, span, text, trace)
              for hit in uncovered(trigger_hits(tokens), tokens, found, sentence.start)]
    if found:
        # argument phrases are read in the clauses of the mentions only
        triggers = tuple(at for at in (trigger_words(mention, tokens) for mention in found) if at)
        clauses = (with_antecedent(tokens, *clause_bounds(tokens, at[0])) for at in triggers)
        # and its dates anywhere: a date the sentence gives in another clause may be the event's
        starts = frozenset(at for start, end in clauses for at in range(start, end)) | date_starts(tokens) \
            if prefilter else None
        phrases = with_surnames(tokens, sentence.start, surnames(), phrases_of(argument_matches(index, starts), tokens),
                                starts)
        found = manners_joined([with_clause_args(mention, tokens, phrases, text, anchor, trace, triggers)
                                for mention in found], tokens)
    found.sort(key=lambda mention: (mention.trigger.start, mention.type))
    return without_the_overridden(without_what_documents_are_about(
        [mention for mention in found if trap_of(mention, tokens) is None]))


# what a document is about names no meeting or trip of its own: «меморандум о межмидовских
# консультациях», «соглашение о безвизовых поездках» (a decree «о назначении» does appoint)
ABOUT_NO_EVENT = ('meeting', 'travel')


def without_what_documents_are_about(found: list[Found]) -> list[Found]:
    documents = [(item.start, item.end) for mention in found for role, item in mention.roles if role == 'document']
    return [mention for mention in found if TYPES[mention.type].kind not in ABOUT_NO_EVENT or not any(
        start <= mention.trigger.start and mention.trigger.end <= end for start, end in documents)]


def without_the_overridden(found: list[Found]) -> list[Found]:
    """«обсуждали по телефону» is a call: a mention of a type another overrides gives way where its
    trigger stands in that other's match."""
    spans = [(mention.span, TYPES[mention.type].overrides) for mention in found]
    return [mention for mention in found if not any(
        mention.type in overridden and start <= mention.trigger.start < end for (start, end), overridden in spans)]



# words that point at something named elsewhere; where nothing was found for them they say nothing
ANAPHORS = ('SUMMIT_ANAPHOR', 'SUMMIT_NOUN_ALONE', 'PLACE_ANAPHOR', 'PRONOUN', 'SUBJECT_PRONOUN')


def gathered_args(draft: Draft) -> tuple[tuple[str, tuple[Arg, ...]], ...]:
    """What the mentions say, each where it says it: the same person named in two sentences is two
    args of the record (a reader finds each), and once in one sentence."""
    by_role: dict[str, list[tuple[int, Arg]]] = {}
    for mention in draft.mentions:
        for role, item in mention.roles:
            if item.normal is None and item.rule in ANAPHORS:
                continue
            same = by_role.setdefault(role, [])
            if not any((other.start, other.normal) == (item.start, item.normal) or (
                    other.normal, other.kind, sentence) == (item.normal, item.kind, mention.sentence.start)
                       and item.normal is not None for sentence, other in same):
                same.append((mention.sentence.start, item))
    return tuple((role, tuple(item for _, item in by_role[role])) for role in TYPES[draft.type].role_order
                 if role in by_role)


def record_modality(draft: Draft, when: Arg | None, anchor: date | None) -> str:
    """What most of its mentions say («прибыл», «визит», «визит»: a visit going on), the first of those
    that say it as often; a mention whose own words say nothing of it («в рамках сессии») goes by
    the event's date against the document's, and by a verb near it only where nothing else tells."""
    dated = dated_modality(when.date_from, when.date_to, anchor) if when else None
    # «прибыл в Астану ... в ходе визита»: after an arrival told of as done the visit goes on, unless
    # more of it is told of as done («посетил площадь») or as over («визит подошёл к концу»)
    done = [mention.arrival for mention in draft.mentions if mention.tensed and mention.modality == 'done']
    arrived = 'ongoing' if any(done) and all(done) and not any(
        tells_an_end(mention.sentence.text) for mention in draft.mentions) else None
    # «14 октября проходит сессия», «в полдень состоится церемония подписания»: the news day itself
    # leaves what goes on or is to come that day as its words say
    today = when is not None and anchor is not None and when.date_from == when.date_to == anchor.isoformat()
    # «по прибытии» tells of the arrival, not of the visit going on
    said = [mention.modality if mention.tensed or mention.arrival
            or today and mention.modality in ('ongoing', 'planned') else dated or arrived
            for mention in draft.mentions]
    if today:
        # on the news day the date tells nothing of done or going on; the verbs do («съезд, который
        # открылся сегодня»), where any does
        said = [mention.modality for mention in draft.mentions
                if mention.tensed or mention.modality in ('ongoing', 'planned')] or said
    said = [modality for modality in said if modality] or [mention.modality for mention in draft.mentions]
    # what is going on is not yet to come: «в рамках 70-й сессии», and «в работе сессии примут участие»
    # tells of a part of it yet to come; a post one will take is not the one held («возглавит»)
    if 'ongoing' in said and set(said) <= {'ongoing', 'planned'} and TYPES[draft.type].kind != 'post':
        return 'ongoing'
    # as many tell of the arrival as of the visit going on: the visit goes on
    return max(said, key=lambda modality: (said.count(modality), modality == arrived, -said.index(modality)))


def narrowest(dates: list[Arg], holding: bool = False) -> Arg | None:
    """«в 2015 году» and «в первом полугодии текущего года»: of the dates a record's mentions give, the
    one that says most, the first of those as narrow; one open at an end or one no year anchors counts as
    wide as any. `holding`: the record is of a post, which one holds from a day on («с 2002 года занимал
    должность»): there an open end says more than a day no year anchors («26 ноября» in an undated text)."""
    def width(item: Arg) -> int:
        if item.date_from and item.date_to:
            return (date.fromisoformat(item.date_to) - date.fromisoformat(item.date_from)).days
        return 1 << 29 if holding and (item.date_from or item.date_to) else 1 << 30
    return min(dates, key=width, default=None)


def record(number: int, draft: Draft, related: tuple[str, ...], countries: dict[str, str],
           anchor: date | None, scope: Scope, news_day: Arg | None = None) -> Event:
    args = gathered_args(draft)
    when = narrowest([mention.date for mention in draft.mentions if mention.date], TYPES[draft.type].kind == 'post')
    mentions = tuple(Mention(mention.trigger, mention.sentence, mention.rule, mention.trace)
                     for mention in draft.mentions)
    modality = record_modality(draft, when, anchor)
    if when is None and modality in NEWS_DAY_MODALITIES:
        when = news_day
    return Event(id=f'e{number}', type=draft.type, modality=modality, args=args,
                 mentions=mentions, date=when, related=related,
                 cameo=cameo(TYPES[draft.type], draft, dict(args), countries), scope=scope.scope,
                 scope_rule=scope.rule)


def links(drafts: list[Draft]) -> list[tuple[str, ...]]:
    """For each event, the events it happens in: «на полях саммита СНГ» → the summit named in that very
    sentence, else one of the same people, else the one named nearest before it (or, failing that, after)."""
    result = []
    for position, draft in enumerate(drafts):
        targets = []
        sentences = {(mention.sentence.start, kind) for mention in draft.mentions for kind in mention.context}
        # «в ходе переговоров» in a talks mention is about those talks themselves
        for kind in sorted({kind for mention in draft.mentions for kind in mention.context} - {draft.type}):
            candidates = [index for index in range(len(drafts)) if index != position and drafts[index].type == kind]
            chosen = min(candidates, default=None, key=lambda index: (
                not any((mention.sentence.start, kind) in sentences for mention in drafts[index].mentions),
                not (drafts[index].agents() & draft.agents()), index > position, abs(index - position)))
            if chosen is not None:
                targets.append(f'e{chosen + 1}')
        result.append(tuple(sorted(targets)))
    return result


def document_events(text: str, entity_matches: DocumentMatches, anchor: date | None, trace: bool,
                    prefilter: bool = True, lookahead: bool = True, news_day: Arg | None = None) -> tuple[Event, ...]:
    """The events of a document; `entity_matches`: the entity grammar on its sentences, run only where
    asked; `prefilter` and `lookahead` as in `Extractor`."""
    argument_matches = DocumentMatches(ARGUMENT_RULE, entity_matches.parts, entity_matches.words)
    named: set[str] = set()
    in_text = cache(lambda: document_surnames(text))  # read only for a document with a trigger

    def surnames() -> frozenset[str]:
        return in_text() | named
    found = []
    for index in range(len(entity_matches.parts)):
        mentions = sentence_mentions(index, argument_matches, text, anchor, trace, prefilter, lookahead, surnames)
        named.update(named_surnames(mentions))
        found += mentions
    found = resolve(found, text, entity_matches)
    agents = [item for mention in found for item in mention.agents() if item.normal]
    posts = {item.normal: item.position for item in agents if item.position}
    countries = {item.normal: item.country for item in agents if item.country}
    drafts = merge(found, anchor)
    known = Known(posts, countries, anchor.year if anchor else None)
    decided = scopes(drafts, known)
    unposted = {item.normal for draft, scope in zip(drafts, decided, strict=True) if scope.rule in UNSURE
                for mention in draft.mentions for item in mention.agents()
                if item.kind == 'person' and item.normal and item.normal not in posts}
    if unposted:  # a post given in a sentence no event is in
        known = Known({**document_posts(text, entity_matches, unposted), **posts}, countries, known.year)
        decided = scopes(drafts, known)
    related = links(drafts)
    return tuple(record(number, draft, related[number - 1], countries, anchor, decided[number - 1], news_day)
                 for number, draft in enumerate(drafts, 1))

