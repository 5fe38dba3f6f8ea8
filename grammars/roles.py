"""Argument phrases the event grammars share, and the shapes of a clause around a trigger.

- AGENT: «министр иностранных дел России Сергей Лавров», «президент РФ», «стороны», «ОДКБ»
- AGENTS: «Путин и Токаев», «с министром ... Лавровым и помощником ... Ушаковым», «Барак Обама, который»
- PARTY: an agent or a country: «Россия и Казахстан»
- GROUP: «стороны», «делегации двух стран»
- PLACE: «в Казахстане», «в казахстанском Уральске», «в российской столице», «в республику»
- PRONOUN: «он», «его»
- SUBJECT_PRONOUN: «он», «она» as an agent
- ORDINAL: «XXI», «79-й»
- OF_COUNTRIES: «двух стран»
- PLACE_ANAPHOR: «эту страну», «республику»
- CAPITAL: «российской столице»
- SITE: «в Кремле», «в аэропорту Внуково-2»: a place that is no country or city
- CONTEXT: «в ходе визита», «по итогам переговоров», «на полях саммита СНГ»
- PREDICATE_MODIFIER: «не», «может», «будет», «планируется»: words before a verb that change its modality
- FILLER: «комплексно», «также», «впервые»: words that stand between arguments
- SAID_THAT: «сообщил певице, что»: a verb of saying before the clause that tells of the event
- WHEN: «в мае», «27 ноября»
- EVENT_VERB: «состоялась», «пройдет»
"""

from yargy import and_, not_, or_, rule
from yargy.predicates import caseless, dictionary, eq, gram, in_caseless, is_capitalized, type

from grammars.date import DATE
from grammars.gazetteer import gazetteer
from grammars.geo import GEO_ADJECTIVE, GEO_NAME
from grammars.lexicon import table, words
from grammars.org import ORG
from grammars.person import NAME_WORD, PERSON, POSITION
from grammars.predicates import roman_numeral

# pymorphy3 also reads «в», «с», «и» as nouns (names of letters); a content word is none of the small words
CONTENT_WORD = not_(or_(gram('PREP'), gram('CONJ'), gram('PRCL'), gram('NPRO')))

# «двух стран», «обеих сторон»: how many countries a group or a post stands for
OF_COUNTRIES = rule(
    in_caseless({'двух', 'обеих', 'трех', 'трёх'}),
    dictionary({'страна', 'государство', 'сторона'}),
).named('OF_COUNTRIES')

# the pronouns that stand for a person, with the gender of the person they stand for
PRONOUN_GENDERS = {'он': 'masc', 'его': 'masc', 'ему': 'masc', 'им': 'masc',
                   'она': 'femn', 'её': 'femn', 'ее': 'femn', 'ей': 'femn'}
SUBJECT_PRONOUNS = frozenset({'он', 'она'})

# «он», «его назначения»: a person named before, found in the document
PRONOUN = rule(in_caseless(set(PRONOUN_GENDERS))).named('PRONOUN')

# «Он представлял Иран на переговорах»: the one who acts, named in a sentence before
SUBJECT_PRONOUN = rule(in_caseless(set(SUBJECT_PRONOUNS))).named('SUBJECT_PRONOUN')

# «XXI», «79-й», «20-го»: the number of a recurring event
ORDINAL = or_(
    rule(roman_numeral()),
    rule(type('INT'), eq('-'), in_caseless({'й', 'я', 'е', 'го', 'ой', 'м', 'ом', 'ая', 'ий'})),
).named('ORDINAL')

GROUP = rule(
    and_(dictionary(set(words('events', 'groups'))), gram('plur')),
    OF_COUNTRIES.optional(),
).named('GROUP')

# «президент РФ», «глава российской дипломатии», «министры», «лидеры двух стран»: a post standing for
# its holder, who is found in the document
AGENT_DESCRIPTION = rule(POSITION, OF_COUNTRIES.optional()).named('AGENT_DESCRIPTION')

AGENT = or_(PERSON, AGENT_DESCRIPTION, GROUP, ORG, SUBJECT_PRONOUN).named('AGENT')

# after a person, a capitalised word joined by «и» is a person too, known to the dictionary or not:
# «Лаврова и Нуртлеу»
# a list is joined by «и» at its end: «А, Б и В»; a comma alone may end a clause («..., министры»)
AGENT_LIST = or_(
    rule(AGENT),
    rule(AGENT, rule(eq(','), or_(AGENT, NAME_WORD)).repeatable(max=3).optional(), caseless('и'),
         or_(AGENT, NAME_WORD)),
).named('AGENT_LIST')

# «Барак Обама, который в телефонном разговоре пригласил ...»: the people a relative clause that
# follows them tells of; «который» in the nominative is their word in that clause
RELATIVE_WHO = rule(eq(','), and_(dictionary({'который'}), gram('nomn'))).named('RELATIVE_WHO')

AGENTS = rule(AGENT_LIST, RELATIVE_WHO.optional()).named('AGENTS')

PARTY = or_(AGENT, GEO_NAME).named('PARTY')

PARTIES = or_(
    rule(PARTY),
    rule(PARTY, rule(eq(','), PARTY).repeatable(max=3).optional(), caseless('и'), PARTY),
).named('PARTIES')

PLACE_ANAPHOR = rule(
    dictionary({'этот', 'тот'}).optional(),
    dictionary(set(words('events', 'place_words'))),
).named('PLACE_ANAPHOR')

CAPITAL = or_(
    rule(GEO_ADJECTIVE, dictionary(set(words('events', 'capital_words')))),
    # «в столице Казахстана»
    rule(dictionary(set(words('events', 'capital_words'))), GEO_NAME),
).named('CAPITAL')

