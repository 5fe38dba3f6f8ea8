"""Running grammars: parsers built once per process, one sentence at a time."""

from __future__ import annotations

import importlib
import threading
from functools import cache

from yargy.parser import Context
from yargy.span import resolve_spans
from yargy.tagger import PassTagger

from extractor import kept_rules
from extractor.bounds import Bounds, current
from extractor.compile import Compiler
from extractor.earley import EarleyParser
from extractor.morph import tokenizer
from extractor.readings import reading_key, scoped_match
from extractor.segment import Sentence
from extractor.trace import Node, named_tree
from grammars.gazetteer import save_word_forms

# the readings of a parse's matches that are ranked, counted by their words, as ranking one walks a tree
# that grows with them: a sentence whose words join in many ways has readings by the ten thousand (a
# talks sentence repeated to 2,000 characters, commas between: 22,132 readings of 395,156 words in all;
# the first 10,000 took 1.6 s to rank). The dev corpora and the samples have at most 2,694 readings of
# 41,359 words in a parse and 168 readings of one span of words
READ_WORDS_KEPT = 100_000
READINGS_KEPT = 1_000


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


# Building a parser changes yargy's rule graph in place (`Compiler.activate`), and the graphs are shared
# by every parser: two threads building at once leave predicates and gazetteers half activated, and the
# broken rules would be kept on disk for every later run. One thread builds; the others wait for it.
BUILDING = threading.RLock()
PARSERS: dict[tuple[str, bool], EarleyParser] = {}


def parser(path: str, lookahead: bool = True) -> EarleyParser:
    found = PARSERS.get((path, lookahead))
    if found is None:
        with BUILDING:
            found = PARSERS[path, lookahead] = built_parser(path, lookahead)
    return found


@cache
def built_parser(path: str, lookahead: bool) -> EarleyParser:
    return EarleyParser(start_rule(path), tokenizer=tokenizer(), lookahead=lookahead)


def start_rule(path: str):
    """The rule's BNF: for the grammars every extraction runs, read back from the last process's build."""
    if path in standard_roots():
        return standard_starts()[path]
    return built_starts((path,))[path]


def built_starts(paths) -> dict:
    starts = {path: compiler().start(rule_at(path)) for path in paths}
    save_word_forms(tokenizer().morph.raw)  # the paradigms the build worked out, for the next process
    return starts


def standard_roots() -> tuple[str, ...]:
    from extractor.entities import ENTITY_RULE  # both import this module
    from extractor.events import ARGUMENT_RULE, EVENT_RULES, FALLBACK_RULES
    return (*EVENT_RULES.values(), *FALLBACK_RULES.values(), ENTITY_RULE, ARGUMENT_RULE)


@cache
def standard_starts() -> dict:
    """The start rules of every standard root, read from disk together or built and saved together."""
    roots = standard_roots()
    shared = process_objects()
    found = kept_rules.read(roots, shared)
    if found is None:
        found = built_starts(roots)
        kept_rules.write(found, shared)
    return found


def process_objects() -> dict[str, object]:
    """What the rules hold of this process: saved by name, given back on reading."""
    return {'tokenizer': tokenizer(), 'analyzer': tokenizer().morph, 'pymorphy3': tokenizer().morph.raw}


@cache
def compiler() -> Compiler:
    """One for the process: every parser's rule shares the work on the parts it has in common with
    the others (AGENT, PERSON, GEO, ... are in every event grammar)."""
    return Compiler(Context(tokenizer(), PassTagger()))


def matches(path: str, sentence: Sentence, lookahead: bool = True, fits=None, tokens: list | None = None,
            starts: frozenset[int] | None = None) -> list[Node]:
    """The non-overlapping matches of a rule in a sentence, as named trees in document offsets.

    Where the words of a span parse in several ways, the reading with the fewest arguments wins:
    «с главой МИД Казахстана Ермеком Кошербаевым» is one partner, not a partner and a stray name.
    `fits`, where given, turns away the readings whose words cannot stand so (the one appointed in
    the accusative after an active verb, say): the next reading of the span is taken instead.
    `tokens`: the sentence's words, where the caller has cut it already; `starts`: the indexes of the
    words a match may begin at, where not every word.
    """
    return best_readings(parser(path, lookahead), sentence, fits, tokens, starts)


