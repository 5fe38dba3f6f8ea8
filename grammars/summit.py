"""Summits, forums, sessions: multilateral or named events, and who takes part in them.

- SUMMIT_NAME: «XXI Форум межрегионального сотрудничества России и Казахстана», «саммит Шанхайской
  организации сотрудничества», «сессия Совета коллективной безопасности ОДКБ», «79-я сессия
  Генеральной Ассамблеи ООН», «саммит Россия – Центральная Азия», «саммит СНГ», «конференция полномочных
  представителей под эгидой ООН» (SUMMIT_AUSPICES), «саммит организации Азиатско-Тихоокеанского
  экономического сотрудничества (АТЭС)» (SUMMIT_OF, SUMMIT_OF_SHORT)
- SUMMIT_BY_NAME: the name with where and when: «в Уральске 11-12 ноября пройдет XXI форум
  межрегионального сотрудничества двух стран»
- SUMMIT_PARTICIPATION: «главы государств участвовали в XX Форуме ...», «В мероприятии примет
  участие Владимир Путин»
- SUMMIT_BY_ANAPHOR: «Это мероприятие состоится осенью этого года»
- SUMMIT_WITH, SUMMIT_HOLD_VERB: «Владимир Путин провёл совещание с членами правительства»
- SUMMIT_BY_NOUN_ALONE: «по результатам совещания Сурков заверил», the meeting named before
- SUMMIT: any of them but the last
- SUMMIT_NAMED_BEFORE: the last, where SUMMIT finds nothing
"""

from yargy import and_, not_, or_, rule
from yargy.predicates import caseless, dictionary, eq, gram, in_, in_caseless
from yargy.relations import case_relation

from grammars.declaration import EventType
from grammars.gazetteer import gazetteer
from grammars.geo import GEO_NAME
from grammars.lexicon import table, words
from grammars.org import ORG
from grammars.roles import (
    AGENTS,
    CONTENT_WORD,
    CONTEXT_MARKER,
    FILLER,
    OF_COUNTRIES,
    ORDINAL,
    PLACE,
    WHEN,
    predicate,
    some,
)
from grammars.traps import ASSEMBLY_AS_BODY, COURT_SESSION, POWER_TO_ACT, PRESS_CONFERENCE

WORDS = table('events', 'summit')

SUMMIT_NOUN = rule(dictionary(set(WORDS['nouns']))).named('SUMMIT_NOUN')

# «на заседании Сурков»: a surname is someone at the meeting, not what it is of («сурков» of marmots)
NAME_WORD_OF_SUMMIT = and_(
    or_(gram('ADJF'), gram('NOUN'), gram('PRTF')), gram('gent'), not_(gram('Name')), not_(gram('Surn')), CONTENT_WORD,
)

# what a summit is of: «Шанхайской организации сотрудничества», «межрегионального сотрудничества
# России и Казахстана», «Россия – Центральная Азия»
SUMMIT_OF = or_(
    rule(ORG),
    rule(GEO_NAME, in_({'-', '–', '—'}), GEO_NAME),
    # «саммита организации Азиатско-Тихоокеанского экономического сотрудничества»: a body named after words
    rule(NAME_WORD_OF_SUMMIT.repeatable(max=5),
         or_(rule(GEO_NAME, rule(caseless('и'), GEO_NAME).optional()), OF_COUNTRIES, ORG).optional()),
).named('SUMMIT_OF')

# «(АТЭС)»: the body's short name in brackets after its full one
SUMMIT_OF_SHORT = rule(eq('('), ORG, eq(')')).named('SUMMIT_OF_SHORT')

# «под эгидой ООН»: the body a gathering is held by is part of its name, and makes it a state's affair
SUMMIT_AUSPICES = rule(caseless('под'), dictionary({'эгида', 'патронаж'}), ORG).named('SUMMIT_AUSPICES')

# the adjectives before the noun are in its case: «Дипломатической конференцией», never «принятого
# Дипломатической конференцией» (the relation binds the children of one rule: the run of adjectives
# as a whole, by its first word, and the noun)
in_its_case = case_relation()

