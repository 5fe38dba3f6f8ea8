"""Running grammars: parsers built once per process, one sentence at a time."""

from __future__ import annotations

import importlib
from functools import cache

from yargy import Parser
from yargy.parser import Chart, Match, State, prepare_trees
from yargy.relations.graph import TokenRelationsGraph
from yargy.rule.bnf import is_rule
from yargy.span import resolve_spans

from extractor.morph import tokenizer
from extractor.segment import Sentence
from extractor.trace import Node, named_tree


class RuleNotFound(LookupError):
    """A rule path that names no yargy rule."""


def rule_at(path: str):
    """The rule a dotted path names: `grammars.person.PERSON`, or `person.PERSON` for short."""
    module_name, _, rule_name = path.rpartition('.')
    if not module_name:
        raise RuleNotFound(f'{path!r}: give module and rule, like grammars.person.PERSON')
    if not module_name.startswith('grammars.'):
        module_name = f'grammars.{module_name}'
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:
        raise RuleNotFound(f'{path!r}: no grammar module {module_name}') from None
    found = getattr(module, rule_name, None)
    if found is None or not hasattr(found, 'activate'):
        raise RuleNotFound(f'{path!r}: {module_name} has no rule {rule_name}')
    return found


class EarleyParser(Parser):
    """yargy's parser with the textbook fix for empty rules (Aycock and Horspool).

    yargy completes an optional rule that matched nothing once, in the column where it was predicted;
    a state that comes to need the same rule later in that column never hears of it, so a match
    running through a shared optional part can be lost, depending on what else the grammar holds
    («визиту президента РФ Владимира Путина» lost its last word under the VISIT root). Here a state
    that needs a rule already completed empty in its column moves past it at once.
    """

    def chart(self, text, all=True):
        tokens = self.tagger(self.tokenizer(text))
        chart = Chart(tokens)
        for column, next_column in chart:
            if column.first or all:
                self.predict(column, next_column, self.rule)
            for state in column:
                if state.completed:
                    self.complete(column, state)
                    continue
                next_term = state.next_term
                if is_rule(next_term):
                    self.predict(column, next_column, next_term)
                    self.skip_empty(column, state, next_term)
                elif next_column:
                    self.scan(next_column, next_term, state)
        return chart

    def skip_empty(self, column, state, rule) -> None:
        for done in list(column.matches(rule)):
            if done.start_column is column:
                column.append(State(
                    state.rule, state.production,
                    dot_index=state.dot_index + 1,
                    start_column=state.start_column,
                    stop_column=column,
                    node=state.node.attached(done.node),
                ))


@cache
def parser(path: str) -> Parser:
    return EarleyParser(rule_at(path), tokenizer=tokenizer())


def matches(path: str, sentence: Sentence) -> list[Node]:
    """The non-overlapping matches of a rule in a sentence, as named trees in document offsets.

    Where the words of a span parse in several ways, the reading with the fewest arguments wins:
    «с главой МИД Казахстана Ермеком Кошербаевым» is one partner, not a partner and a stray name.
    """
    found = parser(path).matches(sentence.text)
    best: dict[tuple[int, int], tuple[tuple, object]] = {}
    for order, tree in enumerate(prepare_trees(found)):
        match = scoped_match(tree)
        if match is None:
            continue
        score = (pieces(match.tree.root), order)
        span = tuple(match.span)
        if span not in best or score < best[span][0]:
            best[span] = (score, match)
    spans = sorted(best, key=lambda span: (span[0], -span[1]))
    return [named_tree(best[span][1], sentence.start) for span in resolve_spans(spans)]


class ScopedRelation:
    """One use of an agreement relation. yargy joins every node that carries the same relation object
    anywhere in a tree, so two people in one clause («министр ... Нуртлеу по приглашению главы МИД
    ... Лаврова») would have to agree in case with each other; here a relation binds only the
    nodes of one rule, the children of one parent."""

    def __init__(self, relation):
        self.relation = relation

    def __call__(self, form, other) -> bool:
        return self.relation(form, other)


def scoped_match(tree) -> Match | None:
    """yargy's `prepare_match`, with each relation scoped to the rule that states it."""
    tree = tree.normalized
    graph = TokenRelationsGraph()
    scopes: dict[tuple[int, int], ScopedRelation] = {}
    stack = [tree.root]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.relation is not None:
                scoped = scopes.setdefault((id(child.relation), id(node)), ScopedRelation(child.relation))
                graph.add(scoped, child.main)
            stack.append(child)
    if not graph.validate():
        return None
    return Match(tree.constrain(graph))


def pieces(root) -> int:
    """How many parts a reading cuts its words into: the arguments of a clause and the tokens left
    loose in them; fewer is a reading that keeps names and phrases whole."""
    count = 0
    stack = [root]
    while stack:
        node = stack.pop()
        name = getattr(node.rule, 'name', None) if hasattr(node, 'rule') else None
        if name and name.endswith(('_ARGUMENT', 'AGENT', 'PARTY', '_TOPIC')):
            count += 1
        stack.extend(getattr(node, 'children', ()))
    return count
