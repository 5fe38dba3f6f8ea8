"""Who a post, a bare surname or a pronoun stands for: the person the document names, in the fullest form it
gives (extractor/resolve.py, extractor/described.py, extractor/names.py), in short documents."""

import pytest

from extractor.described import covers, head_post
from extractor.names import name_after
from extractor.records import Arg


def agents(document, event_type: str, role: str) -> list[list[str | None]]:
    return [[item.normal for item in event.role(role)] for event in document.events if event.type == event_type]


POSTS = [
    # a post standing for its holder: the person the document names with that post, in that country
    ('post-with-country-adjective',
     'Премьер-министр Канады Марк Карни прибыл в Лондон. Канадский премьер проведёт переговоры в Лондоне.',
     'talks', 'participants', [['Марк Карни']]),
    ('post-nearest-before',
     'Президент Франции Эмманюэль Макрон и президент Бразилии Луис Инасиу Лула да Силва выступили на форуме. '
     'Позже президент провёл переговоры с премьер-министром Италии.',
     'talks', 'participants', [['Луис Инасиу Лула да Силва', None]]),
    ('post-of-the-country-named',
     'Президент Франции Эмманюэль Макрон прибыл в Берлин. Президент Бразилии Луис Инасиу Лула да Силва '
     'выступил на форуме. Французский президент провёл переговоры с канцлером Германии.',
     'talks', 'participants', [['Эмманюэль Макрон', None]]),
    ('post-no-one-named-holds',
     'Министр обороны Индии Раджнатх Сингх выступил в парламенте. Премьер-министр Японии провёл переговоры в Токио.',
     'talks', 'participants', [[None]]),
    ('post-no-longer-held',
     'Бывший президент Франции Николя Саркози выступил в Париже. Французский президент провёл переговоры с '
     'канцлером Германии.',
     'talks', 'participants', [[None, None]]),
    ('leader-is-head-of-state',
     'Председатель КНР Си Цзиньпин выступил на съезде партии. Китайский лидер прибудет в Москву с визитом.',
     'visit', 'visitor', [['Си Цзиньпин']]),
    ('deputy-of-an-office',
     'Вчера заместитель министра иностранных дел России Михаил Галузин выступил в Думе. Замглавы МИД РФ провёл '
     'переговоры с послом Армении.',
     'talks', 'participants', [['Михаил Галузин', None]]),
    ('office-holder-the-document-gives-no-post',
     'В 2019 году Владимир Путин выступил на форуме в Сочи. Российский президент посетит Турцию с визитом в 2019 году.',
     'visit', 'visitor', [['Владимир Путин']]),
    ('new-post-of-the-appointed',
     'Президент подписал указ о назначении министром обороны Аркадия Соболева. Новый министр обороны прибыл в Казань.',
     'visit', 'visitor', [['Аркадий Соболев']]),
    ('name-right-after-the-post',
     'В Ереване прошла встреча президента Азербайджана Ильхама Алиева с премьер-министром Армении Николом '
     'Пашиняном.',
     'talks', 'participants', [['Ильхам Алиев', 'Никол Пашинян']]),
]

NAMES = [
    # a bare surname or initials: the fullest form the document gives, in a sentence with no event too
    ('surname-full-name-elsewhere',
     'Губернатор Аркадий Соболев родился в Туле. Соболев посетил Казань с рабочим визитом.',
     'visit', 'visitor', [['Аркадий Соболев']]),
    ('initials-full-name-elsewhere',
     'Аркадий Соболев родился в Туле. А. Соболев посетил Казань с рабочим визитом.',
     'visit', 'visitor', [['Аркадий Соболев']]),
    ('surname-first-with-patronymic',
     'Соболев Аркадий Петрович родился в Туле. Соболев посетил Казань с рабочим визитом.',
     'visit', 'visitor', [['Соболев Аркадий Петрович']]),
    ('surname-two-people-bear',
     'Аркадий Соболев и Пётр Соболев родились в Туле. Соболев посетил Казань с рабочим визитом.',
     'visit', 'visitor', [['Соболев']]),
    ('pronoun-takes-the-fullest-name',
     'Соболев Аркадий Петрович родился в Туле. Аркадий Соболев прибыл в Казань. Там он провёл переговоры с '
     'губернатором.',
     'talks', 'participants', [['Соболев Аркадий Петрович', None]]),
    ('title-kept-with-the-name',
     'Патриарх Кирилл посетил Минск с визитом.',
     'visit', 'visitor', [['Патриарх Кирилл']]),
]


@pytest.mark.parametrize(('text', 'event_type', 'role', 'expected'),
                         [case[1:] for case in POSTS + NAMES], ids=[case[0] for case in POSTS + NAMES])
def test_agents_take_the_name_the_document_gives(extractor, text, event_type, role, expected):
    assert agents(extractor.extract(text), event_type, role) == expected, text


@pytest.mark.parametrize(('position', 'country', 'expected'), [
    ('президент', None, 'head_of_state'),
    ('лидер', 'Китай', 'head_of_state'),
    ('глава', 'США', 'head_of_state'),
    ('председатель', 'Китай', 'head_of_state'),
    ('премьер', None, 'head_of_government'),
    ('глава МИД', None, 'foreign_minister'),
    ('глава дипломатии министерства иностранных дел', None, 'foreign_minister'),
    ('новый министр обороны', None, 'министр обороны'),
    ('министр обороны Федерации', 'Россия', 'министр обороны'),
    ('исполняющий обязанности губернатора', None, 'губернатор'),
    ('замглавы МИД', 'Россия', 'заместитель foreign_minister'),
    ('заместитель министра иностранных дел', None, 'заместитель foreign_minister'),
    ('президент РЖД', None, 'президент ржд'),
    ('бывший премьер-министр', 'Италия', None),
    ('экс-глава', None, None),
])
def test_head_post(position, country, expected):
    assert head_post(position, country) == expected, position


@pytest.mark.parametrize(('wanted', 'have', 'expected'), [
    ('министр', 'министр обороны', True),
    ('министр', 'foreign_minister', True),
    ('глава', 'head_of_state', True),
    ('head_of_state', 'head_of_state', True),
    ('head_of_state', 'head_of_government', False),
    ('министр обороны', 'министр финансов', False),
    ('президент ржд', 'head_of_state', False),
])
def test_a_post_of_one_word_covers_the_posts_it_opens(wanted, have, expected):
    assert covers(wanted, have) is expected


@pytest.mark.parametrize(('text', 'post', 'expected'), [
    ('встретился с премьер-министром Армении Николом Пашиняном.', 'премьер-министром Армении', 'Никол Пашинян'),
    ('переговоры с главой департамента культуры Москвы Сергеем Капковым.', 'главой', 'Сергей Капков'),
    ('беседа с президентом Объединённых Арабских Эмиратов (ОАЭ) Мохаммедом бин Зайдом.',
     'президентом Объединённых Арабских Эмиратов', 'Мохаммед бин Зайд'),
    ('визит российского президента в Саудовскую Аравию.', 'российского президента', None),
    ('советник по вопросам политики Администрации президента Иван Петров заявил.', 'политики', None),
])
def test_name_after_a_post(text, post, expected):
    start = text.index(post)
    description = Arg(start=start, end=start + len(post), text=post, kind='person', normal=None)
    found = name_after(description, text)
    assert (found.normal if found else None) == expected, text
