"""The nominative of people's names (extractor/normal.py, extractor/declension.py), word by word."""

import pytest

from extractor.declension import by_ending
from extractor.morph import tokenizer
from extractor.normal import person_name, phrase_nominative


def name(text: str, case=None) -> str:
    return person_name(list(tokenizer()(text)), case)


@pytest.mark.parametrize(('text', 'case', 'expected'), [
    ('Анджеем Дудой', None, 'Анджей Дуда'),
    ('Никола Пашиняна', 'gent', 'Никол Пашинян'),
    ('Нурлан Ермекбаев', None, 'Нурлан Ермекбаев'),
    ('Василия Небензю', None, 'Василий Небензя'),
    ('Олафом Шольцем', None, 'Олаф Шольц'),
    ('Евгенией', None, 'Евгения'),
    ('Ангелой Меркель', None, 'Ангела Меркель'),
    ('Лулой да Силвой', None, 'Лула да Силва'),
    ('Луиса Инасиу Лулы да Силвы', None, 'Луис Инасиу Лула да Силва'),
    ('Абдель Фаттахом ас-Сиси', None, 'Абдель Фаттах ас-Сиси'),
    ('Мухаммедом бен Сальманом', None, 'Мухаммед бен Сальман'),
    ('Нгуен Фу Чонгом', 'ablt', 'Нгуен Фу Чонг'),
    ('Си Цзиньпином', None, 'Си Цзиньпин'),
    ('Реджепом Тайипом Эрдоганом', None, 'Реджеп Тайип Эрдоган'),
    ('Кошербаева Ермека Беделбаевича', None, 'Кошербаев Ермек Беделбаевич'),
    ('Шарлем Мишелем', None, 'Шарль Мишель'),
    ('Мердоком', None, 'Мердок'),
    ('В.В.Путин', None, 'В. В. Путин'),
    ('Касым-Жомарта Токаева', None, 'Касым-Жомарт Токаев'),
])
def test_names_of_any_origin_in_the_nominative(text, case, expected):
    assert name(text, case) == expected


@pytest.mark.parametrize(('text', 'case', 'expected'), [
    # a woman's name stays a woman's, her undeclined surname as written
    ('Анналеной Бербок', None, 'Анналена Бербок'),
    ('Марии Захаровой', None, 'Мария Захарова'),
    # the post says the case: «канцлера» is a genitive or an accusative, and so is the name
    ('Ангелу Меркель', frozenset({'gent', 'accs'}), 'Ангела Меркель'),
    # a name left undeclined after a post stays as written
    ('Нурлан Ермекбаев', 'gent', 'Нурлан Ермекбаев'),
    # capitals only, a monarch's number, an indeclinable surname
    ('ТОКАЕВА', 'gent', 'Токаев'),
    ('Альбертом II', None, 'Альберт II'),
    ('Сергея Шойгу', None, 'Сергей Шойгу'),
    ('Антониу Гутеррешем', 'ablt', 'Антониу Гутерреш'),
    # an Armenian surname in -ян has no woman's form in -яна: «Пашиняна» is a genitive
    ('Никола Пашиняна', None, 'Никол Пашинян'),
    ('Россияна Марковская', None, 'Россияна Марковская'),
    # a name the dictionary knows in the genitive is one, whatever case the post before it is in
    ('Аркадия Соболева', 'ablt', 'Аркадий Соболев'),
    # only the last part of a written word declines, and keeps its small letter
    ('Сергей Иванов-младший', None, 'Сергей Иванов-младший'),
])
def test_case_and_sex_from_the_whole_name(text, case, expected):
    assert name(text, case) == expected


@pytest.mark.parametrize(('word', 'case', 'nominative'), [
    ('Шольцем', 'ablt', 'Шольц'),
    ('Мишелем', 'ablt', 'Мишель'),
    ('Анджеем', 'ablt', 'Анджей'),
    ('Пашиняна', 'gent', 'Пашинян'),
    ('Дудой', 'ablt', 'Дуда'),
    ('Силвы', 'gent', 'Силва'),
    ('Небензю', 'accs', 'Небензя'),
    ('Кошербаевой', 'datv', 'Кошербаева'),
    ('Инасиу', 'gent', 'Инасиу'),
])
def test_declension_by_ending(word, case, nominative):
    assert nominative in {reading.nominative for reading in by_ending(word) if reading.case == case}


def test_a_woman_in_a_consonant_is_never_declined_by_ending():
    assert {reading.nominative for reading in by_ending('Бербок') if reading.gender == 'femn'} == {'Бербок'}


@pytest.mark.parametrize(('text', 'expected'), [
    ('официальным представителем МИД', 'официальный представитель МИД'),
    ('командующим войсками округа', 'командующий войсками округа'),
    ('управляющего делами администрации', 'управляющий делами администрации'),
    ('главой МИД', 'глава МИД'),
])
def test_a_post_in_the_nominative_keeps_what_its_head_governs(text, expected):
    assert phrase_nominative(list(tokenizer()(text))) == expected
