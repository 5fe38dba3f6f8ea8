"""The files of standard rules and trigger words (extractor.kept_rules) are read only where they were
written for the very sources and dictionary in use, a file that cannot be read whole is built again,
and old files do not pile up."""

import os
import shutil
from pathlib import Path

import pytest
from yargy.predicates import gram
from yargy.rule.bnf import BNFRule
from yargy.rule.constructors import Production

import grammars
from extractor import kept_rules
from extractor.parse import compiler, process_objects, rule_at, standard_roots, standard_starts
from extractor.triggers import as_lists, built_trigger_words, from_lists


@pytest.fixture
def key_of_sources_at():
    """The key as a process with the grammars at a given folder works it out (once, as it keeps it)."""
    def key(folder, monkeypatch) -> str:
        monkeypatch.setattr(grammars, '__file__', str(folder / '__init__.py'))
        kept_rules.sources_key.cache_clear()
        return kept_rules.sources_key(process_objects()['pymorphy3'])
    yield key
    kept_rules.sources_key.cache_clear()  # the next test's key is that of the grammars in use


def test_a_process_saves_the_rules_it_built_and_the_next_reads_them(tmp_path, monkeypatch):
    monkeypatch.setenv('NEWS_EVENTS_CACHE', str(tmp_path))
    root = standard_roots()[0]
    built = standard_starts.__wrapped__()
    assert built[root] is compiler().start(rule_at(root))
    assert kept_rules.rules_file(process_objects()).exists()
    read = standard_starts.__wrapped__()
    assert set(read) == set(standard_roots())
    assert read[root] is not built[root]


def test_an_edited_lexicon_changes_the_key(tmp_path, monkeypatch, key_of_sources_at):
    original = key_of_sources_at(Path(grammars.__path__[0]), monkeypatch)
    copy = tmp_path / 'grammars'
    shutil.copytree(grammars.__path__[0], copy)
    assert key_of_sources_at(copy, monkeypatch) == original
    lexicon = copy / 'lexicons' / 'events.yml'
    lexicon.write_text(lexicon.read_text(encoding='utf-8') + '\n# edited\n', encoding='utf-8')
    assert key_of_sources_at(copy, monkeypatch) != original


def test_a_damaged_file_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv('NEWS_EVENTS_CACHE', str(tmp_path))
    path = kept_rules.rules_file(process_objects())
    path.write_bytes(b'\x80\x05not a pickle')
    assert kept_rules.read(standard_roots(), process_objects()) is None


def test_a_file_without_every_root_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv('NEWS_EVENTS_CACHE', str(tmp_path))
    first = standard_roots()[0]
    kept_rules.write({first: standard_starts()[first]}, process_objects())
    assert kept_rules.rules_file(process_objects()).exists()
    assert kept_rules.read(standard_roots(), process_objects()) is None


def test_only_the_newest_files_are_kept(tmp_path):
    for age in range(kept_rules.FILES_KEPT + 2):
        path = tmp_path / f'rules-{age}.pickle'
        path.write_bytes(b'')
        os.utime(path, ns=(0, (100 - age) * 10**9))
    (tmp_path / 'paradigms.pickle').write_bytes(b'')
    kept_rules.prune(tmp_path, 'rules')
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        'paradigms.pickle', *(f'rules-{age}.pickle' for age in range(kept_rules.FILES_KEPT))]


def test_trigger_words_read_back_are_those_worked_out(tmp_path, monkeypatch):
    monkeypatch.setenv('NEWS_EVENTS_CACHE', str(tmp_path))
    morph = process_objects()['pymorphy3']
    worked_out = built_trigger_words()
    kept_rules.kept('triggers', built_trigger_words, morph, as_lists, from_lists)

    def not_again():
        raise AssertionError('the trigger words were worked out again')

    read = kept_rules.kept('triggers', not_again, morph, as_lists, from_lists)
    assert {kind: set(needs) for kind, needs in read.items()} == \
        {kind: set(needs) for kind, needs in worked_out.items()}


def test_rules_left_half_built_are_not_saved(tmp_path, monkeypatch):
    # what two threads building at once left: a predicate never activated, which fails every document
    # that reaches it (NotImplementedError), kept for every later run
    monkeypatch.setenv('NEWS_EVENTS_CACHE', str(tmp_path))
    broken = BNFRule([Production([gram('NOUN')])])
    kept_rules.write({**standard_starts(), standard_roots()[0]: broken}, process_objects())
    assert not kept_rules.rules_file(process_objects()).exists()
    kept_rules.write(standard_starts(), process_objects())
    assert kept_rules.rules_file(process_objects()).exists()
