"""Gazetteer rules: a lexicon's multi-word names matched in any case form, with their written case.

yargy's `morph_pipeline` compares normal forms only, so «того» would be the country Того and
«мир» a country too. Here a word listed capitalised matches only a capitalised token, and an
abbreviation («РФ», «США») only itself, while the index of first words keeps prediction cheap.
"""

from __future__ import annotations

from yargy.pipelines import (
    Key,
    MorphPipeline,
    MorphPipelineBNFRule,
    MorphPipelineScheme,
    PipelineProduction,
)
from yargy.predicates.bank import DictionaryPredicate
from yargy.rule.constructors import PipelineRule
from yargy.token import is_morph_token

LOWER, TITLE, ABBREVIATION = 'lower', 'title', 'abbreviation'


def shape(word: str) -> str:
    letters = [char for char in word if char.isalpha()]
    if len(letters) > 1 and all(char.isupper() for char in letters):
        return ABBREVIATION
    if letters and letters[0].isupper():
        return TITLE
    return LOWER


class CasedWord(DictionaryPredicate):
    """A token whose normal form is among `value` and whose letter case fits the listed word."""

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
        return super().__call__(token)

    @property
    def label(self) -> str:
        return repr(self.written)


class CasedPipelineBNFRule(MorphPipelineBNFRule):
    abbr = 'gazetteer'

    def predict(self, token):
        if is_morph_token(token):
            values = {form.normalized for form in token.forms}
        else:
            values = {token.value.lower()}
        values.add(token.value)  # abbreviations are indexed as written
        for value in values:
            yield from self.index.get(value, ())


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

    def activate(self, context):
        pipeline = super().activate(context)
        pipeline.strict = self.strict
        return pipeline

    def get_key(self, line, tokenizer):
        terms = []
        for part in tokenizer.split(line):
            normals = {part} if shape(part) == ABBREVIATION else tokenizer.morph.normalized(part) | {part.lower()}
            terms.append((normals, part))
        return Key(line, terms)


def gazetteer(lines, strict=()) -> PipelineRule:
    """A rule matching any of `lines` (lexicon names, nominative) in any inflected form; the
    `strict` ones only where the word plainly names a place."""
    strict = set(strict)
    return PipelineRule(CasedPipelineScheme(sorted(set(lines) | strict), strict))


def matched_line(node) -> str | None:
    """The lexicon line a gazetteer node matched (its production's key), or None for other nodes."""
    production = getattr(node, 'production', None)
    return getattr(production, 'value', None)
