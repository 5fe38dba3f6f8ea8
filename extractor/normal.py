"""Normal forms: names and posts in the nominative, as a reader would write them.

A name is put in the nominative as a whole: every word of it is read in each case it can be in
(`extractor.declension`), and the one case and sex most of its words agree on, the post's case
first, gives the nominative of each word: «Анджеем Дудой» → «Анджей Дуда», «Луиса Инасиу Лулы да
Силвы» → «Луис Инасиу Лула да Силва».
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from extractor.declension import (
    CASES,
    GENDERS,
    MAIN_CASE,
    NAME_CASES,
    NAME_TAGS,
    Reading,
    as_written,
    case_of,
    word_readings,
)
from extractor.morph import analyzer, listed
from grammars.predicates import NAME_PARTICLES, ROMAN

UNREAD = -3.0  # a word no reading of which is in the case: the case is hardly the name's
UNDECLINED = 2.0  # a word before the last as written, in a case it is no form of
UNDECLINED_LAST = 0.5  # the last word so
# a name in the prepositional case is rare in the news («о Путине»); a foreign name in -е is not («Арсе»)
RARE_CASES = {'loct': -0.5}


def words_of(tokens: list) -> list[list]:
    """Tokens grouped into written words: parts joined by a hyphen with no space stay together."""
    groups: list[list] = []
    for token in tokens:
        if groups:
            last = groups[-1][-1]
            joined = last.span.stop == token.span.start
            if joined and (token.value == '-' or last.value == '-'):
                groups[-1].append(token)
                continue
        groups.append([token])
    return groups


def pick(forms, case: str | None, gender: str | None, tags=NAME_TAGS):
    """The parse that fits the case and gender best: one with `tags` first, then any."""
    def score(form):
        return (
            any(tag in form.grams for tag in tags),
            case is None or case in form.grams or 'Fixd' in form.grams,
            gender is None or gender in form.grams,
        )
    return max(forms, key=score) if forms else None


def declines(token) -> bool:
    """A word of a name to put in the nominative: not an initial, a particle («бен», «да») or a number."""
    value = token.value
    return (bool(getattr(token, 'forms', None)) and len(value) > 1 and value.isalpha()
            and value not in NAME_PARTICLES and not ROMAN.match(value))


def choose(words: list[Sequence[Reading]], wanted: frozenset[str]) -> tuple[str, str] | None:
    """The case and sex the words of a name agree on best: the case the context wants, unless the
    words cannot be in it; a tie goes to a man («А. П. Чехова»: the news name more men), then to the
    nominative, the words as written («Акира Амари»), then to the last word's first reading."""
    options = {(reading.case, gender) for readings in words for reading in readings for gender in GENDERS
               if reading.gender in (None, gender)}

    def score(option: tuple[str, str]):
        case, gender = option
        total = 3.0 * len(words) if case in wanted else RARE_CASES.get(case, 0.0)
        for readings in words:
            total += max((reading.weight for reading in readings
                          if reading.case == case and reading.gender in (None, gender)), default=UNREAD)
        last = next((index for index, reading in enumerate(words[-1])
                     if reading.case == case and reading.gender in (None, gender)), len(words[-1]))
        return total, gender == 'masc', case == 'nomn', -last, -CASES.index(case)
    return max(options, key=score) if options else None


def nominative_of(token, readings: Sequence[Reading] | None, chosen: tuple[str, str] | None) -> str:
    if token.value in NAME_PARTICLES or not token.value.isalpha():
        return token.value
    if readings is None or chosen is None:
        return as_written(token.value, token.value)
    case, gender = chosen
    fitting = [reading for reading in readings if reading.case == case and reading.gender in (None, gender)]
    best = max(fitting, key=lambda reading: (not reading.undeclined, reading.weight), default=None)
    return as_written(token.value, best.nominative if best else token.value)


