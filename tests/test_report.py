"""The HTML report as markup: highlights on the records' exact offsets, escaping, a page that needs no
network, and the CLI's `--format html`. tests/test_report_browser.py opens the page in Chromium."""

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_pages import NEWS, extracted, report_html, spans

from extractor.output import WRITERS
from extractor.records import Document, Event, Mention, Span
from extractor.report import Highlight, HtmlWriter, marked_text

ROOT = Path(__file__).parent.parent


class Marks(HTMLParser):
    """The text of one `.text` block as a browser would read it, and the text under each data-span."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text = ''
        self.open: list[str | None] = []
        self.under: dict[str, str] = {}
        self.pieces: dict[str, int] = {}
        self.titles: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        span = attrs.get('data-span') if tag == 'mark' else None
        self.open.append(span)
        if span:
            self.pieces[span] = self.pieces.get(span, 0) + 1
            self.titles.setdefault(span, attrs.get('title', ''))

    def handle_endtag(self, tag):
        self.open.pop()

    def handle_data(self, data):
        self.text += data
        for span in dict.fromkeys(item for item in self.open if item):
            self.under[span] = self.under.get(span, '') + data


class Tags(HTMLParser):
    """Every element name of a page, and every attribute that could fetch or lead outside it."""

    def __init__(self):
        super().__init__()
        self.names: set[str] = set()
        self.remote: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.names.add(tag)
        self.remote.extend((name, value) for name, value in attrs
                           if name in ('src', 'srcset', 'action', 'data') or (name == 'href' and value[:1] != '#'))


def read_marks(markup: str) -> Marks:
    marks = Marks()
    marks.feed(markup)
    marks.close()
    return marks


def block(page: str, doc_index: int) -> str:
    """The inner HTML of document `doc_index`'s text."""
    start = page.index('<div class="text">', page.index(f'id="d{doc_index}"'))
    return page[start + len('<div class="text">'):page.index('</div></section>', start)]


def test_nested_and_crossing_spans_keep_their_exact_text():
    text = 'Визит <главы> МИД & «Рима»\r\nв Токио 😀 и Пекин'
    marks = [Highlight(0, 17, ((0, 'trigger', 'e1 visit'),), ('visit',)),
             Highlight(6, 13, ((0, 'visitor', 'visitor'),), ('visit',)),
             Highlight(14, 31, ((1, 'place', 'place'),), ('talks',)),     # crosses the end of 0-17
             Highlight(30, 37, ((1, 'date', 'date'),), ('talks',)),       # crosses the end of 14-31
             Highlight(38, 43, ((0, 'destination', 'dest'),), ('visit',))]
    read = read_marks(marked_text(text, marks, 0))
    assert read.text == text
    for mark in marks:
        assert read.under[f'{mark.start}-{mark.end}'] == text[mark.start:mark.end]
    assert read.pieces == {'0-17': 1, '6-13': 1, '14-31': 2, '30-37': 2, '38-43': 1}


def test_report_highlights_every_record_span(extractor):
    pairs = extracted(extractor)
    page = report_html(pairs)
    assert any(event.type == 'visit' and event.trigger.text == 'прибыл'
               for event in pairs[0][0].events)
    for doc_index, (document, text) in enumerate(pairs):
        read = read_marks(block(page, doc_index))
        assert read.text == text
        assert document.events, document.doc
        for event in document.events:
            for start, end, role, words in spans(event):
                assert text[start:end] == words
                assert read.under[f'{start}-{end}'] == words, (document.doc, event.id, role)
                assert f'{event.id} {event.type} · {role}' in read.titles[f'{start}-{end}']


def test_markup_in_texts_and_names_is_escaped_and_the_page_needs_no_network():
    text = 'Посол прибыл. </script><script>alert(1)</script> <b>жирный</b> & "q" \'s\''
    event = Event('e1', 'visit', 'done', (), (Mention(Span(6, 12, 'прибыл'), Span(0, 13, 'Посол прибыл.'), 'visit.X',
                                                      'VISIT [6:12] «прибыл» </script>'),))
    page = report_html([(Document(doc='<img src=x onerror=alert(1)>.txt', date=None, events=(event,)), text)])
    assert page.count('<script') == 2 and page.count('</script>') == 2
    assert '<img' not in page and '<b>' not in page
    assert '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;' in page
    assert '&quot;q&quot; &#x27;s&#x27;' in page
    assert '<meta charset="utf-8">' in page
    tags = Tags()
    tags.feed(page)
    assert tags.names <= {'html', 'head', 'meta', 'title', 'style', 'body', 'aside', 'header', 'h1', 'p', 'label',
                          'select', 'option', 'span', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a',
                          'main', 'section', 'h2', 'small', 'mark', 'script'}
    assert not tags.remote, tags.remote
    for remote in ('http:', 'https:', '@import', 'url('):
        assert remote not in page, remote


def test_writer_is_registered_for_html():
    assert WRITERS['html'] is HtmlWriter


def test_a_report_without_events_still_is_a_page():
    page = report_html([(Document(doc='empty.txt', date=None), 'Погода в Москве.')])
    assert 'no events found' in page and 'Погода в Москве.' in page and page.rstrip().endswith('</html>')


@pytest.mark.parametrize('extra', [[], ['--trace']])
def test_cli_writes_the_page_with_traces(tmp_path, extra):
    source = tmp_path / 'astana.txt'
    source.write_text(NEWS['astana.txt'], encoding='utf-8')
    report = tmp_path / 'report.html'
    result = subprocess.run([sys.executable, '-m', 'extractor', 'extract', str(source), '--format', 'html',
                             '-o', str(report), '--jobs', '1', *extra], capture_output=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr.decode()
    page = report.read_text(encoding='utf-8')
    assert page.startswith('<!DOCTYPE html>')
    assert 'VISIT_BY_VERB' in page and 'PERSON_POSITION_NAME' in page  # traces came without --trace
    assert 'Президент России Владимир Путин' in page
