"""The cost of the worst sentences: hostile shapes built up to the sentence length cap, each extracted
in a fresh process.

    python benchmarks/worst_case.py [--size 2000] [--only NAME ...] [--timeout 600]

Prints, for each shape: its characters, the CPU seconds and peak memory (RSS) of `Extractor().extract`
with entities, the memory the process held before it (warmed), and the warnings the record gives;
then the worst case by CPU and by memory. The goal: no sentence over 2 s of CPU or 300 MB, whatever
its words. A case that runs past --timeout seconds is killed and shown as such.

Shapes: an event sentence of each kind (talks, visit, signing, appointment, a visit by invitation, a
call) repeated and joined by « и », by spaces and by commas; coordinated countries, lists of names,
nested genitives, runs of dates and of capitalised words, each after a trigger so that an event
grammar reads them; and a trigger word alone, again and again.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SENTENCES = {
    'talks': 'министр иностранных дел России Сергей Лавров провел переговоры с министром иностранных дел '
             'Казахстана Муратом Нуртлеу',
    'visit': 'президент Казахстана Касым-Жомарт Токаев посетит Москву с государственным визитом 12 марта 2025 года',
    'signing': 'стороны подписали соглашение о сотрудничестве в области образования между Россией и Казахстаном',
    'appointment': 'указом президента Алексей Оверчук назначен заместителем председателя правительства России',
    'invitation': 'министр иностранных дел Казахстана Мурат Нуртлеу по приглашению главы МИД России Сергея Лаврова '
                  'с официальным визитом посетил Москву',
    'call': 'Путин провел телефонный разговор с президентом Казахстана Касым-Жомартом Токаевым',
}
JOINS = {'and': ' и ', 'spaces': ' ', 'commas': ', '}
# shapes of our own: a trigger, then a run of what the grammars read into arguments
RUNS = {
    'countries-and': ('Лавров провел переговоры с коллегами из ', 'России и Казахстана и Белоруссии и Армении',
                      ' и '),
    'names-list': ('Переговоры провели ', 'Сергей Лавров, Мурат Нуртлеу, Ермек Кошербаев, Юрий Ушаков', ', '),
    'names-and': ('В переговорах участвовали ', 'Сергей Лавров и Мурат Нуртлеу и Ермек Кошербаев', ' и '),
    'genitives': ('Лавров встретился с помощником ', 'министра иностранных дел главы МИД председателя '
                  'правительства заместителя премьер-министра президента России', ' '),
    'dates': ('Лавров посетит Минск ', '22 октября 2025 года, 23 октября, 1 ноября 2026 года', ', '),
    'capitalised': ('Лавров встретился с ', 'Абвгд Еёжзи Клмно Прсту Иванов Петров Сидоров', ' '),
    'posts-and-names': ('встретился с ', 'министром иностранных дел Казахстана Муратом Нуртлеу', ' и '),
    'trigger-words': ('', 'визит', ' '),
}


def repeated(head: str, unit: str, join: str, size: int) -> str:
    """`head`, then `unit` joined by `join` again and again, cut at the last space before `size` characters
    (the words of the last unit left off are often what costs most: «... и министр ... провел»)."""
    text = head + unit
    while len(text) <= size:
        text += join + unit
    text = text[:text.rfind(' ', 0, size + 1)].rstrip(' ,')
    return text[:-2] if text.endswith(' и') else text


def shapes(size: int) -> dict[str, str]:
    found = {f'{kind}-{join_name}': repeated('', sentence, join, size)
             for kind, sentence in SENTENCES.items() for join_name, join in JOINS.items()}
    found.update({name: repeated(head, unit, join, size) for name, (head, unit, join) in RUNS.items()})
    return found


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(text: str) -> dict:
    """One case, in this process: the extractor warmed first, so that its cost is the sentence's own."""
    from extractor import Extractor
    extractor = Extractor().warm()
    before_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started, wall = cpu(), time.perf_counter()
    document = extractor.extract(text, entities=True)
    return {'chars': len(text), 'cpu': cpu() - started, 'wall': time.perf_counter() - wall,
            'peak_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 'before_mb': before_mb,
            'events': len(document.events), 'warnings': list(document.warnings)}


def in_fresh_process(name: str, size: int, timeout: float) -> dict:
    command = [sys.executable, __file__, '--case', name, '--size', str(size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return {'chars': len(shapes(size)[name]), 'timeout': timeout}
    return json.loads(done.stdout)


def row(name: str, result: dict) -> str:
    if 'timeout' in result:
        return f'{name:<22}{result["chars"]:>7,}  killed after {result["timeout"]:.0f} s'
    said = '; '.join(result['warnings']) or '—'
    return (f'{name:<22}{result["chars"]:>7,}{result["cpu"]:>9.2f}{result["peak_mb"]:>9.0f}'
            f'{result["before_mb"]:>9.0f}{result["events"]:>7}  {"yes" if result["warnings"] else "no":<4}{said}')


def report(args: argparse.Namespace) -> None:
    names = args.only or list(shapes(args.size))
    print(f'{"case":<22}{"chars":>7}{"CPU s":>9}{"peak MB":>9}{"warm MB":>9}{"events":>7}  warning')
    results = {}
    for name in names:
        results[name] = in_fresh_process(name, args.size, args.timeout)
        print(row(name, results[name]), flush=True)
    finished = {name: result for name, result in results.items() if 'timeout' not in result}
    killed = [name for name in results if name not in finished]
    if killed:
        print(f'worst: killed after {args.timeout:.0f} s: {", ".join(killed)}')
    if finished:
        slowest = max(finished, key=lambda name: finished[name]['cpu'])
        largest = max(finished, key=lambda name: finished[name]['peak_mb'])
        print(f'worst CPU: {slowest} ({finished[slowest]["cpu"]:.2f} s); worst memory: {largest} '
              f'({finished[largest]["peak_mb"]:.0f} MB peak, {finished[largest]["before_mb"]:.0f} MB before it)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--size', type=int, default=2000,
                        help='characters of each case at most (default 2000, the sentence length cap)')
    parser.add_argument('--only', nargs='*', help='run only these cases')
    parser.add_argument('--timeout', type=float, default=600, help='seconds before a case is killed')
    parser.add_argument('--case', help=argparse.SUPPRESS)  # one case, in this process: what a fresh one runs
    args = parser.parse_args()
    if args.case:
        print(json.dumps(measure(shapes(args.size)[args.case])))
    else:
        report(args)


if __name__ == '__main__':
    main()
