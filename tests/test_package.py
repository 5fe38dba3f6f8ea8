"""The package as others embed it: its version, its command's name, typed records read back, pipe, --jobs."""

import configparser
import subprocess
import sys
from pathlib import Path

import pytest

import extractor
from extractor import Document, Extractor, batch, cli
from samples import ROOT, SAMPLES

# a text whose records hold every part of the contract: dates, a group with its members, a related event
GROUP_TEXT = ('date 2025-10-21\n\nМинистр иностранных дел России Сергей Лавров 23 октября прибудет в Астану. '
              'В ходе визита Лавров проведет переговоры с главой МИД Казахстана Ермеком Кошербаевым. '
              'Стороны обсудят подготовку визита президента в Казахстан и подпишут план консультаций.')


@pytest.fixture(scope='module')
def shared_extractor():
    return Extractor()


def test_the_version_is_written_once_and_read_by_setup_cfg():
    config = configparser.ConfigParser()
    config.read(ROOT / 'setup.cfg')
    assert config['metadata']['version'] == 'attr: extractor.__version__'
    assert extractor.__version__ == '0.1.0'


@pytest.mark.parametrize('command, name', [
    ([sys.executable, '-m', 'extractor'], 'python -m extractor'),
    ([sys.executable, '-c', 'import sys; sys.argv[0] = "news-events"; from extractor.cli import main; main()'],
     'news-events'),
])
def test_version_and_help_name_the_program_as_started(command, name):
    version = subprocess.run([*command, '--version'], capture_output=True, text=True, cwd=ROOT)
    assert (version.returncode, version.stdout) == (0, f'{name} 0.1.0\n')
    helped = subprocess.run([*command, 'extract', '--help'], capture_output=True, text=True, cwd=ROOT)
    assert helped.stdout.startswith(f'usage: {name} extract ')


def test_the_console_script_is_news_events():
    config = configparser.ConfigParser()
    config.read(ROOT / 'setup.cfg')
    assert config['options.entry_points']['console_scripts'].strip() == 'news-events = extractor.cli:main'


def test_typed_marker_and_license_ship():
    config = configparser.ConfigParser()
    config.read(ROOT / 'setup.cfg')
    assert 'py.typed' in config['options.package_data']['extractor']
    assert 'py.typed' in config['options.package_data']['grammars']
    assert (ROOT / 'extractor' / 'py.typed').exists() and (ROOT / 'grammars' / 'py.typed').exists()
    assert (ROOT / 'LICENSE').read_text().startswith('MIT License\n')
    assert 'License :: OSI Approved :: MIT License' in config['metadata']['classifiers']


def test_every_record_class_is_exported():
    assert extractor.__all__ == ['Arg', 'Document', 'Event', 'Extractor', 'Mention', 'Span', '__version__']
    for name in extractor.__all__:
        assert hasattr(extractor, name)


@pytest.mark.parametrize('sample', SAMPLES, ids=lambda sample: sample.stem)
def test_records_read_back_exactly(sample, shared_extractor):
    document = shared_extractor(sample.read_text(encoding='utf-8'), entities=True, trace=True, doc=sample.name)
    record = document.as_json()
    assert Document.from_json(record).as_json() == record


def test_a_record_with_a_group_entities_and_trace_reads_back_exactly(shared_extractor):
    record = shared_extractor(GROUP_TEXT, entities=True, trace=True).as_json()
    assert record['entities'] and any(event.get('related') for event in record['events'])
    assert any(item.get('members') for event in record['events'] for items in event['args'].values()
               for item in items)
    assert Document.from_json(record).as_json() == record


def test_an_extractor_is_called_as_extract(shared_extractor):
    text = SAMPLES[0].read_text(encoding='utf-8')
    assert shared_extractor(text, entities=True) == shared_extractor.extract(text, entities=True)


def test_pipe_streams_the_documents_in_order_whatever_the_processes(shared_extractor):
    texts = [sample.read_text(encoding='utf-8') for sample in SAMPLES]
    items = [texts[0], (texts[1], {'doc': 'second', 'date': '2025-10-22'}), *texts[2:]]
    alone = [document.as_json() for document in shared_extractor.pipe(items, entities=True)]
    pooled = [document.as_json() for document in shared_extractor.pipe(items, jobs=2, entities=True)]
    assert pooled == alone
    assert [record['doc'] for record in alone] == ['0', 'second', '2', '3', '4']
    assert alone[1] == shared_extractor(texts[1], date='2025-10-22', entities=True, doc='second').as_json()


def test_pipe_refuses_options_a_text_cannot_have_alone(shared_extractor):
    with pytest.raises(TypeError, match='text 0: the options of one text are doc and date, not entities'):
        list(shared_extractor.pipe([('Текст.', {'entities': True})]))


def test_jobs_default_to_one_process_for_a_small_batch(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, 'default_jobs', lambda: 2)
    small = tmp_path / 'small.txt'
    small.write_bytes(b'x' * (batch.SMALL_BATCH_BYTES - 1))
    big = tmp_path / 'big.txt'
    big.write_bytes(b'x' * batch.SMALL_BATCH_BYTES)
    assert batch.jobs_by_size([str(small)], 'text') == 1
    assert batch.jobs_by_size([str(small), str(big)], 'text') == 2
    assert batch.jobs_by_size([str(tmp_path)], 'text') == 2
    assert batch.jobs_by_size(['-'], 'text') == 2  # stdin: its size is not known before it is read
    assert cli.arguments(['extract', str(small)]).jobs == 1
    assert cli.arguments(['extract', str(small), '--jobs', '2']).jobs == 2


def test_small_batch_threshold_is_what_the_samples_need():
    # the five samples (31,704 bytes) are worth a pool; one of them alone is not
    assert batch.batch_bytes([str(ROOT / 'samples')], 'text', at_most=10 ** 9) == 31_704
    assert batch.jobs_by_size([str(Path(SAMPLES[2]))], 'text') == 1
