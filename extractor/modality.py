"""Whether an event is planned, going on, done, possible or denied: read off the verb that tells of it."""

from __future__ import annotations

from functools import cache

from extractor.trace import Node
from grammars.lexicon import table
from grammars.roles import TENSE_LENDERS

# the nodes that hold the verb of a mention, and the words before it
VERB_NODES = ('VISIT_VERB', 'VISIT_SUPPORT_VERB', 'TALKS_VERB', 'SIGNING_VERB', 'EXCHANGE_VERB', 'EVENT_VERB',
              'SUMMIT_VERB', 'SUMMIT_HOLD_VERB', 'PARTICIPATION_VERB', 'APPOINT_VERB', 'HOLD_VERB')


WINDOW = 3


@cache
def modal_words() -> dict[str, str]:
    return {word: key for key, group in table('events', 'modality').items() for word in group}


def readings(token) -> list:
    return list(getattr(token, 'forms', ()) or ())


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
    """«не» denies, «может» makes possible, «планируется» plans; «будет» plans and «был» is done, and
    so do «попытается» and «пытался»."""
    for token in tokens:
        if token.value.lower() == 'не':
            return 'negated'
    for token in tokens:
        found = next((modal_words()[word] for word in lemmas(token) if word in modal_words()), None)
        if found:
            return found
    for token in tokens:
        if lemmas(token) & TENSE_LENDERS:
            return tense_modality(token)
    return None


def mention_modality(node: Node, sentence_tokens: list) -> str:
    """The modality of one mention: its own verb and the words before it, else the sentence's verbs
    nearest to it, else words in the mention («предстоящего визита»)."""
    verb = next((found for found in node.walk() if found.name in VERB_NODES), None)
    modifiers = [token for found in node.find_all('PREDICATE_MODIFIER') for token in found.tokens]
    own = modifier_modality(modifiers)
    if own:
        return own
    if verb is not None:
        tense = tense_modality(verb.tokens[0])
        if tense:
            return tense
    start = node.tokens[0].span.start if node.tokens else 0
    window = [token for token in sentence_tokens if token.span.start < start][-WINDOW:]
    # «подготовка к визиту», «планируемого визита»: words just before a noun mention plan it
    inside = modifier_modality(node.tokens) or modifier_modality(window)
    if inside and inside != 'negated':
        return inside
    # a sentence without a verb is in the present: «Это первый официальный визит Кошербаева в Москву»
    return nearest_verb_modality(node, sentence_tokens) or 'ongoing'


def nearest_verb_modality(node: Node, sentence_tokens: list) -> str | None:
    """The tense of the finite verb nearest to a noun mention in its sentence, after it first."""
    start = node.tokens[0].span.start if node.tokens else 0
    after = [token for token in sentence_tokens if token.span.start >= start]
    before = [token for token in sentence_tokens if token.span.start < start][::-1]
    for token in after + before:
        if any('VERB' in form.grams or 'PRTS' in form.grams for form in readings(token)[:1]):
            found = modifier_modality([token]) or tense_modality(token)
            if found:
                return found
    return None
