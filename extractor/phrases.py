"""The argument phrases of a sentence and the clauses they stand in: where a clause begins and ends,
what case and preposition a phrase has, and whether a noun is held by a verb of its clause
(`extractor/attach.py` gives the phrases to triggers).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extractor.antecedents import phrase_cases, post_agrees
from extractor.arguments import head_token
from extractor.clauses import CASES, name_cases
from extractor.declension import MAIN_CASE
from extractor.modality import modal_words, readings, speech_verbs
from extractor.trace import Node
from grammars.lexicon import fold, table, words
from grammars.roles import TENSE_LENDERS

# words after a comma that open another clause, whose arguments are not the trigger's
CLAUSE_OPENERS = frozenset({'который', 'что', 'где', 'когда', 'куда', 'откуда', 'чтобы', 'если', 'хотя',
                            'поскольку', 'пока', 'а', 'но', 'однако', 'зато', 'причём', 'причем'})
# «а также», «а затем»: the same clause goes on after a comma
GOING_ON = frozenset({'также', 'затем', 'потом', 'впоследствии'})
# «/» and «|» end a caption's words: «прибыл в Москву / Фото с сайта МИД РК»
CLAUSE_MARKS = frozenset(';:()/|')
# not «около»: «около 500 делегатов» are about five hundred
PREPOSITIONS = frozenset({'в', 'во', 'на', 'с', 'со', 'между', 'по', 'из', 'к', 'у', 'для', 'от', 'о', 'об',
                          'под', 'при', 'после', 'до', 'за', 'без', 'через', 'перед', 'над', 'против',
                          'согласно', 'благодаря', 'вопреки', 'вместо', 'кроме', 'помимо', 'среди', 'возле',
                          'вокруг', 'ради', 'насчёт', 'насчет', 'относительно'})
VERB_TAGS = ('VERB', 'INFN', 'PRTF', 'PRTS', 'GRND')
# «рассказал о встрече»: what is told of, not what its teller takes part in
TOPIC_PREPOSITIONS = frozenset({'о', 'об', 'про'})


@dataclass(frozen=True)
class Phrase:
    """An argument phrase of the sentence: its node, token indices, the preposition before it and the
    cases its head word can be in."""

    node: Node
    first: int
    last: int
    preposition: str | None
    cases: frozenset[str]

    @property
    def kind(self) -> str:
        return self.node.children[0].name if self.node.children else self.node.name


@dataclass(frozen=True)
class Attached:
    """A phrase given to a trigger: its role and the rule of `extractor/attach.py` that gave it."""

    role: str
    rule: str
    phrase: Phrase


def clause_bounds(tokens: list, at: int) -> tuple[int, int]:
    """The token range of the clause the word at `at` stands in."""
    inner = [(opening, closing) for opening, closing in asides(tokens) if closing < len(tokens)]

    def boundary(index: int) -> bool:
        token = tokens[index]
        if token.value in CLAUSE_MARKS:
            return True
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        # «..., сообщает сайт МИД»: who tells of it is not in it; «..., а также посетит» goes on
        further = tokens[index + 2] if index + 2 < len(tokens) else None
        if token.value == ',' and after is not None and fold(after.value) in PREPOSITIONS and any(
                'который' in lemmas(word) for word in tokens[index + 2:index + 4]):
            return True  # «..., в ходе которых», «..., на котором»: a relative clause after its preposition
        if token.value == ',' and any(index in (opening, closing) for opening, closing in inner):
            return False  # «Путин, как сообщает ТАСС, прибыл»: the words of a teller stand aside
        if token.value != ',' or after is None or not lemmas(after) & (CLAUSE_OPENERS | speech_verbs()):
            return False
        return not (after.value.lower() == 'а' and further is not None and further.value.lower() in GOING_ON)

    start = at
    while start > 0 and not boundary(start - 1):
        start -= 1
    end = at
    while end < len(tokens) and not boundary(end):
        end += 1
    return start, end


# a date begins at most two words before the word that makes it one: «в прошлый вторник»
DATE_LEAD = 2


def date_starts(tokens: list) -> frozenset[int]:
    """Where in a sentence a date may begin: at a number or a word of dates, or a word or two before it."""
    found: set[int] = set()
    for index, token in enumerate(tokens):
        if token.value[:1].isdigit() or lemmas(token) & date_words():
            found.update(range(max(0, index - DATE_LEAD), index + 1))
    return frozenset(found)


@cache
def date_words() -> frozenset[str]:
    result: set[str] = set()
    for section in ('months', 'month_adjectives', 'weekdays', 'seasons', 'ordinals', 'times_of_day'):
        result.update(words('dates', section))
    for section in ('units', 'relative', 'deictic', 'parts', 'year_parts'):
        result.update(word for listed in table('dates', section).values() for word in listed)
    return frozenset(result)


# the words of a teller are a few: «, как сообщает агентство ТАСС,»
ASIDE_WORDS = 5


def asides(tokens: list) -> list[tuple[int, int]]:
    """The words of one who tells of it, between a comma and the next comma or the end: «..., сообщает
    РБК, ...», «..., как сообщает ТАСС, ...», «..., сообщил сайт МИД.»: the indexes of the two ends. The
    teller follows the verb; «, сообщил о подписании указа,» tells what the sentence is about."""
    found = []
    for index, token in enumerate(tokens[:-2]):
        verb = index + 2 if fold(tokens[index + 1].value) == 'как' else index + 1
        if token.value != ',' or verb + 1 >= len(tokens) or not lemmas(tokens[verb]) & speech_verbs() \
                or fold(tokens[verb + 1].value) in PREPOSITIONS | CLAUSE_OPENERS:
            continue
        closing = next((at for at in range(verb + 1, len(tokens)) if tokens[at].value == ','), len(tokens))
        if closing - index <= ASIDE_WORDS + 1:
            found.append((index, closing))
    return found


# the people a relative clause tells of stand within a few words before it: «министр Максим Орешкин, который»
ANTECEDENT_WORDS = 8


def with_antecedent(tokens: list, start: int, end: int) -> tuple[int, int]:
    """A clause's range, and the words before it where «, который» opens it."""
    if start >= 2 and tokens[start - 1].value == ',' and 'который' in lemmas(tokens[start]):
        return max(0, start - 1 - ANTECEDENT_WORDS), end
    return start, end


