"""The file of standard rules (extractor.kept_rules) is read only where it was written for the very
sources and dictionary in use, a file that cannot be read whole is built again, and old files do not
pile up."""

import os
import shutil

import grammars
from extractor import kept_rules
from extractor.parse import process_objects, standard_roots


def key_with_grammars_at(folder, monkeypatch) -> str:
    monkeypatch.setattr(grammars, '__file__', str(folder / '__init__.py'))
    return kept_rules.sources_key(process_objects()['pymorphy3'])


def test_an_edited_lexicon_changes_the_key(tmp_path, monkeypatch):
    original = kept_rules.sources_key(process_objects()['pymorphy3'])
    copy = tmp_path / 'grammars'
    shutil.copytree(grammars.__path__[0], copy)
    assert key_with_grammars_at(copy, monkeypatch) == original
    lexicon = copy / 'lexicons' / 'events.yml'
    lexicon.write_text(lexicon.read_text(encoding='utf-8') + '\n# edited\n', encoding='utf-8')
    assert key_with_grammars_at(copy, monkeypatch) != original


def test_a_damaged_file_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv('NEWS_EVENTS_CACHE', str(tmp_path))
    path = kept_rules.file_of(process_objects())
    path.write_bytes(b'\x80\x05not a pickle')
    assert kept_rules.read(standard_roots(), process_objects()) is None


def test_a_file_without_every_root_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv('NEWS_EVENTS_CACHE', str(tmp_path))
    kept_rules.write({'grammars.date.DATE': None}, process_objects())
    assert kept_rules.file_of(process_objects()).exists()
    assert kept_rules.read(standard_roots(), process_objects()) is None


def test_only_the_newest_files_are_kept(tmp_path):
    for age in range(kept_rules.FILES_KEPT + 2):
        path = tmp_path / f'rules-{age}.pickle'
        path.write_bytes(b'')
        os.utime(path, ns=(0, (100 - age) * 10**9))
    (tmp_path / 'paradigms.pickle').write_bytes(b'')
    kept_rules.prune(tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        'paradigms.pickle', *(f'rules-{age}.pickle' for age in range(kept_rules.FILES_KEPT))]
