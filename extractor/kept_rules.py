"""The grammars every extraction runs, as built for the parser, and the forms of the trigger words,
kept on disk between runs.

Turning the event and entity grammars into the BNF the parser reads (`extractor.compile`) is the
largest part of a cold start; reading that BNF back from a file takes a fraction of it
(docs/speed.md). The file is kept under a hash of everything the build reads: the sources of
`grammars` (lexicons included) and of `extractor`, yargy's sources, and the versions of Python,
pymorphy3 and its dictionary. An edited grammar or lexicon is therefore built afresh, and nothing
depends on the file: without it, or where it cannot be trusted, read or written, the grammars are built
(`grammars.cache_files` says when a file is trusted).

A rule's predicates hold the process's tokenizer and analyzer; the file names them instead of
holding a copy, and reading it back gives them this process's own.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import sys
from functools import cache
from pathlib import Path

import pymorphy3
import yargy
from yargy.pipelines import Pipeline
from yargy.predicates.constructors import NotPredicate, Predicate, PredicateScheme, PredicatesComposition
from yargy.rule.bnf import BNFRule
from yargy.rule.constructors import Production

import extractor
import grammars
from grammars import cache_files

# raise when what the file holds changes shape
FORMAT = 1
# each edit of a grammar leaves a file of some megabytes behind; a few are kept for checkouts of
# different versions that share one cache folder
FILES_KEPT = 4


@cache
def sources_key(morph) -> str:
    """A hash of what building the grammars reads, with the dictionary `morph` (pymorphy3's) uses."""
    digest = hashlib.sha256(f'{FORMAT} {sys.version} {pymorphy3.__version__}'.encode())
    for meta in ('version', 'compiled_at'):
        digest.update(str(morph.dictionary.meta.get(meta)).encode())
    for package in (grammars, extractor, yargy):
        folder = Path(str(package.__file__)).parent  # packages of files: each has its __init__.py
        for path in sorted(folder.rglob('*')):
            if path.suffix in ('.py', '.yml'):
                digest.update(path.relative_to(folder).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def file_of(kind: str, morph, suffix: str) -> Path | None:
    folder = cache_files.cache_folder()
    return folder / f'{kind}-{sources_key(morph)}.{suffix}' if folder else None


def rules_file(shared: dict[str, object]) -> Path | None:
    return file_of('rules', shared['pymorphy3'], 'pickle')


def prune(folder: Path, kind: str) -> None:
    """Remove all but the newest files of a kind."""
    try:
        found = sorted(folder.glob(f'{kind}-*'), key=lambda path: path.stat().st_mtime_ns, reverse=True)
        for path in found[FILES_KEPT:]:
            path.unlink()
    except OSError:
        pass  # another process pruned first


class SharedPickler(pickle.Pickler):
    """Writes the process's own objects (`shared`) as their names."""

    def __init__(self, stream, shared: dict[str, object]):
        super().__init__(stream, protocol=pickle.HIGHEST_PROTOCOL)
        self.names = {id(value): name for name, value in shared.items()}

    def persistent_id(self, obj):
        return self.names.get(id(obj))


class SharedUnpickler(pickle.Unpickler):
    """Reads the names `SharedPickler` wrote as the objects of this process they stand for."""

    def __init__(self, stream, shared: dict[str, object]):
        super().__init__(stream)
        self.shared = shared

    def persistent_load(self, name):
        return self.shared[name]


def kept(kind: str, build, morph, to_json, from_json):
    """What `build()` gives, read back from the file of this kind for the present sources, or built and
    kept there: plain data, kept as JSON (`to_json`; `from_json` gives it back, or None where the file
    does not hold its shape)."""
    path = file_of(kind, morph, 'json')
    found = cache_files.read_json(path) if path else None
    found = None if found is None else from_json(found)
    if found is None:
        found = build()
        if path:
            cache_files.write_json(path, to_json(found))
            prune(path.parent, kind)
    return found


def read(roots: tuple[str, ...], shared: dict[str, object]) -> dict | None:
    """The start rules of `roots` from the file, or None where it does not hold them all. The file is a
    pickle, which runs code: `cache_files.read` gives it only where nobody else can have written it,
    and only as it was written, checked, by a process of these very sources."""
    path = rules_file(shared)
    content = cache_files.read(path) if path else None
    if content is None:
        return None
    try:
        found = SharedUnpickler(io.BytesIO(content), shared).load()
    except Exception:  # a pickle of these sources that fails to load: then the rules are built
        return None
    if not isinstance(found, dict) or any(not isinstance(found.get(root), BNFRule) for root in roots):
        return None
    return found


def write(starts: dict, shared: dict[str, object]) -> None:
    """Save the start rules of the roots together, so that the parts they share are read back shared;
    only rules checked ready for the parser: a broken build kept would break every later run."""
    path = rules_file(shared)
    if path is None or not all(ready_for_parser(start) for start in starts.values()):
        return
    stream = io.BytesIO()
    try:
        SharedPickler(stream, shared).dump(starts)
    except (pickle.PicklingError, TypeError, AttributeError):
        return  # a rule holding what cannot be saved (a lambda, say) is built in every process instead
    cache_files.write(path, stream.getvalue())
    prune(path.parent, 'rules')


def ready_for_parser(start) -> bool:
    """Whether a start rule is whole BNF: rules, productions and activated predicates, as `Compiler.start`
    leaves them. A build that two threads ran at once left yargy's schemes in it (a predicate never
    activated raises NotImplementedError on every word; a gazetteer's scheme has no `keys`)."""
    if not isinstance(start, BNFRule):
        return False
    seen = {id(start)}
    stack = [start]
    while stack:
        item = stack.pop()
        for child in item.productions if isinstance(item, BNFRule) else item.terms:
            if isinstance(child, (BNFRule, Production)):
                if id(child) not in seen:
                    seen.add(id(child))
                    stack.append(child)
            elif not activated(child):
                return False
    return True


def activated(term) -> bool:
    if isinstance(term, (PredicateScheme, Pipeline)) or not isinstance(term, Predicate):
        return False
    if isinstance(term, PredicatesComposition):
        return all(activated(part) for part in term.predicates)
    return not isinstance(term, NotPredicate) or activated(term.predicate)
