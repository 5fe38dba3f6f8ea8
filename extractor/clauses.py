"""Who stands where in the clause of a mention: the one appointed, the guest received, the owner of
«своего визита», read off the cases their words can be in."""

from __future__ import annotations

from functools import cache

from extractor.arguments import AGENT_NODES, head_token, outermost
from extractor.modality import readings
from extractor.normal import NAME_TAGS
from extractor.trace import Node
from grammars.event import TYPES
from grammars.lexicon import fold, table, words


def appointed(nodes: list[Node], clause: Node) -> list[Node]:
    """Who is appointed: with an active verb («Алиев назначил Асадова премьер-министром») the one in
    the accusative after it, never the one before it, who appoints; with a passive one («Асадов
    назначен», «назначен бывший заместитель») the one in the nominative. A genitive («советником
    Мансура», «заместителем Мехсуда») belongs to the post. Who becomes, takes a post, replaces
    another or leads («стал послом», «занял пост») is in the nominative."""
    # «сменяет Леона Панетту, который был назначен»: the one replaced, whose relative clause tells of another
    # event; «назначена Анастасия Ракова, которая ранее занимала» names the one appointed
    verbs = [found.start for found in clause.find_all('REPLACE_VERB')]
    nodes = [found for found in nodes if found.name != 'APPOINTEE' or found.find('RELATIVE_WHO') is None
             or all(found.end <= start for start in verbs)]
    verb = clause.find('APPOINT_VERB')
    forms = verb.tokens[0].forms if verb and verb.tokens[0].forms else []
    if verb is None or not forms:
        if clause.find('APPOINT_NOUN', 'TAKING_OFFICE'):
            return nodes
        return [found for found in nodes if found.name != 'APPOINTEE' or appointee_in(found, 'nomn')]
    passive = 'PRTS' in forms[0].grams or 'pssv' in forms[0].grams
    case = 'nomn' if passive else 'accs'
    return [found for found in nodes if found.name != 'APPOINTEE' or (
        (passive or found.start > verb.start) and appointee_in(found, case))]


def appointee_in(found: Node, case: str) -> bool:
    """The appointee can be in `case`; «Азамата Сагитова, который возглавил»: by the pronoun of its
    relative clause."""
    relative = found.find('RELATIVE_WHO')
    return can_be_in(relative.tokens[-1], case) if relative is not None else in_case(found, case)


@cache
def not_posts() -> frozenset[str]:
    return frozenset(fold(word) for word in words('positions', 'occupations'))


def became(node: Node) -> bool:
    """«стал послом»: what one becomes is a post, in the instrumental, and not one won or born to
    («стал чемпионом», «стала гражданкой»)."""
    post = node.find('POST_AS')
    if post is None:
        return True
    title = post.find('POSITION_TITLE')
    if title is None or fold(title.line or '') in not_posts():
        return False
    return can_be_in(head_token(title.tokens), 'ablt')


def replaced(node: Node) -> bool:
    """«заменит посла Виталия Чуркина»: the one replaced is in the accusative («сменил тактику» has
    no one, and no post, and is no match at all)."""
    return all(in_case(found, 'accs') for found in node.find_all('PREDECESSOR'))


def in_case(node: Node, case: str) -> bool:
    """The head word of a person (the post, the first name, or the surname after initials: «Р.Мердока»)
    can be read in `case`."""
    words = [token for token in node.tokens if len(token.value) > 1 and token.value.isalpha()]
    return not words or can_be_in(words[0], case)


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
    # «приняли в Союз писателей»: taken into a body, not received in a residence
    if any(not can_be_in(found.tokens[-1], 'loct') for found in node.find_all('VENUE')):
        return False
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


def named_as(node: Node) -> bool:
    """«назначен послом», «избран президентом»: a post a verb names without «на пост» is in the
    instrumental («пригласил президента Индонезии посетить Токио» is no appointment)."""
    for clause in node.find_all('APPOINTMENT_BY_VERB', 'APPOINTMENT_POST_FIRST'):
        for post in clause.children:
            title = post.find('POSITION_TITLE') if post.name == 'NEW_POSITION' else None
            if title is not None and not can_be_in(head_token(title.tokens), 'ablt'):
                return False
    return True


def reading_fits(node: Node) -> bool:
    """Whether the words of an event grammar's reading can stand so (`extractor.parse.matches`)."""
    return received(node) and owned(node) and became(node) and replaced(node) and named_as(node)


@cache
def object_verbs(event_type: str) -> frozenset[str]:
    """«назначил Иванова»: the verbs whose object is the one who acts in the event («стал», «занял»,
    «сменил» have him for subject)."""
    words = table('events', event_type)
    return frozenset(word for section in TYPES[event_type].agent_as_object for word in words[section])


@cache
def held_verbs(event_type: str) -> frozenset[str]:
    """«занимаемой должности»: the verbs of a post held, whose participle agrees with the post."""
    return frozenset(table('events', event_type).get('take_verbs', ()))


@cache
def dative_verbs(event_type: str) -> frozenset[str]:
    """«позвонил Токаеву»: the verbs that name the other side in the dative."""
    words = table('events', event_type)
    return frozenset(word for section in TYPES[event_type].dative_side for word in words[section])
