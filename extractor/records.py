"""The output records of the contract (docs/event-schema.md), as frozen dataclasses that serialise to it
with `as_json()` and are read back from it with `from_json()`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

# who an event is between (docs/event-schema.md: scope)
SCOPES = ('diplomatic', 'domestic', 'other')


def compact(pairs) -> dict:
    """A JSON object without the fields that are absent."""
    return {key: value for key, value in pairs if value is not None and value != () and value != []}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def as_json(self) -> dict:
        return {'start': self.start, 'end': self.end, 'text': self.text}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Span:
        return cls(data['start'], data['end'], data['text'])


@dataclass(frozen=True)
class Arg:
    """A mention of a person, place, organisation, date, document or other word, with its normal form."""

    start: int | None  # None only for a date no words give: the news day of an event (records.date_json)
    end: int | None
    text: str | None
    kind: str
    normal: str | None
    position: str | None = None
    country: str | None = None
    organization: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    doc_kind: str | None = None
    period: tuple[int, int] | None = None
    count: int | None = None
    rule: str | None = None
    trace: str | None = None
    members: tuple[str, ...] = ()  # «стороны», «лидеры двух стран»: the people a group stands for

    @property
    def span(self) -> Span:
        if self.start is None or self.end is None or self.text is None:
            raise ValueError(f'{self.kind} {self.normal}: no words give it, it has no span')
        return Span(self.start, self.end, self.text)

    def as_json(self) -> dict:
        data = {'start': self.start, 'end': self.end, 'text': self.text, 'kind': self.kind}
        if self.kind == 'date':
            # a date carries its interval even when nothing anchors it (null from/to)
            data.update({'normal': self.normal, 'from': self.date_from, 'to': self.date_to})
        else:
            data['normal'] = self.normal
        period = {'from': self.period[0], 'to': self.period[1]} if self.period else None
        data.update(compact([
            ('position', self.position), ('country', self.country), ('organization', self.organization),
            ('doc_kind', self.doc_kind), ('period', period), ('count', self.count),
            ('members', list(self.members)), ('rule', self.rule), ('trace', self.trace),
        ]))
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Arg:
        period = data.get('period')
        return cls(start=data['start'], end=data['end'], text=data['text'], kind=data['kind'],
                   normal=data.get('normal'), position=data.get('position'), country=data.get('country'),
                   organization=data.get('organization'), date_from=data.get('from'), date_to=data.get('to'),
                   doc_kind=data.get('doc_kind'), period=(period['from'], period['to']) if period else None,
                   count=data.get('count'), rule=data.get('rule'), trace=data.get('trace'),
                   members=tuple(data.get('members', ())))


@dataclass(frozen=True)
class Document:
    """One input document's records: `as_json()` is one line of the JSON Lines output."""

    doc: str
    date: str | None
    events: tuple = ()
    entities: tuple[Arg, ...] | None = None
    date_source: str | None = None
    warnings: tuple[str, ...] = ()

    def with_scopes(self, scopes: frozenset[str]) -> Document:
        """The document with only the events of these scopes; `related` names only those kept."""
        kept = [event for event in self.events if event.scope in scopes]
        ids = {event.id for event in kept}
        return replace(self, events=tuple(replace(event, related=tuple(item for item in event.related if item in ids))
                                          for event in kept))

    def as_json(self) -> dict:
        data: dict[str, Any] = {'doc': self.doc, 'date': self.date,
                                'events': [event.as_json() for event in self.events]}
        if self.entities is not None:
            data['entities'] = [entity.as_json() for entity in self.entities]
        data.update(compact([('date_source', self.date_source), ('warnings', list(self.warnings))]))
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        """The document of a record `as_json()` gave (a line of the JSON Lines output): its `as_json()` is
        that record again. What the record leaves out stays out: an event's date keeps only its words
        and interval, its trace only the mentions' traces."""
        entities = data.get('entities')
        return cls(doc=data['doc'], date=data['date'], events=tuple(Event.from_json(item) for item in data['events']),
                   entities=None if entities is None else tuple(Arg.from_json(item) for item in entities),
                   date_source=data.get('date_source'), warnings=tuple(data.get('warnings', ())))


