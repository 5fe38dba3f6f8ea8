"""One extractor shared by threads, as a Dask worker with its default threads shares it, on a cold cache
folder: every document gives the records of a single-threaded run, and the rules the threads built and
kept give them again to the next process."""

import json
import subprocess
import sys

import pytest

from samples import ROOT, SAMPLES

dask_bag = pytest.importorskip('dask.bag')

THREADED = """
import json, sys
import dask.bag as db
from extractor.cluster import extract_bag
texts = json.loads(sys.stdin.read())
bag = extract_bag(db.from_sequence(texts, npartitions=len(texts)), date='2025-10-20', trace=True)
print(json.dumps(bag.compute(scheduler='threads', num_workers=4), ensure_ascii=False))
"""


def threaded_run(texts: list[str], cache) -> list:
    done = subprocess.run([sys.executable, '-c', THREADED], input=json.dumps(texts), capture_output=True,
                          text=True, cwd=ROOT, env={'PYTHONPATH': str(ROOT), 'NEWS_EVENTS_CACHE': str(cache),
                                                   'PATH': '/usr/bin:/bin'}, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_threads_on_a_cold_cache_and_the_next_process_give_the_single_threaded_records(tmp_path):
    from extractor.cluster import extract_bag
    texts = [path.read_text(encoding='utf-8') for path in SAMPLES] * 2
    alone = extract_bag(dask_bag.from_sequence(texts, npartitions=1), date='2025-10-20', trace=True)
    expected = alone.compute(scheduler='sync')
    assert not [record for record in expected if 'error' in record]
    assert threaded_run(texts, tmp_path / 'cache') == expected   # builds the grammars in four threads at once
    assert threaded_run(texts, tmp_path / 'cache') == expected   # reads back what they kept
