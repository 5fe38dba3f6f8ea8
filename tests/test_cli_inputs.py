"""The command line: files, directories and stdin; one-line errors that never stop a batch."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
NEWS = 'Президент России Владимир Путин прибыл в Астану 27 ноября 2024 года.'


def run(*args, stdin: bytes = b''):
    return subprocess.run([sys.executable, '-m', 'extractor', *args], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=120)


def test_bad_inputs_get_one_line_errors_and_the_rest_is_processed(tmp_path):
    good = tmp_path / 'good.txt'
    good.write_text(NEWS, encoding='utf-8')
    (tmp_path / 'empty.txt').write_bytes(b'')
    (tmp_path / 'latin1.txt').write_bytes('Москва'.encode('cp1251'))
    (tmp_path / 'binary.txt').write_bytes(b'\x00\x01\x02')
    empty_dir = tmp_path / 'nothing'
    empty_dir.mkdir()
    result = run('extract', str(tmp_path / 'missing.txt'), str(tmp_path / 'empty.txt'), str(tmp_path / 'latin1.txt'),
                 str(tmp_path / 'binary.txt'), str(empty_dir), str(good), '--format', 'jsonl', '--entities')
    assert result.returncode == 1
    errors = result.stderr.decode().splitlines()
    assert [line.split(':')[0] for line in errors] == ['error'] * 5
    assert 'missing.txt: no such file' in errors[0]
    assert 'empty.txt: empty input' in errors[1]
    assert 'latin1.txt: not UTF-8' in errors[2]
    assert 'binary.txt: binary data' in errors[3]
    assert 'nothing: directory holds no .txt files' in errors[4]
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [record['doc'] for record in records] == [str(good)]
    assert 'Traceback' not in result.stderr.decode()


def test_stdin_and_directory_inputs(tmp_path):
    (tmp_path / 'b.txt').write_text(NEWS, encoding='utf-8')
    (tmp_path / 'sub').mkdir()
    (tmp_path / 'sub' / 'a.txt').write_text(NEWS, encoding='utf-8')
    result = run('extract', str(tmp_path), '-', '--format', 'jsonl', '--entities', stdin=NEWS.encode())
    assert result.returncode == 0, result.stderr.decode()
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [record['doc'] for record in records] == [str(tmp_path / 'b.txt'), str(tmp_path / 'sub' / 'a.txt'), '-']
    person = next(item for item in records[2]['entities'] if item['kind'] == 'person')
    assert person['normal'] == 'Владимир Путин'


def test_bad_date_option_is_a_one_line_error():
    result = run('extract', '-', '--date', '22.10.2025', stdin=NEWS.encode())
    assert result.returncode == 2
    assert 'is not a date like 2025-10-22' in result.stderr.decode()


def test_try_shows_trace_and_values():
    result = run('try', 'grammars.person.PERSON', 'главой МИД Казахстана Ермеком Кошербаевым')
    assert result.returncode == 0
    output = result.stdout.decode()
    assert 'PERSON_POSITION_NAME' in output and 'normal: Ермек Кошербаев' in output


def test_try_unknown_rule_is_a_one_line_error():
    result = run('try', 'grammars.person.NOPE', 'текст')
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "error: 'grammars.person.NOPE': grammars.person has no rule NOPE"


def test_output_is_the_same_bytes_for_any_number_of_processes(tmp_path):
    texts = [NEWS, 'Министр иностранных дел Италии прибыл в Каир с официальным визитом.',
             'Стороны подписали соглашение о сотрудничестве в области культуры.', 'Просто текст без событий.']
    for number, text in enumerate(texts):
        (tmp_path / f'{number}.txt').write_text(text, encoding='utf-8')
    outputs = [run('extract', str(tmp_path), '--format', 'jsonl', '--entities', '--jobs', jobs) for jobs in ('1', '2')]
    assert [result.returncode for result in outputs] == [0, 0]
    assert outputs[0].stdout == outputs[1].stdout
    assert len(outputs[0].stdout.decode().splitlines()) == len(texts)