class SentenceWords:
    """The words of each sentence of one document, cut when first asked for and shared by every step
    and grammar that reads the sentence."""

    def __init__(self, parts: list[Sentence]):
        self.parts = parts
        self.cut: dict[int, list] = {}

    def __call__(self, index: int) -> list:
        found = self.cut.get(index)
        if found is None:
            found = self.cut[index] = list(tokenizer()(self.parts[index].text))
        return found


class DocumentMatches:
    """A rule's matches in each sentence of one document, worked out when first asked for: the entity
    grammar serves the entities asked for, the posts of people and the people a pronoun looks back to,
    and parses each sentence once for all of them."""

    def __init__(self, path: str, parts: list[Sentence], words: SentenceWords | None = None):
        self.path = path
        self.parts = parts
        self.words = words or SentenceWords(parts)
        self.found: dict[int, list[Node]] = {}

    def __call__(self, index: int, starts: frozenset[int] | None = None) -> list[Node]:
        """The matches of sentence `index`; `starts` as in `matches`, for a caller that asks once (the
        matches kept are those of the first call)."""
        found = self.found.get(index)
        if found is None:
            found = self.found[index] = matches(self.path, self.parts[index], tokens=self.words(index),
                                                starts=starts)
        return found


def best_readings(built: EarleyParser, sentence: Sentence, fits=None, tokens: list | None = None,
                  starts: frozenset[int] | None = None) -> list[Node]:
    """`matches` with a parser given."""
    bounds = current()
    if bounds is not None and not bounds.in_time(sentence.start, sentence.end):
        return []
    best = {}
    for candidates in span_readings(built, sentence, tokens, starts, bounds).values():
        # the chart's order of readings depends on how the parser got there; the key does not
        if len(candidates) > 1:
            candidates.sort(key=reading_key)
        for state in candidates:
            match = scoped_match(state)
            if match is None:
                continue
            if fits is None:  # the tree of a span is made only where the span is kept
                best[tuple(match.span)] = match
                break
            node = named_tree(match, sentence.start)
            if fits(node):
                best[tuple(match.span)] = node
                break
    spans = sorted(best, key=lambda span: (span[0], -span[1]))
    kept = [best[span] for span in resolve_spans(spans)]
    return kept if fits is not None else [named_tree(match, sentence.start) for match in kept]


def span_readings(built: EarleyParser, sentence: Sentence, tokens: list | None, starts: frozenset[int] | None,
                  bounds: Bounds | None) -> dict[tuple[int, int], list]:
    """The completed states of the parser's rule in the sentence, by the span of words they read, as the
    chart gives them until their words come to `READ_WORDS_KEPT`, at most `READINGS_KEPT` of a span;
    `bounds` hears of a cut."""
    if tokens is None:
        tokens = list(built.tokenizer(sentence.text))
    states, stopped = built.match_states(sentence.text, tokens, starts)
    readings: dict[tuple[int, int], list] = {}
    room = READ_WORDS_KEPT
    kept = 0
    for state in states:
        span = state.range
        room -= span[1] - span[0]
        if room < 0:
            break
        candidates = readings.setdefault(span, [])
        if len(candidates) < READINGS_KEPT:
            candidates.append(state)
            kept += 1
    if bounds is not None and (stopped is not None or kept < len(states)):
        name = getattr(built.rule, 'name', None) or 'grammar'
        if stopped is not None:
            bounds.cut(sentence.start, sentence.end, name, f'stopped at word {stopped} of {len(tokens)} '
                       f'(a chart holds at most {built.states_kept:,} states)')
        if kept < len(states):
            bounds.cut(sentence.start, sentence.end, name, f'{kept:,} of {len(states):,} readings ranked (at '
                       f'most {READ_WORDS_KEPT:,} words of readings a parse, {READINGS_KEPT:,} readings a span)')
    return readings
