"""The rules that give a trigger the arguments of its clause (extractor/attach.py, extractor/objects.py,
extractor/surnames.py): for each phrase, the exact roles of the record it makes."""

import pytest

from extractor import Extractor


def roles(text: str, event_type: str) -> list[dict[str, list[str]]]:
    """The roles of each record of `event_type`: role → the normal (else the text) of each arg."""
    return [{role: [item.get('normal') or item['text'] for item in items] for role, items in event['args'].items()}
            for event in Extractor().extract(text).as_json()['events'] if event['type'] == event_type]


CASES = [
    # SUBJECT of a verb; TO a place in the accusative
    ('Президент Армении Ашот Саркисян прибыл в Минск.', 'visit',
     [{'visitor': ['Ашот Саркисян'], 'destination': ['Минск']}]),
    # OBJECT_PLACE: the object of «посетить», a place by name or not
    ('Министр культуры Ирина Белова посетила на острове старую крепость.', 'visit',
     [{'visitor': ['Ирина Белова'], 'destination': ['старая крепость']}]),
    # IN: a site that is no country or city, where one meets
    ('Путин встретился с Токаевым в Кремле.', 'talks',
     [{'participants': ['Путин', 'Токаев'], 'place': ['Кремль']}]),
    # a site in the locative is where one arrives; the city it is in is the place where there is one
    ('Самолет министра приземлился в аэропорту Внуково-2.', 'visit',
     [{'visitor': ['министра'], 'destination': ['аэропорт Внуково-2']}]),
    ('Премьер-министр Ирана прибыл в аэропорт Минска.', 'visit',
     [{'visitor': ['Премьер-министр Ирана'], 'destination': ['Минск']}]),
    # people the text does not name, with the preposition of their role
    ('Мэр встретился с артистами театра.', 'talks', [{'participants': ['Мэр', 'артисты театра']}]),
    ('Выставку посетили 300 школьников.', 'visit', [{'visitor': ['300 школьников'], 'destination': ['выставка']}]),
    # a given name alone: the person the document names in full with it, else none
    ('Юрий Жирков вернулся в Тамбов. Юрий приезжал в Тамбов с семьёй.', 'visit',
     [{'visitor': ['Юрий Жирков'], 'destination': ['Тамбов']}]),
    ('Юрий приезжал в Тамбов с семьёй.', 'visit', [{'destination': ['Тамбов']}]),
    # of the nominatives around a verb of appointment, the named person, not a post
    ('Врио премьер-министра назначен Владимир Гройсман.', 'appointment', [{'person': ['Владимир Гройсман']}]),
    # a name in another case than the post before it is a phrase of its own
    ('Указом президента Ю.Балуевский был назначен начальником штаба.', 'appointment',
     [{'person': ['Ю. Балуевский'], 'position': ['начальник штаба']}]),
    # the subject of a verb that opens or closes a gathering takes part in it
    ('Спикер Иван Громов открыл заседание совета.', 'summit',
     [{'participants': ['совета', 'Иван Громов'], 'name': ['заседание совета']}]),
    # who replaces another is the subject; the one replaced, in the accusative, is no appointee
    ('Генерал-полковник сменил Владимира Проничева.', 'appointment', [{'person': ['Генерал-полковник']}]),
    # «его» before a verb is no subject: «him», or «his» before a noun, never «he»
    ('Иван Петров ушел в отставку. Его заменит генерал-лейтенант Александр Галкин.', 'appointment',
     [{'person': ['Александр Галкин']}]),
    # «вместо» and a genitive, past its adjectives, is the one replaced, no appointee
    ('Рауль Кастро ушел в отставку. Парламент утвердил Мигеля Диаса-Канеля председателем совета вместо '
     '86-летнего Рауля Кастро.', 'appointment', [{}]),
    # WHOM: the one named to a post, right before «которого»
    ('Президент помог Рафаилу Диваеву, которого назначили вице-премьером.', 'appointment',
     [{'person': ['Рафаил Диваев'], 'position': ['вице-премьер']}]),
    # a surname after initials, though the dictionary knows the word as an adjective
    ('А. Сельцовский, по неофициальной информации, станет советником мэра.', 'appointment',
     [{'person': ['А. Сельцовский'], 'position': ['советник мэра']}]),
    # a place in the genitive after a noun of going; the subject of the clause the noun stands in
    ('При посещении Новосибирска министр встретился со студентами.', 'visit',
     [{'visitor': ['министр'], 'destination': ['Новосибирск']}]),
    # TAKING_PART: «с участием» and a genitive, beside the body that meets
    ('Заседание совета с участием премьер-министра Ивана Громова пройдет в Омске.', 'summit',
     [{'participants': ['совета', 'Иван Громов'], 'place': ['Омск'], 'name': ['заседание совета']}]),
    # INVITED_BY: «по приглашению» and a genitive, past an aside
    ('Путин приедет, как сообщили в Кремле, по приглашению Лукашенко в Минск.', 'visit',
     [{'visitor': ['Путин'], 'inviter': ['Лукашенко'], 'destination': ['Минск']}]),
    # TO_WHOM: the other side of a call in the dative
    ('Путин позвонил Лукашенко.', 'call', [{'participants': ['Путин', 'Лукашенко']}]),
    # STATES_OF_ONE_WORD: the sides a compound beside a noun of talks names
    ('Начался второй раунд российско-японских консультаций.', 'talks', [{'participants': ['российско-японских']}]),
    # a bare surname of a person the document names in full
    ('Премьер-министр Монголии Батбаяр Цэнд прибыл в Москву. Цэнд на встрече с Путиным обсудил торговлю.',
     'talks', [{'participants': ['Путин', 'Батбаяр Цэнд'], 'topic': ['торговлю']}]),
    # the subject of the clause meets those its noun meets with; a teller of a meeting does not
    ('Песков рассказал о встрече Путина с Лукашенко.', 'talks', [{'participants': ['Путин', 'Лукашенко']}]),
    # a place in the accusative is where one goes, not where one meets
    ('Глава МИД Армении прибыл в Россию и встретится с Лавровым.', 'talks',
     [{'participants': ['Лавров', 'Глава МИД Армении']}]),
    # the words of a teller stand aside: neither the agency is the visitor nor the subject is cut off
    ('Глава МИД Литвы, как сообщает агентство ЛЕТА, прибыл в Ригу.', 'visit',
     [{'visitor': ['Глава МИД Литвы'], 'destination': ['Рига']}]),
    # a post is held by a person, not by the body the post belongs to
    ('Президент назначил начальником штаба вооруженных сил страны генерала Олега Рябова.', 'appointment',
     [{'person': ['Олег Рябов'], 'position': ['начальник штаба']}]),
    # WHO: the people right before «, который»; not the one a relative clause after the verb tells of
    ('Министром назначен Олег Сомов, который ранее занимал пост вице-мэра.', 'appointment',
     [{'person': ['Олег Сомов'], 'position': ['министр']}, {'person': ['Олег Сомов'], 'position': ['вице-мэр']}]),
    ('Мэр уволил Петра Сомова, который возглавил департамент в прошлом году.', 'appointment',
     [{'person': ['Петр Сомов'], 'organization': ['департамент']}]),
    ('На должность главы аппарата назначена Анна Сомова, которая ранее занимала пост вице-мэра.', 'appointment',
     [{'person': ['Анна Сомова'], 'position': ['глава аппарата']},
      {'person': ['Анна Сомова'], 'position': ['вице-мэр']}]),
    # a noun a verb holds shares the verb's subject with the other verbs of its clause
    ('Иван Петров прибыл в Москву и провел переговоры с министром.', 'talks',
     [{'participants': ['министром', 'Иван Петров']}]),
    # a clause opened by «где» with no subject of its own has the subject of the clause before it
    ('Иван Петров прибыл в Москву, где встретился с министром.', 'talks',
     [{'participants': ['министром', 'Иван Петров'], 'place': ['Москва']}]),
    ('Иван Петров посетил завод, где трудятся 500 человек.', 'visit',
     [{'visitor': ['Иван Петров'], 'destination': ['завод']}]),
    # one who becomes is in the nominative: not the genitive after initials («сын магната Р.Мердока»)
    ('Сын магната Р.Мердока вновь стал главой совета директоров.', 'appointment',
     [{'position': ['глава совета директоров']}]),
    ('Генерал сменит на посту Олега Сомова, который назначен министром.', 'appointment',
     [{'person': ['Генерал']}, {'person': ['Олег Сомов'], 'position': ['министр']}]),
    # another trigger between: «в Омске» is where they talk, not where the visit goes
    ('Министры в Омске обсудят подготовку визита президента.', 'visit', [{'visitor': ['президента']}]),
]


@pytest.mark.parametrize(('text', 'event_type', 'expected'), CASES, ids=[case[0][:40] for case in CASES])
def test_a_clause_gives_its_trigger_these_arguments(text, event_type, expected):
    assert roles(text, event_type) == expected


def test_a_compound_of_two_states_stands_for_both():
    event = Extractor().extract('Начался второй раунд российско-японских консультаций.').as_json()['events'][0]
    sides = event['args']['participants'][0]
    assert (sides['kind'], sides['members'], sides['rule']) == ('country', ['Россия', 'Япония'], 'STATES_OF_ONE_WORD')
    assert (event['scope'], event['scope_rule']) == ('diplomatic', 'TWO_STATES')
