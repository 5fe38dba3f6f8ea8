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
- SUMMIT: any of them
"""

from yargy import and_, not_, or_, rule
from yargy.predicates import caseless, dictionary, eq, gram, in_, in_caseless
from yargy.relations import case_relation

from grammars.gazetteer import gazetteer
from grammars.geo import GEO_NAME
from grammars.lexicon import table, words
from grammars.org import ORG
from grammars.roles import AGENTS, CONTENT_WORD, FILLER, OF_COUNTRIES, ORDINAL, PLACE, WHEN, predicate

WORDS = table('events', 'summit')

SUMMIT_NOUN = rule(dictionary(set(WORDS['nouns']))).named('SUMMIT_NOUN')

NAME_WORD_OF_SUMMIT = and_(
    or_(gram('ADJF'), gram('NOUN'), gram('PRTF')), gram('gent'), not_(gram('Name')), CONTENT_WORD,
)

# what a summit is of: «Шанхайской организации сотрудничества», «межрегионального сотрудничества
# России и Казахстана», «Россия – Центральная Азия»
SUMMIT_OF = or_(
    rule(ORG),
    rule(GEO_NAME, in_({'-', '–', '—'}), GEO_NAME),
    # «саммита организации Азиатско-Тихоокеанского экономического сотрудничества»: a body named after words
    rule(NAME_WORD_OF_SUMMIT.repeatable(max=4),
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

# «саммит» alone is one; «форум», «сессия», «заседание» need a name or a number to be one
SUMMIT_NAME = or_(
    rule(ORDINAL.optional(), gram('ADJF').repeatable(max=2).optional().match(in_its_case),
         SUMMIT_NOUN.match(in_its_case), SUMMIT_OF, SUMMIT_OF_SHORT.optional(), SUMMIT_AUSPICES.optional()),
    rule(ORDINAL, gram('ADJF').repeatable(max=2).optional().match(in_its_case), SUMMIT_NOUN.match(in_its_case),
         SUMMIT_AUSPICES.optional()),
    rule(gram('ADJF').repeatable(max=2).optional(), dictionary({'саммит'})),
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

# «в Уральске 11-12 ноября пройдет XXI форум ...»
SUMMIT_BY_NAME = rule(
    rule(SUMMIT_ARGUMENT.repeatable(max=4).optional(), SUMMIT_VERB).optional(),
    SUMMIT_NAME,
    or_(SUMMIT_ARGUMENT, SUMMIT_VERB).repeatable(max=4).optional(),
).named('SUMMIT_BY_NAME')

PARTICIPATION_VERB = gazetteer(WORDS['participation']).named('PARTICIPATION_VERB')

SUMMIT_PARTICIPANTS = rule(AGENTS).named('SUMMIT_PARTICIPANTS')

# «в мероприятии», «в нём»: the summit named before
SUMMIT_ANAPHOR = rule(dictionary(set(WORDS['anaphors']))).named('SUMMIT_ANAPHOR')

# taking part in what: a summit named or one named before («в мероприятии»), never just anything
# («участвовать в принятии решений», «участвовал в боях»)
IN_SUMMIT = or_(
    rule(in_caseless({'в', 'во', 'на'}), SUMMIT_NAME, SUMMIT_ARGUMENT.repeatable(max=3).optional()),
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
    SUMMIT_ARGUMENT.repeatable(max=2).optional(),
    SUMMIT_VERB,
    SUMMIT_ARGUMENT.repeatable(max=4).optional(),
).named('SUMMIT_BY_ANAPHOR')

SUMMIT = or_(SUMMIT_PARTICIPATION, SUMMIT_BY_NAME, SUMMIT_BY_ANAPHOR).named('SUMMIT')

