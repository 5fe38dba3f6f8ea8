"""The SQLite sink (`extract --db`): rows of a run, a run repeated, a document replaced, the queries of docs/db.md."""

import json
import re
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from extractor.db import DatabaseWriter
from extractor.output import OutputError

ROOT = Path(__file__).parent.parent
FEED = [
    {'id': 'lavrov-yerevan',
     'text': 'Министр иностранных дел России Сергей Лавров посетил Ереван с рабочим визитом 14 марта 2025 года.'},
    {'id': 'lavrov-minsk',
     'text': 'Министр иностранных дел России Сергей Лавров посетил Минск с официальным визитом 5 декабря 2024 года.'},
    {'id': 'lavrov-fidan',
     'text': 'Сергей Лавров провел переговоры с министром иностранных дел Турции Хаканом Фиданом в Анкаре '
             '3 февраля 2025 года.'},
    {'id': 'lavrov-beijing', 'text': 'Глава МИД России Сергей Лавров посетит Пекин в четверг.', 'date': '2025-04-07'},
]
LAVROV = ('person', 'Сергей Лавров')
MINISTER = ('министр иностранных дел', 'Россия', None)


def run(*args):
    return subprocess.run([sys.executable, '-m', 'extractor', *args], capture_output=True, cwd=ROOT, timeout=180)


def extract_into(db: Path, feed: Path):
    result = run('extract', '--input-format', 'jsonl', str(feed), '--format', 'jsonl', '--db', str(db), '--jobs', '1')
    assert result.returncode == 0, result.stderr.decode()
    return result


