"""Hostile inputs on the command line: each gets its records or one line `error: NAME: why`, the batch goes
on, what is written stays written, the exit status says whether anything failed, and no traceback shows."""

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import batch, cli

ROOT = Path(__file__).parent.parent
VISIT = 'Министр иностранных дел России Сергей Лавров посетит Минск с рабочим визитом 12 марта 2025 года.'
ODD = '🇷🇺🤝 визит\u200b\u200d\ufeff\u2066 в\x01\x1b[31m Минск\x7f\x0b\x0c\u2028 '
WALK = 'жители гуляли по набережной и в парке до вечера '
FILLER = 'Днём в городе было тепло и сухо, жители гуляли по набережной, а вечером пошёл небольшой дождь. '
HTML = ('<html><body><h2>Визит в Минск</h2><p>Министр иностранных дел России <b>Сергей&nbsp;Лавров</b> посетит '
        '<a href="/minsk">Минск</a> с&nbsp;рабочим визитом 12&nbsp;марта 2025&nbsp;года.</p></body></html>')
# what each input is, and the start of the line of stderr it must give, or None for a record
INPUTS = {
    'good.txt': (VISIT.encode(), None),
    'empty.txt': (b'', 'empty input'),
    'blank.txt': (b' \n\t\r\n ', 'empty input'),
    'cp1251.txt': (VISIT.encode('cp1251'), 'not UTF-8 text (byte 0: 0xcc)'),
    'broken-utf8.txt': (VISIT.encode()[:-3] + b'\xd0', f'not UTF-8 text (byte {len(VISIT.encode()) - 3}: 0xd0)'),
    'utf16.txt': (VISIT.encode('utf-16'), 'UTF-16 text, not UTF-8'),
    'binary.txt': (random.Random(1).randbytes(4000), 'binary data, not a text'),
    'png.txt': (b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + bytes(range(256)), 'binary data, not a text'),
    'html.txt': (HTML.encode(), None),
    'english.txt': (b'Foreign Minister Sergey Lavrov will visit Minsk on March 12. ' * 20, None),
    'chinese.txt': ('俄罗斯外长拉夫罗夫将于三月访问明斯克。'.encode() * 20, None),
    'arabic.txt': ('\u200fسيزور وزير الخارجية الروسي مينسك في مارس.\u200f '.encode() * 20, None),
    'emoji-and-controls.txt': (ODD.encode() * 30, None),
    'nul-late.txt': ((FILLER * 90).encode() + b'\x00' + VISIT.encode(), None),
    'one-long-line.txt': ((VISIT + ' ' + WALK * 21000)[:1_000_000].encode(), None),
    'big.txt': (((FILLER * 200 + VISIT + '\n') * 150).encode(), None),
}


@pytest.fixture(scope='module')
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp('hostile')
    for name, (data, _) in INPUTS.items():
        (folder / name).write_bytes(data)
    return folder


def run(*args, stdin: bytes = b''):
    return subprocess.run([sys.executable, '-m', 'extractor', *args], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=300)


def records(path: Path) -> dict[str, dict]:
    found = [json.loads(line) for line in path.read_text(encoding='utf-8').splitlines()]
    return {Path(record['doc']).name: record for record in found}


def test_each_hostile_input_gets_its_records_or_one_line_error(hostile, tmp_path):
    output = tmp_path / 'out.jsonl'
    result = run('extract', *(str(hostile / name) for name in INPUTS), '--format', 'jsonl', '-o', str(output),
                 '--jobs', '2')
    stderr = result.stderr.decode()
    assert result.returncode == 1
    assert 'Traceback' not in stderr
    expected = [f'error: {hostile / name}: {why}' for name, (_, why) in INPUTS.items() if why]
    assert len(stderr.splitlines()) == len(expected)
    assert [line[:len(want)] for line, want in zip(stderr.splitlines(), expected, strict=True)] == expected
    found = records(output)
    assert list(found) == [name for name, (_, why) in INPUTS.items() if not why]
    # «визит в Минск» among emoji and control characters is read as the words it is
    for name in ('good.txt', 'html.txt', 'nul-late.txt', 'one-long-line.txt', 'big.txt', 'emoji-and-controls.txt'):
        assert [event['type'] for event in found[name]['events']] == ['visit'], name
    for name in ('english.txt', 'chinese.txt', 'arabic.txt'):
        assert found[name]['events'] == [], name
    visit = found['html.txt']['events'][0]
    assert visit['args']['visitor'][0]['text'] == 'Министр иностранных дел России <b>Сергей&nbsp;Лавров'
    assert found['one-long-line.txt']['warnings'] == [
        'sentence at 0..1000000 split into 501 pieces of at most 2000 characters']
    assert 'warnings' not in found['big.txt']


def test_all_inputs_good_is_status_zero(hostile):
    result = run('extract', str(hostile / 'good.txt'), str(hostile / 'chinese.txt'), '--format', 'jsonl')
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b''
    assert len(result.stdout.decode().splitlines()) == 2


def test_feed_lines_broken_or_without_text_are_one_line_errors_each(tmp_path):
    feed = tmp_path / 'feed.jsonl'
    feed.write_bytes(b'\n'.join([
        json.dumps({'id': 'first', 'text': VISIT}, ensure_ascii=False).encode(),
        '{"id": "cut", "text": "Минск'.encode(),
        b'{"id": "no-text", "title": "Visit"}',
        b'{"id": "number", "text": 12}',
        b'[' + json.dumps(VISIT, ensure_ascii=False).encode() + b']',
        b'{"id": "surrogate", "text": "\\ud83d visit"}',
        b'{"id": "bytes", "text": "\xff"}',
        json.dumps({'id': 'nul', 'text': 'Лавров\x00 посетит\x00 Минск'}).encode(),
        json.dumps({'id': 'html', 'text': HTML}, ensure_ascii=False).encode(),
    ]) + b'\n')
    result = run('extract', '--input-format', 'jsonl', str(feed), '--format', 'jsonl', '--jobs', '1')
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f'error: {feed}:2: not JSON (Unterminated string starting at column 23)',
        f'error: {feed}:3: no "text"',
        f'error: {feed}:4: "text" is not a string but a number',
        f'error: {feed}:5: not a JSON object but an array',
        f'error: {feed}:6: "text" holds a lone surrogate at character 0',
        f'error: {feed}:7: not UTF-8 text (byte 25: 0xff)',
    ]
    found = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [record['doc'] for record in found] == ['first', 'nul', 'html']
    assert [len(record['events']) for record in found] == [1, 1, 1]


class FailingExtractor:
    """An extractor that breaks on one document, as a bug in a grammar would."""

    def __init__(self, real):
        self.real = real

    def extract(self, text, **options):
        if 'ломается' in text:
            raise RuntimeError('grammar blew up\non two lines')
        return self.real.extract(text, **options)


def test_a_document_that_fails_loses_nothing_written_before_or_after(tmp_path, extractor, monkeypatch, capsys):
    monkeypatch.setattr(batch, '_extractor', FailingExtractor(extractor))
    names = []
    for number, text in enumerate((VISIT, 'Этот текст ломается.', VISIT.replace('Минск', 'Ереван'))):
        names.append(tmp_path / f'{number}.txt')
        names[-1].write_text(text, encoding='utf-8')
    output = tmp_path / 'out.jsonl'
    status = cli.main(['extract', *map(str, names), '--format', 'jsonl', '-o', str(output), '--jobs', '1'])
    assert status == 1
    assert capsys.readouterr().err == f'error: {names[1]}: RuntimeError: grammar blew up on two lines\n'
    assert list(records(output)) == ['0.txt', '2.txt']
