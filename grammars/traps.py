"""Uses of trigger words that are no event: a trigger is an event unless one of these named rules
says otherwise, and each event type lists the ones that apply to it in its declaration. Each looks at
the words around the trigger by their lemmas and grammemes; their word lists are `events.yml: traps`.

- APPOINTED_THING: «суд назначил наказание», «будут назначены выборы», «назначенной суммы»
- LED_THING: «возглавил список», «возглавила рейтинг»
- COURT_SESSION: «заседание суда», «судебное заседание»
- PRESS_CONFERENCE: «сказал на пресс-конференции»
- ASSEMBLY_AS_BODY: «передана в Генеральную Ассамблею», «назначается Генеральной Ассамблеей» (a body,
  not its session: «на Ассамблее», «Ассамблея открылась» are sessions)
- SPORTS_MATCH: «встретились со сборной Финляндии в полуфинале»
- SUBSCRIBED: «подписан на канал», «ни на кого не подписан»
- POWER_TO_ACT: «имеет право назначать», «вправе подписывать»
- WITH_THE_PRESS: «в беседе с газетой», «встретился с российскими журналистами»
- SAYING: «», — заключил депутат», «Сурков утверждал, что ...»: «заключить» after the words one said and
  «утверждать» before «, что» or a colon are saying
"""

from __future__ import annotations

from functools import cache

from grammars.declaration import Trap
from grammars.lexicon import fold, table, word_set, words

# how far a trap looks from the trigger, in words
NEAR = 3
STOPS = frozenset('.;:()«»"')


@cache
def trap_words(section: str) -> frozenset[str]:
    return frozenset(fold(word) for word in table('events', 'traps')[section])


def readings(token) -> list:
    return list(getattr(token, 'forms', None) or ())


def first_lemma(token) -> str:
    forms = readings(token)
    return fold(forms[0].normalized) if forms else fold(token.value)


def any_lemma(token) -> set[str]:
    return {fold(form.normalized) for form in readings(token)} | {fold(token.value)}


def around(tokens: list, first: int, last: int, before: int = NEAR, after: int = NEAR) -> list:
    """The words near the trigger on either side, up to a stop that ends the phrase."""
    found = []
    for index in range(last, min(len(tokens), last + after)):
        if tokens[index].value in STOPS:
            break
        found.append(tokens[index])
    for index in range(first - 1, max(-1, first - 1 - before), -1):
        if tokens[index].value in STOPS:
            break
        found.append(tokens[index])
    return found


@cache
def appointing_words() -> frozenset[str]:
    lexicon = table('events', 'appointment')
    return frozenset((*lexicon['verbs'], *lexicon['nouns']))


def appointed_thing(tokens: list, first: int, last: int) -> bool:
    if not any_lemma(tokens[first]) & appointing_words():
        return False
    return any(first_lemma(token) in trap_words('appointed_things') for token in around(tokens, first, last))


def led_thing(tokens: list, first: int, last: int) -> bool:
    """What is led is the noun after the verb, past its adjectives: «возглавил список», but not «возглавил
    управление Службы»."""
    led = next((token for token in around(tokens, first, last, before=0)
                if not any(tag in form.grams for form in readings(token)[:1] for tag in ('ADJF', 'PRTF', 'NUMR'))),
               None)
    return led is not None and first_lemma(led) in trap_words('led_things')


def court_session(tokens: list, first: int, last: int) -> bool:
    return any(any_lemma(token) & trap_words('courts') for token in around(tokens, first, last, before=2, after=2))


def press_conference(tokens: list, first: int, last: int) -> bool:
    return first >= 2 and tokens[first - 1].value == '-' and fold(tokens[first - 2].value) == 'пресс'


def assembly_as_body(tokens: list, first: int, last: int) -> bool:
    if first_lemma(tokens[first]) != 'ассамблея':
        return False
    # «на Генеральной Ассамблее», «сессии Ассамблеи»: the words before, adjectives read past
    before = [token for token in tokens[max(0, first - 4):first]]
    while before and any('ADJF' in form.grams for form in readings(before[-1])[:1]):
        before.pop()
    if before and (fold(before[-1].value) == 'на' or first_lemma(before[-1]) in ('сессия', 'заседание')):
        return False
    event_verbs = frozenset(words('events', 'event_verbs'))
    return not any(any_lemma(token) & event_verbs for token in tokens[last:last + NEAR])


