"""How a word of a person's name declines: its readings as a name in each case it can be in, by the
dictionary where it knows the word as a name and by the declension its ending shows where it does
not. A common noun's paradigm is never one: «Мишелем» is no «мишель», «Олафом» no plural «олафомы».
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extractor.morph import WORD_CACHE_SIZE, analyzer, listed
from grammars.lexicon import fold
from grammars.predicates import ROMAN, dictionary_reading

CASES = ('nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'acc2', 'loc2')
NAME_CASES = CASES[:6]
# the second genitive, accusative and locative are forms of the three cases a name agrees with
MAIN_CASE = {'gen2': 'gent', 'acc2': 'accs', 'loc2': 'loct'}
NAME_TAGS = ('Name', 'Surn', 'Patr')
GENDERS = ('masc', 'femn')
VOWELS = frozenset('аеёиоуыэюя')
# a Russian surname, a man's or a woman's: «Кошербаев», «Кошербаева»
RUSSIAN_SURNAME = re.compile(r'.*(ов|ев|ёв|ин|ын)(а?)$')

# The endings of names the dictionary does not know: (ending, cases, sex, nominative ending, weight).
# A man's name in a consonant, «-ь» or «-й»: «Пашиняна», «Шольцу», «Олафом», «Мишелем», «Анджеем»;
# a name in -а/-я, a man's or a woman's: «Дудой», «Лулы», «Небензю». «-ь» stands for «-й» after a
# vowel and for nothing after a hushing «-ем» («Шольцем»); «-я» for «-а» after a hushing or velar.
ENDINGS = (
    ('а', ('gent', 'accs'), 'masc', '', 1.0), ('у', ('datv',), 'masc', '', 1.0),
    ('ом', ('ablt',), 'masc', '', 1.0), ('е', ('loct',), 'masc', '', 1.0),
    ('ым', ('ablt',), 'masc', '', 1.0), ('им', ('ablt',), 'masc', '', 1.0),
    ('я', ('gent', 'accs'), 'masc', 'ь', 1.0), ('ю', ('datv',), 'masc', 'ь', 1.0),
    ('ем', ('ablt',), 'masc', 'ь', 1.0), ('ём', ('ablt',), 'masc', 'ь', 1.0),
    ('ой', ('ablt',), None, 'а', 1.0), ('ою', ('ablt',), None, 'а', 1.0), ('ей', ('ablt',), None, 'я', 1.0),
    ('ы', ('gent',), None, 'а', 1.0), ('и', ('gent',), None, 'я', 0.5), ('е', ('datv', 'loct'), None, 'а', 0.5),
    ('у', ('accs',), None, 'а', 1.0), ('ю', ('accs',), None, 'я', 1.0),
)
# endings that may follow a vowel («Анджеем», «Евгенией»); the others follow a consonant
SOFT = ('я', 'ю', 'ем', 'ём', 'ей', 'и')
HUSHING = frozenset('жшчщц')
VELAR = frozenset('гкх')


@dataclass(frozen=True)
class Reading:
    """A word of a name read in one case: its nominative, the sex it fits (None: either) and how
    sure it is (3 the dictionary's name, 1.5 pymorphy3's guess of a name, 1 or less the ending);
    `undeclined`: a word left as written in a case it is no form of (`extractor.normal.undeclined`)."""

    case: str
    gender: str | None
    nominative: str
    weight: float
    undeclined: bool = False


def case_of(form) -> str | None:
    return next((case for case in CASES if case in form.grams), None)


def as_written(written: str, word: str) -> str:
    """`word` with the letters it shares with `written` as written there: «мёрдок» of «Мердоком» →
    «Мердок»; a word written in capitals only («ТОКАЕВА») is capitalised."""
    if ROMAN.match(written):
        return written
    if written.isupper() and len(written) > 1:
        written = written.lower()
    letters = [written[index] if index < len(written) and fold(written[index]) == fold(letter) else letter
               for index, letter in enumerate(word)]
    result = ''.join(letters)
    return result[:1].upper() + result[1:]


def armenian_genitive(word: str) -> bool:
    """«пашиняна», «мирзояна»: an Armenian surname in -ян in the genitive, where a woman's first name in -яна
    has a soft sign or «и» before it («Татьяна», «Россияна»)."""
    return word.endswith('яна') and len(word) > 4 and word[-4] not in 'ьъи'


def dictionary_names(word: str, forms) -> list[Reading]:
    """The readings of a word as a name, in the singular: a man's «Пашиняна» (gent), a woman's
    «Кошербаевой»; a first name in -а/-я may be either's («Никита», «Небензя»)."""
    result = []
    for form in forms:
        if not any(tag in form.grams for tag in NAME_TAGS) or 'plur' in form.grams or form.raw is None:
            continue
        if 'voct' in form.grams:  # «Сэмюэль» is no vocative of «Сэмюэля»
            continue
        # «Пашиняна» is no woman's name the dictionary lists but a guess from «Татьяна»: see by_ending
        guessed = not listed(form.raw)
        if 'femn' in form.grams and armenian_genitive(fold(form.normalized)) and guessed:
            continue
        case = MAIN_CASE.get(case_of(form), case_of(form))
        if 'nomn' in form.grams or 'Fixd' in form.grams:
            nominative = word
        else:
            inflected = form.raw.inflect({'nomn', 'sing'})
            if inflected is None:
                continue
            nominative = as_written(word, inflected.word)
        known = dictionary_reading(form)
        gender = next((gender for gender in GENDERS if gender in form.grams), None)
        # pymorphy3 guesses a name in -а/-я a woman's; the dictionary knows «Никита» is a man
        if not known and 'Name' in form.grams and fold(nominative)[-1:] in ('а', 'я'):
            gender = None
        # the dictionary lists some surnames as women's first names too («Дарчиева», «Диваеву»): a
        # first name shaped as a Russian surname is no surer than its ending
        surname_shaped = 'Name' in form.grams and fold(nominative).endswith(('ова', 'ева', 'ёва'))
        # of two readings of a word, the likelier by pymorphy3's frequencies counts for a little more:
        # «Александра» is more often a man's genitive, «Анастасия» a woman's nominative
        weight = (3.0 if known else 1.5) + getattr(form.raw, 'score', 0.0) / 10
        result.append(Reading(case, gender, nominative, 1.0 if surname_shaped else weight))
    return result


