"""Running grammars: parsers built once per process, one sentence at a time."""

from __future__ import annotations

import importlib
from functools import cache

from yargy import Parser

from extractor.morph import tokenizer
from extractor.segment import Sentence
from extractor.trace import Node, named_tree


class RuleNotFound(LookupError):
    """A rule path that names no yargy rule."""


def rule_at(path: str):
    """The rule a dotted path names: `grammars.person.PERSON`, or `person.PERSON` for short."""
    module_name, _, rule_name = path.rpartition('.')
    if not module_name:
        raise RuleNotFound(f'{path!r}: give module and rule, like grammars.person.PERSON')
    if not module_name.startswith('grammars.'):
        module_name = f'grammars.{module_name}'
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:
        raise RuleNotFound(f'{path!r}: no grammar module {module_name}') from None
    found = getattr(module, rule_name, None)
    if found is None or not hasattr(found, 'activate'):
        raise RuleNotFound(f'{path!r}: {module_name} has no rule {rule_name}')
    return found


@cache
def parser(path: str) -> Parser:
    return Parser(rule_at(path), tokenizer=tokenizer())


def matches(path: str, sentence: Sentence) -> list[Node]:
    """The non-overlapping matches of a rule in a sentence, as named trees in document offsets."""
    return [named_tree(match, sentence.start) for match in parser(path).findall(sentence.text)]