def sports_match(tokens: list, first: int, last: int) -> bool:
    """A word of sport in the sentence, and no one in a state's post: ministers of sport who meet to
    talk of a championship hold talks."""
    return any(any_lemma(token) & trap_words('sports') for token in tokens) and not any(
        first_lemma(token) in political_heads() for token in tokens)


@cache
def political_heads() -> frozenset[str]:
    """The first words of the posts of those who act for a state: «министр», «президент», «посол»."""
    modifiers = {fold(word) for word in words('positions', 'modifiers')}
    return frozenset(next((fold(word) for word in title.split() if fold(word) not in modifiers), fold(title))
                     for title in words('positions', 'political_titles'))


def subscribed(tokens: list, first: int, last: int) -> bool:
    """A passive «подписать» with «на» and someone is a subscription: «подписан на блогера», «ни на кого
    не подписан»; «подписано на полях саммита», «подписан на десять лет» are signings."""
    forms = readings(tokens[first])[:1]
    if not forms or not ('PRTS' in forms[0].grams or 'PRTF' in forms[0].grams):
        return False
    after = tokens[last:last + 4]
    if after and fold(after[0].value) == 'на':
        # «на несколько каналов»: the first noun after the numbers and adjectives
        noun = next((token for token in after[1:] if any(tag in form.grams for form in readings(token)[:1]
                                                         for tag in ('NOUN', 'NPRO'))), None)
        if noun is not None and someone(noun):
            return True
    before = [fold(token.value) for token in tokens[max(0, first - 4):first]]
    return 'на' in before and any(word in ('кого', 'никого') for word in before)


def someone(token) -> bool:
    """A person, a pronoun or a channel: «на него», «на блогера», «на канал»."""
    forms = readings(token)[:1]
    return bool(forms) and ('NPRO' in forms[0].grams or 'anim' in forms[0].grams
                            or first_lemma(token) in trap_words('subscriptions'))


def power_forms() -> frozenset[str]:
    return word_set('modality', 'powers')


def power_to_act(tokens: list, first: int, last: int) -> bool:
    """An infinitive trigger right after a word of power."""
    if not any('INFN' in form.grams for form in readings(tokens[first])):
        return False
    return any(form.normalized in power_forms() for token in tokens[max(0, first - 2):first]
               for form in readings(token))


def press_words() -> frozenset[str]:
    return word_set('events', 'press')


def with_the_press(tokens: list, first: int, last: int) -> bool:
    """The one talked with, right after the trigger, is the press; «с главой агентства» is someone
    else, and an adjective before the noun is read past («с российскими журналистами»)."""
    if last + 1 >= len(tokens) or fold(tokens[last].value) not in ('с', 'со'):
        return False
    after = readings(tokens[last + 1])
    if any('ADJF' in form.grams for form in after[:1]) and last + 2 < len(tokens):
        after = after + readings(tokens[last + 2])
    return any(form.normalized in press_words() for form in after)


# what stands between the words one said and the verb of saying: «», — заключил»
AFTER_SPEECH = frozenset({'—', '–', '-', ',', '»', '"'})


# what follows a verb of saying: «утверждает, что», «утверждал:»
BEFORE_SPEECH = (',', ':')


def saying(tokens: list, first: int, last: int) -> bool:
    lemma = first_lemma(tokens[first])
    if lemma in table('events', 'signing')['conclude_verbs'] and first > 0 and tokens[first - 1].value in AFTER_SPEECH:
        return True
    after = [fold(token.value) for token in tokens[last:last + 2]]
    # «утверждать» is to approve and to claim
    return lemma in table('events', 'appointment')['confirm_verbs'] and bool(after) and after[0] in BEFORE_SPEECH \
        and (after[0] == ':' or after[1:] == ['что'])


APPOINTED_THING = Trap('APPOINTED_THING', appointed_thing)
LED_THING = Trap('LED_THING', led_thing)
COURT_SESSION = Trap('COURT_SESSION', court_session)
PRESS_CONFERENCE = Trap('PRESS_CONFERENCE', press_conference)
ASSEMBLY_AS_BODY = Trap('ASSEMBLY_AS_BODY', assembly_as_body)
SPORTS_MATCH = Trap('SPORTS_MATCH', sports_match)
SUBSCRIBED = Trap('SUBSCRIBED', subscribed)
POWER_TO_ACT = Trap('POWER_TO_ACT', power_to_act)
WITH_THE_PRESS = Trap('WITH_THE_PRESS', with_the_press)
SAYING = Trap('SAYING', saying)
