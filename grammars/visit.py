"""Visits: someone travels to a country or a city.

- VISIT_BY_VERB: «Россию с государственным визитом посетит президент Республики Казахстан
  Касым-Жомарт Токаев», «президент РФ может посетить эту страну с государственным визитом 27 ноября»,
  «прибыл в Казахстан с государственным визитом по приглашению Касым-Жомарта Токаева»,
  «глава МИД прибыл в Астану»
- VISIT_BY_SUPPORT_VERB: «с государственным визитом в Казахстане находился президент России»,
  «начинает двухдневный государственный визит в Россию»
- VISIT_NOUN_PHRASE: «визит Путина в Казахстан», «государственному визиту президента РФ Владимира
  Путина в республику», «первый официальный визит Кошербаева в Москву»
- VISIT_BY_OWN: «Путин в ходе своего визита в Казахстан», «во время своего визита в Москву южнокорейский
  дипломат выразил надежду» (OWN_VISIT: «своего визита в Москву»)
- VISIT: any of them
"""

from yargy import and_, not_, or_, rule
from yargy.predicates import caseless, dictionary, eq, gram, normalized

from grammars.declaration import EventType
from grammars.geo import GEO_NAME
from grammars.lexicon import table
from grammars.roles import (
    AGENTS,
    CONTEXT,
    CONTEXT_MARKER,
    FILLER,
    PLACE,
    PLACE_ANAPHOR,
    SAID_THAT,
    WHEN,
    around,
    predicate,
    some,
)
from grammars.traps import POWER_TO_ACT

WORDS = table('events', 'visit')

VISIT_VERB = rule(dictionary(set(WORDS['verbs']) | set(WORDS['arrivals']))).named('VISIT_VERB')
VISIT_SUPPORT_VERB = rule(dictionary(set(WORDS['support_verbs']))).named('VISIT_SUPPORT_VERB')
VISIT_NOUN = rule(dictionary(set(WORDS['nouns']) | set(WORDS['arrival_nouns']))).named('VISIT_NOUN')
KINDS = {*WORDS['kinds'], *WORDS['state_kinds'], *WORDS['abroad_kinds']}
VISIT_KIND = rule(dictionary(KINDS)).named('VISIT_KIND')

# «государственный визит», «первый официальный визит»: the kinds, and other words before the noun
VISIT_NOUN_GROUP = rule(
    and_(gram('ADJF'), not_(gram('Apro')), not_(dictionary(KINDS))).repeatable(max=2).optional(),
    some(VISIT_KIND, 3),
    VISIT_NOUN,
).named('VISIT_NOUN_GROUP')

# «с государственным визитом»: how one comes, in the instrumental
VISIT_MANNER = rule(caseless('с'), some(VISIT_KIND, 3), VISIT_NOUN).named('VISIT_MANNER')

VISITOR = rule(AGENTS).named('VISITOR')

# «посетит Россию», «в Казахстан», «в республику»
DESTINATION = or_(PLACE, GEO_NAME, PLACE_ANAPHOR).named('DESTINATION')

INVITATION = rule(caseless('по'), normalized('приглашение'), AGENTS).named('INVITATION')

VISIT_DATE = rule(WHEN).named('VISIT_DATE')

VISIT_ARGUMENT = or_(
    VISITOR, DESTINATION, INVITATION, VISIT_MANNER, VISIT_DATE, CONTEXT, FILLER, SAID_THAT,
).named('VISIT_ARGUMENT')

VISIT_BY_VERB = around(predicate(VISIT_VERB), VISIT_ARGUMENT).named('VISIT_BY_VERB')

VISIT_BY_SUPPORT_VERB = or_(
    around(rule(predicate(VISIT_SUPPORT_VERB), VISIT_NOUN_GROUP), VISIT_ARGUMENT),
    rule(some(VISIT_ARGUMENT, 4), VISIT_MANNER, some(VISIT_ARGUMENT, 3),
         predicate(VISIT_SUPPORT_VERB), some(VISIT_ARGUMENT, 4)),
    rule(some(VISIT_ARGUMENT, 3), predicate(VISIT_SUPPORT_VERB),
         some(VISIT_ARGUMENT, 3), VISIT_MANNER, some(VISIT_ARGUMENT, 4)),
).named('VISIT_BY_SUPPORT_VERB')

# after the noun a country is where one goes only with «в»: «визит президента Ирана в Ереван»
VISIT_TO = rule(PLACE).named('VISIT_TO')

# the visitor after the noun is in the genitive: «визит Путина»
VISIT_NOUN_PHRASE = rule(
    VISIT_NOUN_GROUP,
    VISITOR.optional(),
    or_(VISIT_TO, INVITATION, VISIT_DATE).repeatable(max=3).optional(),
).named('VISIT_NOUN_PHRASE')

# «своего визита в Москву»: «свой» belongs to the subject of the clause, who is the visitor
OWN_VISIT = rule(
    dictionary({'свой'}), VISIT_NOUN_GROUP, or_(VISIT_TO, INVITATION, VISIT_DATE).repeatable(max=3).optional(),
).named('OWN_VISIT')

# «Путин в ходе своего визита в Казахстан», «во время своего визита в Москву в апреле южнокорейский
# дипломат выразил надежду»: the subject before the phrase or right after it (in the nominative:
# extractor.mentions.owned)
VISIT_BY_OWN = or_(
    rule(VISITOR, FILLER.optional(), CONTEXT_MARKER.optional(), OWN_VISIT),
    rule(CONTEXT_MARKER.optional(), OWN_VISIT, eq(',').optional(), VISITOR),
).named('VISIT_BY_OWN')

VISIT = or_(VISIT_BY_VERB, VISIT_BY_SUPPORT_VERB, VISIT_NOUN_PHRASE, VISIT_BY_OWN).named('VISIT')

VISIT_TYPE = EventType(
    name='visit', module=__name__, root=VISIT,
    words=('verbs', 'arrivals', 'nouns', 'arrival_nouns'),
    triggers=(VISIT_VERB, VISIT_MANNER, VISIT_NOUN_GROUP, VISIT_SUPPORT_VERB),
    roles=((VISITOR, 'visitor'), (DESTINATION, 'destination'), (VISIT_TO, 'destination'), (INVITATION, 'inviter'),
           (VISIT_KIND, 'kind')),
    role_order=('visitor', 'inviter', 'host', 'destination', 'kind', 'purpose'),
    agent_role='visitor', place_role='destination',
    dates=(VISIT_DATE,), verbs=(VISIT_VERB, VISIT_SUPPORT_VERB),
    traps=(POWER_TO_ACT,),
    cameo='042', arrivals='arrivals', kind='travel',
)
