"""Who stands where in the clause of a mention: the one appointed, the guest received, the owner of
«своего визита», read off the cases their words can be in."""

from __future__ import annotations

from extractor.arguments import AGENT_NODES, head_token, outermost
from extractor.modality import readings
from extractor.normal import NAME_TAGS
from extractor.trace import Node


def appointed(nodes: list[Node], clause: Node) -> list[Node]:
    """Who is appointed: with an active verb («Алиев назначил Асадова премьер-министром») the one in
    the accusative after it, never the one before it, who appoints; with a passive one («Асадов
    назначен», «назначен бывший заместитель») the one in the nominative. A genitive («советником
    Мансура», «заместителем Мехсуда») belongs to the post."""
    verb = clause.find('APPOINT_VERB')
    forms = verb.tokens[0].forms if verb and verb.tokens[0].forms else []
    if not forms:
        return nodes
    passive = 'PRTS' in forms[0].grams or 'pssv' in forms[0].grams
    case = 'nomn' if passive else 'accs'
    return [found for found in nodes if found.name != 'APPOINTEE' or (
        (passive or found.start > verb.start) and in_case(found, case))]


def in_case(node: Node, case: str) -> bool:
    """The head word of a person (the post or the first name) can be read in `case`."""
    return not node.tokens or can_be_in(node.tokens[0], case)


def can_be_in(token, case: str) -> bool:
    """A word can be read in `case`; one that does not change («Моди», punctuation) in any."""
    forms = readings(token)
    return not forms or any(case in form.grams or 'Fixd' in form.grams for form in forms)


def received(node: Node) -> bool:
    """Who is received is in the accusative: «принимает ... своего коллегу Николя Саркози», never the
    one who decides («решение примет Барак Обама») or passes a law («принят Госдумой»)."""
    guest = node.find('GUEST')
    if guest is None:
        return True
    agents = outermost(guest, AGENT_NODES)
    if any(found.name in ('ORG', 'GEO_NAME') for found in agents):
        return False  # «решение принял Сенат США»: a body decides; its envoys are the ones received
    heads = [head_token(found.tokens) for found in agents if found.tokens]
    surnames = [found.tokens[-1] for found in outermost(guest, ('LAST_NAME', 'SURNAME', 'SURNAME_AFTER_NAME'))
                if found.tokens]
    return all(object_form(token, surname=False) for token in heads) and all(
        object_form(token, surname=True) for token in surnames)


def owned(node: Node) -> bool:
    """«своего визита»: whoever it belongs to is the subject of the clause, so in the nominative
    («во время своего визита ... дипломат выразил», never «... Путина принял Токаев»)."""
    if node.find('OWN_VISIT') is None:
        return True
    visitors = [found for found in node.find_all('VISITOR') for found in outermost(found, AGENT_NODES)]
    return all(can_be_in(head_token(found.tokens), 'nomn') for found in visitors if found.tokens)


def object_form(token, surname: bool) -> bool:
    """A word can be a direct object. A name is read by its name readings («Барак» is a first name
    before it is a barrack); a surname the dictionary does not know as one («Моди») is let pass."""
    forms = readings(token)
    if surname and not any(gram in form.grams for form in forms for gram in NAME_TAGS):
        return True
    return 'accs' in name_cases(forms)


CASES = frozenset({'nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'})


def name_cases(forms: list) -> frozenset[str]:
    """The cases a word can be in, by its readings as a name where it has any."""
    named = [form for form in forms if any(gram in form.grams for gram in NAME_TAGS)]
    if not forms or any('Fixd' in form.grams for form in named or forms):
        return CASES  # «Моди», «Лукашенко»: a word that does not change is in any case
    return frozenset(case for form in named or forms for case in CASES if case in form.grams)
