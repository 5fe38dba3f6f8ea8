"""Each sample's events, exactly as reviewed by hand in tests/expected/<sample>.events.jsonl."""

import pytest

from samples import SAMPLES, reviewed


@pytest.mark.parametrize('sample', SAMPLES, ids=lambda path: path.stem)
def test_sample_events_match_reviewed_file(sample, extractor):
    document = extractor.extract(sample.read_text(encoding='utf-8'), doc=str(sample))
    assert [event.as_json() for event in document.events] == reviewed(sample, 'events')


@pytest.mark.parametrize('sample', SAMPLES, ids=lambda path: path.stem)
def test_every_span_is_the_text_it_claims(sample, extractor):
    text = sample.read_text(encoding='utf-8')
    for event in extractor.extract(text, doc=str(sample)).events:
        spans = [event.trigger, event.sentence] + [mention.trigger for mention in event.mentions]
        spans += [item for _, items in event.args for item in items]
        for span in spans:
            assert text[span.start:span.end] == span.text


@pytest.fixture(scope='module')
def plain_extractor():
    """The plain full parse: every event grammar on every sentence, yargy's own predictions."""
    from extractor import Extractor
    return Extractor(prefilter=False, lookahead=False)


@pytest.mark.parametrize('sample', SAMPLES, ids=lambda path: path.stem)
def test_fast_path_finds_what_the_plain_full_parse_finds(sample, plain_extractor):
    document = plain_extractor.extract(sample.read_text(encoding='utf-8'), doc=str(sample))
    assert [event.as_json() for event in document.events] == reviewed(sample, 'events')
