"""Lexicons load once each, and a word listed twice is an error that names file and sections."""

import pytest

from grammars import lexicon


@pytest.fixture
def toy(tmp_path, monkeypatch):
    """A lexicon folder and a cache of the test's own: writes `toy.yml` and loads it afresh."""
    monkeypatch.setattr(lexicon, 'LEXICON_DIR', tmp_path)
    monkeypatch.setenv('NEWS_EVENTS_CACHE', str(tmp_path / 'cache'))
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


def test_a_lexicon_edited_is_read_afresh(toy):
    assert toy('titles: [посол]\n') == {'titles': ['посол']}
    lexicon.load.cache_clear()
    assert toy('titles: [консул]\n') == {'titles': ['консул']}


def test_a_lexicon_is_read_back_as_parsed_and_a_broken_copy_is_parsed_again(toy, tmp_path):
    assert toy('titles: [посол]\n') == {'titles': ['посол']}
    [kept] = (tmp_path / 'cache').glob('lexicon-toy-*.json')
    lexicon.load.cache_clear()
    assert toy(None) == {'titles': ['посол']}
    kept.write_bytes(b'not JSON')
    lexicon.load.cache_clear()
    assert toy(None) == {'titles': ['посол']}


def test_a_lexicon_with_a_word_twice_is_not_kept(toy, tmp_path):
    with pytest.raises(lexicon.LexiconError):
        toy('titles: [посол, посол]\n')
    assert not list((tmp_path / 'cache').glob('lexicon-toy-*'))