@dataclass(frozen=True)
class Mention:
    """One place in the text that names an event: its trigger, its sentence and the rule that matched."""

    trigger: Span
    sentence: Span
    rule: str
    trace: str | None = None

    def as_json(self) -> dict:
        data = {'trigger': self.trigger.as_json(), 'sentence': self.sentence.as_json(), 'rule': self.rule}
        if self.trace is not None:
            data['trace'] = self.trace
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Mention:
        return cls(Span.from_json(data['trigger']), Span.from_json(data['sentence']), data['rule'], data.get('trace'))


@dataclass(frozen=True)
class Event:
    """One real-world event of a document, gathered from all the mentions that name it."""

    id: str
    type: str
    modality: str
    args: tuple[tuple[str, tuple[Arg, ...]], ...]
    mentions: tuple[Mention, ...]
    date: Arg | None = None
    related: tuple[str, ...] = ()
    cameo: str | None = None
    scope: str = 'other'
    scope_rule: str | None = None  # the rule of extractor/scope.py that decided it

    @property
    def trigger(self) -> Span:
        return self.mentions[0].trigger

    @property
    def sentence(self) -> Span:
        return self.mentions[0].sentence

    @property
    def rule(self) -> str:
        return self.mentions[0].rule

    def role(self, name: str) -> tuple[Arg, ...]:
        return dict(self.args).get(name, ())

    def as_json(self) -> dict:
        data: dict[str, Any] = {
            'id': self.id, 'type': self.type,
            'trigger': self.trigger.as_json(), 'sentence': self.sentence.as_json(),
            'modality': self.modality,
            'scope': self.scope,
            'date': date_json(self.date),
            'args': {role: [item.as_json() for item in items] for role, items in self.args},
            'rule': self.rule,
            'mentions': [mention.as_json() for mention in self.mentions],
        }
        if self.related:
            data['related'] = list(self.related)
        if self.cameo:
            data['cameo'] = self.cameo
        if self.scope_rule:
            data['scope_rule'] = self.scope_rule
        traces = [mention.trace for mention in self.mentions if mention.trace]
        if traces:  # the rule that decided the scope ends the trace
            scope = [f'scope {self.scope} ← {self.scope_rule}'] if self.scope_rule else []
            data['trace'] = '\n\n'.join([*traces, *scope])
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        """The trigger, sentence, rule and trace of the record are its mentions': they are not read twice."""
        return cls(id=data['id'], type=data['type'], modality=data['modality'],
                   args=tuple((role, tuple(Arg.from_json(item) for item in items))
                              for role, items in data['args'].items()),
                   mentions=tuple(Mention.from_json(item) for item in data['mentions']),
                   date=date_from_json(data['date']), related=tuple(data.get('related', ())),
                   cameo=data.get('cameo'), scope=data['scope'], scope_rule=data.get('scope_rule'))


def date_json(item: Arg | None) -> dict | None:
    """An event's date: the words that give it and its interval; a date no words of the event give (the
    news day, `rule` NEWS_DAY) has a null span."""
    if item is None:
        return None
    data = {'start': item.start, 'end': item.end, 'text': item.text, 'from': item.date_from, 'to': item.date_to}
    if item.rule == 'NEWS_DAY':
        data['rule'] = item.rule
    return data


def date_from_json(data: dict[str, Any] | None) -> Arg | None:
    """An event's date as `date_json` wrote it: the words and the interval, the rule only of the news day."""
    if data is None:
        return None
    return Arg(start=data['start'], end=data['end'], text=data['text'], kind='date', normal=None,
               date_from=data['from'], date_to=data['to'], rule=data.get('rule'))
