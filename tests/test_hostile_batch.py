"""The batch under hostile conditions: feeds that break the JSON reader, pipes, dying workers, live feeds,
failed writes, an output that names an input. Each gets one line `error: NAME: why` and the right exit
status, the other documents still go through, and no traceback shows."""

import json
import os
import subprocess
import sys
from pathlib import Path

from extractor import cli
from extractor.inputs import count_inputs

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


# a worker that dies on one document, as the OOM killer or a segfault would end it: the pool's processes are
# forked from this one, so they run its extractor
DYING_WORKER = '''
import os, signal, sys
from extractor import batch, cli

class Dying:
    def __init__(self, real):
        self.real = real

    def warm(self):
        self.real.warm()
        return self

    def extract(self, text, **options):
        if 'умирает' in text:
            os.kill(os.getpid(), signal.SIGKILL)
        return self.real.extract(text, **options)

batch._extractor = Dying(batch.extractor())
sys.exit(cli.main(sys.argv[1:]))
'''


def test_a_worker_that_dies_loses_its_document_only(tmp_path):
    names = []
    for number in range(7):
        names.append(tmp_path / f'{number}.txt')
        names[-1].write_text('Этот процесс умирает.' if number in (2, 5) else VISIT, encoding='utf-8')
    result = subprocess.run([sys.executable, '-c', DYING_WORKER, 'extract', *map(str, names), '--format', 'jsonl',
                             '--jobs', '2'], capture_output=True, cwd=ROOT, timeout=120)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f'error: {names[2]}: the process extracting it died (killed by SIGKILL)',
        f'error: {names[5]}: the process extracting it died (killed by SIGKILL)',
    ]
    assert docs(result.stdout.decode()) == [str(names[number]) for number in (0, 1, 3, 4, 6)]


def live_feed(*args):
    return subprocess.Popen([sys.executable, '-m', 'extractor', 'extract', '--input-format', 'jsonl', '-',
                             '--format', 'jsonl', *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True)


def next_line(process) -> bytes:
    """The next line the process writes, or a failure when none comes while its input stays open."""
    import select
    ready, _, _ = select.select([process.stdout], [], [], 120)
    if not ready:
        process.kill()
        raise AssertionError('no output while the feed stays open')
    return process.stdout.readline()


def test_a_live_feed_gets_each_document_out_as_soon_as_it_is_done():
    for jobs in ('1', '2'):
        process = live_feed('--jobs', jobs)
        process.stdin.write(feed_line('first', VISIT))
        process.stdin.flush()
        assert json.loads(next_line(process))['doc'] == 'first', jobs
        process.stdin.write(feed_line('second', TALKS))
        process.stdin.close()
        assert docs(process.stdout.read().decode()) == ['second']
        assert (process.wait(), process.stderr.read()) == (0, b'')


def test_ctrl_c_with_a_pool_is_one_line_and_status_130():
    import signal
    process = live_feed('--jobs', '2')
    process.stdin.write(feed_line('first', VISIT))
    process.stdin.flush()
    assert json.loads(next_line(process))['doc'] == 'first'
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C on a terminal: the parent and its workers
    assert process.wait(timeout=120) == 130
    assert process.stderr.read().decode() == 'error: interrupted\n'


def test_jobs_are_capped_at_the_documents_and_a_few_per_core(tmp_path, monkeypatch, capsys):
    from extractor import batch
    asked = []

    def recorded(items, job, jobs=1):
        asked.append(jobs)
        return iter(())

    monkeypatch.setattr(batch, 'extract_all', recorded)
    monkeypatch.setattr(batch, 'default_jobs', lambda: 2)
    texts = two_texts(tmp_path)
    cli.main(['extract', *texts, '--jobs', '50'])
    cli.main(['extract', texts[0], '--jobs', '50'])
    cli.main(['extract', '--input-format', 'jsonl', '-', '--jobs', '50'])
    feed = tmp_path / 'feed.jsonl'
    feed.write_bytes(feed_line('a', VISIT) * 3)
    cli.main(['extract', '--input-format', 'jsonl', str(feed), '--jobs', '50'])
    cli.main(['extract', '--input-format', 'jsonl', str(feed), '--jobs', '2'])
    assert asked == [2, 1, 8, 3, 2]
    # a feed is counted no further than the processes asked for
    assert count_inputs([str(feed)], 'jsonl', at_most=2) == 2


def test_a_document_over_the_size_limit_is_an_error_and_an_endless_input_ends(tmp_path):
    from extractor.inputs import MAX_DOCUMENT_BYTES
    huge = tmp_path / 'huge.txt'
    huge.write_bytes(b'a' * (MAX_DOCUMENT_BYTES + 1))
    feed = tmp_path / 'feed.jsonl'
    feed.write_bytes(b'{"id": "huge", "text": "' + b'a' * MAX_DOCUMENT_BYTES + b'"}\n' + feed_line('after', VISIT))
    result = run('extract', str(huge), '/dev/zero', '--format', 'jsonl', '--jobs', '1')
    assert (result.returncode, result.stdout) == (1, b'')
    assert result.stderr.decode().splitlines() == [
        f'error: {huge}: more than 10,000,000 bytes, the most a document may hold',
        'error: /dev/zero: more than 10,000,000 bytes, the most a document may hold',
    ]
    result = run('extract', '--input-format', 'jsonl', str(feed), '--format', 'jsonl', '--jobs', '1')
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f'error: {feed}:1: a line of more than 10,000,000 bytes, the most a document may hold\n')
    assert docs(result.stdout.decode()) == ['after']


def test_control_characters_in_a_name_are_escaped_in_its_one_line_error(tmp_path, capsys):
    odd = tmp_path / 'bad\nname\x1b[31m.txt'
    odd.write_bytes(b'')
    assert cli.main(['extract', str(odd), '--jobs', '1']) == 1
    assert capsys.readouterr().err == f'error: {tmp_path}/bad\\nname\\x1b[31m.txt: empty input\n'


def test_a_byte_order_mark_is_not_part_of_the_text_offsets_count_from_after_it(tmp_path, capsys):
    plain, marked = tmp_path / 'plain.txt', tmp_path / 'marked.txt'
    plain.write_text(VISIT, encoding='utf-8')
    marked.write_bytes(b'\xef\xbb\xbf' + VISIT.encode())
    assert cli.main(['extract', str(plain), str(marked), '--format', 'jsonl', '--jobs', '1']) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first['events'] == second['events']
    trigger = second['events'][0]['trigger']
    assert (trigger['start'], trigger['end'], VISIT[trigger['start']:trigger['end']]) == (45, 52, 'посетит')


def test_try_reads_a_text_a_sentence_at_a_time_as_extract_does(monkeypatch):
    from extractor import show
    text = f'{VISIT}\n{TALKS} Стороны подписали соглашение.'
    asked = []

    def matches(path, sentence):
        asked.append((sentence.start, sentence.end))
        return []

    monkeypatch.setattr(show, 'matches', matches)
    assert show.try_rule('grammars.visit.VISIT', text) == f'grammars.visit.VISIT: no match in «{text}»'
    ends = [len(VISIT), len(VISIT) + 1 + len(TALKS)]
    assert asked == [(0, ends[0]), (ends[0] + 1, ends[1]), (ends[1] + 1, len(text))]
