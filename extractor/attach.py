"""Arguments a trigger's clause gives where no frame of its grammar placed them: the phrases of the
argument grammar (`grammars/argument.py`) given to the trigger by case, preposition and place.

Each rule is named in the record's trace («visitor ← SUBJECT»):
- WHO: the people right before a clause opened by «который»: «Орешкин, который занимал пост»
- WHOM: the people right before «которого» that a verb names to a post: «Диваеву, которого назначили»
- SUBJECT: an agent in the nominative without a preposition, the nearest before a verb, else the first
  after it («Россию посетит президент Казахстана»); after a participle, the one it agrees with
- BY: an agent in the instrumental after a passive verb: «договор подписан Медведевым»
- OBJECT: after an active verb, a person in the accusative («назначил Иванова») or a place
  («посетил Берлин»)
- WITH: «с» and the instrumental: «встретился с Блинкеном», «переговоры с главой МИД»
- TO_WHOM: the dative after a verb that names the other side so: «позвонил Токаеву»
- BETWEEN: «между Россией и Китаем»
- OF: a genitive right after a noun: «визит Путина», «встреча лидеров»
- TO: «в», «на» and a place in the accusative: «прибыл в Москву», «визит в Китай»
- IN: «в», «на» and a place in the locative: «встретился с Блинкеном в Женеве»
- WHERE: in a clause opened by «где», the last place of the clause before it: «посещал Астану, где
  принял участие в саммите»
- INVITED_BY: «по приглашению» and a genitive
- TAKING_PART: «с участием», «при участии» and a genitive: «заседание с участием Путина»
- WHEN: the date nearest the trigger in its clause
- WHEN_IN_SENTENCE: where its clause gives no date, the date nearest it in another clause of its
  sentence: «сообщил 23 июня, что его сменил Петров»; for a planned event, not the date of a telling

A phrase with another trigger between it and this one is that trigger's: «обсудит подготовку визита
Путина в Казахстан» gives the talks neither Путин nor Казахстан. For a verb only a noun between counts
(«прибыл в Москву и встретится с Путиным»: one subject for both verbs).
"""

from __future__ import annotations

from dataclasses import dataclass

from extractor.arguments import agent_args, place_args
from extractor.clause_before import where_before, who_before
from extractor.clauses import CASES, dative_verbs, held_verbs, object_verbs
from extractor.dating import dates_the_trigger, of_another_word, sentence_dates
from extractor.entities import date_arg
from extractor.phrases import (
    Attached,
    Phrase,
    asides,
    before_modifiers,
    clause_bounds,
    is_object,
    lemmas,
    told_apart,
    verb_form,
)
from extractor.records import Arg
from extractor.trace import Node
from grammars.declaration import EventType
from grammars.event import TYPES
from grammars.lexicon import fold

PLACE_RULES = ('TO', 'IN', 'OBJECT_PLACE', 'WHERE')
# events whose agents are sides of one another: «встретился с Блинкеном», «подписал с Вьетнамом»
SIDES = ('meeting', 'agreement')


def attached(event_type: str, tokens: list, first: int, last: int, phrases: list[Phrase],
             taken: tuple[tuple[int, int], ...] = (), others: tuple[tuple[int, int], ...] = ()) -> list[Attached]:
    """The argument phrases of the trigger at tokens `first`..`last`, each with its role and rule;
    none of the phrases that overlap the document spans `taken` (what a frame placed already), nor
    those another trigger of the sentence (at token ranges `others`) stands nearer to."""
    start, end = clause_bounds(tokens, first)
    verb = verb_form(tokens[first])
    object_noun = verb is None and is_object(tokens, first)
    # a verb, or a noun a verb holds («прибыл в Москву и провел переговоры»), shares its subject with the
    # other verbs of its clause; a noun alone takes only what stands nearer to it than to another trigger
    held = object_noun and verb_before(tokens, first)
    nearer = [(begin, stop) for begin, stop in others if not (begin < last and first < stop)
              and (verb is None and not held or verb_form(tokens[begin]) is None)]
    # «Путин и Обама обсудили на встрече в рамках саммита»: the subject of the clause is at the summit too
    shared = [phrase for phrase in phrases if object_noun and TYPES[event_type].kind == 'gathering'
              and phrase.kind == 'ARGUMENT_AGENTS'
              and phrase.preposition is None and 'nomn' in phrase.cases]
    aside = [(opening, closing) for opening, closing in asides(tokens) if start <= opening < end]
    inside = [phrase for phrase in phrases if start <= phrase.first and phrase.last <= end
              and not any(opening < phrase.first < closing for opening, closing in aside)
              and not (phrase.first < last and first < phrase.last)
              and not any(phrase.node.start < stop and begin < phrase.node.end for begin, stop in taken)
              and (phrase in shared or not any(phrase.last <= begin and stop <= first or last <= begin
                                               and stop <= phrase.first for begin, stop in nearer))]
    result = []
    declared = TYPES[event_type]
    for phrase in inside:
        rule = after_words(tokens, phrase) or placed(tokens, phrase, verb, first, last, declared, object_noun)
        if rule is None:
            continue
        if rule in PLACE_RULES:
            if declared.place_role:
                result.append(Attached(declared.place_role, rule, phrase))
        elif rule == 'INVITED_BY':
            if 'inviter' in declared.role_order:
                result.append(Attached('inviter', rule, phrase))
        elif rule == 'WHEN':
            # «в январе получил приглашение посетить Россию» dates the invitation, as «в октябре сообщил о
            # визите» the telling
            if (verb is not None and 'INFN' not in verb.grams or not told_apart(tokens, phrase.last, first)) \
                    and not of_another_word(tokens, phrase.first, first):
                result.append(Attached('date', rule, phrase))
        else:
            result.append(Attached(declared.agent_role, rule, phrase))
    # «приедет, как сообщили в Кремле, в Минск»: where one goes says where; where one is said to be may be
    # another's place
    if any(item.rule == 'TO' for item in result):
        result = [item for item in result if item.rule != 'IN']
    result += where_before(tokens, start, phrases, declared, result)
    result += who_before(tokens, start, phrases, declared, verb)
    return subjects_chosen(result, first, declared)


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


