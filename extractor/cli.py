"""Command line: `python -m extractor extract PATH...` and `python -m extractor try RULE TEXT`."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from extractor.inputs import inputs
from extractor.parse import RuleNotFound
from grammars.lexicon import LexiconError


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f'{value!r} is not a date like 2025-10-22') from None


def positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f'{value!r} is not a whole number of 1 or more')
    return int(value)


def arguments(argv: list[str] | None) -> argparse.Namespace:
    top = argparse.ArgumentParser(prog='python -m extractor', description=__doc__)
    commands = top.add_subparsers(dest='command', required=True)
    extract = commands.add_parser('extract', help='extract events (and entities) from texts')
    extract.add_argument('paths', nargs='+', metavar='PATH', help='files, directories of *.txt, or - for stdin')
    extract.add_argument('--format', choices=('table', 'jsonl', 'html'), default='table')
    extract.add_argument('--date', type=iso_date, help='the date relative dates refer to (YYYY-MM-DD)')
    extract.add_argument('--entities', action='store_true', help='list every entity mention too')
    extract.add_argument('--trace', action='store_true', help='show the rule trace of each record')
    extract.add_argument('--jobs', type=positive, default=None, metavar='N',
                         help='processes to run (default: one per core); output is the same for any N')
    extract.add_argument('--debug', action='store_true', help='show tracebacks')
    trial = commands.add_parser('try', help='run one grammar rule on a phrase and show its trace')
    trial.add_argument('rule', help='a rule path such as grammars.person.PERSON')
    trial.add_argument('text', help='the phrase')
    trial.add_argument('--date', type=iso_date, help='anchor for relative dates')
    trial.add_argument('--debug', action='store_true', help='show tracebacks')
    options = top.parse_args(argv)
    if options.command == 'extract' and options.jobs is None:
        from extractor.batch import default_jobs
        options.jobs = default_jobs()
    return options


def run_extract(options: argparse.Namespace) -> int:
    from extractor.batch import Job, extract_all
    from extractor.output import WRITERS

    job = Job(date=options.date, entities=options.entities, trace=options.trace or options.format == 'html')
    writer = WRITERS[options.format](sys.stdout, options.trace)
    failed = 0
    for result in extract_all(inputs(options.paths), job, jobs=options.jobs):
        if result.error:
            failed += 1
            print(f'error: {result.error}', file=sys.stderr)
            continue
        writer.write(result.document, result.text)
    writer.close()
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    options = arguments(argv)
    try:
        if options.command == 'try':
            from extractor.show import try_rule
            print(try_rule(options.rule, options.text, options.date))
            return 0
        return run_extract(options)
    except (RuleNotFound, LexiconError) as error:
        if options.debug:
            raise
        print(f'error: {error}', file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader (`| head`) is gone: nothing more to say
        sys.stderr.close()
        return 0
    except Exception as error:
        if options.debug:
            raise
        print(f'error: {type(error).__name__}: {error}', file=sys.stderr)
        return 1
