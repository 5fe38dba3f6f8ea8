"""The database under others' hands: a reader's open transaction or a writer's brief lock does not stop
a run, a database that is not this extractor's is refused untouched, and one id twice in a run is an error."""

import json
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

import pytest

from extractor import db as db_module
from extractor.db import DatabaseWriter
from extractor.output import OutputError

ROOT = Path(__file__).parent.parent
MINSK = 'Министр иностранных дел России Сергей Лавров посетил Минск с официальным визитом 5 декабря 2024 года.'
YEREVAN = 'Министр иностранных дел России Сергей Лавров посетил Ереван с рабочим визитом 14 марта 2025 года.'


@pytest.fixture
def quick(monkeypatch):
    """A busy wait of a tenth of a second rather than seconds, so that a lock is met within the test."""
    monkeypatch.setattr(db_module, 'BUSY_TIMEOUT', 0.1, raising=False)


def rows(path: Path, query: str) -> list:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(query).fetchall()


def test_a_reader_holding_a_transaction_does_not_stop_the_writer(extractor, tmp_path, quick):
    path = tmp_path / 'events.sqlite'
    writer = DatabaseWriter(str(path))
    writer.write(extractor.extract(MINSK, doc='minsk'), MINSK)
    with closing(sqlite3.connect(path)) as reader:
        reader.execute('BEGIN')
        assert reader.execute('SELECT doc FROM documents').fetchall() == [('minsk',)]
        writer.write(extractor.extract(YEREVAN, doc='yerevan'), YEREVAN)
        assert reader.execute('SELECT doc FROM documents').fetchall() == [('minsk',)]  # its own snapshot
        reader.execute('COMMIT')
    writer.close()
    assert rows(path, 'SELECT doc FROM documents ORDER BY doc') == [('minsk',), ('yerevan',)]


def test_a_writer_holding_the_lock_a_moment_is_waited_for(extractor, tmp_path, quick):
    path = tmp_path / 'events.sqlite'
    writer = DatabaseWriter(str(path))
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute('BEGIN IMMEDIATE')
    release = threading.Timer(0.2, other.execute, ('COMMIT',))  # two busy waits and more
    release.start()
    writer.write(extractor.extract(MINSK, doc='minsk'), MINSK)
    release.join()
    other.close()
    writer.close()
    assert rows(path, 'SELECT doc FROM documents') == [('minsk',)]


def test_a_database_of_another_application_is_refused_untouched(tmp_path):
    path = tmp_path / 'notes.sqlite'
    with closing(sqlite3.connect(path)) as connection:
        connection.execute('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)')
        connection.commit()
    before = path.read_bytes()
    with pytest.raises(OutputError) as error:
        DatabaseWriter(str(path))
    assert str(error.value) == f'{path}: not a database of this extractor (its tables: notes)'
    assert path.read_bytes() == before


def test_a_database_of_an_older_schema_is_refused_untouched(tmp_path):
    path = tmp_path / 'old.sqlite'
    with closing(sqlite3.connect(path)) as connection:
        connection.execute('CREATE TABLE documents (doc TEXT PRIMARY KEY, text TEXT)')
        connection.execute('PRAGMA user_version = 1')
        connection.commit()
    before = path.read_bytes()
    with pytest.raises(OutputError, match='schema version 1, this extractor writes version 2'):
        DatabaseWriter(str(path))
    assert path.read_bytes() == before


def test_one_document_id_twice_in_a_run_is_an_error_and_the_first_stays(extractor, tmp_path):
    path = tmp_path / 'events.sqlite'
    writer = DatabaseWriter(str(path))
    writer.write(extractor.extract(MINSK, doc='news-1'), MINSK)
    with pytest.raises(OutputError, match="document 'news-1' given twice in this run"):
        writer.write(extractor.extract(YEREVAN, doc='news-1'), YEREVAN)
    writer.close()
    assert rows(path, 'SELECT doc, text FROM documents') == [('news-1', MINSK)]


def test_a_feed_with_one_id_twice_stores_the_first_and_names_the_second(tmp_path):
    feed = tmp_path / 'feed.jsonl'
    feed.write_text(''.join(json.dumps(item, ensure_ascii=False) + '\n' for item in [
        {'id': 'news-1', 'text': MINSK}, {'id': 'news-1', 'text': YEREVAN}, {'id': 'news-2', 'text': YEREVAN}]),
        encoding='utf-8')
    path = tmp_path / 'events.sqlite'
    result = subprocess.run([sys.executable, '-m', 'extractor', 'extract', '--input-format', 'jsonl', str(feed),
                             '--format', 'jsonl', '--db', str(path), '--jobs', '1'],
                            capture_output=True, text=True, cwd=ROOT, timeout=180)
    assert result.returncode == 1
    assert result.stderr == 'error: news-1: document id given twice in this run; the first is kept\n'
    assert [json.loads(line)['doc'] for line in result.stdout.splitlines()] == ['news-1', 'news-2']
    assert rows(path, 'SELECT doc, text FROM documents ORDER BY doc') == [('news-1', MINSK), ('news-2', YEREVAN)]
