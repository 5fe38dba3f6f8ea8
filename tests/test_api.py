"""The Python API: typed records that serialise to the contract, grammars usable on their own."""

import json

import pytest
from yargy import Parser

from extractor import Arg, Document, Extractor
from extractor.morph import tokenizer
from grammars.person import PERSON

TEXT = 'МОСКВА, 22 октября. /ТАСС/. Министр иностранных дел России Сергей Лавров в четверг обсудит визит.'


def test_extract_returns_frozen_records_with_contract_json():
    document = Extractor().extract(TEXT, entities=True, doc='news-1')
    assert isinstance(document, Document)
    assert document.doc == 'news-1' and document.date is None
    person = next(item for item in document.entities if item.kind == 'person')
    assert isinstance(person, Arg)
    assert person.as_json() == {
        'start': 28, 'end': 72, 'text': 'Министр иностранных дел России Сергей Лавров', 'kind': 'person',
        'normal': 'Сергей Лавров', 'position': 'министр иностранных дел', 'country': 'Россия',
        'rule': 'PERSON',
    }
    json.dumps(document.as_json(), ensure_ascii=False)


def test_date_given_anchors_relative_dates():
    document = Extractor().extract(TEXT, date='2025-10-22', entities=True)
    thursday = next(item for item in document.entities if item.text == 'четверг')
    assert (thursday.date_from, thursday.date_to) == ('2025-10-23', '2025-10-23')
    assert document.as_json()['date'] == '2025-10-22'


def test_dateline_without_year_leaves_dates_unanchored_and_says_so():
    document = Extractor().extract('МОСКВА, 22 октября. /ТАСС/. Встреча пройдет 27 ноября.', entities=True)
    assert document.date is None
    assert 'no year' in document.warnings[0]
    date_arg = next(item for item in document.entities if item.kind == 'date')
    assert date_arg.as_json()['from'] is None


def test_entities_are_absent_unless_asked_for():
    assert 'entities' not in Extractor().extract(TEXT).as_json()


def test_trace_names_the_rules():
    document = Extractor().extract(TEXT, entities=True, trace=True)
    person = next(item for item in document.entities if item.kind == 'person')
    assert 'PERSON_POSITION_NAME' in person.trace and 'COUNTRY' in person.trace


def test_a_bare_trigger_word_carries_a_trace_only_when_asked():
    text = 'Главы МИД поддерживают контакты по телефону.'
    plain, traced = Extractor().extract(text).as_json(), Extractor().extract(text, trace=True).as_json()
    assert [(event['type'], event['trigger']['text']) for event in plain['events']] == [('call', 'по телефону')]
    assert 'trace' not in json.dumps(plain)
    assert traced['events'][0]['trace'].startswith('CALL_WORD')


def test_the_trace_ends_in_the_rule_that_decided_the_scope():
    event = Extractor().extract('Президент России Владимир Путин посетил Берлин.', trace=True).as_json()['events'][0]
    assert (event['scope'], event['scope_rule']) == ('diplomatic', 'VISIT_ABROAD')
    assert event['trace'].splitlines()[-1] == 'scope diplomatic ← VISIT_ABROAD'


def test_what_happened_during_a_summit_leaves_it_going_on(extractor):
    events = extractor.extract('На полях саммита G20 Путин обсудил с Назарбаевым торговлю.').as_json()['events']
    assert [(event['type'], event['modality']) for event in events] == [('summit', 'ongoing'), ('talks', 'done')]


def test_a_grammar_runs_in_a_plain_yargy_parser():
    match = Parser(PERSON, tokenizer=tokenizer()).find('встретился с главой МИД Казахстана Ермеком Кошербаевым')
    assert [token.value for token in match.tokens][-2:] == ['Ермеком', 'Кошербаевым']


