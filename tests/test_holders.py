"""Office holders: a name (full, alias or bare surname) and a year give the offices held, and the
lexicon is checked, with errors that name the file and the person."""

import pytest

from extractor import holders
from extractor.holders import Office, acts_for, offices_of
from grammars import lexicon

PUTIN = (
    Office('премьер-министр', 'Россия', 1999, 2000),
    Office('президент', 'Россия', 2000, 2008),
    Office('премьер-министр', 'Россия', 2008, 2012),
    Office('президент', 'Россия', 2012, None),
)

OFFICES = [
    # a full name, with a year and without
    ('Владимир Путин', 2010, (Office('премьер-министр', 'Россия', 2008, 2012),)),
    ('Владимир Путин', None, PUTIN),
    # an alias
    ('Джордж Буш-младший', None, (Office('президент', 'США', 2001, 2009),)),
    # a bare surname, the last word of the name; case and ё do not matter
    ('Путин', None, PUTIN),
    ('ГРАЧЁВ', 1993, (Office('министр обороны', 'Россия', 1992, 1996),)),
    # the `surname` where the last word is not it
    ('Си', 2020, (Office('председатель КНР', 'Китай', 2013, None),)),
    ('фон дер Ляйен', 2015, (Office('министр обороны', 'Германия', 2013, 2019),)),
    ('бен Сальман', 2016, (Office('министр обороны', 'Саудовская Аравия', 2015, 2022),)),
    # a surname three Danes share: whoever held an office that year, none where two did for
    # different states (Anders Fogh Rasmussen at NATO, Lars Løkke Rasmussen in Copenhagen), none without a year
    ('Расмуссен', 1995, (Office('премьер-министр', 'Дания', 1993, 2001),)),
    ('Расмуссен', 2005, (Office('премьер-министр', 'Дания', 2001, 2009),)),
    ('Расмуссен', 2010, ()),
    ('Расмуссен', None, ()),
    ('Фишер', 2000, (Office('министр иностранных дел', 'Германия', 1998, 2005),)),
    ('Фишер', 2004, ()),
    # a surname shared within one state stands for all its bearers' offices there
    ('Буш', None, (Office('вице-президент', 'США', 1981, 1989), Office('президент', 'США', 1989, 1993),
                   Office('президент', 'США', 2001, 2009))),
    ('Алиев', 2003, (Office('президент', 'Азербайджан', 1993, 2003),
                     Office('премьер-министр', 'Азербайджан', 2003, 2003),
                     Office('президент', 'Азербайджан', 2003, None))),
    # a year outside every term, a name nobody bears
    ('Путин', 1995, ()),
    ('Михаил Горбачев', 2000, ()),
    ('Иван Петров', None, ()),
]


@pytest.mark.parametrize('name, year, expected', OFFICES, ids=[f'case{number:02d}' for number in range(len(OFFICES))])
def test_offices_of(name, year, expected):
    assert offices_of(name, year) == expected, f'{name} {year}'


ACTS = [
    # a Spanish foreign minister, then NATO's secretary general, then the EU's high representative
    ('Хавьер Солана', 1993, 'Испания'),
    ('Хавьер Солана', 1997, 'НАТО'),
    ('Хавьер Солана', 2005, 'ЕС'),
    ('Хавьер Солана', None, None),
    ('Йенс Столтенберг', 2010, 'Норвегия'),
    ('Столтенберг', 2015, 'НАТО'),
    ('Путин', None, 'Россия'),
    ('Путин', 1995, None),
    ('Иван Петров', None, None),
]


@pytest.mark.parametrize('name, year, expected', ACTS, ids=[f'case{number:02d}' for number in range(len(ACTS))])
def test_acts_for(name, year, expected):
    assert acts_for(name, year) == expected, f'{name} {year}'


def test_every_term_names_a_state_or_body_of_the_geo_or_orgs_lexicon():
    known = {entry.name for entry in lexicon.entries('geo', 'countries')}
    known |= {entry.name for entry in lexicon.entries('orgs', 'organizations')}
    unknown = [(person['name'], term) for person in lexicon.load('office_holders')['holders']
               for term in person['terms'] if term[1] not in known]
    assert unknown == []


@pytest.fixture
def toy(tmp_path, monkeypatch):
    """A lexicon folder of the test's own with a tiny geo.yml and orgs.yml: writes office_holders.yml."""
    monkeypatch.setattr(lexicon, 'LEXICON_DIR', tmp_path)
    monkeypatch.setenv('NEWS_EVENTS_CACHE', str(tmp_path / 'cache'))
    (tmp_path / 'geo.yml').write_text('countries:\n  - name: Россия\n', encoding='utf-8')
    (tmp_path / 'orgs.yml').write_text('organizations:\n  - name: ООН\n', encoding='utf-8')
    caches = (lexicon.load, lexicon.entries, lexicon.index, holders.index)
    for cached in caches:
        cached.cache_clear()

    def write(people: str):
        (tmp_path / 'office_holders.yml').write_text(f'holders:\n{people}', encoding='utf-8')

    yield write
    for cached in caches:
        cached.cache_clear()


FILE = 'grammars/lexicons/office_holders.yml'
BROKEN = [
    ('  - name: Иван Петров\n    terms:\n      - [президент, Россия, 2000]\n',
     f"{FILE}: 'Иван Петров': term ['президент', 'Россия', 2000] is not [post, state, from, to]"),
    ('  - name: Иван Петров\n    terms:\n      - [президент, Атлантида, 2000, 2004]\n',
     f"{FILE}: 'Иван Петров': 'Атлантида' is in neither geo.yml countries nor orgs.yml organizations"),
    ('  - name: Иван Петров\n    terms:\n      - [генеральный секретарь, ООН, 2008, 2000]\n',
     f"{FILE}: 'Иван Петров': term ['генеральный секретарь', 'ООН', 2008, 2000] ends before it starts"),
    ('  - name: Иван Петров\n    terms:\n      - [президент, Россия, 2000, null]\n'
     '  - name: Иван Петров\n    terms:\n      - [президент, Россия, 2000, null]\n',
     f"{FILE}: 'Иван Петров' listed twice (holders, holders)"),
]


@pytest.mark.parametrize('people, message', BROKEN, ids=['short-term', 'unknown-state', 'from-after-to', 'twice'])
def test_a_broken_lexicon_names_the_file_and_the_person(toy, people, message):
    toy(people)
    with pytest.raises(lexicon.LexiconError) as error:
        offices_of('Петров')
    assert str(error.value) == message


def test_a_sound_toy_lexicon_is_read(toy):
    toy('  - name: Иван Петров\n    terms:\n      - [президент, Россия, 2000, null]\n')
    assert offices_of('Петров', 2001) == (Office('президент', 'Россия', 2000, None),)
