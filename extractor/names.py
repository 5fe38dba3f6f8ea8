"""People's names found by their words alone, where no grammar read them: cheap enough for every sentence.

- «Бориса Березовского», «В.В.Путину», «Кошербаева Ермека Беделбаевича» in a sentence with no event: the
  fullest name a document gives «Березовский» of another sentence (`names_in_text`).
- «премьер-министром Армении Николом Пашиняном»: the name after a post the grammar took alone
  (`name_after`).
- «Моди», «Путина»: the surnames of people the lexicon of office holders lists (`lexicon_names`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from extractor.coref import PATRONYMIC, initial
from extractor.declension import RUSSIAN_SURNAME, word_readings
from extractor.holders import index as holders_index
from extractor.morph import analyzer, listed, tokenizer
from extractor.normal import person_name, phrase_case
from extractor.records import Arg
from grammars.lexicon import fold
from grammars.predicates import NAME_PARTICLES, PLACE_OR_BODY

# a word of a name as written («Путин», «Касым-Жомарт», «ас-Сиси») or an initial («В.»)
NAME_ITEM = re.compile(r'[А-ЯЁ]\.|[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*')
# the words of one name stand apart by spaces only: no comma, no line break
NAME_GAP = re.compile(r'[ \t\u00a0]*')
GIVEN_RUN = 4  # words before a surname: «Луис Инасиу Лула да Силва»
# «президентом Объединённых Арабских Эмиратов (ОАЭ) Мохаммедом ...»: an abbreviation in brackets between
BRACKETS = re.compile(r'\s*\([^()\n]{1,12}\)')
NAME_AFTER = 4  # words of a name after a post
GENITIVES = 5  # words of a post's complement: «главой департамента культуры Москвы Сергеем Капковым»
Run = list[tuple[re.Match, str]]  # words standing together, each with its kind
# «Сельцовский», «Вишневецкой»: a surname declined as an adjective
ADJECTIVE_SURNAME = re.compile(r'.+[сц]к(ий|ого|ому|им|ом|ая|ой|ую)$')


def known(form) -> bool:
    """The dictionary lists the word itself, not only words it may be a form of by its ending."""
    return listed(form.raw)


def word_shape(word: str) -> str | None:
    """The kind of a word that its letters tell (`word_kind`): an initial, a particle, a particle's
    compound («ас-Сиси»), no part of a name (not capitalised); None where the dictionary must tell."""
    if initial(word):
        return 'initial'
    parts = word.split('-')
    if fold(parts[0]) in NAME_PARTICLES:
        return 'particle' if len(parts) == 1 else 'foreign'
    if not word[:1].isupper() or len(word) < 2 or word.isupper():
        return 'other'
    return None


def may_name(word: str) -> bool:
    """Whether a word may be one of those a name is made of: not a particle, which only stands between them."""
    return word_shape(word) in (None, 'initial', 'foreign')


@lru_cache(maxsize=20_000)
def word_kind(word: str) -> str:
    """What a written word may be in a name: an initial, a particle («да», «бен»), a first name the
    dictionary knows, a patronymic, a surname the dictionary knows, a foreign word it does not know
    («Пашинян», «Инасиу»), or no part of a name («Президент», «России»)."""
    shape = word_shape(word)
    if shape is not None:
        return shape
    parts = word.split('-')
    first, last = analyzer()(parts[0]), analyzer()(parts[-1])
    if first and 'Name' in first[0].grams and known(first[0]):
        return 'given'
    if any('Patr' in form.grams for form in last) or PATRONYMIC.match(fold(word)) and len(word) > 6:
        return 'patronymic'
    if not last or not known(last[0]):
        return 'foreign'
    # «Примаков» is first a plural of «примак», «Арканов» of «аркан»; «Иванов-младший» a surname and a word;
    # «Сельцовский» an adjective the dictionary knows, a surname after a first name
    surnames = [*last, *(first if len(parts) > 1 else ())]
    shaped = RUSSIAN_SURNAME.match(fold(parts[0])) is not None or ADJECTIVE_SURNAME.match(fold(parts[0])) is not None
    return 'surname' if 'Name' in last[0].grams or shaped or any('Surn' in form.grams for form in surnames) else 'other'


@lru_cache(maxsize=4)  # read once a document: its names are asked for with and without known surnames
def name_runs(text: str) -> tuple[Run, ...]:
    """The runs of words that stand next to each other with spaces only between, each word with its kind:
    those with two words at least that may be words of a name (`may_name`), for a name is two words at
    least. The dictionary is asked of the words of those runs only: most capitalised words stand alone
    («в России», «Москва заявила»)."""
    runs: list[list[re.Match]] = []
    for found in NAME_ITEM.finditer(text):
        if runs and NAME_GAP.fullmatch(text, runs[-1][-1].end(), found.start()):
            runs[-1].append(found)
        else:
            runs.append([found])
    return tuple([(found, word_kind(found.group())) for found in run] for run in runs
                 if sum(may_name(found.group()) for found in run) > 1)


def name_before(kinds: list[str], end: int, known_surname: bool) -> int | None:
    """Where the given names or initials before a surname (at `end` - 1) begin: «В. В. Путин»,
    «Владимир Владимирович Путин»; a first name the dictionary knows opens a foreign name, whose words
    after it it may not know («Луис Инасиу Лула да Силва»), and so does any word of a name before a
    surname the document gives elsewhere (`known_surname`: «Мигеля Диас-Канеля»)."""
    start = end - 1
    while start > 0 and kinds[start - 1] == 'initial':
        start -= 1
    if start == end - 1:
        while start > max(0, end - 1 - GIVEN_RUN) and kinds[start - 1] in ('given', 'patronymic', 'particle',
                                                                           'foreign'):
            start -= 1
        opening = ('given', 'foreign') if known_surname else ('given',)
        while start < end - 1 and kinds[start] not in opening:
            start += 1
    return start if start < end - 1 else None


def readings(word: str) -> set[str]:
    return {fold(word), *(fold(form.normalized) for form in analyzer()(word))}


def namings_in_run(run: Run, surnames: frozenset[str]) -> list[tuple[int, int]]:
    """The words of a run that name people, each as (first, last + 1): a surname with the given names
    or initials before it, or surname first with a first name and a patronymic («Кошербаев Ермек
    Беделбаевич»); words the dictionary does not know before one of `surnames` («Мигеля Диас-Канеля»)."""
    kinds = [kind for _, kind in run]
    found: list[tuple[int, int]] = []
    end = len(kinds)
    while end > 0:
        start = None
        if kinds[end - 1] in ('surname', 'foreign'):
            start = name_before(kinds, end, bool(readings(run[end - 1][0].group()) & surnames))
        if start is None and kinds[end - 1] == 'patronymic' and kinds[end - 3:end - 1] in (
                ['surname', 'given'], ['foreign', 'given']):
            start = end - 3
        if start is None:
            end -= 1
            continue
        found.append((start, end))
        end = start
    return found


def names_in_text(text: str, surnames: frozenset[str] = frozenset()) -> list[Arg]:
    """The people a text names with a first name or initials, in any sentence, with or without an event:
    «Бориса Березовского» → «Борис Березовский»; a first name the dictionary does not know, before one of
    `surnames` (folded)."""
    return list(text_names(text, surnames))


@lru_cache(maxsize=4)  # a document's steps ask for its names more than once
def text_names(text: str, surnames: frozenset[str]) -> tuple[Arg, ...]:
    result = []
    for run in name_runs(text):
        for first, last in namings_in_run(run, surnames):
            start, end = run[first][0].start(), run[last - 1][0].end()
            normal = normal_name(text[start:end])
            result.append(Arg(start=start, end=end, text=text[start:end], kind='person', normal=normal,
                              rule='NAME_IN_TEXT'))
    return tuple(sorted(result, key=lambda item: item.start))


@lru_cache(maxsize=1024)
def normal_name(words: str) -> str:
    return person_name(list(tokenizer()(words)))


def place_or_body(word: str) -> bool:
    forms = analyzer()(word)
    return word.isupper() or not forms or any(tag in forms[0].grams for tag in PLACE_OR_BODY)


def words_after(description: Arg, text: str) -> Run:
    """The words after a description up to a punctuation mark, past an abbreviation in brackets."""
    bracket = BRACKETS.match(text, description.end)
    position = bracket.end() if bracket else description.end
    result = []
    for word in NAME_ITEM.finditer(text, position, position + 20 * (NAME_AFTER + GENITIVES)):
        if not NAME_GAP.fullmatch(text, position, word.start()) or word.start() == description.end:
            break
        kind = word_kind(word.group())
        if kind == 'other' and word.group()[:1].isupper() and not place_or_body(word.group()):
            kind = 'capital'  # «президент Вьетнама Чан Дай Куанг»: «Чан» may open a name here, not be a vat
        result.append((word, kind))
        position = word.end()
    return result


def genitive(word: str) -> bool:
    """A word of a post's complement: in the genitive («главой департамента культуры»), or a thing in
    the instrumental («командующий войсками округа»)."""
    forms = analyzer()(word)[:1]
    return any('gent' in form.grams and ('NOUN' in form.grams or 'ADJF' in form.grams)
               or {'ablt', 'NOUN', 'inan'} <= set(form.grams.values) for form in forms)


def in_case(word: str, cases: frozenset[str], weight: float) -> bool:
    """A word of a name can be in one of the cases, as surely as `weight` asks («Касым-Жомарта»: its last part)."""
    return any(reading.case in cases and reading.weight >= weight for reading in word_readings(word.split('-')[-1]))


def name_after(description: Arg, text: str) -> Arg | None:
    """«премьер-министром Армении Николом Пашиняном»: the words after a post that name its holder, where
    the grammar did not read them as a name: past the post's complement in the genitive («главой
    департамента культуры Москвы Сергеем Капковым»), words of a name with a surname last."""
    words = words_after(description, text)
    at = 0
    while at < min(GENITIVES, len(words)) and words[at][1] in ('other', 'capital') and genitive(words[at][0].group()):
        at += 1
    found = []
    for word, kind in words[at:at + NAME_AFTER]:
        if kind == 'other':
            break
        found.append((word, kind))
    while found and found[-1][1] not in ('surname', 'foreign'):
        found.pop()
    case = phrase_case(list(tokenizer()(description.text)))
    # in the post's case: «помощник по вопросам политики Администрации президента Хикмет Гаджиев» holds no
    # policy; the first word tells it best («Ангелы Меркель»: a woman's surname stays as it is)
    if not found or found[0][1] == 'particle' or case and not (in_case(found[0][0].group(), case, 1.0)
                                                              and in_case(found[-1][0].group(), case, 0.0)):
        return None
    start, end = found[0][0].start(), found[-1][0].end()
    return Arg(start=start, end=end, text=text[start:end], kind='person', rule='NAME_AFTER_POST',
               normal=person_name(list(tokenizer()(text[start:end])), case))


@cache
def lexicon_surnames() -> frozenset[str]:
    return frozenset(key for key in holders_index() if ' ' not in key)


def lexicon_names(text: str) -> list[Arg]:
    """The words of a text that name someone the lexicon of office holders lists: «Моди», «Путина»."""
    result = []
    for word in NAME_ITEM.finditer(text):
        written = word.group()
        if not written[:1].isupper() or initial(written):
            continue
        read_as = [form.normalized.title() for form in analyzer()(written)
                   if fold(form.normalized) in lexicon_surnames()]
        if fold(written) in lexicon_surnames() or read_as:
            result.append(Arg(start=word.start(), end=word.end(), text=written, kind='person', rule='OFFICE_HOLDER',
                              normal=written if fold(written) in lexicon_surnames() else read_as[0]))
    return result
