"""The traps of grammars/traps.py, one table: each fires for a use of a trigger word that is no event
and stays quiet for a close phrase that is one; and, through the API, a trap keeps its record out."""

import pytest

from extractor.morph import tokenizer
from grammars import traps
from grammars.declaration import Trap
from grammars.event import TYPES
from grammars.traps import (
    APPOINTED_THING,
    ASSEMBLY_AS_BODY,
    COURT_SESSION,
    LED_THING,
    POWER_TO_ACT,
    PRESS_CONFERENCE,
    SAYING,
    SPORTS_MATCH,
    SUBSCRIBED,
    WITH_THE_PRESS,
)


def case(case_id: str, trap: Trap, sentence: str, word: str, fires: bool, known_miss: str = ''):
    """One row: the trap, a sentence, its trigger word and whether the trap says it is no event. A known
    miss is a row the trap gets wrong today: strict, so that the row speaks up once it is fixed."""
    marks = [pytest.mark.xfail(strict=True, reason=known_miss)] if known_miss else []
    return pytest.param(trap, sentence, word, fires, id=case_id, marks=marks)


CASES = [
    # what is set is a punishment, an election, a sum: nobody is named to a post
    case('appointed-thing-punishment', APPOINTED_THING, 'Суд назначил ему наказание.', 'назначил', True),
    case('appointed-thing-election', APPOINTED_THING, 'Досрочные выборы будут назначены на осень.', 'назначены',
         True),
    case('appointed-thing-sum', APPOINTED_THING, 'Выплата назначенной суммы задержана.', 'назначенной', True),
    case('appointed-thing-neg-ambassador', APPOINTED_THING, 'Президент назначил его послом.', 'назначил', False),
    case('appointed-thing-neg-minister', APPOINTED_THING, 'Его назначили министром обороны.', 'назначили', False),
    # a rating, a list, a liturgy led is no body
    case('led-thing-rating', LED_THING, 'Певица возглавила рейтинг продаж.', 'возглавила', True),
    case('led-thing-list', LED_THING, 'Он возглавил список кандидатов.', 'возглавил', True),
    case('led-thing-liturgy', LED_THING, 'Патриарх возглавил литургию в храме.', 'возглавил', True),
    case('led-thing-neg-ministry', LED_THING, 'Иван Петров возглавил министерство финансов России.', 'возглавил',
         False),
    # the thing led is after the verb: a rating named before it is not what is led
    case('led-thing-neg-rating-before', LED_THING, 'Автор рейтинга возглавил министерство.', 'возглавил', False),
    # a court sits: no summit
    case('court-session-of-court', COURT_SESSION, 'Заседание суда перенесли на понедельник.', 'Заседание', True),
    case('court-session-judicial', COURT_SESSION, 'Судебное заседание прошло в закрытом режиме.', 'заседание',
         True),
    case('court-session-neg-security-council', COURT_SESSION,
         'Заседание Совета безопасности ООН прошло в Нью-Йорке.', 'Заседание', False),
    # «пресс-конференция» is where something is said, not a conference of states
    case('press-conference', PRESS_CONFERENCE, 'Об этом министр сказал на пресс-конференции в Москве.',
         'конференции', True),
    case('press-conference-neg-conference', PRESS_CONFERENCE,
         'Международная конференция по безопасности открылась в Мюнхене.', 'конференция', False),
    case('press-conference-neg-at-conference', PRESS_CONFERENCE, 'Министр выступил на конференции в Москве.',
         'конференции', False),
    # the Assembly as a body something is sent to or done by; «на Ассамблее», «Ассамблея открылась» are sessions
    case('assembly-as-body-sent-to', ASSEMBLY_AS_BODY, 'Проект резолюции передан в Генеральную Ассамблею ООН.',
         'Ассамблею', True),
    case('assembly-as-body-by', ASSEMBLY_AS_BODY, 'Генсек назначается Генеральной Ассамблеей.', 'Ассамблеей',
         True),
    case('assembly-as-body-neg-at', ASSEMBLY_AS_BODY, 'Министр выступил на Ассамблее ООН.', 'Ассамблее', False),
    case('assembly-as-body-neg-opened', ASSEMBLY_AS_BODY, 'Генеральная Ассамблея открылась во вторник.',
         'Ассамблея', False),
    case('assembly-as-body-neg-at-general', ASSEMBLY_AS_BODY, 'Министр выступил на Генеральной Ассамблее ООН.',
         'Ассамблее', False),
    # a match: a team, a semi-final, spectators
    case('sports-match-team', SPORTS_MATCH, 'Россияне встретились со сборной Финляндии в полуфинале.',
         'встретились', True),
    case('led-thing-neg-service-of-a-unit', LED_THING, 'Он возглавил управление Службы по Саратовской области.',
         'возглавил', False),
    case('sports-match-spectators', SPORTS_MATCH, 'Встречу посетили тридцать тысяч зрителей.', 'Встречу', True),
    # «Первые» opens no post, though «первый заместитель» is one
    case('sports-match-first-periods', SPORTS_MATCH, 'Первые два периода встречи с канадцами россияне проигрывали.',
         'встречи', True),
    case('sports-match-neg-ministers', SPORTS_MATCH, 'Министры встретились в Женеве.', 'встретились', False),
    # «встретить» with a reaction or a feast: nobody meets anybody
    # a passive «подписан» with «на»: a subscription
    case('subscribed-channel', SUBSCRIBED, 'Министр подписан на канал оппозиции.', 'подписан', True),
    case('subscribed-feminine', SUBSCRIBED, 'Депутат подписана на несколько каналов.', 'подписана', True),
    case('subscribed-neg-memorandum', SUBSCRIBED, 'Меморандум был подписан в Минске.', 'подписан', False),
    case('subscribed-neg-active', SUBSCRIBED, 'Президент подписал указ о назначении посла.', 'подписал', False),
    case('subscribed-neg-on-the-sidelines', SUBSCRIBED, 'Соглашение было подписано на полях саммита.', 'подписано',
         False),
    case('subscribed-nobody', SUBSCRIBED, 'Он ни на кого не подписан.', 'подписан', True),
    # an infinitive after a word of power: what one may do, not what is done
    case('power-to-act-right', POWER_TO_ACT, 'Президент имеет право назначать министров.', 'назначать', True),
    case('power-to-act-entitled', POWER_TO_ACT, 'Президент вправе подписывать указы.', 'подписывать', True),
    case('power-to-act-powers', POWER_TO_ACT, 'Министр имеет полномочия подписывать договоры.', 'подписывать',
         True),
    case('power-to-act-neg-done', POWER_TO_ACT, 'Президент назначил Ивана Петрова министром обороны.',
         'назначил', False),
    case('power-to-act-neg-intends', POWER_TO_ACT, 'Президент намерен подписать указ.', 'подписать', False),
    # talking to the press is no meeting
    case('with-the-press-newspaper', WITH_THE_PRESS, 'Министр рассказал об этом в беседе с газетой.', 'беседе',
         True),
    case('with-the-press-journalists', WITH_THE_PRESS, 'Министр встретился с российскими журналистами.',
         'встретился', True),
    case('with-the-press-neg-minister', WITH_THE_PRESS, 'Министр встретился с главой МИД Армении.', 'встретился',
         False),
    case('with-the-press-neg-colleague', WITH_THE_PRESS, 'Министр провёл беседу с коллегой из Армении.', 'беседу',
         False),
    case('with-the-press-neg-head-of-agency', WITH_THE_PRESS, 'Министр встретился с главой агентства.',
         'встретился', False),
    case('saying-concluded', SAYING, '«Нужен закон «О парках»», — заключил депутат.', 'заключил', True),
    case('saying-neg-treaty', SAYING, 'Стороны заключили договор «О парках».', 'заключили', False),
    case('saying-claims', SAYING, 'Бывший замглавы администрации утверждал, что помогал президенту.', 'утверждал',
         True),
    case('saying-neg-confirmed', SAYING, 'Парламент утвердил Петрова на посту премьера.', 'утвердил', False),
]


