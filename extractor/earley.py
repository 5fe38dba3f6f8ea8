"""yargy's Earley parser, made to predict only what the next word can start.

yargy predicts every rule a state may need in every column, whatever the next word is: with the
event grammars that is thousands of states per word, nearly all of them dead at the next scan.
Here a production is predicted only where its first word can be the next token (its FIRST set,
computed once per grammar), or where it can match nothing at all. The states this leaves out could
never take part in a match, so the matches are the same, only found with less work.

The rest is the cost of what remains: a word is put to each first-word test once in a process
(`extractor.lookahead.Starters`), and a chart state is built without the copy of its parse tree that
yargy gives every state (`extractor.lean_chart.LeanState`): only the states that end a match ever need one.
"""

from __future__ import annotations

from yargy import Parser
from yargy.pipelines import PipelineBNFRule
from yargy.rule.bnf import BNFRule
from yargy.tagger import PassTagger
from yargy.tokenizer import Tokenizer
from yargy.tree import Leaf

from extractor.lean_chart import LeanChart, LeanState, production_steps, taken_apart
from extractor.lookahead import STARTERS, Lookahead, spelled

# the predictions a parser keeps, for a rule and the tests the next word passes; words of a kind pass the
# same tests, so a few kinds make nearly all the columns of news
PREDICTIONS_KEPT = 50_000
# the words a parser keeps its predictions for, each rule's as it was asked: the frequent words of news
WORDS_KEPT = 2_000
# the states a chart may hold: a state per reading of each part of a span, so a sentence of words that
# join in many ways («A и B и C ...» read as one party, two, three) makes them by the million (a talks
# sentence repeated to 2,000 characters: 7 GB and minutes). No sentence of the dev corpora and the samples
# comes near: at most 15,197 states with lookahead, 28,314 in the plain full parse
STATES_KEPT = 100_000


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
        self.words: dict[tuple[str, str], dict[int, list]] = {}  # word → rule → productions
        self.ends: dict[int, list] = {}  # rule → the productions that match nothing
        self.steps: dict[int, tuple] = {}  # production → it and its `production_steps`
        self.states_kept = STATES_KEPT

    def chart(self, text, all=True):
        return self.chart_of(self.tagger(self.tokenizer(text)), all)

    def match_states(self, text: str, tokens: list | None = None,
                     starts: frozenset[int] | None = None) -> tuple[list, int | None]:
        """The completed states of the rule's matches in `text`, or in its `tokens` where the caller has
        them already (a sentence several grammars read is cut into words once), column by column;
        `starts`, where given, the indexes of the words a match may begin at. Each gives its words'
        reading through its `children`. With them, the number of words read where the chart reached
        `states_kept` states and stopped (the matches are those ending before), or None."""
        if tokens is None:
            tokens = list(self.tokenizer(text))
        chart = self.chart_of(self.tagger(iter(tokens)), starts=starts)
        try:
            return list(chart.matches(self.rule)), chart.stopped
        finally:
            taken_apart(chart)

    def chart_of(self, tokens, all=True, starts: frozenset[int] | None = None):
        chart = LeanChart(tokens)
        columns = chart.columns
        words = chart.tokens
        lookahead = self.lookahead is not None
        tests = self.lookahead.wanted if lookahead else {}  # rule → its first word's tests, gazetteers aside
        room = self.states_kept  # the states the chart may yet take
        for column in columns:
            index = column.index
            next_column = columns[index + 1] if index < len(words) else None
            ahead = index if next_column else None  # the next token's index in the chart's tokens
            token = words[index] if next_column else None
            # the productions of each rule the next word can start, as far as known: none are kept
            # after the last word, nor without lookahead
            for_word = self.word_predictions(token) if next_column and lookahead else {}
            # the tests the next word was put to and passed, for a rule its word has not started before
            answers = STARTERS.answers(token) if next_column and lookahead else None
            predicted: set[int] = set()  # a rule predicted once in a column gives the same states again
            empty: dict[int, list[LeanState]] = {}  # rules completed without a word in this column
            states, waiting, hashes, append = column.states, column.waiting, column.hashes, column.append
            if (index == 0 or all) if starts is None else index in starts:
                for rank, production, steps, key in self.to_predict(words, ahead, for_word, self.rule):
                    column.predicted(LeanState(self.rule, production, steps, 0, column, column, rank, None, None,
                                               hash((id(self.rule), key, index))))
                predicted.add(id(self.rule))
            for state in states:
                next_rule = state.next_rule
                if next_rule is not None:
                    if next_rule not in predicted:
                        predicted.add(next_rule)
                        rule = state.next_term
                        ranked = for_word.get(next_rule)
                        if ranked is None:
                            wanted = tests.get(next_rule) if answers is not None else None  # None: a gazetteer
                            ranked = (self.to_predict(words, ahead, for_word, rule) if wanted is None
                                      else self.rule_starts(next_rule, rule, wanted, token, answers, for_word))
                        # what `LeanColumn.predicted` does, written out: most of a parse's states are made here
                        for rank, production, steps, key in ranked:
                            new = LeanState(rule, production, steps, 0, column, column, rank, None, None,
                                            hash((next_rule, key, index)))
                            states.append(new)
                            if new.next_rule is not None:
                                waiting[new.next_rule].append(new)
                    if empty:
                        for done in empty.get(next_rule, ()):
                            append(state.advanced(column, done))
                elif state.next_term is None:  # completed: the states that waited for its rule move on
                    start = state.start_column
                    key = id(state.rule)
                    if start is column:
                        empty.setdefault(key, []).append(state)
                    parents = start.waiting.get(key)
                    if parents:
                        if len(states) > room:  # only here does a column grow past what its words predict
                            break
                        finished = id(state)
                        # `LeanState.advanced` and `LeanColumn.append`, written out: a third of a parse's
                        # states are made here
                        for parent in parents:
                            chain = hash((parent.chain, finished))
                            if chain not in hashes:
                                hashes.add(chain)
                                new = LeanState(parent.rule, parent.production, parent.steps, parent.dot_index + 1,
                                                parent.start_column, column, parent.rank, parent, state, chain)
                                states.append(new)
                                if new.next_rule is not None:
                                    waiting[new.next_rule].append(new)
                elif next_column:
                    term = state.next_term
                    # with lookahead, the first word of a production predicted has passed its test already
                    if lookahead and state.dot_index == 0 or term(token):
                        next_column.append(state.advanced(next_column, Leaf(term, term.constrain(token))))
            room -= len(states)
            if room < 0:
                chart.stop(index, len(states) + room)
                break
        return chart

    def to_predict(self, tokens: list, ahead: int | None, for_word: dict[int, list], rule) -> list:
        """The productions of `rule` to predict before the next token, each with its rank in yargy, which
        orders the readings of a span, its steps and its id; the productions the next token cannot start are
        left out. `ahead`: the index of the next token in `tokens`, None after the last; `for_word`:
        the productions of each rule that the next token's word can start, as far as they are known
        (`word_predictions`), to which the rule's are added."""
        key = id(rule)
        if not self.lookahead:
            return self.with_steps(enumerate(rule.predict(tokens[ahead]) if ahead is not None else rule.productions))
        if ahead is None:  # after the last word only a production that matches nothing can complete
            # (a gazetteer's names are words: it has none)
            ranked = self.ends.get(key)
            if ranked is None:
                ranked = self.ends[key] = self.with_steps((rank, production) for rank, production, _, empty
                                                          in self.lookahead.openings.get(key, ()) if empty)
            return ranked
        if key in self.lookahead.gazetteers:
            # a gazetteer name is a run of words: one that the words ahead do not spell is left out
            return [line for line in self.word_starts(rule, tokens[ahead])
                    if spelled(line[1].terms, tokens, ahead)]
        ranked = for_word[key] = self.word_starts(rule, tokens[ahead])
        return ranked

    def rule_starts(self, key: int, rule, wanted: int, token, answers: list[int], for_word: dict[int, list]) -> list:
        """`to_predict` of a rule that is no gazetteer, before a word, in one call rather than four: a
        parse asks it of a few rules in most columns, and mostly of words whose answers to the rule's
        tests (`wanted`) are known; `answers`: the word's, from `STARTERS.answers`."""
        asked, passed = answers
        mask = passed & wanted if not wanted & ~asked else STARTERS.passed(token, answers, wanted)
        known = self.predictions.get(key)
        ranked = known.get(mask) if known is not None else None
        if ranked is None:
            ranked = self.predicted(rule, mask)
        for_word[key] = ranked
        return ranked

    def word_starts(self, rule, token) -> list:
        """The productions of `rule` that the token's word can start, each with its rank and steps: of a
        gazetteer, the names it opens, which the words ahead must spell yet."""
        if isinstance(rule, PipelineBNFRule):
            return self.with_steps(enumerate(rule.predict(token)))
        tests = STARTERS.passed(token, STARTERS.answers(token), self.lookahead.wanted[id(rule)])
        return self.predicted(rule, tests)

    def with_steps(self, ranked) -> list:
        """The productions with their ranks, steps and ids (a state's hash is made of its production's), each
        once: a production a rule lists twice, or a
        gazetteer's line indexed under a word both as written and folded, is one state of a column, the
        first."""
        seen: set[int] = set()
        result = []
        for rank, production in ranked:
            if id(production) not in seen:
                seen.add(id(production))
                result.append((rank, production, self.steps_of(production), id(production)))
        return result

    def steps_of(self, production) -> tuple:
        found = self.steps.get(id(production))
        if found is None:
            # the production is held with them, so that its id stays its own
            found = self.steps[id(production)] = (production, production_steps(production))
        return found[1]

    def word_predictions(self, token) -> dict[int, list]:
        """Rule → the productions of it that the token's word can start, for the rules asked so far: a
        word of news comes again and again, and the same rules are predicted before it."""
        key = (token.value, token.type)
        found = self.words.get(key)
        if found is None:
            if len(self.words) >= WORDS_KEPT:
                self.words.clear()
            found = self.words[key] = {}
        return found

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
            ranked = known[mask] = self.with_steps((rank, production) for rank, production, opening, empty
                                                   in self.lookahead.openings[id(rule)] if empty or opening & mask)
        return ranked
