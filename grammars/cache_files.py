"""Files kept between runs in the user's cache folder, read back only where nobody else can have made them.

What is kept saves work, never changes a record: a file is read back only where

- its folder is the user's own (owned by them, writable by no one else), and so is every folder above
  it, or the folder above is root's or a sticky one like /tmp: whoever can write there could put a file
  in, and a rules file is a pickle, which runs code when read;
- the file is a plain file of the user's own, writable by no one else;
- its keyed checksum is right: an HMAC-SHA256 of the file's name and content under a key that only the
  user can read (`key` in the folder), so that a file damaged on disk, cut short, renamed or written by
  another program is built afresh rather than read in part.

Where the folder fails a check nothing is read from it or written to it, and every run builds what it
needs. Plain data (lexicons, paradigms, trigger words) is kept as JSON, which cannot run code at all.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import stat
import tempfile
from pathlib import Path

KEY_FILE = 'key'
KEY_BYTES = 32
DIGEST_BYTES = hashlib.sha256().digest_size


def cache_folder() -> Path | None:
    """`$NEWS_EVENTS_CACHE`, else `$XDG_CACHE_HOME/news-events-ru`, else `~/.cache/news-events-ru`; None
    where there is no home to keep it in (HOME set empty: not the working folder, nor `/.cache`)."""
    given = os.environ.get('NEWS_EVENTS_CACHE')
    if given:
        return Path(given).absolute()
    xdg = os.environ.get('XDG_CACHE_HOME', '')
    if os.path.isabs(xdg):  # the XDG spec: a relative path is invalid and is ignored
        return Path(xdg) / 'news-events-ru'
    if os.environ.get('HOME', '/') == '' or not os.path.isabs(home := os.path.expanduser('~')):
        return None  # Python reads an empty HOME as `/`
    return Path(home) / '.cache' / 'news-events-ru'


def users_own(info: os.stat_result) -> bool:
    return info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def trusted_folder(folder: Path) -> bool:
    """The folder is the user's own and nobody else can swap it or a folder above it."""
    try:
        real = Path(os.path.realpath(folder))
        info = os.stat(real)
        if not stat.S_ISDIR(info.st_mode) or not users_own(info):
            return False
        for above in real.parents:
            info = os.stat(above)
            if info.st_uid not in (0, os.geteuid()):
                return False
            if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and not info.st_mode & stat.S_ISVTX:
                return False
    except OSError:
        return False
    return True


def folder_key(folder: Path, create: bool) -> bytes | None:
    """The folder's key; where there is none, or one that others could read or write, a new one if
    `create` is set."""
    path = folder / KEY_FILE
    try:
        with open_own(path) as stream:
            private = not os.fstat(stream.fileno()).st_mode & (stat.S_IRWXG | stat.S_IRWXO)
            key = stream.read(KEY_BYTES + 1)
    except FileNotFoundError:
        return new_key(path, doubtful=False) if create else None
    except OSError:
        private, key = False, b''
    if private and len(key) == KEY_BYTES:
        return key
    return new_key(path, doubtful=True) if create else None


def new_key(path: Path, doubtful: bool) -> bytes | None:
    """A fresh key where there was none, or in place of a doubtful one: what the old one signed is built
    afresh. Of two processes making the first key at once, both take the one linked first."""
    made = write_file(path.parent, secrets.token_bytes(KEY_BYTES))
    if made is None:
        return None
    try:
        (os.replace if doubtful else os.link)(made, path)
    except FileExistsError:
        pass
    except OSError:
        return None
    finally:
        Path(made).unlink(missing_ok=True)
    return folder_key(path.parent, create=False)


class NotOwn(OSError):
    """A file another user owns, others can write, or that is not a plain file."""


def open_own(path: Path):
    stream = open(os.open(path, os.O_RDONLY | os.O_NOFOLLOW), 'rb')
    info = os.fstat(stream.fileno())
    if not stat.S_ISREG(info.st_mode) or not users_own(info):
        stream.close()
        raise NotOwn(f'{path}: not a file of the user alone')
    return stream


def signature(key: bytes, name: str, content: bytes) -> bytes:
    return hmac.new(key, name.encode() + b'\0' + content, hashlib.sha256).digest()


def read(path: Path) -> bytes | None:
    """The content `write` put at `path`, or None where there is none whole that can be trusted."""
    folder = path.parent
    if not trusted_folder(folder):
        return None
    key = folder_key(folder, create=False)
    if key is None:
        return None
    try:
        with open_own(path) as stream:
            data = stream.read()
    except OSError:
        return None
    content = data[DIGEST_BYTES:]
    return content if hmac.compare_digest(data[:DIGEST_BYTES], signature(key, path.name, content)) else None


def write(path: Path, content: bytes) -> None:
    """Keep `content` at `path`, signed; nothing where the folder cannot be made the user's own."""
    folder = path.parent
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return
    if not trusted_folder(folder):
        return
    key = folder_key(folder, create=True)
    made = key and write_file(folder, signature(key, path.name, content) + content)
    if made:
        try:
            os.replace(made, path)  # processes starting together each write a whole file or none
        except OSError:
            Path(made).unlink(missing_ok=True)


def write_file(folder: Path, data: bytes) -> str | None:
    """A new file of the user alone (mode 0600) in `folder` holding `data`: its name, or None."""
    try:
        stream = tempfile.NamedTemporaryFile('wb', dir=folder, delete=False, prefix='.new-')
    except OSError:
        return None
    try:
        with stream:
            stream.write(data)
    except OSError:  # a full disk: the part written is no file to keep
        Path(stream.name).unlink(missing_ok=True)
        return None
    return stream.name


def read_json(path: Path):
    content = read(path)
    if content is None:
        return None
    try:
        return json.loads(content.decode('utf-8'))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None


def write_json(path: Path, value) -> None:
    """Keep `value` where it reads back as it is (a YAML date or a number key would come back a string)."""
    text = json.dumps(value, ensure_ascii=False, separators=(',', ':'))
    if json.loads(text) == value:
        write(path, text.encode('utf-8'))
