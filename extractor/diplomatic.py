"""What counts as diplomatic: who acts for a state, which events need such a person, and which
meetings are with the press rather than between parties."""

from __future__ import annotations

import re
from functools import cache

from extractor.arguments import acts
from extractor.entities import STATE_KINDS, org_kinds
from extractor.mentions import Found
from extractor.merge import Draft
from extractor.morph import analyzer
from extractor.records import Arg
from grammars.geo import geo_entry
from grammars.lexicon import fold, table, words

# a meeting or a visit needs someone who acts for a state to be diplomatic
NEEDS_OFFICIALS = ('visit', 'talks', 'call', 'signing')
VISIT_NOUNS = ('VISIT_MANNER', 'VISIT_NOUN_GROUP')


@cache
def state_visit_kinds() -> frozenset[str]:
    return frozenset(fold(kind) for kind in table('events', 'visit')['state_kinds'])


@cache
def political_titles() -> tuple[str, ...]:
    return tuple(fold(title) for title in words('positions', 'political_titles'))


def official(item: Arg, posts: dict[str, str]) -> bool:
    """Someone who acts for a state: a country, a state or international body, a holder of a post."""
    if item.kind == 'country':
        return True
    if item.kind == 'org':
        return item.country is not None or org_kinds().get(item.normal or '') in STATE_KINDS
    position = item.position or posts.get(item.normal or '')
    if item.kind == 'person' and position and fold(position) == 'коллега' and item.country:
        return True  # «своего французского коллегу»: the counterpart of another state's official
    return item.kind == 'person' and bool(position) and serving_post(position).startswith(political_titles())


@cache
def serving_modifiers() -> tuple[str, ...]:
    return tuple(sorted((fold(word) + ' ' for word in words('positions', 'modifiers')), key=len, reverse=True))


def serving_post(position: str) -> str:
    """«новый премьер-министр» holds the post «премьер-министр»; «бывший министр» holds none."""
    post = fold(position)
    while True:
        modifier = next((word for word in serving_modifiers() if post.startswith(word)), None)
        if modifier is None:
            return post
        post = post[len(modifier):]


def diplomatic(draft: Draft, posts: dict[str, str]) -> bool:
    """A meeting, visit, call or agreement of someone who acts for a state; a summit of states or
    international bodies; any appointment; any law or decree (only officials sign those)."""
    if draft.type == 'summit':
        return any(official_summit(mention, posts) for mention in draft.mentions)
    if draft.type not in NEEDS_OFFICIALS:
        return True
    kinds = {item.doc_kind for mention in draft.mentions for role, item in mention.roles if role == 'document'}
    if kinds and kinds <= acts():
        return True
    if draft.type == 'signing' and any(named_treaty(mention) or between_states(mention) for mention in draft.mentions):
        return True
    agents = [item for mention in draft.mentions for item in mention.agents()]
    if any(item.kind == 'org' and org_kinds().get(item.normal or '') == 'media' for item in agents):
        return False  # «в беседе с НСН», «в интервью ТАСС»: talking to the press is no meeting
    # «побывала на месте происшествия»: going somewhere is a visit when it names a place or a visit
    if draft.type == 'visit' and not any(mention.places() or mention.trigger_rule in VISIT_NOUNS
                                         for mention in draft.mentions):
        return False
    if draft.type == 'visit' and agents and any(role == 'kind' and fold(item.normal or '') in state_visit_kinds()
                                                for mention in draft.mentions for role, item in mention.roles):
        return True  # «прибыл с официальным визитом»: only someone who acts for a state does
    return any(official(item, posts) for item in agents)


AFTER_WITH = re.compile(r'\s+со?\s+([А-Яа-яЁё-]+)(?:\s+([А-Яа-яЁё-]+))?')


@cache
def press_words() -> frozenset[str]:
    return frozenset(words('events', 'press'))


def with_the_press(mention: Found) -> bool:
    """«в беседе с газетой Коммерсантъ», «встретился с российскими журналистами»: the one talked
    with, right after the trigger, is the press; «с главой агентства» is someone else."""
    after = AFTER_WITH.match(mention.sentence.text, mention.trigger.end - mention.sentence.start)
    if after is None:
        return False
    first, second = (list(analyzer()(word)) if word else [] for word in after.groups())
    if any('ADJF' in form.grams for form in first):  # «с российскими журналистами», not «с главой агентства»
        first = first + second
    return any(form.normalized in press_words() for form in first)


def named_treaty(mention: Found) -> bool:
    """«Договора о коллективной безопасности, подписанного в 1992 году»: an agreement whose kind is
    capitalised inside a sentence is a title, and titled agreements are those of states."""
    return any(role == 'document' and item.text[:1].isupper() and item.start > mention.sentence.start
               and item.doc_kind not in acts() for role, item in mention.roles)


def between_states(mention: Found) -> bool:
    """«российско-американский договор»: a document named for two states is theirs («договор аренды
    в Москве и Подмосковье» names places, not states)."""
    return any(role == 'document' and len(countries_named(item.text)) >= 2 for role, item in mention.roles)


def countries_named(text: str) -> set[str]:
    entries_found = (geo_entry(word) for word in re.split(r'[\s-]+', text))
    return {entry.name for entry in entries_found if entry is not None and entry.section == 'countries'}


def official_summit(mention: Found, posts: dict[str, str]) -> bool:
    """«саммит», or a summit of countries or of state and international bodies («форум ... России и
    Казахстана», «сессия ... ОДКБ»); not a party congress or a club's board meeting."""
    for role, item in mention.roles:
        if role == 'name' and item.normal and fold(item.normal).split()[0].startswith('саммит'):
            return True
    return mention.state_name or any(official(item, posts) for item in mention.agents())
