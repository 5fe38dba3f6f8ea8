"""Speed of the extractor against the floor: what any extractor that looks at every word must do.

    python benchmarks/speed.py ../shared/dev/nerel-train [--limit N] [--full-docs N]

Prints, for the texts of a folder: characters and documents per second of the floor (razdel
sentences and words, pymorphy3 on every word with a word cache) and of each mode (default events,
--entities, two processes), each as a ratio to the floor; start-up time (import, dictionaries and
grammars, before the first document); peak memory of a process; how much two independent default
runs side by side get done against one (the most any pool of two could); how time grows with the
corpus; and whether the fast path finds exactly the events of the plain full parse (every event
grammar on every sentence, yargy's own predictions) on the first --full-docs documents.

Each mode runs in a fresh process, so start-up and memory are its own. The modes take turns, --runs
times over (default 2), and the fastest run of each counts: this machine's speed drifts from minute
to minute. The modes find the grammars built by an earlier process in the cache folder, as every
run but the first on a machine (or the first after a grammar is edited) does; the start-up of a
first run, with an empty cache folder, is printed on a line of its own. The sources are compiled to
bytecode first, as pip does when it installs the package, so that no mode compiles them in its
start-up.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def texts_of(folder: str, limit: int | None) -> list[tuple[str, str]]:
    paths = sorted(Path(folder).glob('*.txt'))[:limit]
    return [(path.name, path.read_text(encoding='utf-8')) for path in paths]


def peak_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def floor(texts) -> dict:
    started = time.perf_counter()
    import pymorphy3
    import razdel
    morph = pymorphy3.MorphAnalyzer()
    ready = time.perf_counter()
    cache = {}
    for _, text in texts:
        for sentence in razdel.sentenize(text):
            for token in razdel.tokenize(sentence.text):
                if token.text not in cache:
                    cache[token.text] = morph.parse(token.text)
    from pymorphy3.dawg import EXTENSION_AVAILABLE
    return {'startup': ready - started, 'seconds': time.perf_counter() - ready, 'peak_mb': peak_mb(),
            'dictionary': 'C extension (DAWG2)' if EXTENSION_AVAILABLE else 'pure Python (DAWG2-Python)'}


def warmed():
    """A warmed-up extractor, and the seconds from before its import until it was ready."""
    started = time.perf_counter()
    from extractor import Extractor
    extractor = Extractor().warm()
    return extractor, time.perf_counter() - started


def events_mode(texts, entities: bool) -> dict:
    extractor, startup = warmed()
    ready = time.perf_counter()
    marks, events, size = [], 0, 0
    for number, (name, text) in enumerate(texts, 1):
        events += len(extractor.extract(text, entities=entities, doc=name).events)
        size += len(text)
        if number in (len(texts) // 4, len(texts) // 2):
            marks.append((size, time.perf_counter() - ready))
    seconds = time.perf_counter() - ready
    return {'startup': startup, 'seconds': seconds, 'peak_mb': peak_mb(), 'events': events,
            'growth': [*marks, (size, seconds)]}


def pool_mode(texts, jobs: int) -> dict:
    begun = time.perf_counter()
    from extractor.batch import Job, extract_all, extractor
    from extractor.inputs import Input
    extractor().warm()  # once, before the pool forks: the workers share what it built
    started = time.perf_counter()
    results = list(extract_all((Input(name, text) for name, text in texts), Job(), jobs=jobs))
    events = sum(len(item.document.events) for item in results)
    return {'startup': started - begun, 'seconds': time.perf_counter() - started, 'events': events,
            'peak_mb': max(peak_mb(), peak_mb(resource.RUSAGE_CHILDREN))}


def start_only() -> dict:
    return {'startup': warmed()[1]}


def cold_start() -> dict:
    """Start-up with nothing in the cache folder: lexicons, paradigms and grammars built, not read back."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ['NEWS_EVENTS_CACHE'] = folder
        return start_only()


def full_parse_check(texts) -> dict:
    from extractor import Extractor
    fast, full = Extractor(), Extractor(prefilter=False, lookahead=False)
    same, fast_events, full_events = 0, 0, 0
    for name, text in texts:
        one, other = fast.extract(text, doc=name), full.extract(text, doc=name)
        fast_events += len(one.events)
        full_events += len(other.events)
        same += one.as_json() == other.as_json()
    return {'documents': len(texts), 'identical': same, 'fast_events': fast_events, 'full_events': full_events}


def run_mode(args: argparse.Namespace) -> dict:
    if args.mode in ('cold', 'ready'):
        return cold_start() if args.mode == 'cold' else start_only()
    texts = texts_of(args.folder, args.limit)
    if args.mode == 'floor':
        return floor(texts)
    if args.mode in ('default', 'entities'):
        return events_mode(texts, args.mode == 'entities')
    if args.mode == 'jobs2':
        return pool_mode(texts, 2)
    return full_parse_check(texts[:args.full_docs])


