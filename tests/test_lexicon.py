"""Lexicons load once each, and a word listed twice is an error that names file and sections."""

import pytest

from grammars import lexicon


@pytest.fixture
def toy(tmp_path, monkeypatch):
    """A lexicon folder of the test's own: writes `toy.yml` and loads it afresh."""
    monkeypatch.setattr(lexicon, 'LEXICON_DIR', tmp_path)
    lexicon.load.cache_clear()

    def load(content: str | None, name: str = 'toy'):
        if content is not None:
            (tmp_path / f'{name}.yml').write_text(content, encoding='utf-8')
        return lexicon.load(name)

    yield load
    lexicon.load.cache_clear()


def test_every_lexicon_loads_without_duplicates():
    for path in sorted(lexicon.LEXICON_DIR.glob('*.yml')):
        assert lexicon.load(path.stem)


def test_word_listed_twice_names_file_and_sections(toy):
    with pytest.raises(lexicon.LexiconError) as error:
        toy('countries:\n  - name: Китай\n    aliases: [КНР]\ncities:\n  - name: китай\n')
    assert str(error.value) == "grammars/lexicons/toy.yml: 'китай' listed twice (countries, cities)"


def test_yo_and_ye_spellings_are_one_word(toy):
    with pytest.raises(lexicon.LexiconError, match="'актер' listed twice"):
        toy('titles: [актёр, актер]\n')


def test_missing_lexicon_is_a_clear_error(toy):
    with pytest.raises(lexicon.LexiconError, match='grammars/lexicons/absent.yml: cannot read'):
        toy(None, name='absent')
