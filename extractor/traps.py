"""Which trap, if any, says a mention's trigger word is no event: the traps its type declares
(`grammars/traps.py`), tried on the words around the trigger."""

from __future__ import annotations

from extractor.mentions import Found, trigger_words
from grammars.event import TYPES


def trap_of(mention: Found, tokens: list) -> str | None:
    """The name of the trap that says this mention's trigger word is no event, if one does."""
    found = trigger_words(mention, tokens)
    if found is None:
        return None
    return next((trap.name for trap in TYPES[mention.type].traps if trap.test(tokens, *found)), None)
