"""Countries, cities and regions, as nouns and as adjectives.

- COUNTRY: «Россию», «Республики Казахстан», «РФ», «Соединённых Штатов»
- CITY: «в Астане», «Нью-Йорке», «Алма-Аты»
- REGION: «Татарстана», «Подмосковье», «Центральной Азии»
- GEO_ADJECTIVE: «российской», «казахстанском»
- GEO_ADJECTIVE_COMPOUND: «российско-казахстанских» (each part names its country)
- GEO_NAME: any of the nouns; GEO: a noun or an adjective
"""

from yargy import or_, rule
from yargy.predicates import eq, in_caseless

from grammars.gazetteer import gazetteer
from grammars.lexicon import Entry, entries, fold, index

SECTIONS = ('countries', 'cities', 'regions')


def names_of(section: str, ambiguous: bool = False) -> list[str]:
    return [name for entry in entries('geo', section) if entry.ambiguous == ambiguous for name in entry.names]


def place_names(section: str):
    # a name that is also an everyday word or a person's name («Того», «Курган», «Киров») is held
    # to a stricter test: see grammars.gazetteer.plainly_geographic
    return gazetteer(names_of(section), strict=names_of(section, ambiguous=True))


def adjectives() -> list[str]:
    return [word for section in SECTIONS for entry in entries('geo', section) for word in entry.adjectives]


def compound_stems() -> dict[str, Entry]:
    """«российско-», «американо-»: first parts of compound adjectives, made from the lemmas."""
    stems: dict[str, Entry] = {}
    for section in SECTIONS:
        for entry in entries('geo', section):
            for word in entry.adjectives:
                if word.endswith('ский'):
                    stems.setdefault(word[:-2] + 'о', entry)
                    stems.setdefault(word[:-4] + 'о', entry)
                elif word[-2:] in ('ий', 'ый', 'ой'):
                    stems.setdefault(word[:-2] + 'о', entry)
    return stems


def geo_entry(word: str) -> Entry | None:
    """The entry a matched name, alias, adjective or compound part belongs to."""
    return index('geo', SECTIONS).get(fold(word)) or compound_stems().get(word.lower())


COUNTRY = place_names('countries').named('COUNTRY')
CITY = place_names('cities').named('CITY')
REGION = place_names('regions').named('REGION')

GEO_NAME = or_(COUNTRY, CITY, REGION).named('GEO_NAME')

GEO_ADJECTIVE = gazetteer(adjectives()).named('GEO_ADJECTIVE')

GEO_ADJECTIVE_STEM = rule(in_caseless(set(compound_stems()))).named('GEO_ADJECTIVE_STEM')

GEO_ADJECTIVE_COMPOUND = rule(
    rule(GEO_ADJECTIVE_STEM, eq('-')).repeatable(max=2),
    GEO_ADJECTIVE,
).named('GEO_ADJECTIVE_COMPOUND')

GEO = or_(GEO_NAME, GEO_ADJECTIVE_COMPOUND, GEO_ADJECTIVE).named('GEO')
