"""The one morphological analyzer: pymorphy3 behind yargy's interface, with a word cache.

yargy 0.16 builds a pymorphy2 analyzer by default; every parser of the project gets this
tokenizer instead, so all grammars share one pymorphy3 dictionary and one cache.
"""

from functools import lru_cache

import pymorphy3
from yargy.morph import MorphAnalyzer
from yargy.tokenizer import RULES, MorphTokenizer, TokenRule

# Twice yargy's own 10,000 words: a word's readings take some kilobytes, and the frequent words of
# news fit; with every word of a corpus kept, a process outgrows 150 MB (benchmarks/speed.py).
WORD_CACHE_SIZE = 20_000


class CachedPymorphy3(MorphAnalyzer):
    """yargy's analyzer interface over pymorphy3; one parse per distinct word form."""

    def __init__(self) -> None:
        super().__init__(raw=pymorphy3.MorphAnalyzer())
        self.forms = lru_cache(WORD_CACHE_SIZE)(super().__call__)

    def __call__(self, word):
        return self.forms(word)


@lru_cache(maxsize=1)
def analyzer() -> CachedPymorphy3:
    return CachedPymorphy3()


# A dash with spaces round it joins phrases («заместитель премьер-министра – министр»); a hyphen
# inside a word («премьер-министр») does not. Grammars tell them apart by this token type.
DASH = TokenRule('DASH', r'(?<=\s)[-–—](?=\s)|[–—]')


@lru_cache(maxsize=1)
def tokenizer() -> MorphTokenizer:
    """The project's tokenizer: build a yargy Parser with it (`Parser(rule, tokenizer=tokenizer())`)."""
    return MorphTokenizer(rules=[DASH, *RULES], morph=analyzer())


def listed(parse) -> bool:
    """pymorphy3's `Parse.is_known`: the dictionary lists the word itself, not only words it may be a form
    of by its ending; False for no parse. Asked once per word: pymorphy3 searches its dictionary on every
    asking, and the readings of names ask it of the same words again and again."""
    return parse is not None and listed_word(parse.word)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def listed_word(word: str) -> bool:
    morph = analyzer().raw
    return morph.dictionary.word_is_known(word=word, substitutes_compiled=morph.char_substitutes)
