"""Extract diplomatic events and the entities they involve from Russian news.

    from extractor import Extractor
    extractor = Extractor()
    document = extractor(text, date=None, entities=True, trace=False)   # or extractor.extract(...)
    document.as_json()   # one JSON Lines record of docs/event-schema.md
    Document.from_json(record)   # a record read back: its as_json() is that record again
    for document in extractor.pipe(texts, jobs=2): ...
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date as Date
from typing import Any

from extractor.batch import Job, extract_all
from extractor.bounds import Bounds, document_bounds
from extractor.collector import fewer_young_passes, settle
from extractor.coref import full_names, latin_aliases, surname_mentions, with_full_names
from extractor.document_date import DocumentDate, document_date
from extractor.entities import ENTITY_RULE, entity_args
from extractor.events import document_events
from extractor.inputs import Input
from extractor.markup import mask
from extractor.morph import tokenizer
from extractor.parse import BUILDING, DocumentMatches, parser, standard_roots
from extractor.records import Arg, Document, Event, Mention, Span
from extractor.segment import cut_warnings, sentences
from extractor.trace import Node, render
from extractor.triggers import trigger_words

# a sentence for every kind of event, so that warming up loads what each of them needs
WARM_TEXT = ('Министр иностранных дел Сергей Иванов посетит Казахстан с официальным визитом 5 мая. '
             'Он проведет переговоры с коллегой и подпишет соглашение. Саммит СНГ пройдет в Минске. '
             'Стороны обсудили по телефону итоги встречи. Его назначили послом в Италии.')

# the one place the version is written: setup.cfg reads it (`version = attr:`), and so does `--version`
__version__ = '0.1.0'

__all__ = ['Arg', 'Document', 'Event', 'Extractor', 'Mention', 'Span', '__version__']


class Extractor:
    """The whole pipeline; build one and reuse it: grammars and dictionaries load once per process.

    The fast path runs an event grammar only on the sentences that hold one of its trigger words
    (`prefilter`), with a parser that predicts only what the next words can start (`lookahead`).
    Both off is the plain full parse: the same events, many times slower; the benchmark and the
    tests compare the two.
    """

    def __init__(self, prefilter: bool = True, lookahead: bool = True):
        self.prefilter = prefilter
        self.lookahead = lookahead
        self.built = False
        self.warmed = False

    def extract(self, text: str, date: Date | str | None = None, entities: bool = False,
                trace: bool = False, doc: str = '-') -> Document:
        if not self.built:
            self.build()
        if not self.warmed:
            return self._extract(text, date, entities, trace, doc)
        with fewer_young_passes():
            document = self._extract(text, date, entities, trace, doc)
        # what the caches gained on this document kept out of the collector's full passes: here, where
        # nothing of its extraction but the records is held any more
        settle()
        return document

    def __call__(self, text: str, date: Date | str | None = None, entities: bool = False,
                 trace: bool = False, doc: str = '-') -> Document:
        """`extract`: an extractor is used as spaCy's and natasha's pipelines are, `extractor(text)`."""
        return self.extract(text, date=date, entities=entities, trace=trace, doc=doc)

    def pipe(self, texts: Iterable[str | tuple[str, dict[str, Any]]], jobs: int = 1, date: Date | str | None = None,
             entities: bool = False, trace: bool = False) -> Iterator[Document]:
        """Each text's document, in order, a document at a time: the records `extract` gives.

        An item is a text, or a text and its own options, `(text, {'doc': 'tass-1', 'date': '2025-10-22'})`
        (those two only: a line of a JSON Lines feed); a text's `date` wins over `date`; a text without
        `doc` is named by its index ('0', '1', ...). `jobs` over 1 runs that many processes (the command
        line's pool); a failure to extract a text raises RuntimeError naming it.
        """
        job = Job(date=Date.fromisoformat(date) if isinstance(date, str) else date, entities=entities, trace=trace)
        inputs = (pipe_input(index, item) for index, item in enumerate(texts))
        for result in extract_all(inputs, job, jobs, using=self):
            if result.document is None:
                raise RuntimeError(result.error)
            yield result.document

    def _extract(self, text: str, date: Date | str | None, entities: bool, trace: bool, doc: str) -> Document:
        with document_bounds(len(text)) as bounds:
            return self._bounded(text, date, entities, trace, doc, bounds)

    def _bounded(self, text: str, date: Date | str | None, entities: bool, trace: bool, doc: str,
                 bounds: Bounds) -> Document:
        masked = mask(text)  # HTML tags and entities blanked in a copy of the same length
        source = masked.text if masked else text
        given = Date.fromisoformat(date) if isinstance(date, str) else date
        found_date = document_date(source, given)
        anchor = found_date.value
        parts = sentences(source, found_date.header_end)
        entity_matches = DocumentMatches(ENTITY_RULE, parts)  # shared by every step that needs the entity grammar
        found_entities = None
        if entities:
            found_entities = tuple(self.entities(source, entity_matches, anchor, trace))
        document = Document(
            doc=doc,
            date=anchor.isoformat() if anchor else None,
            events=document_events(source, entity_matches, anchor, trace, self.prefilter, self.lookahead,
                                   news_day(found_date)),
            entities=found_entities,
            date_source=found_date.source,
            warnings=(*([found_date.warning] if found_date.warning else ()), *cut_warnings(parts),
                      *bounds.warnings()),
        )
        return masked.restore(document, text) if masked else document

    def build(self) -> None:
        """Read back (or build) the parsers and the trigger words, once for every thread that shares this
        extractor: a Dask worker runs one task per core in threads, and the first documents of each
        would build the same rule graphs at once (`parse.BUILDING`)."""
        with BUILDING:
            if self.built:
                return
            tokenizer()  # the one the rules hold: made once, before any thread asks for it
            for path in standard_roots():
                parser(path)
            trigger_words()
            self.built = True

    def warm(self) -> Extractor:
        """Read back (or build) every parser and load every lexicon now rather than on the first document
        that needs them: before a pool forks its workers, or to keep start-up out of the first
        document's time. What the process holds then is frozen for the collector (`gc.freeze`, after a
        collection, so that no garbage is kept), and so is what it holds after each document extracted
        from then on (`collector.settle`); a program that embeds the extractor may `gc.unfreeze()`."""
        with BUILDING:
            return self.warmed_up()

    def warmed_up(self) -> Extractor:
        if self.warmed:  # a pool warms the process's extractor, which its caller may have warmed already
            return self
        self.build()
        self.extract(WARM_TEXT, date=Date(2000, 1, 1), entities=True)
        # what was read lives as long as the process: the collector need not walk its hundred thousand
        # objects again on every full pass (a sixth of a run's time went to those passes), and a pool's
        # workers, forked next, leave the pages that hold them shared
        settle()
        self.warmed = True
        return self

    def entities(self, text: str, entity_matches: DocumentMatches, anchor: Date | None,
                 trace: bool = False) -> list[Arg]:
        parts = entity_matches.parts
        result = []
        for index in range(len(parts)):
            for node in entity_matches(index):
                if inside_word(text, node.start, node.end):
                    continue
                args = entity_args(node, text, anchor)
                if args:
                    args[0] = with_rule(args[0], node, text, trace)
                result.extend(args)
        people = [item for item in result if item.kind == 'person']
        names = full_names(people)
        taken = [(item.start, item.end) for item in result]
        for sentence in parts:
            result.extend(surname_mentions(sentence, names, taken))
        result = with_full_names(result)
        result.extend(latin_aliases(people, text))
        return sorted(set(result), key=lambda item: (item.start, -item.end, item.kind, item.normal or ''))


def pipe_input(index: int, item: str | tuple[str, dict[str, Any]]) -> Input:
    text, options = (item, {}) if isinstance(item, str) else item
    unknown = sorted(set(options) - {'doc', 'date'})
    if unknown:
        raise TypeError(f'text {index}: the options of one text are doc and date, not {", ".join(unknown)}')
    day = options.get('date')
    return Input(str(options.get('doc', index)), text=text, date=day.isoformat() if isinstance(day, Date) else day)


def news_day(found: DocumentDate) -> Arg | None:
    """The day of the news, where the text dates it (a dateline, a header, the lead): the date of what
    it tells of as done or going on with no date of its own. No words of the event's give it, so it has
    no span (docs/records.md)."""
    if found.value is None or found.source == 'given':
        return None
    day = found.value.isoformat()
    return Arg(start=None, end=None, text=None, kind='date', normal=f'{day}/{day}', date_from=day, date_to=day,
               rule='NEWS_DAY')


def inside_word(text: str, start: int, end: int) -> bool:
    """A match that starts or ends inside a written word («Свято-Успенский», «Санкт» of
    «Санкт-Петербурга») is a part of that word, not a name of its own."""
    before = text[start - 1] if start > 0 else ' '
    after = text[end:end + 2]
    return before == '-' or before.isalnum() or (after[:1] == '-' and after[1:].isalpha()) or after[:1].isalnum()


def with_rule(item: Arg, node: Node, text: str, trace: bool) -> Arg:
    rule = node.children[0].name if node.name == 'ENTITY' and node.children else node.name
    return replace(item, rule=rule, trace=render(node, text) if trace else None)
