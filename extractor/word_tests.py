"""A first-word test as the parser's lookahead puts it to each new word: yargy's predicate, made cheaper
to ask, with the same answer.

yargy's `and_`, `or_` and `not_` ask their parts through a generator made at every call, and the tests
of the grammars share parts: `name_like` stands in five tests of the name rules, and each asked it
again of every new word. Here a composition is a plain function of its parts, asking them in yargy's
order and stopping where yargy's `all` and `any` stop, and a part of the project's own
(`grammars.predicates`, which read a word's readings) gives each word its answer once, however many
tests hold it.
"""

from __future__ import annotations

from yargy.predicates.constructors import AndPredicate, NotPredicate, OrPredicate


class Remembered:
    """A predicate that answers each word once while the parser's lookahead asks it of that word: it
    keeps the last token asked, and holds it, so that no other token can come to have its id."""

    __slots__ = ('predicate', 'token', 'answer')

    def __init__(self, predicate):
        self.predicate = predicate
        self.token = None
        self.answer = False

    def __call__(self, token):
        if token is not self.token:
            self.answer = self.predicate(token)
            self.token = token
        return self.answer


class Parts:
    """The compiled tests of a process: `compiled` makes one, sharing a `Remembered` between the equal
    parts of all the tests it has made."""

    def __init__(self):
        self.remembered: dict[type, Remembered] = {}

    def compiled(self, predicate):
        kind = type(predicate)
        if kind is AndPredicate or kind is OrPredicate:
            return composition(kind is AndPredicate, [self.compiled(part) for part in predicate.predicates])
        if kind is NotPredicate:
            inner = self.compiled(predicate.predicate)
            return lambda token: not inner(token)
        if not kind.__module__.startswith('grammars.') or vars(predicate):
            # yargy's own look at a set or a string, cheaper than remembering; one with values of its
            # own is asked as it is, since two such are one test only where the values are the same
            return predicate
        found = self.remembered.get(kind)  # one with no values of its own: its class says what it asks
        if found is None:
            found = self.remembered[kind] = Remembered(predicate)
        return found


def composition(every: bool, parts: list):
    """yargy's `all` (`every`) or `any` of the parts' answers, asked in order until one decides; the
    parser asks only whether the answer is true."""
    if len(parts) == 2:
        first, second = parts
        if every:
            return lambda token: first(token) and second(token)
        return lambda token: first(token) or second(token)

    def all_of(token) -> bool:
        for part in parts:
            if not part(token):
                return False
        return True

    def any_of(token) -> bool:
        for part in parts:
            if part(token):
                return True
        return False
    return all_of if every else any_of