SUMMIT_PARTICIPANTS = rule(AGENTS).named('SUMMIT_PARTICIPANTS')

# «совещание с членами правительства»: a meeting someone holds with others; only these two nouns,
# as «конференция с журналистами» is the press
MEETING_WORDS = frozenset({'совещание', 'заседание'})
MEETING_NOUN = rule(dictionary(MEETING_WORDS)).named('MEETING_NOUN')
# «заседание Совета глав государств», «сессия Генассамблеи», «съезд партии»: the meetings of a body, which
# takes part in them (extractor.mentions.meeting_bodies); a «саммит БРИКС» is named for its members
BODY_MEETING_WORDS = MEETING_WORDS | {'сессия', 'съезд'}
SUMMIT_WITH = rule(MEETING_NOUN, in_caseless({'с', 'со'}), SUMMIT_PARTICIPANTS).named('SUMMIT_WITH')

# «июньского саммита»: a month's adjective dates the summit (grammars/date.py), it does not name it
SUMMIT_ADJECTIVE = and_(gram('ADJF'), not_(dictionary(set(words('dates', 'month_adjectives')))))

# «саммит» alone is one; «форум», «сессия», «заседание» need a name or a number to be one
SUMMIT_NAME = or_(
    SUMMIT_WITH,
    rule(ORDINAL.optional(), rule(SUMMIT_ADJECTIVE).repeatable(max=2).optional().match(in_its_case),
         SUMMIT_NOUN.match(in_its_case), SUMMIT_OF, SUMMIT_OF_SHORT.optional(), SUMMIT_AUSPICES.optional()),
    rule(ORDINAL, rule(SUMMIT_ADJECTIVE).repeatable(max=2).optional().match(in_its_case),
         SUMMIT_NOUN.match(in_its_case), SUMMIT_AUSPICES.optional()),
    rule(rule(SUMMIT_ADJECTIVE).repeatable(max=2).optional(), dictionary({'саммит'})),
).named('SUMMIT_NAME')

SUMMIT_DATE = rule(WHEN).named('SUMMIT_DATE')

# «, который будет проходить в казахстанском Уральске»: what a relative clause says of the summit
SUMMIT_RELATIVE = rule(eq(','), dictionary({'который'}),
                       predicate(rule(dictionary(set(words('events', 'event_verbs')))))).named('SUMMIT_RELATIVE')

# «под руководством Касым-Жомарта Токаева»: who chairs it takes part in it
SUMMIT_CHAIR = rule(caseless('под'), dictionary({'руководство', 'председательство'}), AGENTS).named('SUMMIT_CHAIR')

SUMMIT_ARGUMENT = or_(
    PLACE, SUMMIT_DATE, SUMMIT_RELATIVE, SUMMIT_CHAIR, FILLER, rule(eq(',')),
).named('SUMMIT_ARGUMENT')

SUMMIT_VERB = predicate(rule(dictionary(set(words('events', 'event_verbs'))))).named('SUMMIT_VERB')

# «Путин провёл совещание»: who holds it takes part in it
SUMMIT_HOLD_VERB = predicate(rule(dictionary({'провести', 'проводить'}))).named('SUMMIT_HOLD_VERB')

# «в Уральске 11-12 ноября пройдет XXI форум ...», «Владимир Путин провёл совещание с членами правительства»
SUMMIT_BY_NAME = rule(
    or_(
        rule(some(SUMMIT_ARGUMENT, 4), SUMMIT_VERB),
        rule(or_(SUMMIT_PARTICIPANTS, SUMMIT_ARGUMENT).repeatable(max=4).optional(), SUMMIT_HOLD_VERB),
    ).optional(),
    SUMMIT_NAME,
    or_(SUMMIT_ARGUMENT, SUMMIT_VERB).repeatable(max=4).optional(),
).named('SUMMIT_BY_NAME')

PARTICIPATION_VERB = gazetteer(WORDS['participation']).named('PARTICIPATION_VERB')