@pytest.fixture(scope='module')
def feed(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp('feed') / 'feed.jsonl'
    path.write_text(''.join(json.dumps(item, ensure_ascii=False) + '\n' for item in FEED), encoding='utf-8')
    return path


@pytest.fixture(scope='module')
def database(feed, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp('db') / 'events.sqlite'
    result = extract_into(db, feed)
    assert [json.loads(line)['doc'] for line in result.stdout.decode().splitlines()] == [item['id'] for item in FEED]
    return db


def rows(db: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(sql).fetchall()


def test_one_run_stores_documents_events_arguments_and_mentions(database):
    assert rows(database, 'SELECT doc, date, date_source, text FROM documents ORDER BY doc') == sorted(
        (item['id'], item.get('date'), 'given' if 'date' in item else None, item['text']) for item in FEED)
    assert rows(database, 'SELECT doc, event, type, modality, scope, scope_rule, cameo, rule, date_text, '
                          'date_from, date_to, trigger_text, trigger_start, trigger_end FROM events '
                          'ORDER BY doc, event') == [
        ('lavrov-beijing', 'e1', 'visit', 'planned', 'diplomatic', 'VISIT_ABROAD', '042', 'visit.VISIT_BY_VERB',
         'четверг', '2025-04-10', '2025-04-10', 'посетит', 31, 38),
        ('lavrov-fidan', 'e1', 'talks', 'done', 'diplomatic', 'TWO_STATES', '046', 'talks.TALKS_BY_NOUN',
         '3 февраля 2025 года', '2025-02-03', '2025-02-03', 'переговоры', 21, 31),
        ('lavrov-minsk', 'e1', 'visit', 'done', 'diplomatic', 'VISIT_ABROAD', '042', 'visit.VISIT_BY_VERB',
         '5 декабря 2024 года', '2024-12-05', '2024-12-05', 'посетил', 45, 52),
        ('lavrov-yerevan', 'e1', 'visit', 'done', 'diplomatic', 'VISIT_ABROAD', '042', 'visit.VISIT_BY_VERB',
         '14 марта 2025 года', '2025-03-14', '2025-03-14', 'посетил', 45, 52),
    ]
    assert rows(database, 'SELECT doc, role, n, kind, normal, text, char_start, char_end, position, country, '
                          'organization FROM arguments ORDER BY doc, event, role, n') == [
        ('lavrov-beijing', 'destination', 0, 'city', 'Пекин', 'Пекин', 39, 44, None, None, None),
        ('lavrov-beijing', 'visitor', 0, *LAVROV, 'Глава МИД России Сергей Лавров', 0, 30,
         'глава МИД', 'Россия', 'МИД России'),
        ('lavrov-fidan', 'participants', 0, *LAVROV, 'Сергей Лавров', 0, 13, None, None, None),
        ('lavrov-fidan', 'participants', 1, 'person', 'Хакан Фидан',
         'министром иностранных дел Турции Хаканом Фиданом', 34, 82, 'министр иностранных дел', 'Турция', None),
        ('lavrov-fidan', 'place', 0, 'city', 'Анкара', 'Анкаре', 85, 91, None, None, None),
        ('lavrov-minsk', 'destination', 0, 'city', 'Минск', 'Минск', 53, 58, None, None, None),
        ('lavrov-minsk', 'kind', 0, 'other', 'официальный', 'официальным', 61, 72, None, None, None),
        ('lavrov-minsk', 'visitor', 0, *LAVROV, 'Министр иностранных дел России Сергей Лавров', 0, 44, *MINISTER),
        ('lavrov-yerevan', 'destination', 0, 'city', 'Ереван', 'Ереван', 53, 59, None, None, None),
        ('lavrov-yerevan', 'kind', 0, 'other', 'рабочий', 'рабочим', 62, 69, None, None, None),
        ('lavrov-yerevan', 'visitor', 0, *LAVROV, 'Министр иностранных дел России Сергей Лавров', 0, 44, *MINISTER),
    ]
    assert rows(database, 'SELECT doc, event, n, rule, sentence_start, sentence_end FROM mentions ORDER BY doc') == [
        ('lavrov-beijing', 'e1', 0, 'visit.VISIT_BY_VERB', 0, 55),
        ('lavrov-fidan', 'e1', 0, 'talks.TALKS_BY_NOUN', 0, 112),
        ('lavrov-minsk', 'e1', 0, 'visit.VISIT_BY_VERB', 0, 101),
        ('lavrov-yerevan', 'e1', 0, 'visit.VISIT_BY_VERB', 0, 97),
    ]
    # offsets point into the stored text
    assert rows(database, 'SELECT count(*) FROM arguments AS a JOIN documents AS d ON d.doc = a.doc '
                          'WHERE substr(d.text, a.char_start + 1, a.char_end - a.char_start) != a.text') == [(0,)]
    assert rows(database, 'SELECT count(*) FROM entities') == [(0,)]  # only with --entities


def test_running_the_same_batch_again_gives_the_same_database(database, feed, tmp_path):
    again = tmp_path / 'again.sqlite'
    shutil.copy(database, again)
    extract_into(again, feed)
    with closing(sqlite3.connect(database)) as once, closing(sqlite3.connect(again)) as twice:
        assert list(twice.iterdump()) == list(once.iterdump())
        counts = [twice.execute(f'SELECT count(*) FROM {table}').fetchone()[0]
                  for table in ('documents', 'events', 'arguments', 'mentions', 'entities')]
    assert counts == [4, 4, 11, 4, 0]


def doc_queries() -> list[str]:
    return re.findall(r'```sql\n(.*?)```', (ROOT / 'docs' / 'db.md').read_text(encoding='utf-8'), re.S)


def test_queries_of_the_docs(database):
    visits, by_month, talks, evidence = doc_queries()
    assert rows(database, visits) == [
        ('2025-03-14', 'done', 'Ереван', 'lavrov-yerevan', 'e1'),
        ('2025-04-10', 'planned', 'Пекин', 'lavrov-beijing', 'e1'),
    ]
    assert rows(database, by_month) == [('2025-02', 'talks', 1), ('2025-03', 'visit', 1), ('2025-04', 'visit', 1)]
    assert rows(database, talks) == [('Сергей Лавров', 'Хакан Фидан', 1)]
    assert [(place, doc, trigger) for place, doc, _, _, trigger, _ in rows(database, evidence)] == [
        ('Ереван', 'lavrov-yerevan', 'посетил'),
        ('Минск', 'lavrov-minsk', 'посетил'),
        ('Пекин', 'lavrov-beijing', 'посетит'),
    ]


def test_a_document_stored_again_replaces_its_rows(extractor, tmp_path):
    db = tmp_path / 'events.sqlite'
    first, second = FEED[2]['text'], FEED[0]['text']
    writer = DatabaseWriter(str(db))
    writer.write(extractor.extract(first, doc='news-1', entities=True), first)
    assert rows(db, 'SELECT type FROM events') == [('talks',)]
    writer.close()
    writer = DatabaseWriter(str(db))  # a later run
    writer.write(extractor.extract(second, doc='news-1'), second)
    writer.close()
    assert rows(db, 'SELECT doc, text FROM documents') == [('news-1', second)]
    assert rows(db, 'SELECT doc, event, type FROM events') == [('news-1', 'e1', 'visit')]
    assert rows(db, 'SELECT role, normal FROM arguments ORDER BY role') == [
        ('destination', 'Ереван'), ('kind', 'рабочий'), ('visitor', 'Сергей Лавров')]
    assert rows(db, 'SELECT count(*) FROM mentions') == [(1,)]
    assert rows(db, 'SELECT count(*) FROM entities') == [(0,)]  # the first version's entities are gone too


def test_a_file_that_is_not_a_database_is_a_one_line_error(tmp_path):
    path = tmp_path / 'notes.sqlite'
    path.write_text('not a database, just notes\n' * 100, encoding='utf-8')
    with pytest.raises(OutputError, match=re.escape(f'{path}: cannot use as an SQLite database')):
        DatabaseWriter(str(path))
    result = run('extract', str(path), '--db', str(path))
    assert result.returncode == 2
    assert result.stderr.decode() == f'error: {path}: cannot use as an SQLite database (file is not a database)\n'


def test_a_database_of_another_schema_version_is_refused(tmp_path):
    path = tmp_path / 'old.sqlite'
    with closing(sqlite3.connect(path)) as connection:
        connection.execute('PRAGMA user_version = 7')
    with pytest.raises(OutputError, match='schema version 7, this extractor writes version 2'):
        DatabaseWriter(str(path))