def undeclined(readings: Sequence[Reading], written: str, weight: float) -> Sequence[Reading]:
    """A word that looks like a nominative may stay undeclined in any case: the first words of a
    foreign name often do («Нгуен Фу Чонгом», «Абдель Фаттахом»), a surname now and then («Хаканом
    Фидан»); a first name the dictionary knows keeps its sex («Ирина» is no man's)."""
    nominative = max((reading.weight for reading in readings if reading.case == 'nomn'), default=0.0)
    # «Аркадия», «Соболева»: a word the dictionary lists as another case of a name is declined, whatever
    # case a post before it is in («назначении министром обороны Аркадия Соболева»)
    known = any(listed(form.raw) for form in analyzer()(written)[:1])
    if nominative < 1 or known and any(reading.weight >= 3 and reading.case != 'nomn' for reading in readings):
        return readings
    genders = {reading.gender for reading in readings if reading.weight >= 3}
    gender = genders.pop() if len(genders) == 1 else None
    # as sure as the word is a nominative, and less: «Сирил» a guess, «Абдель» the dictionary's
    weight = min(weight, nominative * 0.75)
    return [*readings, *(Reading(case, gender, written, weight, undeclined=True)
                         for case in NAME_CASES if case != 'nomn')]


def wanted_cases(case: str | Iterable[str] | None) -> frozenset[str]:
    if case is None:
        return frozenset()
    cases = {case} if isinstance(case, str) else set(case)
    return frozenset(MAIN_CASE.get(item, item) for item in cases)


def person_name(tokens: list, case: str | Iterable[str] | None = None) -> str:
    """«Муратом Нуртлеу» → «Мурат Нуртлеу»; «Ф.М. Достоевского» → «Ф. М. Достоевский».

    `case` is the case (or the cases) of the post before the name, which the name agrees with
    («генсеком ООН Антониу Гутеррешем»: an indeclinable first name tells nothing). In a written word
    of several parts the last declines: «Касым-Жомарта» → «Касым-Жомарт», «ас-Сиси» stays; of a foreign
    name of several words often only the last is declined («Нгуен Фу Чонгом»), so the words before it
    may stay as written in any case."""
    words = [[token for token in group if token.value not in '-.'] for group in words_of(tokens)]
    words = [group for group in words if group]
    readings: dict[int, Sequence[Reading]] = {id(token): word_readings(token.value) for group in words
                                              for token in group if declines(token)}
    heads = [group[-1] for group in words if declines(group[-1])]
    for index, token in enumerate(heads):
        weight = UNDECLINED if index < len(heads) - 1 else UNDECLINED_LAST
        readings[id(token)] = undeclined(readings[id(token)], token.value, weight)
    chosen = choose([readings[id(token)] for token in heads], wanted_cases(case))
    result = []
    for group in words:
        if len(group) == 1 and len(group[0].value) == 1 and group[0].value.isalpha():
            result.append(group[0].value.upper() + '.')
            continue
        # «Касым-Жомартом», «Жан-Клодом»: only the last part of a written word declines; «Иванов-младший»
        # keeps its small letter
        last = nominative_of(group[-1], readings.get(id(group[-1])), chosen)
        if len(group) > 1 and group[-1].value[:1].islower():
            last = last[:1].lower() + last[1:]
        result.append('-'.join([*(declined_alike(token.value, group[-1].value, last) for token in group[:-1]), last]))
    return ' '.join(result)



def declined_alike(part: str, written: str, nominative: str) -> str:
    """«Банкса-Джонсона» → «Банкс-Джонсон»: a part before the hyphen that ends as the last part did
    loses the ending with it; «Касым-Жомарта», «Диас-Канеля» keep the part as written."""
    ending = written[len(nominative):] if written.startswith(nominative) else ''
    return part[:-len(ending)] if ending and part[:1].isupper() and part.endswith(ending) else part