def lemmas(token) -> set[str]:
    return {form.normalized for form in readings(token)} | {token.value.lower()}


def phrases_of(nodes: list[Node], tokens: list) -> list[Phrase]:
    at = {token.span.start: index for index, token in enumerate(tokens)}
    result = []
    for node in nodes:
        if not node.tokens or node.tokens[0].span.start not in at:
            continue
        first = at[node.tokens[0].span.start]
        if first and tokens[first - 1].value == '-' and tokens[first - 1].span.stop == node.tokens[0].span.start:
            continue  # «Свято-Успенский»: the part of a word after its hyphen is no name of its own
        last = at[node.tokens[-1].span.start] + 1
        name = name_apart(node)
        if name is not None:
            # «указом президента Ю.Балуевский был назначен»: the name stands in a case of its own
            first, node = at[name.tokens[0].span.start], name
        result.append(Phrase(node, first, last, preposition_before(tokens, first), cases_of(node)))
    return result


# the words between a preposition and the noun they agree with
AGREEING = ('ADJF', 'PRTF')


def preposition_before(tokens: list, first: int) -> str | None:
    """The preposition a phrase that begins at `first` stands after, past the words that agree with it:
    «вместо 86-летнего Рауля Кастро»."""
    at = before_modifiers(tokens, first, AGREEING)
    while 1 <= at < first - 1 and tokens[at].value == '-' and tokens[at - 1].value.isdigit():
        at = before_modifiers(tokens, at - 1, AGREEING)  # «86-летнего»: a number joined to its adjective
    word = tokens[at].value.lower() if at >= 0 else None
    return word if word in PREPOSITIONS else None


def name_apart(node: Node) -> Node | None:
    """Of an argument read as one person whose post is in a case its name cannot be in, the name alone,
    as an argument phrase of its own."""
    agents = node.child('ARGUMENT_AGENTS')
    agent = agents.child('AGENT') if agents is not None and len(agents.children) == 1 else None
    person = agent.child('PERSON') if agent is not None else None
    top = person.children[0] if person is not None and person.children else None
    if top is None or top.name != 'PERSON_POSITION_NAME' or post_agrees(top):
        return None
    name = top.child('NAME_AFTER_POSITION')
    if name is None or not name.tokens:
        return None
    alone = Node('PERSON', name.start, name.end, tokens=name.tokens, children=[name])
    return Node(node.name, name.start, name.end, tokens=name.tokens, children=[
        Node('ARGUMENT_AGENTS', name.start, name.end, tokens=name.tokens, children=[
            Node('AGENT', name.start, name.end, tokens=name.tokens, children=[alone])])])


