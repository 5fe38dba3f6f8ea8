"""When an event happens and whether it is over: the date its sentence gives, the modality its record's
mentions give, and the mentions a date keeps apart (extractor/attach.py, events.py, merge.py)."""

from datetime import date
from types import SimpleNamespace

import pytest

from extractor.events import record_modality
from extractor.merge import Draft


def brief(extractor, text: str, event_type: str) -> list[tuple]:
    """Each record of `event_type`: its modality, its date's words and interval, its triggers."""
    return [(event['modality'], (event['date'] or {}).get('text'), (event['date'] or {}).get('from'),
             (event['date'] or {}).get('to'), [mention['trigger']['text'] for mention in event['mentions']])
            for event in extractor.extract(text).as_json()['events'] if event['type'] == event_type]


CASES = [
    # WHEN_IN_SENTENCE: the date of the clause that tells of a done event is its date
    ('Пресс-служба сообщила 12 мая 2021 года, что министерство возглавил Олег Сомов.', 'appointment',
     [('done', '12 мая 2021 года', '2021-05-12', '2021-05-12', ['возглавил'])]),
    # a telling does not date what is yet to come
    ('Глава ведомства в начале марта 2022 года рассказал, что визит в Пекин готовится.', 'visit',
     [('planned', None, None, None, ['визит'])]),
    # a verb of planning does not take the date from the event it plans
    ('В пятницу, 16 июня 2023 года, запланирована встреча министров в Бресте.', 'talks',
     [('planned', 'пятницу, 16 июня 2023 года', '2023-06-16', '2023-06-16', ['встреча'])]),
    # a relative clause dates the noun it tells of
    ('Визит, который продлится с 8 по 9 июля 2024 года, станет первым.', 'visit',
     [('planned', '8 по 9 июля 2024 года', '2024-07-08', '2024-07-09', ['Визит'])]),
    # a date right after what an act is about dates that; the one before the trigger dates the signing
    ('Во вторник, 3 мая 2022 года, глава государства подписал закон о выборах в сентябре 2022 года.', 'signing',
     [('done', 'вторник, 3 мая 2022 года', '2022-05-03', '2022-05-03', ['подписал'])]),
    # a year of birth, and a date of a participle's phrase after a comma, date no event
    ('Заседание открыл старейший депутат (1924 года рождения) Владимир Долгих.', 'summit',
     [('done', None, None, None, ['Заседание'])]),
    ('Сейчас ведутся переговоры о покупке акций у наследников основателя компании, умершего в сентябре 2017 года.',
     'talks', [('ongoing', None, None, None, ['переговоры'])]),
    # a beginning yet to come is to come
    ('date 2005-11-15\n\nОфициальный визит президента в Японию начнется 20 ноября 2005 г.', 'visit',
     [('planned', '20 ноября 2005 г.', '2005-11-20', '2005-11-20', ['Официальный визит'])]),
    # with its preposition, a span of years before the trigger is one date
    ('В 2008—2009 годах он занимал пост министра финансов.', 'appointment',
     [('done', '2008—2009 годах', '2008-01-01', '2009-12-31', ['занимал'])]),
    ('В 2001—2004 гг. он занимал пост министра финансов.', 'appointment',
     [('done', '2001—2004 гг.', '2001-01-01', '2004-12-31', ['занимал'])]),
]


@pytest.mark.parametrize(('text', 'event_type', 'expected'), CASES, ids=[case[0][:40] for case in CASES])
def test_an_event_takes_the_date_its_sentence_gives_it(extractor, text, event_type, expected):
    assert brief(extractor, text, event_type) == expected


NEWS = 'date 2024-07-08\n\n'


def test_after_an_arrival_told_of_as_done_the_visit_goes_on(extractor):
    text = NEWS + 'Премьер Индии прибыл в Москву. Программа визита насыщенная. В ходе визита пройдут переговоры.'
    assert brief(extractor, text, 'visit') == [
        ('ongoing', None, '2024-07-08', '2024-07-08', ['прибыл', 'визита', 'визита'])]


def test_a_visit_told_of_as_over_is_done(extractor):
    text = NEWS + 'Премьер Индии прибыл в Москву. Визит премьера Индии подошёл к концу.'
    assert [record[0] for record in brief(extractor, text, 'visit')] == ['done']


