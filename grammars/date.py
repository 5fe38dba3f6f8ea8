"""Dates and periods, absolute and relative to the document's date.

- DATE_DAY_MONTH: «27 ноября», «11-12 ноября», «14 и 15 апреля», «с 30 марта по 2 апреля 2019 г.»,
  «5 мая прошлого года», «12 марта в 10:30 по местному времени»
- DATE_NUMERIC: «21.03.2019», «2024-02-29»
- DATE_MONTH: «в феврале», «ноябре 2024 года», «в январе прошлого года», «с октября 2019 г. по май 2021 г.»
- DATE_MONTH_ADJ: «июньского» (саммита), «майских» (переговоров)
- DATE_YEAR: «в 2022 году», «на 2025-2026 годы», «в 1990-х годах», «(1968)», «с 1997 года по 1999 год»
- DATE_SINCE: «с 2023 года», «с февраля 2025 года», «с начала года»
- DATE_UNTIL: «до 2030 года», «до конца года»
- DATE_WEEKDAY: «в четверг», «в среду, 24 августа 2016 года», «в прошлую пятницу», «суббота, 14 сентября»,
  «с понедельника»
- DATE_DEICTIC: «сегодня», «накануне вечером», «Накануне» (министр прибыл), «сегодня, 26 октября»
- DATE_PART: «в конце октября», «в начале 2024 года», «в середине года», «в первой половине мая», «в конце месяца»
- DATE_QUARTER: «во втором полугодии текущего года», «в третьем квартале 2024 года», «в IV квартале»
- DATE_SEASON: «осенью этого года», «зимой 2020 года», «этим летом»
- DATE_RELATIVE: «в прошлом году», «на следующей неделе»
- DATE_HOUR: «в 15:00 по местному времени», «в полдень»: a time of day alone is on the news day; «26 мая в
  15:00» is that day (the time is part of DATE_DAY_MONTH)
- DATE: any of them

"""

from yargy import and_, or_, rule
from yargy.predicates import (
    caseless,
    dictionary,
    eq,
    gram,
    gte,
    in_,
    in_caseless,
    is_lower,
    length_eq,
    lte,
    normalized,
    type,
)

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

PERIOD_UNIT = rule(
    dictionary({word for group in table('dates', 'units').values() for word in group})
).named('PERIOD_UNIT')
DATE_RELATIVE_WORD = rule(
    dictionary({word for group in table('dates', 'relative').values() for word in group})
).named('DATE_RELATIVE_WORD')

# «этого года», «текущего года», «2024 года»: the year a day, a month, a part or a season belongs to
DATE_WHICH_YEAR = or_(rule(DATE_RELATIVE_WORD, normalized('год')), DATE_YEAR_OF).named('DATE_WHICH_YEAR')

# «в 15:00», «в 9.30 по местному времени»: the hour of a day, which leaves the day as it is
DATE_CLOCK = rule(
    in_caseless({'в', 'к', 'около'}),
    and_(gte(0), lte(23)), in_({':', '.'}), and_(gte(0), lte(59), length_eq(2)),
    rule(caseless('по'), dictionary({'местный', 'московский'}), normalized('время')).optional(),
).named('DATE_CLOCK')

DATE_HOUR = or_(
    rule(DATE_CLOCK),
    rule(in_caseless({'в', 'к', 'около'}), dictionary(set(words('dates', 'times_of_day'))),
         rule(caseless('по'), dictionary({'местный', 'московский'}), normalized('время')).optional()),
).named('DATE_HOUR')

# «27», «21 и 22», «5, 6 и 7», «11-12»: the days of one month, from the first to the last
DATE_DAYS = rule(
    DATE_DAY,
    rule(rule(eq(','), DATE_DAY).repeatable(max=5).optional(), or_(DASH, caseless('и')), DATE_DAY).optional(),
).named('DATE_DAYS')

DATE_DAY_MONTH = or_(
    # «26 мая в 15:00», «1 июня 2013 года — 27 июля 2017 года»
    rule(DATE_DAYS, DATE_MONTH_NAME, DATE_WHICH_YEAR.optional(),
         or_(DATE_CLOCK, rule(DASH, DATE_DAY, DATE_MONTH_NAME, DATE_WHICH_YEAR.optional())).optional()),
    rule(caseless('с'), DATE_DAY, DATE_MONTH_NAME.optional(), DATE_WHICH_YEAR.optional(), in_caseless({'по', 'до'}),
         DATE_DAY, DATE_MONTH_NAME, DATE_WHICH_YEAR.optional()),
).named('DATE_DAY_MONTH')

