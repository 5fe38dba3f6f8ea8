"""The cache folder is read only where nobody else can have written it, and only as it was written: a
file damaged, changed, or put there by another user is built afresh, never read in part or run."""

import os
import pickle
import random
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import kept_rules
from extractor.morph import analyzer
from extractor.parse import process_objects, standard_roots, standard_starts
from extractor.triggers import built_trigger_words
from grammars import lexicon, paradigms


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / 'cache'
    monkeypatch.setenv('NEWS_EVENTS_CACHE', str(folder))
    return folder


def as_sets(found: dict) -> dict:
    return {kind: set(needs) for kind, needs in found.items()}


def kept_triggers(build) -> dict:
    return kept_rules.kept('triggers', build, analyzer().raw, *codec())


def codec():
    """What `trigger_words` keeps its file with (the arguments after `morph`), as far as it takes any."""
    from extractor import triggers
    return tuple(getattr(triggers, name) for name in ('as_lists', 'from_lists') if hasattr(triggers, name))


def kept_file(cache: Path, kind: str) -> Path:
    [path] = cache.glob(f'{kind}-*')
    return path


class Counted:
    def __init__(self):
        self.calls = 0
        self.value = built_trigger_words()

    def __call__(self):
        self.calls += 1
        return self.value


def test_three_flipped_bytes_in_the_trigger_words_mean_they_are_worked_out_again(cache):
    build = Counted()
    kept_triggers(build)
    path = kept_file(cache, 'triggers')
    whole = path.read_bytes()
    for seed in range(20):
        damaged = bytearray(whole)
        chance = random.Random(seed)
        for _ in range(3):
            damaged[chance.randrange(len(damaged))] ^= 1 << chance.randrange(8)
        path.write_bytes(bytes(damaged))
        assert as_sets(kept_triggers(build)) == as_sets(build.value), seed
    assert build.calls == 21


def test_a_word_changed_in_a_kept_lexicon_is_not_read(cache, tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, 'LEXICON_DIR', tmp_path)
    (tmp_path / 'toy.yml').write_text('titles: [посол]\n', encoding='utf-8')
    lexicon.load.cache_clear()
    assert lexicon.load('toy') == {'titles': ['посол']}
    path = kept_file(cache, 'lexicon-toy')
    path.write_bytes(path.read_bytes().replace('посол'.encode(), 'консу'.encode()))
    lexicon.load.cache_clear()
    assert lexicon.load('toy') == {'titles': ['посол']}
    lexicon.load.cache_clear()


def test_paradigms_lexicons_and_trigger_words_are_kept_as_json_not_pickles(cache):
    morph = analyzer().raw
    paradigms.write(morph, {'Астана': frozenset({'астана', 'астане'})})
    kept_triggers(built_trigger_words)
    for kind in ('paradigms', 'triggers'):
        assert kept_file(cache, kind).suffix == '.json'
    assert paradigms.read(morph) == {'Астана': frozenset({'астана', 'астане'})}


def test_a_pickle_put_in_the_folder_is_never_run(cache, tmp_path):
    kept_rules.write(standard_starts(), process_objects())
    marker = tmp_path / 'ran'
    planted = pickle.dumps(Planted(str(marker)))
    kept_rules.rules_file(process_objects()).write_bytes(planted)
    assert kept_rules.read(standard_roots(), process_objects()) is None
    assert not marker.exists()


class Planted:
    def __init__(self, path: str):
        self.path = path

    def __reduce__(self):
        return os.mkdir, (self.path,)


def rules_read() -> bool:
    return kept_rules.read(standard_roots(), process_objects()) is not None


def test_rules_are_read_back_from_a_folder_of_the_users_own(cache):
    kept_rules.write(standard_starts(), process_objects())
    assert rules_read()


@pytest.mark.parametrize('mode', [0o777, 0o770, 0o722])
def test_a_folder_others_can_write_is_not_read(cache, mode):
    kept_rules.write(standard_starts(), process_objects())
    cache.chmod(mode)
    assert not rules_read()


def test_a_file_others_can_write_is_not_read(cache):
    kept_rules.write(standard_starts(), process_objects())
    kept_rules.rules_file(process_objects()).chmod(0o666)
    assert not rules_read()


def test_a_file_of_another_user_is_not_read(cache, monkeypatch):
    kept_rules.write(standard_starts(), process_objects())
    path = kept_rules.rules_file(process_objects())
    if os.geteuid() == 0:
        os.chown(path, 4321, 4321)
    else:  # only root can give a file away: the process takes another user's place instead
        monkeypatch.setattr(os, 'geteuid', lambda: os.getuid() + 1)
    assert not rules_read()


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch, tmp_path):
    monkeypatch.delenv('NEWS_EVENTS_CACHE', raising=False)
    monkeypatch.setenv('HOME', str(tmp_path))
    monkeypatch.setenv('XDG_CACHE_HOME', 'relative/cache')
    assert paradigms.cache_path(analyzer().raw).parent == tmp_path / '.cache' / 'news-events-ru'
    monkeypatch.setenv('XDG_CACHE_HOME', str(tmp_path / 'xdg'))
    assert paradigms.cache_path(analyzer().raw).parent == tmp_path / 'xdg' / 'news-events-ru'


def test_an_empty_home_keeps_nothing_in_the_working_folder(monkeypatch, tmp_path):
    monkeypatch.delenv('NEWS_EVENTS_CACHE', raising=False)
    monkeypatch.delenv('XDG_CACHE_HOME', raising=False)
    monkeypatch.setenv('HOME', '')
    monkeypatch.chdir(tmp_path)
    assert paradigms.cache_path(analyzer().raw) is None  # not `/.cache`, where Python puts `~` then
    paradigms.write(analyzer().raw, {'Москва': frozenset({'москва'})})
    assert list(tmp_path.iterdir()) == []
    assert paradigms.read(analyzer().raw) == {}


def test_a_save_cut_short_by_a_full_disk_leaves_no_file_behind(tmp_path):
    # a file-size limit stands in for a full disk: the write fails half way, as it would there
    folder = tmp_path / 'cache'
    script = (
        'import resource, signal, sys\n'
        'from pathlib import Path\n'
        'from grammars.cache_files import write\n'
        'signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n'
        'folder = Path(sys.argv[1])\n'
        'write(folder / "small", b"x")\n'
        'resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n'
        'write(folder / "large", b"x" * 100_000)\n'
    )
    subprocess.run([sys.executable, '-c', script, str(folder)], check=True, cwd=Path(__file__).parent.parent)
    assert sorted(path.name for path in folder.iterdir()) == ['key', 'small']
