"""Who «он», «она», «его» is: the person the text names just before.

- «его назначения» in «визит Кошербаева после его назначения»: a person named earlier in the same
  sentence, other than the subject of the pronoun's own clause.
- «он» as the one who acts: the subject (a name in the nominative) of the same sentence before it, else
  of the nearest sentence before that names someone of the pronoun's gender; that sentence's first
  person where none is its subject («По словам самого Александра Лукашенко, ...» → «Он сообщил»).
- «именно он убедил Карзая»: a sentence whose subject is the same pronoun still speaks of the person
  before it, so the search goes on past it.

The entity grammar is costly, so it runs only on the sentences a pronoun looks back into, each
once for all the steps of the document that ask (`extractor.parse.DocumentMatches`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from extractor.arguments import head_token
from extractor.clauses import CASES, name_cases
from extractor.coref import surname_mentions
from extractor.entities import entity_args
from extractor.morph import analyzer, listed
from extractor.names import word_kind
from extractor.parse import DocumentMatches, Node
from extractor.records import Arg
from grammars.roles import PRONOUN_GENDERS, SUBJECT_PRONOUNS

SENTENCES_BACK = 3


@dataclass(frozen=True)
class Named:
    person: Arg
    cases: frozenset[str]  # the cases its phrase can be read in

    @property
    def subject(self) -> bool:
        """It may be in the nominative: whom the sentence is about."""
        return 'nomn' in self.cases

    @property
    def only_subject(self) -> bool:
        return self.cases == {'nomn'}


def phrase_cases(node: Node) -> frozenset[str]:
    """The cases a person phrase can be in, by the word that takes its case: the post («президента
    Афганистана Хамида Карзая»), else the name read as a name («Хамида» is a genitive, not a word)."""
    first = node.children[0] if node.children else node
    if not first.tokens:
        return CASES
    if first.name == 'POSITION':
        return name_cases(getattr(head_token(first.tokens), 'forms', None) or [])
    words = [token for token in first.tokens if token.value[:1].isalpha() and len(token.value) > 1]
    if not words:
        return CASES
    cases = name_cases(getattr(words[0], 'forms', None) or [])
    if first.find('POSITION') is not None:
        return cases  # «президента В. Соболев»: the post's case is the phrase's
    last = name_cases(getattr(words[-1], 'forms', None) or [])
    # «Владимира Проничева»: a first name the dictionary knows and its surname share their case
    if len(words) > 1 and word_kind(words[0].value) == 'given' and cases & last:
        return cases & last
    # «Лула да Силва»: a first word read as a form of another name («Лул») says less than the two ends do
    return cases | last


def post_agrees(node: Node) -> bool:
    """The post of a person phrase is in a case the name can be in: «указом президента Ю.Балуевский был
    назначен» is two phrases the entity grammar read as one."""
    position, name = node.find('POSITION'), node.find('NAME_AFTER_POSITION', 'NAME', 'SURNAME')
    words = [token.value for token in (name.tokens if name else []) if token.value[:1].isalpha()
             and len(token.value) > 1]
    # a person is animate: «Балуевский» is no accusative
    forms = [form for form in analyzer()(words[-1]) if 'inan' not in form.grams] if words else []
    return position is None or not forms or bool(phrase_cases(node) & name_cases(forms))


@cache
def gender(name: str) -> str | None:
    """A person's gender by the first name of their normal name; None where it does not say."""
    for word in name.split()[:-1] or name.split():
        # a name the dictionary knows: a guess goes by the ending, and «Нарендра» is no woman's name
        known = [form for form in analyzer().raw.parse(word)
                 if listed(form) and {'Name', 'sing', 'nomn'} <= form.tag.grammemes]
        genders = {gram for form in known for gram in ('masc', 'femn') if gram in form.tag}
        if len(genders) == 1:
            return genders.pop()
    return None


def fits(person: Arg, wanted: str | None) -> bool:
    return wanted is None or gender(person.normal or '') in (None, wanted)


