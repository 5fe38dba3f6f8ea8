"""A Dask cluster of worker processes on loopback gives the records of the local run, in order."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import cli, cluster
from extractor.batch import Job, extract_all
from extractor.cluster import ClusterError, bag_from_paths, cluster_results, extract_bag, gathered, record
from extractor.inputs import Input, jsonl_inputs

dask_bag = pytest.importorskip('dask.bag')
distributed = pytest.importorskip('distributed')

ROOT = Path(__file__).parent.parent
TOKAYEV = 'Президент Казахстана Касым-Жомарт Токаев прибыл в Пекин с государственным визитом 3 сентября 2025 года.'
LAVROV = 'Министр иностранных дел России Сергей Лавров провел в Москве переговоры с главой МИД Армении.'
SIGNING = 'Министры иностранных дел двух стран подписали соглашение о сотрудничестве в области образования.'
MINSK = 'Глава МИД Белоруссии посетит Ташкент с официальным визитом в четверг.'
TEXTS = [TOKAYEV, LAVROV, SIGNING, MINSK]


@pytest.fixture(scope='module')
def client():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host='127.0.0.1',
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as connected:
        yield connected


def computed(client, bag) -> list:
    return client.compute(bag).result()


def test_bag_of_texts_gives_the_local_records_in_order(client, extractor):
    # uneven partitions (2, 1, 1): a text's name is its index in the whole bag, not in its partition
    bag = dask_bag.from_sequence(TEXTS, npartitions=3)
    records = computed(client, extract_bag(bag, date='2025-10-20', entities=True, trace=True))
    assert records == [extractor.extract(text, date='2025-10-20', entities=True, trace=True, doc=str(index)).as_json()
                       for index, text in enumerate(TEXTS)]
    assert [len(record['events']) for record in records] == [1, 1, 1, 1]


def test_records_with_ids_and_dates_and_error_items_in_place(client, extractor):
    items = [
        {'id': 'kz-1', 'text': TOKAYEV},
        {'id': 7, 'text': MINSK, 'date': '2025-05-12'},   # «в четверг» from the record's own date
        {'text': MINSK},                                 # no id: the index; no date: extract_bag's
        {'id': 'bad-date', 'text': MINSK, 'date': '2025-02-30'},
        '   ',
    ]
    records = computed(client, extract_bag(dask_bag.from_sequence(items, npartitions=2), date='2025-10-20'))
    assert records[:3] == [
        extractor.extract(TOKAYEV, date='2025-10-20', doc='kz-1').as_json(),
        extractor.extract(MINSK, date='2025-05-12', doc='7').as_json(),
        extractor.extract(MINSK, date='2025-10-20', doc='2').as_json(),
    ]
    assert records[1]['events'][0]['date']['from'] == '2025-05-15'
    assert records[3:] == [
        {'doc': 'bad-date', 'error': 'bad-date: "date" is not a date like 2025-10-22: "2025-02-30"'},
        {'doc': '4', 'error': '4: empty input'},
    ]


def test_bag_from_paths_reads_a_feed_as_the_cli_does(client, tmp_path):
    feed = write_feed(tmp_path / 'feed.jsonl')
    records = computed(client, extract_bag(bag_from_paths([str(feed)], 'jsonl', partition_size=2), entities=True))
    job = Job(entities=True)
    assert records == [record(result) for result in extract_all(jsonl_inputs([str(feed)]), job)]
    assert [item['doc'] for item in records] == ['kz-1', f'{feed}:2', 'ru-2', 'by-3']


def test_cluster_results_come_back_in_input_order(client, monkeypatch):
    # a document a task and one task a worker in flight: many tasks, finishing out of order
    monkeypatch.setattr(cluster, 'CHUNK', 1)
    monkeypatch.setattr(cluster, 'AHEAD', 1)
    items = [Input(f'news-{index}', text=TEXTS[index % len(TEXTS)] * (1 + index % 3)) for index in range(12)]
    items.insert(5, Input('broken', error='broken: empty input'))
    job = Job(entities=True)
    assert list(cluster_results(items, job, client)) == list(extract_all(items, job))


def write_feed(path: Path) -> Path:
    lines = [
        json.dumps({'id': 'kz-1', 'text': TOKAYEV}, ensure_ascii=False),
        '{"id": "cut", "text": "Сергей',
        json.dumps({'id': 'ru-2', 'text': LAVROV, 'date': '2025-06-02'}, ensure_ascii=False),
        json.dumps({'id': 'by-3', 'text': MINSK, 'date': '2025-05-12'}, ensure_ascii=False),
    ]
    path.write_text('\n'.join(lines) + '\n', encoding='utf-8')
    return path


def run(*args):
    return subprocess.run([sys.executable, '-m', 'extractor', 'extract', *args], capture_output=True, cwd=ROOT,
                          timeout=180)


@pytest.mark.parametrize('kind', ['texts', 'feed'])
def test_cli_on_the_cluster_prints_what_the_local_run_prints(client, tmp_path, kind):
    if kind == 'texts':
        for index, text in enumerate(TEXTS):
            (tmp_path / f'news-{index}.txt').write_text(text, encoding='utf-8')
        args = [str(tmp_path), str(tmp_path / 'missing.txt'), '--format', 'jsonl', '--entities',
                '--date', '2025-10-20']
    else:
        args = ['--input-format', 'jsonl', str(write_feed(tmp_path / 'feed.jsonl')), '--trace']
    local = run(*args, '--jobs', '1')
    remote = run(*args, '--dask', client.scheduler.address)
    assert remote.stderr.decode() == local.stderr.decode()
    assert remote.stdout.decode() == local.stdout.decode()
    assert (remote.returncode, local.returncode) == (1, 1)  # the missing file, the broken line
    assert remote.stdout.count(b'\n') >= len(TEXTS)


def test_without_dask_installed_the_option_says_what_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, 'distributed', None)  # an import of it fails, as when not installed
    out = tmp_path / 'out.jsonl'
    code = cli.main(['extract', '-', '--dask', 'tcp://127.0.0.1:8786', '-o', str(out)])
    assert (code, capsys.readouterr().err) == (2, 'error: --dask needs Dask: pip install .[dask]\n')
    assert not out.exists()


def test_a_bad_scheduler_address_is_a_one_line_error(tmp_path, capsys):
    out = tmp_path / 'out.jsonl'
    assert cli.main(['extract', '-', '--dask', '127.0.0.1', '-o', str(out)]) == 2
    assert capsys.readouterr().err == ("error: 127.0.0.1: cannot connect to the Dask scheduler "
                                       "(missing port number in address '127.0.0.1')\n")
    assert not out.exists()


class FailedTask:
    def result(self):
        raise RuntimeError('Error during deserialization of the task graph. This frequently\noccurs if ...')


def test_a_failure_of_the_cluster_is_one_line():
    with pytest.raises(ClusterError, match=r'^the Dask cluster failed: RuntimeError: Error during '
                                           r'deserialization of the task graph\. This frequently occurs if \.\.\.$'):
        gathered(FailedTask())
