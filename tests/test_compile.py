"""Rules compiled together (extractor.compile) parse as yargy's own `Parser` builds each alone, and
as they do when read back from the file a process keeps them in (extractor.kept_rules)."""

import pytest
from cases_loader import load_cases
from yargy import Parser

from extractor import kept_rules
from extractor.earley import EarleyParser
from extractor.entities import ENTITY_RULE
from extractor.events import EVENT_RULES
from extractor.morph import tokenizer
from extractor.parse import best_readings, compiler, parser, process_objects, rule_at, standard_roots
from extractor.segment import Sentence, sentences
from samples import SAMPLES

ROOTS = [*EVENT_RULES.values(), ENTITY_RULE]


def phrases(root: str) -> list[Sentence]:
    """Every sentence of the samples, and the per-phrase cases of the root's module."""
    found = [sentence for sample in SAMPLES for sentence in sentences(sample.read_text(encoding='utf-8'))]
    module = root.split('.')[1]
    found += [Sentence(0, len(case.text), case.text) for case in load_cases() if case.module == module]
    return found


@pytest.fixture(scope='module')
def compiled():
    # built first, all in one compiler, as a process builds them; yargy's own builds come after
    return {root: parser(root) for root in ROOTS}


@pytest.mark.parametrize('root', ROOTS)
def test_compiled_rule_finds_what_yargy_built_rule_finds(compiled, root):
    alone = EarleyParser(Parser(rule_at(root), tokenizer=tokenizer()).rule, tokenizer=tokenizer())
    different = [sentence.text for sentence in phrases(root)
                 if best_readings(compiled[root], sentence) != best_readings(alone, sentence)]
    assert not different, different[:3]


@pytest.fixture(scope='module')
def read_back(tmp_path_factory):
    built = {root: compiler().start(rule_at(root)) for root in standard_roots()}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv('NEWS_EVENTS_CACHE', str(tmp_path_factory.mktemp('cache')))
        kept_rules.write(built, process_objects())
        return kept_rules.read(standard_roots(), process_objects())


@pytest.mark.parametrize('root', ROOTS)
def test_rule_read_back_from_disk_finds_what_the_built_rule_finds(read_back, root):
    assert read_back is not None, 'the standard rules were not saved, or not read back'
    built = EarleyParser(compiler().start(rule_at(root)), tokenizer=tokenizer())
    kept = EarleyParser(read_back[root], tokenizer=tokenizer())
    assert kept.rule is not built.rule
    different = [sentence.text for sentence in phrases(root)
                 if best_readings(kept, sentence) != best_readings(built, sentence)]
    assert not different, different[:3]


def test_a_rule_is_compiled_once():
    rule = rule_at('grammars.date.DATE')
    assert compiler().start(rule) is compiler().start(rule)
