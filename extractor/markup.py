"""HTML markup in a text: a copy of the same length for the grammars, with tags and entities blanked.

News often arrives as HTML or with bits of it: «<p>Министр <b>Сергей Лавров</b> посетил&nbsp;Астану</p>».
The grammars read a masked copy in which every tag is spaces (a tag that opens or closes a block, `<p>`,
`</p>`, `<br>`, `</li>`, `<h2>`, starts with a line break, so it ends a sentence as a line break does), a
comment and the whole of a `<script>` or `<style>` element are spaces, and a character entity is its
character padded with spaces to the entity's length (`&laquo;` → six spaces and «; `&nbsp;` → six
spaces). A wiki's external link «[http://… подписал]», as texts taken from wikis keep it, is its
words: the address with its bracket and the closing bracket are spaces; and a line break a
hand-wrapped text puts inside a sentence («по итогам телефонного» / «разговора.») is a space. Being of
the same length, the copy keeps every offset: records made on it point into the original, and
`Masked.restore` gives them the original's words (a span that starts or ends inside an entity takes
the whole entity).
"""

from __future__ import annotations

import html
import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass, replace
from heapq import merge
from html.entities import html5

from extractor.records import Arg, Document, Event, Mention, Span

# a tag is `<` and an ASCII letter, `/`, `!` or `?`: «t < 5» and «<Лавров>» stay text; a tag longer than
# MAX_TAG_CHARS is text too, so that an unclosed `<a` costs a bounded look-ahead, never the rest of the text
MAX_TAG_CHARS = 2000
MARKUP = re.compile(
    r'<!--'
    rf'|<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9]{{0,15}})(?=[\s/>])[^<>]{{0,{MAX_TAG_CHARS}}}>'
    rf'|<[!?][^<>]{{0,{MAX_TAG_CHARS}}}>'
    r'|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});'
    rf'|(?P<link>\[(?:https?|ftp)://[^\s\[\]<>]{{1,{MAX_TAG_CHARS}}}[ \t])'
    r'|\]'
)
COMMENT_END = '-->'
# elements whose content is not text: blanked up to their closing tag
HIDDEN = {name: re.compile(rf'</{name}\s*>', re.IGNORECASE) for name in ('script', 'style')}
BLOCKS = frozenset((
    'address article aside blockquote body br caption dd details div dl dt figcaption figure footer form '
    'h1 h2 h3 h4 h5 h6 head header hr html li main nav ol option p pre section summary table tbody td '
    'tfoot th thead title tr ul'
).split())
# characters that stand for no visible letter: an entity of one of them is all spaces
INVISIBLE = frozenset('\xad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff')
JOIN_EVERY = 4096  # pieces of the masked copy joined at a time


@dataclass(frozen=True)
class Masked:
    """The copy the grammars read, and where the markup was in it."""

    text: str
    starts: array  # of each tag, comment or entity, in text order
    ends: array

    def restore(self, document: Document, original: str) -> Document:
        """The document's records with the original's words at their offsets."""
        spans = Respan(self, original)
        return replace(
            document,
            events=tuple(spans.event(event) for event in document.events),
            entities=None if document.entities is None else tuple(spans.arg(item) for item in document.entities),
        )


def mask(text: str) -> Masked | None:
    """The masked copy, or None when the text holds no markup (most plain news: nothing is copied)."""
    breaks = [(found.start(), found.end(), ' ') for found in HARD_BREAK.finditer(text)]
    words = list(marked_words(text)) if MARK.search(text) else []
    if '<' not in text and '&' not in text and '[' not in text and not breaks and not words:
        return None
    # joined a few thousand pieces at a time: a page of millions of tags never holds millions of strings
    chunks: list[str] = []
    pieces: list[str] = []
    starts, ends = array('q'), array('q')
    done = 0
    for start, end, stand_in in merge(markup(text), breaks, words):
        if start < done:
            continue  # a line break inside a comment or a script is blanked with it
        pieces += (text[done:start], stand_in)
        starts.append(start)
        ends.append(end)
        done = end
        if len(pieces) >= JOIN_EVERY:
            chunks.append(''.join(pieces))
            pieces.clear()
    if not starts:
        return None
    chunks.append(''.join(pieces))
    chunks.append(text[done:])
    return Masked(''.join(chunks), starts, ends)


# a line break inside a sentence, as a text wrapped by hand has them: the line before ends with no stop
# and the next opens with a small letter («по итогам телефонного» / «разговора.»); the grammars read a
# space there, so that the sentence is one
HARD_BREAK = re.compile(r'(?<=[^\s.!?…:;»"”)\]])\n(?=[а-яё]+\b(?!\|))')


# what shows no letter inside a word: a soft hyphen (as written or as an entity), a zero-width joiner or
# space, a direction mark, a stress mark, and the marks of a letter written decomposed (NFD: «и» and a breve)
MARK = re.compile(rf'[{"".join(INVISIBLE)}\u0300-\u036f]|&(?:shy|#173|#[xX]0*[aA][dD]);')
COMBINING = re.compile('[\u0300-\u036f]')


