"""Runs every per-phrase case of tests/cases/*.yml and checks that every named rule has cases."""

import importlib
from datetime import date

import pytest
from cases_loader import grammar_modules, load_cases, module_rules
from yargy.rule.constructors import Rule

from extractor.describe import describe
from extractor.parse import matches
from extractor.segment import Sentence

CASES = load_cases()


def run(case):
    return matches(case.path, Sentence(0, len(case.text), case.text))


@pytest.mark.parametrize('case', [case for case in CASES if case.match], ids=lambda case: case.id)
def test_phrase_matches(case):
    expected_text = case.span or case.text
    found = [node for node in run(case) if node.text(case.text) == expected_text]
    assert found, f'{case.rule} should match «{expected_text}» in «{case.text}»; ' \
                  f'found {[node.text(case.text) for node in run(case)]}'
    node = found[0]
    anchor = date.fromisoformat(case.date) if case.date else None
    values = describe(node, case.text, anchor)
    for key, value in case.fact.items():
        assert values.get(key) == value, f'«{case.text}»: {key} is {values.get(key)!r}, expected {value!r}'
    names = [item.name for item in node.walk()]
    for name in case.trace:
        assert name in names, f'«{case.text}»: trace {names} lacks {name}'


@pytest.mark.parametrize('case', [case for case in CASES if not case.match], ids=lambda case: case.id)
def test_phrase_does_not_match(case):
    found = [node.text(case.text) for node in run(case)]
    assert not found, f'{case.rule} should not match in «{case.text}», matched {found}'


@pytest.mark.parametrize('module', grammar_modules())
def test_every_rule_is_named_and_has_cases(module):
    cases = [case for case in CASES if case.module == module]
    for name in module_rules(module):
        item = getattr(importlib.import_module(f'grammars.{module}'), name)
        if not isinstance(item, Rule):
            continue
        assert getattr(item, 'name', None) == name, f'grammars/{module}.py: {name} is not .named({name!r})'
        positive = [case for case in cases if case.rule == name and case.match]
        negative = [case for case in cases if case.rule == name and not case.match]
        assert positive and negative, \
            f'tests/cases/{module}.yml: {name} needs a phrase it matches and one it must not'


def test_no_grammar_module_assigns_a_name_twice():
    for module in grammar_modules():
        names = module_rules(module)
        twice = sorted({name for name in names if names.count(name) > 1})
        assert not twice, f'grammars/{module}.py assigns {twice} more than once'


def test_case_ids_are_unique_ascii():
    ids = [case.id for case in CASES]
    assert len(ids) == len(set(ids))
    assert all(case_id.isascii() for case_id in ids)