def trigger_at(tokens: list, word: str, sentence: str) -> int:
    at = [index for index, token in enumerate(tokens) if token.value == word]
    assert at, f'«{sentence}»: no token «{word}» in {[token.value for token in tokens]}'
    return at[0]


@pytest.mark.parametrize(('trap', 'sentence', 'word', 'fires'), CASES)
def test_trap(trap, sentence, word, fires):
    tokens = list(tokenizer()(sentence))
    first = trigger_at(tokens, word, sentence)
    verdict = 'fire' if fires else 'not fire'
    assert trap.test(tokens, first, first + 1) is fires, f'{trap.name} should {verdict} on «{word}» in «{sentence}»'


def all_traps() -> list[Trap]:
    return [item for item in vars(traps).values() if isinstance(item, Trap)]


def test_every_trap_has_rows_both_ways():
    rows = [param.values for param in CASES if not param.marks]
    for trap in all_traps():
        outcomes = {fires for row_trap, _, _, fires in rows if row_trap is trap}
        assert outcomes == {True, False}, \
            f'tests/test_traps.py: {trap.name} needs a row it fires on and one it must not'


def test_every_trap_is_declared_by_a_type():
    declared = {trap.name for event_type in TYPES.values() for trap in event_type.traps}
    for trap in all_traps():
        assert trap.name in declared, f'grammars/traps.py: {trap.name} is listed in no event type\'s declaration'