# «в город Душанбе», «в г. Харбине»
SETTLEMENT = rule(dictionary(set(words('events', 'settlement_words'))), eq('.').optional(), GEO_NAME).named(
    'SETTLEMENT')

# what names a site after its noun: «аэропорту Внуково-2», «площадь «Дусти»», «офисе партии», «аэропорту
# Минска»; a word that may be a given name or surname is the next argument, not the site's
NO_NAME_OF_PERSON = and_(not_(gram('Name')), not_(gram('Surn')))
SITE_NAME = or_(
    rule(GEO_NAME),
    rule(eq('«'), not_(eq('»')).repeatable(max=4), eq('»')),
    rule(and_(type('RU'), is_capitalized(), NO_NAME_OF_PERSON),
         rule(eq('-'), or_(type('INT'), and_(type('RU'), is_capitalized()))).optional()),
    rule(gram('ADJF').repeatable(max=2).optional(),
         and_(gram('NOUN'), gram('gent'), gram('inan'), CONTENT_WORD, NO_NAME_OF_PERSON)),
).named('SITE_NAME')

# «в Кремле», «в столичном аэропорту Внуково-2», «на место происшествия»: a place that is no country or
# city, by the noun of its kind
SITE = rule(
    gram('ADJF').repeatable(max=2).optional(),
    dictionary({word for kind in table('events', 'site_words').values() for word in kind}),
    SITE_NAME.optional(),
).named('SITE')

# «в Казахстане», «в казахстанском Уральске», «в российской столице», «в республику»
PLACE = rule(
    in_caseless({'в', 'во', 'на'}),
    or_(rule(GEO_ADJECTIVE.optional(), GEO_NAME), CAPITAL, SETTLEMENT, PLACE_ANAPHOR),
).named('PLACE')

CONTEXT_MARKER = gazetteer(words('events', 'context')).named('CONTEXT_MARKER')

# the events another may happen in or after: «в ходе визита», «по итогам переговоров», «на полях саммита»
CONTEXT_EVENTS = ('visit', 'talks', 'summit')

# the nouns an event is named by in a context phrase: one word each («визита», «переговоров», «саммита»)
EVENT_NOUN = rule(dictionary({
    word for kind in CONTEXT_EVENTS for word in table('events', kind)['nouns'] if ' ' not in word
})).named('EVENT_NOUN')

CONTEXT = rule(
    CONTEXT_MARKER,
    ORDINAL.optional(),
    gram('ADJF').repeatable(max=3).optional(),
    EVENT_NOUN,
    or_(ORG, AGENT_DESCRIPTION).optional(),
).named('CONTEXT')

# «будет подписан», «пытался вести переговоры»: verbs that lend their tense to the trigger after them
TENSE_LENDERS = frozenset({'быть', *words('modality', 'phase_verbs')})

PREDICATE_MODIFIER = or_(
    rule(caseless('не')),
    rule(dictionary({*words('modality', 'planned'), *words('modality', 'possible')})),
    rule(and_(dictionary(set(TENSE_LENDERS)), gram('VERB'))),
).named('PREDICATE_MODIFIER')

FILLER = or_(
    rule(or_(
        and_(gram('ADVB'), not_(dictionary({'накануне'}))),
        type('DASH'),
        in_caseless({'уже', 'также', 'впервые', 'вновь', 'ранее', 'же', 'лишь', 'только', 'даже'}),
    )),
    # «34-летний»: an age before a name
    rule(type('INT'), eq('-'), gram('ADJF')),
).named('FILLER')


# «Президент сообщил певице, что подписал указ»: who says it is who acts, where the clause after «что»
# names no one of its own (extractor.mentions.without_the_speaker keeps the speaker out otherwise)
SAID_THAT = rule(
    and_(dictionary(set(words('events', 'speech_verbs'))), gram('VERB')),
    and_(CONTENT_WORD, not_(eq(',')), not_(gram('VERB'))).repeatable(max=3).optional(),
    eq(','),
    caseless('что'),
).named('SAID_THAT')


# «в мае», «на следующей неделе», «27 ноября»: when, with the preposition a date may need
WHEN = rule(in_caseless({'в', 'во', 'на', 'к', 'до', 'с', 'со'}).optional(), DATE).named('WHEN')


# one rule object for each item and count (see `some`)
RUNS: dict[tuple[int, int], object] = {}


def some(item, most: int):
    """`item` up to `most` times, or not at all. The alternatives of a grammar say the same run of
    arguments again and again; one rule object for each makes them share its states in the parser's
    chart, where a new object for each would be predicted anew for each alternative."""
    key = (id(item), most)
    found = RUNS.get(key)
    if found is None:
        found = RUNS[key] = item.repeatable(max=most).optional()
    return found


def predicate(verb):
    """A verb with what may stand before it: «не посетит», «может посетить», «будет подписан»; one rule
    object for each verb, shared by the alternatives that say it (see `some`)."""
    key = (id(verb), -1)
    found = RUNS.get(key)
    if found is None:
        found = RUNS[key] = rule(some(PREDICATE_MODIFIER, 2), verb)
    return found


# «переговоры состоялись», «пройдет подписание»: a verb an event noun is the subject of
EVENT_VERB = predicate(rule(dictionary(set(words('events', 'event_verbs'))))).named('EVENT_VERB')


def around(trigger, argument, before: int = 4, after: int = 5):
    """A trigger with arguments on either side, in any order: Russian word order is free."""
    return rule(some(argument, before), trigger, some(argument, after))
