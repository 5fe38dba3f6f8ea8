"""Where a pool of processes starts to pay off: wall time of the command line on the first N texts of a
folder, with one process and with two, the fastest of a few runs each.

    python benchmarks/pool_break_even.py FOLDER [--counts 1,2,4,8,16,32] [--runs 3]

The figures printed are what `batch.SMALL_BATCH_*` are chosen by (extractor/batch.py says them).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path


def wall_time(paths: list[Path], jobs: int, runs: int) -> float:
    best = float('inf')
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, '-m', 'extractor', 'extract', '--format', 'jsonl', '--quiet',
                        '--jobs', str(jobs), *map(str, paths)], check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('folder')
    parser.add_argument('--counts', default='1,2,4,8,16,32')
    parser.add_argument('--runs', type=int, default=3)
    options = parser.parse_args()
    texts = sorted(Path(options.folder).glob('*.txt'))
    print('texts  chars  1 process  2 processes')
    for count in map(int, options.counts.split(',')):
        paths = texts[:count]
        chars = sum(len(path.read_text(encoding='utf-8')) for path in paths)
        one, two = wall_time(paths, 1, options.runs), wall_time(paths, 2, options.runs)
        print(f'{count:5}  {chars:6}  {one:8.2f} s  {two:8.2f} s')


if __name__ == '__main__':
    main()
