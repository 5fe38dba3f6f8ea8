"""Batches on the command line: JSON Lines feeds, `-o FILE`, the progress line on a terminal."""

import io
import json
import re
import subprocess
import sys
from pathlib import Path

from extractor import cli
from extractor.batch import Result
from extractor.inputs import count_inputs, jsonl_inputs
from extractor.progress import CLEAR, Progress
from extractor.records import Document

ROOT = Path(__file__).parent.parent
PUTIN = 'Президент России Владимир Путин прибыл в Астану с государственным визитом 27 ноября.'
PUTIN_DATED = 'Президент России Владимир Путин прибыл в Астану с государственным визитом 27 ноября 2024 года.'
LAVROV = 'Министр иностранных дел России Сергей Лавров посетил Ереван с рабочим визитом 14 марта 2025 года.'


def run(*args, stdin: bytes = b''):
    return subprocess.run([sys.executable, '-m', 'extractor', *args], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=180)


def span(start, end, text):
    return {'start': start, 'end': end, 'text': text}


def write_feed(path: Path, lines: list[str]) -> Path:
    path.write_text('\n'.join(lines) + '\n', encoding='utf-8')
    return path


def test_jsonl_feed_reports_each_broken_line_and_extracts_the_rest_in_order(tmp_path):
    feed = write_feed(tmp_path / 'feed.jsonl', [
        json.dumps({'id': 'putin', 'text': PUTIN, 'date': '2024-11-20'}, ensure_ascii=False),
        '',
        '{"id": "cut", "text": "Сергей',
        '["not", "an", "object"]',
        '{"id": 7}',
        '{"id": 8, "text": 8}',
        '{"id": 9, "text": "Лавров", "date": "2024-02-30"}',
        '{"id": [10], "text": "Лавров"}',
        json.dumps({'id': 42, 'text': LAVROV}, ensure_ascii=False),
        '',
    ])
    out = tmp_path / 'out.jsonl'
    result = run('extract', '--input-format', 'jsonl', str(feed), '--format', 'jsonl', '-o', str(out), '--jobs', '2')
    assert result.returncode == 1
    assert result.stdout == b''
    # stderr is not a terminal here: error lines only, no progress line
    assert result.stderr.decode().splitlines() == [
        f'error: {feed}:2: blank line',
        f'error: {feed}:3: not JSON (Unterminated string starting at column 23)',
        f'error: {feed}:4: not a JSON object but an array',
        f'error: {feed}:5: no "text"',
        f'error: {feed}:6: "text" is not a string but a number',
        f'error: {feed}:7: "date" is not a date like 2025-10-22: "2024-02-30"',
        f'error: {feed}:8: "id" is not a string or number: [10]',
    ]
    records = [json.loads(line) for line in out.read_text(encoding='utf-8').splitlines()]
    assert [record['doc'] for record in records] == ['putin', '42']
    trigger, sentence = span(32, 38, 'прибыл'), span(0, 84, PUTIN)
    # the line's own date anchors «27 ноября»
    assert records[0] == {
        'doc': 'putin', 'date': '2024-11-20', 'date_source': 'given', 'events': [{
            'id': 'e1', 'type': 'visit', 'trigger': trigger, 'sentence': sentence, 'modality': 'done',
            'scope': 'diplomatic',
            'date': {**span(74, 83, '27 ноября'), 'from': '2024-11-27', 'to': '2024-11-27'},
            'args': {
                'visitor': [{**span(0, 31, 'Президент России Владимир Путин'), 'kind': 'person',
                             'normal': 'Владимир Путин', 'position': 'президент', 'country': 'Россия'}],
                'destination': [{**span(41, 47, 'Астану'), 'kind': 'city', 'normal': 'Астана'}],
                'kind': [{**span(50, 65, 'государственным'), 'kind': 'other', 'normal': 'государственный'}],
            },
            'rule': 'visit.VISIT_BY_VERB',
            'mentions': [{'trigger': trigger, 'sentence': sentence, 'rule': 'visit.VISIT_BY_VERB'}],
            'cameo': '042', 'scope_rule': 'VISIT_ABROAD',
        }],
    }
    visit = records[1]['events'][0]
    assert (records[1]['date'], visit['type'], visit['date']['from']) == (None, 'visit', '2025-03-14')
    assert [item['normal'] for item in visit['args']['visitor']] == ['Сергей Лавров']
    # what the progress line counts on: one result per line up to the last that is not blank
    assert count_inputs([str(feed)], 'jsonl') == 9


