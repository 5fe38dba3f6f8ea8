"""Which event grammars a sentence can hold: a cheap test of its words against every form of the
trigger words in the lexicon, so the costly grammars run only where an event may be."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractor import kept_rules
from extractor.morph import analyzer
from grammars.event import TYPES
from grammars.gazetteer import fold, word_forms
from grammars.lexicon import table, words

WORD = re.compile(r'[А-Яа-яЁё]+')


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
    for event_type, declared in TYPES.items():
        lexicon = table('events', event_type)
        sections = (*declared.words, *declared.grammar_words)
        phrases = [phrase for section in sections if section not in declared.active_only
                   for phrase in lexicon[section]]
        phrases += [phrase for name, section in declared.other_words for phrase in words(name, section)]
        needs = {tuple(any_forms(word, morph) for word in phrase.split()) for phrase in phrases}
        # a verb that is a trigger only with a post in its clause needs a word of a post in the sentence
        for section, need in declared.with_a_post:
            if section not in sections:
                others = post_heads(morph) if need == 'as' else frozenset().union(
                    *(any_forms(word, morph) for word in lexicon['post_nouns']))
                needs |= {(any_forms(word, morph), others) for word in lexicon[section]}
        for section in declared.active_only:
            needs |= {(word_forms(word, morph) - passive_forms(word, morph),) for word in lexicon[section]}
        result[event_type] = tuple(needs)
    return result


def any_forms(word: str, morph) -> frozenset[str]:
    """The forms of every word a listed one is the normal form of: «стать» the verb («стал») as well as
    the noun the gazetteers read it as."""
    return word_forms(word, morph) | frozenset(fold(form.word) for parse in morph.parse(word)
                                               if fold(parse.normal_form) == fold(word) for form in parse.lexeme)


def post_heads(morph) -> frozenset[str]:
    """Every form of the words posts are named by: «министр» of «министр иностранных дел», «посол»."""
    titles = [title for section in ('political_titles', 'titles') for title in words('positions', section)]
    return frozenset().union(*(any_forms(word, morph) for title in titles for word in title.split()
                               if len(word) > 3))


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


# how far from a word that is a trigger with a post (`EventType.with_a_post`: «стал послом», «займет
# эту должность») its post may stand, in words
POST_WINDOW = 6
CLAUSE_STOPS = frozenset('.;:()')


@dataclass(frozen=True)
class Hit:
    """A trigger word or phrase of the lexicon in a sentence's tokens: `first` to `last`, exclusive."""

    type: str
    first: int
    last: int
    phrase: str
    section: str


@cache
def lexical_phrases() -> dict[str, tuple[tuple[tuple[str, ...], str, str, str], ...]]:
    """First word of a trigger phrase → (its words, event type, section, phrase), longest first."""
    found: dict[str, list] = {}
    for event_type, declared in TYPES.items():
        lexicon = table('events', event_type)
        for section in declared.words:
            for phrase in lexicon[section]:
                words_of = tuple(fold(word) for word in phrase.split())
                found.setdefault(words_of[0], []).append((words_of, event_type, section, phrase))
    return {first: tuple(sorted(items, key=lambda item: -len(item[0]))) for first, items in found.items()}


@cache
def with_a_post() -> dict[str, tuple[str, str]]:
    """Lemma → (event type, what post it needs) for the words of each type's `with_a_post`."""
    return {fold(word): (event_type, need) for event_type, declared in TYPES.items()
            for section, need in declared.with_a_post for word in table('events', event_type)[section]}


@cache
def post_nouns(event_type: str) -> frozenset[str]:
    return frozenset(fold(word) for word in table('events', event_type)['post_nouns'])


@cache
def post_head_lemmas() -> frozenset[str]:
    """The nouns posts are named by («министр», «секретарь» of «генеральный секретарь»); not the
    occupations («чемпион», «журналист»)."""
    morph = analyzer().raw
    titles = [title for section in ('political_titles', 'titles') for title in words('positions', section)]
    heads = set()
    for title in titles:
        for word in title.split():
            first = morph.parse(word)[0]
            if first.tag.POS == 'NOUN':
                heads.add(fold(first.normal_form))
    return frozenset(heads - {fold(word) for word in words('positions', 'occupations')})


def names_a_post(token, need: str, event_type: str) -> bool:
    forms = getattr(token, 'forms', None) or []
    if not forms:
        return False
    lemma = fold(forms[0].normalized)
    if need in ('word', 'any') and lemma in post_nouns(event_type):
        return True
    if need in ('as', 'any'):
        parts = {lemma, *lemma.split('-')}
        return any('ablt' in form.grams and parts & post_head_lemmas() for form in forms[:2])
    return False


def post_nearby(tokens: list, at: int, need: str, event_type: str) -> bool:
    """A post in the same clause as the word at `at`, within POST_WINDOW words of it."""
    for step in (1, -1):
        index = at + step
        while 0 <= index < len(tokens) and abs(index - at) <= POST_WINDOW:
            if tokens[index].value in CLAUSE_STOPS:
                break
            if names_a_post(tokens[index], need, event_type):
                return True
            index += step
    return False


def lemmas_of(token, first_only: bool) -> set[str]:
    forms = getattr(token, 'forms', None) or []
    if first_only:
        forms = forms[:1]
    return {fold(form.normalized) for form in forms} | {fold(token.value)}


def trigger_hits(tokens: list) -> list[Hit]:
    """Every trigger phrase in the tokens, the longest at each place, none overlapping. A word counts
    by its first reading, the one the dictionary finds likeliest («прибыли» is a profit before it is
    an arrival); the other words of a phrase by any reading."""
    phrases = lexical_phrases()
    hits = []
    at = 0
    while at < len(tokens):
        found = None
        for lemma in sorted(lemmas_of(tokens[at], first_only=True) & phrases.keys()):
            for words_of, event_type, section, phrase in phrases[lemma]:
                end = at + len(words_of)
                if end <= len(tokens) and all(word in lemmas_of(tokens[at + offset], first_only=False)
                                              for offset, word in enumerate(words_of[1:], 1)):
                    if found is None or end - at > found.last - found.first:
                        found = Hit(event_type, at, end, phrase, section)
                    break
        if found is None:
            found = hit_with_a_post(tokens, at)
        if found is None:
            at += 1
            continue
        hits.append(found)
        at = found.last
    return hits


def hit_with_a_post(tokens: list, at: int) -> Hit | None:
    for lemma in sorted(lemmas_of(tokens[at], first_only=True) & with_a_post().keys()):
        event_type, need = with_a_post()[lemma]
        if post_nearby(tokens, at, need, event_type):
            return Hit(event_type, at, at + 1, lemma, need)
    return None
