"""Gazetteer word forms saved between runs: read back as written, and never needed."""

from extractor.morph import analyzer
from grammars import paradigms
from grammars.gazetteer import paradigm


def test_saved_forms_read_back_as_written(tmp_path, monkeypatch):
    monkeypatch.setenv('NEWS_EVENTS_CACHE', str(tmp_path))
    morph = analyzer().raw
    forms = {'Астана': frozenset(paradigm('Астана', morph))}
    paradigms.write(morph, forms)
    assert paradigms.read(morph) == forms
    assert 'астане' in forms['Астана']


def test_a_broken_or_missing_file_means_forms_are_worked_out_again(tmp_path, monkeypatch):
    monkeypatch.setenv('NEWS_EVENTS_CACHE', str(tmp_path))
    morph = analyzer().raw
    assert paradigms.read(morph) == {}
    paradigms.cache_path(morph).write_bytes(b'not JSON')
    assert paradigms.read(morph) == {}


def test_an_unwritable_folder_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / 'file'
    blocker.write_text('')
    monkeypatch.setenv('NEWS_EVENTS_CACHE', str(blocker / 'below'))
    paradigms.write(analyzer().raw, {'Москва': frozenset({'москва'})})
    assert paradigms.read(analyzer().raw) == {}
