import pymorphy3

from extractor.morph import analyzer, tokenizer
from extractor.parse import parser


def test_the_shared_analyzer_is_pymorphy3():
    assert isinstance(analyzer().raw, pymorphy3.MorphAnalyzer)


def test_every_parser_uses_the_one_shared_tokenizer():
    assert parser('grammars.person.PERSON').tokenizer is tokenizer()
    assert parser('grammars.date.DATE').tokenizer.morph is analyzer()


def test_tokens_carry_pymorphy3_readings():
    token = next(iter(tokenizer()('Муратом')))
    assert token.forms[0].normalized == 'мурат'
    assert type(token.forms[0].raw).__module__.startswith('pymorphy3')
