"""Telephone conversations.

- CALL_BY_PHONE: «Путин и Токаев неоднократно обсуждали по телефону детали предстоящего визита»
- CALL_NOUN_PHRASE: «телефонный разговор Путина и Токаева», «провели телефонные переговоры»
- CALL_COUNTERPART: who is spoken to or of in a call, named right after its verb: «в телефонном
  разговоре пригласил нового британского премьер-министра», «в телефонном разговоре сообщил Токаеву»
- CALL_ON_INITIATIVE: «разговор состоялся по инициативе немецкой стороны», the words of a call's readout
- CALL: any of them
"""

from yargy import or_, rule
from yargy.predicates import caseless, dictionary, gram, in_caseless, normalized

from grammars.declaration import EventType
from grammars.gazetteer import gazetteer
from grammars.lexicon import table
from grammars.roles import AGENTS, CONTEXT, FILLER, SAID_THAT, predicate, some
from grammars.talks import EVENT_VERB, PARTNER, TALKS_DATE, TALKS_TOPIC, TALKS_VERB
from grammars.traps import POWER_TO_ACT

WORDS = table('events', 'call')

CALL_NOUN = gazetteer(WORDS['nouns']).named('CALL_NOUN')
BY_PHONE = gazetteer(WORDS['by_phone']).named('BY_PHONE')

CALL_PARTICIPANTS = rule(AGENTS).named('CALL_PARTICIPANTS')

CALL_ARGUMENT = or_(CALL_PARTICIPANTS, PARTNER, TALKS_DATE, CONTEXT, FILLER, SAID_THAT).named('CALL_ARGUMENT')

# «обсуждали по телефону детали визита», «по телефону обсудили»
CALL_BY_PHONE = or_(
    rule(some(CALL_ARGUMENT, 4), predicate(TALKS_VERB),
         some(CALL_ARGUMENT, 2), BY_PHONE, some(CALL_ARGUMENT, 2),
         TALKS_TOPIC.optional()),
    rule(some(CALL_ARGUMENT, 4), BY_PHONE, some(CALL_ARGUMENT, 2),
         predicate(TALKS_VERB), some(CALL_ARGUMENT, 2), TALKS_TOPIC.optional()),
).named('CALL_BY_PHONE')

# the people after the verb that follows the call: whoever is invited, told or thanked in a call, or
# tells («в телефонном разговоре заявил Лавров»), took part in it
CALL_COUNTERPART = rule(gram('VERB'), AGENTS).named('CALL_COUNTERPART')

CALL_NOUN_PHRASE = rule(
    or_(CALL_ARGUMENT, EVENT_VERB).repeatable(max=4).optional(),
    in_caseless({'в', 'во'}).optional(),  # «Обама в телефонном разговоре пригласил»
    CALL_NOUN,
    or_(CALL_PARTICIPANTS, CALL_COUNTERPART).optional(),
    or_(CALL_ARGUMENT, EVENT_VERB).repeatable(max=3).optional(),
).named('CALL_NOUN_PHRASE')

CONVERSATION = rule(dictionary(set(WORDS['initiative_nouns']))).named('CONVERSATION')

# who asked for the call, a side of it: «по инициативе немецкой стороны»
ON_INITIATIVE = rule(caseless('по'), normalized('инициатива'), CALL_PARTICIPANTS.optional()).named('ON_INITIATIVE')

CALL_ON_INITIATIVE = rule(
    some(CALL_ARGUMENT, 3), CONVERSATION, CALL_PARTICIPANTS.optional(), EVENT_VERB.optional(), ON_INITIATIVE,
).named('CALL_ON_INITIATIVE')

CALL = or_(CALL_BY_PHONE, CALL_NOUN_PHRASE, CALL_ON_INITIATIVE).named('CALL')

CALL_TYPE = EventType(
    name='call', module=__name__, root=CALL,
    words=('verbs', 'dative_verbs', 'nouns', 'by_phone'), grammar_words=('initiative_nouns',),
    triggers=(CALL_NOUN, BY_PHONE, CONVERSATION),
    roles=((CALL_PARTICIPANTS, 'participants'), (PARTNER, 'participants'), (CALL_COUNTERPART, 'participants'),
           (TALKS_TOPIC, 'topic')),
    role_order=('participants', 'topic'),
    agent_role='participants',
    dates=(TALKS_DATE,), verbs=(TALKS_VERB, EVENT_VERB),
    traps=(POWER_TO_ACT,),
    cameo='041', kind='meeting', overrides=('talks',), dative_side=('dative_verbs',),
)
