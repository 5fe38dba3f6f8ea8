"""Token tests yargy lacks, over pymorphy3's readings of a word."""

from yargy.predicates.constructors import Predicate
from yargy.token import is_morph_token

PLACE_OR_BODY = ('Geox', 'Orgn', 'Abbr')


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
    """A capitalised Russian word that may be part of a name: its first reading is not a place,
    an organisation or an abbreviation («России», «МИД» are not names)."""

    def __call__(self, token) -> bool:
        if not is_morph_token(token) or not token.value[:1].isupper() or token.value.isupper():
            return False
        return not any(tag in token.forms[0].grams for tag in PLACE_OR_BODY)
