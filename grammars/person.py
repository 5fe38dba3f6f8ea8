"""People: a name, a post before a name, or both, in any case.

- NAME_FIRST_LAST: «Сергей Лавров», «Касым-Жомарта Токаева», «Юрием Ушаковым», «Эмманюэля Макрона»
- NAME_FIRST_MIDDLE_LAST: «Владимир Владимирович Путин»
- NAME_LAST_FIRST_MIDDLE: «Кошербаева Ермека Беделбаевича» (the surname first, as in documents)
- NAME_FIRST_SECOND_LAST: «Реджепом Тайипом Эрдоганом»
- NAME_WITH_PARTICLE: «Лулой да Силвой», «Мухаммедом бен Сальманом», «Урсулой фон дер Ляйен»
- NAME_SHORT_FAMILY_FIRST: «Си Цзиньпином», «Ли Кэцяном» (a one-syllable family name first)
- NAME_INITIALS_LAST: «В. В. Путин», «Ф.М. Достоевского»
- NAME_REGNAL: «Альберт II», «Елизаветы II»
- SURNAME: «Лавров», «Путина» (a word the dictionary knows as a surname)
- POSITION: «министр иностранных дел России», «главой МИД Казахстана», «официальный представитель
  МИД РФ», «помощником президента России по внешнеполитическим вопросам», «Посол России в Казахстане»,
  «заместитель премьер-министра – министр иностранных дел Казахстана»
- PERSON_POSITION_NAME: «президент РФ Владимир Путин», «главой МИД Казахстана Ермеком Кошербаевым»,
  «политолог Газиз Абишев», «президент Токаев», «генсеком Нгуен Фу Чонгом»
- PERSON_NAME_POSITION: «Ирина Волкова, пресс-секретарь губернатора»
- PERSON: any of them with a name
"""

from yargy import and_, not_, or_, rule
from yargy.predicates import caseless, dictionary, eq, gram, in_, in_caseless, is_capitalized, is_upper, length_eq, type
from yargy.relations import main

from grammars.gazetteer import gazetteer
from grammars.geo import GEO_ADJECTIVE, GEO_NAME
from grammars.lexicon import table, words
from grammars.org import ORG, ORG_LATIN
from grammars.predicates import (
    NAME_PARTICLES,
    given_name_part,
    known_surname,
    name_agreement,
    name_like,
    place_first,
    roman_numeral,
    short_family_name,
    surname_reading,
)

# a dash between words: see extractor.morph.DASH
DASH = type('DASH')

CAPITALIZED = and_(type('RU'), name_like())

# «Касым-Жомарт», «Салтыков-Щедрин»: two capitalised parts joined by a hyphen are one word of a name
NAME_WORD = or_(rule(CAPITALIZED), rule(CAPITALIZED, eq('-'), CAPITALIZED)).named('NAME_WORD')

# in «Касым-Жомарта» only the last part declines: it is the one that agrees
# «в Астане Токаев»: a city the dictionary reads first is no first name before a surname it does not know
FIRST_NAME = or_(
    rule(and_(CAPITALIZED, gram('Name'), not_(place_first()))),
    rule(and_(CAPITALIZED, gram('Name')), eq('-'), main(CAPITALIZED)),
).named('FIRST_NAME')

MIDDLE_NAME = rule(and_(CAPITALIZED, gram('Patr'))).named('MIDDLE_NAME')

LAST_NAME = rule(NAME_WORD).named('LAST_NAME')

SURNAME = rule(known_surname()).named('SURNAME')

INITIAL = rule(and_(type('RU'), is_capitalized(), length_eq(1)), eq('.')).named('INITIAL')

# a first name and a surname share case, number and gender: «Анатолий» is not «Анатолия» (plural) here
first_last = name_agreement()

# after a first name a capitalised word is the surname even where the dictionary knows it as a thing:
# «Эмманюэля Макрона» (a macron), «Ангела Меркель»
# («Роберт Банкс-Джонсон»: of two parts joined by a hyphen)
SURNAME_WORD = and_(type('RU'), is_capitalized(), not_(is_upper()))
SURNAME_AFTER_NAME = or_(
    rule(SURNAME_WORD), rule(SURNAME_WORD, eq('-'), SURNAME_WORD),
).named('SURNAME_AFTER_NAME')

