"""Bounded work on hostile text: overlong sentences are read in pieces and the record says so; the
constructions that cost the parser most still finish; text in other scripts gives no events and no error."""

import pytest

from extractor import segment
from extractor.segment import MAX_SENTENCE_CHARS, sentences

VISIT = 'Министр иностранных дел России Сергей Лавров посетит Минск с рабочим визитом 12 марта 2025 года. '
WALK = 'жители гуляли по набережной и в парке до вечера '
TALKS = ('министр иностранных дел России Сергей Лавров провел переговоры с министром иностранных дел '
         'Казахстана Муратом Нуртлеу, ')


def repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size].strip()


def assert_valid(document, text):
    data = document.as_json()
    places = list(data.get('entities', ()))
    for event in data['events']:
        places += [event['trigger'], event['sentence'], *(item for items in event['args'].values() for item in items)]
    for item in places:
        assert 0 <= item['start'] <= item['end'] <= len(text)
        assert item['text'] == text[item['start']:item['end']]


def test_a_line_without_punctuation_is_cut_at_spaces_into_bounded_pieces():
    text = repeated(WALK, 50_000) + ' ' + 'ы' * 4500 + ' конец'
    parts = sentences(text)
    assert all(len(part.text) <= MAX_SENTENCE_CHARS for part in parts)
    assert {part.cut_from for part in parts} == {(0, len(text))}
    # no character is lost; a word longer than a piece is the only thing cut elsewhere than at a space
    assert ''.join(part.text for part in parts).replace(' ', '') == text.replace(' ', '')
    assert [part.text for part in parts if 'ы' in part.text] == ['ы' * 2000, 'ы' * 2000, 'ы' * 500 + ' конец']


def test_the_record_says_a_sentence_was_split(extractor):
    text = VISIT.rstrip('. ') + ' ' + repeated(WALK, 9_000)
    document = extractor.extract(text)
    assert [event.type for event in document.events] == ['visit']
    assert document.warnings == (f'sentence at 0..{len(text)} split into 5 pieces of at most 2000 characters',)
    assert document.as_json()['warnings'] == list(document.warnings)


def test_many_overlong_sentences_give_a_few_warnings_and_a_count(extractor, monkeypatch):
    monkeypatch.setattr(segment, 'MAX_SENTENCE_CHARS', 100)
    # paragraphs apart: a line that goes on the one before would be one sentence with it
    text = '\n\n'.join(repeated(WALK, 250) for _ in range(6))
    warnings = extractor.extract(text).warnings
    assert warnings == ('sentence at 0..250 split into 3 pieces of at most 100 characters',
                        'sentence at 252..502 split into 3 pieces of at most 100 characters',
                        'sentence at 504..754 split into 3 pieces of at most 100 characters',
                        '3 more sentences over 100 characters split into pieces')


# the constructions that cost the parser most (benchmarks/worst_case.py); each must finish with valid records,
# and a warning where a sentence was split (tests/test_bounds.py for the parses cut short)
HOSTILE = {
    'dense-talks': repeated(TALKS, 2_300),
    'names-list': 'Переговоры провели ' + repeated('Иванов, Петров, Сидоров, Кузнецов, ', 2_500),
    'and-chain': repeated('России и Казахстана и ', 2_500),
    'trigger-repeated': repeated('визит ', 2_500),
    'capitalised': repeated('Абвгд Еёжзи Клмно Прсту ', 2_500),
    'nested-quotes': 'подписали соглашение ' + '«' * 400 + 'Газпром' + '»' * 400,
    'nested-brackets': 'Лавров посетит ' + '(' * 600 + 'Минск' + ')' * 600,
    'dates': repeated('22 октября 2025 года, ', 2_500),
    'one-letter-words': repeated('и, ', 2_500),
}


@pytest.mark.parametrize('name', HOSTILE)
def test_the_worst_constructions_finish_with_valid_records(extractor, name):
    text = HOSTILE[name]
    document = extractor.extract(text, entities=True)
    assert_valid(document, text)
    assert any('split into' in warning for warning in document.warnings) == (len(text) > MAX_SENTENCE_CHARS)


OTHER_SCRIPTS = {
    'english': 'Foreign Minister Sergey Lavrov will visit Minsk on March 12 for talks. ' * 5,
    'chinese': '俄罗斯外长拉夫罗夫将于三月访问明斯克并举行会谈。' * 5,
    'arabic': '\u200fسيزور وزير الخارجية الروسي مينسك في مارس.\u200f ' * 5,
    'emoji': '🇷🇺🤝🇧🇾 ' * 50 + '👍🏽' * 50,
    'private-use': '\ue000\uf8ff\U000f0000 ' * 40,
}
# Russian words among control characters and marks are still read: the events are those of the words
ODD_CHARACTERS = {
    'nul-and-controls': ('Лавров\x00 посетит\x01 Минск\x1b[0m\x7f\x0b\x0c\x1c\u2028\u2029\x85', [('visit', 'посетит')]),
    'combining-marks': ('Ла\u0301вров' + '\u0301' * 300 + ' визит', [('visit', 'визит')]),
    # zero-width characters inside a word are read through (extractor/markup.py), the span the word as written
    'zero-width': ('ви\u200bзит\u200d в\u2060 Ми\ufeffнск\u2066 \u2069', [('visit', 'ви\u200bзит\u200d')]),
}


@pytest.mark.parametrize('name', OTHER_SCRIPTS)
def test_other_scripts_give_no_events_and_no_error(extractor, name):
    text = OTHER_SCRIPTS[name]
    document = extractor.extract(text, entities=True)
    assert document.events == ()
    assert_valid(document, text)


@pytest.mark.parametrize('name', ODD_CHARACTERS)
def test_odd_characters_between_words_are_read_past_with_no_error(extractor, name):
    text, events = ODD_CHARACTERS[name]
    document = extractor.extract(text, entities=True)
    assert [(event.type, event.trigger.text) for event in document.events] == events
    assert_valid(document, text)