# (trap, a text it keeps out, its trigger word, a close text that is an event, its trigger word)
KEPT_OUT = [
    (APPOINTED_THING, 'Суд назначил ему наказание в виде штрафа.', 'назначил',
     'Президент назначил его послом в Японии.', 'назначил'),
    (LED_THING, 'Певица возглавила рейтинг продаж.', 'возглавила',
     'В 2012 году Иван Петров возглавил министерство финансов России.', 'возглавил'),
    (COURT_SESSION, 'Заседание суда перенесли на понедельник.', 'Заседание',
     'Заседание Совета безопасности ООН прошло в Нью-Йорке.', 'Заседание'),
    (PRESS_CONFERENCE, 'Об этом министр сказал на пресс-конференции в Москве.', 'конференции',
     'Международная конференция по безопасности открылась в Мюнхене.', 'конференция'),
    (ASSEMBLY_AS_BODY, 'Проект резолюции передан в Генеральную Ассамблею ООН.', 'Ассамблею',
     'Министр выступил на Ассамблее ООН.', 'Ассамблее'),
    (SPORTS_MATCH, 'Россияне встретились со сборной Финляндии в полуфинале.', 'встретились',
     'Министры иностранных дел России и Армении встретились в Женеве.', 'встретились'),
    (SUBSCRIBED, 'Министр подписан на канал оппозиции.', 'подписан',
     'Меморандум был подписан в Минске.', 'подписан'),
    (POWER_TO_ACT, 'Президент имеет право назначать министров.', 'назначать',
     'Президент назначил Ивана Петрова министром обороны.', 'назначил'),
    (WITH_THE_PRESS, 'Министр встретился с российскими журналистами.', 'встретился',
     'Министр встретился с главой МИД Армении.', 'встретился'),
    (SAYING, '«Нужен закон «О парках»», — заключил депутат партии «Зеленые».', 'заключил',
     'Стороны заключили договор «О парках».', 'заключили'),
]


def triggered_by(events, text: str, word: str) -> list:
    """The events one of whose mentions has this word in its trigger."""
    at = text.index(word)
    return [event for event in events
            if any(mention.trigger.start <= at < mention.trigger.end for mention in event.mentions)]


@pytest.mark.parametrize(('trap', 'text', 'word', 'close_text', 'close_word'), KEPT_OUT,
                         ids=[row[0].name for row in KEPT_OUT])
def test_trap_keeps_the_record_out(extractor, trap, text, word, close_text, close_word):
    events = extractor.extract(text).events
    kept = triggered_by(events, text, word)
    assert not kept, f'{trap.name}: «{text}» has an event on «{word}»: {[event.as_json() for event in kept]}'
    if close_text is not None:
        close = triggered_by(extractor.extract(close_text).events, close_text, close_word)
        assert close, f'{trap.name}: «{close_text}» should have an event on «{close_word}»'


def test_kept_out_covers_every_trap():
    assert {row[0].name for row in KEPT_OUT} == {trap.name for trap in all_traps()}


def test_a_meeting_is_told_by_the_reflexive_verb_only(extractor):
    """«встретить» is no trigger: what one meets may be applause or a new year, and a guard of honour
    meeting a guest is no talks; «встретиться» is one."""
    for text in ('Речь премьер-министра встретили аплодисментами.', 'Семья встретила Новый год дома.',
                 'В аэропорту его встретил почётный караул.'):
        assert extractor.extract(text).events == (), text
    assert [event.type for event in extractor.extract('Министры встретились в Женеве.').events] == ['talks']