def cases_of(node: Node) -> frozenset[str]:
    inner = node.children[0] if node.children else node
    while inner.children and inner.name in ('ARGUMENT_AGENTS', 'ARGUMENT_MEMBER', 'AGENT', 'ARGUMENT_PLACE',
                                            'ARGUMENT_PRONOUN'):
        inner = inner.children[0]
    if inner.name == 'PERSON':
        return phrase_cases(inner)
    if inner.name == 'SITE':
        return site_cases(inner)
    if inner.name == 'PRONOUN' and inner.tokens:
        # «Его заменит Галкин»: «его» as «his» does not change, as «him» it is no nominative
        personal = [form for form in readings(inner.tokens[0]) if 'NPRO' in form.grams]
        if personal:
            return frozenset(case for form in personal for case in CASES if case in form.grams)
    if inner.name == 'PEOPLE':
        # «60 женщин» stands in any case; «с артистами» in its noun's
        noun = next((token for token in inner.tokens if readings(token) and 'NOUN' in readings(token)[0].grams), None)
        return CASES if inner.tokens[0].value.isdigit() or noun is None else name_cases(readings(noun))
    if not inner.tokens:
        return CASES
    return name_cases(readings(head_token(inner.tokens)))


def site_cases(node: Node) -> frozenset[str]:
    """The cases of a site's noun, past its adjectives, read in the singular where it can be: «в
    резиденции» is where one is, not «в резиденции» one goes to; «в аэропорту», «на борту» are locatives."""
    noun = next((token for token in node.tokens if readings(token) and 'ADJF' not in readings(token)[0].grams), None)
    if noun is None:
        return CASES
    forms = [form for form in readings(noun) if 'sing' in form.grams] or readings(noun)
    return frozenset(MAIN_CASE.get(case, case) for form in forms for case in (*CASES, *MAIN_CASE) if case in form.grams)


def verb_form(token):
    first = readings(token)[:1]
    return first[0] if first and any(tag in first[0].grams for tag in VERB_TAGS) else None


def told_apart(tokens: list, start: int, end: int) -> bool:
    """Whether a verb other than one that holds an event or plans it stands between tokens `start` and
    `end`: «в октябре сообщил о дате своего визита» dates the telling; «в октябре прошла встреча», «в
    пятницу запланирована встреча» date the meeting."""
    return any((form := verb_form(token)) is not None and 'PRTF' not in form.grams
               and not lemmas(token) & (holding_verbs() | TENSE_LENDERS) and not lemmas(token) & modal_words().keys()
               for token in tokens[start:end])


def before_modifiers(tokens: list, at: int, modifiers: tuple[str, ...]) -> int:
    """The index of the word before the one at `at`, past the words of its likeliest reading's
    `modifiers` tags («провел двусторонние переговоры» → «провел»); -1 where none is."""
    before = at - 1
    while before >= 0 and any(tag in form.grams for form in readings(tokens[before])[:1] for tag in modifiers):
        before -= 1
    return before


def is_object(tokens: list, at: int) -> bool:
    """A noun whose clause's subject takes part in it: the object of a verb that holds the event
    («лидеры провели двусторонние переговоры», «главы государств начали общение»), or a noun after a
    preposition («на саммите G20 Путин поговорил», «по итогам встречи Моди анонсировал»); not the
    object of a verb of saying or planning («анонсируя визит»), nor one that is the subject itself."""
    before = before_modifiers(tokens, at, ('ADJF', 'NUMR', 'PRTF'))
    if before < 0:
        return False
    if fold(tokens[before].value) in PREPOSITIONS - TOPIC_PREPOSITIONS or lemmas(tokens[before]) & context_words():
        return True
    # «состоится обмен мнениями»: after a verb that takes no object the noun is its subject
    return any('accs' in form.grams for form in readings(tokens[at])[:2]) and bool(
        lemmas(tokens[before]) & holding_verbs()) and any('tran' in form.grams for form in readings(tokens[before])[:1])


@cache
def context_words() -> frozenset[str]:
    """The last words of «в ходе», «по итогам», «в рамках»: a noun after them is in a phrase."""
    return frozenset(fold(phrase.split()[-1]) for phrase in words('events', 'context'))


@cache
def holding_verbs() -> frozenset[str]:
    """«провести», «начать», «совершить», «открыть»: verbs an event noun is the object of."""
    return frozenset((*words('events', 'event_verbs'), *words('events', 'chairing_verbs'),
                      *table('events', 'visit')['support_verbs']))