def phrase_nominative(tokens: list) -> str:
    """A post or a body in the nominative: the head noun and the words before it that agree with it
    are inflected («официальным представителем МИД» → «официальный представитель МИД»); the
    dependent words after the head keep their case."""
    groups = words_of(tokens)
    head_index = next((index for index, group in enumerate(groups) if first_reading_noun(group[-1])), None)
    if head_index and participle(groups[0][-1]) and not agrees(groups[0][-1], groups[head_index][-1]):
        head_index = None  # «командующим войсками»: the participle that heads the post governs the noun
    if head_index is None:
        # «командующим войсками», «управляющего делами»: a post named by a participle, its first word
        first = groups[0][-1] if groups else None
        forms = [form for form in getattr(first, 'forms', ()) or () if {'PRTF', 'ADJF'} & set(form.grams.values)]
        word = nominative_in(first, None, 'plur' if forms and 'plur' in forms[0].grams else 'sing', 'masc') \
            if forms else None
        rest = [''.join(token.value for token in group) for group in groups[1:]]
        return ' '.join([word.lower() if word and not first.value.isupper() else first.value, *rest]) if word else \
            ' '.join(''.join(token.value for token in group) for group in groups)
    head = head_reading(groups[head_index][-1])
    case = case_of(head)
    number = 'plur' if 'plur' in head.grams else 'sing'
    # «глава» is of common gender: its adjectives go masculine («временный глава»)
    gender = 'masc' if 'ms-f' in head.grams else next(
        (gender for gender in ('masc', 'femn', 'neut') if gender in head.grams), None)
    result = []
    for index, group in enumerate(groups):
        if index > head_index:
            result.append(''.join(token.value for token in group))
            continue
        last = group[-1]
        word = nominative_in(last, case, number, gender)
        prefix = ''.join(token.value for token in group[:-1])
        if not last.value.isupper():
            word, prefix = word.lower(), prefix if prefix.isupper() else prefix.lower()
        result.append(prefix + word)
    return ' '.join(result)


def participle(token) -> bool:
    """«командующим», «управляющего»: a word read first as a participle or an adjective."""
    forms: Sequence = getattr(token, 'forms', ()) or ()
    return bool(forms) and bool({'PRTF', 'ADJF'} & set(forms[0].grams.values))


def agrees(word, noun) -> bool:
    """Whether an adjective or participle can agree with a noun in case and number."""
    pairs = {(case, number) for form in getattr(noun, 'forms', ()) or () if 'NOUN' in form.grams
             for case in CASES if case in form.grams for number in ('sing', 'plur') if number in form.grams}
    return any((case, number) in pairs for form in getattr(word, 'forms', ()) or ()
               for case in CASES if case in form.grams for number in ('sing', 'plur') if number in form.grams)


def head_reading(token):
    return pick([form for form in token.forms if 'NOUN' in form.grams], None, None, ('NOUN',))


def phrase_case(tokens: list) -> frozenset[str] | None:
    """The cases a phrase's head noun can be in: the cases a name after a post agrees with
    («канцлера» is a genitive or an accusative, and so is the name after it)."""
    head = next((group[-1] for group in words_of(tokens) if first_reading_noun(group[-1])), None)
    if head is None:
        return None
    # one person holds the post: «главы» is «глава» in the genitive, not the plural of «глава» of a book
    forms = [form for form in head.forms if {'NOUN', 'sing'} <= set(form.grams.values)]
    people = [form for form in forms if 'anim' in form.grams]
    return frozenset(MAIN_CASE.get(case_of(form), case_of(form)) for form in people or forms) - {None}


def first_reading_noun(token) -> bool:
    """The dictionary reads the word as a noun first («представителем»; «первым» is an adjective
    though «первое» is also a noun)."""
    forms = getattr(token, 'forms', None)
    return bool(forms) and 'NOUN' in forms[0].grams


def nominative_in(token, case: str | None, number: str, gender: str | None = None) -> str:
    """An agreeing word of a phrase put in the nominative, in the number and gender of its head
    («нового начальника» → «новый начальник», not «новое»)."""
    forms = [form for form in getattr(token, 'forms', ()) if case is None or case in form.grams]
    fitting = [form for form in forms if number in form.grams and (gender is None or number == 'plur'
                                                                     or gender in form.grams)]
    form = next(iter(fitting), next((form for form in forms if number in form.grams), forms[0] if forms else None))
    if form is None or form.raw is None or 'nomn' in form.grams or 'Fixd' in form.grams:
        return token.value
    inflected = form.raw.inflect({'nomn', number})
    return inflected.word if inflected else token.value
