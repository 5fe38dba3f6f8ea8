"""States named by a compound word beside a noun of talks or signing: «российско-египетские переговоры»,
«консультации РФ-США», «казахстанско-российский договор». The argument grammar reads countries by
their names, not by the adjective two of them make together; the word names the sides.
"""

from __future__ import annotations

from extractor.records import Arg
from extractor.scope import countries_named

# how the parts of the compound are joined: «российско-египетских», «РФ-США»
HYPHENS = ('-', '–')


def compound_at(tokens: list, first: int) -> tuple[int, int] | None:
    """The token range of a word written «A-B» (no spaces) that starts at `first`, or None."""
    if first < 0 or first + 3 > len(tokens):
        return None
    left, mark, right = tokens[first:first + 3]
    if mark.value not in HYPHENS or left.span.stop != mark.span.start or mark.span.stop != right.span.start:
        return None
    return first, first + 3


def sides_beside(tokens: list, first: int, last: int, offset: int, source: str) -> Arg | None:
    """The states a compound right before the trigger at tokens `first`..`last`, or right after it,
    names, as one arg with the states for members; None where there is none or it names one state."""
    for found in (compound_at(tokens, first - 3), compound_at(tokens, last)):
        if found is None:
            continue
        start, end = tokens[found[0]].span.start + offset, tokens[found[1] - 1].span.stop + offset
        states = countries_named(source[start:end])
        if len(states) >= 2:
            return Arg(start=start, end=end, text=source[start:end], kind='country', normal=None,
                       members=tuple(sorted(states)), rule='STATES_OF_ONE_WORD')
    return None