NUMERIC_MONTH = rule(and_(gte(1), lte(12), length_eq(2))).named('NUMERIC_MONTH')
NUMERIC_DAY = rule(and_(gte(1), lte(31), length_eq(2))).named('NUMERIC_DAY')

DATE_NUMERIC = or_(
    rule(NUMERIC_DAY, in_({'.', '/'}), NUMERIC_MONTH, in_({'.', '/'}), DATE_YEAR_NUMBER),
    rule(DATE_YEAR_NUMBER, eq('-'), NUMERIC_MONTH, eq('-'), NUMERIC_DAY),
    # «с 21 10 2016 года»: the dots lost in a copied text; the word «года» says it is a date
    rule(NUMERIC_DAY, NUMERIC_MONTH, DATE_YEAR_NUMBER, YEAR_WORD),
).named('DATE_NUMERIC')

DATE_MONTH = or_(
    rule(DATE_MONTH_NAME, DATE_WHICH_YEAR.optional()),
    rule(caseless('с'), DATE_MONTH_NAME, DATE_WHICH_YEAR.optional(), in_caseless({'по', 'до'}), DATE_MONTH_NAME,
         DATE_WHICH_YEAR.optional()),
).named('DATE_MONTH')

# «июньского саммита»: the adjective alone is the date; «Октябрьская» with a capital is a name
DATE_MONTH_ADJ = rule(
    and_(dictionary(set(words('dates', 'month_adjectives'))), is_lower())
).named('DATE_MONTH_ADJ')

# «1990-х годах», «90-е годы»: the decade of a year number with the ending «-х» or «-е»
DATE_DECADE = rule(
    or_(DATE_YEAR_NUMBER, rule(in_({str(decade) for decade in range(10, 100, 10)}))),
    eq('-'), in_caseless({'х', 'е'}), YEAR_WORD,
).named('DATE_DECADE')

DATE_YEAR = or_(
    rule(DATE_YEAR_NUMBER, YEAR_WORD),
    # «в 2003», «(1968)»: a year number a preposition or brackets make a year without the word
    # («до 1500 человек», «с 2000 участников» are counts: after «до» and «с» a year takes the word)
    rule(in_caseless({'в', 'к'}), DATE_YEAR_NUMBER, YEAR_WORD.optional()),
    # «в 2008—2009 годах»: with its preposition, a span of years is one phrase, not «в 2008» and another
    rule(in_caseless({'в', 'к'}), DATE_YEAR_NUMBER, YEAR_WORD.optional(), DASH, DATE_YEAR_NUMBER, YEAR_WORD),
    rule(eq('('), DATE_YEAR_NUMBER, eq(')')),
    rule(DATE_YEAR_NUMBER, YEAR_WORD.optional(), DASH, DATE_YEAR_NUMBER, YEAR_WORD),
    rule(caseless('с'), DATE_YEAR_NUMBER, YEAR_WORD.optional(), in_caseless({'по', 'до'}), DATE_YEAR_NUMBER,
         YEAR_WORD),
    DATE_DECADE,
).named('DATE_YEAR')

# «в среде» is the environment, «в среду» the day
DATE_WEEKDAY_NAME = rule(and_(
    dictionary(set(words('dates', 'weekdays'))),
    or_(gram('accs'), gram('nomn'), gram('gent')),
)).named('DATE_WEEKDAY_NAME')

TIME_OF_DAY = rule(dictionary({'утро', 'вечер', 'день', 'ночь'})).named('TIME_OF_DAY')

# «, 24 августа»: the date that follows a weekday or «сегодня» and says which day it is
DATE_APPOSITION = rule(
    eq(',').optional(), DATE_DAY, DATE_MONTH_NAME, DATE_WHICH_YEAR.optional(),
).named('DATE_APPOSITION')

# «в среду», «до пятницы»: a weekday comes with its preposition («окружающую среду» is no day), or with
# its date after a comma («воскресенье, 20 марта»)
DATE_WEEKDAY = or_(
    rule(
        in_caseless({'в', 'во', 'на', 'до', 'с', 'со', 'по', 'к', 'ко'}),
        # not an optional word: that would be tried after every «в» and «на» of a text
        or_(DATE_WEEKDAY_NAME, rule(DATE_RELATIVE_WORD, DATE_WEEKDAY_NAME)),
        TIME_OF_DAY.optional(),
        DATE_APPOSITION.optional(),
        DATE_CLOCK.optional(),
    ),
    rule(DATE_WEEKDAY_NAME, eq(','), DATE_APPOSITION),
).named('DATE_WEEKDAY')

DEICTIC_WORDS = {word for group in table('dates', 'deictic').values() for word in group}

