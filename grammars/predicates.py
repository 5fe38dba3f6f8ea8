"""Token tests yargy lacks, over pymorphy3's readings of a word."""

import re

from yargy import and_
from yargy.predicates import custom, is_upper
from yargy.predicates import type as token_type
from yargy.predicates.constructors import Predicate
from yargy.relations import case_relation, number_relation
from yargy.relations.constructors import Relation
from yargy.token import is_morph_token

PLACE_OR_BODY = ('Geox', 'Orgn', 'Abbr')
NAME_TAGS = ('Name', 'Surn', 'Patr')
FUNCTION_WORDS = ('PREP', 'CONJ', 'PRCL', 'NPRO', 'INTJ')
# the little words inside foreign names, written in lower case and never declined: «Лула да Силва»,
# «Мухаммед бен Сальман», «Абдель Фаттах ас-Сиси», «Урсула фон дер Ляйен»
NAME_PARTICLES = frozenset({'бен', 'бин', 'ибн', 'аль', 'ас', 'ад', 'эль', 'да', 'де', 'ди', 'дос', 'фон', 'ван',
                            'дер'})


def dictionary_reading(form) -> bool:
    """The reading comes from the dictionary, not from pymorphy3's guess for an unknown word."""
    stack = getattr(form.raw, 'methods_stack', None)
    if not stack:
        return False
    return type(stack[0][0]).__name__ == 'DictionaryAnalyzer'


class known_surname(Predicate):  # noqa: N801 - named like yargy's own predicates
    """A capitalised word the dictionary itself lists as a surname («Лавров», «Путина»), and not
    also a little word («По» opens a sentence far more often than it names Edgar Poe)."""

    def __call__(self, token) -> bool:
        if not is_morph_token(token) or not token.value[:1].isupper() or len(token.value) < 3:
            return False
        if any(tag in form.grams for form in token.forms for tag in FUNCTION_WORDS):
            return False
        return any('Surn' in form.grams and dictionary_reading(form) for form in token.forms)

    def constrain(self, token):
        return token.constrained([form for form in token.forms if 'Surn' in form.grams])


class place_first(Predicate):  # noqa: N801
    """A word the dictionary reads first as a place, and as a name only as a form of another name:
    «Астане» (the city, or a form of the man's name «Астан»); «Софии» is the city and the name «София»."""

    def __call__(self, token) -> bool:
        forms = token.forms if is_morph_token(token) else ()
        if not forms or 'Geox' not in forms[0].grams or not dictionary_reading(forms[0]):
            return False
        return not any('Name' in form.grams and form.normalized == forms[0].normalized for form in forms)


class name_like(Predicate):  # noqa: N801
    """A capitalised Russian word that may be part of a name: not one the dictionary knows only as
    a place, an organisation or an abbreviation («России», «МИД»). Readings pymorphy3 guesses for an
    unknown word («Нарендра» as an abbreviation) say nothing and are not held against it."""

    def __call__(self, token) -> bool:
        if not is_morph_token(token) or not token.value[:1].isupper() or token.value.isupper():
            return False
        if any(tag in form.grams for form in token.forms for tag in NAME_TAGS):
            return True
        first = token.forms[0]
        # «Веркотерен» is no «терен» behind a prefix pymorphy3 does not know
        if not dictionary_reading(first) or not getattr(first.raw, 'is_known', True):
            return True
        # a thing the dictionary knows («Администрации», «Сторона») is not a name either; its
        # genitive plural is («Токаев» read as «токай», «Песков» as «песок»)
        thing = {'NOUN', 'inan', 'sing'} <= set(first.grams.values)
        # «губернатора Брянской области», «спикера Нижней палаты»: an adjective opens a name of a thing
        quality = 'ADJF' in first.grams
        return not (thing or quality or any(tag in first.grams for tag in PLACE_OR_BODY))


class surname_reading(name_like):  # noqa: N801
    """A surname the dictionary knows («Петрову»), or a word it does not know at all («Фургала»), read
    as a surname: it then agrees as «Петров» or «Петрова» only, not as the adjective «петров», which
    agrees with any word of a name and would let «Петрову Ивана Сергеевича» pass. A thing is none:
    «Похороны Людмилы Марковны»."""

    def __call__(self, token) -> bool:
        if not super().__call__(token):
            return False
        return any('Surn' in form.grams for form in token.forms) or not dictionary_reading(token.forms[0])

    def constrain(self, token):
        surnames = [form for form in token.forms if 'Surn' in form.grams]
        return token.constrained(surnames) if surnames else token


