"""Talks and meetings between parties.

- TALKS_BY_VERB: «Лавров проведет переговоры с главой МИД Казахстана Ермеком Кошербаевым»,
  «встретился с министром иностранных дел РФ Сергеем Лавровым и помощником президента России Юрием
  Ушаковым», «министры комплексно обсудят широкий спектр вопросов», «стороны обсудили»
- REPRESENTED: the state a participant speaks for: «он представлял Иран на переговорах»
- TALKS_BY_RECEPTION: «Барак Обама принимает в Белом доме своего французского коллегу Николя Саркози»
- TALKS_NOUN_PHRASE: «переговоры в узком и расширенном форматах», «последняя двусторонняя встреча
  Лаврова и Нуртлеу», «на встрече с Токаевым»
- TALKS_BY_NOUN: the noun phrase with what is said of it: «встреча ... состоялась 26 сентября на полях
  79-й сессии Генеральной Ассамблеи ООН в Нью-Йорке»
- TALKS: any of them
"""

from yargy import and_, not_, or_, rule
from yargy.predicates import caseless, dictionary, eq, gram, in_, in_caseless, is_capitalized, is_upper

from grammars.declaration import EventType
from grammars.gazetteer import gazetteer
from grammars.geo import GEO_NAME
from grammars.lexicon import table
from grammars.org import ORG
from grammars.person import NAME_WORD
from grammars.roles import (
    AGENTS,
    CONTENT_WORD,
    CONTEXT,
    CONTEXT_MARKER,
    EVENT_VERB,
    FILLER,
    PLACE,
    SAID_THAT,
    WHEN,
    around,
    predicate,
    some,
)
from grammars.traps import POWER_TO_ACT, SPORTS_MATCH, WITH_THE_PRESS

WORDS = table('events', 'talks')

TALKS_VERB = gazetteer(WORDS['verbs']).named('TALKS_VERB')
TALKS_NOUN = gazetteer(WORDS['nouns']).named('TALKS_NOUN')

PARTICIPANTS = rule(AGENTS).named('PARTICIPANTS')

# «с главой МИД Казахстана», «со своим казахстанским коллегой»: the other side
# a capitalised word after «с» names a person even where the dictionary does not know it: «с Токаевым»
PARTNER_SIDE = rule(in_caseless({'с', 'со'}), dictionary({'свой'}).optional(), or_(AGENTS, NAME_WORD)).named(
    'PARTNER_SIDE')

# «с канцлером Германии и с президентом Казахстана»: the preposition said again for each side
PARTNER = rule(PARTNER_SIDE, rule(or_(caseless('и'), eq(',')), PARTNER_SIDE).repeatable(max=3).optional()).named(
    'PARTNER')

QUALITY = or_(gram('ADJF'), gram('PRTF'))

# «в узком и расширенном форматах», «в режиме ВКС»
TALKS_FORMAT = or_(
    rule(in_caseless({'в', 'во'}), QUALITY, rule(caseless('и'), QUALITY).optional(), dictionary({'формат', 'состав'})),
    rule(in_caseless({'в', 'во'}), gazetteer(WORDS['formats'])),
).named('TALKS_FORMAT')

# «широкий спектр вопросов», «актуальные вопросы российско-казахстанских отношений»: what is talked of
TOPIC_WORD = and_(or_(gram('NOUN'), gram('ADJF'), gram('PRTF'), gram('NUMR')), not_(gram('Name')), CONTENT_WORD)
TALKS_TOPIC = rule(
    # a topic may name someone («подготовку визита Путина»), but opens with what is talked of: a
    # surname there («Ангелой Меркель») ends the name before it, and so does an abbreviation («с главой
    # МИД Казахстана ситуацию»)
    and_(TOPIC_WORD, gram('accs'), not_(gram('Surn')), not_(is_upper())),
    rule(or_(TOPIC_WORD, in_({'и', '-', 'к', 'о', 'об', 'по', 'с', 'в', 'на'}))).repeatable(max=8).optional(),
    TOPIC_WORD.optional(),
).named('TALKS_TOPIC')

TALKS_DATE = rule(WHEN).named('TALKS_DATE')

# «представлял Иран на переговорах», «представляющий интересы России»: the state or body a participant
# speaks for takes part too
REPRESENTED = rule(
    dictionary({'представлять', 'представить'}), dictionary({'интерес'}).optional(), or_(GEO_NAME, ORG),
).named('REPRESENTED')