def marked_words(text: str):
    """(start, end, stand-in of the same length) for each word that holds a mark: its letters closed up
    and composed («Бер\u00adлин» → «Берлин» and a space), so that the grammars read the word («Берлин»,
    «Лавров», «Сергей») and a record's span over it takes the whole word as written."""
    done = 0
    for found in MARK.finditer(text):
        if found.start() < done:
            continue
        start = found.start()
        while start > done and (text[start - 1].isalnum() or text[start - 1] == '-'):
            start -= 1
        end = found.end()
        while end < len(text):
            if text[end].isalnum() or text[end] == '-':
                end += 1
            elif mark := MARK.match(text, end):
                end = mark.end()
            else:
                break
        yield start, end, read_through(text[start:end])
        done = end


def read_through(word: str) -> str:
    """The word without its marks, composed, padded with spaces after it to its length as written."""
    letters = COMBINING.sub('', unicodedata.normalize('NFC', MARK.sub(lambda found: (
        found.group() if COMBINING.match(found.group()) else ''), word)))
    return word if len(letters) > len(word) else letters + ' ' * (len(word) - len(letters))


def markup(text: str):
    """(start, end, stand-in of the same length) for each piece of markup, in order."""
    position, done, stand_in = 0, -1, ''
    unclosed: set[str] = set()  # an element never closed after some point: no later one is either
    link = False  # inside a wiki link «[http://… words]», whose closing bracket is markup too
    while found := MARKUP.search(text, position):
        start, end = found.span()
        token = found.group()
        if token == ']':
            if not link:
                position = start + 1
                continue
            link = False
        link = link or bool(found['link'])
        if token == '<!--':
            end = closing(text, end, COMMENT_END, unclosed)
        elif found['name'] and not found['close'] and found['name'].lower() in HIDDEN:
            end = closing(text, end, found['name'].lower(), unclosed)
        if token.startswith('&'):
            # what the grammars see before the entity: the stand-in of markup right before it, if any
            before = stand_in[-1] if start == done else text[start - 1] if start else ' '
            replaced = entity(token, before)
            if replaced is None:  # not an entity HTML knows: «&foo;» stays as written
                position = start + 1
                continue
            stand_in = replaced
        else:
            block = (found['name'] or '').lower() in BLOCKS
            stand_in = ('\n' if block else ' ') + ' ' * (end - start - 1)
        yield start, end, stand_in
        position = done = end


def closing(text: str, after: int, what: str, unclosed: set[str]) -> int:
    """Where a comment or a script or style element ends: past its end mark, or `after` if it has none."""
    if what in unclosed:
        return after
    if what == COMMENT_END:
        found = text.find(COMMENT_END, after)
        end = found + len(COMMENT_END) if found >= 0 else -1
    else:
        match = HIDDEN[what].search(text, after)
        end = match.end() if match else -1
    if end < 0:
        unclosed.add(what)
        return after
    return end


def entity(token: str, before: str) -> str | None:
    """The entity's character padded to the entity's length, or None if it names no character.

    The character stays next to the word it belongs to: an opening quote or bracket (&laquo;) and an
    entity after a space go at the end, next to the word that follows; others (&raquo;, a letter at a
    word's end) go at the start, next to the word before. A letter written as an entity inside a word
    («Пе&#1090;ров») cuts the word in two either way: such text is rare in news.
    """
    if not token.startswith('&#') and token[1:] not in html5:
        return None
    decoded = html.unescape(token)
    if decoded.isspace() or all(char in INVISIBLE for char in decoded):
        return ' ' * len(token)
    padding = ' ' * (len(token) - len(decoded))
    if before.isspace() or unicodedata.category(decoded[0]) in ('Ps', 'Pi'):
        return padding + decoded
    return decoded + padding


class Respan:
    """Records made on the masked copy, moved onto the original's words."""

    def __init__(self, masked: Masked, original: str):
        self.starts, self.ends, self.original = masked.starts, masked.ends, original

    def around(self, position: int) -> int:
        """The markup a position is strictly inside, or -1."""
        index = bisect_right(self.starts, position) - 1
        return index if index >= 0 and self.starts[index] < position < self.ends[index] else -1

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        first, last = self.around(start), self.around(end)
        return (start if first < 0 else self.starts[first]), (end if last < 0 else self.ends[last])

    def span(self, item: Span | Arg):
        start, end = self.bounds(item.start, item.end)
        return replace(item, start=start, end=end, text=self.original[start:end])

    def arg(self, item: Arg | None) -> Arg | None:
        return item if item is None or item.start is None else self.span(item)

    def mention(self, item: Mention) -> Mention:
        return replace(item, trigger=self.span(item.trigger), sentence=self.span(item.sentence))

    def event(self, item: Event) -> Event:
        args = tuple((role, tuple(self.span(arg) for arg in found)) for role, found in item.args)
        return replace(item, args=args, mentions=tuple(self.mention(mention) for mention in item.mentions),
                       date=self.arg(item.date))
