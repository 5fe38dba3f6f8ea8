"""Rules made ready for the parser: yargy's own steps, with the work on shared parts done once.

yargy's `Parser` activates its rule, normalises it (repeats and options written out, `or_` made
productions, one-word rules flattened) and turns it into BNF, each step a copy of the whole graph.
The event grammars share most of their graph (AGENT, PERSON, ORG, GEO, DATE), so seven parsers did
that work seven times. Here each step keeps its memo from one root to the next: a part that an
earlier root brought is activated and normalised once. Only the last step, which depends on the
whole root, runs per root. It builds the graph yargy builds: a part used in two places of one
root's graph is wrapped in a rule of its own, as there, because the parse trees, and with them the
choice between readings, follow that shape (`tests/test_compile.py` checks that every event rule
finds on the samples and cases exactly what yargy's own build of it finds).
"""

from __future__ import annotations

from yargy.parser import Context
from yargy.pipelines import PipelineBNFRule
from yargy.predicates import is_predicate
from yargy.rule.bnf import BNFRule, lift
from yargy.rule.constructors import (
    ForwardRule,
    InterpretationRule,
    NamedRule,
    PipelineRule,
    Production,
    RelationRule,
    Rule,
    WrapperRule,
)
from yargy.rule.transformators import (
    FlattenTransformator,
    ReplaceEmptyTransformator,
    ReplaceExtendedTransformator,
    ReplaceOrTransformator,
    SquashExtendedTransformator,
)


class Compiler:
    """BNF start rules for the parser, each root's built once, all sharing one tokenizer's context."""

    def __init__(self, context: Context):
        self.context = context
        self.activated: set[int] = set()
        self.steps = [kept(step)() for step in NORMALISATION]
        self.starts: dict[int, tuple] = {}

    def start(self, root: Rule) -> BNFRule:
        """The start rule of yargy's BNF for `root`, as `Parser(root)` builds it."""
        found = self.starts.get(id(root))
        if found is None:
            self.activate(root)
            normal = root
            for step in self.steps:
                normal = step(normal)
            found = self.starts[id(root)] = (root, Converter(normal).start)  # the root stays, and its id with it
        return found[1]

    def activate(self, root: Rule) -> None:
        """yargy's `ActivateTransformator`, in place as there, each production and gazetteer once."""
        for item in graph(root, skip=self.activated.__contains__):
            self.activated.add(id(item))
            if isinstance(item, Production):
                item.terms = [term.activate(self.context) if is_predicate(term) else term for term in item.terms]
            elif isinstance(item, PipelineRule):
                item.pipeline = item.pipeline.activate(self.context)


def graph(root, skip) -> list:
    """Every rule and production under `root`, leaving out those whose id `skip` says is done, and
    what is under them."""
    found = []
    seen = {id(root)}
    stack = [root]
    while stack:
        item = stack.pop()
        if skip(id(item)):
            continue
        found.append(item)
        for child in item.children:
            if id(child) not in seen and isinstance(child, (Rule, Production)):
                seen.add(id(child))
                stack.append(child)
    return found


# yargy's `Rule.normalized`, step by step
NORMALISATION = (SquashExtendedTransformator, ReplaceExtendedTransformator, ReplaceOrTransformator,
                 ReplaceEmptyTransformator, FlattenTransformator)


def kept(step: type) -> type:
    """`step` with its memo kept from root to root.

    yargy points a forward rule (the loop of a repeat) at its copy of the step's output, in place;
    a forward that an earlier root brought already points at its final copy and is left as it is.
    Every item the memo holds is kept alive, so no new item can take its id.
    """

    class Kept(step):
        def __init__(self):
            super().__init__()
            self.defined: set[int] = set()
            self.inputs: list = []
            self.methods: dict[type, object] = {}

        def done(self, key: int) -> bool:
            return key in self.visited or key in self.defined

        def __call__(self, root):
            # what the memo holds was walked with an earlier root, and its forwards defined
            new = [item for item in graph(root, skip=self.done) if isinstance(item, ForwardRule) and item.rule]
            for forward in new:
                self.defined.add(id(forward))
            for forward in new:
                forward.define(self.visit(forward.rule))
            return self.visit(root)

        def visit(self, item):
            found = self.visited.get(id(item))
            if found is None:
                method = self.methods.get(type(item))
                if method is None:
                    method = self.methods[type(item)] = self.resolve_method(item)
                found = self.visited[id(item)] = method(item)
                self.inputs.append(item)
            return found

    Kept.__name__ = Kept.__qualname__ = step.__name__
    return Kept


