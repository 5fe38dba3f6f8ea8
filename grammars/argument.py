"""The phrases an event's arguments are made of, read anywhere in a sentence: who, where and when.
`extractor/attach.py` gives each to the trigger of its clause by its case, its preposition and
where it stands, for the arguments no frame of an event grammar placed.

- ARGUMENT_AGENTS: «министр иностранных дел России Сергей Лавров», «Путин и Токаев», «главы двух
  государств», «стороны», «ОДКБ», «Россия и Казахстан»
- PEOPLE: people the text does not name: «с артистами», «60 женщин»
- GIVEN_NAME: a given name alone: «Юрий приезжал»
- ARGUMENT_PLACE: «Берлин», «Женеве», «российской столице», «аэропорту Внуково-2»
- ARGUMENT_DATE: «27 ноября», «в четверг», «накануне»
- ARGUMENT_PRONOUN: «он», «его»
- ARGUMENT: any of them
"""

from yargy import and_, not_, or_, rule
from yargy.predicates import caseless, dictionary, eq, gram, type

from grammars.date import DATE
from grammars.geo import GEO_NAME
from grammars.lexicon import words
from grammars.org import ORG
from grammars.person import CAPITALIZED, NAME_WORD, TITLE_SECTIONS
from grammars.predicates import name_first, people_noun
from grammars.roles import AGENT, CAPITAL, CONTENT_WORD, NO_NAME_OF_PERSON, PRONOUN, SITE

# a word of a post or a group is read as one (`roles.AGENT`)
NOT_POST = not_(dictionary({title for section in (*TITLE_SECTIONS, 'occupations')
                           for title in words('positions', section) if ' ' not in title}
                          | set(words('events', 'groups'))))

# whose they are: «избирателями северных районов», «активистами движения», «болельщиками Казани»
PEOPLE_OF = or_(
    rule(GEO_NAME),
    rule(ORG),
    rule(gram('ADJF').repeatable(max=2).optional(),
         and_(gram('NOUN'), gram('gent'), CONTENT_WORD, NOT_POST, NO_NAME_OF_PERSON)),
).named('PEOPLE_OF')

# people the text does not name, in the plural or counted: «встретился с артистами», «переговоры с
# консерваторами», «60 женщин», «другими высокопоставленными чиновниками»
PEOPLE = or_(
    rule(gram('ADJF').repeatable(max=3).optional(), and_(people_noun(), NOT_POST), PEOPLE_OF.optional()),
    # «78 011 зрителей»
    rule(type('INT').repeatable(max=2), and_(people_noun('gent'), NOT_POST), PEOPLE_OF.optional()),
).named('PEOPLE')

# «Юрий приезжал», «встретился с Аркадием»: a given name alone, of a person the document names in full
# elsewhere (`extractor/resolve.py`); no place's name («Астану», «Софии»)
GIVEN_NAME = rule(and_(CAPITALIZED, name_first(), not_(gram('Geox')))).named('GIVEN_NAME')

ARGUMENT_MEMBER = or_(AGENT, GEO_NAME).named('ARGUMENT_MEMBER')

# a list is joined by «и» at its end: «А, Б и В»; after a person, a capitalised word joined by «и» is a
# person too, known to the dictionary or not («Путин и Токаев»)
ARGUMENT_AGENTS = or_(
    rule(AGENT),
    rule(PEOPLE),
    rule(GIVEN_NAME),
    rule(ARGUMENT_MEMBER, rule(eq(','), ARGUMENT_MEMBER).repeatable(max=3).optional(), caseless('и'),
         or_(ARGUMENT_MEMBER, NAME_WORD)),
).named('ARGUMENT_AGENTS')

ARGUMENT_PLACE = or_(GEO_NAME, CAPITAL, SITE).named('ARGUMENT_PLACE')

ARGUMENT_DATE = rule(DATE).named('ARGUMENT_DATE')

ARGUMENT_PRONOUN = rule(PRONOUN).named('ARGUMENT_PRONOUN')

ARGUMENT = or_(ARGUMENT_AGENTS, ARGUMENT_PLACE, ARGUMENT_DATE, ARGUMENT_PRONOUN).named('ARGUMENT')
