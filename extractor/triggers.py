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
    'talks': ('verbs', 'receptions', 'nouns'),
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
        phrases = [phrase for section in sections if section not in ACTIVE_ONLY for phrase in lexicon[section]]
        phrases += [phrase for section in EXTRA.get(event_type, ()) for phrase in words('events', section)]
        if event_type == 'appointment':
            phrases.append('назначение')
        forms = set()
        for phrase in phrases:
            forms |= word_forms(key_word(phrase, morph), morph)
        for section in ACTIVE_ONLY.intersection(sections):
            for word in lexicon[section]:
                forms |= word_forms(word, morph) - passive_forms(word, morph)
        result[event_type] = frozenset(forms)
    return result


# the grammars read these verbs in the active voice only: «принял гостя», never «закон принят»
ACTIVE_ONLY = {'receptions'}


def passive_forms(verb: str, morph) -> frozenset[str]:
    """The passive participles of a verb, folded: «принят», «принятого»."""
    parse = next((item for item in morph.parse(verb) if item.normal_form == verb), None)
    if parse is None:
        return frozenset()
    return frozenset(fold(form.word) for form in parse.lexeme if 'pssv' in form.tag)


def key_word(phrase: str, morph) -> str:
    """The word of a trigger phrase a sentence must hold: the longest that is not a verb, the first of
    equals («провести переговоры» → «переговоры», «принять участие» → «участие», «телефонные
    переговоры» → «телефонные»); a verb is common to many phrases that are no event («принять закон»)."""
    parts = phrase.split()
    named = [part for part in parts if len(parts) == 1 or not {'INFN', 'VERB'} & set(grams_of(part, morph))]
    return max(named or parts, key=len)


def grams_of(word: str, morph) -> list[str]:
    """The parts of speech a word may be read as."""
    return [str(item.tag.POS) for item in morph.parse(word)]


def trigger_types(text: str) -> list[str]:
    """The event types whose trigger words the text holds, in a fixed order."""
    present = {fold(word) for word in WORD.findall(text)}
    return [event_type for event_type, forms in trigger_forms().items() if present & forms]
