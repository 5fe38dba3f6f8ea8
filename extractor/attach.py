"""Arguments a trigger's clause gives where no frame of its grammar placed them: the phrases of the
argument grammar (`grammars/argument.py`) given to the trigger by case, preposition and place.

Each rule is named in the record's trace («visitor ← SUBJECT»):
- SUBJECT: an agent in the nominative without a preposition, the nearest before a verb, else the first
  after it («Россию посетит президент Казахстана»); after a participle, the one it agrees with
- BY: an agent in the instrumental after a passive verb: «договор подписан Медведевым»
- OBJECT: after an active verb, a person in the accusative («назначил Иванова») or a place
  («посетил Берлин»)
- WITH: «с» and the instrumental: «встретился с Блинкеном», «переговоры с главой МИД»
- BETWEEN: «между Россией и Китаем»
- OF: a genitive right after a noun: «визит Путина», «встреча лидеров»
- TO: «в», «на» and a place in the accusative: «прибыл в Москву», «визит в Китай»
- IN: «в», «на» and a place in the locative: «встретился с Блинкеном в Женеве»
- WHERE: in a clause opened by «где», the last place of the clause before it: «посещал Астану, где
  принял участие в саммите»
- INVITED_BY: «по приглашению» and a genitive
- TAKING_PART: «с участием», «при участии» and a genitive: «заседание с участием Путина»
- WHEN: the date nearest the trigger in its clause, else in its sentence

A phrase with another trigger between it and this one is that trigger's: «обсудит подготовку визита
Путина в Казахстан» gives the talks neither Путин nor Казахстан. For a verb only a noun between counts
(«прибыл в Москву и встретится с Путиным»: one subject for both verbs).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extractor.antecedents import phrase_cases
from extractor.arguments import agent_args, head_token, place_args
from extractor.clauses import CASES, name_cases
from extractor.entities import date_arg
from extractor.modality import readings, speech_verbs
from extractor.records import Arg
from extractor.trace import Node
from grammars.declaration import EventType
from grammars.event import TYPES
from grammars.lexicon import fold, table, words

# words after a comma that open another clause, whose arguments are not the trigger's
CLAUSE_OPENERS = frozenset({'который', 'что', 'где', 'когда', 'куда', 'откуда', 'чтобы', 'если', 'хотя',
                            'поскольку', 'пока', 'а', 'но', 'однако', 'зато', 'причём', 'причем'})
# «а также», «а затем»: the same clause goes on after a comma
GOING_ON = frozenset({'также', 'затем', 'потом', 'впоследствии'})
# «/» and «|» end a caption's words: «прибыл в Москву / Фото с сайта МИД РК»
CLAUSE_MARKS = frozenset(';:()/|')
PREPOSITIONS = frozenset({'в', 'во', 'на', 'с', 'со', 'между', 'по', 'из', 'к', 'у', 'для', 'от', 'о', 'об',
                          'под', 'при', 'после', 'до', 'за', 'без', 'через', 'перед', 'над', 'против'})
VERB_TAGS = ('VERB', 'INFN', 'PRTF', 'PRTS', 'GRND')
# «рассказал о встрече»: what is told of, not what its teller takes part in
TOPIC_PREPOSITIONS = frozenset({'о', 'об', 'про'})

PLACE_RULES = ('TO', 'IN', 'OBJECT_PLACE', 'WHERE')

# events whose agents are sides of one another: «встретился с Блинкеном», «подписал с Вьетнамом»
SIDES = ('meeting', 'agreement')


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


def clause_bounds(tokens: list, at: int) -> tuple[int, int]:
    """The token range of the clause the word at `at` stands in."""
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
        before = tokens[first - 1].value.lower() if first else None
        result.append(Phrase(node, first, last, before if before in PREPOSITIONS else None, cases_of(node)))
    return result


def cases_of(node: Node) -> frozenset[str]:
    inner = node.children[0] if node.children else node
    while inner.children and inner.name in ('ARGUMENT_AGENTS', 'ARGUMENT_MEMBER', 'AGENT', 'ARGUMENT_PLACE',
                                            'ARGUMENT_PRONOUN'):
        inner = inner.children[0]
    if inner.name == 'PERSON':
        return phrase_cases(inner)
    if not inner.tokens:
        return CASES
    return name_cases(readings(head_token(inner.tokens)))


def verb_form(token):
    first = readings(token)[:1]
    return first[0] if first and any(tag in first[0].grams for tag in VERB_TAGS) else None


@dataclass(frozen=True)
class Attached:
    role: str
    rule: str
    phrase: Phrase


def attached(event_type: str, tokens: list, first: int, last: int, phrases: list[Phrase],
             taken: tuple[tuple[int, int], ...] = (), others: tuple[tuple[int, int], ...] = ()) -> list[Attached]:
    """The argument phrases of the trigger at tokens `first`..`last`, each with its role and rule;
    none of the phrases that overlap the document spans `taken` (what a frame placed already), nor
    those another trigger of the sentence (at token ranges `others`) stands nearer to."""
    start, end = clause_bounds(tokens, first)
    verb = verb_form(tokens[first])
    nearer = [(begin, stop) for begin, stop in others if not (begin < last and first < stop)
              and (verb is None or verb_form(tokens[begin]) is None)]
    inside = [phrase for phrase in phrases if start <= phrase.first and phrase.last <= end
              and not (phrase.first < last and first < phrase.last)
              and not any(phrase.node.start < stop and begin < phrase.node.end for begin, stop in taken)
              and not any(phrase.last <= begin and stop <= first or last <= begin and stop <= phrase.first
                          for begin, stop in nearer)]
    object_noun = verb is None and is_object(tokens, first)
    result = []
    declared = TYPES[event_type]
    for phrase in inside:
        rule = after_words(tokens, phrase) or placed(phrase, verb, first, last, declared, object_noun)
        if rule is None:
            continue
        if rule in PLACE_RULES:
            if declared.place_role:
                result.append(Attached(declared.place_role, rule, phrase))
        elif rule == 'INVITED_BY':
            if 'inviter' in declared.role_order:
                result.append(Attached('inviter', rule, phrase))
        elif rule == 'WHEN':
            if verb is not None or not told_apart(tokens, phrase.last, first):
                result.append(Attached('date', rule, phrase))
        else:
            result.append(Attached(declared.agent_role, rule, phrase))
    return subjects_chosen(result + where_before(tokens, start, phrases, declared, result), first, verb)


def told_apart(tokens: list, start: int, end: int) -> bool:
    """Whether a verb other than one that holds an event stands between tokens `start` and `end`: «в
    октябре сообщил о дате своего визита» dates the telling, «в октябре прошла встреча» the meeting."""
    return any((form := verb_form(token)) is not None and 'PRTF' not in form.grams
               and not lemmas(token) & holding_verbs() for token in tokens[start:end])


def where_before(tokens: list, start: int, phrases: list[Phrase], declared: EventType,
                 found: list[Attached]) -> list[Attached]:
    """«посещал Астану, где принял участие в саммите»: a clause opened by «где» happens at the place its
    word stands for, the last place of the clause before it, and then, where it gives no date itself."""
    if start < 2 or 'где' not in lemmas(tokens[start]) or tokens[start - 1].value != ',':
        return []
    main_start, _ = clause_bounds(tokens, start - 2)
    before = [phrase for phrase in phrases if main_start <= phrase.first and phrase.last <= start - 1]
    places = [phrase for phrase in before if phrase.kind == 'ARGUMENT_PLACE']
    dates = [phrase for phrase in before if phrase.kind == 'ARGUMENT_DATE']
    result = []
    if places and declared.place_role and not any(item.role == declared.place_role for item in found):
        result.append(Attached(declared.place_role, 'WHERE', places[-1]))
    if dates and not any(item.role == 'date' for item in found):
        result.append(Attached('date', 'WHEN', dates[-1]))
    return result


# «с участием российского лидера», «при участии Путина»: who takes part, for any event of the clause;
# «по приглашению Лукашенко»: who invites
AFTER_WORDS = {('участие', ('с', 'со', 'при')): 'TAKING_PART', ('приглашение', ('по',)): 'INVITED_BY'}


def after_words(tokens: list, phrase: Phrase) -> str | None:
    """The rule of an agent in the genitive after a noun and its preposition that say its role."""
    if phrase.first < 2 or phrase.kind != 'ARGUMENT_AGENTS' or 'gent' not in phrase.cases:
        return None
    noun, preposition = lemmas(tokens[phrase.first - 1]), fold(tokens[phrase.first - 2].value)
    return next((rule for (word, before), rule in AFTER_WORDS.items() if word in noun and preposition in before),
                None)


def placed(phrase: Phrase, verb, first: int, last: int, declared: EventType, object_noun: bool = False) -> str | None:
    """The rule by which a phrase is an argument of the trigger, or None. Where one goes («визит в
    Китай») a place in the accusative is where to; where one meets, a place is where."""
    motion = declared.place_role == 'destination'
    kind = phrase.kind
    after = phrase.first >= last
    if kind == 'ARGUMENT_DATE':
        # «план на 2025-2026 годы»: the years a document covers, not when it is signed; «майских
        # указов»: a month adjective dates the noun it stands before, the trigger's only where that is it
        if phrase.preposition == 'на' and phrase.node.find('DATE_YEAR'):
            return None
        if phrase.node.find('DATE_MONTH_ADJ') and phrase.last != first:
            return None
        return 'WHEN'
    is_place = kind == 'ARGUMENT_PLACE'
    if phrase.preposition in ('в', 'во', 'на') and is_place:
        if 'accs' in phrase.cases and motion:
            return 'TO'
        if 'loct' in phrase.cases or 'ablt' in phrase.cases:
            # «визит в Москву», not «в Москве»: after a noun of going, where one is is another's place
            # («параллельно визиту в Уральске пройдет форум»); after a verb it is where one went
            # («находился с визитом в Казахстане»)
            return None if motion and verb is None else 'IN'
        # «прибыл в Россию и встретится с Путиным»: where one goes is not where one meets
        return 'TO' if motion else None
    if is_place:
        if verb is not None and after and 'accs' in phrase.cases and motion and 'tran' in verb.grams:
            return 'OBJECT_PLACE'
        # «при посещении Санкт-Петербурга»: a place in the genitive right after a noun of going is where to
        if verb is None and motion and after and phrase.first - last <= 1 and 'gent' in phrase.cases:
            return 'OBJECT_PLACE'
        return None
    if phrase.preposition in ('с', 'со') and 'ablt' in phrase.cases and declared.kind in SIDES:
        return 'WITH'
    if phrase.preposition == 'между':
        return 'BETWEEN'
    if phrase.preposition == 'по':
        return None
    if phrase.preposition is not None:
        return None
    if verb is None:
        # a noun: the genitive right after it, or the subject of the verb that has it for object
        # («лидеры провели переговоры», «главы государств начали общение»)
        if after and phrase.first - last <= 1 and 'gent' in phrase.cases:
            return 'OF'
        return 'SUBJECT' if 'nomn' in phrase.cases and object_noun else None
    passive = 'pssv' in verb.grams or 'PRTS' in verb.grams
    if 'PRTF' in verb.grams:
        own = {case for case in CASES if case in verb.grams}
        return 'SUBJECT' if own & phrase.cases and not passive else ('BY' if passive and after and
                                                                      'ablt' in phrase.cases else None)
    if passive and after and 'ablt' in phrase.cases and 'nomn' not in phrase.cases:
        return 'BY'
    if not passive and verb.normalized in object_verbs(declared.name):
        return 'OBJECT' if after and 'accs' in phrase.cases else None
    if 'nomn' in phrase.cases:
        return 'SUBJECT'
    return None


def is_object(tokens: list, at: int) -> bool:
    """A noun whose clause's subject takes part in it: the object of a verb that holds the event
    («лидеры провели двусторонние переговоры», «главы государств начали общение»), or a noun after a
    preposition («на саммите G20 Путин поговорил», «по итогам встречи Моди анонсировал»); not the
    object of a verb of saying or planning («анонсируя визит»), nor one that is the subject itself."""
    before = at - 1
    while before >= 0 and any(tag in form.grams for form in readings(tokens[before])[:1]
                              for tag in ('ADJF', 'NUMR', 'PRTF')):
        before -= 1
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
    """«провести», «начать», «совершить»: verbs an event noun is the object of."""
    return frozenset((*words('events', 'event_verbs'), *table('events', 'visit')['support_verbs']))


@cache
def object_verbs(event_type: str) -> frozenset[str]:
    """«назначил Иванова»: the verbs whose object is the one who acts in the event («стал», «занял»,
    «сменил» have him for subject)."""
    words = table('events', event_type)
    return frozenset(word for section in TYPES[event_type].agent_as_object for word in words[section])


def subjects_chosen(found: list[Attached], first: int, verb) -> list[Attached]:
    """One subject: the nearest before the trigger, else the first after it."""
    subjects = [item for item in found if item.rule == 'SUBJECT']
    if len(subjects) <= 1:
        return found
    before = [item for item in subjects if item.phrase.last <= first]
    chosen = before[-1] if before else subjects[0]
    return [item for item in found if item.rule != 'SUBJECT' or item is chosen]


@dataclass(frozen=True)
class Given:
    """An argument a rule of attachment gave a trigger."""

    role: str
    arg: Arg
    rule: str


def attached_args(event_type: str, tokens: list, first: int, last: int, phrases: list[Phrase], source: str,
                  anchor, taken: tuple[tuple[int, int], ...] = (),
                  others: tuple[tuple[int, int], ...] = ()) -> tuple[list[Given], Arg | None, list[str]]:
    """The arguments, the date and the trace lines («visitor ← SUBJECT [12:30] «...»») of a trigger;
    `taken` and `others` as in `attached`."""
    roles: list[Given] = []
    date = None
    lines = []
    dates = []
    for item in attached(event_type, tokens, first, last, phrases, taken, others):
        node = item.phrase.node
        if item.role == 'date':
            dates.append(item)
            continue
        args = place_args(node, source) if item.rule in PLACE_RULES else agent_args(node, source)
        if args:
            roles.extend(Given(item.role, value, item.rule) for value in args)
            lines.append(f'{item.role} ← {item.rule} [{node.start}:{node.end}] «{node.text(source)}»')
    if dates:
        nearest = min(dates, key=lambda item: min(abs(item.phrase.first - first), abs(item.phrase.last - last)))
        node = nearest.phrase.node
        date = date_arg(node.find('DATE') or node, source, anchor)
        lines.append(f'date ← WHEN [{node.start}:{node.end}] «{node.text(source)}»')
    return roles, date, lines
