"""Lexicons load once each, and a word listed twice is an error that names file and sections."""

import pytest

from grammars import lexicon


def test_every_lexicon_loads_without_duplicates():
    for path in sorted(lexicon.LEXICON_DIR.glob('*.yml')):
        assert lexicon.load(path.stem)


def test_word_listed_twice_names_file_and_sections(tmp_path, monkeypatch):
    (tmp_path / 'toy.yml').write_text(
        'countries:\n  - name: Китай\n    aliases: [КНР]\ncities:\n  - name: китай\n', encoding='utf-8')
    monkeypatch.setattr(lexicon, 'LEXICON_DIR', tmp_path)
    lexicon.load.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError) as error:
            lexicon.load('toy')
    finally:
        lexicon.load.cache_clear()
    assert str(error.value) == "grammars/lexicons/toy.yml: 'китай' listed twice (countries, cities)"


def test_yo_and_ye_spellings_are_one_word(tmp_path, monkeypatch):
    (tmp_path / 'toy.yml').write_text('titles: [актёр, актер]\n', encoding='utf-8')
    monkeypatch.setattr(lexicon, 'LEXICON_DIR', tmp_path)
    lexicon.load.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match="'актер' listed twice"):
            lexicon.load('toy')
    finally:
        lexicon.load.cache_clear()


def test_missing_lexicon_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, 'LEXICON_DIR', tmp_path)
    lexicon.load.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match='grammars/lexicons/absent.yml: cannot read'):
            lexicon.load('absent')
    finally:
        lexicon.load.cache_clear()
