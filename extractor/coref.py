"""People named in full once and by surname elsewhere: «Сергей Лавров» ... «Лавров», «Лаврова».

A document names one person in several ways: «Владимир Владимирович Путин», «Владимир Путин»,
«В. В. Путин», «Путин». Each shorter way stands for the fullest the document gives, where the surname
and the first letters of the given names allow only one person; «Ермек Кошербаев» and «Кошербаев
Ермек Беделбаевич» (surname first, as documents write it) are one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractor.morph import analyzer, tokenizer
from extractor.records import Arg
from extractor.segment import Sentence
from grammars.lexicon import fold
from grammars.predicates import NAME_PARTICLES

# «Беделбаевич», «Сергеевна», «Ильхам оглы»: a patronymic ends a name written surname first
PATRONYMIC = re.compile(r'.*(вич|вна|ична|оглы|кызы|улы)$')


@dataclass(frozen=True)
class Naming:
    """One way a document names a person: the surname, and the given names (or their initials)."""

    text: str
    surname: str
    given: tuple[str, ...]

    @property
    def fullness(self) -> tuple[int, int]:
        """More given names written out, then more words: «Владимир Владимирович Путин» is fuller
        than «Владимир Путин», and that than «В. В. Путин»."""
        return sum(not initial(word) for word in self.given), len(self.given)


def initial(word: str) -> bool:
    return len(word) == 2 and word.endswith('.')


def naming(normal: str) -> Naming | None:
    words = normal.split()
    if not words:
        return None
    if len(words) >= 3 and PATRONYMIC.match(fold(words[-1])) and not initial(words[0]):
        surname, given = words[0], words[1:]
    else:
        surname, given = words[-1], words[:-1]
    if len(surname) < 2 or initial(surname):
        return None
    return Naming(normal, fold(surname), tuple(fold(word) for word in given))


def agree(first: str, second: str) -> bool:
    """A word with the same word, an initial with the first letter of a word («В.» and «Владимир»)."""
    if initial(first) or initial(second):
        return first[0] == second[0]
    return first == second


def compatible(one: Naming, other: Naming) -> bool:
    """The same surname, and given names that agree where both have one, from the first («В. Путин»
    and «Владимир Владимирович Путин») or, of a long foreign name, from the last («Лула да Силва»
    and «Луис Инасиу Лула да Силва»); a surname joined to another by a particle is one of them
    («Фернандес» of «Кристина Фернандес де Киршнер»)."""
    if one.surname != other.surname:
        return any(shorter.surname == first and all(map(agree, shorter.given, given))
                   for shorter, longer in ((one, other), (other, one))
                   for first, given in compound_surnames(longer))
    pairs = zip(one.given, other.given, strict=False)
    if all(agree(first, second) for first, second in pairs):
        return True
    shorter, longer = sorted((one.given, other.given), key=len)
    tail = longer[len(longer) - len(shorter):]
    return compound(shorter) and all(map(agree, shorter, tail))


def compound_surnames(one: Naming) -> list[tuple[str, tuple[str, ...]]]:
    """The first part of a surname joined to the last by a particle, with the given names before it:
    «Кристина Фернандес де Киршнер» → («фернандес», («кристина»,))."""
    return [(one.given[at - 1], one.given[:at - 1]) for at in range(1, len(one.given))
            if one.given[at] in NAME_PARTICLES and all(word not in NAME_PARTICLES for word in one.given[at + 1:])]


def compound(given: tuple[str, ...]) -> bool:
    """The words before a surname are part of it, not given names: «Лула да Силва» (a particle), not
    «Шимон Перес» (a first name the dictionary knows: «Израиля Шимон Перес» is no fuller name of his)."""
    if not given or any(initial(word) for word in given):
        return False
    forms = analyzer()(given[0])
    return any(word in NAME_PARTICLES for word in given) or not (forms and 'Name' in forms[0].grams)


def fullest(one: Naming, namings: list[Naming]) -> Naming | None:
    """The fullest naming of the person `one` names, or None where it may name two people: «Путин»
    when the document has both «Владимир Путин» and «Людмила Путин»."""
    fitting = [other for other in namings if compatible(one, other)]
    if any(not compatible(first, second) for first in fitting for second in fitting):
        return None
    # of two as full, the one that opens with the given names: «Владислав Юрьевич Сурков», and the one
    # that writes its surname as it stands: «Иржи Руснок», not «Иржи Руснока»
    return max(fitting, key=lambda other: (other.fullness, not fold(other.text).startswith(other.surname),
                                           fold(other.text).endswith(other.surname)), default=None)


# the endings a man's surname the dictionary does not know takes in the other cases: «Руснок», «Руснока»
SURNAME_ENDINGS = ('а', 'у', 'ом', 'е')
VOWELS = frozenset('аеёиоуыэюя')


def as_written_in_full(namings: list[Naming]) -> list[Naming]:
    """«Иржи Руснока» where the document also writes «Иржи Руснок»: a surname read in another case
    stands for the one the document gives without an ending."""
    surnames = {one.surname for one in namings}
    base = {surname[:-len(ending)]: surname for surname in surnames for ending in SURNAME_ENDINGS
            if surname.endswith(ending) and surname[:-len(ending)] in surnames
            and surname[-len(ending) - 1] not in VOWELS}
    declined = {form: stem for stem, form in base.items()}
    result = []
    for one in namings:
        stem = declined.get(one.surname)
        as_stem = replace(one, surname=stem) if stem else one
        # «Суркова Зоя Антоновна» is his mother, not «Сурков» in another case
        named = [other for other in namings if other.surname == stem and other.given]
        fits = stem and named and all(compatible(as_stem, other) for other in named)
        result.append(as_stem if fits else one)
    return result


def full_names(people: list[Arg]) -> dict[str, str]:
    """A person's surname and each shorter naming (folded) → the fullest naming the document gives
    that person, for surnames that only one person of the document bears."""
    namings: list[Naming] = []
    for person in people:
        found = naming(person.normal or '')
        if found is not None and found not in namings:
            namings.append(found)
    namings = as_written_in_full(namings)
    result = {}
    for one in namings:
        best = fullest(one, namings)
        declined = not fold(one.text).endswith(one.surname)
        if best is not None and best.given and (best.fullness > one.fullness or declined and best != one):
            result[fold(one.text)] = best.text
        bare = Naming(one.surname, one.surname, ())
        best = fullest(bare, namings)
        if best is not None and best.given:
            result[one.surname] = best.text
    return result


def with_full_names(args: list[Arg]) -> list[Arg]:
    """Bare surnames and shorter namings carry the fullest name the document gives elsewhere."""
    names = full_names([item for item in args if item.kind == 'person'])
    result = []
    for item in args:
        if item.kind == 'person' and item.normal:
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
        if person.end is None:  # people are named by words: no person lacks a span
            continue
        found = LATIN_ALIAS.match(text, person.end)
        if found:
            start, end = found.span(1)
            result.append(Arg(start=start, end=end, text=text[start:end], kind='person', normal=person.normal,
                              rule='LATIN_ALIAS'))
    return result