def parent_counts(root) -> dict[int, int]:
    """How many times each part is named as a child in the graph under `root`."""
    counts: dict[int, int] = {}
    seen = {id(root)}
    stack = [root]
    while stack:
        for child in stack.pop().children:
            key = id(child)
            counts[key] = counts.get(key, 0) + 1
            if key not in seen:
                seen.add(key)
                stack.append(child)
    return counts


class Converter:
    """yargy's `BNFTransformator` and `RemoveForwardTransformator` for one root of the shared normal
    graph. yargy points each forward rule at its BNF in place; here the normal graph is shared, so
    the forwards stay as they are and the productions that name one are mended at the end."""

    def __init__(self, root):
        self.parents = parent_counts(root)
        self.done: dict[int, object] = {}
        self.forwards: dict[int, ForwardRule] = {}
        self.mended: list[Production] = []
        start = self.visit(root)
        while any(key not in self.done for key in self.forwards):  # a forward's rule may hold more
            for forward in list(self.forwards.values()):
                self.visit(forward.rule)
        for production in self.mended:
            production.terms = [self.done[id(term.rule)] if isinstance(term, ForwardRule) else term
                                for term in production.terms]
        name_anonymous(start)
        self.start = start

    def visit(self, item):
        found = self.done.get(id(item))
        if found is None:
            found = self.done[id(item)] = self.convert(item)
        return found

    def convert(self, item):
        if type(item) is Production:
            return self.production(item)
        if isinstance(item, Production):  # an empty or a gazetteer production: yargy keeps it as it is
            return item
        if isinstance(item, ForwardRule):
            self.forwards[id(item.rule)] = item
            return item
        if isinstance(item, NamedRule):
            return self.wrapped(item, 'name', item.name)
        if isinstance(item, InterpretationRule):
            return self.wrapped(item, 'interpretator', item.interpretator)
        if isinstance(item, RelationRule):
            return self.wrapped(item, 'relation', item.relation)
        if isinstance(item, PipelineRule):
            return item.pipeline.as_bnf
        if type(item) is Rule:
            return BNFRule([self.visit(production) for production in item.productions])
        raise TypeError(f'{type(item).__name__} left in a normalised rule')

    def production(self, item: Production) -> Production:
        terms = [self.visit(term) if isinstance(term, Rule) else term for term in item.terms]
        made = Production(terms, item.main)
        if any(isinstance(term, ForwardRule) for term in terms):
            self.mended.append(made)
        return made

    def inner(self, item: WrapperRule):
        """yargy's `visit_WrapperRule`: the child's BNF, in a rule of its own when it is shared."""
        child = item.rule
        if isinstance(child, ForwardRule):
            self.forwards[id(child.rule)] = child
            made = lift(child)
            self.mended.append(made.productions[0])
            return made
        made = self.visit(child)
        return lift(made) if self.parents[id(child)] > 2 else made

    def wrapped(self, item: WrapperRule, attribute: str, value):
        made = self.inner(item)
        if getattr(made, attribute):
            made = lift(made)
        setattr(made, attribute, value)
        return made


def name_anonymous(start: BNFRule) -> None:
    """yargy's names R0, R1, ... for the unnamed rules, in the order of its breadth-first walk; a
    gazetteer's productions hold no rule and are not walked."""
    count = 0
    seen = {id(start)}
    queue = [start]
    for item in queue:
        if isinstance(item, BNFRule):
            if not item.name:
                item.name = f'R{count}'
                count += 1
            if isinstance(item, PipelineBNFRule):
                continue
        for child in item.children:
            if id(child) not in seen and isinstance(child, (BNFRule, Production)):
                seen.add(id(child))
                queue.append(child)
