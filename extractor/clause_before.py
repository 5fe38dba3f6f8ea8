"""Arguments a trigger takes from the clause before its own, where «, который» or «, где» opens it
(`extractor/attach.py`, rules WHO and WHERE)."""

from __future__ import annotations

from extractor.clauses import object_verbs
from extractor.modality import readings
from extractor.phrases import Attached, Phrase, clause_bounds, lemmas
from grammars.declaration import EventType


def who_before(tokens: list, start: int, phrases: list[Phrase], declared: EventType, verb) -> list[Attached]:
    """«Максим Орешкин, который ранее занимал пост»: a clause opened by «который» in the nominative acts
    through the people named right before it; not where they name others to a post («Петров, который
    назначил Иванова»). In the accusative, before a verb that names its object to a post, they are the
    ones named: «Рафаилу Диваеву, которого назначили вице-премьером» (rule WHOM)."""
    if verb is None or start < 2 or tokens[start - 1].value != ',':
        return []
    cases = {case for form in readings(tokens[start]) if form.normalized == 'который' for case in ('nomn', 'accs')
             if case in form.grams}
    active = 'pssv' not in verb.grams and 'PRTS' not in verb.grams
    naming = verb.normalized in object_verbs(declared.name) and active
    rule = 'WHOM' if naming and 'accs' in cases else 'WHO' if 'nomn' in cases and not naming else None
    if rule is None:
        return []
    return [Attached(declared.agent_role, rule, phrase) for phrase in phrases
            if phrase.last == start - 1 and phrase.kind == 'ARGUMENT_AGENTS']


def where_before(tokens: list, start: int, phrases: list[Phrase], declared: EventType,
                 found: list[Attached]) -> list[Attached]:
    """«посещал Астану, где принял участие в саммите»: a clause opened by «где» happens at the place its
    word stands for, the last place of the clause before it, and then, where it gives no date itself;
    and with no subject of its own («прибыл в Москву, где встретился с министром») its subject is that
    clause's."""
    if start < 2 or 'где' not in lemmas(tokens[start]) or tokens[start - 1].value != ',':
        return []
    main_start, _ = clause_bounds(tokens, start - 2)
    before = [phrase for phrase in phrases if main_start <= phrase.first and phrase.last <= start - 1]
    places = [phrase for phrase in before if phrase.kind == 'ARGUMENT_PLACE']
    dates = [phrase for phrase in before if phrase.kind == 'ARGUMENT_DATE']
    subjects = [phrase for phrase in before if phrase.kind == 'ARGUMENT_AGENTS' and phrase.preposition is None
                and 'nomn' in phrase.cases]
    result = []
    if subjects and not any(item.rule in ('SUBJECT', 'WHO') for item in found):
        result.append(Attached(declared.agent_role, 'SUBJECT_BEFORE', subjects[0]))
    if places and declared.place_role and not any(item.role == declared.place_role for item in found):
        result.append(Attached(declared.place_role, 'WHERE', places[-1]))
    if dates and not any(item.role == 'date' for item in found):
        result.append(Attached('date', 'WHEN', dates[-1]))
    return result
