"""The output records of `../shared/event-schema.md`, as frozen dataclasses that serialise to it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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


@dataclass(frozen=True)
class Arg:
    """A mention of a person, place, organisation, date, document or other word, with its normal form."""

    start: int
    end: int
    text: str
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

    @property
    def span(self) -> Span:
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
            ('rule', self.rule), ('trace', self.trace),
        ]))
        return data


@dataclass(frozen=True)
class Document:
    """One input document's records: `as_json()` is one line of the JSON Lines output."""

    doc: str
    date: str | None
    events: tuple = ()
    entities: tuple[Arg, ...] | None = None
    date_source: str | None = None
    warnings: tuple[str, ...] = ()
    error: str | None = None

    def as_json(self) -> dict:
        data: dict[str, Any] = {'doc': self.doc, 'date': self.date,
                                'events': [event.as_json() for event in self.events]}
        if self.entities is not None:
            data['entities'] = [entity.as_json() for entity in self.entities]
        data.update(compact([('date_source', self.date_source), ('warnings', list(self.warnings)),
                             ('error', self.error)]))
        return data
