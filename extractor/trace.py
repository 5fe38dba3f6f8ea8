"""A yargy match as a tree of named rules: the trace shown to readers and the input of records.

Only rules named at module level (`.named('VISIT')`) appear; yargy's anonymous helpers (R0, R1, ...)
are folded into their named parent, so a trace reads like the grammar a person wrote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from yargy.tree.constructors import Leaf

ANONYMOUS = re.compile(r'R\d+$')
# rule → its name as the trace shows it, for every rule a match was read in: the rule held, so that its
# id stays its own
NAMES: dict[int, tuple[object, str | None]] = {}


@dataclass
class Node:
    """A named rule's match: its rule name, document offsets, tokens and named sub-matches."""

    name: str
    start: int
    end: int
    tokens: list = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    line: str | None = None  # the lexicon line a gazetteer rule matched

    def walk(self):
        """The node and every node below it, each before its children: with a stack, since a generator
        nested in one per level passes each node up through all the levels above it."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def find(self, *names: str) -> Node | None:
        return next((node for node in self.walk() if node.name in names), None)

    def find_all(self, *names: str) -> list[Node]:
        return [node for node in self.walk() if node.name in names]

    def child(self, *names: str) -> Node | None:
        return next((node for node in self.children if node.name in names), None)

    def text(self, source: str) -> str:
        return source[self.start:self.end]

    def words(self) -> list[str]:
        return [token.value for token in self.tokens]

    def lines(self) -> list[str]:
        return [node.line for node in self.walk() if node.line]


def rule_name(yargy_node) -> str | None:
    rule = yargy_node.rule
    found = NAMES.get(id(rule))
    if found is None:
        name = getattr(rule, 'name', None)
        found = NAMES[id(rule)] = (rule, None if not name or ANONYMOUS.match(name) else name)
    return found[1]


def named_tree(match, offset: int = 0) -> Node:
    """The named-rule tree of a yargy match; `offset` turns sentence offsets into document ones. Its words
    are the match's tokens, as they were when it was made: another match of the sentence that shares a
    word may leave that word with fewer forms after."""
    root = Node(name=rule_name(match.tree.root) or 'MATCH', start=0, end=0)
    fill(match.tree.root, root, offset, iter(match.tokens))
    return root


def fill(yargy_node, parent: Node, offset: int, tokens) -> None:
    line = getattr(yargy_node.production, 'value', None)
    if isinstance(line, str) and parent.line is None:
        parent.line = line
    for child in yargy_node.children:
        if isinstance(child, Leaf):
            token = next(tokens)
            if not parent.tokens:
                parent.start = token.span.start + offset
            parent.end = token.span.stop + offset
            parent.tokens.append(token)
            continue
        name = rule_name(child)
        if name is None:
            fill(child, parent, offset, tokens)
            continue
        node = Node(name=name, start=0, end=0)
        fill(child, node, offset, tokens)
        parent.children.append(node)
        add_tokens(parent, node.tokens, offset)


def add_tokens(node: Node, tokens: list, offset: int) -> None:
    """Tokens keep their sentence offsets; the node's own span is in document offsets."""
    if not tokens:
        return
    if not node.tokens:
        node.start = tokens[0].span.start + offset
    node.end = tokens[-1].span.stop + offset
    node.tokens.extend(tokens)


def render(node: Node, source: str, depth: int = 0) -> str:
    """The tree as indented lines: `RULE [start:end] «text»`, with the lexicon line where one matched."""
    own = f'{"  " * depth}{node.name} [{node.start}:{node.end}] «{node.text(source)}»'
    if node.line and not node.children:
        own += f' = {node.line}'
    lines = [own] + [render(child, source, depth + 1) for child in node.children]
    return '\n'.join(lines)