def test_a_trip_years_ago_is_not_the_visit_going_on(extractor):
    text = NEWS + ('Премьер Индии прибыл в Москву. Прошлый раз премьер был в России в 2019 году, когда приезжал '
                   'во Владивосток. В ходе визита пройдут переговоры.')
    assert brief(extractor, text, 'visit') == [
        ('ongoing', None, '2024-07-08', '2024-07-08', ['прибыл', 'визита']),
        ('done', '2019 году', '2019-01-01', '2019-12-31', ['приезжал'])]


@pytest.mark.parametrize(('text', 'event_type'), [
    ('Губернатор отказался от предложения занять пост министра.', 'appointment'),
    ('Бывшему мэру запрещено занимать государственные должности.', 'appointment'),
])
def test_a_word_that_denies_an_infinitive_denies_the_event(extractor, text, event_type):
    assert [record[0] for record in brief(extractor, text, event_type)] == ['negated']


def test_a_verb_that_denies_something_else_leaves_the_event_as_it_is(extractor):
    text = 'После встречи депутаты опровергли слухи об отставке.'
    assert [record[0] for record in brief(extractor, text, 'talks')] == ['done']


def test_a_date_in_a_relative_clause_of_another_word_is_not_the_event_s(extractor):
    text = 'Начало прений, которые продлятся до 3 октября 2015 года, объявил председатель 70-й сессии ГА.'
    assert [record[1] for record in brief(extractor, text, 'summit')] == [None]


def test_a_decree_that_orders_by_an_infinitive_has_done_it(extractor):
    text = 'date 2025-09-26\n\n2. Назначить Орлова Игоря Петровича послом в Чили.'
    assert brief(extractor, text, 'appointment') == [('done', None, '2025-09-26', '2025-09-26', ['Назначить'])]


DATED = [
    # the day a document was signed dates no other event
    ('Стороны обсудят выполнение Соглашения от 29 мая 2015 года.', 'talks', None),
    # an invitation's date is not the visit's
    ('В январе 2025 года президент получил приглашение посетить Россию.', 'visit', None),
    # a verb of beginning lends the date to its infinitive
    ('В 2010 году министр стал встречаться с избирателями.', 'talks', '2010 году'),
    # a trigger of a relative clause, a participle's phrase or brackets takes no date from another clause
    ('В 2006 году вслед за Петровым, который тогда занимал пост замминистра, перешел в Минюст.', 'appointment',
     None),
]


@pytest.mark.parametrize(('text', 'event_type', 'expected'), DATED, ids=[case[0][:40] for case in DATED])
def test_whose_date_a_date_is(extractor, text, event_type, expected):
    assert [record[1] for record in brief(extractor, text, event_type)] == [expected]


def test_a_post_held_told_of_in_brackets_is_not_dated_by_the_sentence(extractor):
    text = 'В 1987 году возглавил отдел Центра (Центр возглавлял Михаил Ходорковский).'
    assert [record[1] for record in brief(extractor, text, 'appointment')] == ['1987 году', None]


def test_two_days_of_two_months_are_two_appointments_with_no_year_to_anchor_them(extractor):
    text = 'В декабре Петров был назначен советником. 14 октября Петров назначен снова.'
    assert [record[1] for record in brief(extractor, text, 'appointment')] == ['декабре', '14 октября']


def test_holding_a_post_is_not_taking_it(extractor):
    text = 'Мердок стал главой совета директоров. Мердок занимает должность главы совета директоров.'
    assert [record[0] for record in brief(extractor, text, 'appointment')] == ['done', 'ongoing']


AFTER = [
    ('По итогам встречи премьер анонсировал возобновление авиасообщения.', 'talks', 'done'),
    ('По итогам переговоров предусмотрено подписание ряда документов.', 'talks', 'planned'),
    ('После визита в Москву президент направится в Пекин.', 'visit', 'planned'),
]


@pytest.mark.parametrize(('text', 'event_type', 'expected'), AFTER, ids=[case[0][:40] for case in AFTER])
def test_what_came_before_a_plan_told_of_in_the_past_is_over(extractor, text, event_type, expected):
    assert [record[0] for record in brief(extractor, text, event_type)] == [expected]