def test_jsonl_from_stdin_names_lines_and_strips_a_byte_order_mark(monkeypatch):
    feed = '\ufeff{"id": 1, "text": "Москва"}\n{"text": "Минск", "date": "2025-01-02"}\n\n\n'
    monkeypatch.setattr(sys, 'stdin', io.TextIOWrapper(io.BytesIO(feed.encode('utf-8'))))
    assert [(item.name, item.text, item.date, item.error) for item in jsonl_inputs(['-'])] == [
        ('1', 'Москва', None, None),
        ('-:2', 'Минск', '2025-01-02', None),  # no id: the line is the name
    ]
    assert count_inputs(['-'], 'jsonl') is None
    assert count_inputs(['-'], 'text') == 1


def test_output_file_in_table_format(tmp_path):
    out = tmp_path / 'events.txt'
    result = run('extract', '-', '-o', str(out), '--jobs', '1', stdin=PUTIN_DATED.encode())
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b'' and result.stderr == b''
    assert out.read_text(encoding='utf-8') == (
        '# -  (date: unknown)\n'
        '  e1 visit       done     diplomatic 27 ноября 2024 года (2024-11-27..2024-11-27)  CAMEO 042\n'
        '      «прибыл»  visit.VISIT_BY_VERB\n'
        '      visitor       Владимир Путин\n'
        '      destination   Астана\n'
        '      kind          государственный\n'
    )


def test_output_file_that_cannot_be_written_is_a_one_line_error(tmp_path, capsys):
    target = tmp_path / 'missing-dir' / 'out.jsonl'
    assert cli.main(['extract', '-', '-o', str(target), '--jobs', '1']) == 2
    assert capsys.readouterr().err == f'error: {target}: cannot write (No such file or directory)\n'


def test_output_file_holds_each_document_as_soon_as_it_is_done(tmp_path, monkeypatch):
    out = tmp_path / 'out.jsonl'
    seen = []

    def batch(items, job, jobs=1):
        yield Result('a.txt', document=Document('a.txt', '2025-01-01'), text='Текст.')
        seen.append(out.read_text(encoding='utf-8'))  # what a reader sees while the batch still runs
        raise KeyboardInterrupt

    monkeypatch.setattr('extractor.batch.extract_all', batch)
    assert cli.main(['extract', 'a.txt', '--format', 'jsonl', '-o', str(out), '--jobs', '1']) == 130
    assert seen == ['{"doc": "a.txt", "date": "2025-01-01", "events": []}\n']
    assert out.read_text(encoding='utf-8') == seen[0]


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_progress_line_counts_rates_and_clears_itself_for_messages():
    stream, clock = io.StringIO(), Clock()
    with Progress(stream, total=3, shown=True, clock=clock) as progress:
        clock.now = 2.0
        progress.step()
        clock.now = 2.1
        progress.step()  # a tenth of a second after the last drawing: not drawn again
        progress.message('error: b.txt: empty input')
        clock.now = 6.0
        progress.step()
    assert stream.getvalue().split(CLEAR) == [
        '',
        '[....................] 0/3 docs  0.0 docs/s',
        '[######..............] 1/3 docs  0.5 docs/s  0:04 left',
        'error: b.txt: empty input\n',
        '[#############.......] 2/3 docs  1.0 docs/s  0:01 left',
        '[####################] 3/3 docs  0.5 docs/s  0:00 left',
        '[####################] 3/3 docs  0.5 docs/s  0:06 in all\n',
    ]


