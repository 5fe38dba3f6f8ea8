"""Which event grammars a sentence can hold: a cheap test of its words against every form of the
trigger words in the lexicon, so the costly grammars run only where an event may be."""

from __future__ import annotations

import re
from functools import cache

from extractor import kept_rules
from extractor.morph import analyzer
from grammars.event import TYPES
from grammars.gazetteer import fold, word_forms
from grammars.lexicon import table, words
from grammars.person import TITLE_SECTIONS

WORD = re.compile(r'[А-Яа-яЁё]+')


@cache
def trigger_words() -> dict[str, tuple[tuple[frozenset[str], ...], ...]]:
    """Event type → its trigger phrases, each as the written forms of each of its words: the grammars
    match a phrase only whole (a gazetteer of «обмен мнениями» never matches «по мнению»), so a sentence
    may hold an event only where it holds every word of one of its phrases. Kept on disk with the
    grammars: working them out reads the paradigms of every lexicon word."""
    return kept_rules.kept('triggers', built_trigger_words, analyzer().raw, as_lists, from_lists)


def as_lists(found: dict) -> dict[str, list]:
    return {event_type: [[sorted(forms) for forms in need] for need in needs] for event_type, needs in found.items()}


def from_lists(kept) -> dict | None:
    """`trigger_words` from `as_lists`, or None where `kept` is not of its shape."""
    if not isinstance(kept, dict) or list(kept) != list(TYPES):
        return None
    found = {}
    for event_type, needs in kept.items():
        if not isinstance(needs, list) or not all(isinstance(need, list) and all(words_of(forms) for forms in need)
                                                  for need in needs):
            return None
        found[event_type] = tuple(tuple(frozenset(forms) for forms in need) for need in needs)
    return found


def words_of(forms) -> bool:
    return isinstance(forms, list) and all(isinstance(form, str) for form in forms)


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
                nouns = frozenset().union(*(any_forms(word, morph) for word in lexicon.get('post_nouns', ())))
                # «утвердили на пост министра», «избран президентом»: the post in any case
                others = {'as': post_heads(morph), 'word': nouns, 'any': post_heads(morph, None) | nouns}[need]
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


def post_heads(morph, case: str | None = 'ablt') -> frozenset[str]:
    """The forms of the nouns posts are named by («министром» of «министр иностранных дел», «послом»)
    in `case`, or in any where None: what one becomes is in the instrumental."""
    heads = {fold(parse.normal_form) for section in TITLE_SECTIONS for title in words('positions', section)
             for word in title.split() for parse in morph.parse(word)[:1] if parse.tag.POS == 'NOUN'}
    return frozenset(fold(form.word) for head in heads for parse in morph.parse(head)
                     if fold(parse.normal_form) == head and parse.tag.POS == 'NOUN'
                     for form in parse.lexeme if case is None or case in form.tag)


def passive_forms(verb: str, morph) -> frozenset[str]:
    """The passive participles of a verb, folded: «принят», «принятого»."""
    parse = next((item for item in morph.parse(verb) if item.normal_form == verb), None)
    if parse is None:
        return frozenset()
    return frozenset(fold(form.word) for form in parse.lexeme if 'pssv' in form.tag)


# how far before a trigger word a match of its grammar may begin, in words: the clause's subject with
# its post, a date and a word or two between («Министр иностранных дел России Сергей Лавров в четверг
# в Казахстане обсудит»)
MAX_LEAD = 24


@cache
def type_forms(event_type: str) -> frozenset[str]:
    """Every form of the first word of each of the type's trigger phrases: where a match may be
    anchored («стал» of «стал послом», not the «послом» it needs)."""
    return frozenset().union(*(need[0] for need in trigger_words()[event_type]))


# how far after a trigger word a match of its grammar may end, in words: the arguments after it, a
# document's long name among them
MAX_TAIL = 30


def trigger_window(event_type: str, tokens: list) -> tuple[int, int, frozenset[int]]:
    """Where in a sentence's words a match of the type's grammar may be: from the first word it may
    begin at to the last it may end at, and the words it may begin at, counted from the first. A match
    holds a trigger word and begins at most MAX_LEAD words before it; no word elsewhere starts one."""
    forms = type_forms(event_type)
    anchors = [at for at, token in enumerate(tokens) if fold(token.value) in forms]
    if not anchors:
        return 0, 0, frozenset()
    low = max(0, anchors[0] - MAX_LEAD)
    high = min(len(tokens), anchors[-1] + MAX_TAIL + 1)
    return low, high, frozenset(start - low for at in anchors for start in range(max(low, at - MAX_LEAD), at + 1))


def trigger_types(text: str) -> list[str]:
    """The event types one of whose trigger phrases the text holds, in a fixed order."""
    present = {fold(word) for word in WORD.findall(text)}
    found = set()
    for form in present & needs_by_first().keys():
        for event_type, rest in needs_by_first()[form]:
            if event_type not in found and all(present & forms for forms in rest):
                found.add(event_type)
    return [event_type for event_type in trigger_words() if event_type in found]


@cache
def needs_by_first() -> dict[str, tuple[tuple[str, tuple[frozenset[str], ...]], ...]]:
    """A form of the first word of a trigger phrase → the phrases it opens, by type, with the forms of
    their other words: most sentences hold no first word of any, and are done with at once."""
    found: dict[str, list] = {}
    for event_type, needs in trigger_words().items():
        for need in needs:
            for form in need[0]:
                found.setdefault(form, []).append((event_type, need[1:]))
    return {form: tuple(items) for form, items in found.items()}
