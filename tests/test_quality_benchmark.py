"""benchmarks/quality_events.py against a stand-in for DEV/gold/evaluate that prints what score.py prints."""

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / 'benchmarks' / 'quality_events.py'
SPEC = importlib.util.spec_from_file_location('quality_events', SCRIPT)
quality_events = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(quality_events)

SECTION = """=== {name}
gold /tmp/x/{name}.gold.jsonl: 60 docs, 244 events (+110 optional); predictions for 60 of these docs (...)
  events                  gold  pred    tp       P     R    F1
  visit                     54    55    54    0.98  1.00  0.99
  call                      16    13    13    1.00  0.81  0.90
  all (typed)              244   248   238    0.96  0.98  0.97
  diplomatic (no appt)     216   220   211    0.96  0.98  0.97
  args, matched events    gold  pred    tp
  agents                   309   279   209    0.75  0.68  0.71
  all (agents+place+time)   472   487   333    0.68  0.71  0.69
  diplomatic (no appt)     429   439   300    0.68  0.70  0.11
  person normal          125/165 correct = 0.76
  modality               221/284 correct = 0.78
  scope of matched       197/238 correct = 0.83
OVERALL event-F1=0.97 arg-F1=0.69 dipl-event-F1=0.97 dipl-arg-F1=0.11 span-mismatches=0
"""
SUMMARY = '\n{name} event-F1=0.97 arg-F1=0.69 dipl-event-F1=0.97 dipl-arg-F1=0.11 span-mismatches=0\n'


def fake_dev(tmp_path: Path, exit_status: int = 0) -> Path:
    """DEV/gold/evaluate that notes its arguments and $PYTHON, then prints one set."""
    gold = tmp_path / 'dev' / 'gold'
    gold.mkdir(parents=True)
    report = SECTION.format(name='news') + SUMMARY.format(name='news')
    (gold / 'evaluate').write_text(
        f'#!/usr/bin/env bash\nprintf "%s\\n" "$@" "$PYTHON" > "{tmp_path}/called"\n'
        f"cat <<'EOF'\n{report}EOF\nexit {exit_status}\n", encoding='utf-8')
    return tmp_path / 'dev'


def test_table_of_the_evaluators_figures(tmp_path, capsys):
    assert quality_events.main([str(fake_dev(tmp_path)), '--jobs', '3', '--errors', str(tmp_path / 'e')]) == 0
    lines = capsys.readouterr().out.splitlines()
    command, *rest = (tmp_path / 'called').read_text(encoding='utf-8').splitlines()
    assert command.endswith('-m extractor extract --format jsonl --jobs 3') and sys.executable in command
    assert rest == ['--errors', str(tmp_path / 'e'), sys.executable]
    figures = {line[:30].strip(): line[30:].strip() for line in lines if line.startswith(' ') or '  ' in line}
    assert figures['event F1 (P / R)'] == '0.97 (0.96 / 0.98)'
    assert figures['call'] == '0.90 (1.00 / 0.81)'
    assert figures['signing'] == '-'
    assert figures['arg F1 (P / R)'] == '0.69 (0.68 / 0.71)'
    assert figures['person normal'] == '0.76 (125/165)'
    assert figures['scope agreement'] == '0.83 (197/238)'
    assert lines[-2] == SUMMARY.format(name='news').strip()


@pytest.mark.parametrize('case, message', [
    ('no dev folder', 'no such folder'),
    ('no evaluator', 'the evaluator is missing'),
    ('evaluator fails', 'failed with exit status 1'),
])
def test_one_line_error(tmp_path, case, message):
    dev = tmp_path / 'missing'
    if case == 'no evaluator':
        dev.mkdir()
    elif case == 'evaluator fails':
        dev = fake_dev(tmp_path, exit_status=1)
    with pytest.raises(SystemExit) as stop:
        quality_events.main([str(dev)])
    assert str(stop.value).startswith('error: ') and message in str(stop.value)
