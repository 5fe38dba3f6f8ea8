"""Which reading of a span of words a match takes: the one that cuts the words into the fewest pieces,
then the one built of the grammar's earlier alternatives, whose agreements hold within each rule."""

from __future__ import annotations

from yargy.parser import Match
from yargy.relations.graph import TokenRelationsGraph
from yargy.tree import Leaf, Node, Tree


def reading_key(root) -> tuple[int, ...]:
    """A reading's productions in the grammar's order, node by node: of two readings of one span
    with as many pieces, the one built of earlier alternatives wins, as yargy itself prefers."""
    key = []
    stack = [root]
    while stack:
        node = stack.pop()
        children = getattr(node, 'children', ())
        key += (getattr(node, 'rank', -1), len(children))
        stack.extend(reversed(children))
    return tuple(key)


class ScopedRelation:
    """One use of an agreement relation. yargy joins every node that carries the same relation object
    anywhere in a tree, so two people in one clause («министр ... Нуртлеу по приглашению главы МИД
    ... Лаврова») would have to agree in case with each other; here a relation binds only the
    nodes of one rule, the children of one parent."""

    def __init__(self, relation):
        self.relation = relation

    def __call__(self, form, other) -> bool:
        return self.relation(form, other)


class LeanRelationsGraph(TokenRelationsGraph):
    """yargy's graph of agreement between tokens, with the same result found faster: yargy keeps the forms
    that agree in lists, and compares each new one with those kept field by field, for every pair of
    forms of every pair of tokens; here a form's fields are its key in a dict."""

    def validate(self) -> bool:
        for relation, first, second in self.edges:
            first_forms, second_forms = self.token_forms[id(first)], self.token_forms[id(second)]
            agreeing = [(one, other) for one in first_forms for other in second_forms if relation(one, other)]
            self.token_forms[id(first)] = distinct(one for one, _ in agreeing)
            self.token_forms[id(second)] = distinct(other for _, other in agreeing)
        return all(self.token_forms[token_id] for token_id in self.tokens)


def distinct(forms) -> list:
    """The forms, each value once, in the order first seen (as yargy's `not in` keeps them)."""
    kept: dict = {}
    for form in forms:
        kept.setdefault((form.normalized, frozenset(form.grams.values)), form)
    return list(kept.values())


def scoped_match(tree) -> Match | None:
    """yargy's `prepare_match`, with each relation scoped to the rule that states it."""
    tree = Tree(without_empty(tree.root), tree.range)
    graph = LeanRelationsGraph()
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
    for leaf in tree.walk(types=Leaf):  # yargy's `Tree.constrain`: each word left with the forms that agree
        leaf.token = graph.constrain(leaf.token)
    return Match(tree)


def without_empty(node):
    """yargy's `Tree.normalized`: a copy of the tree without the nodes that hold no word."""
    if isinstance(node, Leaf):
        return node
    children = [child for child in map(without_empty, node.children) if child is not None]
    return Node(node.rule, node.production, node.rank, children) if children else None


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
