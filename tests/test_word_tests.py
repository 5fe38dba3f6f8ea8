"""The lookahead's first-word tests (extractor.word_tests, extractor.lookahead.Starters) answer as
yargy's predicates and the gazetteers' own `opens` do, for every word of the samples and the
per-phrase cases; and a warmed extractor leaves Python's collector as it found it."""

import gc

from cases_loader import load_cases

from extractor import Extractor
from extractor.lookahead import STARTERS, Starters
from extractor.morph import tokenizer
from extractor.parse import parser, standard_roots
from grammars.gazetteer import CasedPipelineBNFRule
from samples import SAMPLES


def words() -> list:
    texts = [case.text for case in load_cases()] + [path.read_text(encoding='utf-8') for path in SAMPLES]
    return [token for text in texts for token in tokenizer()(text)]


def test_first_word_tests_answer_as_the_predicates():
    for path in standard_roots():
        parser(path)  # every standard grammar's tests given their bits
    every = (1 << len(STARTERS.terms)) - 1
    fresh = Starters()  # its own answers: none kept from other tests
    for term in STARTERS.terms:
        fresh.bit(term)
    different = []
    for token in words():
        passed = fresh.passed(token, [0, 0], every)
        for number, term in enumerate(fresh.terms):
            own = term.opens(token) if isinstance(term, CasedPipelineBNFRule) else term(token)
            if bool(passed >> number & 1) != bool(own):
                different.append((token.value, repr(term)[:80]))
    assert not different, different[:5]


def test_a_warmed_extractor_puts_the_collector_back():
    warmed = Extractor().warm()
    before = gc.get_threshold()
    warmed.extract('Министр посетит Казахстан.')
    assert gc.get_threshold() == before
