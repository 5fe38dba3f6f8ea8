"""Where one goes when it is no country or city: the object of «посетить» («посетит тюрьму», «посетил
остров Роббенэйланд», «выставку посетили школьники»). The argument grammar reads only names of places and
sites; this is any noun phrase in the accusative after the verb, or right before it in a case the subject
is not in.
"""

from __future__ import annotations

from functools import cache

from extractor.modality import readings
from extractor.normal import phrase_nominative
from extractor.records import Arg
from grammars.lexicon import table

# words of the noun phrase after its head: «камеру Манделы», «места религиозного культа»
TAIL = 3
# words between the verb and its object: «посетит на острове тюрьму», «посетит также музей»
GAP = 4
SKIPPED = ('PREP', 'ADVB', 'PRCL', 'CONJ')


@cache
def visit_verbs() -> frozenset[str]:
    return frozenset(table('events', 'visit')['verbs'])


def first(token):
    found = readings(token)[:1]
    return found[0] if found else None


def noun_phrase(tokens: list, at: int, case: str) -> tuple[int, int] | None:
    """The noun phrase in `case` that begins at `at`: adjectives, the inanimate head, its genitives."""
    end = head_of(tokens, at)
    head = first(tokens[end]) if end < len(tokens) else None
    if head is None or 'NOUN' not in head.grams or 'anim' in head.grams or not any(
            case in form.grams and 'NOUN' in form.grams for form in readings(tokens[end])):
        return None
    end += 1
    for _ in range(TAIL):
        form = first(tokens[end]) if end < len(tokens) else None
        capital = end < len(tokens) and tokens[end].value[:1].isupper()
        if form is None or not (capital or 'gent' in form.grams and ('NOUN' in form.grams or 'ADJF' in form.grams)):
            break
        end += 1
    return at, end


def object_place(tokens: list, first_word: int, last_word: int, end: int) -> tuple[int, int] | None:
    """The token range of the place a transitive visit verb at `first_word`..`last_word` has for its
    object, before token `end` (the end of its clause), or None."""
    trigger = first(tokens[first_word])
    if trigger is None or trigger.normalized not in visit_verbs() or 'tran' not in trigger.grams \
            or 'pssv' in trigger.grams:
        return None
    before = object_before(tokens, first_word)
    if before is not None:
        return before
    at = last_word
    while at < min(end, last_word + GAP):
        form = first(tokens[at])
        if form is None or not tokens[at].value[:1].isalpha():
            return None
        if any(tag in form.grams for tag in SKIPPED):
            at += 1
            continue
        found = noun_phrase(tokens, at, 'accs')
        if found is not None or tokens[at - 1].value.lower() not in ('на', 'в', 'во'):
            return found
        at += 1  # «посетит на острове тюрьму»: past the place where it stands
    return None


def object_before(tokens: list, first_word: int) -> tuple[int, int] | None:
    """«Выставку посетили школьники», «могилу По посещает неизвестный»: the object right before the verb,
    past its adverbs and particles, in a case the subject is not in; the longest such phrase."""
    end = first_word
    while end > 0 and (form := first(tokens[end - 1])) is not None and any(tag in form.grams
                                                                            for tag in ('ADVB', 'PRCL')):
        end -= 1
    found = None
    for at in range(end - 1, max(-1, end - 1 - TAIL - 3), -1):
        phrase = noun_phrase(tokens, at, 'accs')
        if phrase is not None and phrase[1] == end and not any(
                'nomn' in form.grams for form in readings(tokens[head_of(tokens, at)])):
            found = phrase
    return found


def head_of(tokens: list, at: int) -> int:
    """The noun a phrase that begins at `at` is headed by, past its adjectives."""
    while at < len(tokens) and (form := first(tokens[at])) is not None and 'ADJF' in form.grams:
        at += 1
    return at


def object_arg(tokens: list, found: tuple[int, int], offset: int, source: str) -> Arg:
    start, end = tokens[found[0]].span.start + offset, tokens[found[1] - 1].span.stop + offset
    return Arg(start=start, end=end, text=source[start:end], kind='other',
               normal=phrase_nominative(tokens[found[0]:found[1]]), rule='OBJECT_PLACE')
