"""The batch under hostile conditions: feeds that break the JSON reader, pipes, dying workers, live feeds,
failed writes, an output that names an input. Each gets one line `error: NAME: why` and the right exit
status, the other documents still go through, and no traceback shows."""

import json
import os
import subprocess
import sys
from pathlib import Path

from extractor import cli

ROOT = Path(__file__).parent.parent
VISIT = 'Министр иностранных дел России Сергей Лавров посетит Минск с рабочим визитом 12 марта 2025 года.'
TALKS = 'Президент России Владимир Путин провел переговоры с президентом Казахстана в Астане.'


def run(*args, stdin: bytes = b'', env: dict | None = None, **options):
    streams = {'stdout': subprocess.PIPE, 'stderr': subprocess.PIPE, **options}
    return subprocess.run([sys.executable, '-m', 'extractor', *args], input=stdin, cwd=ROOT, timeout=300,
                          env={**os.environ, **(env or {})}, **streams)


def feed_line(doc_id: str, text: str) -> bytes:
    return json.dumps({'id': doc_id, 'text': text}, ensure_ascii=False).encode() + b'\n'


def docs(output: str) -> list[str]:
    return [json.loads(line)['doc'] for line in output.splitlines()]


class Terminal:
    """stderr as a terminal, so the CLI draws its progress line (and counts the inputs for it)."""

    def __init__(self):
        self.parts: list[str] = []

    def isatty(self):
        return True

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


def test_a_feed_line_too_deep_or_with_a_huge_number_is_one_error_and_the_rest_go_on(tmp_path, capsys):
    feed = tmp_path / 'feed.jsonl'
    feed.write_bytes(feed_line('first', VISIT) + b'[' * 100_000 + b']' * 100_000 + b'\n'
                     + b'{"id": ' + b'7' * 5000 + b', "text": "x"}\n' + feed_line('last', TALKS))
    status = cli.main(['extract', '--input-format', 'jsonl', str(feed), '--format', 'jsonl', '--jobs', '1'])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err.splitlines() == [
        f'error: {feed}:2: not JSON we can read (nested too deep)',
        f'error: {feed}:3: not JSON we can read (a number of more than 4300 digits)',
    ]
    assert docs(captured.out) == ['first', 'last']


def test_a_piped_feed_on_a_terminal_is_read_once_and_counted_as_it_goes(monkeypatch, capsys):
    # what `<(zcat feed.gz)` gives: a path that is a pipe, readable once
    reading, writing = os.pipe()
    os.write(writing, feed_line('a', VISIT) + feed_line('b', TALKS))
    os.close(writing)
    terminal = Terminal()
    monkeypatch.setattr(sys, 'stderr', terminal)
    try:
        status = cli.main(['extract', '--input-format', 'jsonl', f'/dev/fd/{reading}', '--format', 'jsonl',
                           '--jobs', '1'])
    finally:
        os.close(reading)
    assert status == 0, terminal.parts
    assert docs(capsys.readouterr().out) == ['a', 'b']
    # no total: a count, no bar
    assert terminal.parts[-1].startswith('\r\x1b[K2 docs  ') and terminal.parts[-1].endswith(' in all\n')


def refused(args: list[str], capsys) -> str:
    """The usage error the command line gives, before it opens anything for writing."""
    try:
        cli.main(args)
    except SystemExit as stop:
        assert stop.code == 2
        return capsys.readouterr().err.splitlines()[-1]
    raise AssertionError(f'not refused: {args}')


def test_an_output_that_would_destroy_or_join_the_inputs_is_refused(tmp_path, capsys):
    folder = tmp_path / 'news'
    folder.mkdir()
    news = folder / 'news.txt'
    news.write_text(VISIT, encoding='utf-8')
    database = tmp_path / 'events.sqlite'
    database.write_bytes(b'kept')
    assert refused(['extract', str(news), '-o', str(news)], capsys) == (
        f'python -m extractor extract: error: -o {news}: is the input {news}')
    # the same file by another path
    assert refused(['extract', str(news), '-o', str(tmp_path / 'news' / '..' / 'news' / 'news.txt')], capsys) == (
        f'python -m extractor extract: error: -o {tmp_path}/news/../news/news.txt: is the input {news}')
    assert refused(['extract', str(news), '-o', str(database), '--db', str(database)], capsys) == (
        f'python -m extractor extract: error: -o {database}: is the --db file')
    assert refused(['extract', str(folder), '-o', str(folder / 'events.txt')], capsys) == (
        f'python -m extractor extract: error: -o {folder / "events.txt"}: would be read as an input of {folder}')
    assert news.read_text(encoding='utf-8') == VISIT and database.read_bytes() == b'kept'
    assert sorted(path.name for path in folder.iterdir()) == ['news.txt']
    # a report beside the texts is not one of them
    assert cli.main(['extract', str(folder), '-o', str(folder / 'report.html'), '--format', 'html',
                     '--jobs', '1']) == 0


def two_texts(folder: Path) -> list[str]:
    names = [folder / 'a.txt', folder / 'b.txt']
    names[0].write_text(VISIT, encoding='utf-8')
    names[1].write_text(TALKS, encoding='utf-8')
    return [str(name) for name in names]


def test_a_full_disk_is_status_two_naming_the_output_and_leaves_whole_lines(tmp_path):
    texts = two_texts(tmp_path)
    full = run('extract', *texts, '--format', 'jsonl', '-o', '/dev/full', '--jobs', '1')
    assert (full.returncode, full.stderr.decode()) == (2, 'error: /dev/full: cannot write (No space left on device)\n')
    with open('/dev/full', 'wb') as stdout:
        full = run('extract', *texts, '--format', 'jsonl', '--jobs', '1', stdout=stdout)
    assert (full.returncode, full.stderr.decode()) == (2, 'error: stdout: cannot write (No space left on device)\n')

    first = run('extract', texts[0], '--format', 'jsonl', '--jobs', '1').stdout
    out = tmp_path / 'out.jsonl'

    def small_disk():  # the disk fills up in the middle of the second record
        import resource
        resource.setrlimit(resource.RLIMIT_FSIZE, (len(first) + 10, len(first) + 10))

    cut = run('extract', *texts, '--format', 'jsonl', '-o', str(out), '--jobs', '1', preexec_fn=small_disk)
    assert (cut.returncode, cut.stderr.decode()) == (2, f'error: {out}: cannot write (File too large)\n')
    assert out.read_bytes() == first


def test_stdout_is_utf8_whatever_the_locale(tmp_path):
    texts = two_texts(tmp_path)
    result = run('extract', *texts, '--format', 'jsonl', '--jobs', '1', env={'PYTHONIOENCODING': 'ascii'})
    assert (result.returncode, result.stderr) == (0, b'')
    assert [json.loads(line)['events'][0]['trigger']['text'] for line in result.stdout.decode().splitlines()] == [
        'посетит', 'переговоры']
    shown = run('try', 'grammars.geo.GEO', 'Минск', env={'PYTHONIOENCODING': 'ascii'})
    assert (shown.returncode, shown.stderr) == (0, b'')
    assert 'Минск' in shown.stdout.decode()
