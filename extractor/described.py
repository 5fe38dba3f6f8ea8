"""Who a post stands for where a mention names no one: «президент Вьетнама», «Российский министр обороны»,
«китайский лидер», «Замглавы МИД РФ» take the name of the person the document names with that post.

A post is compared by its head (`head_post`): the office it names, whatever its words («президент»,
«лидер», «глава государства» are one), else the post without the words that do not tell which it is
(«новый»); a post of one word stands for every post it opens («министр» for «министр обороны»). The
people come from the event mentions (an appointment gives its post), from the entity grammar on the
sentences that hold a word of the post, and, of people the document gives no post, from the lexicon
of office holders («Владимир Путин» in 2019: Russia's president).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache, lru_cache

from extractor.antecedents import Antecedents
from extractor.holders import acts_for, offices_of
from extractor.mentions import Found
from extractor.morph import analyzer
from extractor.names import word_kind
from extractor.records import Arg
from grammars.event import TYPES
from grammars.gazetteer import word_forms
from grammars.lexicon import fold, load, words

# titles a monarch or a cleric keeps in the name: «король Альберт II», «Патриарх Кирилл»
TITLED = ('король', 'королева', 'принц', 'принцесса', 'император', 'императрица', 'патриарх', 'папа', 'муфтий',
          'митрополит', 'архиепископ')

OFFICES = ('head_of_state', 'head_of_government', 'foreign_minister')
# titles of offices positions.yml `offices` does not list: the office, or the post they are another name
# of («председатель КНР» is China's head of state, as the lexicon of office holders calls him)
TITLES = {'председатель кнр': 'head_of_state', 'председатель государственного совета': 'head_of_state',
          'председатель правительства': 'head_of_government', 'генсек': 'генеральный секретарь',
          'глава минобороны': 'министр обороны', 'глава военного ведомства': 'министр обороны'}
# «глава США», «председатель КНР»: the head of a country is its head of state
HEADS = ('глава', 'председатель', 'руководитель')
# what is left of the name of a state after the grammar took its adjective: «министр обороны Федерации»
STATE_WORDS = ('федерации', 'республики', 'королевства', 'штатов', 'эмиратов')
# «замглавы МИД», «замминистра»: a deputy of the post the word names, or of the one after it
DEPUTIES = {'замглавы': 'глава', 'замминистра': 'министр', 'заместитель': None, 'зам': None}
Posts = set[tuple[str, str | None]]  # the heads of a person's posts, each with its country


@cache
def offices() -> dict[str, str]:
    """Post phrase (folded) → the office it names, or the post it is another name of."""
    listed = {fold(phrase): office for office, phrases in load('positions')['offices'].items() for phrase in phrases}
    return {**listed, **TITLES}


@cache
def posts_of_several_words() -> frozenset[str]:
    return frozenset(post for post in [*offices(), *TITLES.values()] if ' ' in post and post not in OFFICES)


@cache
def modifiers() -> tuple[tuple[str, ...], ...]:
    """Words before a post that do not tell which post it is: «новый», «исполняющий обязанности»."""
    return tuple(tuple(fold(phrase).split()) for phrase in words('positions', 'modifiers'))


def nominative(word: str) -> str:
    """«министра» → «министр»: the post after «заместитель» or «исполняющий обязанности» is a genitive."""
    nouns = [form for form in analyzer()(word) if 'NOUN' in form.grams]
    return fold(nouns[0].normalized) if nouns else word


def serving(words_of_post: list[str]) -> list[str]:
    """The words of a post without those before it that do not tell which post it is."""
    stripped = True
    while stripped:
        stripped = False
        for modifier in modifiers():
            if tuple(words_of_post[:len(modifier)]) == modifier and len(words_of_post) > len(modifier):
                words_of_post, stripped = words_of_post[len(modifier):], True
    return words_of_post


def head_post(position: str | None, country: str | None = None) -> str | None:
    """The post a person serves in, as one key: the office it names («президент», «лидер» and «глава
    государства» are head_of_state; «глава дипломатии министерства ...» foreign_minister), else the post
    without the words that do not tell which it is («новый министр обороны» → «министр обороны»); None
    for a post no longer held («бывший премьер», «экс-глава»)."""
    post = serving(fold(position or '').split(' – ')[-1].split())  # of two posts, the one a person serves in
    if not post or post[0].split('-')[0] in words('positions', 'former_modifiers'):
        return None
    post = [nominative(post[0]), *post[1:]]
    if post[0] in DEPUTIES:  # «замглавы МИД», «заместитель министра иностранных дел»: a deputy of an office
        rest = ' '.join([DEPUTIES[post[0]], *post[1:]] if DEPUTIES[post[0]] else post[1:])
        return f'заместитель {head_post(rest) or rest}' if rest else 'заместитель'
    phrase = ' '.join(post)
    if phrase in HEADS and country:
        return 'head_of_state'
    if len(post) > 2 and post[-1] in STATE_WORDS and ' '.join(post[:-1]) in posts_of_several_words():
        phrase = ' '.join(post[:-1])
    opening = next((' '.join(post[:size]) for size in range(len(post) - 1, 1, -1)
                    if offices().get(' '.join(post[:size])) in OFFICES), phrase)
    return offices().get(phrase, offices().get(opening, phrase))


@cache
def opening_words(key: str) -> frozenset[str]:
    """The words a post opens with: «министр» and «глава» for foreign_minister («глава МИД»)."""
    phrases = [phrase for phrase, office in offices().items() if office == key]
    return frozenset(phrase.split()[0] for phrase in (phrases if key in OFFICES else [*phrases, key]))


def covers(wanted: str, have: str) -> bool:
    """A post of one word stands for every post it opens: «министр» for «министр обороны» and «глава
    МИД», «глава» for «глава государства»; an office and a longer post only for themselves."""
    return wanted == have or (' ' not in wanted and wanted not in OFFICES and wanted in opening_words(have))


@lru_cache(maxsize=64)
def post_words(wanted: frozenset[str]) -> re.Pattern:
    """Any form of a word the posts open with: «президента», «главой» (not «главный»)."""
    forms = {form for key in wanted for word in opening_words(key) for form in word_forms(word, analyzer().raw)}
    alternatives = '|'.join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(rf'(?<![\w-])({alternatives})(?![\w-])', re.I)


def document_year(found: list[Found]) -> int | None:
    """The year most dates of the mentions fall in: whom the lexicon of office holders means."""
    years = Counter(int(mention.date.date_from[:4]) for mention in found if mention.date and mention.date.date_from)
    return years.most_common(1)[0][0] if years else None


def posted_agents(mention: Found) -> list[Arg]:
    """The people of a mention, the appointed with the post they take: «назначении министром обороны
    Андрея Белоусова»."""
    agents = [item for item in mention.agents() if item.kind == 'person' and item.normal]
    post = next((item for role, item in mention.roles if role == 'position' and item.normal), None)
    if TYPES[mention.type].kind == 'post' and post and mention.modality != 'negated':
        agents = [replace(item, position=post.normal, country=item.country or post.country) for item in agents]
    return agents


class Holders:
    """Who holds which post in a document: the people its mentions name, those the entity grammar finds in
    the sentences that hold the word of a post asked for, and the surnames the lexicon of office holders
    lists (`more`: the namings found without a grammar); `names`: each naming → the fullest name."""

    def __init__(self, found: list[Found], antecedents: Antecedents, names: dict[str, str], more: list[Arg]):
        self.antecedents, self.names, self.year = antecedents, names, document_year(found)
        self.namings = [*more, *(item for mention in found for item in posted_agents(mention))]
        self.read: set[int] = set()

    def fuller(self, normal: str | None) -> str:
        return self.names.get(fold(normal or ''), normal or '')

    def fullest(self, person: Arg) -> str | None:
        """The fullest name the document gives a person, by the normal or, where the grammar's nominative
        is off («Рютта» of «Рютте»), by the words as written; a first name alone («с Аркадием») is the one
        person the document names in full with it, if one."""
        found = self.names.get(fold(person.normal or '')) or self.names.get(fold(person.text))
        alone = person.normal and ' ' not in person.normal and person.text.split()
        if found is None and alone and word_kind(person.text.split()[-1]) == 'given':
            found = self.by_first_name(person.normal or '')
        return found or person.normal

    def by_first_name(self, name: str) -> str | None:
        """«с Аркадием»: the one person the document names in full with that first name, if one; a title
        before it is no name («Филипп» of «принц Филипп»)."""
        found = {self.fuller(item.normal) for item in self.namings
                 if item.normal and ' ' in item.normal and fold(name) in fold(item.normal).split()[:2]
                 and fold(item.normal.split()[0]) in (fold(name), *TITLED)}
        return found.pop() if len(found) == 1 else None

    def read_sentences(self, wanted: set[str]) -> None:
        """The people of the sentences that hold a word a wanted post opens with, in any form."""
        pattern = post_words(frozenset(wanted))
        for index, part in enumerate(self.antecedents.parts):
            if index not in self.read and pattern.search(part.text):
                self.read.add(index)
                self.namings += [named.person for named in self.antecedents.people(index)]

    def posts(self, taken: set[str]) -> dict[str, Posts]:
        """Person (the fullest name) → the posts the document gives them, but for the people taken."""
        result: dict[str, Posts] = {}
        for item in self.namings:
            person = self.fuller(item.normal)
            if person and person not in taken and item.position:
                # «заместитель премьер-министра – министр иностранных дел»: two posts; a post no longer held is
                # a post still, one the lexicon need not give
                result.setdefault(person, set()).update((head_post(part, item.country) or 'former', item.country)
                                                        for part in item.position.split(' – '))
            elif person and person not in taken:
                result.setdefault(person, set())
        return result

    def fits(self, person: str, posts: Posts, wanted: set[str], country: str | None) -> bool:
        acts = acts_for(person, self.year)
        return any(covers(want, key) and (country is None or (held or acts) in (None, country))
                   for key, held in posts for want in wanted)

    def fitting(self, wanted: set[str], country: str | None, taken: set[str]) -> set[str]:
        """The people the document names with a post wanted; where none, those it names with no post whom
        the lexicon of office holders knows in one in the document's year («Владимир Путин»)."""
        people = self.posts(taken)
        found = {person for person, posts in people.items() if self.fits(person, posts, wanted, country)}
        return found or {person for person, posts in people.items() if not posts and self.fits(
            person, {(head_post(office.post, office.state), office.state) for office in offices_of(person, self.year)},
            wanted, country)}

    def holder(self, description: Arg, others: list[Arg]) -> Arg | None:
        """The person the document names with the post a description names, in its country where both say
        one: the one whose phrase holds it, else the one named nearest before it, else first after it.
        «коллега» holds the post of the other side («со своим российским коллегой» of a president)."""
        described = [description] if fold(description.position or '') != 'коллега' else others
        wanted = {head_post(item.position, item.country) for item in described} - {None}
        if not wanted or wanted <= set(HEADS):  # «с главой делегации ...»: the grammar kept the head word only
            return None
        self.read_sentences(wanted)
        fitting = self.fitting(wanted, description.country, {self.fuller(other.normal) for other in others})
        namings = sorted((item for item in self.namings if self.fuller(item.normal) in fitting),
                         key=lambda item: item.start)
        around = [item for item in namings if item.start <= description.start and description.end <= item.end]
        before = [item for item in namings if item.end <= description.start]
        after = [item for item in namings if item.start >= description.end]
        chosen = next(iter(around or before[-1:] or after), None)
        return replace(chosen, normal=self.fullest(chosen)) if chosen else None