def test_what_goes_on_on_the_news_day_is_going_on(extractor):
    text = ('date 2016-10-14\n\nВ Ереване 14 октября проходит сессия ОДКБ. В рамках сессии министры провели '
            'встречу. Во время сессии состоялось заседание совета.')
    assert [record[0] for record in brief(extractor, text, 'summit')] == ['ongoing', 'done']


def test_a_record_takes_the_date_that_says_most(extractor):
    text = ('date 2015-04-06\n\nВьетнам подпишет соглашение с ЕАЭС в 2015 году. Вьетнам рассчитывает подписать '
            'соглашение с ЕАЭС в первом полугодии текущего года.')
    assert [record[1:4] for record in brief(extractor, text, 'signing')] == [
        ('первом полугодии текущего года', '2015-01-01', '2015-06-30')]


def test_a_month_s_adjective_dates_a_summit(extractor):
    text = 'date 2021-09-30\n\nСША выполнили обязательства июньского саммита в Женеве.'
    assert [record[1:4] for record in brief(extractor, text, 'summit')] == [('июньского', '2021-06-01', '2021-06-30')]


def test_a_decree_an_event_is_done_by_dates_it(extractor):
    text = 'Чуркин был назначен постпредом при ООН указом президента от 8 апреля 2006 года.'
    assert [record[1:3] for record in brief(extractor, text, 'appointment')] == [('8 апреля 2006 года', '2006-04-08')]


def test_a_day_no_year_anchors_says_less_than_the_year_a_post_was_held_from(extractor):
    text = '3 марта Сомов занимал должность заместителя мэра. С 2004 года Сомов занимал должность заместителя мэра.'
    assert [record[1:4] for record in brief(extractor, text, 'appointment')] == [('2004 года', '2004-01-01', None)]


STORY = [
    # «в следующем году» told of as done follows the year the text named last
    ('date 2026-12-07\n\nВ 1995 году Сомова основала фонд. В следующем году стала редактором журнала.', 'appointment',
     [('done', 'следующем году', '1996-01-01', '1996-12-31', ['стала'])]),
    # what is yet to come counts from the news day
    ('date 2026-12-07\n\nВ 2024 году саммит прошел в Казани. В следующем году саммит пройдет в Бразилии.', 'summit',
     [('done', '2024 году', '2024-01-01', '2024-12-31', ['саммит прошел в Казани']),
      ('planned', 'следующем году', '2027-01-01', '2027-12-31', ['саммит пройдет в Бразилии'])]),
    ('В 2016 году он работал в Ялте. В том же году он возглавил министерство.', 'appointment',
     [('done', 'том же году', '2016-01-01', '2016-12-31', ['возглавил'])]),
    ('В том же году он возглавил министерство.', 'appointment', [('done', 'том же году', None, None, ['возглавил'])]),
    ('С 2000 г. он работал в Москве. Спустя 3 года он возглавил министерство.', 'appointment',
     [('done', 'Спустя 3 года', '2003-01-01', '2003-12-31', ['возглавил'])]),
    # «с 1812 года, когда»: the «когда» clause is of that year
    ('Кэмерон стал самым молодым премьером с 1812 года, когда этот пост занял Роберт Дженкинсон.',
     'appointment',
     [('done', '1812 года', '1812-01-01', None, ['стал']),
      ('done', '1812 года', '1812-01-01', '1812-12-31', ['занял'])]),
]


@pytest.mark.parametrize(('text', 'event_type', 'expected'), STORY, ids=[case[0][:40] for case in STORY])
def test_a_relative_year_of_a_story_is_counted_from_the_year_it_tells_of(extractor, text, event_type, expected):
    assert brief(extractor, text, event_type) == expected


def test_on_the_news_day_the_verbs_tell_whether_a_congress_goes_on(extractor):
    text = ('date 2024-03-12\n\nНа съезде партии «Новые люди», который открылся сегодня, делегаты изберут '
            'председателя. На съезд приехали 300 делегатов. Съезд партии «Новые люди» собрал представителей регионов.')
    assert brief(extractor, text, 'summit') == [
        ('ongoing', 'сегодня', '2024-03-12', '2024-03-12', ['съезде', 'съезд', 'Съезд'])]


def mention(modality: str, tensed: bool = True):
    return SimpleNamespace(modality=modality, tensed=tensed, arrival=False, sentence=SimpleNamespace(text=''))