DATE_DEICTIC_WORD = rule(
    and_(dictionary(DEICTIC_WORDS - {'накануне'}), or_(gram('ADVB'), gram('ADJF')))
).named('DATE_DEICTIC_WORD')

# «накануне визита» is a preposition; with a time of day, or opening a sentence («Накануне Лавров
# провел...», where a preposition with its noun seldom stands), it is the day before
DATE_EVE = or_(
    rule(caseless('накануне'), TIME_OF_DAY),
    rule(eq('Накануне')),
).named('DATE_EVE')

DATE_DEICTIC = or_(
    rule(or_(rule(DATE_DEICTIC_WORD, TIME_OF_DAY.optional()), DATE_EVE), DATE_APPOSITION.optional(),
         DATE_CLOCK.optional()),
    # «накануне, 27 мая»: a comma after it leaves no noun for the preposition
    rule(caseless('накануне'), DATE_APPOSITION),
).named('DATE_DEICTIC')

DATE_ORDINAL = or_(
    rule(dictionary(set(words('dates', 'ordinals')))),
    rule(in_({'I', 'II', 'III', 'IV'})),
).named('DATE_ORDINAL')

DATE_PART_WORD = rule(and_(
    dictionary({word for group in table('dates', 'parts').values() for word in group}),
    or_(gram('loct'), gram('gent'), gram('accs')),
)).named('DATE_PART_WORD')

DATE_PART = rule(
    DATE_ORDINAL.optional(),
    DATE_PART_WORD,
    or_(
        rule(DATE_MONTH_NAME, DATE_WHICH_YEAR.optional()),
        DATE_WHICH_YEAR,
        rule(normalized('год')),  # «в середине года»: the document's year
        rule(DATE_RELATIVE_WORD.optional(), normalized('месяц')),  # «в конце месяца»: the document's month
    ),
).named('DATE_PART')

DATE_QUARTER_WORD = rule(
    dictionary({word for group in table('dates', 'year_parts').values() for word in group})
).named('DATE_QUARTER_WORD')

# «в первом полугодии» with no year is of the document's year
DATE_QUARTER = rule(
    DATE_ORDINAL, DATE_QUARTER_WORD, or_(DATE_WHICH_YEAR, rule(normalized('год'))).optional(),
).named('DATE_QUARTER')

DATE_SEASON_WORD = rule(in_caseless({'зимой', 'весной', 'летом', 'осенью'})).named('DATE_SEASON_WORD')

DATE_SEASON = or_(
    rule(DATE_SEASON_WORD, DATE_WHICH_YEAR.optional()),
    rule(DATE_RELATIVE_WORD, DATE_SEASON_WORD),  # «этим летом», «прошлой осенью»
).named('DATE_SEASON')

DATE_RELATIVE = rule(DATE_RELATIVE_WORD, PERIOD_UNIT).named('DATE_RELATIVE')

# «спустя 3 года», «через год»: years after the year the text told of last, or after the news day
YEARS_COUNT = rule(type('INT')).named('YEARS_COUNT')
DATE_YEARS_LATER = rule(
    in_caseless({'спустя', 'через'}), YEARS_COUNT.optional(), normalized('год'),
).named('DATE_YEARS_LATER')

# «в том же году», «в том году»: the year the text told of last (`extractor/narrative_year.py`)
DATE_SAME_YEAR = rule(normalized('тот'), eq('же').optional(), normalized('год')).named('DATE_SAME_YEAR')

# «с 2023 года» names when a state began, «до 2030 года» when it ends; «с 8 по 9 июля» is a range
# (DATE_DAY_MONTH), which a longer match wins over
DATE_SINCE = rule(
    in_caseless({'с', 'со'}),
    or_(DATE_NUMERIC, DATE_DAY_MONTH, DATE_MONTH, DATE_YEAR, DATE_PART, DATE_QUARTER),
).named('DATE_SINCE')

DATE_UNTIL = rule(
    caseless('до'),
    or_(DATE_NUMERIC, DATE_DAY_MONTH, DATE_MONTH, DATE_YEAR, DATE_PART, DATE_QUARTER),
).named('DATE_UNTIL')

DATE = or_(
    DATE_SINCE,
    DATE_UNTIL,
    DATE_NUMERIC,
    DATE_DAY_MONTH,
    DATE_WEEKDAY,
    DATE_MONTH,
    DATE_MONTH_ADJ,
    DATE_YEAR,
    DATE_QUARTER,
    DATE_PART,
    DATE_SEASON,
    DATE_DEICTIC,
    DATE_RELATIVE,
    DATE_SAME_YEAR,
    DATE_YEARS_LATER,
    DATE_HOUR,
).named('DATE')
