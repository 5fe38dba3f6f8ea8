"""Dates and periods, absolute and relative to the document's date.

- DATE_DAY_MONTH: «27 ноября», «9 ноября 2023 года», «11-12 ноября», «с 25 по 29 июля 2013 г.»
- DATE_NUMERIC: «22.10.2025», «05/08/2008», «2025-10-21»
- DATE_MONTH: «в ноябре 2024 года», «в апреле», «с января по март 2020 года»
- DATE_YEAR: «в 2022 году», «2006 г.», «на 2025-2026 годы», «в 1990-х годах», «в 1990-е годы», «(1968)»
- DATE_WEEKDAY: «в четверг», «во вторник, 24 августа»
- DATE_DEICTIC: «сегодня», «вчера», «накануне вечером»
- DATE_PART: «в конце октября», «в начале 2024 года», «в середине года»
- DATE_SEASON: «осенью этого года», «летом 2023 года»
- DATE_RELATIVE: «в этом году», «в прошлом месяце», «на следующей неделе»
- DATE: any of them
"""

from yargy import and_, or_, rule
from yargy.predicates import caseless, dictionary, eq, gram, gte, in_, in_caseless, is_lower, length_eq, lte, normalized

from grammars.lexicon import table, words

DASH = in_({'-', '–', '—'})
DOT = eq('.')

DATE_DAY = rule(and_(gte(1), lte(31))).named('DATE_DAY')
# months are written in lower case; «Марта» is a name
DATE_MONTH_NAME = rule(and_(dictionary(set(words('dates', 'months'))), is_lower())).named('DATE_MONTH_NAME')
DATE_YEAR_NUMBER = rule(and_(gte(1000), lte(2100), length_eq(4))).named('DATE_YEAR_NUMBER')

# «года», «году», «г.», «гг.»: the word that makes a number a year
YEAR_WORD = or_(rule(normalized('год')), rule(in_caseless({'г', 'гг'}), DOT.optional())).named('YEAR_WORD')

DATE_YEAR_OF = rule(DATE_YEAR_NUMBER, YEAR_WORD.optional()).named('DATE_YEAR_OF')

DATE_DAY_MONTH = or_(
    rule(DATE_DAY, rule(DASH, DATE_DAY).optional(), DATE_MONTH_NAME, DATE_YEAR_OF.optional()),
    rule(caseless('с'), DATE_DAY, DATE_MONTH_NAME.optional(), caseless('по'), DATE_DAY, DATE_MONTH_NAME,
         DATE_YEAR_OF.optional()),
).named('DATE_DAY_MONTH')

NUMERIC_MONTH = rule(and_(gte(1), lte(12), length_eq(2))).named('NUMERIC_MONTH')
NUMERIC_DAY = rule(and_(gte(1), lte(31), length_eq(2))).named('NUMERIC_DAY')

DATE_NUMERIC = or_(
    rule(NUMERIC_DAY, in_({'.', '/'}), NUMERIC_MONTH, in_({'.', '/'}), DATE_YEAR_NUMBER),
    rule(DATE_YEAR_NUMBER, eq('-'), NUMERIC_MONTH, eq('-'), NUMERIC_DAY),
).named('DATE_NUMERIC')

DATE_MONTH = or_(
    rule(DATE_MONTH_NAME, DATE_YEAR_OF.optional()),
    rule(caseless('с'), DATE_MONTH_NAME, caseless('по'), DATE_MONTH_NAME, DATE_YEAR_OF.optional()),
).named('DATE_MONTH')

# «1990-х годах»: the decade of a year number with the ending «-х»
DATE_DECADE = rule(DATE_YEAR_NUMBER, eq('-'), in_caseless({'х', 'е'}), YEAR_WORD).named('DATE_DECADE')

