"""Each sample's entities, exactly as reviewed by hand in tests/expected/<sample>.entities.jsonl."""

import json
from pathlib import Path

import pytest

from extractor import Extractor

ROOT = Path(__file__).parent.parent
SAMPLES = sorted((ROOT / 'samples').glob('*.txt'))


@pytest.fixture(scope='module')
def extractor():
    return Extractor()


@pytest.mark.parametrize('sample', SAMPLES, ids=lambda path: path.stem)
def test_sample_entities_match_reviewed_file(sample, extractor):
    expected_path = ROOT / 'tests' / 'expected' / f'{sample.stem}.entities.jsonl'
    expected = [json.loads(line) for line in expected_path.read_text(encoding='utf-8').splitlines() if line]
    text = sample.read_text(encoding='utf-8')
    document = extractor.extract(text, entities=True, doc=str(sample))
    found = [{key: value for key, value in item.as_json().items() if key != 'rule'} for item in document.entities]
    assert found == expected
    for item in document.entities:
        assert text[item.start:item.end] == item.text