NAME_FIRST_LAST = rule(
    FIRST_NAME.match(first_last),
    or_(LAST_NAME, SURNAME_AFTER_NAME).match(first_last),
).named('NAME_FIRST_LAST')

NAME_FIRST_MIDDLE_LAST = rule(FIRST_NAME, MIDDLE_NAME, LAST_NAME).named('NAME_FIRST_MIDDLE_LAST')

# after initials too: «А. Сельцовский», though the dictionary knows «сельцовский» as an adjective
NAME_INITIALS_LAST = rule(INITIAL.repeatable(max=2), or_(LAST_NAME, SURNAME_AFTER_NAME)).named('NAME_INITIALS_LAST')

# «Кошербаева Ермека Беделбаевича»: with a patronymic after it the first word is the surname
last_first_middle = name_agreement()

SURNAME_FIRST = rule(surname_reading()).named('SURNAME_FIRST')

NAME_LAST_FIRST_MIDDLE = rule(
    SURNAME_FIRST.match(last_first_middle), FIRST_NAME.match(last_first_middle),
    MIDDLE_NAME.match(last_first_middle),
).named('NAME_LAST_FIRST_MIDDLE')

# «Реджеп Тайип Эрдоган»: a second given name the dictionary need not know, between two that agree
first_second_last = name_agreement()

NAME_FIRST_SECOND_LAST = rule(
    FIRST_NAME.match(first_second_last), NAME_WORD, LAST_NAME.match(first_second_last),
).named('NAME_FIRST_SECOND_LAST')

# the little words of Arabic, Portuguese, Dutch, German names: «да», «бен», «фон дер»
NAME_PARTICLE = rule(in_(NAME_PARTICLES)).named('NAME_PARTICLE')

# after a particle a capitalised word is a surname, whatever thing the dictionary knows it as:
# «да Силвой» (not «силвой»), «ас-Сиси», joined by a hyphen as Arabic articles are
SURNAME_WITH_PARTICLE = or_(
    rule(NAME_PARTICLE.repeatable(max=2), main(SURNAME_AFTER_NAME)),
    rule(NAME_PARTICLE, eq('-'), main(SURNAME_AFTER_NAME)),
).named('SURNAME_WITH_PARTICLE')

# the surname agrees with a post before it: «Абдель», the first word, may stay undeclined
NAME_WITH_PARTICLE = rule(NAME_WORD.repeatable(max=3), main(SURNAME_WITH_PARTICLE)).named('NAME_WITH_PARTICLE')

# «Си Цзиньпин», «Ли Кэцян», «Ким Чен Ын»: Chinese and Korean names put the family name first, and
# the given name's syllables are whatever the dictionary makes of them («Чен» a place)
NAME_SHORT_FAMILY_FIRST = rule(
    short_family_name(), given_name_part().repeatable(max=2),
).named('NAME_SHORT_FAMILY_FIRST')

# «Альберт II», «Елизавета II», «Карл III»: a monarch's name and number
NAME_REGNAL = rule(FIRST_NAME, roman_numeral()).named('NAME_REGNAL')

NAME = or_(
    NAME_FIRST_MIDDLE_LAST, NAME_LAST_FIRST_MIDDLE, NAME_WITH_PARTICLE, NAME_FIRST_SECOND_LAST, NAME_FIRST_LAST,
    NAME_INITIALS_LAST, NAME_REGNAL, NAME_SHORT_FAMILY_FIRST,
).named('NAME')

# after a post any one or two capitalised words are a name, known to the dictionary or not:
# «политолог Газиз Абишев», «президент Токаев», «генсек Нгуен Фу Чонг»
NAME_AFTER_POSITION = or_(
    NAME,
    rule(NAME_WORD.repeatable(max=2), LAST_NAME),
    LAST_NAME,
).named('NAME_AFTER_POSITION')

# the sections of posts one is named to
TITLE_SECTIONS = ('political_titles', 'titles', 'company_titles')

POSITION_TITLE = gazetteer(
    [title for section in (*TITLE_SECTIONS, 'occupations') for title in words('positions', section)]
).named('POSITION_TITLE')

POSITION_MODIFIER = or_(
    gazetteer(words('positions', 'modifiers') + words('positions', 'former_modifiers')),
    rule(in_caseless({'экс', 'вице'}), eq('-')),
).named('POSITION_MODIFIER')

