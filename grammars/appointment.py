"""Appointments: someone is named to a post, or held one.

- APPOINTMENT_BY_VERB: «Мурат Нуртлеу был назначен заместителем премьер-министра – главой МИД
  3 апреля», «указом президента назначен послом в Японии»
- APPOINTMENT_POST_FIRST: «новым министром экономического развития назначен Максим Орешкин»
- APPOINTMENT_HELD: «Ранее он занимал должность руководителя Администрации президента РК»
- APPOINTMENT_NOUN_PHRASE: «после его назначения на пост министра иностранных дел Казахстана»
- APPOINTMENT: any of them
"""

from yargy import or_, rule
from yargy.predicates import caseless, dictionary

from grammars.gazetteer import gazetteer
from grammars.lexicon import table
from grammars.person import PERSON, POSITION
from grammars.roles import FILLER, PRONOUN, WHEN, predicate

WORDS = table('events', 'appointment')

APPOINT_VERB = rule(dictionary(set(WORDS['verbs']))).named('APPOINT_VERB')
APPOINT_NOUN = rule(dictionary({'назначение'})).named('APPOINT_NOUN')
HOLD_VERB = gazetteer(WORDS['hold']).named('HOLD_VERB')

APPOINTEE = or_(PERSON, PRONOUN).named('APPOINTEE')

NEW_POSITION = rule(POSITION).named('NEW_POSITION')

# «на пост министра», «на должность руководителя»
ON_POST = rule(caseless('на'), dictionary({'пост', 'должность'}), NEW_POSITION).named('ON_POST')

APPOINTMENT_DATE = rule(WHEN).named('APPOINTMENT_DATE')

APPOINTMENT_ARGUMENT = or_(APPOINTEE, APPOINTMENT_DATE, FILLER).named('APPOINTMENT_ARGUMENT')

APPOINTMENT_BY_VERB = rule(
    APPOINTMENT_ARGUMENT.repeatable(max=3).optional(),
    predicate(APPOINT_VERB),
    APPOINTMENT_ARGUMENT.repeatable(max=2).optional(),
    or_(ON_POST, NEW_POSITION),
    APPOINTMENT_ARGUMENT.repeatable(max=2).optional(),
).named('APPOINTMENT_BY_VERB')

# «Новым главкомом назначен генерал-полковник Олег Салюков»: the post first, the appointee after
APPOINTMENT_POST_FIRST = rule(
    APPOINTMENT_DATE.optional(),
    NEW_POSITION,
    predicate(APPOINT_VERB),
    APPOINTMENT_ARGUMENT.repeatable(max=3).optional(),
).named('APPOINTMENT_POST_FIRST')

APPOINTMENT_HELD = rule(
    APPOINTMENT_ARGUMENT.repeatable(max=3).optional(),
    predicate(HOLD_VERB),
    NEW_POSITION,
    APPOINTMENT_ARGUMENT.repeatable(max=2).optional(),
).named('APPOINTMENT_HELD')

APPOINTMENT_NOUN_PHRASE = rule(
    APPOINTEE.optional(),
    APPOINT_NOUN,
    APPOINTEE.optional(),
    ON_POST,
    APPOINTMENT_DATE.optional(),
).named('APPOINTMENT_NOUN_PHRASE')

APPOINTMENT = or_(APPOINTMENT_BY_VERB, APPOINTMENT_POST_FIRST, APPOINTMENT_HELD, APPOINTMENT_NOUN_PHRASE).named(
    'APPOINTMENT')
