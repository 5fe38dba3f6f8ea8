"""HTML markup in a text: the grammars read it without tags and entities, offsets point into the original."""

import re

from extractor.markup import mask

PLAIN = ('Переговоры в Кремле\n'
         'Президент России Владимир Путин провел переговоры с президентом Казахстана Касым-Жомартом Токаевым. '
         'Стороны подписали соглашение о сотрудничестве, а руководитель компании «Газпром» Алексей Миллер '
         'посетит Астану в ноябре.')
HTML = ('<div class="news"><h1>Переговоры в Кремле</h1>\n'
        '<p>Президент России <a href="/putin?a=1&amp;b=2">Владимир Путин</a> провел переговоры с&nbsp;президентом '
        'Казахстана <b>Касым-Жомартом Токаевым</b>.</p><p>Стороны подписали соглашение о&nbsp;сотрудничестве, '
        'а руководитель компании &laquo;Газпром&raquo; Алексей Миллер посетит Астану в&nbsp;ноябре.</p>'
        '<script>var note = "<p>визит</p>";</script><!-- визит Путина в Минск --></div>')


def spans(document):
    """Every span of a document's record, as (start, end, text)."""
    data = document.as_json()
    found = [(item['start'], item['end'], item['text']) for item in data['entities']]
    for event in data['events']:
        places = [event['trigger'], event['sentence'], *(item for items in event['args'].values() for item in items)]
        places += [span for mention in event['mentions'] for span in (mention['trigger'], mention['sentence'])]
        places += [event['date']] if event['date'] else []
        found += [(item['start'], item['end'], item['text']) for item in places]
    return found


def facts(document):
    """What a document says, without where: events with their roles' normal forms, and entities."""
    events = [(event.type, event.modality, event.rule, event.date.date_from if event.date else None,
               tuple((role, tuple(item.normal for item in items)) for role, items in event.args))
              for event in document.events]
    return events, sorted((item.kind, item.normal) for item in document.entities)


def test_html_gives_the_events_of_the_plain_text_with_offsets_into_the_html(extractor):
    plain = extractor.extract(PLAIN, date='2025-10-22', entities=True)
    marked = extractor.extract(HTML, date='2025-10-22', entities=True)
    assert [event.type for event in plain.events] == ['talks', 'signing', 'visit']
    assert facts(marked) == facts(plain)
    for start, end, text in spans(marked):
        assert text == HTML[start:end]
    visitor = marked.events[2].role('visitor')[0]
    # the entities round «Газпром» are inside the span, whole
    assert visitor.text == 'руководитель компании &laquo;Газпром&raquo; Алексей Миллер'
    person = next(item for item in marked.entities if item.normal == 'Владимир Путин')
    assert person.text == 'Президент России <a href="/putin?a=1&amp;b=2">Владимир Путин'


def test_script_style_and_comments_are_not_read(extractor):
    text = ('<style>p::after {content: "Путин посетил Минск"}</style><p>Погода в Москве.</p>'
            '<script>alert("Лавров посетит Астану")</script><!-- Лавров посетит Астану -->')
    document = extractor.extract(text, entities=True)
    assert document.events == ()
    assert [item.normal for item in document.entities] == ['Москва']


def test_masked_copy_keeps_every_offset():
    text = 'до <p class="x">абзац</p><br/>после &laquo;в кавычках&raquo;&nbsp;&#1055;етров и Лавров&#1072;'
    masked = mask(text)
    assert len(masked.text) == len(text)
    # a block tag (<p>, </p>, <br/>) starts with a line break; a quote sits next to its word
    assert masked.text == ('до \n            абзац\n   \n    после       «в кавычках»       '
                           '           Петров и Лаврова      ')
    assert [text[start:end] for start, end in zip(masked.starts, masked.ends, strict=True)] == [
        '<p class="x">', '</p>', '<br/>', '&laquo;', '&raquo;', '&nbsp;', '&#1055;', '&#1072;']


def test_a_wiki_link_is_read_as_its_words(extractor):
    text = ('В пятницу, 7 июня 2017 года, Пётр Порошенко [http://example.org/doc/178 подписал] указ '
            'о призыве в армию в августе 2017 года [1].')
    masked = mask(text)
    assert masked.text == text.replace('[http://example.org/doc/178 ', ' ' * 28).replace('подписал]', 'подписал ')
    event = extractor.extract(text).events[0]
    assert (event.type, event.trigger.text, event.date.text, event.date.date_from) == (
        'signing', 'подписал', 'пятницу, 7 июня 2017 года', '2017-06-07')
    assert [item.normal for item in event.role('parties')] == ['Пётр Порошенко']


def test_a_line_break_inside_a_sentence_is_read_as_a_space(extractor):
    text = 'Об этом сообщили в МИД по итогам телефонного\nразговора министров.\nЗаголовок без точки\nНовый абзац.'
    masked = mask(text)
    assert masked.text == text.replace('телефонного\n', 'телефонного ')
    event = extractor.extract(text).events[0]
    assert (event.type, event.trigger.text) == ('call', 'телефонного\nразговора')


def test_text_that_only_looks_like_markup_is_left_alone():
    for text in ('Рост на 5% при t < 5 и t > 3', 'Procter & Gamble; AT&T', '<Лавров> и &неизвестно;', '&foo; и &#;',
                 'в скобках [1] и [см. выше]'):
        assert mask(text) is None, text


def test_unclosed_markup_costs_a_bounded_look_ahead():
    text = '<!-- ' + 'Лавров посетит Астану. ' * 100 + '<script>' + 'x' * 3000 + '<a href="' + 'y' * 5000
    masked = mask(text)
    assert len(masked.text) == len(text)
    # an unclosed comment or script blanks only its opening mark; a tag with no end is text
    assert masked.text.startswith('     Лавров посетит')
    assert masked.text.endswith('<a href="' + 'y' * 5000)
    assert re.search(r' {8}x{3000}', masked.text)