def mode_command(mode: str, args: argparse.Namespace) -> list[str]:
    command = [sys.executable, __file__, args.folder, '--mode', mode, '--full-docs', str(args.full_docs)]
    if args.limit:
        command += ['--limit', str(args.limit)]
    return command


def in_process(mode: str, args: argparse.Namespace) -> dict:
    done = subprocess.run(mode_command(mode, args), capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(done.stdout)


def side_by_side(args: argparse.Namespace) -> dict:
    """Two default runs at once, each a process of its own that shares nothing with the other: what two
    processes on this machine can do at best, whatever the pool does."""
    runs = [subprocess.Popen(mode_command('default', args), stdout=subprocess.PIPE, text=True, cwd=ROOT)
            for _ in range(2)]
    results = [json.loads(run.communicate()[0]) for run in runs]
    return max(results, key=lambda result: result['seconds'])


MODES = ('floor', 'default', 'entities', 'jobs2', 'pair')


def line(name: str, result: dict, chars: int, docs: int, floor_seconds: float) -> None:
    """One mode's row of the table."""
    rate = chars / result['seconds']
    startup = f'{result["startup"]:.2f}' if 'startup' in result else '—'
    print(f'{name:<22}{rate:>10,.0f}{docs / result["seconds"]:>9.1f}{floor_seconds / result["seconds"]:>9.2f}'
          f'{startup:>12}{result["peak_mb"]:>9.0f}{result.get("events", "—"):>8}')


def report(args: argparse.Namespace) -> None:
    texts = texts_of(args.folder, args.limit)
    chars, docs = sum(len(text) for _, text in texts), len(texts)
    for package in ('extractor', 'grammars'):
        compileall.compile_dir(ROOT / package, quiet=1)
    in_process('ready', args)  # the cache folder filled, as after any earlier run
    print(f'corpus: {args.folder}: {docs} documents, {chars:,} characters')
    # the machine's speed drifts from minute to minute: each mode runs --runs times, taking turns with
    # the others, and its fastest run counts (as timeit takes the best of its repeats)
    runs: dict[str, list[dict]] = {mode: [] for mode in MODES}
    for _ in range(args.runs):
        for mode in MODES:
            runs[mode].append(side_by_side(args) if mode == 'pair' else in_process(mode, args))
    best = {mode: dict(min(runs[mode], key=lambda result: result['seconds'])) for mode in MODES}
    for mode in MODES:  # start-up drifts as the rest does: its best run, whichever run that was
        if 'startup' in best[mode]:
            best[mode]['startup'] = min(result['startup'] for result in runs[mode])
    base, default, entities, pool, pair = (best[mode] for mode in MODES)
    print(f'pymorphy3 dictionary: {base["dictionary"]}; the fastest of {args.runs} runs of each mode')
    print(f'{"mode":<22}{"chars/s":>10}{"docs/s":>9}{"× floor":>9}{"start-up s":>12}{"peak MB":>9}{"events":>8}')
    for name, result in (('floor (razdel+pymorphy3)', base), ('default (events)', default),
                         ('--entities', entities), ('--jobs 2', pool)):
        line(name, result, chars, docs, base['seconds'])
    print(f'two processes / one: {default["seconds"] / pool["seconds"]:.2f}×; two independent default runs at '
          f'once: {2 * default["seconds"] / pair["seconds"]:.2f}× one (the most two processes here can give)')
    cold = min(in_process('cold', args)['startup'] for _ in range(args.runs))
    print(f'start-up with an empty cache folder (a first run on a machine): {cold:.2f} s')
    print('growth (characters: seconds → chars/s): ' + '; '.join(
        f'{size:,}: {seconds:.1f} s → {size / seconds:,.0f}' for size, seconds in default['growth']))
    if args.full_docs:
        check = in_process('full', args)
        print(f'fast path vs plain full parse on the first {check["documents"]} documents: '
              f'{check["identical"]} identical; events {check["fast_events"]} vs {check["full_events"]}')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('folder', help='a folder of *.txt news texts, e.g. ../shared/dev/nerel-train')
    parser.add_argument('--limit', type=int, help='only the first N texts')
    parser.add_argument('--runs', type=int, default=2, help='runs of each mode, the fastest counts (default 2)')
    parser.add_argument('--full-docs', type=int, default=40,
                        help='documents to check against the plain full parse (slow; 0 skips; default 40)')
    parser.add_argument('--mode', choices=('floor', 'default', 'entities', 'jobs2', 'full', 'cold', 'ready'),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(run_mode(args)))
    else:
        report(args)


if __name__ == '__main__':
    main()
