"""The HTML report: one self-contained page with each document's text, its events highlighted by role,
a table of the events, their rule traces and a filter by event type.

The page needs no network: its style and script (`report.css`, `report.js` beside this module) are
inlined. Highlights are cut here, in Python, so they sit on the records' `str` offsets whatever the
browser counts in. The traces travel as one JSON blob that the script reads on the first click, so the
page holds no trace in its DOM until someone asks for one, and 500 documents open at once.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from dataclasses import dataclass
from importlib.resources import files
from itertools import pairwise
from typing import TYPE_CHECKING

from extractor.records import Document, Event

if TYPE_CHECKING:  # output imports this module: the writers' stream type is only named here
    from extractor.output import TextSink

AGENT_ROLES = ('visitor', 'inviter', 'host', 'participants', 'parties', 'person')
PLACE_ROLES = ('destination', 'place')
COLUMNS = ('source', 'id', 'type', 'who', 'where', 'when', 'document', 'modality', 'scope', 'CAMEO')
# the legend lists these first, in this order; a role not listed still gets a highlight
KNOWN_ROLES = ('trigger', *AGENT_ROLES, *PLACE_ROLES, 'date', 'document', 'name', 'ordinal', 'position',
               'organization', 'kind', 'format', 'topic', 'purpose')
UNSAFE = re.compile(r'[^a-z0-9_-]')
# the data blob sits inside <script>: no character of it may close the element or open a comment
BLOB_ESCAPES = str.maketrans({'<': '\\u003c', '>': '\\u003e', '&': '\\u0026'})


def escape(text: str) -> str:
    """Text or attribute value as HTML; a carriage return as a reference, since the parser drops a bare one."""
    return html.escape(text, quote=True).replace('\r', '&#13;')


def token(name: str) -> str:
    """A role or type as a class-name and CSS-string-safe word."""
    return UNSAFE.sub('_', name.lower()) or '_'


@dataclass(frozen=True)
class Highlight:
    """One stretch of a document's text and every part it plays: (event index, role, label) triples."""

    start: int
    end: int
    parts: tuple[tuple[int, str, str], ...]
    types: tuple[str, ...]

    @property
    def role(self) -> str:
        """The role its colour shows: a trigger before an argument, else its first role."""
        roles = [role for _, role, _ in self.parts]
        return 'trigger' if 'trigger' in roles else roles[0]

    def open_tag(self, doc_index: int, first: bool) -> str:
        events = ' '.join(dict.fromkeys(str(index) for index, _, _ in self.parts))
        classes = ' '.join(['h', f'r-{token(self.role)}', *(f't-{token(kind)}' for kind in self.types)])
        anchor = f' id="d{doc_index}-{self.start}-{self.end}"' if first and self.role == 'trigger' else ''
        title = '\n'.join(label for _, _, label in self.parts)
        return (f'<mark class="{classes}"{anchor} data-span="{self.start}-{self.end}" data-e="{events}"'
                f' title="{escape(title)}">')


def event_parts(event: Event, index: int) -> list[tuple[int, int, str, str]]:
    """(start, end, role, label) of everything the event marks in the text."""
    head = f'{event.id} {event.type}'
    parts = [(mention.trigger.start, mention.trigger.end, 'trigger', f'{head} · trigger ({mention.rule})')
             for mention in event.mentions]
    for role, items in event.args:
        parts.extend((item.start, item.end, role, f'{head} · {role}: {item.normal or item.text}') for item in items)
    if event.date and event.date.start is not None:
        when = f'{event.date.date_from or "?"}..{event.date.date_to or "?"}'
        parts.append((event.date.start, event.date.end, 'date', f'{head} · date: {when}'))
    return parts


def highlights(document: Document, text: str, first_index: int) -> list[Highlight]:
    """The document's highlights, one per distinct span, outer before inner."""
    found: dict[tuple[int, int], list[tuple[int, str, str]]] = {}
    kinds: dict[tuple[int, int], list[str]] = {}
    for offset, event in enumerate(document.events):
        for start, end, role, label in event_parts(event, first_index + offset):
            if 0 <= start < end <= len(text):  # an empty or foreign span has nothing to sit on
                found.setdefault((start, end), []).append((first_index + offset, role, label))
                kinds.setdefault((start, end), []).append(event.type)
    return [Highlight(start, end, tuple(parts), tuple(dict.fromkeys(kinds[start, end])))
            for (start, end), parts in sorted(found.items(), key=lambda pair: (pair[0][0], -pair[0][1]))]


