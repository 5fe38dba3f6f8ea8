"""Normal forms: names and posts in the nominative, as a reader would write them.

Works on the tokens of a match, whose pymorphy3 parses the grammar has already narrowed by
agreement, so «Касым-Жомарта Токаева» becomes «Касым-Жомарт Токаев» with the genitive parses
of both words, not a guess per word.
"""

from __future__ import annotations

from grammars.predicates import ROMAN

CASES = ('nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'acc2', 'loc2')
NAME_TAGS = ('Name', 'Surn', 'Patr')


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


def case_of(form) -> str | None:
    return next((case for case in CASES if case in form.grams), None)


def gender_of(forms) -> str | None:
    for form in forms:
        for gender in ('masc', 'femn'):
            if gender in form.grams and any(tag in form.grams for tag in NAME_TAGS):
                return gender
    return None


def pick(forms, case: str | None, gender: str | None, tags=NAME_TAGS):
    """The parse that fits the case and gender best: a name parse first, then any."""
    def score(form):
        return (
            any(tag in form.grams for tag in tags),
            case is None or case in form.grams or 'Fixd' in form.grams,
            gender is None or gender in form.grams,
        )
    return max(forms, key=score) if forms else None


def title(word: str) -> str:
    """«ТОКАЕВ» → «Токаев»; a monarch's number stays «II»."""
    return '-'.join(part if ROMAN.match(part) else part[:1].upper() + part[1:].lower() for part in word.split('-'))


def nominative_word(token, case: str | None, gender: str | None, tags=NAME_TAGS) -> str:
    """The token in the nominative; as written where it is one already, or where no reading is in
    the case the phrase is in (pymorphy3's guess for an unknown name is no ground to change it)."""
    forms = getattr(token, 'forms', None)
    if not forms:
        return token.value
    form = pick(forms, case, gender, tags)
    if 'nomn' in form.grams or 'Fixd' in form.grams or form.raw is None:
        return token.value
    if case is not None and case not in form.grams:
        return token.value
    if tags == NAME_TAGS and not any(tag in form.grams for tag in tags) and 'anim' not in form.grams and not (
            gender == 'masc' and {'masc', 'sing'} <= set(form.grams.values)):
        # «Токаев» read as the plural of «токай»: a thing's paradigm is no guide to a name, unless it
        # is a man's, singular, like his («Эмманюэля Макрона» as «макрон»)
        return token.value
    wanted = {'nomn', 'sing'} if 'sing' in form.grams else {'nomn'}
    inflected = form.raw.inflect(wanted)
    return inflected.word if inflected else token.value


def person_name(tokens: list, case: str | None = None) -> str:
    """«Муратом Нуртлеу» → «Мурат Нуртлеу»; «Ф.М. Достоевского» → «Ф. М. Достоевский».

    The case is the one of the post before the name where there is one («генсеком ООН Антониу
    Гутеррешем»: an indeclinable first name tells nothing); else it is read off the last part of the
    first word, for in «Касым-Жомарта» only the last part declines."""
    words = [[token for token in group if token.value not in '-.'] for group in words_of(tokens)]
    words = [group for group in words if group]
    gender = gender_of([form for group in words for token in group for form in getattr(token, 'forms', ())])
    heads = [group[-1] for group in words if len(group[-1].value) > 1 and getattr(group[-1], 'forms', None)]
    if case is None and heads:
        case = case_of(pick(heads[0].forms, None, gender))
    result = []
    for group in words:
        if len(group) == 1 and len(group[0].value) == 1:
            result.append(group[0].value.upper() + '.')
            continue
        parts = [token.value for token in group[:-1]] + [nominative_word(group[-1], case, gender)]
        result.append(title('-'.join(parts)))
    return ' '.join(result)


def phrase_nominative(tokens: list) -> str:
    """A post or a body in the nominative: the head noun and the words before it that agree with it
    are inflected («официальным представителем МИД» → «официальный представитель МИД»); the
    dependent words after the head keep their case."""
    groups = words_of(tokens)
    head_index = next((index for index, group in enumerate(groups) if first_reading_noun(group[-1])), None)
    if head_index is None:
        return ' '.join(''.join(token.value for token in group) for group in groups)
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


def head_reading(token):
    return pick([form for form in token.forms if 'NOUN' in form.grams], None, None, ('NOUN',))


def phrase_case(tokens: list) -> str | None:
    """The case of a phrase's head noun: the case a name after a post agrees with."""
    head = next((group[-1] for group in words_of(tokens) if first_reading_noun(group[-1])), None)
    return case_of(head_reading(head)) if head is not None else None


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
