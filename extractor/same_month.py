"""Whether two dates may be one day when no year anchors them: by the month their words name
(`extractor/merge.py`)."""

from __future__ import annotations

from extractor.date_words import month_numbers
from extractor.mentions import Found
from extractor.morph import analyzer
from extractor.triggers import WORD


def months_agree(mentions: list[Found], mention: Found) -> bool:
    """«14 октября» and «в декабре 1996 года» are two days, whether or not a year anchors the first."""
    if mention.date is None or mention.date.date_from is not None and all(
            other.date is None or other.date.date_from is not None for other in mentions):
        return True  # anchored dates are compared whole
    own = month_of(mention.date.text)
    return own is None or all(month_of(other.date.text) in (None, own) for other in mentions if other.date)


def month_of(text: str | None) -> int | None:
    """The month a date's words name: «14 октября» → 10; None for «в 2013 году» or a date of no words."""
    return next((month_numbers()[form.normalized] for word in WORD.findall(text or '')
                 for form in analyzer()(word.lower())[:2] if form.normalized in month_numbers()), None)
