"""Gazetteer rules: a lexicon's multi-word names matched in any inflected form, with their written case.

yargy's `morph_pipeline` compares normal forms, so any word that shares one with a listed name
matches it («Мало» the city Мале, both read as forms of «малый»). Here each listed word stands for
the forms of its own paradigm (pymorphy3's lexeme of the reading that fits the list: a place, a name
or a noun first), a word listed capitalised matches only a capitalised token, and an abbreviation
(«РФ», «США») only itself; an index of first words keeps prediction cheap.
"""

from __future__ import annotations

from copy import copy
from functools import cache

from yargy.pipelines import (
    Key,
    MorphPipeline,
    MorphPipelineBNFRule,
    MorphPipelineScheme,
    PipelineProduction,
)
from yargy.predicates.bank import DictionaryPredicate
from yargy.rule.constructors import PipelineRule
from yargy.tokenizer import Tokenizer

from grammars import paradigms

LOWER, TITLE, ABBREVIATION = 'lower', 'title', 'abbreviation'


@cache
def shape(word: str) -> str:
    letters = [char for char in word if char.isalpha()]
    if len(letters) > 1 and all(char.isupper() for char in letters):
        return ABBREVIATION
    if letters and letters[0].isupper():
        return TITLE
    return LOWER


PROPER = frozenset({'Geox', 'Name', 'Surn', 'Orgn'})


def fold(word: str) -> str:
    return word.lower().replace('ё', 'е')


def word_forms(word: str, morph) -> frozenset[str]:
    """The written forms a listed word stands for, folded; worked out once per word (and saved for
    the next process, see `grammars.paradigms`) and shared by every gazetteer and parser that lists it."""
    if not FORMS.loaded:
        FORMS.update(paradigms.read(morph))
        FORMS.loaded = True
    found = FORMS.get(word)
    if found is None:
        found = FORMS[word] = frozenset(paradigm(word, morph))
        FORMS.added = True
    return found


def save_word_forms(morph) -> None:
    """Save the forms worked out in this process, if there are new ones."""
    if FORMS.added:
        paradigms.write(morph, dict(FORMS))
        FORMS.added = False


class Forms(dict):
    loaded = False
    added = False


# the project's one analyzer (extractor.morph) is the only one that expands lexicon words
FORMS = Forms()


def paradigm(word: str, morph) -> set[str]:
    if shape(word) == ABBREVIATION or not any(char.isalpha() for char in word):
        return {word}
    parses = morph.parse(word)
    proper = [parse for parse in parses if PROPER & parse.tag.grammemes] if shape(word) == TITLE else []
    # words are listed in their normal form: «вести» is the verb, not a plural of «весть»
    own = [parse for parse in parses if fold(parse.normal_form) == fold(word)] or parses
    chosen = proper or [parse for parse in own if parse.tag.POS in ('NOUN', 'ADJF', 'PRTF')] or own
    return {fold(form.word) for parse in chosen for form in parse.lexeme} | {fold(word)}


class CasedWord(DictionaryPredicate):
    """A token that is one of the forms in `value` and whose letter case fits the listed word."""

    def __init__(self, value, written: str, strict: bool = False):
        super().__init__(value)
        self.written = written
        self.shape = shape(written)
        self.strict = strict

    def __call__(self, token) -> bool:
        if self.shape == ABBREVIATION:
            return token.value == self.written
        if self.shape == TITLE and not token.value[:1].isupper():
            return False
        if self.strict and not plainly_geographic(token):
            return False
        return fold(token.value) in self.value

    @property
    def label(self) -> str:
        return repr(self.written)


class CasedPipelineBNFRule(MorphPipelineBNFRule):
    abbr = 'gazetteer'

    def build_index(self, productions):
        """yargy's index, with the lines that open with the same word (the same set of forms: «министр
        обороны», «министр финансов») added under each form at once, and sharing one tuple of them:
        a list for each form made tens of thousands of objects for every process to read back and
        for the garbage collector to walk."""
        groups: dict[int, tuple] = {}
        for production in productions:
            forms = production.terms[0].value
            groups.setdefault(id(forms), (forms, []))[1].append(production)
        index: dict[str, tuple] = {}
        for forms, group in groups.values():
            lines = tuple(group)
            for value in forms:
                found = index.get(value)
                index[value] = lines if found is None else found + lines
        return index

    def predict(self, token):
        yield from self.index.get(fold(token.value), ())
        yield from self.index.get(token.value, ())  # abbreviations are indexed as written

    def opens(self, token) -> bool:
        """Whether a line begins with the token's word, as `predict` would find (no word is indexed with no
        line): the parser's first-word test, put to every new word of a sentence, without a generator."""
        return fold(token.value) in self.index or token.value in self.index


def plainly_geographic(token) -> bool:
    """A place name that is also a common word or a person's name («Того», «Курган», «Киров»)
    counts only where the dictionary's first reading is the place and no reading is a name."""
    forms = getattr(token, 'forms', None)
    if not forms or 'Geox' not in forms[0].grams:
        return False
    return not any(tag in form.grams for form in forms for tag in ('Name', 'Surn', 'Patr'))


class CasedPipeline(MorphPipeline):
    bnf = CasedPipelineBNFRule

    @property
    def as_bnf(self):
        """The gazetteer's rule, its productions and index built once for every parser that uses it;
        each parser gets a copy of its own to name."""
        built = self.__dict__.get('built')
        if built is None:
            built = self.built = self.bnf(self.productions)
        return copy(built)

    @property
    def productions(self):
        for key in self.keys:
            strict = key.value in self.strict
            terms = [CasedWord(normals, written, strict) for normals, written in key.terms]
            yield PipelineProduction(key.value, terms)


class CasedPipelineScheme(MorphPipelineScheme):
    pipeline = CasedPipeline
    label = '[gazetteer]'

    def __init__(self, lines, strict=()):
        super().__init__(lines)
        self.strict = frozenset(strict)
        self.activated: dict[int, CasedPipeline] = {}

    def activate(self, context):
        """Each word of the list read once per tokenizer, whatever number of parsers use the list."""
        pipeline = self.activated.get(id(context.tokenizer))
        if pipeline is None:
            pipeline = self.activated[id(context.tokenizer)] = super().activate(context)
            pipeline.strict = self.strict
        return pipeline

    def get_key(self, line, tokenizer):
        # the words of a line as the tokenizer cuts them, without analysing each (its `split` would)
        parts = [token.value for token in Tokenizer.__call__(tokenizer, line)]
        return Key(line, [(word_forms(part, tokenizer.morph.raw), part) for part in parts])


def gazetteer(lines, strict=()) -> PipelineRule:
    """A rule matching any of `lines` (lexicon names, nominative) in any inflected form; the
    `strict` ones only where the word plainly names a place."""
    strict = set(strict)
    return PipelineRule(CasedPipelineScheme(sorted(set(lines) | strict), strict))