def marked_text(text: str, marks: list[Highlight], doc_index: int) -> str:
    """The text as HTML with a <mark> on each highlight. Nested spans nest; a span that crosses the end of
    another is cut in two pieces that share its data-span, so the pieces together hold its exact text."""
    starting: dict[int, list[Highlight]] = {}
    for mark in marks:
        starting.setdefault(mark.start, []).append(mark)
    points = sorted({0, len(text), *(mark.start for mark in marks), *(mark.end for mark in marks)})
    out: list[str] = []
    stack: list[Highlight] = []
    for here, after in pairwise(points):
        ending = [depth for depth, mark in enumerate(stack) if mark.end == here]
        reopened: list[Highlight] = []
        if ending:
            out.append('</mark>' * (len(stack) - ending[0]))
            reopened = [mark for mark in stack[ending[0]:] if mark.end != here]
            del stack[ending[0]:]
        # the longer span outside; a reopened one before a new one of the same end
        for mark in sorted([*reopened, *starting.get(here, [])], key=lambda item: -item.end):
            out.append(mark.open_tag(doc_index, first=mark not in reopened))
            stack.append(mark)
        out.append(escape(text[here:after]))
    out.append('</mark>' * len(stack))
    return ''.join(out)


def names(items) -> str:
    return '; '.join(dict.fromkeys(item.normal or item.text for item in items))


def row_cells(event: Event, document: Document, doc_index: int) -> list[str]:
    when = ''
    if event.date:  # ISO where the text anchors it, else the words themselves
        start, end = event.date.date_from, event.date.date_to
        when = (start if start == end else f'{start}..{end}') if start and end else event.date.text
    who = names(item for role in AGENT_ROLES for item in event.role(role))
    where = names(item for role in PLACE_ROLES for item in event.role(role))
    link = f'<a href="#d{doc_index}-{event.trigger.start}-{event.trigger.end}">{escape(event.id)}</a>'
    # the file's own name, the whole path on hover: the column stays narrow
    short = document.doc.replace('\\', '/').rstrip('/').rsplit('/', 1)[-1] or document.doc
    source = f'<a href="#d{doc_index}" title="{escape(document.doc)}">{escape(short)}</a>'
    plain = (event.type, who, where, when, names(event.role('document')), event.modality, event.scope,
             event.cameo or '')
    return [source, link, *(escape(value) for value in plain)]


def event_data(event: Event, document: Document, doc_index: int) -> dict:
    """What the script shows on a click: the event's head and each mention's trace."""
    return {'d': doc_index, 'doc': document.doc, 'id': event.id, 'type': event.type, 'rule': event.rule,
            'mentions': [{'trigger': mention.trigger.text, 'rule': mention.rule, 'trace': mention.trace}
                         for mention in event.mentions]}


def asset(name: str) -> str:
    return files('extractor').joinpath(name).read_text(encoding='utf-8')


