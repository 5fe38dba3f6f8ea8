"""People named in full once and by surname elsewhere: «Сергей Лавров» ... «Лавров», «Лаврова»."""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.morph import tokenizer
from extractor.records import Arg
from extractor.segment import Sentence
from grammars.lexicon import fold


def full_names(people: list[Arg]) -> dict[str, str]:
    """Surname (folded) → the full name, for surnames only one person of the document bears."""
    found: dict[str, set[str]] = {}
    for person in people:
        words = (person.normal or '').split()
        if len(words) >= 2 and len(words[-1]) > 2:
            found.setdefault(fold(words[-1]), set()).add(person.normal)
    return {surname: names.pop() for surname, names in found.items() if len(names) == 1}


def with_full_names(args: list[Arg]) -> list[Arg]:
    """Bare surnames carry the full name the document gives elsewhere."""
    names = full_names([item for item in args if item.kind == 'person'])
    result = []
    for item in args:
        if item.kind == 'person' and item.normal and ' ' not in item.normal:
            full = names.get(fold(item.normal))
            if full:
                item = replace(item, normal=full)
        result.append(item)
    return result


def surname_mentions(sentence: Sentence, names: dict[str, str], taken: list[tuple[int, int]]) -> list[Arg]:
    """Surnames of people named in full elsewhere, in any case, where no other entity stands:
    «встреча Лаврова и Нуртлеу» once «Мурат Нуртлеу» is known."""
    result = []
    for token in tokenizer()(sentence.text):
        if not token.value[:1].isupper():
            continue
        start, end = token.span.start + sentence.start, token.span.stop + sentence.start
        if any(start < taken_end and taken_start < end for taken_start, taken_end in taken):
            continue
        # the word as written first, then its readings in a fixed order: where two people's surnames are
        # readings of one word («Джоли», «Джоля»), the choice must not hang on the order of a set
        readings = [fold(token.value), *sorted({fold(form.normalized) for form in getattr(token, 'forms', ())})]
        full = next((names[word] for word in readings if word in names), None)
        if full:
            result.append(Arg(start=start, end=end, text=token.value, kind='person', normal=full,
                              rule='SURNAME_OF_KNOWN_PERSON'))
    return result


# «Джефф Сешнс (Jeff Sessions)»: the name in its own script, in brackets right after
LATIN_ALIAS = re.compile(r"\s*\(([A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,3})\)")


def latin_aliases(people: list[Arg], text: str) -> list[Arg]:
    """The Latin spelling news give in brackets after a person: the same person."""
    result = []
    for person in people:
        found = LATIN_ALIAS.match(text, person.end)
        if found:
            start, end = found.span(1)
            result.append(Arg(start=start, end=end, text=text[start:end], kind='person', normal=person.normal,
                              rule='LATIN_ALIAS'))
    return result