def test_events_are_typed_records_with_contract_json():
    text = ('МОСКВА, 22 октября. /ТАСС/. Министр иностранных дел России Сергей Лавров проведет переговоры '
            'с главой МИД Казахстана Ермеком Кошербаевым 24 октября.')
    document = Extractor().extract(text, date='2025-10-22')
    (event,) = document.events
    assert (event.type, event.modality, event.cameo) == ('talks', 'planned', '036')
    assert [item.normal for item in event.role('participants')] == ['Сергей Лавров', 'Ермек Кошербаев']
    record = event.as_json()
    assert record['date'] == {'start': 137, 'end': 147, 'text': '24 октября', 'from': '2025-10-24',
                              'to': '2025-10-24'}
    assert record['rule'] == 'talks.TALKS_BY_NOUN'
    assert record['mentions'] == [{'trigger': record['trigger'], 'sentence': record['sentence'],
                                   'rule': 'talks.TALKS_BY_NOUN'}]
    assert text[record['trigger']['start']:record['trigger']['end']] == record['trigger']['text']


def test_talks_between_companies_are_not_diplomatic():
    text = 'Клуб провел переговоры о продаже нападающего с «Зенитом».'
    assert Extractor().extract(text).events == ()


def test_a_post_at_the_head_of_an_international_body_is_diplomatic(extractor):
    for text in ('Дипломат из Южной Кореи возглавит ООН.', 'Новым генсеком ООН станет Гутерреш.'):
        events = extractor.extract(text).events
        assert [(event.scope, event.scope_rule) for event in events] == [('diplomatic', 'INTERNATIONAL_BODY')]


def test_the_body_a_session_is_of_takes_part_in_it(extractor):
    def participants(text):
        return [[(item['text'], item['normal']) for item in event['args'].get('participants', [])]
                for event in extractor.extract(text).as_json()['events']]
    assert participants('Заседание Совета глав государств СНГ пройдет в Ашхабаде.') == [
        [('Совета глав государств СНГ', 'Совет глав государств СНГ')]]
    assert participants('Вчера прошло заседание исполнительного комитета партии.') == [
        [('исполнительного комитета партии', None)]]
    # a summit is named for its members, who are not its participants
    assert participants('В Казани началось заседание саммита БРИКС.') == [[]]


def test_a_post_of_a_company_is_no_state_s(extractor):
    for text in ('Д. Мердок занимает должность главы правления News Corp.',
                 'Иванов стал председателем правления банка.',
                 'Петров стал главой совета директоров медиахолдинга.',
                 'Новым гендиректором станет Олег Петров.',
                 'В 2004 году она возглавила благотворительный фонд «Дети мира».'):
        assert [(event.scope, event.scope_rule) for event in extractor.extract(text).events] == [('other', 'NO_STATE')]


def test_a_post_that_heads_a_state_s_body_or_company_is_the_state_s(extractor):
    for text in ('Петров возглавил башкирскую администрацию.',
                 'Петров назначен генеральным директором госкорпорации.'):
        assert [(event.scope, event.scope_rule) for event in extractor.extract(text).events] == [
            ('domestic', 'ONE_STATE')], text


def test_an_act_one_state_signs_alone_is_domestic_whatever_treaty_it_ratifies(extractor):
    text = 'Президент подписал закон о ратификации договора между Россией и Китаем.'
    assert [(event.scope, [item.text for item in event.role('parties')]) for event in extractor.extract(text).events] \
        == [('domestic', ['Президент'])]


def test_a_trip_abroad_is_diplomatic(extractor):
    events = extractor.extract('Помощник сопровождал министра в 18 зарубежных поездках.').events
    assert [(event.scope, event.scope_rule) for event in events] == [('diplomatic', 'VISIT_ABROAD')]


def test_a_meeting_with_a_state_s_representative_is_no_private_affair_in_a_private_story(extractor):
    text = 'Художник подписал контракт с компанией «Арт-Холдинг». В 2017 году он встречался с президентом.'
    assert [(event.scope, event.scope_rule) for event in extractor.extract(text).events] == [
        ('other', 'NO_STATE'), ('domestic', 'IN_CONTEXT')]


