"""Command line: `news-events extract PATH...` and `news-events try RULE TEXT` (or `python -m extractor ...`)."""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import ExitStack, closing
from datetime import date

from extractor import __version__
from extractor.cluster import ClusterError
from extractor.inputs import READERS, count_inputs, output_clash
from extractor.output import OutputError, Writer
from extractor.parse import RuleNotFound
from extractor.progress import one_line
from extractor.records import SCOPES
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


def scope_list(value: str) -> frozenset[str]:
    """«diplomatic,domestic»: the scopes whose events are shown."""
    wanted = frozenset(part.strip() for part in value.split(',') if part.strip())
    unknown = sorted(wanted - set(SCOPES))
    if unknown or not wanted:
        raise argparse.ArgumentTypeError(f'{value!r}: scopes are {", ".join(SCOPES)}, separated by commas')
    return wanted


def arguments(argv: list[str] | None, prog: str | None = None) -> argparse.Namespace:
    top = argparse.ArgumentParser(prog=prog or program_name(), description=__doc__)
    top.add_argument('--version', action='version', version=f'%(prog)s {__version__}')
    commands = top.add_subparsers(dest='command', required=True)
    extract = commands.add_parser('extract', help='extract events (and entities) from texts')
    extract.add_argument('paths', nargs='+', metavar='PATH',
                         help='files, directories (their *.txt, or *.jsonl for jsonl input), or - for stdin')
    extract.add_argument('--format', choices=('table', 'jsonl', 'html'), default='table')
    extract.add_argument('--input-format', choices=tuple(READERS), default='text',
                         help='text: a file is a document; jsonl: a line {"id", "text", "date"} is a document')
    extract.add_argument('-o', '--output', metavar='FILE', help='write the output to FILE instead of stdout')
    extract.add_argument('--db', metavar='FILE', help='also store the records in this SQLite database')
    extract.add_argument('--quiet', action='store_true', help='no progress bar on stderr (errors still show)')
    extract.add_argument('--date', type=iso_date, help='the date relative dates refer to (YYYY-MM-DD)')
    extract.add_argument('--entities', action='store_true', help='list every entity mention too')
    extract.add_argument('--trace', action='store_true', help='show the rule trace of each record')
    extract.add_argument('--scope', type=scope_list, default=frozenset(SCOPES), metavar='LIST',
                         help=f'only the events of these scopes, separated by commas ({",".join(SCOPES)}; default all)')
    extract.add_argument('--jobs', type=positive, default=None, metavar='N',
                         help='processes (default: one per core, one for a small batch); output is the same for any N')
    extract.add_argument('--dask', metavar='SCHEDULER_ADDRESS',
                         help='extract on the Dask cluster of this scheduler (tcp://HOST:8786) instead of --jobs')
    extract.add_argument('--debug', action='store_true', help='show tracebacks')
    trial = commands.add_parser('try', help='run one grammar rule on a phrase and show its trace')
    trial.add_argument('rule', help='a rule path such as grammars.person.PERSON')
    trial.add_argument('text', help='the phrase')
    trial.add_argument('--date', type=iso_date, help='anchor for relative dates')
    trial.add_argument('--debug', action='store_true', help='show tracebacks')
    options = top.parse_args(argv)
    if options.command == 'extract':  # refused before anything is opened for writing
        clash = output_clash(options.output, options.db, options.paths, options.input_format)
        if clash:
            extract.error(clash)
    if options.command == 'extract' and options.jobs is None:
        from extractor.batch import jobs_by_size
        options.jobs = jobs_by_size(options.paths, options.input_format)
    return options


def program_name() -> str:
    """The program as it was started: `news-events` for the console script; `python -m extractor` for
    the module, whose `sys.argv[0]` names its `__main__.py` (as it does for a test runner run so)."""
    started = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ''
    return 'python -m extractor' if started in ('', '__main__.py', '-c') else started


def run_extract(options: argparse.Namespace) -> int:
    from extractor import batch
    from extractor.progress import Progress

    job = batch.Job(date=options.date, entities=options.entities, trace=options.trace or options.format == 'html')
    shown = not options.quiet and sys.stderr.isatty()
    total = count_inputs(options.paths, options.input_format) if shown else None
    documents = total if shown or options.jobs == 1 else count_inputs(options.paths, options.input_format,
                                                                        at_most=options.jobs)
    failed = 0
    with ExitStack() as stack:
        items = READERS[options.input_format](options.paths)
        if options.dask:  # connected first: no scheduler there leaves no empty output file behind
            from extractor.cluster import cluster_results, connect
            results = cluster_results(items, job, stack.enter_context(connect(options.dask)))
        else:
            results = batch.extract_all(items, job, jobs=batch.capped_jobs(options.jobs, documents))
        sinks = open_sinks(options, stack)
        progress = stack.enter_context(Progress(sys.stderr, total, shown))
        stored: set[str] = set()  # a database keys a document by its name: a second would replace the first
        for result in results:
            if result.error:
                failed += 1
                progress.message(f'error: {result.error}')
            elif options.db and result.name in stored:
                failed += 1
                progress.message(f'error: {result.name}: document id given twice in this run; the first is kept')
            else:
                if options.db:
                    stored.add(result.name)
                # a result without an error holds its records and its text
                assert result.document is not None and result.text is not None
                document = result.document.with_scopes(options.scope)
                for sink in sinks:
                    sink.write(document, result.text)
            progress.step()
    return 1 if failed else 0


def open_sinks(options: argparse.Namespace, stack: ExitStack) -> list[Writer]:
    """Where each document's records go: the `--format` writer (stdout or `-o FILE`), then `--db`."""
    from extractor.output import WRITERS, output_stream

    databases: list[Writer] = []
    if options.db:  # opened first: a database that cannot be used leaves no empty output file behind
        from extractor.db import DatabaseWriter
        databases.append(stack.enter_context(closing(DatabaseWriter(options.db))))
    stream = stack.enter_context(output_stream(options.output))
    writer: Writer = WRITERS[options.format](stream, options.trace)
    return [stack.enter_context(closing(writer)), *databases]


def main(argv: list[str] | None = None, prog: str | None = None) -> int:
    options = arguments(argv, prog)
    try:
        if options.command == 'try':
            from extractor.output import output_stream
            from extractor.show import try_rule
            with output_stream(None) as stream:
                stream.write(try_rule(options.rule, options.text, options.date) + '\n')
                stream.flush()
            return 0
        return run_extract(options)
    except (RuleNotFound, LexiconError, OutputError, ClusterError) as error:
        if options.debug:
            raise
        print(f'error: {one_line(str(error))}', file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print('error: interrupted', file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader (`| head`) is gone: nothing more to say
        sys.stderr.close()
        return 0
    except Exception as error:
        if options.debug:
            raise
        print(f'error: {type(error).__name__}: {one_line(str(error))}', file=sys.stderr)
        return 1
