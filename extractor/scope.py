"""Who an event is between: `diplomatic` (two or more states or international bodies, or their
representatives acting toward each other), `domestic` (state actors of one state only) or `other`
(business, sport, culture, science, church, private life). Decided by named rules from the event's
actors, places and documents; a record is never left out for who takes part.

- INTERNATIONAL_BODY: an international body takes part, names the summit or is the post's («сессия
  ОДКБ», «генсек НАТО», «назначен постпредом при ООН»)
- ENVOY_POST: an appointment of an envoy («назначен послом России в Японии»)
- TWO_STATES: two states or their representatives («Лавров и Блинкен», «российско-американский
  договор»)
- VISIT_ABROAD: a state's representative travels to another state («Путин посетил Берлин»), or
  a visit of a state's kind («с официальным визитом»)
- MET_ABROAD: a state's representative talks, calls or signs in another state
- ONE_STATE: state actors of one state only («президент подписал указ», «заседание правительства»,
  «назначен министром»)
- NO_STATE: no state actor: companies, clubs, churches, private people
- IN_CONTEXT: nothing the event itself names tells: the scope of the events of its document
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from extractor.actors import (
    PRIVATE_KINDS,
    Actors,
    Known,
    company_post,
    international,
    lemmatized,
    political_titles,
    serving_post,
    unit_kind,
)
from extractor.arguments import acts
from extractor.entities import org_kinds
from extractor.merge import Draft
from extractor.records import Arg
from extractor.resolve import country_forms
from grammars.event import TYPES
from grammars.gazetteer import fold as fold_form
from grammars.geo import geo_entry
from grammars.lexicon import fold, table, words

# «Петербургский международный экономический форум», «заседание руководителей экономик стран АТР»
INTERNATIONAL_NAME = re.compile(r'\bмеждународн|\bстран\b|\bгосударств\b')


@dataclass(frozen=True)
class Scope:
    scope: str
    rule: str


@cache
def envoy_titles() -> tuple[str, ...]:
    return tuple(fold(title) for title in words('positions', 'envoys'))


@cache
def state_kinds(event_type: str) -> frozenset[str]:
    """«государственный», «официальный»: kinds only a state's trips have; «зарубежный»: a trip abroad."""
    lexicon = table('events', event_type)
    return frozenset(fold(kind) for section in ('state_kinds', 'abroad_kinds') for kind in lexicon.get(section, ()))


def country_of_place(name: str | None) -> str | None:
    entry = geo_entry(name or '')
    if entry is None:
        return None
    return entry.name if entry.section == 'countries' else entry.country


def documents_of(draft: Draft) -> list[Arg]:
    return [item for mention in draft.mentions for role, item in mention.roles if role == 'document']


def countries_named(text: str) -> set[str]:
    """The countries a name names, in any form: «России и Казахстана», «российско-американский»."""
    found = set()
    for word in re.split(r'[\s-]+', text):
        entry = geo_entry(word)
        if entry is not None and entry.section == 'countries':
            found.add(entry.name)
        elif fold_form(word) in country_forms():
            found.add(country_forms()[fold_form(word)])
    return found


def summit_bodies(draft: Draft) -> tuple[bool, bool]:
    """Whether a summit's name names an international body, and whether it names states."""
    names = [item for mention in draft.mentions for role, item in mention.roles if role == 'name']
    body = any(international(item.normal) or any(international(word) for word in (item.normal or '').split())
               or fold(item.normal or '').startswith('саммит') or INTERNATIONAL_NAME.search(fold(item.normal or ''))
               for item in names)
    return body, any(mention.state_name for mention in draft.mentions)