def test_who_a_decree_is_about_signs_nothing(extractor):
    text = 'Путин подписал указ о назначении Александра Дарчиева послом России в США.'
    assert [(event.type, [item.normal for role in ('parties', 'person') for item in event.role(role)])
            for event in extractor.extract(text).events] == [
        ('signing', ['Путин']), ('appointment', ['Александр Дарчиев'])]
    law = extractor.extract('Президент подписал закон о сносе домов в Москве.').events
    assert [(event.type, event.role('place')) for event in law] == [('signing', ())]


def test_latin_spelling_in_brackets_is_the_same_person():
    text = 'Сенатор Джефф Сешнс (Jeff Sessions) избран председателем комитета.'
    people = [item for item in Extractor().extract(text, entities=True).entities if item.kind == 'person']
    assert [(item.text, item.normal) for item in people] == [
        ('Сенатор Джефф Сешнс', 'Джефф Сешнс'), ('Jeff Sessions', 'Джефф Сешнс')]


def test_dateline_without_year_takes_the_year_given():
    document = Extractor().extract('МОСКВА, 22 октября. /ТАСС/. Встреча пройдет в четверг.', date='2025-01-15')
    assert (document.date, document.date_source) == ('2025-10-22', 'dateline')


def test_a_visit_of_a_state_kind_is_diplomatic_without_a_post(extractor):
    document = extractor.extract('Ольга Морозова приехала в Ереван с рабочим визитом. '
                                 'Пётр Зуев приехал в Казань с частным визитом.', date='2026-03-02')
    found = [(event.type, [item.normal for item in event.role('visitor')],
              [item.normal for item in event.role('destination')], event.scope, event.scope_rule)
             for event in document.events]
    assert found == [('visit', ['Ольга Морозова'], ['Ереван'], 'diplomatic', 'VISIT_ABROAD'),
                     ('visit', ['Пётр Зуев'], ['Казань'], 'other', 'NO_STATE')]


def test_a_post_given_outside_any_event_makes_its_holder_an_official(extractor):
    signed = 'Соглашение по рыболовству подписали Анна Кравец и Ильдар Галиев.'
    alone = extractor.extract(signed)
    assert [(event.type, event.scope, event.scope_rule) for event in alone.events] == [
        ('signing', 'other', 'NO_STATE')]
    document = extractor.extract('Премьер-министр Грузии Анна Кравец выступила в парламенте. ' + signed)
    assert [(event.type, [item.normal for item in event.role('parties')], event.scope)
            for event in document.events] == [('signing', ['Анна Кравец', 'Ильдар Галиев'], 'domestic')]


def test_a_titled_agreement_is_diplomatic_and_apart_from_another_document(extractor):
    document = extractor.extract(
        'Организация создана на основе Договора о коллективной безопасности, подписанного 15 мая 1992 года. '
        'Договор о дружбе подписали в Ереване президенты двух стран.', date='2026-03-02')
    found = [(event.type, [item.normal for item in event.role('document')]) for event in document.events]
    assert found == [('signing', ['договор о коллективной безопасности']), ('signing', ['договор о дружбе'])]


def test_a_power_to_act_is_no_event(extractor):
    document = extractor.extract('Король имеет право назначать премьер-министра. Сенат вправе подписывать '
                                 'договоры с Египтом. Король назначил Ивана Петрова премьер-министром.')
    assert [(event.type, event.trigger.text) for event in document.events] == [('appointment', 'назначил')]


def test_an_infinitive_trigger_after_a_comma_is_read(extractor):
    document = extractor.extract('Министр иностранных дел России Сергей Лавров прибыл в Минск, чтобы обсудить '
                                 'с Владимиром Макеем ряд проблем.')
    assert [(event.type, event.trigger.text, [item.normal for item in event.role('participants')])
            for event in document.events] == [('visit', 'прибыл', []), ('talks', 'обсудить', ['Владимир Макей'])]


