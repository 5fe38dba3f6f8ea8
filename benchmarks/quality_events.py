"""Event quality of the extractor on real annotated news: NEREL (train split) and factRuEval-2016 (dev).

    python benchmarks/quality_events.py DATA_DIR [--limit N] [--errors FILE] [--sample K --seed S]

DATA_DIR holds `nerel-train/` and `factrueval-dev/`. One Extractor (events only, no `entities=True`) runs
over the documents; spans match by overlap (at least one shared character), and the data are read with the
helpers of quality_entities.py. Every mention of a predicted event counts (its trigger and its sentence).
Roles are grouped as the contract says: agents = visitor inviter host participants parties person,
places = destination place, time = the event's `date`.

NEREL, the documents of `nerel-train/diplomatic.list`. Gold events are the EVENT spans whose lowercased
text holds one of STEMS; the stems give the compatible predicted types (a span with two stems, «подписание
соглашения», «телефонный разговор», accepts each). Gold arguments come from the relations that have a gold
event at one end, in the directions found in the data (the report counts them): PARTICIPANT_IN and AGENT
(Arg1 entity, Arg2 event) give agents, TAKES_PLACE_IN (Arg1 event, Arg2 place) places, POINT_IN_TIME
(Arg1 event, Arg2 DATE or TIME) times.

    event recall, strict    a predicted mention's trigger overlaps the gold span
    event recall, loose     strict, or a predicted mention's sentence contains the gold span and the
                            predicted type is compatible with the gold stem
    argument recall         over (gold event found loose, gold argument) pairs; the candidates are the
                            args of the role group in every predicted event that matched the gold event
      strict                a candidate Arg overlaps the gold argument
      tolerant              or the last words of the Arg's normal and of the gold text agree in their
                            first 4 letters, lowercased (a surname named in another sentence)
    time recall, strict     the `date` of a matching predicted event overlaps the gold date
    time recall, tolerant   or a matching event has a date with `from` or `to` set and the gold date
                            lies in the sentence of a matching mention (the values are not compared)
    unmatched predictions   predicted events of these documents none of whose mentions matches a gold
                            event (loose); not necessarily wrong, as NEREL annotates nominal events
                            only (визит, переговоры, not посетил, встретился): listed in --errors

factRuEval, Meeting facts (Participant: objects; When, Where: spans or objects). The fact's spans are the
union of what its references resolve to (an object through its coreference chain: all its mentions).
A meeting is found when a predicted talks/visit/call/summit event has a mention whose sentence overlaps one
of those spans. Participant recall is over (found meeting, participant) pairs: an agent Arg of those events
overlaps a mention of the participant (strict) or matches one by the surname rule above (tolerant).

Precision sample (--sample K --seed S): the extractor runs over every NEREL train document (the first
--limit with --limit), and K of all predicted events, drawn with random.Random(S), are printed numbered for
judging by hand, and written to --errors.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from quality_entities import (  # noqa: E402
    Book,
    Doc,
    Gold,
    Timing,
    context,
    load_factrueval,
    load_nerel,
    overlaps,
    ratio,
    read_raw,
    resolve,
    timing_report,
    write_errors,
)

from extractor import Extractor  # noqa: E402

STEMS = {
    'визит': 'visit', 'посети': 'visit', 'посещ': 'visit',
    'переговор': 'talks', 'встреч': 'talks', 'встрет': 'talks',
    'саммит': 'summit', 'форум': 'summit', 'сессия': 'summit', 'заседани': 'summit', 'совещани': 'summit',
    'конференци': 'summit',
    'подписа': 'signing', 'подписан': 'signing', 'соглашени': 'signing', 'договор': 'signing',
    'меморандум': 'signing',
    'телефон': 'call', 'разговор': 'call',
}
RELATIONS = {  # relation: (argument group, which end is the event in NEREL v1.1)
    'PARTICIPANT_IN': ('agent', 2), 'AGENT': ('agent', 2), 'TAKES_PLACE_IN': ('place', 1),
    'POINT_IN_TIME': ('time', 1)}
ROLES = {'agent': {'visitor', 'inviter', 'host', 'participants', 'parties', 'person'},
         'place': {'destination', 'place'}}
MEETING_TYPES = {'talks', 'visit', 'call', 'summit'}
PROGRESS = 50
SENTENCE = 300


@dataclass
class GoldEvent:
    doc: Doc
    span: Gold
    types: set[str]
    args: dict[str, list[Gold]] = field(default_factory=lambda: {'agent': [], 'place': [], 'time': []})


@dataclass
class Recall:
    total: int = 0
    strict: int = 0
    tolerant: int = 0

    def add(self, strict: bool, tolerant: bool) -> None:
        self.total += 1
        self.strict += strict
        self.tolerant += strict or tolerant

    def line(self, name: str, first: str = 'strict', second: str = 'tolerant') -> str:
        return (f'    {name:<14}{first} {self.strict:>4} / {self.total:<5}{ratio(self.strict, self.total):.3f}'
                f'    {second} {self.tolerant:>4} / {self.total:<5}{ratio(self.tolerant, self.total):.3f}')


# ---------------------------------------------------------------- common pieces

def mentions(event: dict) -> list[dict]:
    return event.get('mentions') or [{'trigger': event['trigger'], 'sentence': event['sentence'],
                                      'rule': event.get('rule')}]


def contains(outer: dict, inner: Gold) -> bool:
    return outer['start'] <= inner.start and inner.end <= outer['end']


def role_args(events: list[dict], group: str) -> list[dict]:
    return [arg for event in events for role, items in event.get('args', {}).items() if role in ROLES[group]
            for arg in items]


def surname_key(text: str) -> str:
    words = re.findall(r'\w+', text.lower().replace('ё', 'е'))
    return words[-1][:4] if words else ''


def same_surname(arg: dict, text: str) -> bool:
    key = surname_key(arg.get('normal') or arg['text'])
    return bool(key) and key == surname_key(text)


def describe(head: str, event: dict) -> str:
    triggers = ' | '.join(f"«{m['trigger']['text']}» ({m.get('rule')})" for m in mentions(event))
    args = '; '.join(f"{role}={arg.get('normal') or arg['text']}[{arg['kind']}]"
                     for role, items in event.get('args', {}).items() for arg in items)
    date = event.get('date')
    when = f"«{date['text']}» {date.get('from')}..{date.get('to')}" if date else '-'
    sentence = ' '.join(event['sentence']['text'].split())[:SENTENCE]
    return '\n'.join([f"{head} {event['type']} {event.get('modality')}",
                      f'    trigger: {triggers}', f'    sentence: {sentence}', f"    args: {args or '-'}",
                      f'    date: {when}'])


def run_events(extractor: Extractor, docs: list[Doc], timings: dict[str, Timing], name: str, preds: dict) -> None:
    """Fill preds[doc.name] for the documents not done yet; a failure counts as no events."""
    timing = timings.setdefault(name, Timing())
    for number, doc in enumerate(docs, 1):
        if doc.name not in preds:
            began = time.perf_counter()
            try:
                preds[doc.name] = extractor.extract(doc.text, doc=doc.name).as_json()['events'] or []
            except Exception as error:  # noqa: BLE001 - a benchmark reports failures and goes on
                timing.failures.append(f'{doc.name}: {type(error).__name__}: {error}')
                preds[doc.name] = []
            timing.seconds += time.perf_counter() - began
            timing.docs += 1
            timing.chars += len(doc.text)
        if number % PROGRESS == 0 or number == len(docs):
            print(f'{name}: {number}/{len(docs)} documents', file=sys.stderr)


# ---------------------------------------------------------------- NEREL

def read_brat(path: Path) -> tuple[list[str], list[tuple[str, str, str]]]:
    """T ids in the order quality_entities.read_ann reads the entities; R lines as (type, Arg1, Arg2)."""
    ids, relations = [], []
    for line in read_raw(path).splitlines():
        parts = line.split('\t')
        if line.startswith('T') and len(parts) >= 3:
            ids.append(parts[0])
        elif line.startswith('R') and len(parts) >= 2 and len(parts[1].split()) >= 3:
            label, first, second = parts[1].split()[:3]
            relations.append((label, first.partition(':')[2], second.partition(':')[2]))
    return ids, relations


def stems_of(text: str) -> list[str]:
    return [stem for stem in STEMS if stem in text.lower()]


def gold_events(doc: Doc, path: Path, directions: Counter) -> tuple[list[GoldEvent], list[Gold]]:
    """The selected gold events of a document with their arguments, and the EVENT spans left out."""
    ids, relations = read_brat(path)
    by_id = dict(zip(ids, doc.gold, strict=True))
    events = {key: GoldEvent(doc, item, {STEMS[stem] for stem in stems_of(item.text)})
              for key, item in by_id.items() if item.label == 'EVENT' and stems_of(item.text)}
    left_out = [item for key, item in by_id.items() if item.label == 'EVENT' and key not in events]
    for label, first, second in relations:
        if label not in RELATIONS or first not in by_id or second not in by_id:
            continue
        ends = [end for end, key in ((1, first), (2, second)) if by_id[key].label == 'EVENT']
        directions[label, 'Arg' + '+'.join(map(str, ends)) if ends else 'no EVENT'] += 1
        group, side = RELATIONS[label]
        event_id, arg_id = (second, first) if side == 2 else (first, second)
        if event_id in events:
            events[event_id].args[group].append(by_id[arg_id])
    return list(events.values()), left_out


def matching(event: dict, gold: GoldEvent) -> tuple[list[dict], bool]:
    """The mentions of a predicted event that match a gold event (loose), and whether one does strictly."""
    strict = [m for m in mentions(event) if overlaps(m['trigger'], gold.span)]
    loose = [m for m in mentions(event)
             if m in strict or (event['type'] in gold.types and contains(m['sentence'], gold.span))]
    return loose, bool(strict)


def arg_found(group: str, gold: Gold, found: list[tuple[dict, list[dict]]]) -> tuple[bool, bool]:
    if group == 'time':
        strict = any(event.get('date') and overlaps(event['date'], gold) for event, _ in found)
        anchored = any(event.get('date') and (event['date'].get('from') or event['date'].get('to'))
                       and any(contains(m['sentence'], gold) for m in ms) for event, ms in found)
        return strict, anchored
    candidates = role_args([event for event, _ in found], group)
    return (any(overlaps(arg, gold) for arg in candidates),
            any(same_surname(arg, gold.text) for arg in candidates))


def score_nerel(gold: list[GoldEvent], docs: list[Doc], preds: dict, errors: dict) -> list[str]:
    events, args = Recall(), {group: Recall() for group in ('agent', 'place', 'time')}
    matched = set()
    for item in gold:
        found, strict = [], False
        for event in preds[item.doc.name]:
            ms, hit = matching(event, item)
            strict |= hit
            if ms:
                found.append((event, ms))
                matched.add(id(event))
        events.add(strict, bool(found))
        if not found:
            ours = [f"{e['type']}«{m['trigger']['text']}»" for e in preds[item.doc.name] for m in mentions(e)
                    if overlaps(m['sentence'], item.span)]
            errors['NEREL: gold events not found (loose)'].append(
                f"{item.doc.name} {sorted(item.types)}; ours in the sentence: {', '.join(ours) or '-'} | "
                f'{context(item.doc.text, item.span.start, item.span.end)}')
            continue
        for group, golds in item.args.items():
            for arg in golds:
                hit = arg_found(group, arg, found)
                args[group].add(*hit)
                if not hit[1]:
                    ours = [a.get('normal') or a['text'] for a in role_args([e for e, _ in found], group)] \
                        if group != 'time' else [e['date']['text'] for e, _ in found if e.get('date')]
                    start, end = min(arg.start, item.span.start), max(arg.end, item.span.end)
                    errors[f'NEREL: {group} arguments not found'].append(
                        f"{item.doc.name} {arg.label} «{arg.text}» of «{item.span.text}»; ours: "
                        f"{', '.join(ours) or '-'} | {context(item.doc.text, start, end)}")
    unmatched = [(doc.name, event) for doc in docs for event in preds[doc.name] if id(event) not in matched]
    errors['NEREL: predicted events matching no gold event'] = [describe(name, e) for name, e in unmatched]
    total = sum(len(preds[doc.name]) for doc in docs)
    kinds = Counter(event['type'] for _, event in unmatched)
    return [f'  gold events: {events.total}; predicted events in these documents: {total}',
            events.line('events', 'strict', 'loose'),
            *(args[group].line(group + 's' if group != 'time' else group) for group in args),
            '    (arguments: gold pairs of events found loose; gold pairs in all: '
            + ', '.join(f'{g} {sum(len(e.args[g]) for e in gold)}' for g in args) + ')',
            f'  predicted events matching no gold event: {len(unmatched)} of {total} '
            f"({', '.join(f'{k} {v}' for k, v in kinds.most_common()) or '-'}); see --errors"]


def nerel_report(folder: Path, docs: list[Doc], preds: dict, errors: dict) -> list[str]:
    gold, left, directions = [], [], Counter()
    for doc in docs:
        selected, left_out = gold_events(doc, folder / f'{doc.name}.ann', directions)
        gold += selected
        left += [(doc, item) for item in left_out]
    stems = Counter(stem for item in gold for stem in stems_of(item.span.text))
    types = Counter(kind for item in gold for kind in item.types)
    texts = Counter(item.span.text.lower() for item in gold)
    errors['NEREL: EVENT spans left out of the gold selection'] = [
        f'{doc.name} «{item.text}» | {context(doc.text, item.start, item.end)}' for doc, item in left]
    wrap = dict(width=110, initial_indent='    ', subsequent_indent='      ')
    return [f'NEREL diplomatic events: {len(docs)} documents of diplomatic.list',
            f'  gold selection: {len(gold)} EVENT spans selected, {len(left)} left out (listed in --errors)',
            textwrap.fill('per stem (a span counts under each stem it holds): '
                          + ', '.join(f'{stem} {stems[stem]}' for stem in STEMS), **wrap),
            textwrap.fill('per type: ' + ', '.join(f'{k} {v}' for k, v in types.most_common()), **wrap),
            textwrap.fill('selected texts: ' + ', '.join(f'{t} ×{n}' for t, n in texts.most_common()), **wrap),
            textwrap.fill('relation directions (which end is an EVENT): ' + ', '.join(
                f'{label} {end} ×{n}' for (label, end), n in sorted(directions.items())), **wrap),
            '', *score_nerel(gold, docs, preds, errors)]


# ---------------------------------------------------------------- factRuEval

def meetings_report(books: list[Book], preds: dict, errors: dict) -> list[str]:
    meetings, people = Recall(), Recall()
    for book in books:
        text = book.doc.text
        for fact in (fact for fact in book.facts if fact.kind == 'Meeting'):
            who = {ref: resolve(book, ref) for ref in fact.refs('Participant')}
            spans = [span for ref in fact.refs('When') + fact.refs('Where') for span in resolve(book, ref)]
            spans += [span for found in who.values() for span in found]
            found = [event for event in preds[book.doc.name] if event['type'] in MEETING_TYPES
                     and any(overlaps(m['sentence'], span) for m in mentions(event) for span in spans)]
            meetings.add(bool(found), bool(found))
            if not found:
                errors['factRuEval: meetings not found'].append(
                    f"{book.doc.name} {fact.name} Participant={fact.value('Participant')!r} "
                    f"When={fact.value('When')!r} Where={fact.value('Where')!r}"
                    + (f' | {context(text, spans[0].start, spans[0].end)}' if spans else ''))
                continue
            agents = role_args(found, 'agent')
            names = {ref: value for role, ref, value in fact.roles if role == 'Participant'}
            for ref, mentioned in who.items():
                strict = any(overlaps(arg, span) for arg in agents for span in mentioned)
                tolerant = any(same_surname(arg, text[span.start:span.end]) for arg in agents for span in mentioned)
                people.add(strict, tolerant)
                if not (strict or tolerant):
                    ours = ', '.join(arg.get('normal') or arg['text'] for arg in agents) or '-'
                    errors['factRuEval: meeting participants not found'].append(
                        f'{book.doc.name} {fact.name} {ref} {names[ref]!r}; ours: {ours}')
    return [f'factRuEval Meeting facts: {len(books)} documents, {meetings.total} meetings',
            f'    {"meetings":<14}found  {meetings.strict:>4} / {meetings.total:<5}'
            f'{ratio(meetings.strict, meetings.total):.3f}',
            people.line('participants')]


# ---------------------------------------------------------------- precision sample, report

def precision_sample(docs: list[Doc], preds: dict, size: int, seed: int, errors: dict) -> list[str]:
    pool = [(doc.name, event) for doc in docs for event in preds[doc.name]]
    chosen = random.Random(seed).sample(pool, min(size, len(pool)))
    entries = [describe(f'{number}. {name}', event) for number, (name, event) in enumerate(chosen, 1)]
    errors['Precision sample'] = entries
    return [f'Precision sample: {len(chosen)} of {len(pool)} predicted events in {len(docs)} NEREL train '
            f'documents (seed {seed}); judge each by hand', *entries]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('data_dir', help='folder holding nerel-train/ and factrueval-dev/')
    parser.add_argument('--limit', type=int, help='first N documents of each set (and of the sample corpus)')
    parser.add_argument('--errors', help='write misses, unmatched predictions and the sample to this file')
    parser.add_argument('--sample', type=int, help='print K predicted events drawn from all NEREL train')
    parser.add_argument('--seed', type=int, default=0, help='seed of the sample (default 0)')
    args = parser.parse_args(argv)

    data, errors = Path(args.data_dir), defaultdict(list)
    folder = data / 'nerel-train'
    docs = load_nerel(folder, set(read_raw(folder / 'diplomatic.list').split()), args.limit)
    books = load_factrueval(data / 'factrueval-dev', None, args.limit)
    extractor, preds = Extractor(), {}
    timings: dict[str, Timing] = {}
    run_events(extractor, docs, timings, 'NEREL dipl.', preds)
    run_events(extractor, [book.doc for book in books], timings, 'factRuEval', preds)
    selection = f'--limit {args.limit}' if args.limit else 'all documents'
    report = [f'Event quality: {data} ({selection})', '', *nerel_report(folder, docs, preds, errors), '',
              *meetings_report(books, preds, errors)]
    if args.sample:
        corpus = load_nerel(folder, None, args.limit)
        run_events(extractor, corpus, timings, 'NEREL rest', preds)
        report += ['', *precision_sample(corpus, preds, args.sample, args.seed, errors)]
    print('\n'.join([*report, '', *timing_report(timings)]))
    if args.errors:
        write_errors(args.errors, errors, 'Event benchmark details; [[span]] with context, ¶ = line break.', list)
    return 0


if __name__ == '__main__':
    sys.exit(main())
