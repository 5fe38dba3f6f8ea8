"""The HTML report in a real headless Chromium: highlights on the words, traces on click, the type filter,
Russian text, and a page of 500 documents that opens and answers a click.

Playwright rather than Selenium: it drives the Debian chromium itself (`executable_path`) over the
DevTools pipe, so it needs no chromedriver of a matching version, and its locators wait for the page
by themselves, so the tests hold no sleeps. `playwright install` is never needed (nor run).
Without the browser these tests fail, never skip: install it with `apt-get install -y chromium`.
"""

import os
import re
import time
from pathlib import Path

import pytest
from report_pages import NEWS, extracted, many, spans, write_page

CHROMIUM = os.environ.get('CHROMIUM', '/usr/bin/chromium')
# a browser that stays off the network and needs no GPU or sandbox in a container
ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync']
TRANSPARENT = 'rgba(0, 0, 0, 0)'


@pytest.fixture(scope='module')
def browser():
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        pytest.fail("the report's browser tests need Playwright: pip install '.[test]'", pytrace=False)
    if not Path(CHROMIUM).exists():
        pytest.fail(f'the report\'s browser tests need Chromium at {CHROMIUM}: '
                    'apt-get install -y chromium chromium-driver (or set CHROMIUM=/path/to/chromium)', pytrace=False)
    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        except Error as error:
            pytest.fail(f'{CHROMIUM} does not start: {error}', pytrace=False)
        yield chromium
        chromium.close()


@pytest.fixture(scope='module')
def pairs(extractor):
    return extracted(extractor)


@pytest.fixture(scope='module')
def report_url(pairs, tmp_path_factory):
    return write_page(tmp_path_factory.mktemp('report') / 'report.html', pairs)


@pytest.fixture
def page(browser, report_url):
    """The report opened from its file:// URL; the test fails on a script error or a request off the file."""
    tab = browser.new_page(viewport={'width': 1400, 'height': 900})
    problems = []
    tab.on('pageerror', lambda error: problems.append(f'script error: {error}'))
    tab.on('request', lambda request: request.url.startswith('file:') or problems.append(f'request: {request.url}'))
    tab.goto(report_url)
    yield tab
    tab.close()
    assert not problems


def expect(locator):
    from playwright.sync_api import expect as playwright_expect
    return playwright_expect(locator)


def test_page_loads_and_shows_russian_text(page):
    assert page.evaluate('document.characterSet') == 'UTF-8'
    shown = page.inner_text('#docs')
    assert 'Президент России Владимир Путин прибыл в Астану с государственным визитом' in shown
    assert 'Рубрика <b>не тег</b> & «ёлки» "двойные".' in shown  # markup in a text stays text
    assert page.locator('#docs .text b').count() == 0


def test_highlights_sit_on_the_record_spans(page, pairs):
    for doc_index, (document, text) in enumerate(pairs):
        found = page.eval_on_selector_all(
            f'#d{doc_index} mark.h', 'marks => marks.map(mark => [mark.dataset.span, mark.textContent, mark.title])')
        under, titles = {}, {}
        for span, words, title in found:  # a span cut in pieces reads as its pieces joined
            under[span] = under.get(span, '') + words
            titles.setdefault(span, title)
        for event in document.events:
            for start, end, role, words in spans(event):
                assert under[f'{start}-{end}'] == words == text[start:end], (document.doc, event.id, role)
                assert f'{event.id} {event.type} · {role}' in titles[f'{start}-{end}']
    visit = next(event for event in pairs[0][0].events if event.type == 'visit')
    trigger = page.locator(f'#d0-{visit.trigger.start}-{visit.trigger.end}')
    assert trigger.text_content() == 'прибыл'
    assert 'r-trigger' in trigger.get_attribute('class')
    visitor = visit.role('visitor')[0]
    assert page.locator(f'#d0 mark[data-span="{visitor.start}-{visitor.end}"]').inner_text() == \
        'Президент России Владимир Путин'


def test_click_on_a_row_shows_its_trace_and_marks_its_words(page, pairs):
    visit = next(event for event in pairs[0][0].events if event.type == 'visit')
    expect(page.locator('#trace')).not_to_contain_text('VISIT_BY_VERB')
    page.locator('tr.ev').first.click()
    expect(page.locator('#trace')).to_contain_text('visit.VISIT_BY_VERB')
    shown = page.inner_text('#trace')
    assert all(rule in shown for rule in ('VISITOR', 'DESTINATION', 'PERSON_POSITION_NAME'))
    assert 'Президент России Владимир Путин' in shown
    assert page.locator('#trace pre.tree b', has_text='VISIT_VERB').count() == 1  # rule names set apart
    selected = page.eval_on_selector_all('#docs mark.sel', 'marks => marks.map(mark => mark.dataset.span)')
    assert f'{visit.trigger.start}-{visit.trigger.end}' in selected


