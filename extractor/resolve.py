"""Who and where a mention means when it does not name them: a bare surname, a post («глава российской
дипломатии»), a group («стороны», «министры»), a pronoun («он»), a place («эту страну»).

Every person takes the fullest name the document gives (`extractor.coref`), found by the grammars and by the
words alone in any sentence (`extractor.names`); a post takes its holder's (`extractor.described`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from extractor.antecedents import Antecedents
from extractor.coref import full_names
from extractor.described import TITLED, Holders, covers, head_post, nominative
from extractor.mentions import AGENT_ROLES, Found
from extractor.morph import analyzer
from extractor.names import lexicon_names, name_after, names_in_text
from extractor.parse import DocumentMatches
from extractor.records import Arg
from grammars.event import TYPES
from grammars.gazetteer import fold as fold_form
from grammars.gazetteer import word_forms
from grammars.lexicon import entries, fold

PRONOUNS = ('PRONOUN', 'SUBJECT_PRONOUN')
WORD = re.compile(r'[А-Яа-яЁё]+')


def with_title(item: Arg) -> Arg:
    """«король Альберт II», «Патриарх Кирилл»: a monarch or a cleric is named with the title before the name."""
    title = fold(item.position or '')
    first = item.text.split()[0] if item.text.split() else ''
    if title not in TITLED or not item.normal or nominative(fold(first)) != title or \
            fold(item.normal).startswith(title):
        return item
    return replace(item, normal=f'{first[0]}{title[1:]} {item.normal}')


def posted(item: Arg, named: list[Arg]) -> Arg:
    """An agent with the post the document gives its person somewhere, where this mention gives none."""
    if item.position or not item.normal:
        return item
    found = next((person for person in named if person.normal == item.normal and person.position), None)
    return replace(item, position=found.position) if found else item


def with_person(item: Arg, person: Arg) -> Arg:
    return replace(item, normal=person.normal, position=item.position or person.position,
                   country=item.country or person.country, organization=item.organization or person.organization)


def group_members(mention: Found, before: list[Found], later: list[Found], group: Arg,
                  named: list[Arg]) -> list[Arg]:
    """«стороны», «министры»: the people of the latest event before that the mention happens in
    («по итогам встречи» → the meeting), else of the latest talks or call, else visit; where those
    name one side only, the events after it add the other («По итогам переговоров стороны подписали»
    in a lead that names the guest later). A group named by a post takes only those whose post is
    not another («главы государств» are not the ministers who talked)."""
    members: list[Arg] = []
    wanted = head_post(singular_post(group.position)) if group.position else None
    sides = [name for kind in ('meeting', 'travel') for name, declared in TYPES.items() if declared.kind == kind]
    kinds = list(dict.fromkeys([*mention.context, *sides]))
    events = [other for kind in kinds for other in reversed([other for other in before if other.type == kind])]
    events += [other for kind in kinds for other in later if other.type == kind]
    for other in events:
        # the sides are people or states; a body named in the talks («включая СНГ») is none
        members.extend(item for item in other.agents() if item.normal and item.kind in ('person', 'country')
                       and item.normal not in {member.normal for member in members}
                       and holds(item, wanted, named))
        if len(members) >= 2:
            return members
    return members


def singular_post(position: str) -> str:
    """«главы государств» → «глава государства»: the post each of a group holds."""
    words = position.split()
    result = []
    for word in words[1:]:
        form = next((form for form in analyzer().raw.parse(word) if {'NOUN', 'plur', 'gent'} <= form.tag.grammemes),
                    None)
        single = form.inflect({'sing', 'gent'}) if form else None
        result.append(single.word if single else word)
    return ' '.join([words[0], *result])


def holds(person: Arg, wanted: str | None, named: list[Arg]) -> bool:
    """Whether a person may hold the post `wanted` (a key of `head_post`) by the posts the document
    gives him (`named`: the people its events name): yes where either is unknown."""
    have = {head_post(item.position, item.country) for item in [person, *named]
            if item.normal == person.normal and item.position} - {None}
    return wanted is None or not have or any(covers(wanted, key) or covers(key, wanted) for key in have)


def resolve_agents(mention: Found, before: list[Found], later: list[Found], holders: Holders, named: list[Arg],
                   after: dict[tuple[int, int], Arg]) -> Found:
    """The people a mention's agents stand for; `before`: the mentions before it, resolved, and
    `later` those after; `after`: the name after each post that has one."""
    roles = []
    for role, item in mention.roles:
        if role not in AGENT_ROLES or item.kind != 'person':
            roles.append((role, item))
            continue
        if item.rule in PRONOUNS:
            person = holders.antecedents.of(item)  # the name only: «он занимал должность» is about another post
            item = replace(item, normal=holders.fullest(person)) if person else item
        # «президента Египта Абдель-Фаттаха ас-Сисси» cut in two: the name in the case of the post before it
        apposition = next((person for person in after.values() if person.start == item.start), None)
        item = with_title(replace(item, normal=apposition.normal) if apposition else item)
        if item.normal:  # «Путин», «В. Путин», «Владимир Путин»: the fullest name the document gives
            item = replace(item, normal=holders.fullest(item))
        if item.rule == 'GIVEN_NAME' and ' ' not in (item.normal or ''):
            continue  # «Юра позвонил»: a given name the document ties to no one named in full is no one known
        if item.rule == 'AGENT_DESCRIPTION':
            others = [posted(other, named) for other in mention.agents() if other is not item]
            person = after.get((item.start, item.end)) or holders.holder(item, others)
            item = with_person(item, replace(person, normal=holders.fullest(person))) if person else item
        elif item.rule == 'GROUP' and TYPES[mention.type].kind != 'post':
            # «стороны» is one mention of the people it stands for: one arg, its members named
            members = group_members(mention, before, later, item, named)
            if members:
                item = replace(item, members=tuple(member.normal for member in members if member.normal))
        roles.append((role, item))
    return replace(mention, roles=tuple(roles))


@cache
def country_forms() -> dict[str, str]:
    """Every form of a one-word country name or its adjective → the country."""
    morph = analyzer().raw
    result: dict[str, str] = {}
    for entry in entries('geo', 'countries'):
        for word in (*entry.names, *entry.adjectives):
            if ' ' not in word and '-' not in word and not entry.ambiguous:
                for form in word_forms(word, morph):
                    result.setdefault(form, entry.name)
    return result


def countries_before(text: str, position: int) -> list[str]:
    """The countries the text names before a position, nearest last."""
    return [country_forms()[fold_form(word)] for word in WORD.findall(text[:position])
            if fold_form(word) in country_forms()]


def resolve_places(mention: Found, text: str) -> Found:
    """«посетить эту страну»: the country named last before, other than the agents' own."""
    own = {item.country for item in mention.agents() if item.country}
    roles = []
    for role, item in mention.roles:
        if item.rule == 'PLACE_ANAPHOR' and item.normal is None:
            candidates = [country for country in countries_before(text, item.start) if country not in own]
            if candidates:
                item = replace(item, normal=candidates[-1])
        roles.append((role, item))
    return replace(mention, roles=tuple(roles))


