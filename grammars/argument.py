"""The phrases an event's arguments are made of, read anywhere in a sentence: who, where and when.
`extractor/attach.py` gives each to the trigger of its clause by its case, its preposition and
where it stands, for the arguments no frame of an event grammar placed.

- ARGUMENT_AGENTS: «министр иностранных дел России Сергей Лавров», «Путин и Токаев», «главы двух
  государств», «стороны», «ОДКБ», «Россия и Казахстан»
- ARGUMENT_PLACE: «Берлин», «Женеве», «российской столице», «аэропорту Внуково-2»
- ARGUMENT_DATE: «27 ноября», «в четверг», «накануне»
- ARGUMENT_PRONOUN: «он», «его»
- ARGUMENT: any of them
"""

from yargy import or_, rule
from yargy.predicates import caseless, eq

from grammars.date import DATE
from grammars.geo import GEO_NAME
from grammars.person import NAME_WORD
from grammars.roles import AGENT, CAPITAL, PRONOUN, SITE

ARGUMENT_MEMBER = or_(AGENT, GEO_NAME).named('ARGUMENT_MEMBER')

# a list is joined by «и» at its end: «А, Б и В»; after a person, a capitalised word joined by «и» is a
# person too, known to the dictionary or not («Путин и Токаев»)
ARGUMENT_AGENTS = or_(
    rule(AGENT),
    rule(ARGUMENT_MEMBER, rule(eq(','), ARGUMENT_MEMBER).repeatable(max=3).optional(), caseless('и'),
         or_(ARGUMENT_MEMBER, NAME_WORD)),
).named('ARGUMENT_AGENTS')

ARGUMENT_PLACE = or_(GEO_NAME, CAPITAL, SITE).named('ARGUMENT_PLACE')

ARGUMENT_DATE = rule(DATE).named('ARGUMENT_DATE')

ARGUMENT_PRONOUN = rule(PRONOUN).named('ARGUMENT_PRONOUN')

ARGUMENT = or_(ARGUMENT_AGENTS, ARGUMENT_PLACE, ARGUMENT_DATE, ARGUMENT_PRONOUN).named('ARGUMENT')