@pytest.mark.parametrize(('event_type', 'said', 'expected'), [
    # a session going on, with parts of it yet to come («в работе сессии примут участие»)
    ('summit', ['ongoing', 'planned', 'planned'], 'ongoing'),
    # a post one will take is not the one held
    ('appointment', ['ongoing', 'planned', 'planned'], 'planned'),
    ('summit', ['done', 'planned', 'planned'], 'planned'),
])
def test_what_goes_on_is_not_yet_to_come(event_type, said, expected):
    draft = Draft(event_type, [mention(modality) for modality in said])
    assert record_modality(draft, None, date(2024, 9, 23)) == expected


def test_a_post_held_is_not_the_post_taken(extractor):
    text = ('date 2013-06-19\n\n19 июня 2013 года премьер назначил главой компании Олега Сомова. '
            'Олег Сомов с декабря 2012 года занимал должность главы компании.')
    assert [record[1:] for record in brief(extractor, text, 'appointment')] == [
        ('19 июня 2013 года', '2013-06-19', '2013-06-19', ['назначил']),
        ('декабря 2012 года', '2012-12-01', None, ['занимал'])]


def test_a_decree_is_of_the_news_day_not_of_a_post_held_years_before(extractor):
    text = ('date 2025-09-26\n\n«Назначить Сомова Олега Петровича министром финансов». '
            'В 2020-2023 годах Олег Сомов возглавлял министерство финансов.')
    assert [record[1:] for record in brief(extractor, text, 'appointment')] == [
        (None, '2025-09-26', '2025-09-26', ['Назначить']),
        ('2020-2023 годах', '2020-01-01', '2023-12-31', ['возглавлял'])]


def test_a_date_in_brackets_after_the_frame_says_more_than_the_year_before_it(extractor):
    text = 'С 2013 года Сомов занимал пост замглавы министерства (1 июня 2013 года — 27 июля 2017 года).'
    assert [record[1:4] for record in brief(extractor, text, 'appointment')] == [
        ('1 июня 2013 года — 27 июля 2017 года', '2013-06-01', '2017-07-27')]


RELEASED = [
    # a post held one is released from is over, whoever held it
    ('Президент освободил министра иностранных дел Мурата Нуртлеу от занимаемой должности.', 'appointment',
     [('done', ['Мурат Нуртлеу'])]),
    ('Президент освободил министра иностранных дел Мурата Нуртлеу от ранее занимаемой должности.', 'appointment',
     [('done', ['Мурат Нуртлеу'])]),
    # «до вступления в должность»: what the clause is before is yet to come
    ('Назначить Петрова временно исполняющим обязанности губернатора до вступления в должность избранного '
     'губернатора.', 'appointment', [('done', ['Петров']), ('planned', ['Петров'])]),
    ('На сессии обсудят решения предыдущих саммитов ОДКБ.', 'summit', [('planned', []), ('done', [])]),
    # «для проведения переговоров»: what one is somewhere for is to come
    ('Делегация края пребывает в Китае для проведения переговоров с губернатором провинции.', 'talks',
     [('planned', [])]),
]


@pytest.mark.parametrize(('text', 'event_type', 'expected'), RELEASED, ids=[case[0][:40] for case in RELEASED])
def test_words_before_a_trigger_tell_it_is_over_or_to_come(extractor, text, event_type, expected):
    events = [event for event in extractor.extract(text).events if event.type == event_type]
    assert [(event.modality, [item.normal for item in event.role('person')]) for event in events] == expected


def test_what_goes_on_now_is_not_what_is_planned_for_a_day_to_come(extractor):
    text = ('date 2026-01-23\n\nПереговоры России и США в Абу-Даби проходят в закрытом формате. Следующий раунд '
            'переговоров России и США пройдет в субботу, 24 января.')
    assert [record[:3] for record in brief(extractor, text, 'talks')] == [
        ('ongoing', None, '2026-01-23'), ('planned', 'субботу, 24 января', '2026-01-24')]


def test_the_noun_of_an_arrival_tells_of_the_arrival(extractor):
    text = NEWS + 'Президент Узбекистана прибыл в Душанбе. По прибытии в аэропорт его встретил президент Таджикистана.'
    assert [record[0] for record in brief(extractor, text, 'visit')] == ['done']