# the country a post belongs to: «российский посол», «министр ... России»; left out of the post's text
POSITION_GEO_MODIFIER = rule(GEO_ADJECTIVE).named('POSITION_GEO_MODIFIER')
POSITION_OF_GEO = rule(GEO_NAME).named('POSITION_OF_GEO')

POSITION_OF_ORG = or_(rule(ORG), rule(ORG_LATIN)).named('POSITION_OF_ORG')

# «начальник Генерального штаба», «глава отдела оценки», «руководитель аппарата»: a unit of a body, which
# the next complement may name
UNIT_WORDS = {*(word for word in words('positions', 'units') + words('positions', 'company_units') if ' ' not in word),
              *(word for kind in table('orgs', 'org_types').values() for word in kind)}

POSITION_OF_UNIT = or_(
    rule(
        gram('ADJF').repeatable(max=2).optional(),
        and_(dictionary(UNIT_WORDS), gram('gent')),
        and_(gram('NOUN'), gram('gent'), gram('inan'), not_(is_capitalized())).optional(),
    ),
    # «совета директоров», «наблюдательного совета»
    gazetteer(word for word in words('positions', 'company_units') if ' ' in word),
).named('POSITION_OF_UNIT')

# «пресс-секретарь президента», «пресс-секретарь казахстанского лидера»
POSITION_OF_POSITION = rule(GEO_ADJECTIVE.optional(), POSITION_TITLE).named('POSITION_OF_POSITION')

# «глава российской дипломатии»: the field of a post, with the country it belongs to
POSITION_FIELD = rule(POSITION_GEO_MODIFIER, and_(gram('NOUN'), gram('gent'), gram('inan'))).named('POSITION_FIELD')

# «по внешнеполитическим вопросам», «по делам СНГ»: a plural topic, unlike «по телефону»
POSITION_DOMAIN = rule(
    caseless('по'),
    gram('ADJF').repeatable(max=2).optional(),
    and_(gram('NOUN'), gram('datv'), gram('plur')),
    POSITION_OF_GEO.optional(),
).named('POSITION_DOMAIN')

# «посол России в Казахстане»
POSITION_POSTED_IN = rule(in_caseless({'в', 'во'}), GEO_NAME).named('POSITION_POSTED_IN')

POSITION_COMPLEMENT = or_(
    POSITION_OF_ORG,
    POSITION_OF_UNIT,
    POSITION_OF_GEO,
    POSITION_OF_POSITION,
    POSITION_DOMAIN,
).named('POSITION_COMPLEMENT')

# a field ends a post: in «визита главы российской дипломатии министерства иностранных дел России и
# Казахстана» the ministries are the next phrase, not the head's
POSITION_SINGLE = rule(
    POSITION_MODIFIER.optional(),
    POSITION_GEO_MODIFIER.optional(),
    POSITION_TITLE,
    or_(POSITION_FIELD, POSITION_COMPLEMENT.repeatable(max=3)).optional(),
).named('POSITION_SINGLE')

ENVOY_TITLE = gazetteer(words('positions', 'envoys')).named('ENVOY_TITLE')

# «Посол России в Казахстане»: only an envoy's post names the country he serves in
POSITION_ENVOY = rule(
    POSITION_MODIFIER.optional(),
    POSITION_GEO_MODIFIER.optional(),
    ENVOY_TITLE,
    POSITION_OF_GEO.optional(),
    POSITION_POSTED_IN,
).named('POSITION_ENVOY')

# «заместитель премьер-министра – министр иностранных дел»: one person, two posts
POSITION = or_(
    rule(POSITION_SINGLE, rule(DASH, POSITION_SINGLE).optional()),
    POSITION_ENVOY,
).named('POSITION')

# a post and the name after it share case and number, not gender: «министр Мария Захарова»
person_agreement = name_agreement(gender=False)

PERSON_POSITION_NAME = rule(
    POSITION.match(person_agreement),
    NAME_AFTER_POSITION.match(person_agreement),
).named('PERSON_POSITION_NAME')

# «Татьяна Скригонюк, заместитель начальника пресс-службы»: the post after the name, in apposition
apposition = name_agreement(gender=False)

PERSON_NAME_POSITION = rule(
    NAME.match(apposition), in_({',', '-', '–', '—'}), POSITION.match(apposition),
).named('PERSON_NAME_POSITION')

PERSON = or_(PERSON_POSITION_NAME, PERSON_NAME_POSITION, NAME, SURNAME).named('PERSON')