TALKS_ARGUMENT = or_(
    PARTICIPANTS, PARTNER, PLACE, TALKS_DATE, TALKS_FORMAT, REPRESENTED, CONTEXT, FILLER, SAID_THAT,
).named('TALKS_ARGUMENT')

TALKS_BY_VERB = around(
    predicate(TALKS_VERB), TALKS_ARGUMENT, after=4
).named('TALKS_BY_VERB')

TALKS_BY_VERB_ON_TOPIC = rule(
    some(TALKS_ARGUMENT, 4),
    predicate(TALKS_VERB),
    some(TALKS_ARGUMENT, 2),
    TALKS_TOPIC,
).named('TALKS_BY_VERB_ON_TOPIC')

# a passive «принят», «принятого» is a law or a decision taken, never a guest received
RECEPTION_VERB = rule(and_(dictionary(set(WORDS['receptions'])), not_(gram('pssv')))).named('RECEPTION_VERB')

# «своего французского коллегу Николя Саркози»: who is received, right after the verb or a place or date
GUEST = rule(dictionary({'свой'}).optional(), AGENTS).named('GUEST')

# «в Кремле», «в Белом доме», «в резиденции»: where a host receives; a capitalised name or a residence
VENUE = rule(
    in_caseless({'в', 'во'}),
    or_(rule(and_(gram('ADJF'), is_capitalized()), gram('NOUN')), rule(and_(gram('NOUN'), is_capitalized())),
        rule(gram('ADJF').optional(), dictionary({'резиденция'}))),
).named('VENUE')

# «Барак Обама принимает в Белом доме своего французского коллегу Николя Саркози»; only a person or a
# post is a guest, so «принял закон», «принял участие», «принял решение» are not receptions
TALKS_BY_RECEPTION = rule(
    or_(PARTICIPANTS, TALKS_DATE, PLACE, VENUE, FILLER).repeatable(max=3).optional(),
    predicate(RECEPTION_VERB),
    or_(PLACE, VENUE, TALKS_DATE, FILLER).repeatable(max=2).optional(),
    GUEST,
    or_(PLACE, TALKS_DATE).repeatable(max=2).optional(),
).named('TALKS_BY_RECEPTION')

# the participants after the noun are in the genitive: «встреча Лаврова и Нуртлеу»; «во время встречи
# с президентом России» is the meeting itself, and what the clause around says belongs to it
TALKS_NOUN_PHRASE = rule(
    or_(rule(in_caseless({'на', 'в', 'во'})), CONTEXT_MARKER).optional(),
    gram('ADJF').repeatable(max=3).optional(),
    TALKS_NOUN,
    PARTICIPANTS.optional(),
    or_(PARTNER, TALKS_FORMAT).repeatable(max=2).optional(),
).named('TALKS_NOUN_PHRASE')

TALKS_BY_NOUN = around(TALKS_NOUN_PHRASE, or_(TALKS_ARGUMENT, EVENT_VERB), before=3, after=5).named('TALKS_BY_NOUN')

TALKS = or_(TALKS_BY_VERB_ON_TOPIC, TALKS_BY_VERB, TALKS_BY_RECEPTION, TALKS_BY_NOUN).named('TALKS')

TALKS_TYPE = EventType(
    name='talks', module=__name__, root=TALKS,
    words=('verbs', 'nouns'), grammar_words=('receptions',), active_only=('receptions',),
    triggers=(TALKS_VERB, RECEPTION_VERB, TALKS_NOUN),
    roles=((PARTICIPANTS, 'participants'), (PARTNER, 'participants'), (GUEST, 'participants'),
           (REPRESENTED, 'participants'), (PLACE, 'place'), (TALKS_FORMAT, 'format'), (TALKS_TOPIC, 'topic')),
    role_order=('participants', 'place', 'format', 'topic'),
    agent_role='participants', place_role='place',
    dates=(TALKS_DATE,), verbs=(TALKS_VERB, EVENT_VERB),
    traps=(SPORTS_MATCH, POWER_TO_ACT, WITH_THE_PRESS),
    cameo='040', cameo_when=(('planned', '036'), ('negotiation', '046'), ('third_place', '044')), kind='meeting',
)
