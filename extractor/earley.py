"""yargy's Earley parser, made to predict only what the next word can start.

yargy predicts every rule a state may need in every column, whatever the next word is: with the
event grammars that is thousands of states per word, nearly all of them dead at the next scan.
Here a production is predicted only where its first word can be the next token (its FIRST set,
computed once per grammar), or where it can match nothing at all. The states this leaves out could
never take part in a match, so the matches are the same, only found with less work.

The rest is the cost of what remains: a word is put to each first-word test once in a process
(`Starters`), and a chart state is built without the copy of its parse tree that yargy gives every
state (`LeanState`): only the states that end a match ever need one.
"""

from __future__ import annotations

import functools
import operator

from yargy import Parser
from yargy.parser import Chart, Column, State, prepare_trees
from yargy.pipelines import PipelineBNFRule
from yargy.rule.bnf import BNFRule, is_rule
from yargy.tagger import PassTagger
from yargy.tokenizer import Tokenizer
from yargy.tree import Leaf, Node, Tree


class Lookahead:
    """For each rule of a grammar: whether it can match no word, and what can start it (terminal
    predicates, and gazetteers, which answer for their own first words through their index)."""

    def __init__(self, root, starters: Starters):
        self.rules = reachable(root)
        self.nullable = nullable_rules(self.rules)
        self.first = first_terms(self.rules, self.nullable)
        # rule → for each production: its rank, the bits of the tests its first word must pass, and
        # whether it can match no word at all (then it is predicted whatever comes next)
        self.openings = {id(rule): [(rank, production, self.opening(production, starters), self.empty(production))
                                    for rank, production in enumerate(rule.productions)]
                         for rule in self.rules if not isinstance(rule, PipelineBNFRule)}
        # rule → every test a first word of it may be put to
        self.wanted = {key: functools.reduce(operator.or_, (opening for _, _, opening, _ in openings), 0)
                       for key, openings in self.openings.items()}

    def empty(self, production) -> bool:
        return all(is_rule(term) and id(term) in self.nullable for term in production.terms)

    def opening(self, production, starters: Starters) -> int:
        """The tests of a production's first word: those of its terms up to the first that cannot be
        skipped (a word, or a rule that cannot match nothing)."""
        mask = 0
        for term in production.terms:
            if not is_rule(term):
                return mask | starters.bit(term)
            for starter in self.first[id(term)]:
                mask |= starters.bit(starter)
            if id(term) not in self.nullable:
                break
        return mask


def reachable(root) -> list:
    found = {id(root): root}
    stack = [root]
    while stack:
        rule = stack.pop()
        if isinstance(rule, PipelineBNFRule):
            continue
        for production in rule.productions:
            for term in production.terms:
                if is_rule(term) and id(term) not in found:
                    found[id(term)] = term
                    stack.append(term)
    return list(found.values())


def nullable_rules(rules) -> set[int]:
    nullable: set[int] = set()
    changed = True
    while changed:
        changed = False
        for rule in rules:
            if id(rule) in nullable or isinstance(rule, PipelineBNFRule):
                continue
            if any(all(is_rule(term) and id(term) in nullable for term in production.terms)
                   for production in rule.productions):
                nullable.add(id(rule))
                changed = True
    return nullable


def first_terms(rules, nullable: set[int]) -> dict[int, tuple]:
    """Rule → the predicates and gazetteer rules that its first word must satisfy."""
    first: dict[int, dict[int, object]] = {id(rule): {} for rule in rules}
    for rule in rules:
        if isinstance(rule, PipelineBNFRule):
            first[id(rule)][id(rule)] = rule
    changed = True
    while changed:
        changed = False
        for rule in rules:
            if isinstance(rule, PipelineBNFRule):
                continue
            own = first[id(rule)]
            size = len(own)
            for production in rule.productions:
                for term in production.terms:
                    if not is_rule(term):
                        own.setdefault(id(term), term)
                        break
                    own.update(first[id(term)])
                    if id(term) not in nullable:
                        break
            changed |= len(own) != size
    return {key: tuple(terms.values()) for key, terms in first.items()}


class Starters:
    """Every first-word test of the grammars built in a process, one bit each, and for each word the
    tests it has been put to and passed: a word is put to a test once, whichever grammar asks, and a
    production's test of the next word is an AND of two integers.

    The tests look at nothing but a token's word and type, so a word's answers hold wherever it occurs.
    """

    def __init__(self):
        self.bits: dict[int, int] = {}  # id of a predicate or gazetteer rule → its bit
        self.terms: list = []
        self.words: dict[tuple[str, str], list[int]] = {}  # word → [tests asked, tests passed]

    def bit(self, term) -> int:
        bit = self.bits.get(id(term))
        if bit is None:
            bit = self.bits[id(term)] = 1 << len(self.terms)
            self.terms.append(term)
        return bit

    def answers(self, token) -> list[int]:
        """The tests the token's word was put to, and those it passed, as far as they are known."""
        key = (token.value, token.type)
        answers = self.words.get(key)
        if answers is None:
            if len(self.words) >= WORDS_KEPT:
                self.words.clear()
            answers = self.words[key] = [0, 0]
        return answers

    def passed(self, token, answers: list[int], wanted: int) -> int:
        """Which of the tests in `wanted` the token passes; `answers`: its word's, from `answers`."""
        asked, passed = answers
        missing = wanted & ~asked
        if not missing:
            return passed & wanted
        while missing:
            bit = missing & -missing
            if starts_word(self.terms[bit.bit_length() - 1], token):
                passed |= bit
            missing ^= bit
        answers[0], answers[1] = asked | wanted, passed
        return passed & wanted


