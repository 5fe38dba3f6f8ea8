"""Marks that show no letter inside a word (a soft hyphen, raw or `&shy;`, a stress mark, a zero-width
joiner or space) and decomposed letters (NFD) are read through: the records are those of the clean
text, and every offset points into the text as given."""

import unicodedata

import pytest

PUTIN = 'Путин посетил Берлин.'
LAVROV = 'Лавров встретился с Блинкеном в Женеве.'
SERGEY = 'Министр иностранных дел России Сергей Лавров посетил Ереван с рабочим визитом.'
MARKED = [
    ('soft-hyphen', PUTIN, 'Путин посетил Бер\u00adлин.'),
    ('shy-entity', PUTIN, 'Путин посетил Бер&shy;лин.'),
    ('stress-mark', LAVROV, 'Лавро\u0301в встретился с Блинкеном в Женеве.'),
    ('zero-width-joiner', LAVROV, 'Лав\u200dров встретился с Блин\u200bкеном в Женеве.'),
    ('decomposed', SERGEY, unicodedata.normalize('NFD', SERGEY)),
    ('stress-and-hyphen', SERGEY, SERGEY.replace('Сергей Лавров', 'Серге\u0301й Лав\u00adров')),
]


def spans(record):
    """Every part of a record that has an offset."""
    if isinstance(record, dict):
        if 'start' in record and 'text' in record:
            yield record
        for value in record.values():
            yield from spans(value)
    elif isinstance(record, list):
        for value in record:
            yield from spans(value)


def shape(record):
    """A record without its offsets and written words: what the marks must not change."""
    if isinstance(record, dict):
        return {key: shape(value) for key, value in record.items() if key not in ('start', 'end', 'text', 'trace')}
    if isinstance(record, list):
        return [shape(value) for value in record]
    return record


@pytest.mark.parametrize('name, clean, marked', MARKED, ids=[case[0] for case in MARKED])
def test_marks_inside_words_are_read_through(extractor, name, clean, marked):
    expected = extractor.extract(clean, date='2025-10-20', entities=True).as_json()
    found = extractor.extract(marked, date='2025-10-20', entities=True).as_json()
    assert expected['events']
    assert shape(found) == shape(expected)
    for span in spans(found):
        assert span['text'] == marked[span['start']:span['end']]
    persons = [item['normal'] for item in found['entities'] if item['kind'] == 'person']
    assert persons == [item['normal'] for item in expected['entities'] if item['kind'] == 'person']