DATE_YEAR = or_(
    rule(DATE_YEAR_NUMBER, YEAR_WORD),
    # «в 2003», «(1968)»: a year number a preposition or brackets make a year without the word
    rule(in_caseless({'в', 'до', 'с', 'к'}), DATE_YEAR_NUMBER, YEAR_WORD.optional()),
    rule(eq('('), DATE_YEAR_NUMBER, eq(')')),
    rule(DATE_YEAR_NUMBER, DASH, DATE_YEAR_NUMBER, YEAR_WORD),
    rule(caseless('с'), DATE_YEAR_NUMBER, caseless('по'), DATE_YEAR_NUMBER, YEAR_WORD),
    DATE_DECADE,
).named('DATE_YEAR')

# «в среде» is the environment, «в среду» the day
DATE_WEEKDAY_NAME = rule(and_(
    dictionary(set(words('dates', 'weekdays'))),
    or_(gram('accs'), gram('nomn'), gram('gent')),
)).named('DATE_WEEKDAY_NAME')

# «в среду», «до пятницы»: a weekday comes with its preposition («окружающую среду» is no day)
DATE_WEEKDAY = rule(
    in_caseless({'в', 'во', 'на', 'до', 'с', 'со', 'по', 'к', 'ко'}),
    DATE_WEEKDAY_NAME,
    rule(eq(','), DATE_DAY, DATE_MONTH_NAME, DATE_YEAR_OF.optional()).optional(),
).named('DATE_WEEKDAY')

TIME_OF_DAY = rule(dictionary({'утро', 'вечер', 'день', 'ночь'})).named('TIME_OF_DAY')

DEICTIC_WORDS = {word for group in table('dates', 'deictic').values() for word in group}

DATE_DEICTIC_WORD = rule(
    and_(dictionary(DEICTIC_WORDS - {'накануне'}), or_(gram('ADVB'), gram('ADJF')))
).named('DATE_DEICTIC_WORD')

# «накануне» alone is a preposition («накануне визита»); with a time of day it is the day before
DATE_EVE = rule(caseless('накануне'), TIME_OF_DAY).named('DATE_EVE')

DATE_DEICTIC = or_(rule(DATE_DEICTIC_WORD, TIME_OF_DAY.optional()), DATE_EVE).named('DATE_DEICTIC')

PERIOD_UNIT = rule(
    dictionary({word for group in table('dates', 'units').values() for word in group})
).named('PERIOD_UNIT')
DATE_RELATIVE_WORD = rule(
    dictionary({word for group in table('dates', 'relative').values() for word in group})
).named('DATE_RELATIVE_WORD')

# «этого года», «текущего года», «2024 года»: the year a part or a season belongs to
DATE_WHICH_YEAR = or_(rule(DATE_RELATIVE_WORD, normalized('год')), DATE_YEAR_OF).named('DATE_WHICH_YEAR')

DATE_PART_WORD = rule(and_(
    dictionary({phrase.split()[-1] for group in table('dates', 'parts').values() for phrase in group}),
    or_(gram('loct'), gram('gent'), gram('accs')),
)).named('DATE_PART_WORD')

DATE_PART = rule(
    in_caseless({'первой', 'второй', 'первую', 'вторую'}).optional(),
    DATE_PART_WORD,
    or_(rule(DATE_MONTH_NAME, DATE_YEAR_OF.optional()), DATE_WHICH_YEAR, rule(normalized('год'))),
).named('DATE_PART')

DATE_SEASON_WORD = rule(in_caseless({'зимой', 'весной', 'летом', 'осенью'})).named('DATE_SEASON_WORD')

DATE_SEASON = rule(DATE_SEASON_WORD, DATE_WHICH_YEAR.optional()).named('DATE_SEASON')

DATE_RELATIVE = rule(DATE_RELATIVE_WORD, PERIOD_UNIT).named('DATE_RELATIVE')

DATE = or_(
    DATE_NUMERIC,
    DATE_DAY_MONTH,
    DATE_WEEKDAY,
    DATE_MONTH,
    DATE_YEAR,
    DATE_PART,
    DATE_SEASON,
    DATE_DEICTIC,
    DATE_RELATIVE,
).named('DATE')
