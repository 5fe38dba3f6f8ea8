"""Token tests yargy lacks, over pymorphy3's readings of a word."""

from yargy.predicates.constructors import Predicate
from yargy.relations.constructors import Relation
from yargy.token import is_morph_token

PLACE_OR_BODY = ('Geox', 'Orgn', 'Abbr')
NAME_TAGS = ('Name', 'Surn', 'Patr')


def dictionary_reading(form) -> bool:
    """The reading comes from the dictionary, not from pymorphy3's guess for an unknown word."""
    stack = getattr(form.raw, 'methods_stack', None)
    return bool(stack) and type(stack[0][0]).__name__ == 'DictionaryAnalyzer'


class known_surname(Predicate):  # noqa: N801 - named like yargy's own predicates
    """A capitalised word the dictionary itself lists as a surname («Лавров», «Путина»)."""

    def __call__(self, token) -> bool:
        if not is_morph_token(token) or not token.value[:1].isupper():
            return False
        return any('Surn' in form.grams and dictionary_reading(form) for form in token.forms)

    def constrain(self, token):
        return token.constrained([form for form in token.forms if 'Surn' in form.grams])


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
        return not (dictionary_reading(first) and any(tag in first.grams for tag in PLACE_OR_BODY))


class name_gender_relation(Relation):  # noqa: N801 - named like yargy's own relations
    """First name and surname agree in gender, where both readings say one: pymorphy3 guesses
    a gender for a name it does not know («Нуртлеу»), and an indeclinable word has none to agree."""

    label = 'name_gender'

    def __call__(self, form, other) -> bool:
        if 'Fixd' in form.grams or 'Fixd' in other.grams:
            return True
        if not (dictionary_reading(form) and dictionary_reading(other)):
            return True
        if 'plur' in form.grams and 'plur' in other.grams:
            return True
        genders = [next((gender for gender in ('masc', 'femn') if gender in item.grams), None)
                   for item in (form, other)]
        return None in genders or 'ms-f' in form.grams or 'ms-f' in other.grams or genders[0] == genders[1]