# «в мероприятии», «в нём»: the summit named before
SUMMIT_ANAPHOR = rule(dictionary(set(WORDS['anaphors']))).named('SUMMIT_ANAPHOR')

# taking part in what: a summit named or one named before («в мероприятии»), never just anything
# («участвовать в принятии решений», «участвовал в боях»)
IN_SUMMIT = or_(
    rule(in_caseless({'в', 'во', 'на'}), SUMMIT_NAME, some(SUMMIT_ARGUMENT, 3)),
    rule(in_caseless({'в', 'во'}), SUMMIT_ANAPHOR),
).named('IN_SUMMIT')

SUMMIT_PARTICIPATION = or_(
    rule(or_(SUMMIT_PARTICIPANTS, SUMMIT_DATE, FILLER).repeatable(max=3).optional(), predicate(PARTICIPATION_VERB),
         or_(SUMMIT_PARTICIPANTS, FILLER).repeatable(max=2).optional(), IN_SUMMIT, SUMMIT_PARTICIPANTS.optional()),
    rule(or_(SUMMIT_PARTICIPANTS, SUMMIT_DATE, FILLER).repeatable(max=2).optional(), IN_SUMMIT,
         predicate(PARTICIPATION_VERB), or_(SUMMIT_PARTICIPANTS, FILLER).repeatable(max=2).optional()),
).named('SUMMIT_PARTICIPATION')

# «Это мероприятие состоится осенью»: what is said of the summit named before
SUMMIT_BY_ANAPHOR = rule(
    dictionary({'этот', 'тот', 'данный'}).optional(),
    SUMMIT_ANAPHOR,
    some(SUMMIT_ARGUMENT, 2),
    SUMMIT_VERB,
    some(SUMMIT_ARGUMENT, 4),
).named('SUMMIT_BY_ANAPHOR')

# «Присутствовавший на заседании Сурков», «по результатам совещания»: the meeting named before in the
# document, by its noun alone (extractor.merge drops it where there is none)
SUMMIT_NOUN_ALONE = rule(MEETING_NOUN).named('SUMMIT_NOUN_ALONE')
SUMMIT_BY_NOUN_ALONE = rule(
    or_(rule(in_caseless({'на', 'в'})), CONTEXT_MARKER),
    SUMMIT_NOUN_ALONE,
    or_(SUMMIT_PARTICIPANTS, FILLER).repeatable(max=2).optional(),
).named('SUMMIT_BY_NOUN_ALONE')

SUMMIT = or_(SUMMIT_PARTICIPATION, SUMMIT_BY_NAME, SUMMIT_BY_ANAPHOR).named('SUMMIT')

# run only where SUMMIT finds nothing, so that «на заседании Совета Федерации» stays a named one
SUMMIT_NAMED_BEFORE = or_(SUMMIT_BY_NOUN_ALONE).named('SUMMIT_NAMED_BEFORE')

SUMMIT_TYPE = EventType(
    name='summit', module=__name__, root=SUMMIT,
    words=('nouns',), grammar_words=('participation', 'anaphors'),
    triggers=(SUMMIT_NOUN, SUMMIT_NOUN_ALONE, MEETING_NOUN, PARTICIPATION_VERB),
    roles=((SUMMIT_NAME, 'name'), (SUMMIT_PARTICIPANTS, 'participants'), (SUMMIT_CHAIR, 'participants'),
           (PLACE, 'place'), (ORDINAL, 'ordinal'), (SUMMIT_ANAPHOR, 'name'), (SUMMIT_NOUN_ALONE, 'name')),
    role_order=('participants', 'place', 'name', 'ordinal'),
    agent_role='participants', place_role='place',
    dates=(SUMMIT_DATE,), verbs=(SUMMIT_VERB, SUMMIT_HOLD_VERB, PARTICIPATION_VERB),
    traps=(COURT_SESSION, PRESS_CONFERENCE, ASSEMBLY_AS_BODY, POWER_TO_ACT),
    identity=('ordinal', 'name'), fallback=SUMMIT_NAMED_BEFORE, fallback_words=MEETING_WORDS, kind='gathering',
)
