"""Which event grammars a sentence can hold: a cheap test of its words against every form of the
trigger words in the lexicon, so the costly grammars run only where an event may be."""

from __future__ import annotations

import re
from functools import cache

from extractor import kept_rules
from extractor.morph import analyzer
from grammars.gazetteer import fold, word_forms
from grammars.lexicon import table, words

WORD = re.compile(r'[А-Яа-яЁё]+')
TRIGGER_SECTIONS = {
    'visit': ('verbs', 'arrivals', 'nouns'),
    'talks': ('verbs', 'receptions', 'nouns'),
    'signing': ('verbs', 'nouns'),
    'summit': ('nouns', 'participation', 'anaphors'),
    'call': ('nouns', 'by_phone'),
    'appointment': ('verbs', 'hold'),
}
EXTRA = {'signing': ('exchange_verbs',), 'appointment': ()}


@cache
def trigger_words() -> dict[str, tuple[tuple[frozenset[str], ...], ...]]:
    """Event type → its trigger phrases, each as the written forms of each of its words: the grammars
    match a phrase only whole (a gazetteer of «обмен мнениями» never matches «по мнению»), so a sentence
    may hold an event only where it holds every word of one of its phrases. Kept on disk with the
    grammars: working them out reads the paradigms of every lexicon word."""
    return kept_rules.kept('triggers', built_trigger_words, analyzer().raw)


def built_trigger_words() -> dict[str, tuple[tuple[frozenset[str], ...], ...]]:
    morph = analyzer().raw
    result = {}
    for event_type, sections in TRIGGER_SECTIONS.items():
        lexicon = table('events', event_type)
        phrases = [phrase for section in sections if section not in ACTIVE_ONLY for phrase in lexicon[section]]
        phrases += [phrase for section in EXTRA.get(event_type, ()) for phrase in words('events', section)]
        if event_type == 'appointment':
            phrases.append('назначение')
        needs = {tuple(word_forms(word, morph) for word in phrase.split()) for phrase in phrases}
        for section in ACTIVE_ONLY.intersection(sections):
            needs |= {(word_forms(word, morph) - passive_forms(word, morph),) for word in lexicon[section]}
        result[event_type] = tuple(needs)
    return result


# the grammars read these verbs in the active voice only: «принял гостя», never «закон принят»
ACTIVE_ONLY = {'receptions'}


def passive_forms(verb: str, morph) -> frozenset[str]:
    """The passive participles of a verb, folded: «принят», «принятого»."""
    parse = next((item for item in morph.parse(verb) if item.normal_form == verb), None)
    if parse is None:
        return frozenset()
    return frozenset(fold(form.word) for form in parse.lexeme if 'pssv' in form.tag)


def trigger_types(text: str) -> list[str]:
    """The event types one of whose trigger phrases the text holds, in a fixed order."""
    present = {fold(word) for word in WORD.findall(text)}
    if present.isdisjoint(any_trigger_word()):
        return []
    return [event_type for event_type, needs in trigger_words().items()
            if any(all(present & forms for forms in need) for need in needs)]


@cache
def any_trigger_word() -> frozenset[str]:
    """Every form of every word of a trigger: most sentences hold none, and are done with at once."""
    return frozenset().union(*(forms for needs in trigger_words().values() for need in needs for forms in need))