def scope_of(draft: Draft, known: Known) -> Scope | None:
    """The scope of an event by what it names, or None where it names nothing that tells."""
    agents = [item for mention in draft.mentions for item in mention.agents()]
    actors = Actors(agents, known)
    places = {country_of_place(item.normal) for mention in draft.mentions for item in mention.places()} - {None}
    documents = documents_of(draft)
    positions = [item for mention in draft.mentions for role, item in mention.roles if role == 'position']
    kind = TYPES[draft.type].kind
    named_body, named_states = summit_bodies(draft) if kind == 'gathering' else (False, False)
    # «возглавит ООН», «генсеком ООН станет»: the post is an international body's
    bodies_led = [item.normal for mention in draft.mentions for role, item in mention.roles if role == 'organization']
    if actors.bodies or named_body or any(international(item.organization) for item in positions) \
            or any(international(word) for item in positions for word in (item.normal or '').split()) \
            or any(international(name) for name in bodies_led):
        return Scope('diplomatic', 'INTERNATIONAL_BODY')
    if kind == 'post' and any(serving_post(item.normal or '').startswith(envoy_titles())
                                           for item in positions):
        return Scope('diplomatic', 'ENVOY_POST')
    # «подписал закон о ратификации договора между Россией и США»: an act one state signs alone is its own
    names = [item for mention in draft.mentions for role, item in mention.roles if role in ('document', 'name')
             and item.doc_kind not in acts()]
    named = set().union(*(countries_named(item.text or '') for item in names)) if names else set()
    if len(actors.states | named) >= 2:
        return Scope('diplomatic', 'TWO_STATES')
    if kind == 'travel':
        said = {fold(item.normal or '') for mention in draft.mentions for role, item in mention.roles
                if role == 'kind'}
        if said & state_kinds(draft.type) or (actors.official and places - actors.states and actors.states):
            return Scope('diplomatic', 'VISIT_ABROAD')
    elif kind in ('meeting', 'agreement') and actors.official and actors.states and places - actors.states:
        return Scope('diplomatic', 'MET_ABROAD')
    doc_kinds = {item.doc_kind for item in documents if item.doc_kind}
    if kind == 'post':
        return post_scope(actors, positions, [item for mention in draft.mentions for role, item in mention.roles
                                              if role == 'organization'])
    # one side of talks or of a signing at home says nothing of the other («встретилась в Варшаве с
    # президентом Польши»)
    sides = len({item.normal for item in agents if item.normal})
    # «во время встречи с избирателями»: one meets voters and residents at home
    at_home = kind == 'meeting' and any(meets_the_public(mention) for mention in draft.mentions)
    # «заседание межведомственной комиссии»: a meeting of a state's body
    # and «сессия Национальной ассамблеи Кубы»: a meeting of one state's body, named by it
    state_body = kind == 'gathering' and (len(named) == 1 or any(
        unit_kind(item.text) == 'state' for mention in draft.mentions for role, item in mention.roles
        if role in ('name', 'participants')))
    if (doc_kinds and doc_kinds <= acts()) or named_states or state_body or at_home or (
            actors.official and not actors.unknown and (
                kind == 'gathering' or sides >= 2 or kind == 'travel' and places and places <= actors.states)):
        return Scope('domestic', 'ONE_STATE')
    if actors.private and not actors.official:
        return Scope('other', 'NO_STATE')
    return None


# words after a trigger in which whom one meets is named: «встречи с избирателями округа»
PUBLIC_WINDOW = 3


def meets_the_public(mention) -> bool:
    """Whether a meeting is with voters or residents («встречи с избирателями»)."""
    after = mention.sentence.text[mention.trigger.end - mention.sentence.start:].split()[:PUBLIC_WINDOW]
    return bool(after) and after[0].lower() in ('с', 'со') and bool(
        set(lemmatized(' '.join(after[1:])).split()) & publics())


@cache
def publics() -> frozenset[str]:
    return frozenset(table('events', 'talks')['publics'])


def post_scope(actors: Actors, positions: list[Arg], bodies: list[Arg]) -> Scope | None:
    """A post is a state's where it is a political one, heads a state's body («возглавил министерство») or
    its holder acts for a state, and no company's, club's or church's («возглавил благотворительный
    фонд»); where nothing tells, the document's other events do."""
    led = [org_kinds().get(item.normal or '') or unit_kind(item.normal) for item in bodies]
    # a post's own words name a state's company («генеральный директор госкорпорации»); a body of a private
    # kind in them may be of a state («президент ОАО «РЖД»», «заместитель секретаря Совета ... Федерации»)
    states = [org_kinds().get(item.organization or '') or unit_kind(item.normal) for item in positions]
    private = any(org_kinds().get(item.organization or '') in PRIVATE_KINDS or company_post(item.normal)
                  for item in positions) or any(kind in PRIVATE_KINDS for kind in led)
    political = any(serving_post(item.normal or '').startswith(political_titles()) for item in positions) \
        or 'state' in led + states
    if private or (actors.private and not actors.official and positions and not political):
        return Scope('other', 'NO_STATE')
    if political or actors.official:
        return Scope('domestic', 'ONE_STATE')
    return None


def scopes(drafts: list[Draft], known: Known) -> list[Scope]:
    """Each event's scope; one that names nothing that tells takes the one most events of its
    document have (the first of those as many have), else `domestic` where a state's representative
    takes part and `other` where none does."""
    found = [scope_of(draft, known) for draft in drafts]
    decided = [item.scope for item in found if item is not None]
    context = Counter(decided).most_common(1)[0][0] if decided else None
    # a state's representative acts for it even in a document of private affairs («встречался с президентом»)
    return [item or Scope('domestic' if official(draft, known) and context in (None, 'other') else context or 'other',
                          'IN_CONTEXT') for item, draft in zip(found, drafts, strict=True)]


def official(draft: Draft, known: Known) -> bool:
    return Actors([item for mention in draft.mentions for item in mention.agents()], known).official