def verb_before(tokens: list, at: int) -> bool:
    """Whether a verb stands right before the noun at `at`, past its adjectives: «провел переговоры»."""
    before = before_modifiers(tokens, at, ('ADJF', 'NUMR'))
    return before >= 0 and verb_form(tokens[before]) is not None


def placed(tokens: list, phrase: Phrase, verb, first: int, last: int, declared: EventType,
           object_noun: bool = False) -> str | None:
    """The rule by which a phrase is an argument of the trigger, or None."""
    if phrase.kind == 'ARGUMENT_DATE':
        return 'WHEN' if dates_the_trigger(phrase, first, declared.name, tokens) else None
    if phrase.kind == 'ARGUMENT_PLACE':
        return place_rule(phrase, verb, last, declared.place_role == 'destination')
    if phrase.preposition in ('с', 'со') and 'ablt' in phrase.cases and declared.kind in SIDES:
        return 'WITH'
    if phrase.preposition == 'между':
        return 'BETWEEN'
    if phrase.preposition is not None:
        return None
    # «освободил Мурата Нуртлеу от занимаемой должности»: the one released from a post held held it
    released = any(fold(token.value) in RELEASED_FROM for token in tokens[max(0, first - 2):first])
    if released and verb is not None and 'PRTF' in verb.grams and phrase.last <= first \
            and 'accs' in phrase.cases and verb.normalized in held_verbs(declared.name):
        return 'HOLDER'
    return agent_rule(phrase, verb, last, declared, object_noun)


# the prepositions a post one is released from takes: «от занимаемой должности», «с занимаемого поста»
RELEASED_FROM = ('от', 'с', 'со')


def place_rule(phrase: Phrase, verb, last: int, motion: bool) -> str | None:
    """Where one goes («визит в Китай»: `motion`) a place in the accusative is where to; where one meets,
    a place is where."""
    after = phrase.first >= last
    if phrase.preposition in ('в', 'во', 'на'):
        if 'accs' in phrase.cases and motion:
            return 'TO'
        if 'loct' in phrase.cases or 'ablt' in phrase.cases:
            # «визит в Москву», not «в Москве»: after a noun of going, where one is is another's place
            # («параллельно визиту в Уральске пройдет форум»); after a verb it is where one went
            # («находился с визитом в Казахстане»)
            return None if motion and verb is None else 'IN'
        # «прибыл в Россию и встретится с Путиным»: where one goes is not where one meets
        return 'TO' if motion else None
    # a site as an object is read by `extractor/objects.py`, which knows where the object ends
    if verb is not None and after and 'accs' in phrase.cases and motion and 'tran' in verb.grams \
            and phrase.node.find('SITE') is None:
        return 'OBJECT_PLACE'
    # «при посещении Санкт-Петербурга»: a place in the genitive right after a noun of going is where to
    if verb is None and motion and after and phrase.first - last <= 1 and 'gent' in phrase.cases:
        return 'OBJECT_PLACE'
    return None


