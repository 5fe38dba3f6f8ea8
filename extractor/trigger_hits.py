"""The trigger words and phrases of the lexicon in a sentence's words, read by their lemmas (`Hit`),
and the words that are triggers only with a post near them in their clause («стал послом»)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extractor.morph import analyzer
from grammars.event import TYPES
from grammars.gazetteer import fold
from grammars.lexicon import table, words
from grammars.person import TITLE_SECTIONS

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
    titles = [title for section in TITLE_SECTIONS for title in words('positions', section)]
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
