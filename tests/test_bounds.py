"""The parse of a sentence is bounded by counts: a chart holds at most `states_kept` states, the readings
ranked are capped by their words and per span, and the record's warnings say what was cut short. A
time budget stops what the counts miss, and says so. Checked by outcome, never by the clock."""

import re

import pytest

from extractor import bounds, earley, parse
from extractor.bounds import Bounds, document_bounds
from extractor.events import EVENT_RULES
from extractor.parse import parser, span_readings
from extractor.segment import Sentence
from samples import SAMPLES

TALKS = 'министр иностранных дел России Сергей Лавров провел переговоры с министром иностранных дел Казахстана ' \
        'Муратом Нуртлеу'
VISIT = 'Министр иностранных дел России Сергей Лавров посетит Минск с рабочим визитом 12 марта 2025 года.'


def joined(unit: str, join: str, size: int) -> str:
    text = unit
    while len(text) + len(join) + len(unit) <= size:
        text += join + unit
    return text


def chart_states(path: str, text: str, states_kept: int) -> tuple[list[list[tuple]], int | None]:
    """Each column's states (rule, production, dot and start of each), in order, and where the chart stopped."""
    built = parser(path)
    kept, built.states_kept = built.states_kept, states_kept
    try:
        chart = built.chart(text)
    finally:
        built.states_kept = kept
    return [[(id(state.rule), id(state.production), state.dot_index, state.start_column.index)
             for state in column.states] for column in chart.columns], chart.stopped


def test_a_hostile_sentence_gives_records_and_a_warning_naming_the_grammar_and_the_word(extractor):
    text = joined(TALKS, ' и ', 1_900)
    document = extractor.extract(text)
    assert [event.type for event in document.events] == ['talks']
    assert any(re.fullmatch(rf'sentence at 0..{len(text)}: TALKS cut short: stopped at word \d+ of 239 '
                            r'\(a chart holds at most 100,000 states\)(; .*)?', warning)
               for warning in document.warnings), document.warnings


def test_the_same_hostile_sentence_is_cut_the_same_way_each_time(extractor):
    text = joined(TALKS, ', ', 1_900)
    first, second = extractor.extract(text, entities=True), extractor.extract(text, entities=True)
    assert first.warnings and first.as_json() == second.as_json()


@pytest.mark.parametrize('cap', [1, 40, 700, 5_000])
def test_a_chart_holds_no_more_states_than_its_cap(cap):
    text = joined(TALKS, ' и ', 400)
    columns, stopped = chart_states(EVENT_RULES['talks'], text, cap)
    assert sum(len(column) for column in columns) <= cap
    assert stopped is not None


@pytest.mark.parametrize('cap', [40, 700, 5_000])
def test_a_chart_cut_short_is_the_full_chart_up_to_where_it_stopped(cap):
    text = joined(TALKS, ' и ', 400)
    full, never = chart_states(EVENT_RULES['talks'], text, earley.STATES_KEPT)
    cut, stopped = chart_states(EVENT_RULES['talks'], text, cap)
    assert never is None
    assert cut[:stopped] == full[:stopped]
    assert cut[stopped] == full[stopped][:len(cut[stopped])]
    assert not any(cut[stopped + 1:])


def test_readings_ranked_are_capped_by_their_words_and_per_span(monkeypatch):
    monkeypatch.setattr(parse, 'READ_WORDS_KEPT', 300)
    monkeypatch.setattr(parse, 'READINGS_KEPT', 2)
    text = joined(TALKS, ', ', 300)
    found = Bounds(len(text))
    readings = span_readings(parser(EVENT_RULES['talks']), Sentence(0, len(text), text), None, None, found)
    assert readings and all(len(candidates) <= 2 for candidates in readings.values())
    assert sum((end - start) * len(candidates) for (start, end), candidates in readings.items()) <= 300
    [warning] = found.warnings()
    assert re.fullmatch(rf'sentence at 0..{len(text)}: TALKS cut short: [\d,]+ of [\d,]+ readings ranked '
                        r'\(at most 300 words of readings a parse, 2 readings a span\)', warning)


def test_the_caps_are_far_above_what_news_needs(extractor):
    """The samples are cut nowhere (the dev corpora neither: see docs/speed.md for the counts)."""
    for sample in SAMPLES:
        document = extractor.extract(sample.read_text(encoding='utf-8'), entities=True, doc=sample.name)
        assert not [warning for warning in document.warnings if 'cut short' in warning or 'budget' in warning]


def test_a_normal_sentence_gives_no_warning(extractor):
    assert extractor.extract(VISIT, entities=True).warnings == ()


def test_many_parses_cut_short_give_a_few_warnings_and_a_count(extractor, monkeypatch):
    built = parser(EVENT_RULES['visit'])
    monkeypatch.setattr(built, 'states_kept', 10)
    text = '\n'.join([VISIT] * 5)
    warnings = extractor.extract(text).warnings
    size = len(VISIT)
    assert [warning.split(':')[0] for warning in warnings] == [
        *(f'sentence at {line * (size + 1)}..{line * (size + 1) + size}' for line in range(3)),
        '2 more parses cut short']
    assert warnings[0].startswith(f'sentence at 0..{size}: VISIT cut short: stopped at word ')


def test_a_spent_time_budget_leaves_the_rest_unparsed_and_says_it_depends_on_the_machine(extractor, monkeypatch):
    monkeypatch.setattr(bounds, 'SECONDS_A_DOCUMENT', -1.0)
    text = '\n'.join([VISIT] * 3)
    document = extractor.extract(text, entities=True)
    assert document.entities == ()
    assert document.warnings == (
        f'time budget of {-1 + 0.002 * len(text):.1f} s of CPU spent: 3 sentences from 0..{len(VISIT)} on not parsed '
        "(a last resort, so where it falls depends on the machine's speed)",)


def test_the_budget_is_spent_once_the_clock_passes_it_and_stays_spent():
    ticks = iter([0.0, 1.0, 100.0, 1.0])
    found = Bounds(1_000, clock=lambda: next(ticks))
    assert found.budget == bounds.SECONDS_A_DOCUMENT + 2.0
    assert found.in_time(0, 10)
    assert not found.in_time(11, 20)
    assert not found.in_time(21, 30)  # the clock is not asked again
    assert found.warnings()[0].startswith('time budget of 12.0 s of CPU spent: 2 sentences from 11..20 on')


def test_a_parse_outside_a_document_is_not_bounded_by_time(monkeypatch):
    monkeypatch.setattr(bounds, 'SECONDS_A_DOCUMENT', -1.0)
    assert parse.matches(EVENT_RULES['visit'], Sentence(0, len(VISIT), VISIT))
    with document_bounds(len(VISIT)):
        assert not parse.matches(EVENT_RULES['visit'], Sentence(0, len(VISIT), VISIT))