def adjective_surnames(word: str, forms) -> list[Reading]:
    """«Зеленской», «Достоевского»: a surname that declines as an adjective, read as one."""
    result = []
    for form in forms:
        if 'ADJF' not in form.grams or 'plur' in form.grams or form.raw is None:
            continue
        # a surname the dictionary knows as an adjective («Долгорукому»), or shaped as one («Зеленской»)
        if not (dictionary_reading(form) or form.normalized.endswith(('ский', 'цкий', 'ской', 'цкой'))):
            continue
        gender = 'femn' if 'femn' in form.grams else 'masc'
        inflected = form.raw.inflect({'nomn', 'sing', gender})
        if inflected is not None:
            result.append(Reading(case_of(form), gender, as_written(word, inflected.word), 1.0))
    return result


def by_ending(word: str) -> list[Reading]:
    """The cases a word unknown as a name may be in, by the declension its ending shows."""
    lower = fold(word)
    last = lower[-1:]
    result: list[Reading] = []
    if last not in VOWELS:
        # a man's name ends in a consonant («Шольц»), seldom in what looks like an ending («Чонгом»); a
        # woman's such name does not decline («Бербок»), and is rarer in the news
        declined = lower.endswith(('ой', 'ей', 'ом', 'ем', 'ым', 'им'))
        result.append(Reading('nomn', 'masc', word, 0.25 if declined else 1.0))
        result.extend(Reading(case, 'femn', word, 0.25 if declined else 0.5) for case in NAME_CASES)
    # «Пашиняна» is a genitive: an Armenian surname in -ян stays as it is for a woman, never ends in -яна
    if last in ('а', 'я') and not armenian_genitive(lower):
        result.append(Reading('nomn', None, word, 1.0))
    if lower.endswith('ой') and RUSSIAN_SURNAME.match(lower[:-2]):
        # «Кошербаевой»: a woman's Russian surname declines as an adjective does
        result.extend(Reading(case, 'femn', word[:-2] + 'а', 1.0) for case in ('gent', 'datv', 'loct'))
    for ending, cases, gender, nominative, weight in ENDINGS:
        stem = word[:len(word) - len(ending)]
        if not lower.endswith(ending) or len(stem) < 2:
            continue
        previous = fold(stem[-1])
        if previous in VOWELS and ending not in SOFT:
            continue
        if gender == 'masc' and lower.endswith(('ская', 'цкая')):  # «Марковская» is no man's «Марковскай»
            continue
        if gender is None and ending in ('е', 'ы', 'и') and RUSSIAN_SURNAME.match(fold(stem)):
            continue  # «Свиридове» is a man's: «Свиридова» declines as an adjective, to «Свиридовой»
        result.extend(Reading(case, gender, stem + tail(ending, nominative, previous), weight) for case in cases)
    # «Инасиу», «Сиси», «Порошенко»: a foreign name in a vowel other than -а/-я does not decline
    if last in VOWELS - {'а', 'я', 'ы'}:
        result.extend(Reading(case, None, word, 1.0 if last in 'оиэ' else 0.5) for case in NAME_CASES)
    return [russian_surname(reading) for reading in result]


