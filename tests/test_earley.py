"""The parser with lookahead (extractor.earley) finds what yargy's own predictions find, also in a
text cut short where a rule or a gazetteer name was about to begin."""

import pytest
from cases_loader import load_cases

from extractor.events import EVENT_RULES, FALLBACK_RULES
from extractor.parse import best_readings, parser
from extractor.segment import Sentence


def cut_short(module: str) -> list[Sentence]:
    """Every positive case of a grammar module, and each of its beginnings up to a word."""
    found = set()
    for case in load_cases():
        if case.module == module and case.match:
            words = case.text.split()
            found.update(' '.join(words[:end]) for end in range(1, len(words) + 1))
    return [Sentence(0, len(text), text) for text in sorted(found)]


@pytest.mark.parametrize('root', [*EVENT_RULES.values(), *FALLBACK_RULES.values()])
def test_lookahead_finds_what_the_plain_parse_finds(root):
    fast, plain = parser(root), parser(root, lookahead=False)
    different = [sentence.text for sentence in cut_short(root.split('.')[1])
                 if best_readings(fast, sentence) != best_readings(plain, sentence)]
    assert not different, different[:3]