class HtmlWriter:
    """The report page, gathered document by document and written whole on close. Traces show where the
    records carry them (extraction with trace=True, which the CLI asks for with --format html)."""

    def __init__(self, stream: TextSink, trace: bool = False):
        self.stream = stream
        self.sections: list[str] = []
        self.rows: list[str] = []
        self.events: list[dict] = []
        self.types: Counter[str] = Counter()
        self.scopes: Counter[str] = Counter()
        self.roles: set[str] = set()

    def write(self, document: Document, text: str) -> None:
        doc_index = len(self.sections)
        marks = highlights(document, text, len(self.events))
        for event in document.events:
            cells = ''.join(f'<td>{cell}</td>' for cell in row_cells(event, document, doc_index))
            self.rows.append(f'<tr class="ev t-{token(event.type)} s-{token(event.scope)}" id="r{len(self.events)}"'
                             f' data-i="{len(self.events)}">{cells}</tr>')
            self.events.append(event_data(event, document, doc_index))
            self.types[event.type] += 1
            self.scopes[event.scope] += 1
        self.roles.update(role for mark in marks for _, role, _ in mark.parts)
        self.sections.append(self.section(document, text, marks, doc_index))

    def section(self, document: Document, text: str, marks: list[Highlight], doc_index: int) -> str:
        kinds = ' '.join(dict.fromkeys(f't-{token(event.type)}' for event in document.events))
        count = len(document.events)
        about = f'date {document.date or "unknown"} · {count} event{"" if count == 1 else "s"}'
        warnings = ''.join(f'<p class="warn">{escape(warning)}</p>' for warning in document.warnings)
        return (f'<section class="doc {kinds}" id="d{doc_index}"><h2>{escape(document.doc)}'
                f' <small>{escape(about)}</small></h2>{warnings}'
                f'<div class="text">{marked_text(text, marks, doc_index)}</div></section>')

    def close(self) -> None:
        self.stream.write(self.page())
        self.stream.flush()

    def controls(self) -> str:
        options = [f'<option value="">all types ({len(self.events)})</option>']
        options.extend(f'<option value="{token(kind)}">{escape(kind)} ({count})</option>'
                       for kind, count in sorted(self.types.items()))
        roles = [role for role in KNOWN_ROLES if role in self.roles] + sorted(self.roles - set(KNOWN_ROLES))
        legend = ' '.join(f'<span class="key r-{token(role)}">{escape(role)}</span>' for role in roles)
        scopes = ['<option value="">all scopes</option>'] + [
            f'<option value="{token(scope)}">{escape(scope)} ({count})</option>'
            for scope, count in sorted(self.scopes.items())]
        return (f'<label>Event type <select id="type-filter">{"".join(options)}</select></label> '
                f'<label>Scope <select id="scope-filter">{"".join(scopes)}</select></label>'
                f'<p class="legend">{legend}</p>')

    def filter_css(self) -> str:
        """Per type present: with that type chosen, other rows and documents go and other highlights fade;
        per scope: with that scope chosen, the rows of the others go."""
        rules = []
        for kind in sorted({token(kind) for kind in self.types}):
            chosen = f'body[data-type="{kind}"]'
            rules.append(f'{chosen} tr.ev:not(.t-{kind}), {chosen} section.doc:not(.t-{kind}) {{display: none}}\n'
                         f'{chosen} mark.h:not(.t-{kind}) {{background: none; font-weight: inherit;'
                         f' text-decoration: none; outline: none; cursor: auto}}')
        rules.extend(f'body[data-scope="{scope}"] tr.ev:not(.s-{scope}) {{display: none}}'
                     for scope in sorted({token(scope) for scope in self.scopes}))
        return '\n'.join(rules)

    def page(self) -> str:
        heads = ''.join(f'<th>{escape(column)}</th>' for column in COLUMNS)
        rows = ''.join(self.rows) or f'<tr><td colspan="{len(COLUMNS)}">no events found</td></tr>'
        blob = json.dumps(self.events, ensure_ascii=False).translate(BLOB_ESCAPES)
        stats = f'{len(self.sections)} documents · {len(self.events)} events'
        return '\n'.join([
            '<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';'
            ' style-src \'unsafe-inline\'; script-src \'unsafe-inline\'">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<title>Diplomatic events: {escape(stats)}</title>',
            f'<style>\n{asset("report.css")}\n{self.filter_css()}\n</style>', '</head>', '<body>',
            f'<aside id="panel"><header><h1>Diplomatic events</h1><p class="stats">{escape(stats)}</p>'
            f'{self.controls()}</header>',
            f'<div id="events"><table><thead><tr>{heads}</tr></thead><tbody lang="ru">{rows}</tbody></table></div>',
            '<div id="trace" lang="ru"><p class="hint">Click an event (a row of the table or a highlighted'
            ' word of a text) to see the rules that found it.</p></div></aside>',
            f'<main id="docs" lang="ru">{"".join(self.sections)}</main>',
            f'<script type="application/json" id="report-data">{blob}</script>',
            f'<script>\n{asset("report.js")}\n</script>', '</body>', '</html>', '',
        ])
