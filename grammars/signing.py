"""Signings: a document is or will be signed, or signed documents are exchanged.

- SIGNING_BY_VERB: «министерства иностранных дел России и Казахстана подпишут план мероприятий по
  сотрудничеству на 2025-2026 годы», «стороны подписали совместное заявление об углублении
  стратегического партнёрства», «лидеры двух стран подпишут важные двусторонние документы»,
  «был подписан меморандум», «подписал указ о назначении»
- SIGNING_DOCUMENT_FIRST: «договор по СНВ был подписан Медведевым и Обамой», «соглашение, подписанное
  в Минске в 2015 году»
- SIGNING_BY_CONCLUDING: «стороны заключили соглашение о свободной торговле» (never without the
  document: «заключил он», «заключённые»)
- SIGNING_BY_EXCHANGE: «делегации обменялись 20 соглашениями»
- SIGNING_NOUN_PHRASE: «подписание документов», «подписание соглашения о свободной торговле»
- DOCUMENT: «план мероприятий по сотрудничеству на 2025-2026 годы», «20 соглашениями», a name in quotes
  («пакета Яровой»)
- SIGNING: any of them
"""

from yargy import and_, not_, or_, rule
from yargy.predicates import caseless, dictionary, eq, gram, in_, in_caseless, is_upper, type

from grammars.date import DATE_YEAR_NUMBER
from grammars.declaration import EventType
from grammars.gazetteer import gazetteer
from grammars.geo import GEO_ADJECTIVE_COMPOUND
from grammars.lexicon import table, words
from grammars.roles import (
    CONTENT_WORD,
    CONTEXT,
    EVENT_VERB,
    FILLER,
    PARTIES,
    PLACE,
    SAID_THAT,
    WHEN,
    around,
    predicate,
    some,
)
from grammars.traps import POWER_TO_ACT, SAYING, SUBSCRIBED

WORDS = table('events', 'signing')

SIGNING_VERB = gazetteer(WORDS['verbs']).named('SIGNING_VERB')
CONCLUDE_VERB = rule(dictionary(set(WORDS['conclude_verbs']))).named('CONCLUDE_VERB')
SIGNING_NOUN = rule(dictionary(set(WORDS['nouns']))).named('SIGNING_NOUN')
EXCHANGE_VERB = rule(dictionary(set(words('events', 'exchange_verbs')))).named('EXCHANGE_VERB')

DOC_KIND = gazetteer(name for names in table('documents', 'kinds').values() for name in names).named('DOC_KIND')

# «20 соглашениями»
DOC_COUNT = rule(type('INT')).named('DOC_COUNT')

# «на 2025-2026 годы», «на 2024 год»: the years a plan or a programme covers
DOC_PERIOD = rule(
    caseless('на'), DATE_YEAR_NUMBER, rule(in_({'-', '–', '—'}), DATE_YEAR_NUMBER).optional(), dictionary({'год'}),
).named('DOC_PERIOD')

DOC_WORD = and_(
    or_(gram('NOUN'), gram('ADJF'), gram('PRTF')), not_(gram('Name')), CONTENT_WORD,
    not_(dictionary({'итог', 'ход', 'время', 'рамка', 'поле', 'преддверие', 'присутствие'})),
)

# «об углублении стратегического партнёрства», «по сотрудничеству между ведомствами Казахстана и России»
# («по итогу визита» says when, not what; «в Тбилиси» after a document is where it is signed)
DOC_SUBJECT = rule(
    or_(
        rule(in_caseless({'о', 'об', 'по', 'между'}), DOC_WORD),
        rule(in_caseless({'в', 'во'}), and_(DOC_WORD, not_(gram('Geox')))),
    ),
    rule(or_(DOC_WORD, in_({'и', '-'}))).repeatable(max=8).optional(),
).named('DOC_SUBJECT')

# «подписанием «пакета Яровой»»: a document known by its name in quotes
DOC_TITLE = rule(eq('«'), not_(in_({'«', '»'})).repeatable(max=8), eq('»')).named('DOC_TITLE')

