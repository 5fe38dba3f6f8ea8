"""Each sample's entities, exactly as reviewed by hand in tests/expected/<sample>.entities.jsonl."""

import pytest

from samples import SAMPLES, reviewed


@pytest.mark.parametrize('sample', SAMPLES, ids=lambda path: path.stem)
def test_sample_entities_match_reviewed_file(sample, extractor):
    text = sample.read_text(encoding='utf-8')
    document = extractor.extract(text, entities=True, doc=str(sample))
    found = [{key: value for key, value in item.as_json().items() if key != 'rule'} for item in document.entities]
    assert found == reviewed(sample, 'entities')
    for item in document.entities:
        assert text[item.start:item.end] == item.text
