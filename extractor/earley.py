"""yargy's Earley parser, made to predict only what the next word can start.

yargy predicts every rule a state may need in every column, whatever the next word is: with the
event grammars that is thousands of states per word, nearly all of them dead at the next scan.
Here a production is predicted only where its first word can be the next token (its FIRST set,
computed once per grammar), or where it can match nothing at all. The states this leaves out could
never take part in a match, so the matches are the same, only found with less work.
"""

from __future__ import annotations

from yargy import Parser
from yargy.parser import Chart, State
from yargy.pipelines import PipelineBNFRule
from yargy.rule.bnf import BNFRule, is_rule
from yargy.tagger import PassTagger
from yargy.tokenizer import Tokenizer
from yargy.tree import Leaf, Node


class Lookahead:
    """For each rule of a grammar: whether it can match no word, and what can start it (terminal
    predicates, and gazetteers, which answer for their own first words through their index)."""

    def __init__(self, root):
        self.rules = reachable(root)
        self.nullable = nullable_rules(self.rules)
        self.first = first_terms(self.rules, self.nullable)


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


class TokenTest:
    """What the grammar's first-word tests say of the next token, each asked at most once; `ahead`
    is that token and the ones after it."""

    def __init__(self, ahead: list):
        self.ahead = ahead
        self.token = ahead[0]
        self.answers: dict = {}  # id of a predicate or rule → bool; ('predict', id of a rule) → its productions

    def __call__(self, term) -> bool:
        answer = self.answers.get(id(term))
        if answer is None:
            if isinstance(term, PipelineBNFRule):
                answer = next(iter(term.predict(self.token)), None) is not None
            else:
                answer = bool(term(self.token))
            self.answers[id(term)] = answer
        return answer


def spelled(terms, ahead: list) -> bool:
    return len(terms) <= len(ahead) and all(term(token) for term, token in zip(terms, ahead[:len(terms)], strict=True))


class LeanState(State):
    """yargy's chart state, with its `completed` worked out once and a cheaper hash: the parser asks
    both of every state, hundreds of thousands of times a corpus."""

    __slots__ = ('completed',)

    def __init__(self, rule, production, dot_index, start_column, stop_column, node):
        self.rule = rule
        self.production = production
        self.dot_index = dot_index
        self.start_column = start_column
        self.stop_column = stop_column
        self.node = node
        self.completed = dot_index >= len(production.terms)

    def __hash__(self):
        return hash((id(self.rule), id(self.production), self.dot_index, self.start_column.index,
                     self.stop_column.index, *map(id, self.node.children)))


# words whose lookahead answers a parser keeps: the frequent words of news repeat, and a thousand of them
# give the speed of keeping every word at a fraction of the memory
ANSWERS_KEPT = 1_000


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
        self.lookahead = Lookahead(self.rule) if lookahead else None
        self.answers: dict[tuple[str, str], dict[int, bool]] = {}

    def token_test(self, tokens: list, index: int) -> TokenTest:
        """The test of the token at `index`, whose answers are those of every earlier token of the
        same word and type: the grammar's tests look at nothing else."""
        test = TokenTest(tokens[index:])
        key = (test.token.value, test.token.type)
        answers = self.answers.get(key)
        if answers is None:
            if len(self.answers) >= ANSWERS_KEPT:
                self.answers.clear()
            answers = self.answers[key] = {}
        test.answers = answers
        return test

    def chart(self, text, all=True):
        return self.chart_of(self.tagger(self.tokenizer(text)), all)

    def chart_of(self, tokens, all=True):
        chart = Chart(tokens)
        for column, next_column in chart:
            test = self.token_test(chart.tokens, column.index) if next_column else None
            predicted: set[int] = set()  # a rule predicted once in a column gives the same states again
            empty: dict[int, list[State]] = {}  # rules completed without a word in this column
            if column.first or all:
                self.predict_with(test, column, self.rule)
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
                        self.predict_with(test, column, next_term)
                    for done in empty.get(id(next_term), ()):
                        column.append(LeanState(
                            state.rule, state.production,
                            dot_index=state.dot_index + 1,
                            start_column=state.start_column,
                            stop_column=column,
                            node=state.node.attached(done.node),
                        ))
                elif next_column:
                    self.scan(next_column, next_term, state)
        return chart

    def predict_with(self, test: TokenTest | None, column, rule) -> None:
        """Predict `rule` in `column`, leaving out the productions the next token cannot start; each
        keeps the rank it has in yargy, which orders the readings of a span."""
        if not self.lookahead:
            ranked = enumerate(rule.predict(test.token) if test else rule.productions)
        elif test is None:  # after the last word only a production that matches nothing can complete
            ranked = ((rank, production) for rank, production in enumerate(rule.productions)
                      if self.empty(production))
        elif isinstance(rule, PipelineBNFRule):
            # a gazetteer name is a run of words: one that the words ahead do not spell is left out
            ranked = ((rank, production) for rank, production in enumerate(rule.predict(test.token))
                      if spelled(production.terms, test.ahead))
        else:
            key = ('predict', id(rule))
            ranked = test.answers.get(key)
            if ranked is None:
                ranked = test.answers[key] = [(rank, production) for rank, production in enumerate(rule.productions)
                                              if self.can_start(production, test)]
        for rank, production in ranked:
            node = Node(rule, production, rank=rank, children=[])
            column.append(LeanState(rule, production, dot_index=0, start_column=column, stop_column=column, node=node))

    def scan(self, column, predicate, state):
        token = column.token
        if predicate(token):
            leaf = Leaf(predicate, predicate.constrain(token))
            column.append(LeanState(state.rule, state.production, state.dot_index + 1, state.start_column, column,
                                    state.node.attached(leaf)))

    def complete(self, column, completed):
        for state in completed.parents:
            column.append(LeanState(state.rule, state.production, state.dot_index + 1, state.start_column, column,
                                    state.node.attached(completed.node)))

    def empty(self, production) -> bool:
        return all(is_rule(term) and id(term) in self.lookahead.nullable for term in production.terms)

    def can_start(self, production, test: TokenTest) -> bool:
        nullable = self.lookahead.nullable
        for term in production.terms:
            if not is_rule(term):
                return test(term)
            if self.starts(term, test):
                return True
            if id(term) not in nullable:
                return False
        return True

    def starts(self, rule, test: TokenTest) -> bool:
        """Whether the next token can be the first word of `rule`."""
        key = -id(rule)  # a rule's answer shares the token's memo with the predicates', apart by sign
        answer = test.answers.get(key)
        if answer is None:
            answer = test.answers[key] = any(test(starter) for starter in self.lookahead.first[id(rule)])
        return answer
