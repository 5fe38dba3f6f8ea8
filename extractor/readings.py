"""Which reading of a span of words a match takes: the one that cuts the words into the fewest pieces,
then the one built of the grammar's earlier alternatives, whose agreements hold within each rule."""

from __future__ import annotations

from yargy.parser import Match
from yargy.relations.graph import TokenRelationsGraph
from yargy.token import get_tokens_span
from yargy.tree import Leaf, Node, Tree

# the rules whose matches count as pieces of a reading: the arguments of a clause and the tokens left
# loose in them; a reading with fewer keeps names and phrases whole
PIECES = ('_ARGUMENT', 'AGENT', 'PARTY', '_TOPIC')
# what a word adds to the key of a reading: yargy's Leaf has no rank, nor children
WORD_KEY = (-1, 0)


def reading_key(root) -> tuple[int, tuple[int, ...]]:
    """How the reading of a span that a completed state (or a yargy node) holds ranks against the others:
    by the pieces it cuts its words into (`PIECES`) first, then by its productions in the grammar's
    order, node by node, so that of two readings with as many pieces the one built of earlier
    alternatives wins, as yargy itself prefers. One walk of the tree gives both."""
    count = 0
    key: list[int] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, Leaf):  # a word: most of a reading's nodes, with no rank and no children
            key += WORD_KEY
            continue
        name = getattr(node.rule, 'name', None)
        if name and name.endswith(PIECES):
            count += 1
        children = node.children
        key += (node.rank, len(children))
        stack.extend(reversed(children))
    return count, tuple(key)


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


def scoped_match(state) -> Match | None:
    """yargy's `prepare_match` of the tree of a completed state (`LeanState`), with each relation scoped
    to the rule that states it."""
    leaves: list[Leaf] = []
    related: list[bool] = []
    root = without_empty(state, leaves, related)
    if related:
        graph = LeanRelationsGraph()
        scopes: dict[tuple[int, int], ScopedRelation] = {}
        stack = [root]
        while stack:
            node = stack.pop()
            for child in node.children:
                if child.relation is not None:
                    scoped = scopes.setdefault((id(child.relation), id(node)), ScopedRelation(child.relation))
                    graph.add(scoped, child.main)
                stack.append(child)
        if not graph.validate():
            return None
        for leaf in leaves:  # yargy's `Tree.constrain`: each word left with the forms that agree
            leaf.token = graph.constrain(leaf.token)
    return ReadMatch(Tree(root, state.range), [leaf.token for leaf in leaves])


class ReadMatch(Match):
    """yargy's match, given the tokens of its words rather than walking its tree for them again."""

    def __init__(self, tree: Tree, tokens: list):
        self.tree = tree
        self.tokens = tokens
        self.span = get_tokens_span(tokens)


def without_empty(node, leaves: list, related: list):
    """yargy's `Tree.normalized` of the tree of a state (or of a yargy node): the tree without the nodes
    that hold no word; `leaves` gets its words in order, and `related` an item where a node of it states
    an agreement."""
    if isinstance(node, Leaf):
        leaves.append(node)
        return node
    children = [kept for child in node.children if (kept := without_empty(child, leaves, related)) is not None]
    if not children:
        return None
    if not related and node.rule.relation is not None:
        related.append(True)
    return Node(node.rule, node.production, node.rank, children)