DOCUMENT = or_(rule(
    DOC_COUNT.optional(),
    or_(GEO_ADJECTIVE_COMPOUND, rule(or_(gram('ADJF'), gram('PRTF')))).repeatable(max=3).optional(),
    DOC_KIND,
    # «соглашение сторон»: words after the kind depend on it in the genitive («указ глава государства» is two)
    rule(and_(DOC_WORD, gram('gent'))).repeatable(max=3).optional(),
    some(DOC_SUBJECT, 3),
    DOC_PERIOD.optional(),
), DOC_TITLE).named('DOCUMENT')

# «Договор о коллективной безопасности (ДКБ)»: the short name in brackets after a title
DOC_ABBREVIATION = rule(eq('('), and_(type('RU'), is_upper()), eq(')')).named('DOC_ABBREVIATION')

SIGNING_DATE = rule(WHEN).named('SIGNING_DATE')

SIGNING_ARGUMENT = or_(PARTIES, PLACE, SIGNING_DATE, CONTEXT, EVENT_VERB, FILLER, SAID_THAT).named(
    'SIGNING_ARGUMENT')

SIGNING_BY_VERB = rule(
    some(SIGNING_ARGUMENT, 4),
    predicate(SIGNING_VERB),
    some(SIGNING_ARGUMENT, 2),
    # «поставили подписи под документом»
    rule(caseless('под').optional(), DOCUMENT).optional(),
    some(SIGNING_ARGUMENT, 3),
).named('SIGNING_BY_VERB')

# «договор был подписан Медведевым и Обамой»: the document first, the signers after a passive verb
SIGNING_DOCUMENT_FIRST = rule(
    some(SIGNING_ARGUMENT, 2),
    DOCUMENT,
    DOC_ABBREVIATION.optional(),
    eq(',').optional(),  # «соглашение, подписанное в 2015 году»: a participle after a comma
    some(SIGNING_ARGUMENT, 2),
    predicate(or_(SIGNING_VERB, CONCLUDE_VERB)),
    some(SIGNING_ARGUMENT, 3),
).named('SIGNING_DOCUMENT_FIRST')

SIGNING_BY_CONCLUDING = rule(
    some(SIGNING_ARGUMENT, 4),
    predicate(CONCLUDE_VERB),
    some(SIGNING_ARGUMENT, 2),
    DOCUMENT,
    some(SIGNING_ARGUMENT, 3),
).named('SIGNING_BY_CONCLUDING')

SIGNING_BY_EXCHANGE = rule(
    some(SIGNING_ARGUMENT, 4),
    predicate(EXCHANGE_VERB),
    DOCUMENT,
    some(SIGNING_ARGUMENT, 3),
).named('SIGNING_BY_EXCHANGE')

SIGNING_NOUN_PHRASE = around(rule(SIGNING_NOUN, DOCUMENT), SIGNING_ARGUMENT, before=2, after=3).named(
    'SIGNING_NOUN_PHRASE')

SIGNING = or_(
    SIGNING_BY_VERB, SIGNING_DOCUMENT_FIRST, SIGNING_BY_CONCLUDING, SIGNING_BY_EXCHANGE, SIGNING_NOUN_PHRASE,
).named('SIGNING')

SIGNING_TYPE = EventType(
    name='signing', module=__name__, root=SIGNING,
    words=('verbs', 'nouns'), grammar_words=('conclude_verbs',), other_words=(('events', 'exchange_verbs'),),
    triggers=(SIGNING_VERB, CONCLUDE_VERB, EXCHANGE_VERB, SIGNING_NOUN),
    roles=((PARTIES, 'parties'), (DOCUMENT, 'document'), (PLACE, 'place')),
    role_order=('parties', 'place', 'document'),
    agent_role='parties', place_role='place',
    dates=(SIGNING_DATE,), verbs=(SIGNING_VERB, CONCLUDE_VERB, EXCHANGE_VERB, EVENT_VERB),
    traps=(SUBSCRIBED, POWER_TO_ACT, SAYING),
    cameo='057', cameo_when=(('acts', None),), kind='agreement',
)