def test_a_host_receiving_a_guest_holds_talks(extractor):
    document = extractor.extract('Президент России Владимир Путин принял в Кремле премьер-министра Индии '
                                 'Нарендру Моди. Закон был принят Государственной думой. Окончательное решение '
                                 'примет президент Франции Эмманюэль Макрон. Такое решение принял Сенат США.')
    assert [(event.type, event.trigger.text, [item.text for item in event.role('participants')])
            for event in document.events] == [
        ('talks', 'принял', ['Президент России Владимир Путин', 'премьер-министра Индии Нарендру Моди'])]


def test_a_decree_is_not_merged_with_another_document_signed(extractor):
    document = extractor.extract('Президент России Владимир Путин подписал указ об отставке министра. '
                                 'Решение президента о подписании заявления было ожидаемым.')
    assert [(event.type, event.cameo, [item.doc_kind for item in event.role('document')])
            for event in document.events] == [('signing', None, ['указ']), ('signing', '057', ['совместное заявление'])]


def test_a_document_named_for_two_states_is_signed_by_them(extractor):
    document = extractor.extract('Российско-американский договор по СНВ был подписан Дмитрием Медведевым и '
                                 'Бараком Обамой в Праге 8 апреля 2010 года. Договор аренды был подписан Иваном '
                                 'Петровым.')
    assert [(event.type, event.cameo, event.date.normal if event.date else None,
             [item.normal for item in event.role('parties')], event.scope) for event in document.events] == [
        ('signing', '057', '2010-04-08/2010-04-08', ['Дмитрий Медведев', 'Барак Обама'], 'diplomatic'),
        ('signing', '057', None, ['Иван Петров'], 'other')]


def test_talking_to_the_press_is_no_meeting(extractor):
    document = extractor.extract('Министр иностранных дел России Сергей Лавров в беседе с газетой Коммерсантъ '
                                 'заявил это. Глава МИД России встретился с российскими журналистами. Сергей '
                                 'Лавров встретился с главой Федерального агентства по делам СНГ.')
    assert [(event.type, event.trigger.text) for event in document.events] == [('talks', 'встретился')]


def test_a_relative_clause_tells_of_the_people_before_it(extractor):
    document = extractor.extract('Кэмерона поздравил президент США Барак Обама, который в телефонном разговоре '
                                 'пригласил его в Вашингтон.')
    assert [(event.type, [item.normal for item in event.role('participants')]) for event in document.events] == [
        ('call', ['Барак Обама'])]


def test_each_side_after_its_own_preposition_is_a_participant(extractor):
    document = extractor.extract('Президент России Владимир Путин провел переговоры с канцлером Германии Ангелой '
                                 'Меркель и с президентом Казахстана Касым-Жомартом Токаевым.')
    assert [(event.type, [item.normal for item in event.role('participants')], event.role('topic'))
            for event in document.events] == [
        ('talks', ['Владимир Путин', 'Ангела Меркель', 'Касым-Жомарт Токаев'], ())]


def test_a_new_holder_of_a_post_acts_for_the_state_and_a_former_one_does_not(extractor):
    document = extractor.extract('Новый британский премьер-министр Дэвид Кэмерон посетит США этим летом. Бывший '
                                 'премьер-министр Гордон Браун посетит Канаду.')
    assert [(event.type, [item.normal for item in event.role('visitor')], event.scope_rule)
            for event in document.events] == [('visit', ['Дэвид Кэмерон'], 'VISIT_ABROAD'),
                                              ('visit', ['Гордон Браун'], 'IN_CONTEXT')]


def test_the_other_side_of_a_call_is_named_after_its_verb(extractor):
    # Обама has no post in the text: the call is kept for the prime minister it invites
    document = extractor.extract('Барак Обама в телефонном разговоре пригласил нового британского премьер-министра '
                                 'посетить Вашингтон.')
    calls = [event for event in document.events if event.type == 'call']
    assert [[item.text for item in event.role('participants')] for event in calls] == [
        ['Барак Обама', 'нового британского премьер-министра']]


