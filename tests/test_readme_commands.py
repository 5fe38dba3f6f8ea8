"""README's examples run as written, and README and docs/ stand alone.

Each fenced `sh` block of README (but the two install lines at its top, which CI runs first, and the
commands that measure on the development data beside the repository, `../shared/dev`, which a checkout
need not have) runs as one bash script from the repository root and must exit 0; so does each `python`
block. A block that starts a server in the background (the Dask scheduler and workers) has it stopped
with the block's process group.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / 'README.md'
FENCE = re.compile(r'^```(\w*)\n(.*?)^```', re.M | re.S)
LINK = re.compile(r'\]\(([^)\s]+)\)')
# what README's commands write in the repository root; .gitignore lists them too
WRITTEN = ('events.jsonl', 'events.sqlite', 'events.sqlite-wal', 'events.sqlite-shm', 'report.html')
# the install lines of README's first block: CI runs them, before this test
INSTALL_LINES = 2
# the slowest block, the Dask example, takes some seconds; a hung one must not hold CI
TIMEOUT = 900


def blocks(language: str) -> list[str]:
    return [body for fence, body in FENCE.findall(README.read_text(encoding='utf-8')) if fence == language]


def shell_blocks() -> list[str]:
    first, *rest = blocks('sh')
    install, after = first.splitlines()[:INSTALL_LINES], first.splitlines()[INSTALL_LINES:]
    assert all('pip install' in line for line in install), install
    return [block for block in ['\n'.join(after), *rest] if block.strip() and '../shared/' not in block]


def block_id(block: str) -> str:
    """The first command's first words, ASCII: pytest escapes Cyrillic ids."""
    words = block.strip().split()[:4]
    return '-'.join(word for word in words if word.isascii())


def environment() -> dict[str, str]:
    """This test's Python first on PATH, so that `python`, `news-events` and `dask` are this environment's."""
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get('PATH', '')])
    return {**os.environ, 'PATH': path}


@pytest.fixture
def repository_left_clean():
    before = {name for name in WRITTEN if (ROOT / name).exists()}
    yield
    for name in set(WRITTEN) - before:
        (ROOT / name).unlink(missing_ok=True)


def run(arguments: list[str]) -> subprocess.CompletedProcess:
    """Output goes to files, not pipes: a server the block leaves in the background holds them open."""
    with tempfile.TemporaryFile('w+') as stdout, tempfile.TemporaryFile('w+') as stderr:
        process = subprocess.Popen(arguments, cwd=ROOT, env=environment(), stdin=subprocess.DEVNULL,
                                   stdout=stdout, stderr=stderr, text=True, start_new_session=True)
        try:
            process.wait(timeout=TIMEOUT)
        finally:  # what the block left running in the background (a scheduler, its workers) ends with it
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            process.kill()
            process.wait()
        stdout.seek(0)
        stderr.seek(0)
        return subprocess.CompletedProcess(arguments, process.returncode, stdout.read(), stderr.read())


def test_readme_has_the_blocks_this_test_runs():
    assert len(shell_blocks()) == 5  # and the quality benchmark, on ../shared/dev
    assert len(blocks('python')) == 4


@pytest.mark.parametrize('block', shell_blocks(), ids=block_id)
def test_shell_block_runs_as_written(block, repository_left_clean):
    finished = run(['bash', '-e', '-o', 'pipefail', '-c', block])
    assert finished.returncode == 0, f'{block}\n--- stderr:\n{finished.stderr[-3000:]}'


@pytest.mark.parametrize('code', blocks('python'), ids=block_id)
def test_python_block_runs_as_written(code):
    finished = run([sys.executable, '-c', code])
    assert finished.returncode == 0, f'{code}\n--- stderr:\n{finished.stderr[-3000:]}'


def documents() -> list[Path]:
    return [README, *sorted((ROOT / 'docs').glob('*.md'))]


@pytest.mark.parametrize('page', documents(), ids=lambda page: page.name)
def test_links_stay_inside_the_repository(page):
    text = page.read_text(encoding='utf-8')
    assert not re.search(r'https?://', text), f'{page.name} links outside the repository'
    for target in LINK.findall(text):
        file = (page.parent / target.partition('#')[0]).resolve()
        assert file.is_relative_to(ROOT) and file.exists(), f'{page.name}: {target} is not a file of the repository'


def test_the_contract_is_the_projects_own_copy():
    contract = (ROOT / 'docs' / 'event-schema.md').read_text(encoding='utf-8')
    assert contract.startswith('# Event record contract\n')
    assert '../shared/event-schema.md' not in ''.join(page.read_text(encoding='utf-8') for page in documents())
