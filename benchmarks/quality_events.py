"""Event quality of this checkout's extractor on the development gold (DEV/gold: events annotated by hand).

    python benchmarks/quality_events.py DEV [--jobs N] [--errors DIR] [--nerel-spans [--sample K] [--seed S]]

DEV is the development data (../shared/dev). Its yardstick DEV/gold/evaluate runs `<this python> -m extractor
extract --format jsonl --jobs N` in this checkout on its two sets (nerel-train: 104 NEREL documents; news: 60
news texts) and scores the output with DEV/gold/score.py, whose docstring gives every rule. Printed: one table,
a column per set, then the evaluator's OVERALL line of each set, as it prints them.

Reading the table: F1 (P / R) is F1 (precision / recall); (n/m) is n correct of m checked; '-' not reported.
    event F1         a prediction matches a gold event of its type whose trigger it overlaps, one to one; a
                     merged record counts once per mention; optional gold events count neither way. Low P:
                     spurious events; low R: missed ones. Below it, the same per type.
    arg F1           arguments of matched events only, one to one by span overlap, by group: agents, place, time
    person normal    matched person agents whose `normal` is the gold one (case, ё/е and spaces aside)
    date ISO         matched events with a gold ISO date whose `from` and `to` are both the gold ones
    modality         matched events with the gold modality
    scope agreement  matched events carrying a `scope`, with the gold one
OVERALL: event-F1, arg-F1, the same on the diplomatic types (no appointment), and span-mismatches (spans whose
text is not document[start:end]: must be 0). The floor, a keyword lookup, scores event F1 0.67 / 0.82 and arg
F1 0.49 / 0.56 (DEV/gold/README.md). --errors DIR writes DIR/<set>.errors.txt: every missed and spurious event
with its sentence, the list to work from.

--nerel-spans adds coarser checks against others' annotations (one Extractor in this process): the recall of
the NEREL EVENT spans of DEV/nerel-train/diplomatic.list holding a stem of STEMS (NEREL marks nominal events only:
визит, not посетил; strict: a mention's trigger overlaps the span; loose: or a mention of a type its stem allows
holds it in its sentence); factRuEval Meeting facts found (the sentence of a talks, visit, call or summit mention
overlaps a span of the fact: When, Where, a participant's mention) and their participants found (an agent of
those events overlaps a mention of one); K predicted events of all NEREL train documents, drawn with seed S, to
judge precision by hand. With --errors DIR they go to DIR/nerel-spans.errors.txt, the misses too.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shlex
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

import quality_entities as qe  # noqa: E402 - after the path above, as the old script did

from extractor import Extractor  # noqa: E402

TYPES = ('visit', 'talks', 'signing', 'summit', 'call', 'appointment')
ROWS = (  # label: (part of the evaluator's table, its row)
    ('documents / required events', ('head', 'docs')), ('event F1 (P / R)', ('events', 'all (typed)')),
    *((f'  {kind}', ('events', kind)) for kind in TYPES), ('arg F1 (P / R)', ('args', 'all (agents+place+time)')),
    *((f'  {group}', ('args', group)) for group in ('agents', 'place', 'time')),
    ('person normal', ('ratio', 'person normal')), ('date ISO', ('ratio', 'date ISO')),
    ('modality', ('ratio', 'modality')), ('scope agreement', ('ratio', 'scope of matched')))
HEAD = re.compile(r'gold .*: (\d+) docs, (\d+) events')
ROW = re.compile(r'  (\S.*?)\s+\d+\s+\d+\s+\d+\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$')
RATIO = re.compile(r'  (\S.*?)\s+(\d+)/(\d+) correct = ([\d.]+)$')
STEMS = {  # stem of a NEREL EVENT span's text: the predicted type it accepts
    'визит': 'visit', 'посети': 'visit', 'посещ': 'visit', 'переговор': 'talks', 'встреч': 'talks',
    'встрет': 'talks', 'саммит': 'summit', 'форум': 'summit', 'сессия': 'summit', 'заседани': 'summit',
    'совещани': 'summit', 'конференци': 'summit', 'подписа': 'signing', 'соглашени': 'signing',
    'договор': 'signing', 'меморандум': 'signing', 'телефон': 'call', 'разговор': 'call'}
MEETING_TYPES = {'talks', 'visit', 'call', 'summit'}
AGENTS = {'visitor', 'inviter', 'host', 'participants', 'parties', 'person'}


# ---------------------------------------------------------------- the development gold

def evaluate(dev: Path, jobs: int, errors: Path | None) -> str:
    """The evaluator's report on this checkout's extractor (its stderr, the extractor's too, passes through)."""
    evaluator = dev / 'gold' / 'evaluate'
    if not evaluator.is_file():
        sys.exit(f'error: {evaluator}: the evaluator is missing')
    command = f'{shlex.quote(sys.executable)} -m extractor extract --format jsonl --jobs {jobs}'
    argv = ['bash', str(evaluator), command, *(['--errors', str(errors)] if errors else [])]
    done = subprocess.run(argv, cwd=ROOT, env={**os.environ, 'PYTHON': sys.executable},
                          stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode:
        sys.exit(f'error: {evaluator} failed with exit status {done.returncode}')
    return done.stdout


def read_sets(report: str) -> dict[str, dict[tuple[str, str], str]]:
    """Each set's figures, keyed as ROWS says, from the evaluator's `=== SET` sections."""
    sets: dict[str, dict[tuple[str, str], str]] = {}
    for line in report.splitlines():
        if line.startswith('=== '):
            figures, part = sets.setdefault(line[4:].strip(), {}), 'events'
        elif not sets:
            continue
        elif line.startswith('  args, matched events'):
            part = 'args'
        elif match := HEAD.match(line):
            figures['head', 'docs'] = f'{match[1]} / {match[2]}'
        elif match := ROW.match(line):
            figures[part, match[1]] = f'{match[4]} ({match[2]} / {match[3]})'
        elif match := RATIO.match(line):
            figures['ratio', match[1]] = f'{match[4]} ({match[2]}/{match[3]})'
    if not sets or any(('events', 'all (typed)') not in figures for figures in sets.values()):
        sys.exit('error: no event F1 in the output of the evaluator (has its table changed?)')
    return sets


def gold_table(report: str) -> list[str]:
    sets = read_sets(report)
    overall = [line for line in report.splitlines() if line.split(' ')[0] in sets and ' event-F1=' in line]
    lines = [f"{'':<30}" + ''.join(f'{name:<22}' for name in sets)]
    lines += [f'{label:<30}' + ''.join(f"{figures.get(key, '-'):<22}" for figures in sets.values())
              for label, key in ROWS]
    return [line.rstrip() for line in lines] + ['', *overall]


# ---------------------------------------------------------------- --nerel-spans: coarser checks

def share(part: int, whole: int) -> str:
    return f'{qe.ratio(part, whole):.2f} ({part}/{whole})'


def mentions(event: dict) -> list[dict]:
    return event.get('mentions') or [{'trigger': event['trigger'], 'sentence': event['sentence'],
                                      'rule': event.get('rule')}]


def extract(docs: list[qe.Doc]) -> dict[str, list[dict]]:
    """The events of each document; a document the extractor fails on counts with none, and is named."""
    extractor, events = Extractor(), {}
    for doc in docs:
        try:
            events[doc.name] = extractor.extract(doc.text, doc=doc.name).as_json()['events'] or []
        except Exception as error:  # noqa: BLE001 - a benchmark reports failures and goes on
            print(f'error: {doc.name}: {type(error).__name__}: {error}', file=sys.stderr)
            events[doc.name] = []
    return events


def nerel_recall(docs: list[qe.Doc], preds: dict, errors: dict) -> list[str]:
    total = strict = loose = 0
    for doc in docs:
        for span in (item for item in doc.gold if item.label == 'EVENT'):
            types = {kind for stem, kind in STEMS.items() if stem in span.text.lower()}
            if not types:
                continue
            found = [(event['type'], mention) for event in preds[doc.name] for mention in mentions(event)]
            hit = any(qe.overlaps(mention['trigger'], span) for _, mention in found)
            near = hit or any(kind in types and mention['sentence']['start'] <= span.start
                              and span.end <= mention['sentence']['end'] for kind, mention in found)
            total, strict, loose = total + 1, strict + hit, loose + near
            if not near:
                errors['NEREL EVENT spans not found'].append(
                    f'{doc.name} {sorted(types)} | {qe.context(doc.text, span.start, span.end)}')
    return [f'NEREL EVENT spans: {len(docs)} documents of diplomatic.list, {total} spans with a stem',
            f'  recall strict {share(strict, total)}, loose {share(loose, total)}']


def meetings(books: list[qe.Book], preds: dict, errors: dict) -> list[str]:
    total = found = people = met = 0
    for book in books:
        for fact in (fact for fact in book.facts if fact.kind == 'Meeting'):
            who = [qe.resolve(book, ref) for ref in fact.refs('Participant')]
            spans = [span for ref in fact.refs('When') + fact.refs('Where') for span in qe.resolve(book, ref)]
            spans += [span for named in who for span in named]
            events = [event for event in preds[book.doc.name] if event['type'] in MEETING_TYPES
                      and any(qe.overlaps(m['sentence'], span) for m in mentions(event) for span in spans)]
            agents = [arg for event in events for role, items in event.get('args', {}).items()
                      if role in AGENTS for arg in items]
            hits = [any(qe.overlaps(arg, span) for arg in agents for span in named) for named in who]
            total, found = total + 1, found + bool(events)
            people, met = people + len(hits) * bool(events), met + sum(hits)
            if not events or not all(hits):
                ours = ', '.join(arg.get('normal') or arg['text'] for arg in agents) or '-'
                errors['factRuEval Meetings not found, or participants missed'].append(
                    f"{book.doc.name} {fact.name} found={bool(events)} "
                    f"Participant={fact.value('Participant')!r}; our agents: {ours}")
    return [f'factRuEval Meeting facts: {len(books)} documents, {total} meetings',
            f'  found {share(found, total)}; participants of those found {share(met, people)}']


def describe(head: str, event: dict) -> str:
    triggers = ' | '.join(f"«{m['trigger']['text']}» ({m.get('rule')})" for m in mentions(event))
    args = '; '.join(f"{role}={arg.get('normal') or arg['text']}[{arg['kind']}]"
                     for role, items in event.get('args', {}).items() for arg in items)
    date = event.get('date')
    when = f"«{date['text']}» {date.get('from')}..{date.get('to')}" if date else '-'
    sentence = ' '.join(event['sentence']['text'].split())[:300]
    return '\n'.join([f"{head} {event['type']} {event.get('modality')}", f'    trigger: {triggers}',
                      f'    sentence: {sentence}', f"    args: {args or '-'}", f'    date: {when}'])


def sample(docs: list[qe.Doc], preds: dict, size: int, seed: int, errors: dict) -> list[str]:
    pool = [(doc.name, event) for doc in docs for event in preds[doc.name]]
    chosen = random.Random(seed).sample(pool, min(size, len(pool)))
    errors['Precision sample'] = [describe(f'{number}. {name}', event)
                                  for number, (name, event) in enumerate(chosen, 1)]
    return [f'Precision sample: {len(chosen)} of {len(pool)} predicted events in {len(docs)} NEREL train '
            f'documents (seed {seed}); judge each by hand', *errors['Precision sample']]


def nerel_spans(dev: Path, size: int, seed: int, errors_dir: Path | None) -> list[str]:
    listed = dev / 'nerel-train' / 'diplomatic.list'
    for needed in (listed, dev / 'factrueval-dev'):
        if not needed.exists():
            sys.exit(f'error: {needed}: missing (needed by --nerel-spans)')
    corpus = qe.load_nerel(dev / 'nerel-train', None, None)
    books = qe.load_factrueval(dev / 'factrueval-dev', None, None)
    preds, errors = extract(corpus + [book.doc for book in books]), defaultdict(list)
    chosen = set(qe.read_raw(listed).split())
    report = [*nerel_recall([doc for doc in corpus if doc.name in chosen], preds, errors), '',
              *meetings(books, preds, errors), '', *sample(corpus, preds, size, seed, errors)]
    if errors_dir:
        qe.write_errors(str(errors_dir / 'nerel-spans.errors.txt'), errors,
                        'NEREL spans, factRuEval Meetings, the sample; [[span]] with context, ¶ = line break.', list)
    return report


# ---------------------------------------------------------------- command line

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('dev', metavar='DEV', help='the development data folder, holding gold/evaluate (../shared/dev)')
    parser.add_argument('--jobs', type=int, metavar='N', default=os.cpu_count() or 1, help='extractor processes')
    parser.add_argument('--errors', metavar='DIR', help="write every missed and spurious event to DIR/<set>.errors.txt")
    parser.add_argument('--nerel-spans', action='store_true', help='add the NEREL, factRuEval and sample checks')
    parser.add_argument('--sample', type=int, metavar='K', help='events in the sample (default 20)')
    parser.add_argument('--seed', type=int, metavar='S', help='seed of the sample (default 0)')
    args = parser.parse_args(argv)
    if not args.nerel_spans and (args.sample, args.seed) != (None, None):
        parser.error('--sample and --seed belong to --nerel-spans')
    dev, errors = Path(args.dev).resolve(), Path(args.errors).resolve() if args.errors else None
    if not dev.is_dir():
        sys.exit(f'error: {args.dev}: no such folder (the development data, holding gold/evaluate)')
    report = [f'Development gold: {dev}/gold/evaluate, extractor of {ROOT} (--jobs {args.jobs})', '',
              *gold_table(evaluate(dev, args.jobs, errors))]
    if errors:
        report.append(f'missed and spurious events: {errors}/<set>.errors.txt')
    if args.nerel_spans:
        report += ['', *nerel_spans(dev, 20 if args.sample is None else args.sample, args.seed or 0, errors)]
    print('\n'.join(report))
    return 0


if __name__ == '__main__':
    sys.exit(main())
