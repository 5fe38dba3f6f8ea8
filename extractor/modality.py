"""Whether an event is planned, going on, done, possible or denied: read off the verb that tells of it."""

from __future__ import annotations

from datetime import date as date_type
from functools import cache

from extractor.morph import analyzer
from extractor.trace import Node
from extractor.triggers import WORD
from grammars.lexicon import word_set, words
from grammars.roles import TENSE_LENDERS

WINDOW = 3


@cache
def modal_words() -> dict[str, str]:
    return {word: key for key in ('planned', 'ongoing', 'possible', 'negated', 'done')
            for word in words('modality', key)}


def readings(token) -> list:
    return list(getattr(token, 'forms', ()) or ())


def speech_verbs() -> frozenset[str]:
    return word_set('events', 'speech_verbs')


def tells_an_end(sentence: str) -> bool:
    """Whether a sentence has a verb that tells of an event as over: «визит подошёл к концу»."""
    return any(form.normalized in word_set('modality', 'ending_verbs') for word in WORD.findall(sentence)
               for form in analyzer()(word)[:1])


def lemmas(token) -> set[str]:
    return {form.normalized for form in readings(token)}


def tense_modality(token) -> str | None:
    """planned for the future and the infinitive, done for the past, ongoing for the present."""
    for form in readings(token):
        grams = form.grams
        if 'futr' in grams or 'INFN' in grams:
            return 'planned'
        if 'past' in grams:
            return 'done'
        if 'pres' in grams:
            return 'ongoing'
    return None


def modifier_modality(tokens) -> str | None:
    """«не» and «отказался» deny, «может» makes possible, «планируется» plans; «будет» plans and «был» is
    done, and so do «попытается» and «пытался»."""
    for token in tokens:
        if token.value.lower() == 'не':
            return 'negated'
    for token in tokens:
        found = next((modal_words()[word] for word in lemmas(token) if word in modal_words()), None)
        # «переговоры продолжались четыре часа»: what went on in the past is over
        if found == 'ongoing' and any({'past', 'impf'} <= set(form.grams.values) for form in readings(token)[:1]):
            return 'done'
        # «визит начнется 20 ноября»: what is yet to begin is to come
        if found == 'ongoing' and any('futr' in form.grams for form in readings(token)[:1]):
            return 'planned'
        if found:
            return found
    for token in tokens:
        if lemmas(token) & TENSE_LENDERS:
            return tense_modality(token)
    return None


def mention_modality(node: Node, sentence_tokens: list, verbs: tuple[str, ...]) -> tuple[str, bool]:
    """The modality of one mention: its own verb (a node named in `verbs`) and the words before it, else
    the sentence's verbs nearest to it, else words in the mention («предстоящего визита»); and whether
    its own words say it (a modality read off another verb of the sentence may give way to the event's
    date)."""
    verb = next((found for found in node.walk() if found.name in verbs), None)
    modifiers = [token for found in node.find_all('PREDICATE_MODIFIER') for token in found.tokens]
    own = modifier_modality(modifiers)
    if own:
        return own, True
    if verb is not None:
        tense = modifier_modality(verb.tokens[:1]) or infinitive_modality(verb.tokens[0], sentence_tokens) \
            or held_before(verb.tokens[0], sentence_tokens) or tense_modality(verb.tokens[0])
        if tense:
            return tense, True
    start = node.tokens[0].span.start if node.tokens else 0
    return noun_modality(node.tokens, start, sentence_tokens)


def infinitive_modality(token, sentence_tokens: list) -> str | None:
    """«отказался от предложения занять пост», «запрещено занимать»: the words before an infinitive
    that no grammar rule read; a decree's «Назначить ...» is done."""
    if not any('INFN' in form.grams for form in readings(token)[:1]):
        return None
    at = next((index for index, word in enumerate(sentence_tokens) if word.span.start == token.span.start), None)
    if at is None:
        return None
    # «2. Назначить Иванова И. И. послом»: a decree orders by an infinitive that opens its sentence
    if token.value[:1].isupper() and not any(word.value[:1].isalpha() for word in sentence_tokens[:at]):
        return 'done'
    return modifier_modality(clause_before(sentence_tokens, at))


def held_before(token, sentence_tokens: list) -> str | None:
    """«от ранее занимаемой должности», «освободил от занимаемой должности»: a participle of the present
    after «ранее» or «от» (`before_now`) tells of what is over."""
    if not any('PRTF' in form.grams for form in readings(token)[:1]):
        return None
    at = next((index for index, word in enumerate(sentence_tokens) if word.span.start == token.span.start), 0)
    return 'done' if at and lemmas(sentence_tokens[at - 1]) & word_set('modality', 'before_now') else None


def clause_before(sentence_tokens: list, at: int) -> list:
    """The words of its clause, at most WINDOW, before the word at `at`."""
    before: list = []
    for token in reversed(sentence_tokens[:at]):
        if token.value in CLAUSE_ENDS or len(before) == WINDOW:
            break
        before.insert(0, token)
    return before


