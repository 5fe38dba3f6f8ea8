"""Short news of our own wording and the HTML reports the report tests open."""

import io
from dataclasses import replace
from pathlib import Path

from extractor.records import Document
from extractor.report import HtmlWriter

NEWS = {
    'astana.txt': 'Президент России Владимир Путин прибыл в Астану с государственным визитом 27 ноября 2024 года. '
                  'Лидеры двух стран подписали соглашение о сотрудничестве в области образования.',
    # markup, an ampersand and quotes must reach the reader as text
    'ankara.txt': 'Министр иностранных дел Казахстана Ермек Кошербаев проведет переговоры с главой МИД Турции '
                  'в Анкаре 3 марта. Рубрика <b>не тег</b> & «ёлки» "двойные".',
    'tokyo.txt': 'Посол Японии Ицуки Накамура назначен заместителем министра иностранных дел.',
}


def extracted(extractor) -> list[tuple[Document, str]]:
    return [(extractor.extract(text, trace=True, doc=name), text) for name, text in NEWS.items()]


def report_html(pairs: list[tuple[Document, str]]) -> str:
    stream = io.StringIO()
    writer = HtmlWriter(stream, trace=True)
    for document, text in pairs:
        writer.write(document, text)
    writer.close()
    return stream.getvalue()


def many(pairs: list[tuple[Document, str]], count: int) -> list[tuple[Document, str]]:
    """`count` documents cycling through the extracted ones, each under a name of its own."""
    return [(replace(pairs[number % len(pairs)][0], doc=f'feed/{number:04}.txt'), pairs[number % len(pairs)][1])
            for number in range(count)]


def spans(event) -> list[tuple[int, int, str, str]]:
    """(start, end, role, text) of each piece of the event a report must highlight."""
    found = [(mention.trigger.start, mention.trigger.end, 'trigger', mention.trigger.text)
             for mention in event.mentions]
    found.extend((item.start, item.end, role, item.text) for role, items in event.args for item in items)
    if event.date:
        found.append((event.date.start, event.date.end, 'date', event.date.text))
    return found


def write_page(path: Path, pairs: list[tuple[Document, str]]) -> str:
    path.write_text(report_html(pairs), encoding='utf-8')
    return path.as_uri()