def with_visitors(mention: Found, found: list[Found]) -> Found:
    """«Путин посещал Астану, где принял участие в саммите»: who takes part without being named is
    the visitor the same sentence names."""
    declared = TYPES[mention.type]
    if declared.kind != 'gathering' or mention.agents():
        return mention
    for other in found:
        if TYPES[other.type].kind == 'travel' and other.sentence == mention.sentence:
            visitors = [(declared.agent_role, item) for role, item in other.roles
                        if role == TYPES[other.type].agent_role and item.normal]
            if visitors:
                return replace(mention, roles=mention.roles + tuple(visitors))
    return mention


def with_names_after(found: list[Found], after: dict[tuple[int, int], Arg],
                     text: str) -> tuple[list[Found], dict[tuple[int, int], Arg]]:
    """A post's arg reaches over the name after it: «командующий войсками округа Иван Петров» is one
    phrase, though the grammar read the post alone."""
    if not after:
        return found, after
    def joined(item: Arg) -> Arg:
        person = after.get((item.start, item.end)) if item.rule == 'AGENT_DESCRIPTION' else None
        return replace(item, end=person.end, text=text[item.start:person.end]) if person else item
    result = [replace(mention, roles=tuple((role, joined(item) if role in AGENT_ROLES else item)
                                           for role, item in mention.roles)) for mention in found]
    return result, {(start, person.end): person for (start, _), person in after.items()}


def resolve(found: list[Found], text: str, entity_matches: DocumentMatches) -> list[Found]:
    if not found:
        return found
    named = sorted((with_title(item) for mention in found for item in mention.agents()
                    if item.kind == 'person' and item.normal), key=lambda item: item.start)
    listed = lexicon_names(text)
    # «Владимир Путин» in a sentence with no event makes «Путин» of another sentence him
    in_text = names_in_text(text, frozenset(fold(item.normal) for item in [*named, *listed] if ' ' not in item.normal))
    surnames = full_names([*named, *in_text])
    # the people the mentions name, a bare surname with the full name the document gives it
    agents = [replace(item, normal=surnames.get(fold(item.normal), item.normal)) for item in named]
    holders = Holders(found, Antecedents(text, entity_matches, surnames, agents), surnames, [*in_text, *listed])
    # «премьер-министром Армении Николом Пашиняном»: the name after a post the grammar did not join to it
    after = {(item.start, item.end): person for mention in found for item in mention.agents()
             if item.rule == 'AGENT_DESCRIPTION' and (person := name_after(item, text))}
    found, after = with_names_after(found, after, text)
    result: list[Found] = []
    for index, mention in enumerate(found):
        mention = resolve_agents(mention, result, found[index + 1:], holders, named, after)
        result.append(resolve_places(mention, text))
    return [with_visitors(mention, result) for mention in result]
