"""Bare surnames of people the document names in full, as argument phrases: «Токаев на встрече с
Путиным», «поездкой Моди». The dictionary knows few foreign surnames, and reads some as other words
(«Токаев» as the genitive plural of «токай»), so the argument grammar cannot tell them from any
capitalised word; once «Касым-Жомарт Токаев» is named, «Токаев» and «Токаевым» are he.
"""

from __future__ import annotations

from extractor.clauses import CASES
from extractor.coref import naming
from extractor.names import names_in_text
from extractor.phrases import PREPOSITIONS, Phrase
from extractor.trace import Node
from grammars.lexicon import fold

# what a Russian surname adds to its nominative in each case: «Токаев» → «Токаева», «Токаевым»
MASCULINE_ENDINGS = {'': {'nomn'}, 'а': {'gent', 'accs'}, 'у': {'datv'}, 'ым': {'ablt'}, 'ом': {'ablt'},
                     'е': {'loct'}}
# «Захарова» → «Захаровой», «Захарову»
FEMININE_ENDINGS = {'а': {'nomn'}, 'ой': {'gent', 'datv', 'ablt', 'loct'}, 'у': {'accs'}}
# «Токаев», «Лавров», «Путин», «Шойгу»: surnames whose endings decline; others («Моди», «Нуртлеу») do not
DECLINED = ('ов', 'ев', 'ёв', 'ин', 'ын', 'ский', 'цкий', 'ова', 'ева', 'ина', 'ына')


def surname_cases(word: str, surname: str) -> frozenset[str] | None:
    """The cases `word` stands in as a form of `surname` (both folded), or None where it is none."""
    if word == surname:
        return frozenset({'nomn'}) if surname.endswith(DECLINED) else CASES
    if surname.endswith(('ова', 'ева', 'ина', 'ына')):
        stem = surname[:-1]
        ending = word[len(stem):] if word.startswith(stem) else None
        return frozenset(FEMININE_ENDINGS[ending]) if ending in FEMININE_ENDINGS else None
    if surname.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')) and word.startswith(surname):
        ending = word[len(surname):]
        return frozenset(MASCULINE_ENDINGS[ending]) if ending in MASCULINE_ENDINGS else None
    return None


def with_surnames(tokens: list, offset: int, surnames: frozenset[str], phrases: list[Phrase],
                  starts: frozenset[int] | None) -> list[Phrase]:
    """The argument phrases of a sentence with its surnames of people the document names in full
    (`surname_phrases`), which outweigh a given name alone read in the same word («Токаева» read as the
    woman's name)."""
    surnamed = surname_phrases(tokens, offset, surnames, phrases, starts)
    return [phrase for phrase in phrases if phrase.node.find('GIVEN_NAME') is None
            or not any(other.first == phrase.first for other in surnamed)] + surnamed


def surname_phrases(tokens: list, offset: int, surnames: frozenset[str], phrases: list[Phrase],
                    starts: frozenset[int] | None) -> list[Phrase]:
    """A phrase for each capitalised word of the sentence (its tokens, at document offset `offset`)
    that is a form of one of `surnames` (folded) and that no phrase of the argument grammar holds but as
    a given name alone; only at `starts` (token indices) where given."""
    held = {index for phrase in phrases if phrase.node.find('GIVEN_NAME') is None
            for index in range(phrase.first, phrase.last)}
    result = []
    for index, token in enumerate(tokens):
        if index in held or (starts is not None and index not in starts) or not token.value[:1].isupper():
            continue
        word = fold(token.value)
        cases = next((found for surname in sorted(surnames) if word.startswith(surname[:-2] or surname)
                      for found in [surname_cases(word, surname)] if found), None)
        if cases is None:
            continue
        name = Node('NAME_WORD', token.span.start + offset, token.span.stop + offset, tokens=[token])
        agents = Node('ARGUMENT_AGENTS', name.start, name.end, tokens=[token], children=[name])
        node = Node('ARGUMENT', name.start, name.end, tokens=[token], children=[agents])
        before = tokens[index - 1].value.lower() if index else None
        result.append(Phrase(node, index, index + 1, before if before in PREPOSITIONS else None, cases))
    return result


def document_surnames(text: str) -> frozenset[str]:
    """The surnames (folded) of the people the text names with a first name or initials."""
    found = (naming(person.normal or '') for person in names_in_text(text))
    return frozenset(item.surname for item in found if item is not None and len(item.surname) > 2)


def named_surnames(mentions: list) -> frozenset[str]:
    """The surnames (folded) of the people the mentions name with a first name: «Касым-Жомарт Токаев»."""
    found = (naming(item.normal) for mention in mentions for item in mention.agents()
             if item.kind == 'person' and item.normal and ' ' in item.normal)
    return frozenset(item.surname for item in found if item is not None and item.given and len(item.surname) > 2)
