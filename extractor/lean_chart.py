"""yargy's chart made cheaper: a state that keeps only the child it added and lists what it matched when
asked (`LeanState`), that knows its next term from the moment it is made, a column that indexes a state
by that term, and a parsed chart taken apart."""

from __future__ import annotations

from collections import defaultdict

from yargy.rule.bnf import BNFRule


class LeanState:
    """yargy's chart state, made cheaper to make, hash and ask: the parser makes hundreds of thousands
    of them a corpus, and builds the trees of only the few that end a match.

    yargy gives each state a copy of its node with one child more than the state it moved on from, and
    hashes the rule, production, dot, columns and all those children every time. Here a state keeps
    the state it moved on from and the one child it added, and lists its children only when asked; its
    `chain` hashes the rule, production, start and the children matched so far (the dot is their number),
    which is all a column needs to tell its states apart: they all end in it.
    The term after the dot is read once, when the state is made: `next_term` (None once the state is
    completed) and `next_rule`, the id of that term where it is a rule (None where it is a word's test).
    Its slots make it cheaper to make than yargy's `State`; a completed one has the `rule`, `production`,
    `rank` and `children` of a yargy node, and the readings are read from it (`extractor.readings`).
    """

    __slots__ = ('rule', 'production', 'steps', 'dot_index', 'start_column', 'stop_column', 'rank', 'previous',
                 'child', 'chain', 'next_term', 'next_rule', 'matched')

    def __init__(self, rule, production, steps, dot_index, start_column, stop_column, rank, previous, child, chain):
        self.rule = rule
        self.production = production
        self.steps = steps  # `production_steps` of its production
        self.dot_index = dot_index
        self.start_column = start_column
        self.stop_column = stop_column
        self.rank = rank
        self.previous = previous
        self.child = child  # a Leaf, or the completed state of a rule
        self.chain = chain
        self.matched = None
        self.next_term, self.next_rule = steps[dot_index]

    def advanced(self, column, child) -> LeanState:
        """The state with `child` (a Leaf, or a completed state) matched, ending in `column`."""
        return LeanState(self.rule, self.production, self.steps, self.dot_index + 1, self.start_column, column,
                         self.rank, self, child, hash((self.chain, id(child))))

    @property
    def completed(self) -> bool:
        return self.next_term is None

    @property
    def range(self) -> tuple[int, int]:
        return self.start_column.index, self.stop_column.index

    @property
    def children(self) -> list:
        """What the state has matched, in order: a Leaf for a word, the completed state of a rule. A
        match's reading is read from these, without the copy of yargy's tree each state once had."""
        found = self.matched
        if found is None:
            found = []
            state = self
            while state.previous is not None:
                found.append(state.child)
                state = state.previous
            found.reverse()
            self.matched = found
        return found

    def __hash__(self):
        return hash((self.chain, self.stop_column.index))


class LeanColumn:
    """yargy's column: its token, its states in the order they came, their hashes, and the states
    that wait for each rule (`waiting`, by the rule's id)."""

    __slots__ = ('index', 'token', 'states', 'hashes', 'waiting')

    def __init__(self, index: int, token):
        self.index = index
        self.token = token
        self.states: list[LeanState] = []
        self.hashes: set[int] = set()
        self.waiting: defaultdict[int, list[LeanState]] = defaultdict(list)

    def append(self, state: LeanState) -> None:
        # the states of a column all end in it: their chains tell them apart
        if state.chain not in self.hashes:
            self.hashes.add(state.chain)
            self.states.append(state)
            if state.next_rule is not None:
                self.waiting[state.next_rule].append(state)

    def predicted(self, state: LeanState) -> None:
        """A state that has matched nothing yet: no other state of the column can be it, for a rule is
        predicted once in a column, and a state that has matched a word is another."""
        self.states.append(state)
        if state.next_rule is not None:
            self.waiting[state.next_rule].append(state)

    @property
    def first(self) -> bool:
        return self.index == 0


class LeanChart:
    """The columns of a parse: one before each token and one after the last."""

    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.columns = [LeanColumn(index, token) for index, token in enumerate([None, *self.tokens])]
        self.stopped: int | None = None  # the column where the parse stopped, cut short

    def stop(self, index: int, kept: int) -> None:
        """The parse cut short in column `index`: its first `kept` states stay, and nothing after it."""
        self.stopped = index
        del self.columns[index].states[kept:]
        for column in self.columns[index + 1:]:
            column.states.clear()

    def matches(self, rule):
        """The completed states of `rule`, column by column, each column's in the order they came."""
        for column in self.columns:
            for state in column.states:
                if state.next_term is None and state.rule is rule:
                    yield state


def production_steps(production) -> tuple:
    """For each dot of a production, the term after it and that term's id where it is a rule, with
    (None, None) after the last: read once per production rather than once per state."""
    return (*((term, id(term) if isinstance(term, BNFRule) else None) for term in production.terms), (None, None))


def taken_apart(chart: LeanChart) -> None:
    """A column holds its states and each state its columns: left whole, a chart lives on until the
    garbage collector finds the cycle, and its passes over the charts then took a fifth of a run."""
    for column in chart.columns:
        column.states.clear()
        column.waiting.clear()
        column.hashes.clear()
