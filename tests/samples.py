"""The sample articles and the records reviewed by hand for each (tests/expected/)."""

import json
from pathlib import Path

ROOT = Path(__file__).parent.parent
SAMPLES = sorted((ROOT / 'samples').glob('*.txt'))


def reviewed(sample: Path, kind: str) -> list[dict]:
    """The reviewed `kind` records (entities, events) of a sample, one JSON object a line."""
    path = ROOT / 'tests' / 'expected' / f'{sample.stem}.{kind}.jsonl'
    return [json.loads(line) for line in path.read_text(encoding='utf-8').splitlines() if line]
