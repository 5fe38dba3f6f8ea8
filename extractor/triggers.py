"""Which event grammars a sentence can hold: a cheap test of its words against every form of the
trigger words in the lexicon, so the costly grammars run only where an event may be."""

from __future__ import annotations

import re
from functools import cache

from extractor.morph import analyzer
from grammars.gazetteer import fold, word_forms
from grammars.lexicon import table, words

WORD = re.compile(r'[А-Яа-яЁё]+')
TRIGGER_SECTIONS = {
    'visit': ('verbs', 'arrivals', 'nouns'),
    'talks': ('verbs', 'nouns'),
    'signing': ('verbs', 'nouns'),
    'summit': ('nouns', 'participation', 'anaphors'),
    'call': ('nouns', 'by_phone'),
    'appointment': ('verbs', 'hold'),
}
EXTRA = {'signing': ('exchange_verbs',), 'appointment': ()}


@cache
def trigger_forms() -> dict[str, frozenset[str]]:
    """Event type → every written form of its trigger words (each word of a phrase counts)."""
    morph = analyzer().raw
    result = {}
    for event_type, sections in TRIGGER_SECTIONS.items():
        lexicon = table('events', event_type)
        phrases = [phrase for section in sections for phrase in lexicon[section]]
        phrases += [phrase for section in EXTRA.get(event_type, ()) for phrase in words('events', section)]
        if event_type == 'appointment':
            phrases.append('назначение')
        forms = set()
        for phrase in phrases:
            forms |= word_forms(key_word(phrase), morph)
        result[event_type] = frozenset(forms)
    return result


def key_word(phrase: str) -> str:
    """The word of a trigger phrase a sentence must hold: the longest, the first of equals
    («провести переговоры» → «переговоры», «телефонные переговоры» → «телефонные»)."""
    return max(phrase.split(), key=len)


def trigger_types(text: str) -> list[str]:
    """The event types whose trigger words the text holds, in a fixed order."""
    present = {fold(word) for word in WORD.findall(text)}
    return [event_type for event_type, forms in trigger_forms().items() if present & forms]