def noun_modality(own_tokens: list, start: int, sentence_tokens: list) -> tuple[str, bool]:
    """A mention without a verb of its own: words in it or just before it plan it («подготовка к
    визиту», «планируемого визита»), else the tense of the nearest verb of the sentence."""
    window = [token for token in sentence_tokens if token.span.start < start][-WINDOW:]
    inside = modifier_modality(own_tokens) or modifier_modality(window)
    if inside and inside != 'negated':
        return inside, True
    # a sentence without a verb is in the present: «Это первый официальный визит Кошербаева в Москву»
    found, verb_of_event = nearest_verb_modality(start, sentence_tokens)
    found = found or 'ongoing'
    # «до вступления в должность», «для проведения переговоров»: what the clause's time is before, or is
    # for, is yet to come, unless told in the past
    if any(lemmas(token) & word_set('modality', 'until') for token in window[-2:]) and found != 'done':
        return 'planned', True
    # «переговоры проходят», «провели встречу»: the verb is the event's own where the noun is its subject
    # or object, not «в ходе визита проведет переговоры», nor what happens again and again
    own = verb_of_event and bool(own_tokens) and any(
        {'nomn', 'accs'} & set(form.grams.values) for form in readings(own_tokens[0])[:1]) and not any(
        lemmas(token) & word_set('modality', 'habitual') for token in sentence_tokens)
    # «визит ... после его назначения», «по итогам встречи заявил»: what came before the present is over,
    # whatever a verb after it plans («по итогам встречи анонсировал возобновление рейсов»)
    after = any(lemmas(token) & word_set('modality', 'over_after') for token in [*window, *own_tokens[:2]])
    if after and (found == 'ongoing' or found == 'planned' and not any(
            still_planned(token) for token in sentence_tokens)):
        return 'done', False
    # unless a date of its own sentence puts it in the past («состоялась 26 сентября на полях сессии»)
    during = any(lemmas(token) & word_set('modality', 'going_on_during') for token in [*window[-2:], *own_tokens[:2]])
    if found == 'done' and during and not any(lemmas(token) & word_set('dates', 'months') for token in sentence_tokens):
        return 'ongoing', False
    return found, own


def still_planned(token) -> bool:
    """A word that tells of a plan in force now: a verb in the present or future («предполагается»,
    «направится»), or a short participle of planning («предусмотрено»); not a plan told of in the
    past («анонсировал»)."""
    first = readings(token)[:1]
    return tense_modality(token) in ('planned', 'ongoing') or bool(
        first and 'PRTS' in first[0].grams and lemmas(token) & modal_words().keys())


# a date that holds the document's day and is longer than this says nothing of whether it is over
ONGOING_DAYS = 7


def dated_modality(date_from: str | None, date_to: str | None, anchor) -> str | None:
    """By the event's date against the document's: before it done, after it planned; on its very day
    done (the news of a day tell what happened), a few days that hold it going on (a month or a year
    that holds the document's day says neither)."""
    if anchor is None or not date_from or not date_to:
        return None
    day = anchor.isoformat()
    if date_to < day:
        return 'done'
    if date_from > day:
        return 'planned'
    length = (date_type.fromisoformat(date_to) - date_type.fromisoformat(date_from)).days
    if length == 0:
        return 'done'  # news of the day tell of what happened that day
    return 'ongoing' if length <= ONGOING_DAYS else None


VERB_TAGS = ('VERB', 'INFN', 'PRTF', 'PRTS', 'GRND')
CLAUSE_ENDS = frozenset(',;:()—–«»"')


def word_modality(sentence_tokens: list, at: int) -> tuple[str, bool]:
    """The modality of a trigger word at `at` that no grammar read: the words before it in its clause
    («не», «может», «планирует»), else its own tense where it is a verb or a participle, else as a
    noun mention's."""
    before = clause_before(sentence_tokens, at)
    token = sentence_tokens[at]
    first = readings(token)[:1]
    if first and any(tag in first[0].grams for tag in VERB_TAGS):
        return modifier_modality(before) or infinitive_modality(token, sentence_tokens) or tense_modality(token) \
            or 'ongoing', True
    return noun_modality([token], token.span.start, sentence_tokens)


def nearest_verb_modality(start: int, sentence_tokens: list) -> tuple[str | None, bool]:
    """The tense of the finite verb nearest to a noun mention in its sentence, after it first; and
    whether that verb tells of the event itself happening («переговоры проходят», «состоится встреча»)."""
    after = [token for token in sentence_tokens if token.span.start >= start]
    before = [token for token in sentence_tokens if token.span.start < start][::-1]
    for token in after + before:
        # «сообщил о дате своего визита»: when it is told says nothing of when it happens
        if lemmas(token) & speech_verbs():
            continue
        if any('VERB' in form.grams or 'PRTS' in form.grams for form in readings(token)[:1]):
            at = sentence_tokens.index(token)
            # «не получили назначения»: the verb denied denies the event it governs
            if at and sentence_tokens[at - 1].value.lower() == 'не':
                return 'negated', False
            # «после встречи депутаты опровергли»: a verb that denies denies what it governs, not this
            found = modifier_modality([token])
            found = tense_modality(token) if found in (None, 'negated') else found
            if found:
                return found, bool(lemmas(token) & event_verbs())
    return None, False


@cache
def event_verbs() -> frozenset[str]:
    return frozenset(words('events', 'event_verbs'))