class Antecedents:
    """The people of a document's sentences, parsed when a pronoun first asks for them."""

    def __init__(self, text: str, entity_matches: DocumentMatches, surnames: dict[str, str], agents: list[Arg]):
        self.text = text
        self.entity_matches = entity_matches
        self.parts = entity_matches.parts
        self.surnames = surnames
        self.agents = agents  # the people the event mentions name: «визит Кошербаева» finds «Кошербаева»
        self.found: dict[int, list[Named]] = {}

    def people(self, index: int) -> list[Named]:
        if index not in self.found:
            people = []
            for node in self.entity_matches(index):
                top = node.children[0] if node.children else node
                if top.name != 'PERSON':
                    continue
                person = entity_args(node, self.text, None)[0]
                if not post_agrees(top):  # «указом президента Ю.Балуевский был назначен»: no president
                    person = replace(person, position=None, country=None, organization=None)
                if person.normal:
                    people.append(Named(person, phrase_cases(top)))
            # «Хантсмен» alone, once «Джон Хантсмен» is known: a surname the entity grammar does not know
            taken = [(named.person.start, named.person.end) for named in people]
            part = self.parts[index]
            extra = {(item.start, item.end): item for item in self.agents if part.start <= item.start < part.end
                     and not any(start < item.end and item.start < end for start, end in taken)}
            for person in [*extra.values(), *surname_mentions(part, self.surnames, [*taken, *extra])]:
                people.append(Named(person, name_cases(list(analyzer()(person.text.split()[-1])))))
            self.found[index] = sorted(people, key=lambda named: named.person.start)
        return self.found[index]

    def of(self, pronoun: Arg) -> Arg | None:
        word = pronoun.text.lower()
        wanted = PRONOUN_GENDERS.get(word)
        at = self.sentence_of(pronoun.start)
        if at is None:
            return None
        same = self.in_the_sentence(at, pronoun, word, wanted)
        if same:
            return same
        for index in range(at - 1, max(at - 1 - SENTENCES_BACK, -1), -1):
            candidates = [named for named in self.people(index) if fits(named.person, wanted)]
            subjects = [named for named in candidates if named.subject]
            if subjects:
                return subjects[0].person
            if self.about_the_same(index, word):
                continue
            if candidates:
                return candidates[0].person
        return None

    def sentence_of(self, position: int) -> int | None:
        return next((index for index, part in enumerate(self.parts) if part.start <= position < part.end), None)

    def in_the_sentence(self, at: int, pronoun: Arg, word: str, wanted: str | None) -> Arg | None:
        """«Путин заявил, что он посетит»: a subject before the pronoun, else a genitive, never the one
        of «Встретившись с Путиным, он заявил». «его», «ему» never mean the subject of their own clause
        («Буш назначил его послом»): for them a subject with a comma between comes first, then a name
        that can be in another case («визит Кошербаева после его назначения»), and a name that can
        only be a subject with no comma between is passed over."""
        before = [named for named in self.people(at) if named.person.end <= pronoun.start
                  and fits(named.person, wanted)]
        subjects = [named for named in before if named.subject]
        if word in SUBJECT_PRONOUNS:
            # «Начало визита Владимира Путина задержалось — он прибыл»: else the one a genitive names
            owners = [named for named in before if 'gent' in named.cases]
            found = subjects or owners
            return found[-1].person if found else None
        apart = [named for named in subjects if ',' in self.text[named.person.end:pronoun.start]]
        # «визит Кошербаева после его назначения»: a name that may be a genitive will do
        others = [named for named in before if not named.only_subject and named not in apart]
        found = apart or others
        return found[-1].person if found else None

    def about_the_same(self, index: int, word: str) -> bool:
        """The sentence has the same subject pronoun: «именно он убедил президента Афганистана»."""
        return word in SUBJECT_PRONOUNS and re.search(rf'(?<!\w){word}(?!\w)', self.parts[index].text, re.I) is not None
