"""Organisations: named ones from the lexicon, state bodies of a country, quoted names.

- ORG_NAME: «ЕАЭС», «Шанхайской организации сотрудничества», «Генеральной Ассамблеи ООН»
- ORG_STATE_BODY: «МИД РФ», «министерства иностранных дел России и Казахстана», «российский МИД»
- ORG_QUOTED: «компания "Газпром нефть"», «агентство «Новости-Грузия»»
- ORG: any of them
- ORG_LATIN: «Lockheed Martin», read only as the body of a post (grammars/person.py)
"""

from yargy import and_, not_, or_, rule
from yargy.predicates import caseless, dictionary, in_, is_capitalized, type

from grammars.gazetteer import gazetteer
from grammars.geo import GEO_ADJECTIVE, GEO_NAME
from grammars.lexicon import entries, table

ORG_NAME = gazetteer(
    name for entry in entries('orgs', 'organizations') for name in entry.names
).named('ORG_NAME')

STATE_BODY = gazetteer(
    name for entry in entries('orgs', 'state_bodies') for name in entry.names
).named('STATE_BODY')

# «России и Казахстана»: one body named for two countries stands for the body of each
ORG_OF_GEO = rule(GEO_NAME, rule(caseless('и'), GEO_NAME).optional()).named('ORG_OF_GEO')

ORG_GEO_ADJECTIVE = rule(GEO_ADJECTIVE).named('ORG_GEO_ADJECTIVE')

# a body named by a common noun needs its country («правительство Японии»); one with a name of
# its own stands alone too («МИД», «Минобороны»)
STATE_BODY_NAME = gazetteer(
    name for entry in entries('orgs', 'state_bodies') for name in entry.names if name[:1].isupper()
).named('STATE_BODY_NAME')

ORG_STATE_BODY = or_(
    rule(ORG_GEO_ADJECTIVE, STATE_BODY),
    rule(STATE_BODY, ORG_OF_GEO),
    STATE_BODY_NAME,
).named('ORG_STATE_BODY')

QUOTE_MARKS = frozenset({'«', '»', '"', '„', '“', '”'})
QUOTE = in_(QUOTE_MARKS)

ORG_TYPE = rule(dictionary({word for kind in table('orgs', 'org_types').values() for word in kind})).named('ORG_TYPE')

# the name inside quotes starts capitalised and holds no quote of its own
QUOTED_NAME = rule(and_(is_capitalized(), not_(QUOTE)), not_(QUOTE).repeatable(max=6).optional()).named('QUOTED_NAME')

ORG_QUOTED = rule(ORG_TYPE, QUOTE, QUOTED_NAME, QUOTE).named('ORG_QUOTED')

# «директор Lockheed Martin», «глава правления News Corp»: a body Russian news write in Latin letters is
# a company, a medium or a club; only a post's complement is read so, as a name in Latin after a
# person is the person's own («Кристофер Кубасик (Christopher Kubasik)»)
ORG_LATIN = rule(and_(type('LATIN'), is_capitalized()), and_(type('LATIN'), is_capitalized()).optional()).named(
    'ORG_LATIN')

ORG = or_(ORG_STATE_BODY, ORG_QUOTED, ORG_NAME).named('ORG')
