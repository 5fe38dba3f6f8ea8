"""Entity quality of the extractor on real annotated news: NEREL (train split) and factRuEval-2016 (dev).

    python benchmarks/quality_entities.py DATA_DIR [--limit N] [--docs LIST_FILE] [--errors FILE]

DATA_DIR holds `nerel-train/` and `factrueval-dev/`. One Extractor runs over every document with
`entities=True`; its entities are compared with the gold annotation by *span overlap*: two spans match
when they share at least one character. Overlap is deliberately loose: our person span carries the post
(«министр иностранных дел России Сергей Лавров») where the gold PERSON is the name only, and NEREL nests
entities (a COUNTRY inside an ORGANIZATION, «МИД России»), which overlap matching tolerates.

NEREL, per group of our kinds against gold types (a discontinuous gold span counts from its first start to
its last end; our predictions are taken once per distinct (start, end) within a group):

    person  person                   PERSON
    geo     country + city + region  COUNTRY + CITY + STATE_OR_PROVINCE
    date    date                     DATE
    org     org                      ORGANIZATION (reported only)

    recall    = gold spans overlapped by at least one prediction of the group / gold spans
    precision = predictions overlapping at least one gold span of the group / predictions
    F1        = harmonic mean of the two

    geo lenient precision: a prediction that overlaps a NATIONALITY, LOCATION or DISTRICT span counts as
    not wrong («российский», «Кавказ», «Арбат» are places, only typed differently by NEREL).
    date calendar recall: recall over the gold DATE spans that name a calendar date rather than a duration
    («несколько дней», «10 месяцев», «в течение года»); see `is_calendar_date` for the heuristic.

factRuEval, Occupation facts (Who = a person object, Position = a span, Where = an object, optional):

    who found                a predicted person overlaps a mention (any span) of the Who object
    who+position found       one predicted person overlaps both a Who mention and the Position span(s)
    who+position+where       that same person also has `country` or `organization` set, when the fact
                             has a Where (a loose check: the value is not compared with the Where object)

and person precision/recall against the objects of type Person, by overlap as for NEREL.

Gold offsets are checked against the text before scoring: every gold span is sliced out of the text and
compared with the annotated surface (whitespace ignored). The text is read as stored (no newline
translation); if a BOM or CRLF line ends make the offsets disagree, the variant of the text that agrees
best is the one used (and given to the extractor), and the report says so.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractor import Extractor  # noqa: E402

GROUPS = {  # group: (our kinds, gold types, gold types that excuse a prediction for lenient precision)
    'person': ({'person'}, {'PERSON'}, set()),
    'geo': ({'country', 'city', 'region'}, {'COUNTRY', 'CITY', 'STATE_OR_PROVINCE'},
            {'NATIONALITY', 'LOCATION', 'DISTRICT'}),
    'date': ({'date'}, {'DATE'}, set()),
    'org': ({'org'}, {'ORGANIZATION'}, set()),
}
CALENDAR = re.compile(
    r'\b(январ|феврал|март|апрел|ма[йяюе]\b|июн|июл|август|сентябр|октябр|ноябр|декабр'
    r'|понедельник|вторник|сред[уаы]\b|четверг|пятниц|суббот|воскресень'
    r'|сегодня|вчера|завтра|накануне|(прошлом|этом|текущем|следующем) году)'
    r'|(?<!\d)\d{4}(?!\d)',
    re.IGNORECASE)
SAMPLES = 60
CONTEXT = 40


# ---------------------------------------------------------------- common pieces

@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    label: str
    text: str


@dataclass
class Doc:
    """One document: its text, gold spans, our entities, and how its offsets checked out."""
    name: str
    text: str
    gold: list[Gold]
    variant: str = 'as stored'
    mismatches: int = 0
    preds: list[dict] = field(default_factory=list)


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    pred: int = 0
    correct: int = 0
    lenient: int = 0


@dataclass
class Timing:
    docs: int = 0
    chars: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)


def overlaps(a, b) -> bool:
    return start_of(a) < end_of(b) and start_of(b) < end_of(a)


def start_of(item) -> int:
    return item['start'] if isinstance(item, dict) else item.start


def end_of(item) -> int:
    return item['end'] if isinstance(item, dict) else item.end


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def squeeze(text: str) -> str:
    return ''.join(text.split())


def read_raw(path: Path) -> str:
    """The file as stored: UTF-8, no newline translation (a BOM, if any, stays as U+FEFF)."""
    if not path.exists():
        return ''
    with open(path, encoding='utf-8', newline='') as handle:
        return handle.read()


def text_variants(raw: str) -> dict[str, str]:
    """The text as stored and, if it has a BOM or CRLF, the variants without them."""
    variants = {'as stored': raw}
    if raw.startswith('\ufeff'):
        variants['no BOM'] = raw[1:]
    if '\r\n' in raw:
        for name, text in list(variants.items()):
            variants[f'{name}, LF'] = text.replace('\r\n', '\n')
    return variants


def aligned_text(raw: str, surfaces: list[tuple[list[tuple[int, int]], str]]) -> tuple[str, str, int]:
    """The variant of the text whose slices agree best with the annotated surfaces (ties: as stored)."""
    best = None
    for name, text in text_variants(raw).items():
        bad = sum(squeeze(''.join(text[s:e] for s, e in frags)) != squeeze(surface) for frags, surface in surfaces)
        if best is None or bad < best[2]:
            best = (name, text, bad)
    return best


def select(items: list, limit: int = SAMPLES) -> list:
    """Up to `limit` items spread evenly over the list: every k-th, deterministic."""
    step = max(1, -(-len(items) // limit))
    return items[::step][:limit]


def context(text: str, start: int, end: int) -> str:
    """The span in [[ ]] with CONTEXT characters either side; a long span keeps only its two ends."""
    left = text[max(0, start - CONTEXT):start]
    right = text[end:end + CONTEXT]
    inner = text[start:end]
    if len(inner) > 4 * CONTEXT:
        inner = f'{inner[:2 * CONTEXT]} … {inner[-CONTEXT:]}'
    return ' '.join(f'{left}[[{inner}]]{right}'.replace('\n', ' ¶ ').split())


def run_extractor(extractor: Extractor, docs: list[Doc], timing: Timing) -> None:
    """Fill `preds` of every document; a document the extractor fails on counts with no entities."""
    for doc in docs:
        began = time.perf_counter()
        try:
            doc.preds = extractor.extract(doc.text, entities=True).as_json()['entities'] or []
        except Exception as error:  # noqa: BLE001 - a benchmark reports failures and goes on
            timing.failures.append(f'{doc.name}: {type(error).__name__}: {error}')
            doc.preds = []
        timing.seconds += time.perf_counter() - began
        timing.docs += 1
        timing.chars += len(doc.text)


def distinct_spans(preds: list[dict]) -> list[dict]:
    seen, result = set(), []
    for pred in preds:
        if (pred['start'], pred['end']) not in seen:
            seen.add((pred['start'], pred['end']))
            result.append(pred)
    return result


def describe_pred(pred: dict) -> str:
    extra = [f'{key}={pred[key]}' for key in ('position', 'country', 'organization') if pred.get(key)]
    return ' '.join([f"{pred['kind']}:{pred.get('normal') or pred['text']}", *extra])


# ---------------------------------------------------------------- document selection

def wanted_names(list_file: str | None) -> set[str] | None:
    """Document names from --docs: one a line, as `003`, `003.txt`, `nerel-train/003.txt` or `book_100`."""
    if not list_file:
        return None
    lines = open(list_file, encoding='utf-8').read().split()
    return {Path(line).name.removesuffix('.txt') for line in lines}


def natural_key(path: Path):
    return [int(part) if part.isdigit() else part for part in re.split(r'(\d+)', path.stem)]


def pick(paths: list[Path], wanted: set[str] | None, limit: int | None) -> list[Path]:
    chosen = [path for path in sorted(paths, key=natural_key) if wanted is None or path.stem in wanted]
    return chosen[:limit] if limit else chosen


# ---------------------------------------------------------------- NEREL

def read_ann(path: Path) -> list[tuple[str, list[tuple[int, int]], str]]:
    """The T lines of a brat .ann file as (type, fragments, surface)."""
    entities = []
    for line in read_raw(path).splitlines():
        parts = line.split('\t')
        if not line.startswith('T') or len(parts) < 3:
            continue
        label, _, spans = parts[1].partition(' ')
        fragments = [tuple(int(x) for x in fragment.split()) for fragment in spans.split(';')]
        entities.append((label, fragments, parts[2]))
    return entities


def load_nerel(folder: Path, wanted: set[str] | None, limit: int | None) -> list[Doc]:
    docs = []
    for path in pick(list(folder.glob('*.txt')), wanted, limit):
        entities = read_ann(path.with_suffix('.ann'))
        name, text, bad = aligned_text(read_raw(path), [(frags, surface) for _, frags, surface in entities])
        gold = [Gold(min(s for s, _ in frags), max(e for _, e in frags), label, surface)
                for label, frags, surface in entities]
        docs.append(Doc(path.stem, text, gold, name, bad))
    return docs


def is_calendar_date(text: str) -> bool:
    """A DATE that names a point in the calendar: a month or weekday word, a 4-digit year, or a deictic
    word (сегодня, вчера, завтра, накануне, в прошлом/этом/текущем/следующем году). Durations such as
    «несколько дней», «10 месяцев», «двум годам», «40-летней» have none of these."""
    return bool(CALENDAR.search(text))


def score_group(docs: list[Doc], group: str, errors: dict[str, list[str]]) -> tuple[Tally, Tally]:
    """The tally for one group, and the tally of its calendar-date gold (used for dates only)."""
    kinds, types, excusing = GROUPS[group]
    tally, calendar = Tally(), Tally()
    misses, wrong, calendar_misses = [], [], []
    for doc in docs:
        preds = distinct_spans([pred for pred in doc.preds if pred['kind'] in kinds])
        gold = [item for item in doc.gold if item.label in types]
        for item in gold:
            hit = any(overlaps(item, pred) for pred in preds)
            tally.gold += 1
            tally.found += hit
            if group == 'date' and is_calendar_date(item.text):
                calendar.gold += 1
                calendar.found += hit
                if not hit:
                    calendar_misses.append(miss_line(doc, item))
            if not hit:
                misses.append(miss_line(doc, item))
        for pred in preds:
            correct = any(overlaps(pred, item) for item in gold)
            excused = any(overlaps(pred, item) for item in doc.gold if item.label in excusing)
            tally.pred += 1
            tally.correct += correct
            tally.lenient += correct or excused
            if not correct:
                wrong.append(false_positive_line(doc, pred, excused))
    errors[f'NEREL {group}: misses'] = misses
    errors[f'NEREL {group}: false positives'] = wrong
    if group == 'date':
        errors['NEREL date: calendar-date misses'] = calendar_misses
    return tally, calendar


def miss_line(doc: Doc, item: Gold) -> str:
    ours = [describe_pred(pred) for pred in doc.preds if overlaps(item, pred)]
    note = f"; ours here: {', '.join(ours)}" if ours else ''
    return f'{doc.name} {item.label}{note} | {context(doc.text, item.start, item.end)}'


def false_positive_line(doc: Doc, pred: dict, excused: bool) -> str:
    there = sorted({item.label for item in doc.gold if overlaps(pred, item)})
    note = f"; gold here: {', '.join(there)}" if there else '; no gold here'
    flag = ' (lenient ok)' if excused else ''
    return f"{doc.name} {describe_pred(pred)}{note}{flag} | {context(doc.text, pred['start'], pred['end'])}"


def nerel_report(docs: list[Doc], errors: dict[str, list[str]]) -> list[str]:
    spans = sum(len(doc.gold) for doc in docs)
    bad = sum(doc.mismatches for doc in docs)
    variants = Counter(doc.variant for doc in docs)
    lines = [f'NEREL (nerel-train): {len(docs)} documents, {spans} gold entity spans',
             f'  offset check: {bad} of {spans} gold spans disagree with the text; text used: '
             + ', '.join(f'{name} ({count} docs)' for name, count in variants.items()),
             '',
             f"  {'group':<8}{'gold':>7}{'pred':>7}{'P':>8}{'R':>8}{'F1':>8}"]
    extra = []
    for group in GROUPS:
        tally, calendar = score_group(docs, group, errors)
        p, r = ratio(tally.correct, tally.pred), ratio(tally.found, tally.gold)
        note = '   (report only)' if group == 'org' else ''
        lines.append(f'  {group:<8}{tally.gold:>7}{tally.pred:>7}{p:>8.3f}{r:>8.3f}{f1(p, r):>8.3f}{note}')
        if group == 'geo':
            lp = ratio(tally.lenient, tally.pred)
            extra.append(f'  geo lenient precision (overlap with NATIONALITY/LOCATION/DISTRICT not wrong): '
                         f'P={lp:.3f} ({tally.lenient}/{tally.pred}), F1={f1(lp, r):.3f}')
        if group == 'date':
            cr = ratio(calendar.found, calendar.gold)
            extra.append(f'  date recall, all DATE spans: {r:.3f} ({tally.found}/{tally.gold}); '
                         f'calendar dates only: {cr:.3f} ({calendar.found}/{calendar.gold}), '
                         f'F1 with P={p:.3f}: {f1(p, cr):.3f}')
            extra.append(f'    ({tally.gold - calendar.gold} DATE spans without a month/weekday word, 4-digit '
                         'year or сегодня/вчера/завтра/накануне/«в … году» count as durations)')
    return lines + [''] + extra


# ---------------------------------------------------------------- factRuEval

@dataclass
class Fact:
    name: str
    kind: str
    roles: list[tuple[str, str, str]] = field(default_factory=list)  # (role, objNNN or spanNNN, value)

    def refs(self, role: str) -> list[str]:
        return [ref for name, ref, _ in self.roles if name == role]

    def value(self, role: str) -> str:
        return ' / '.join(value for name, _, value in self.roles if name == role)


@dataclass
class Book:
    """A factRuEval document: its text and annotation, keyed by the ids the files use."""
    doc: Doc
    spans: dict[str, tuple[int, int]]
    objects: dict[str, tuple[str, list[str]]]
    chains: dict[str, list[str]]
    facts: list[Fact]


def body_lines(path: Path) -> list[str]:
    return [line for line in read_raw(path).splitlines() if line.strip()]


def read_spans(path: Path) -> dict[str, tuple[int, int, str]]:
    """`ID type start length tokid ntokens # tokid... text` → id: (start, end, text)."""
    spans = {}
    for line in body_lines(path):
        head, _, comment = line.partition('#')
        parts, words = head.split(), comment.split()
        if len(parts) < 4:
            continue
        count = int(parts[5]) if len(parts) > 5 and parts[5].isdigit() else 0
        start, length = int(parts[2]), int(parts[3])
        spans[parts[0]] = (start, start + length, ' '.join(words[count:]))
    return spans


def read_objects(path: Path) -> dict[str, tuple[str, list[str]]]:
    """`ID Type spanid spanid ... # text` → id: (type, span ids)."""
    objects = {}
    for line in body_lines(path):
        parts = line.partition('#')[0].split()
        if len(parts) >= 2:
            objects[parts[0]] = (parts[1], parts[2:])
    return objects


def read_coref(path: Path) -> dict[str, list[str]]:
    """Blocks whose first line is `chainid objid objid ...` → chainid: object ids (the `objNNN` of facts)."""
    chains = {}
    for block in re.split(r'\n\s*\n', read_raw(path).replace('\r\n', '\n')):
        lines = block.strip().splitlines()
        if lines and lines[0].split()[0].isdigit():
            chains[lines[0].split()[0]] = lines[0].split()[1:]
    return chains


def read_facts(path: Path) -> list[Fact]:
    """Facts start with a `NNN-N Type` line (blank lines between facts are not always there)."""
    facts = []
    for line in body_lines(path):
        parts = line.split()
        if len(parts) == 2 and re.fullmatch(r'\d+-\d+', parts[0]):
            facts.append(Fact(parts[0], parts[1]))
        elif facts and len(parts) >= 2 and re.fullmatch(r'(obj|span)\d+', parts[1]):
            facts[-1].roles.append((parts[0], parts[1], ' '.join(parts[2:])))
    return facts


def load_factrueval(folder: Path, wanted: set[str] | None, limit: int | None) -> list[Book]:
    books = []
    for path in pick(list(folder.glob('book_*.txt')), wanted, limit):
        spans = read_spans(path.with_suffix('.spans'))
        name, text, bad = aligned_text(read_raw(path), [([(s, e)], surface) for s, e, surface in spans.values()])
        doc = Doc(path.stem, text, [], name, bad)
        books.append(Book(doc, {key: (s, e) for key, (s, e, _) in spans.items()},
                          read_objects(path.with_suffix('.objects')), read_coref(path.with_suffix('.coref')),
                          read_facts(path.with_suffix('.facts'))))
    return books


def resolve(book: Book, ref: str) -> list[Gold]:
    """The text spans of a fact's reference: `spanNNN` directly, `objNNN` through its coreference chain
    (falling back to an object of that id), an object through its span ids. Unknown ids give nothing."""
    number = ref.removeprefix('obj').removeprefix('span')
    if ref.startswith('span'):
        span_ids = [number]
    else:
        object_ids = book.chains.get(number) or ([number] if number in book.objects else [])
        span_ids = [span for key in object_ids for span in book.objects.get(key, ('', []))[1]]
    return [Gold(*book.spans[key], ref, '') for key in span_ids if key in book.spans]


@dataclass
class Occupations:
    total: int = 0
    with_who: int = 0
    with_position: int = 0
    with_where: int = 0
    who: int = 0
    who_position: int = 0
    who_position_where: int = 0
    where_checked: int = 0


def score_fact(book: Book, fact: Fact, counts: Occupations, misses: list[str]) -> None:
    counts.total += 1
    who = [span for ref in fact.refs('Who') for span in resolve(book, ref)]
    positions = [span for ref in fact.refs('Position') for span in resolve(book, ref)]
    if not who:
        return
    counts.with_who += 1
    persons = [pred for pred in book.doc.preds if pred['kind'] == 'person']
    naming = [pred for pred in persons if any(overlaps(pred, span) for span in who)]
    counts.who += bool(naming)
    if not positions:
        return
    counts.with_position += 1
    holding = [pred for pred in naming if any(overlaps(pred, span) for span in positions)]
    counts.who_position += bool(holding)
    has_where = bool(fact.refs('Where'))
    placed = [pred for pred in holding if pred.get('country') or pred.get('organization')]
    counts.with_where += has_where
    counts.where_checked += has_where and bool(placed)
    counts.who_position_where += bool(placed if has_where else holding)
    if not holding:
        misses.append(occupation_miss(book, fact, who, positions, naming))


def occupation_miss(book: Book, fact: Fact, who: list[Gold], positions: list[Gold], naming: list[dict]) -> str:
    text = book.doc.text
    start = min(span.start for span in positions)
    near = min(who, key=lambda span: abs(span.start - start))  # the Who mention nearest the post
    lo, hi = min(start, near.start), max(max(span.end for span in positions), near.end)
    ours = ', '.join(sorted({f"«{pred['text']}»" for pred in naming})) or 'no person on Who'
    return (f"{book.doc.name} {fact.name} Who={fact.value('Who')!r} Position={fact.value('Position')!r}; "
            f'ours: {ours} | {context(text, lo, hi)}')


def score_persons(books: list[Book], errors: dict[str, list[str]]) -> Tally:
    tally, misses, wrong = Tally(), [], []
    for book in books:
        people = [[Gold(*book.spans[key], 'Person', '') for key in span_ids if key in book.spans]
                  for kind, span_ids in book.objects.values() if kind == 'Person']
        people = [spans for spans in people if spans]
        preds = distinct_spans([pred for pred in book.doc.preds if pred['kind'] == 'person'])
        for spans in people:
            hit = any(overlaps(span, pred) for span in spans for pred in preds)
            tally.gold += 1
            tally.found += hit
            if not hit:
                start, end = spans[0].start, spans[-1].end
                misses.append(f'{book.doc.name} Person | {context(book.doc.text, start, end)}')
        for pred in preds:
            correct = any(overlaps(pred, span) for spans in people for span in spans)
            tally.pred += 1
            tally.correct += correct
            if not correct:
                wrong.append(f"{book.doc.name} {describe_pred(pred)} | "
                             f"{context(book.doc.text, pred['start'], pred['end'])}")
    errors['factRuEval person: misses'] = misses
    errors['factRuEval person: false positives'] = wrong
    return tally


def factrueval_report(books: list[Book], errors: dict[str, list[str]]) -> list[str]:
    counts, misses = Occupations(), []
    for book in books:
        for fact in book.facts:
            if fact.kind == 'Occupation':
                score_fact(book, fact, counts, misses)
    errors['factRuEval occupation: who+position not found'] = misses
    spans = sum(len(book.spans) for book in books)
    bad = sum(book.doc.mismatches for book in books)
    variants = Counter(book.doc.variant for book in books)
    persons = score_persons(books, errors)
    p, r = ratio(persons.correct, persons.pred), ratio(persons.found, persons.gold)
    c = counts
    return [
        f'factRuEval (factrueval-dev): {len(books)} documents, {spans} annotated spans',
        f'  offset check: {bad} of {spans} spans disagree with the text (whitespace ignored); text used: '
        + ', '.join(f'{name} ({count} docs)' for name, count in variants.items()),
        '',
        f'  Occupation facts: {c.total}; with a resolvable Who: {c.with_who}; '
        f'with Who and Position: {c.with_position} (of them with Where: {c.with_where})',
        f'    who found                 {c.who:>4} / {c.with_who:<4} {ratio(c.who, c.with_who):.3f}',
        f'    who+position found        {c.who_position:>4} / {c.with_position:<4} '
        f'{ratio(c.who_position, c.with_position):.3f}',
        f'    who+position+where found  {c.who_position_where:>4} / {c.with_position:<4} '
        f'{ratio(c.who_position_where, c.with_position):.3f}',
        f'      (loose: our person must have country or organization set when the fact has a Where; the value'
        f' is not compared with it. Facts with Where passing: {c.where_checked} / {c.with_where})',
        '',
        f"  {'':<8}{'gold':>7}{'pred':>7}{'P':>8}{'R':>8}{'F1':>8}",
        f"  {'person':<8}{persons.gold:>7}{persons.pred:>7}{p:>8.3f}{r:>8.3f}{f1(p, r):>8.3f}"
        '   (gold: objects of type Person)',
    ]


# ---------------------------------------------------------------- report

def timing_report(timings: dict[str, Timing]) -> list[str]:
    lines = ['Timing (extractor only, one Extractor for all documents)',
             f"  {'':<12}{'docs':>6}{'chars':>11}{'seconds':>10}{'s/doc':>8}{'chars/s':>10}"]
    total = Timing()
    for name, timing in [*timings.items(), ('total', total)]:
        if name != 'total':
            total.docs += timing.docs
            total.chars += timing.chars
            total.seconds += timing.seconds
            total.failures += timing.failures
        lines.append(f'  {name:<12}{timing.docs:>6}{timing.chars:>11}{timing.seconds:>10.1f}'
                     f'{ratio(timing.seconds, timing.docs):>8.3f}{ratio(timing.chars, timing.seconds):>10.0f}')
    lines.append(f'  extractor failures: {len(total.failures)}')
    lines += [f'    {failure}' for failure in total.failures[:10]]
    return lines


ERRORS_HEADER = (f'Error samples: up to {SAMPLES} per category, every k-th of the full list; '
                 f'[[span]] with ±{CONTEXT} characters, ¶ = line break.')


def write_errors(path: str, errors: dict[str, list[str]], header: str = ERRORS_HEADER, pick=None) -> None:
    """Each category of lines under its own heading; `pick` chooses the lines shown (a sample by default)."""
    pick = pick or select
    with open(path, 'w', encoding='utf-8') as handle:
        handle.write(f'{header}\n')
        for category, lines in errors.items():
            shown = pick(lines)
            handle.write(f'\n== {category} ({len(lines)} total, {len(shown)} shown) ==\n')
            handle.writelines(f'{line}\n' for line in shown)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('data_dir', help='folder holding nerel-train/ and factrueval-dev/')
    parser.add_argument('--limit', type=int, help='first N documents of each dataset')
    parser.add_argument('--docs', help='file listing the document names to use, one a line')
    parser.add_argument('--errors', help='write samples of misses and false positives to this file')
    args = parser.parse_args(argv)

    data = Path(args.data_dir)
    wanted = wanted_names(args.docs)
    nerel = load_nerel(data / 'nerel-train', wanted, args.limit)
    books = load_factrueval(data / 'factrueval-dev', wanted, args.limit)
    extractor = Extractor()
    timings = {'NEREL': Timing(), 'factRuEval': Timing()}
    run_extractor(extractor, nerel, timings['NEREL'])
    run_extractor(extractor, [book.doc for book in books], timings['factRuEval'])

    errors: dict[str, list[str]] = {}
    selection = f'--limit {args.limit}' if args.limit else 'all documents'
    if wanted is not None:
        selection += f', --docs {args.docs} ({len(wanted)} names)'
    report = [f'Entity quality by span overlap: {data} ({selection})', '',
              *nerel_report(nerel, errors), '', *factrueval_report(books, errors), '', *timing_report(timings)]
    print('\n'.join(report))
    if args.errors:
        write_errors(args.errors, errors)
    return 0


if __name__ == '__main__':
    sys.exit(main())
