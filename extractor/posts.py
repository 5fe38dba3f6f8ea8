"""The posts a document gives its people outside the event mentions: «президента США Барака Обамы» in one
sentence makes «договор был подписан Медведевым и Обамой» of another an agreement of officials.

The entity grammar is costly, so it runs only on the sentences that hold the surname of someone an event
needs a post for, and only when a draft event would otherwise be dropped.
"""

from __future__ import annotations

from functools import cache

from yargy.tokenizer import RUSSIAN, Tokenizer

from extractor.entities import entity_args
from extractor.morph import analyzer, tokenizer
from extractor.parse import DocumentMatches
from extractor.records import Arg
from grammars.lexicon import fold, words
from grammars.person import TITLE_SECTIONS


def surname(name: str) -> str:
    return fold(name.split()[-1])


def capitalised_readings(text: str) -> set[str]:
    """Every capitalised word of a sentence and its normal forms, folded: only these words go to the
    dictionary, for most sentences name no one wanted and need no more."""
    found = set()
    for token in Tokenizer.__call__(tokenizer(), text):
        if token.value[:1].isupper():
            found.add(fold(token.value))
            if token.type == RUSSIAN:  # the words the tokenizer gives forms
                found.update(fold(form.normalized) for form in analyzer()(token.value))
    return found


@cache
def post_words() -> frozenset[str]:
    """The first words of posts: a sentence that gives one holds one of them."""
    return frozenset(fold(title.split()[0]) for section in (*TITLE_SECTIONS, 'envoys')
                     for title in words('positions', section))


def gives_a_post(tokens: list) -> bool:
    return any(fold(form.normalized) in post_words() for token in tokens for form in getattr(token, 'forms', ())[:1])


def document_posts(text: str, entity_matches: DocumentMatches, people: set[str]) -> dict[str, str]:
    """Person (normal name) → the post another sentence of the document gives a person of that surname."""
    wanted: dict[str, list[str]] = {}
    for name in sorted(name for name in people if name):
        wanted.setdefault(surname(name), []).append(name)
    result: dict[str, str] = {}
    for index, part in enumerate(entity_matches.parts):
        if not wanted.keys() & capitalised_readings(part.text) or not gives_a_post(entity_matches.words(index)):
            continue
        for node in entity_matches(index):
            for item in entity_args(node, text, None):
                person = posted_person(item, wanted)
                if person and person not in result and item.position:  # posted_person asks for a post
                    result[person] = item.position
    return result


def posted_person(item: Arg, wanted: dict[str, list[str]]) -> str | None:
    """The person of `wanted` (surname → names, in order) a posted person is: the one of the same name,
    else the first of the same surname («Мохаммед бин Салман», «Мухаммед ибн Салман»), whatever the
    order the names came in."""
    if item.kind != 'person' or not item.position or not item.normal:
        return None
    names = wanted.get(surname(item.normal), [])
    return item.normal if item.normal in names else next(iter(names), None)