def tail(ending: str, nominative: str, previous: str) -> str:
    """The nominative's ending after a stem's last letter `previous`: «Анджеем» → «Анджей», «Мишелем»
    → «Мишель», «Шольцем» → «Шольц»; «Гущей» → «Гуща», «Евгенией» → «Евгения»."""
    if nominative == 'ь':
        if previous in VOWELS:
            return 'й'
        return '' if ending in ('ем', 'ём') and previous in HUSHING else 'ь'
    if nominative == 'я' and previous in HUSHING | VELAR:
        return 'а'
    return nominative


def russian_surname(reading: Reading) -> Reading:
    """«Кошербаева» is a woman in the nominative or a man in the genitive, never a man in -а."""
    found = RUSSIAN_SURNAME.match(fold(reading.nominative))
    if found is None or reading.gender is not None:
        return reading
    return Reading(reading.case, 'femn' if found.group(2) else 'masc', reading.nominative, reading.weight)


@lru_cache(maxsize=WORD_CACHE_SIZE)  # a name is read again in each sentence and step that holds it
def word_readings(word: str) -> tuple[Reading, ...]:
    """A word's readings as a name, the dictionary's and its ending's: «Никола» is a woman's name to the
    dictionary, and by its ending also the genitive of «Никол». All the word's readings, not those the
    grammar's agreement left: the dictionary may know «Ракова» as a man's genitive only, and the
    agreement then drops the woman's nominative of «Анастасия» before it."""
    forms = analyzer()(word)
    known = dictionary_names(word, forms)
    endings = adjective_surnames(word, forms) + by_ending(word)
    # a Russian surname has a man's and a woman's paradigm, and the dictionary often lists one only
    surnames = [form for form in forms if 'Surn' in form.grams and RUSSIAN_SURNAME.match(fold(form.normalized))]
    if surnames:
        surname = 3.0 if any(dictionary_reading(form) for form in surnames) else 1.5
        endings = [replace(reading, weight=surname) if RUSSIAN_SURNAME.match(fold(reading.nominative)) else reading
                   for reading in endings]
    return (*known, *endings)