def test_a_conference_held_under_the_auspices_of_the_un_is_a_summit(extractor):
    document = extractor.extract('Статут был принят Дипломатической конференцией полномочных представителей '
                                 'под эгидой ООН в Риме.')
    assert [(event.type, [item.text for item in event.role('name')], [item.normal for item in event.role('place')])
            for event in document.events] == [
        ('summit', ['Дипломатической конференцией полномочных представителей под эгидой ООН'], ['Рим'])]


def test_the_visitor_of_his_own_visit_is_the_subject_of_the_clause(extractor):
    document = extractor.extract('Во время своего визита в Берлин в мае премьер-министр Польши выразил надежду на '
                                 'диалог. Во время своего визита в Варшаву канцлера принял президент.')
    assert [(event.type, [item.text for item in event.role('visitor')], [item.normal for item in
                                                                          event.role('destination')])
            for event in document.events] == [('visit', ['премьер-министр Польши'], ['Берлин']),
                                              ('visit', ['президент'], ['Варшава'])]


def test_who_says_he_acted_acts_unless_another_is_named(extractor):
    document = extractor.extract('Президент Молдавии Майя Санду сообщила журналистам, что подписала закон о '
                                 'бюджете. Министр иностранных дел Армении Арарат Мирзоян заявил, что президент '
                                 'Франции Эмманюэль Макрон посетит Ереван. Пресс-секретарь Наталья Тимакова '
                                 'сообщила, что распоряжение подписано премьер-министром Дмитрием Медведевым.')
    assert [(event.type, [item.normal for role in ('parties', 'visitor') for item in event.role(role)])
            for event in document.events] == [
        ('signing', ['Майя Санду']), ('visit', ['Эмманюэль Макрон']), ('signing', ['Дмитрий Медведев'])]


def test_a_verb_of_trying_lends_its_tense_to_the_talks(extractor):
    document = extractor.extract('Президент Финляндии Александр Стубб пытался вести переговоры с президентом '
                                 'России.')
    assert [(event.type, event.modality) for event in document.events] == [('talks', 'done')]


@pytest.mark.parametrize('text', [
    'Меры рассмотрены на расширенном заседании межведомственной комиссии.',
    'Итоги сессии Национальной ассамблеи Кубы подвели депутаты.',
    'Во время встречи с избирателями депутат получила ранение.',
    'Подписание конституции США состоялось в 1787 году.',
])
def test_a_meeting_of_one_state_s_body_or_with_its_voters_and_its_constitution_are_domestic(extractor, text):
    assert [(event.scope, event.scope_rule) for event in extractor.extract(text).events] == [('domestic', 'ONE_STATE')]


def test_a_place_with_no_preposition_is_no_destination_of_a_verb_that_takes_none(extractor):
    event = extractor.extract('Генерал ВС США Джозеф Данфорд прибывает в Турцию.').events[0]
    assert [item.normal for item in event.role('destination')] == ['Турция']


def test_how_a_call_is_made_is_no_second_mention_of_it(extractor):
    events = extractor.extract('Президент позвонил Зыкиной по телефону, чтобы поздравить её с юбилеем.').events
    assert [[mention.trigger.text for mention in event.mentions] for event in events] == [['позвонил']]
    events = extractor.extract('Министры обсудили по телефону итоги встречи.').events
    assert [[mention.trigger.text for mention in event.mentions] for event in events] == [['по телефону']]


def test_the_manner_of_a_verb_of_going_is_one_mention_with_it(extractor):
    events = extractor.extract('Президент Узбекистана прибыл в Душанбе с государственным визитом.').events
    assert [([mention.trigger.text for mention in event.mentions], [item.normal for item in event.role('kind')])
            for event in events] == [(['прибыл'], ['государственный'])]


def test_what_a_document_is_about_is_no_meeting_or_trip_but_a_decree_appoints(extractor):
    for text in ('Министры подписали меморандум о межмидовских консультациях.',
                 'Стороны подписали соглашение о безвизовых поездках.'):
        assert [event.type for event in extractor.extract(text).events] == ['signing'], text
    text = 'Президент подписал указ о назначении Петрова послом.'
    assert [event.type for event in extractor.extract(text).events] == ['signing', 'appointment']
