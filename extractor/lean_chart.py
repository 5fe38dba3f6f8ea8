"""yargy's chart made cheaper: a state that keeps only the child it added and builds its parse tree when
asked (`LeanState`), a column that reads a state's next term once, and a parsed chart taken apart."""

from __future__ import annotations

from yargy.parser import Chart, Column, State
from yargy.rule.bnf import is_rule
from yargy.tree import Node


class LeanState(State):
    """yargy's chart state, made cheaper to make, hash and ask: the parser makes hundreds of thousands
    of them a corpus, and builds the trees of only the few that end a match.

    yargy gives each state a copy of its node with one child more than the state it moved on from, and
    hashes the rule, production, dot, columns and all those children every time. Here a state keeps
    the state it moved on from and the one child it added, and builds its node only when asked; its
    `chain` hashes the rule, production, start and the children matched so far (the dot is their number).
    """

    __slots__ = ('completed', 'chain', 'key', 'rank', 'previous', 'child', 'built')

    def __init__(self, rule, production, dot_index, start_column, stop_column, rank, previous, child, chain):
        self.rule = rule
        self.production = production
        self.dot_index = dot_index
        self.start_column = start_column
        self.stop_column = stop_column
        self.rank = rank
        self.previous = previous
        self.child = child  # a Leaf, or the completed state of a rule
        self.completed = dot_index >= len(production.terms)
        self.chain = chain
        self.key = hash((chain, stop_column.index))
        self.built = None

    @classmethod
    def predicted(cls, rule, production, rank: int, column) -> LeanState:
        chain = hash((id(rule), id(production), column.index))
        return cls(rule, production, 0, column, column, rank, None, None, chain)

    def advanced(self, column, child) -> LeanState:
        """The state with `child` (a Leaf, or a completed state) matched, ending in `column`."""
        return LeanState(self.rule, self.production, self.dot_index + 1, self.start_column, column, self.rank,
                         self, child, hash((self.chain, id(child))))

    @property
    def node(self) -> Node:
        if self.built is None:
            children = []
            state = self
            while state.previous is not None:
                child = state.child
                children.append(child.node if isinstance(child, LeanState) else child)
                state = state.previous
            children.reverse()
            self.built = Node(self.rule, self.production, rank=self.rank, children=children)
        return self.built

    def __hash__(self):
        return self.key


class LeanColumn(Column):
    """yargy's column, with a state's hash and next term read once when it is added."""

    def append(self, state):
        if state.key not in self.hashes:
            self.hashes.add(state.key)
            self.states.append(state)
            if not state.completed:
                term = state.production.terms[state.dot_index]
                if is_rule(term):
                    self.states_index[id(term)].append(state)


class LeanChart(Chart):
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.columns = [LeanColumn(index, token) for index, token in enumerate([None, *self.tokens])]


def taken_apart(chart: LeanChart) -> None:
    """A column holds its states and each state its columns: left whole, a chart lives on until the
    garbage collector finds the cycle, and its passes over the charts then took a fifth of a run."""
    for column in chart.columns:
        column.states.clear()
        column.states_index.clear()
        column.hashes.clear()
