"""The records of a batch appended to an SQLite database (`extract --db events.sqlite`), for SQL over many runs.

A document is keyed by its name (`doc`): processing it again replaces its rows in one transaction, so
running a batch twice leaves the database as one run does. Tables are WITHOUT ROWID with keys made of
the document's name and the ids of its records, so equal content is equal rows, whatever the order
documents came in. The schema and example queries: docs/db.md.
"""

from __future__ import annotations

import sqlite3

from extractor.output import OutputError
from extractor.records import Arg, Document, Event

# 2: events carry their scope and the rule that decided it
SCHEMA_VERSION = 2
TABLES = ('documents', 'events', 'arguments', 'mentions', 'entities')
# how long a write waits for another connection's lock (seconds), and how many times it waits: with
# write-ahead logging a reader never blocks a write, but another writer (a second run, a cleanup) may
BUSY_TIMEOUT = 5.0
ATTEMPTS = 4

# offsets are `*_start`/`*_end` (character offsets into documents.text, end exclusive): `end` is SQL's keyword
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc TEXT PRIMARY KEY, date TEXT, date_source TEXT, warnings TEXT, text TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events (
    doc TEXT NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    event TEXT NOT NULL, type TEXT NOT NULL, modality TEXT NOT NULL, scope TEXT NOT NULL, scope_rule TEXT,
    cameo TEXT, rule TEXT NOT NULL,
    date_text TEXT, date_start INTEGER, date_end INTEGER, date_from TEXT, date_to TEXT,
    trigger_text TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
    sentence_text TEXT NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    related TEXT,
    PRIMARY KEY (doc, event)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS arguments (
    doc TEXT NOT NULL, event TEXT NOT NULL, role TEXT NOT NULL, n INTEGER NOT NULL,
    kind TEXT NOT NULL, normal TEXT, text TEXT NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    position TEXT, country TEXT, organization TEXT, date_from TEXT, date_to TEXT,
    doc_kind TEXT, period_from INTEGER, period_to INTEGER, count INTEGER, rule TEXT,
    PRIMARY KEY (doc, event, role, n),
    FOREIGN KEY (doc, event) REFERENCES events (doc, event) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mentions (
    doc TEXT NOT NULL, event TEXT NOT NULL, n INTEGER NOT NULL, rule TEXT NOT NULL,
    trigger_text TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
    sentence_text TEXT NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    trace TEXT,
    PRIMARY KEY (doc, event, n),
    FOREIGN KEY (doc, event) REFERENCES events (doc, event) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entities (
    doc TEXT NOT NULL REFERENCES documents (doc) ON DELETE CASCADE, n INTEGER NOT NULL,
    kind TEXT NOT NULL, normal TEXT, text TEXT NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    position TEXT, country TEXT, organization TEXT, date_from TEXT, date_to TEXT,
    doc_kind TEXT, period_from INTEGER, period_to INTEGER, count INTEGER, rule TEXT,
    PRIMARY KEY (doc, n)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS events_by_type ON events (type, date_from);
CREATE INDEX IF NOT EXISTS events_by_scope ON events (scope, type);
CREATE INDEX IF NOT EXISTS events_by_date ON events (date_from, date_to);
CREATE INDEX IF NOT EXISTS arguments_by_normal ON arguments (normal, kind, role);
CREATE INDEX IF NOT EXISTS entities_by_normal ON entities (normal, kind);
"""

ARG_COLUMNS = ('kind', 'normal', 'text', 'char_start', 'char_end', 'position', 'country', 'organization',
               'date_from', 'date_to', 'doc_kind', 'period_from', 'period_to', 'count', 'rule')
EVENT_COLUMNS = ('doc', 'event', 'type', 'modality', 'scope', 'scope_rule', 'cameo', 'rule', 'date_text',
                 'date_start', 'date_end', 'date_from', 'date_to', 'trigger_text', 'trigger_start', 'trigger_end',
                 'sentence_text', 'sentence_start', 'sentence_end', 'related')
MENTION_COLUMNS = ('doc', 'event', 'n', 'rule', 'trigger_text', 'trigger_start', 'trigger_end',
                   'sentence_text', 'sentence_start', 'sentence_end', 'trace')


def insert(table: str, columns: tuple[str, ...]) -> str:
    return f'INSERT INTO {table} ({", ".join(columns)}) VALUES ({", ".join("?" * len(columns))})'


def arg_values(item: Arg) -> tuple:
    period = item.period or (None, None)
    return (item.kind, item.normal, item.text, item.start, item.end, item.position, item.country,
            item.organization, item.date_from, item.date_to, item.doc_kind, period[0], period[1], item.count,
            item.rule)


def event_values(doc: str, event: Event) -> tuple:
    when = event.date
    trigger, sentence = event.trigger, event.sentence
    return (doc, event.id, event.type, event.modality, event.scope, event.scope_rule, event.cameo, event.rule,
            when and when.text, when and when.start, when and when.end, when and when.date_from,
            when and when.date_to, trigger.text, trigger.start, trigger.end,
            sentence.text, sentence.start, sentence.end, ' '.join(event.related) or None)


def document_rows(document: Document, text: str) -> dict[str, list[tuple]]:
    """The rows of one document, by table, in the order foreign keys need them."""
    doc = document.doc
    rows: dict[str, list[tuple]] = {
        'documents': [(doc, document.date, document.date_source, '\n'.join(document.warnings) or None, text)],
        'events': [], 'arguments': [], 'mentions': [], 'entities': [],
    }
    for event in document.events:
        rows['events'].append(event_values(doc, event))
        for role, items in event.args:
            rows['arguments'].extend((doc, event.id, role, n, *arg_values(item)) for n, item in enumerate(items))
        rows['mentions'].extend(
            (doc, event.id, n, mention.rule, mention.trigger.text, mention.trigger.start, mention.trigger.end,
             mention.sentence.text, mention.sentence.start, mention.sentence.end, mention.trace)
            for n, mention in enumerate(event.mentions))
    rows['entities'] = [(doc, n, *arg_values(item)) for n, item in enumerate(document.entities or ())]
    return rows


INSERTS = {
    'documents': insert('documents', ('doc', 'date', 'date_source', 'warnings', 'text')),
    'events': insert('events', EVENT_COLUMNS),
    'arguments': insert('arguments', ('doc', 'event', 'role', 'n', *ARG_COLUMNS)),
    'mentions': insert('mentions', MENTION_COLUMNS),
    'entities': insert('entities', ('doc', 'n', *ARG_COLUMNS)),
}


class DatabaseWriter:
    """A sink like the output writers: `write()` stores one document (replacing it if stored by an earlier
    run; one name twice in a run is an error, not a silent replacement)."""

    def __init__(self, path: str, trace: bool = False):
        self.path = path
        self.written: set[str] = set()
        try:
            self.connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT)  # transactions are ours
            refused = refusal(self.connection)  # asked before anything in the file is changed
            if refused:
                self.connection.close()
                raise OutputError(f'{path}: {refused}')
            # readers (sqlite3 in another terminal, a dashboard) keep their snapshot and never block a commit
            self.connection.execute('PRAGMA journal_mode = WAL')
            self.connection.execute('PRAGMA foreign_keys = ON')
            self.connection.executescript(SCHEMA + f'PRAGMA user_version = {SCHEMA_VERSION};')
        except sqlite3.Error as error:
            raise OutputError(f'{path}: cannot use as an SQLite database ({error})') from None

    def write(self, document: Document, text: str) -> None:
        if document.doc in self.written:
            raise OutputError(f'{self.path}: document {document.doc!r} given twice in this run; the first is kept')
        rows = document_rows(document, text)
        for attempt in range(ATTEMPTS):
            try:
                self.store(document.doc, rows)
                break
            except sqlite3.Error as error:
                if not busy(error) or attempt == ATTEMPTS - 1:
                    raise OutputError(f'{self.path}: cannot store {document.doc} ({error})') from None
        self.written.add(document.doc)

    def store(self, doc: str, rows: dict[str, list[tuple]]) -> None:
        connection = self.connection
        connection.execute('BEGIN IMMEDIATE')
        try:
            # the old rows of the document go with it: events, arguments, mentions and entities cascade
            connection.execute('DELETE FROM documents WHERE doc = ?', (doc,))
            for table, table_rows in rows.items():
                connection.executemany(INSERTS[table], table_rows)
            connection.execute('COMMIT')
        except BaseException:
            if connection.in_transaction:
                connection.execute('ROLLBACK')
            raise

    def close(self) -> None:
        self.connection.close()


def refusal(connection: sqlite3.Connection) -> str | None:
    """Why the database is not this extractor's to write, or None: an empty file, or one of this schema."""
    version = connection.execute('PRAGMA user_version').fetchone()[0]
    if version not in (0, SCHEMA_VERSION):
        return f'database schema version {version}, this extractor writes version {SCHEMA_VERSION}'
    tables = sorted(name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    if (tables and version == 0) or not set(TABLES) <= set(tables or TABLES):
        return f'not a database of this extractor (its tables: {", ".join(tables)})'
    return None


# SQLite's result codes: Python 3.10's sqlite3 does not name them (3.11 added them, and `sqlite_errorcode`)
SQLITE_BUSY, SQLITE_LOCKED = 5, 6


def busy(error: sqlite3.Error) -> bool:
    """Another connection held the lock past the wait: worth another wait."""
    return getattr(error, 'sqlite_errorcode', None) in (SQLITE_BUSY, SQLITE_LOCKED)