def agent_rule(phrase: Phrase, verb, last: int, declared: EventType, object_noun: bool) -> str | None:
    """The rule of an agent without a preposition, by its case against the trigger's verb or noun."""
    after = phrase.first >= last
    if verb is None:
        # a noun: the genitive right after it, or the subject of the verb that has it for object
        # («лидеры провели переговоры», «главы государств начали общение»)
        if after and phrase.first - last <= 1 and 'gent' in phrase.cases:
            return 'OF'
        return 'SUBJECT' if 'nomn' in phrase.cases and object_noun else None
    passive = 'pssv' in verb.grams or 'PRTS' in verb.grams
    # «назначенный Ющенко», «назначен указом президента»: who names one to a post is not the one named
    by = 'BY' if verb.normalized not in object_verbs(declared.name) else None
    if 'PRTF' in verb.grams:
        own = {case for case in CASES if case in verb.grams}
        # «Иван Свида, назначенный Ющенко»: the one named to a post is the one its participle agrees with
        if own & phrase.cases and (not passive or by is None and not after):
            return 'SUBJECT'
        return by if passive and after and 'ablt' in phrase.cases else None
    if passive and after and 'ablt' in phrase.cases and 'nomn' not in phrase.cases:
        return by
    if not passive and verb.normalized in object_verbs(declared.name):
        return 'OBJECT' if after and 'accs' in phrase.cases else None
    if verb.normalized in dative_verbs(declared.name) and after and 'datv' in phrase.cases:
        return 'TO_WHOM'
    return 'SUBJECT' if 'nomn' in phrase.cases else None


# the parts of a phrase that name a person
NAMING = ('NAME', 'SURNAME', 'NAME_WORD', 'LAST_NAME')
# the parts of a phrase that may be a person, named or not
PERSONS = (*NAMING, 'PERSON', 'AGENT_DESCRIPTION', 'PRONOUN', 'SUBJECT_PRONOUN')


def subjects_chosen(found: list[Attached], first: int, declared: EventType) -> list[Attached]:
    """One subject: the nearest before the trigger, else the first after it. One takes a post as a person,
    and the person the text names rather than a post: «Врио премьер-министра назначен Владимир Гройсман»,
    ««Спортинг» возглавил Веркотерен»."""
    subjects = [item for item in found if item.rule == 'SUBJECT']
    if len(subjects) <= 1:
        return found
    if declared.kind == 'post':
        for parts in (NAMING, PERSONS):
            people = [item for item in subjects if item.phrase.node.find(*parts) is not None]
            if people:
                subjects = people
                break
    before = [item for item in subjects if item.phrase.last <= first]
    chosen = before[-1] if before else subjects[0]
    return [item for item in found if item.rule != 'SUBJECT' or item is chosen]


def when_of_clause(phrase: Phrase, tokens: list, first: int) -> Node:
    """The date a phrase gives: «с 1812 года, когда этот пост занял ...» dates what its «когда» clause tells
    of by the year itself, not from that year on."""
    node = phrase.node.find('DATE') or phrase.node
    since = node.find('DATE_SINCE')
    after = tokens[phrase.last:phrase.last + 2]
    if since is not None and since.children and first > phrase.last and [token.value.lower() for token in after] == [
            ',', 'когда']:
        return since.children[0]
    return node


@dataclass(frozen=True)
class Given:
    """An argument a rule of attachment gave a trigger."""

    role: str
    arg: Arg
    rule: str


def attached_args(event_type: str, tokens: list, first: int, last: int, phrases: list[Phrase], source: str,
                  anchor, taken: tuple[tuple[int, int], ...] = (), others: tuple[tuple[int, int], ...] = (),
                  planned: bool = False, told_done: bool = False) -> tuple[list[Given], Arg | None, list[str]]:
    """The arguments, the date and the trace lines («visitor ← SUBJECT [12:30] «...»») of a trigger;
    `taken` and `others` as in `attached`; `planned`: whether the event is told of as yet to come,
    `told_done`: whether its own verb tells of it as done."""
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
        if TYPES[event_type].kind == 'post':
            # a post is held by a person: «назначил начальником штаба вооруженных сил Украины» names no appointee
            args = [value for value in args if value.kind == 'person']
        if args:
            roles.extend(Given(item.role, value, item.rule) for value in args)
            lines.append(f'{item.role} ← {item.rule} [{node.start}:{node.end}] «{node.text(source)}»')
    if not dates:
        dates = [Attached('date', 'WHEN_IN_SENTENCE', phrase)
                 for phrase in sentence_dates(event_type, tokens, first, phrases, taken, planned)]
    if dates:
        nearest = min(dates, key=lambda item: min(abs(item.phrase.first - first), abs(item.phrase.last - last)))
        node = nearest.phrase.node
        date = date_arg(when_of_clause(nearest.phrase, tokens, first), source, anchor, told_done)
        lines.append(f'date ← {nearest.rule} [{node.start}:{node.end}] «{node.text(source)}»')
    return roles, date, lines
