"""Text renderings for people: the readable table and the `try` command's report."""

from __future__ import annotations

from datetime import date

from extractor.describe import describe
from extractor.parse import matches, rule_at
from extractor.records import Arg, Document, Event
from extractor.segment import sentences
from extractor.trace import render


def arg_details(item: Arg) -> str:
    parts = []
    if item.kind == 'date':
        parts.append(f'{item.date_from or "?"}..{item.date_to or "?"}')
    for label, value in (('post', item.position), ('country', item.country), ('org', item.organization)):
        if value:
            parts.append(f'{label}: {value}')
    return '; '.join(parts)


def shown(item: Arg) -> str:
    """An arg as the table shows it: its normal form, a group with the people it stands for."""
    if item.members:
        return f'{item.text} ({", ".join(item.members)})'
    return item.normal or item.text or ''


def event_lines(event: Event, trace: bool = False) -> list[str]:
    """One event as a few readable lines: what, when, who and where, and the rule that found it."""
    when = f'{event.date.text or "news day"} ({event.date.date_from or "?"}..{event.date.date_to or "?"})' \
        if event.date else '—'
    head = f'  {event.id} {event.type:<11} {event.modality:<8} {event.scope:<10} {when}'
    if event.cameo:
        head += f'  CAMEO {event.cameo}'
    within = f'  in {", ".join(event.related)}' if event.related else ''
    lines = [head, f'      «{event.trigger.text}»  {event.rule}{within}']
    for role, items in event.args:
        # each mention's args are the record's: a person named in three sentences is shown once, and a
        # group («стороны») only where it stands for someone not named
        named = {item.normal for item in items if item.normal}
        values = '; '.join(dict.fromkeys(shown(item) for item in items
                                         if not item.members or not set(item.members) <= named))
        lines.append(f'      {role:<13} {values}')
    if len(event.mentions) > 1:
        lines.append(f'      mentions      {len(event.mentions)}')
    if trace:
        for mention in event.mentions:
            lines.extend('        ' + line for line in (mention.trace or '').splitlines())
        if event.scope_rule:
            lines.append(f'        scope {event.scope} ← {event.scope_rule}')
    return lines


def table_lines(document: Document, trace: bool = False) -> list[str]:
    lines = [f'# {document.doc}  (date: {document.date or "unknown"})']
    lines.extend(f'  ! {warning}' for warning in document.warnings)
    for event in document.events:
        lines.extend(event_lines(event, trace))
    if document.entities is not None:
        for item in document.entities:
            details = arg_details(item)
            lines.append(f'  {item.kind:<8} {item.text!r:<45} → {item.normal or "—"}'
                         + (f'  ({details})' if details else ''))
            if trace and item.trace:
                lines.extend('      ' + line for line in item.trace.splitlines())
    if not document.events and not document.entities:
        lines.append('  (nothing found)')
    return lines


def try_rule(path: str, text: str, anchor: date | None = None) -> str:
    """Every match of the rule in the text, with its trace and the values it produces. The text is cut
    into sentences as `extract` cuts a document: no match runs over a full stop or a line break, and
    a long text is read in bounded pieces."""
    rule_at(path)
    found = [node for sentence in sentences(text) for node in matches(path, sentence)]
    if not found:
        return f'{path}: no match in «{text}»'
    blocks = []
    for node in found:
        values = describe(node, text, anchor)
        blocks.append(render(node, text) + '\n' + '\n'.join(f'  {key}: {value}' for key, value in values.items()))
    return '\n\n'.join(blocks)