def starts_word(term, token) -> bool:
    if isinstance(term, PipelineBNFRule):
        return next(iter(term.predict(token)), None) is not None
    return bool(term(token))


# the words of news repeat: twenty thousand are most of a year's, at a few megabytes
WORDS_KEPT = 20_000
STARTERS = Starters()


def spelled(terms, ahead: list) -> bool:
    return len(terms) <= len(ahead) and all(term(token) for term, token in zip(terms, ahead[:len(terms)], strict=True))


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


# the predictions a parser keeps, for a rule and the tests the next word passes; words of a kind pass the
# same tests, so a few kinds make nearly all the columns of news
PREDICTIONS_KEPT = 50_000


class EarleyParser(Parser):
    """yargy's parser with lookahead, and with the textbook fix for empty rules (Aycock and Horspool).

    yargy completes an optional rule that matched nothing once, in the column where it was predicted;
    a state that comes to need the same rule later in that column never hears of it, so a match
    running through a shared optional part can be lost, depending on what else the grammar holds
    («визиту президента РФ Владимира Путина» lost its last word under the VISIT root). Here a state
    that needs a rule already completed empty in its column moves past it at once.
    """

    def __init__(self, start: BNFRule, tokenizer: Tokenizer, lookahead: bool = True):
        """`start`: the rule's BNF, as yargy's `Parser` would build it (see `extractor.compile`)."""
        self.rule = start
        self.tokenizer = tokenizer
        self.tagger = PassTagger()
        # without lookahead: yargy's own predictions, the plain full parse the fast one is checked against
        self.lookahead = Lookahead(self.rule, STARTERS) if lookahead else None
        self.predictions: dict[int, dict[int, list]] = {}  # rule → tests passed → productions
        self.kept = 0

    def chart(self, text, all=True):
        return self.chart_of(self.tagger(self.tokenizer(text)), all)

    def trees(self, text: str, tokens: list | None = None, starts: frozenset[int] | None = None) -> list[Tree]:
        """The parse trees of the rule's matches in `text`, or in its `tokens` where the caller has
        them already (a sentence several grammars read is cut into words once); `starts`, where given,
        the indexes of the words a match may begin at."""
        if tokens is None:
            tokens = list(self.tokenizer(text))
        chart = self.chart_of(self.tagger(iter(tokens)), starts=starts)
        try:
            return list(prepare_trees(chart.matches(self.rule)))
        finally:
            taken_apart(chart)

    def chart_of(self, tokens, all=True, starts: frozenset[int] | None = None):
        chart = LeanChart(tokens)
        for column, next_column in chart:
            ahead = chart.tokens[column.index:] if next_column else None
            answers = STARTERS.answers(ahead[0]) if ahead and self.lookahead else None
            predicted: set[int] = set()  # a rule predicted once in a column gives the same states again
            empty: dict[int, list[State]] = {}  # rules completed without a word in this column
            if (column.first or all) if starts is None else column.index in starts:
                self.predict_with(ahead, answers, column, self.rule)
                predicted.add(id(self.rule))
            for state in column:
                if state.completed:
                    if state.start_column is column:
                        empty.setdefault(id(state.rule), []).append(state)
                    self.complete(column, state)
                    continue
                next_term = state.next_term
                if is_rule(next_term):
                    if id(next_term) not in predicted:
                        predicted.add(id(next_term))
                        self.predict_with(ahead, answers, column, next_term)
                    for done in empty.get(id(next_term), ()):
                        column.append(state.advanced(column, done))
                elif next_column:
                    self.scan(next_column, next_term, state)
        return chart

    def predict_with(self, ahead: list | None, answers: list[int] | None, column, rule) -> None:
        """Predict `rule` in `column`, leaving out the productions the next token cannot start; each
        keeps the rank it has in yargy, which orders the readings of a span. `ahead`: the next token
        and those after it, None after the last; `answers`: what is known of the next token's tests."""
        if not self.lookahead:
            ranked = enumerate(rule.predict(ahead[0]) if ahead else rule.productions)
        elif ahead is None:  # after the last word only a production that matches nothing can complete
            # (a gazetteer's names are words: it has none)
            ranked = ((rank, production) for rank, production, _, empty in self.lookahead.openings.get(id(rule), ())
                      if empty)
        elif isinstance(rule, PipelineBNFRule):
            # a gazetteer name is a run of words: one that the words ahead do not spell is left out
            ranked = ((rank, production) for rank, production in enumerate(rule.predict(ahead[0]))
                      if spelled(production.terms, ahead))
        else:
            ranked = self.predicted(rule, STARTERS.passed(ahead[0], answers, self.lookahead.wanted[id(rule)]))
        for rank, production in ranked:
            column.append(LeanState.predicted(rule, production, rank, column))

    def predicted(self, rule, mask: int) -> list:
        """The productions of `rule` a word passing the tests of `mask` (and failing its others) can start."""
        known = self.predictions.get(id(rule))
        if known is None:
            known = self.predictions[id(rule)] = {}
        ranked = known.get(mask)
        if ranked is None:
            if self.kept >= PREDICTIONS_KEPT:
                self.predictions.clear()
                self.kept = 0
                known = self.predictions[id(rule)] = {}
            self.kept += 1
            ranked = known[mask] = [(rank, production) for rank, production, opening, empty
                                    in self.lookahead.openings[id(rule)] if empty or opening & mask]
        return ranked

    def scan(self, column, predicate, state):
        token = column.token
        if predicate(token):
            column.append(state.advanced(column, Leaf(predicate, predicate.constrain(token))))

    def complete(self, column, completed):
        for state in completed.parents:
            column.append(state.advanced(column, completed))