def test_progress_without_a_total_counts_and_rates_only():
    stream, clock = io.StringIO(), Clock()
    with Progress(stream, total=None, shown=True, clock=clock) as progress:
        clock.now = 4000.0
        progress.step()
    assert stream.getvalue().split(CLEAR)[1:] == [
        '0 docs  0.0 docs/s', '1 docs  0.0 docs/s', '1 docs  0.0 docs/s  1:06:40 in all\n',
    ]


def test_progress_not_shown_passes_messages_only():
    stream = io.StringIO()
    with Progress(stream, total=2, shown=False) as progress:
        progress.step()
        progress.message('error: b.txt: empty input')
        progress.step()
    assert stream.getvalue() == 'error: b.txt: empty input\n'


class Terminal(io.StringIO):
    def isatty(self):
        return True


BAR = re.compile(r'\[[#.]{20}\] [0-2]/2 docs  \d+\.\d docs/s  \d+:\d\d (left|in all\n)')


def test_cli_draws_progress_on_a_terminal_and_keeps_errors_whole(tmp_path, monkeypatch):
    good, missing = tmp_path / 'good.txt', tmp_path / 'missing.txt'
    good.write_text(PUTIN_DATED, encoding='utf-8')
    terminal = Terminal()
    monkeypatch.setattr(sys, 'stderr', terminal)
    out = tmp_path / 'out.jsonl'
    args = ['extract', str(good), str(missing), '--format', 'jsonl', '-o', str(out), '--jobs', '1']
    assert cli.main(args) == 1
    parts = terminal.getvalue().split(CLEAR)
    assert parts[:2] == ['', '[....................] 0/2 docs  0.0 docs/s']
    assert parts.count(f'error: {missing}: no such file or directory\n') == 1
    assert re.fullmatch(r'\[#{20}\] 2/2 docs  \d+\.\d docs/s  \d+:\d\d in all\n', parts[-1])
    assert all(BAR.fullmatch(part) for part in parts[2:] if not part.startswith('error:'))
    assert [json.loads(line)['doc'] for line in out.read_text(encoding='utf-8').splitlines()] == [str(good)]

    quiet = Terminal()
    monkeypatch.setattr(sys, 'stderr', quiet)
    assert cli.main([*args, '--quiet']) == 1
    assert quiet.getvalue() == f'error: {missing}: no such file or directory\n'


def test_scope_filter_keeps_the_events_of_the_scopes_asked_and_their_links(tmp_path):
    text = ('Президент России Владимир Путин прибыл в Астану с государственным визитом. В ходе визита стороны '
            'подписали соглашение. Министр финансов России Антон Силуанов назначен вице-премьером.')
    news = tmp_path / 'news.txt'
    news.write_text(text, encoding='utf-8')
    every = json.loads(run('extract', str(news), '--format', 'jsonl').stdout)['events']
    domestic = json.loads(run('extract', str(news), '--format', 'jsonl', '--scope', 'domestic').stdout)['events']
    assert [(event['type'], event['scope']) for event in every] == [
        ('visit', 'diplomatic'), ('signing', 'diplomatic'), ('appointment', 'domestic')]
    assert every[1]['related'] == ['e1']
    assert [(event['id'], event['type']) for event in domestic] == [('e3', 'appointment')]
    diplomatic = json.loads(run('extract', str(news), '--format', 'jsonl', '--scope', 'diplomatic,other').stdout)
    assert [event['id'] for event in diplomatic['events']] == ['e1', 'e2']
    refused = run('extract', str(news), '--scope', 'foreign')
    assert refused.returncode == 2 and "'foreign': scopes are diplomatic, domestic, other" in refused.stderr.decode()
