"""Python's garbage collector kept off what the extractor holds for the rest of the process.

The word caches (the forms of each word, its readings as a name, its answers to the grammars'
first-word tests) fill over a run, and their objects outlive every document: they reach the
collector's oldest generation, whose full passes come each time it has grown by a quarter and walk
it whole. Over NEREL train that was twelve passes, 1.2 s of a 9.7 s run, finding nothing to free.
A parse, for its part, makes thousands of chart states that live until its end: the collector's
young passes, one per 700 new objects, walked each chart's states once or twice before they were
freed.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager

# new objects between two young passes while a document is extracted: most charts are made and freed
# between two (the collector's time over NEREL train 0.37 s -> 0.10 s, against Python's 700)
YOUNG_PASS = 10_000


def settle() -> None:
    """Collect now, then freeze what is left (`gc.freeze`): it is alive, and lives on.

    Called once a document is done, when nothing of its extraction is reachable any more: the
    collection frees every cycle it left, so no garbage is frozen, and what is frozen is what the
    caches gained (and whatever the calling program holds at that moment; `gc.unfreeze()` gives that
    back). A full pass then walks only what came since the last document, not the caches again."""
    gc.collect()
    gc.freeze()


@contextmanager
def fewer_young_passes():
    """Python's young passes one in YOUNG_PASS new objects meanwhile, and as they were after."""
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_PASS), *older)
    try:
        yield
    finally:
        gc.set_threshold(young, *older)