def test_click_on_a_word_in_the_text_shows_its_event(page, pairs):
    signing = next(event for event in pairs[0][0].events if event.type == 'signing')
    page.locator(f'#d0-{signing.trigger.start}-{signing.trigger.end}').click()
    expect(page.locator('#trace')).to_contain_text('SIGNING_VERB')
    expect(page.locator('tr.ev.sel')).to_contain_text('signing')


def test_row_link_jumps_to_the_event_in_the_text(page, pairs):
    doc_index = len(pairs) - 1
    event = pairs[doc_index][0].events[0]
    anchor = f'#d{doc_index}-{event.trigger.start}-{event.trigger.end}'
    page.locator(f'tr.ev a[href="{anchor}"]').click()
    assert page.evaluate('location.hash') == anchor
    expect(page.locator(anchor)).to_be_in_viewport()
    assert page.locator(anchor).text_content() == event.trigger.text


def test_type_filter_hides_the_other_types(page, pairs):
    visit = next(event for event in pairs[0][0].events if event.type == 'visit')
    signing = next(event for event in pairs[0][0].events if event.type == 'signing')
    visit_trigger = page.locator(f'#d0-{visit.trigger.start}-{visit.trigger.end}')
    signing_trigger = page.locator(f'#d0-{signing.trigger.start}-{signing.trigger.end}')
    background = 'element => getComputedStyle(element).backgroundColor'
    page.select_option('#type-filter', 'signing')
    expect(page.locator('tr.ev.t-signing')).to_have_count(1)
    expect(page.locator('tr.ev.t-signing')).to_be_visible()
    for row in page.locator('tr.ev:not(.t-signing)').all():
        expect(row).to_be_hidden()
    expect(page.locator('#d1')).to_be_hidden()  # a text with no signing in it goes too
    assert visit_trigger.evaluate(background) == TRANSPARENT
    assert signing_trigger.evaluate(background) != TRANSPARENT
    assert 'Президент России' in page.inner_text('#d0 .text')  # the text itself stays
    page.select_option('#type-filter', '')
    expect(page.locator('tr.ev.t-visit')).to_be_visible()
    assert visit_trigger.evaluate(background) != TRANSPARENT


def test_scope_filter_hides_the_rows_of_the_other_scopes(page, pairs):
    scopes = [event.scope for document, _ in pairs for event in document.events]
    assert {'diplomatic', 'domestic'} <= set(scopes)
    page.select_option('#scope-filter', 'domestic')
    expect(page.locator('tr.ev.s-domestic')).to_have_count(scopes.count('domestic'))
    for row in page.locator('tr.ev.s-domestic').all():
        expect(row).to_be_visible()
    for row in page.locator('tr.ev:not(.s-domestic)').all():
        expect(row).to_be_hidden()
    page.select_option('#scope-filter', '')
    for row in page.locator('tr.ev').all():
        expect(row).to_be_visible()


def test_report_of_500_documents_opens_and_answers_a_click(browser, pairs, tmp_path):
    documents = many(pairs, 500)
    url = write_page(tmp_path / 'big.html', documents)
    tab = browser.new_page(viewport={'width': 1400, 'height': 900})
    try:
        started = time.monotonic()
        tab.goto(url)
        loaded = time.monotonic() - started
        events = sum(len(document.events) for document, _ in documents)
        expect(tab.locator('tr.ev')).to_have_count(events)
        assert tab.locator('section.doc').count() == 500
        # no trace is in the DOM before it is asked for, and the page stays small per document
        assert tab.locator('#trace pre').count() == 0
        assert tab.evaluate('document.getElementsByTagName("*").length') < 500 * 60
        last = events - 1
        took = tab.evaluate(f'''() => {{
            const started = performance.now();
            document.getElementById('r{last}').click();
            return performance.now() - started; }}''')
        expect(tab.locator('#trace')).to_contain_text(documents[-1][0].events[-1].rule)
        assert took < 1000, f'a click took {took:.0f} ms'
        tab.locator(f'#r{last} td a').nth(1).click()
        expect(tab.locator(f'#r{last}')).to_have_class(re.compile(r'\bsel\b'))
        anchor = tab.locator(f'#r{last} td a').nth(1).get_attribute('href')
        expect(tab.locator(anchor)).to_be_in_viewport()
        tab.select_option('#type-filter', 'talks')
        expect(tab.locator('section.doc:visible')).to_have_count(len(range(1, 500, len(NEWS))))
        assert loaded < 30, f'the page took {loaded:.1f} s to load'
    finally:
        tab.close()
