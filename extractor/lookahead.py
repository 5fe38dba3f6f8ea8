"""What the next word must be for the parser to predict a production: each rule's first-word tests and
whether it can match no word, worked out once per grammar, and each word's answers to those tests,
kept once a process for every grammar (`Starters`)."""

from __future__ import annotations

import functools
import operator

from yargy.pipelines import PipelineBNFRule
from yargy.rule.bnf import is_rule

from extractor.word_tests import Parts
from grammars.gazetteer import CasedPipelineBNFRule, fold


class Lookahead:
    """For each rule of a grammar: whether it can match no word, and what can start it (terminal
    predicates, and gazetteers, which answer for their own first words through their index)."""

    def __init__(self, root, starters: Starters):
        self.rules = reachable(root)
        self.gazetteers = frozenset(id(rule) for rule in self.rules if isinstance(rule, PipelineBNFRule))
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
        self.tests: list = []  # for each bit, what puts a word to its test, truthy where it passes
        self.parts = Parts()
        self.words: dict[tuple[str, str], list[int]] = {}  # word → [tests asked, tests passed]
        # the gazetteers' tests, all answered at once: the 113 gazetteer rules of the standard grammars share 20
        # indexes, and each asked whether its index holds the word (`CasedPipelineBNFRule.opens`)
        self.gazetteer_bits = 0
        self.indexes: dict[int, list] = {}  # id of an index → [the index, the bits of its gazetteers]

    def bit(self, term) -> int:
        bit = self.bits.get(id(term))
        if bit is None:
            bit = self.bits[id(term)] = 1 << len(self.terms)
            self.terms.append(term)
            self.tests.append(test_of(term, self.parts))
            if type(term) is CasedPipelineBNFRule:
                self.gazetteer_bits |= bit
                self.indexes.setdefault(id(term.index), [term.index, 0])[1] |= bit
        return bit

    def opened(self, word: str) -> int:
        """The bits of the gazetteers that have a name beginning with the word, as `opens` finds it."""
        folded = fold(word)
        bits = 0
        for index, gazetteers in self.indexes.values():
            if folded in index or word in index:
                bits |= gazetteers
        return bits

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
        if missing & self.gazetteer_bits:
            passed |= self.opened(token.value)
            asked |= self.gazetteer_bits
            missing &= ~self.gazetteer_bits
        while missing:
            bit = missing & -missing
            if self.tests[bit.bit_length() - 1](token):
                passed |= bit
            missing ^= bit
        # one store, not two: threads sharing the parsers ask of the same word, and a pair written half by
        # one and half by another would mark tests as asked with the answers of others
        answers[:] = asked | wanted, passed
        return passed & wanted


def test_of(term, parts: Parts):
    """What puts a word to a first-word test: a predicate, compiled (`extractor.word_tests`), a
    gazetteer's own test where it has one, else whether it predicts a line for the word."""
    if not isinstance(term, PipelineBNFRule):
        return parts.compiled(term)
    opens = getattr(term, 'opens', None)
    return opens if opens is not None else functools.partial(starts_line, term)


def starts_line(term, token) -> bool:
    return next(iter(term.predict(token)), None) is not None


# the words of news repeat: twenty thousand are most of a year's, at a few megabytes
WORDS_KEPT = 20_000
STARTERS = Starters()


def spelled(terms, tokens: list, at: int) -> bool:
    """The words from `at` on pass the terms one by one."""
    return at + len(terms) <= len(tokens) and all(term(tokens[at + offset]) for offset, term in enumerate(terms))
