"""Who «он», «она», «его» is: the person named just before, by case, clause and gender."""


def agents(document, event_type: str, role: str) -> list[list[str | None]]:
    return [[item.normal for item in event.role(role)] for event in document.events if event.type == event_type]


def test_he_is_the_subject_of_the_sentence_before(extractor):
    document = extractor.extract('Премьер-министр Индии Нарендра Моди прибыл в Токио. Он провёл переговоры с '
                                 'министром иностранных дел Японии.')
    assert agents(document, 'talks', 'participants') == [['Нарендра Моди', None]]


def test_a_sentence_about_the_same_he_is_passed_over(extractor):
    # «именно он убедил канцлера» names a chancellor, but its subject is the «он» of the sentence before
    document = extractor.extract('Министр иностранных дел Ирана Аббас Аракчи прибыл в Москву. Именно он '
                                 'убедил канцлера Германии Олафа Шольца начать диалог. Позже он провёл '
                                 'переговоры с Сергеем Лавровым.')
    assert agents(document, 'talks', 'participants') == [['Аббас Аракчи', 'Сергей Лавров']]


def test_he_is_a_man_and_she_a_woman(extractor):
    document = extractor.extract('Канцлер Германии Ангела Меркель и президент Франции Эмманюэль Макрон прибыли '
                                 'в Брюссель. Он провёл переговоры с премьер-министром Италии. Она провела '
                                 'переговоры с премьер-министром Испании.')
    assert agents(document, 'talks', 'participants') == [['Эмманюэль Макрон', None], ['Ангела Меркель', None]]


def test_him_is_never_the_subject_of_his_own_clause(extractor):
    document = extractor.extract('Дипломат Иван Петров долго работал в Азии. Когда ему исполнилось сорок лет, '
                                 'президент России Владимир Путин назначил его послом в Японии.')
    assert agents(document, 'appointment', 'person') == [['Иван Петров']]


def test_he_with_no_one_before_is_left_out(extractor):
    document = extractor.extract('Он провёл переговоры с министром иностранных дел Китая в Пекине.')
    assert [[item.text for item in event.role('participants')] for event in document.events] == [
        ['министром иностранных дел Китая']]


def test_a_post_is_held_by_the_one_named_with_it_just_before(extractor):
    document = extractor.extract('Президент Финляндии Александр Стубб позвонил писательнице, чтобы поздравить её. '
                                 'Президент сообщил, что подписал указ о её награждении.')
    assert agents(document, 'signing', 'parties') == [['Александр Стубб']]


def test_a_post_the_name_does_not_agree_with_is_not_the_persons(extractor):
    # «указом президента» and «В. Соболев был назначен» are two phrases: Соболев is no president
    document = extractor.extract('Указом президента В. Соболев был назначен послом. Глава государства прибыл в '
                                 'Казань с визитом. Президент России Дмитрий Медведев выступил в Казани.')
    assert agents(document, 'visit', 'visitor') == [['Дмитрий Медведев']]
