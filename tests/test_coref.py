"""The fullest name a document gives a person, for its shorter namings (extractor/coref.py), and the names a
text gives without a grammar (extractor/names.py)."""

import pytest

from extractor.coref import full_names, with_full_names
from extractor.names import names_in_text
from extractor.records import Arg


def people(*normals: str) -> list[Arg]:
    return [Arg(start=index * 10, end=index * 10 + 5, text=normal, kind='person', normal=normal)
            for index, normal in enumerate(normals)]


def test_bare_surname_takes_the_name_with_most_words():
    names = full_names(people('Владимир Путин', 'Владимир Владимирович Путин', 'Путин'))
    assert names['путин'] == 'Владимир Владимирович Путин'
    assert names['владимир путин'] == 'Владимир Владимирович Путин'


def test_initials_tie_to_the_written_out_name():
    names = full_names(people('В. В. Путин', 'Владимир Путин'))
    assert names['в. в. путин'] == 'Владимир Путин'
    assert names['путин'] == 'Владимир Путин'
    assert full_names(people('Д. Петреус', 'Дэвид Петреус'))['д. петреус'] == 'Дэвид Петреус'


def test_surname_first_keeps_the_order_of_the_text():
    names = full_names(people('Ермек Кошербаев', 'Кошербаев Ермек Беделбаевич', 'Кошербаев'))
    assert names['кошербаев'] == 'Кошербаев Ермек Беделбаевич'
    assert names['ермек кошербаев'] == 'Кошербаев Ермек Беделбаевич'


def test_a_surname_the_dictionary_does_not_know_read_in_another_case_is_the_one_written_without_ending():
    names = full_names(people('Иржи Руснок', 'Иржи Руснока', 'Л. Фокса', 'Лайам Фокс'))
    assert names['иржи руснока'] == 'Иржи Руснок'
    assert names['л. фокса'] == 'Лайам Фокс'


def test_the_first_part_of_a_surname_joined_by_a_particle_is_hers():
    names = full_names(people('Кристина Фернандес де Киршнер', 'Фернандес', 'Кристина Фернандес'))
    assert names['фернандес'] == names['кристина фернандес'] == 'Кристина Фернандес де Киршнер'


def test_a_woman_of_the_same_surname_is_not_its_other_case():
    names = full_names(people('Владислав Сурков', 'Суркова Зоя Антоновна', 'Сурков'))
    assert names['сурков'] == 'Владислав Сурков'
    assert 'суркова зоя антоновна' not in names


def test_two_people_of_one_surname_are_not_tied():
    names = full_names(people('Сергей Иванов', 'Виктор Иванов', 'Иванов', 'С. Иванов'))
    assert 'иванов' not in names
    assert names['с. иванов'] == 'Сергей Иванов'
    assert 'сергей иванов' not in names and 'виктор иванов' not in names


def test_initials_of_another_person_are_not_tied():
    names = full_names(people('Владимир Путин', 'Л. Путин'))
    assert 'л. путин' not in names
    assert 'путин' not in names


def test_with_full_names_replaces_shorter_namings_only_of_people():
    args = people('В. В. Путин', 'Владимир Владимирович Путин', 'Путин')
    args.append(Arg(start=50, end=55, text='Путин', kind='city', normal='Путин'))
    assert [item.normal for item in with_full_names(args)] == [
        'Владимир Владимирович Путин', 'Владимир Владимирович Путин', 'Владимир Владимирович Путин', 'Путин']


def test_a_long_foreign_name_ties_from_its_last_words():
    names = full_names(people('Лула да Силва', 'Луис Инасиу Лула да Силва'))
    assert names['лула да силва'] == 'Луис Инасиу Лула да Силва'


def test_a_first_name_is_no_part_of_a_surname():
    # a word before a full name (a misread «президентом Израиля Шимон Перес») makes no fuller name
    names = full_names(people('Шимон Перес', 'Израиля Шимон Перес', 'Перес'))
    assert 'перес' not in names and 'шимон перес' not in names


def test_of_two_as_full_the_given_names_first():
    names = full_names(people('Сурков Владислав Юрьевич', 'Владислав Юрьевич Сурков', 'Сурков'))
    assert names['сурков'] == 'Владислав Юрьевич Сурков'


@pytest.mark.parametrize(('text', 'expected'), [
    ('Губернатор Аркадий Соболев родился в Туле.', ['Аркадий Соболев']),
    ('Указ подписал В.В.Путин, а не Владимир Владимирович Путин.', ['В. В. Путин', 'Владимир Владимирович Путин']),
    ('Встреча Бориса Березовского и Хасана Рухани.', ['Борис Березовский', 'Хасан Рухани']),
    ('Кошербаева Ермека Беделбаевича назначили послом.', ['Кошербаев Ермек Беделбаевич']),
    ('Речь Луиса Инасиу Лулы да Силвы.', ['Луис Инасиу Лула да Силва']),
    ('Президент России выступил в Москве.', []),
    ('Дмитрий Медведев, Путин и Москва.', ['Дмитрий Медведев']),
    # a surname declined as an adjective, though the dictionary knows it as one
    ('Встреча с Андреем Сельцовским.', ['Андрей Сельцовский']),
    ('Московский университет и Красная площадь.', []),
])
def test_names_in_text(text, expected):
    assert [item.normal for item in names_in_text(text)] == expected, text


def test_an_unknown_first_name_before_a_known_surname():
    text = 'Поздравил Мигеля Диас-Канеля с избранием.'
    assert [item.normal for item in names_in_text(text)] == []
    assert [item.normal for item in names_in_text(text, frozenset({'диас-канель'}))] == ['Мигель Диас-Канель']
