"""Which date of its sentence dates a trigger (`extractor/attach.py`, rules WHEN and WHEN_IN_SENTENCE): not
the years a document covers, not a document's own date, not a date a telling or another word's relative
clause has."""

from __future__ import annotations

from extractor.modality import readings, speech_verbs
from extractor.phrases import Phrase, clause_bounds, lemmas
from grammars.event import TYPES


def dates_the_trigger(phrase: Phrase, first: int, event_type: str, tokens: list) -> bool:
    """«план на 2025-2026 годы»: the years a document covers, not when it is signed; «Соглашения от 29
    мая 2015 года»: the day a document was signed, which dates no other event, unless the document is
    what the event is done by («назначен указом президента от 8 апреля»); «майских указов»: a month adjective dates
    the noun it stands before, the trigger's only where that is it."""
    if phrase.preposition == 'на' and phrase.node.find('DATE_YEAR'):
        return False
    # «(1924 года рождения)»: the year one was born in
    if phrase.last < len(tokens) and lemmas(tokens[phrase.last]) & {'рождение'}:
        return False
    if phrase.preposition == 'от' and TYPES[event_type].kind != 'agreement' and not any(
            {'NOUN', 'ablt'} <= set(form.grams.values) for token in tokens[max(0, phrase.first - 4):phrase.first - 1]
            for form in readings(token)[:1]):
        return False
    return not (phrase.node.find('DATE_MONTH_ADJ') and phrase.last != first)


def sentence_dates(event_type: str, tokens: list, first: int, phrases: list[Phrase],
                   taken: tuple[tuple[int, int], ...], planned: bool) -> list[Phrase]:
    """The dates of the clauses of a sentence other than the trigger's own, where its own gives none: a
    date the news gives in the clause that tells of an event («сообщил 23 июня, что его сменил ...») is
    its date; but not of a planned one, which the telling does not date («в конце октября сообщил, что
    визит готовится»)."""
    start, end = clause_bounds(tokens, first)
    dates = [phrase for phrase in phrases if phrase.kind == 'ARGUMENT_DATE']
    # a date of its own clause that dates something else («в октябре сообщил о визите») leaves it undated
    if any(start <= phrase.first < end for phrase in dates) or aside_of_another(tokens, first, start):
        return []
    return [phrase for phrase in dates if dates_the_trigger(phrase, -1, event_type, tokens)
            and not any(phrase.node.start < stop and begin < phrase.node.end for begin, stop in taken)
            and not (planned and tells(tokens, phrase.first)) and not of_another_word(tokens, phrase.first, first)]


def aside_of_another(tokens: list, first: int, start: int) -> bool:
    """Whether the trigger at `first` (its clause begins at `start`) tells of someone or something of
    another clause, whose date is not its own: in a relative clause («Ю.Чайкой, который тогда занимал
    пост, перешел в Минюст ... в 2006г.»), in a participle's phrase («Хабирова, сейчас занимающего пост»)
    or in brackets («(Центр возглавлял Михаил Ходорковский)»)."""
    if start < len(tokens) and 'который' in lemmas(tokens[start]) or \
            start + 1 < len(tokens) and 'который' in lemmas(tokens[start + 1]):
        return True
    opening = next((index for index in range(first - 1, -1, -1) if tokens[index].value in '()'), None)
    if opening is not None and tokens[opening].value == '(':
        return True
    return participle_comma(tokens, first) is not None


def participle_comma(tokens: list, first: int) -> int | None:
    """Where a participle trigger at `first` opens its phrase after a comma, the comma's index: «Хабирова,
    сейчас занимающего пост»; the words before it are another's."""
    if not any('PRTF' in form.grams for form in readings(tokens[first])[:1]):
        return None
    return next((index for index in range(first - 1, max(-1, first - PARTICIPLE_REACH), -1)
                 if tokens[index].value == ','), None)


def of_another_word(tokens: list, at: int, trigger: int) -> bool:
    """Whether the word at `at` stands in a relative clause of a word other than the trigger: «прений,
    которые продлятся до 3 октября»; «Визит, который продлится до 9 июля» tells of the trigger itself;
    or in a participle's phrase after a comma: «наследников Хефнера, умершего в сентябре 2017 года»."""
    start, end = clause_bounds(tokens, at)
    if 0 < start < len(tokens) and 'который' in lemmas(tokens[start]):
        # «Панетту, который сегодня был назначен»: the trigger's own relative clause
        return start - 2 != trigger and not start <= trigger < end
    comma = next((index for index in range(at - 1, max(start, at - PARTICIPLE_REACH) - 1, -1)
                  if tokens[index].value == ','), None)
    return comma is not None and comma + 1 < at and comma + 1 != trigger and comma > trigger and any(
        'PRTF' in form.grams for form in readings(tokens[comma + 1]))


# how far before a date the participle whose phrase holds it may stand: «, умершего в сентябре»
PARTICIPLE_REACH = 4


def tells(tokens: list, at: int) -> bool:
    """Whether the clause of the word at `at` has a verb of saying."""
    start, end = clause_bounds(tokens, at)
    return any(lemmas(token) & speech_verbs() for token in tokens[start:end])
