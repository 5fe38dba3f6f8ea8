"""The pre-filter: a sentence reaches an event grammar only if it holds every word of one of its
trigger phrases, in any form; it must never keep a grammar from a sentence it would match."""

import pytest
from cases_loader import load_cases

from extractor.events import EVENT_RULES, FALLBACK_RULES
from extractor.parse import matches
from extractor.segment import Sentence, sentences
from extractor.triggers import trigger_types
from samples import SAMPLES


@pytest.mark.parametrize(('text', 'kinds'), [
    ('Состоялся обмен мнениями о ситуации в регионе.', ['talks']),
    ('По мнению экспертов, рынок вырастет.', []),
    ('Министры сверили часы перед саммитом.', ['talks', 'summit']),
    ('Часы на башне остановились в полдень.', []),
    ('Ранее он занимал пост губернатора.', ['appointment']),
    ('На посту ГИБДД дежурили трое.', []),
    ('Президент примет участие в форуме.', ['talks', 'summit']),
    ('Выставка прошла при участии спонсоров.', []),
    ('Путин принял в Кремле премьер-министра Индии.', ['talks']),
    ('Закон принят Госдумой в третьем чтении.', []),
    ('Лидеры обсудили по телефону ход подготовки визита.', ['visit', 'talks', 'call']),
])
def test_a_sentence_goes_to_the_grammars_whose_phrases_it_holds_whole(text, kinds):
    assert trigger_types(text) == kinds


def test_a_sentence_without_trigger_words_goes_to_no_grammar():
    assert trigger_types('Погода в Москве будет тёплой.') == []


def every_phrase() -> list[Sentence]:
    """The sentences of the samples, and every positive per-phrase case of an event grammar."""
    found = [sentence for sample in SAMPLES for sentence in sentences(sample.read_text(encoding='utf-8'))]
    modules = {kind for kind in EVENT_RULES}
    found += [Sentence(0, len(case.text), case.text) for case in load_cases()
              if case.match and case.module in modules]
    return found


@pytest.mark.parametrize('kind', list(EVENT_RULES))
def test_no_sentence_an_event_grammar_matches_is_filtered_out(kind):
    roots = [EVENT_RULES[kind], *([FALLBACK_RULES[kind]] if kind in FALLBACK_RULES else [])]
    kept_out = [sentence.text for sentence in every_phrase() if kind not in trigger_types(sentence.text)
                and any(matches(root, sentence) for root in roots)]
    assert not kept_out, kept_out[:3]