class short_family_name(Predicate):  # noqa: N801
    """«Си», «Ли», «Ким»: a Chinese or Korean family name of one syllable, which the dictionary knows
    as a name or as an indeclinable word only («Си» a note), not as a little word («Так», «Там»)."""

    def __call__(self, token) -> bool:
        if not is_morph_token(token) or not token.value[:1].isupper() or token.value.isupper():
            return False
        if not 2 <= len(token.value) <= 3 or not token.value.isalpha():
            return False
        if any(tag in form.grams for form in token.forms for tag in ('Name', 'Surn')):
            return True
        return all('Fixd' in form.grams or not dictionary_reading(form) for form in token.forms)


class name_first(Predicate):  # noqa: N801
    """A word the dictionary reads first as a given name: «Юрий», «Стивеном»; not «Роман», «Вера», read
    first as words."""

    def __call__(self, token) -> bool:
        if not is_morph_token(token) or not token.forms:
            return False
        return 'Name' in token.forms[0].grams and dictionary_reading(token.forms[0])


class people_noun(Predicate):  # noqa: N801
    """A word read first as a plural noun of living beings, and no name: «артистами», «женщин»; not
    «красные» (an adjective first), nor «венки» (a thing first, a living being only in a rare reading).
    With `case`, that reading is in it."""

    def __init__(self, case: str | None = None):
        self.case = case

    def __call__(self, token) -> bool:
        if not is_morph_token(token) or not token.forms:
            return False
        first = token.forms[0]
        return {'NOUN', 'anim', 'plur'} <= set(first.grams.values) and \
            not any(tag in first.grams for tag in (*NAME_TAGS, *FUNCTION_WORDS)) and \
            (self.case is None or any(self.case in form.grams and 'plur' in form.grams and 'anim' in form.grams
                                      for form in token.forms))


class given_name_part(Predicate):  # noqa: N801
    """A syllable of an East Asian given name: a capitalised word, whatever else the dictionary takes
    it for («Цзиньпин» a thing, «Чен» a place), but no adjective and no little word."""

    def __call__(self, token) -> bool:
        if not is_morph_token(token) or not token.value[:1].isupper() or token.value.isupper():
            return False
        first = token.forms[0]
        return not any(tag in first.grams for tag in ('ADJF', 'Apro', *FUNCTION_WORDS))


class name_agreement(Relation):  # noqa: N801 - named like yargy's own relations
    """Words of one name agree in case and number (and, between first name and surname, gender),
    as far as the dictionary can tell: only a dictionary reading as a name or a person binds; one
    pymorphy3 guesses for a word it does not know («Нуртлеу» as feminine), a reading as a thing
    («Токаев» as the genitive plural of «токай») and a word that does not decline bind nothing."""

    __attributes__ = ['gender']
    label = 'name_agreement'

    def __init__(self, gender: bool = True):
        super().__init__()
        self.gender = gender

    def __call__(self, form, other) -> bool:
        if not (binding(form) and binding(other)):
            return True
        if not (CASE(form, other) and NUMBER(form, other)):
            return False
        return not self.gender or same_gender(form, other)


def binding(form) -> bool:
    if 'Fixd' in form.grams or not dictionary_reading(form):
        return False
    return 'anim' in form.grams or any(tag in form.grams for tag in NAME_TAGS)


def same_gender(form, other) -> bool:
    if 'plur' in form.grams and 'plur' in other.grams:
        return True
    if 'ms-f' in form.grams or 'ms-f' in other.grams:
        return True
    genders = [next((gender for gender in ('masc', 'femn') if gender in item.grams), None) for item in (form, other)]
    return None in genders or genders[0] == genders[1]


CASE = case_relation()
NUMBER = number_relation()


ROMAN = re.compile(r'[IVXLC]+$')


def roman_digits(word: str) -> bool:
    return bool(ROMAN.match(word))


def roman_numeral():
    """«XXI» of a forum, «II» of a king: Latin capitals that read as a Roman number."""
    return and_(token_type('LATIN'), is_upper(), custom(roman_digits))
