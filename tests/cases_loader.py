"""Reads tests/cases/<module>.yml: the per-phrase cases of one grammar module each."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

CASES_DIR = Path(__file__).parent / 'cases'
GRAMMARS_DIR = Path(__file__).parent.parent / 'grammars'
NOT_GRAMMARS = {'__init__', 'lexicon', 'gazetteer'}


@dataclass(frozen=True)
class Case:
    id: str
    module: str
    rule: str
    text: str
    match: bool = True
    span: str | None = None
    fact: dict = field(default_factory=dict)
    trace: tuple[str, ...] = ()
    date: str | None = None

    @property
    def path(self) -> str:
        return f'grammars.{self.module}.{self.rule}'


def plain(value):
    """YAML reads 2025-11-27 as a date; the records carry ISO strings."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def grammar_modules() -> list[str]:
    return sorted(path.stem for path in GRAMMARS_DIR.glob('*.py') if path.stem not in NOT_GRAMMARS)


def module_rules(module: str) -> list[str]:
    """The UPPER_SNAKE names a grammar module assigns at top level: its own rules."""
    tree = ast.parse((GRAMMARS_DIR / f'{module}.py').read_text(encoding='utf-8'))
    names = []
    for statement in tree.body:
        if isinstance(statement, ast.Assign):
            for target in statement.targets:
                if isinstance(target, ast.Name) and target.id.isupper():
                    names.append(target.id)
    return names


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(CASES_DIR.glob('*.yml')):
        for raw in yaml.safe_load(path.read_text(encoding='utf-8')) or []:
            raw = plain(raw)
            cases.append(Case(
                id=raw['id'], module=path.stem, rule=raw['rule'], text=raw['text'],
                match=raw.get('match', True), span=raw.get('span'), fact=raw.get('fact') or {},
                trace=tuple(raw.get('trace') or ()), date=raw.get('date'),
            ))
    return cases
