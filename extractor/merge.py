"""One record per real-world event: which mentions name the same one. Small pure functions.

Two mentions of one type name one event when nothing they say conflicts: their named agents share
someone (or one names none), their dates overlap (or one gives none), their places are the same or
one lies in the other (or one gives none), one does not tell of as done what the other plans or
denies, and they name the same post (appointments), summit (summits) or document (signings) where both name one;
a post held («занимал») and one taken («назначил») are two.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from extractor.mentions import Found
from extractor.morph import analyzer
from extractor.same_month import months_agree
from grammars.event import TYPES
from grammars.geo import geo_entry
from grammars.lexicon import fold, table


@dataclass
class Draft:
    """The mentions gathered for one event so far."""

    type: str
    mentions: list[Found] = field(default_factory=list)

    def agents(self) -> set[str]:
        return {name for mention in self.mentions for name in people(mention)}

    def places(self) -> set[str]:
        return compared_places(*self.mentions)

    def dates(self) -> list:
        return [mention.date for mention in self.mentions
                if mention.date and (mention.date.date_from or mention.date.date_to)]

    def going_on(self) -> bool:
        """Whether a mention with no date tells of the event as going on («находится с визитом», «прибыл») or
        decrees it («Назначить ...»): it is about the news day."""
        return any(mention.date is None and (merging_modality(mention) == 'ongoing' or decreed(mention))
                   for mention in self.mentions)

    def modalities(self) -> set[str]:
        return {mention.modality for mention in self.mentions}


def people(mention: Found) -> set[str]:
    """Who a mention's agents are: their names, and the members of a group («стороны»)."""
    return {name for item in mention.agents() for name in (item.normal, *item.members) if name}


def agents_agree(draft: Draft, mention: Found) -> bool:
    if TYPES[draft.type].kind == 'gathering':
        return True  # a summit gathers many; each mention may name some of them
    mine = draft.agents()
    theirs = people(mention)
    return not mine or not theirs or bool(mine & theirs)


# an event told of as going on is within this many days of the news day
GOING_ON_DAYS = 31


def dates_agree(draft: Draft, mention: Found, anchor: date | None = None) -> bool:
    """Two intervals overlap; one open at an end («с 2013 года») runs on that way. An event going on
    with no date of its own («визит является первой поездкой») is about the news day `anchor`."""
    around = None if anchor is None else (
        (anchor - timedelta(GOING_ON_DAYS)).isoformat(), (anchor + timedelta(GOING_ON_DAYS)).isoformat())
    if not months_agree(draft.mentions, mention):
        return False
    if mention.date is not None and mention.date.date_from is not None:
        own = (mention.date.date_from, mention.date.date_to)
    elif around is not None and mention.date is None and (merging_modality(mention) == 'ongoing' or decreed(mention)):
        own = around
    else:
        return True
    dates = [(other.date_from, other.date_to) for other in draft.dates()]
    if anchor is not None and around is not None and draft.going_on():
        # «переговоры проходят» and «переговоры продолжатся в субботу»: what goes on now is not what is
        # planned for a day to come
        if ahead(mention, anchor):
            return False
        dates.append(around)
    if anchor is not None and mention.date is None and merging_modality(mention) == 'ongoing' and any(
            ahead(other, anchor) for other in draft.mentions):
        return False
    return all((start or '') <= (own[1] or '9999') and own[0] <= (end or '9999') for start, end in dates)


def ahead(mention: Found, anchor: date) -> bool:
    """Whether a mention plans its event for a day after the news day."""
    return mention.modality == 'planned' and mention.date is not None and (
        mention.date.date_from or '') > anchor.isoformat()


def decreed(mention: Found) -> bool:
    """«Назначить Кошербаева Ермека министром ...»: a decree that orders by an infinitive opening its
    sentence is of the news day."""
    before = mention.sentence.text[:mention.trigger.start - mention.sentence.start]
    return not any(char.isalpha() for char in before) and 'INFN' in trigger_grams(mention)


def within(place: str, other: str) -> bool:
    entry = geo_entry(place)
    return place == other or (entry is not None and entry.country == other)


def compared_places(*mentions: Found) -> set[str]:
    """The places a merge compares: not a site one arrives at a city by («прибыл в Душанбе», «по прибытии в
    аэропорт»), which may be in any; a site one visits («посетят храм») is a visit of its own."""
    return {item.normal for mention in mentions for item in mention.places() if item.normal and not (
        item.rule == 'SITE' and {fold(word) for word in item.normal.split()} & arrival_sites())}


@cache
def arrival_sites() -> frozenset[str]:
    return frozenset(table('events', 'site_words')['arrival'])


def places_agree(draft: Draft, mention: Found) -> bool:
    mine = draft.places()
    theirs = compared_places(mention)
    if not mine or not theirs:
        return True
    return any(within(a, b) or within(b, a) for a in mine for b in theirs)


# what happened and what is yet to happen are two events, however alike («посещал» and «посетит»)
DONE_AND_PLANNED = {('done', 'planned'), ('done', 'possible'), ('planned', 'done'), ('possible', 'done')}
HOLDING_AND_TAKING = {('done', 'ongoing'), ('ongoing', 'done')}


def merging_modality(mention: Found) -> str:
    """An arrival told of as done («прибыл в Астану») begins a visit still going on."""
    return 'ongoing' if mention.arrival and mention.modality == 'done' else mention.modality


def modality_agrees(draft: Draft, mention: Found) -> bool:
    """Neither denies what the other tells, nor tells as done what the other plans; a mention whose
    own words say nothing of it (a headline «Визит в Минск») agrees with any."""
    if ('negated' in draft.modalities()) != (mention.modality == 'negated'):
        return False
    post = TYPES[draft.type].kind == 'post'
    for other in draft.mentions:
        pair = (merging_modality(other), merging_modality(mention))
        # a modality read off another verb of the sentence only tells done from planned
        if pair in DONE_AND_PLANNED:
            return False
        # holding a post («занимает пост») is not taking it («стал главой»), where their own verbs say so
        if post and other.tensed and mention.tensed and pair in HOLDING_AND_TAKING:
            return False
    return True


def role_values(roles, role: str) -> set[str]:
    return {item.normal for name, item in roles if name == role and item.normal}


# a meeting known by its noun («совещание с членами правительства») may be named another way later
UNNAMED = ('SUMMIT_WITH', 'SUMMIT_NOUN_ALONE')


def identity_values(roles, role: str) -> set[str]:
    return role_values([(name, item) for name, item in roles if item.rule not in UNNAMED], role)


def identity_agrees(draft: Draft, mention: Found) -> bool:
    """Two posts are two appointments; two summits differ in number («XXI форум», «XX форум»), or
    where neither gives one, in name."""
    for role in TYPES[draft.type].identity:
        mine = {value for other in draft.mentions for value in identity_values(other.roles, role)}
        theirs = identity_values(mention.roles, role)
        if mine and theirs:
            # «президент» and «президент компании»: one says less of the same post
            return any(one == other or one.startswith(f'{other} ') or other.startswith(f'{one} ')
                       for one in mine for other in theirs)
    return True


def documents_agree(draft: Draft, mention: Found) -> bool:
    """Two signings of documents about different things are two: «договор по СНВ» and «договор о
    коллективной безопасности»; «договор» or «соглашения» and «договор по СНВ» may be one."""
    if not acts_agree(doc_kinds_of(draft.mentions), doc_kinds_of([mention])):
        return False
    mine = [set(name.lower().split()) for other in draft.mentions for name in role_values(other.roles, 'document')]
    theirs = [set(name.lower().split()) for name in role_values(mention.roles, 'document')]
    return not mine or not theirs or any(a <= b or b <= a or not (about(a) and about(b)) for a in mine for b in theirs)


def doc_kinds_of(mentions: list[Found]) -> set[str]:
    return {item.doc_kind for mention in mentions for role, item in mention.roles
            if role == 'document' and item.doc_kind and item.doc_kind != 'документ'}


def acts_agree(mine: set[str], theirs: set[str]) -> bool:
    """Documents of different kinds are signed apart: «подписали совместное заявление» and «обменялись
    20 соглашениями» are two signings, and so are «подписал указ» and «подписании заявления»."""
    return not mine or not theirs or bool(mine & theirs)


def about(words: set[str]) -> bool:
    """Whether a document's name says what it is about: «соглашения», «важный документ» do not."""
    return bool(words & {'о', 'об', 'по', 'между'})


def trigger_grams(mention: Found) -> frozenset[str]:
    """The grammemes of the likeliest reading of a mention's first trigger word."""
    forms = analyzer()(mention.trigger.text.split()[0].lower())[:1]
    return frozenset(forms[0].grams.values) if forms else frozenset()


def aspect(mention: Found) -> str | None:
    """'impf' for a post held («занимал», «возглавлявший»), 'perf' for one taken («назначил», «стал»)."""
    grams = trigger_grams(mention)
    return next((aspect for aspect in ('impf', 'perf') if aspect in grams), None)


def tenures_agree(draft: Draft, mention: Found) -> bool:
    """«с декабря 2012 года занимал должность» and «19 июня 2013 года назначил»: holding a post, told of by
    a verb of the imperfect («занимал», «возглавлял»), is not taking it («назначил», «стал»)."""
    if TYPES[draft.type].kind != 'post':
        return True
    return not any({aspect(other), aspect(mention)} == {'impf', 'perf'} for other in draft.mentions
                   if other.tensed and mention.tensed)


def compatible(draft: Draft, mention: Found, anchor: date | None = None) -> bool:
    return (draft.type == mention.type and agents_agree(draft, mention) and dates_agree(draft, mention, anchor)
            and places_agree(draft, mention) and modality_agrees(draft, mention) and identity_agrees(draft, mention)
            and documents_agree(draft, mention) and tenures_agree(draft, mention))


def says_who_or_where(mention: Found) -> bool:
    """Whether a mention names someone, somewhere, what was signed («Указ глава государства подписал») or
    the post someone was named to («назначил нового начальника Генштаба»)."""
    named = [item for role, item in mention.roles if role in ('document', 'position')]
    return bool(named) or bool(people(mention)) or any(item.normal for item in mention.places())


# a mention that names no one and no place is taken to speak of an event told of just before
NEARBY = 1000
# «на заседании»: a meeting named by its noun alone is one the document named before, or none
NAMED_BEFORE = ('SUMMIT_NOUN_ALONE',)


def near(draft: Draft, mention: Found) -> bool:
    return mention.trigger.start - draft.mentions[-1].trigger.start <= NEARBY


def merge(found: list[Found], anchor: date | None = None) -> list[Draft]:
    """Mentions in document order joined into events: each joins the latest compatible event of its
    type that names its people, else the latest compatible one; one that names no one and no place
    joins an event told of nearby («анонсируя визит»), else the nearest it agrees with, else stands
    alone; `anchor`: the news day."""
    drafts: list[Draft] = []
    for mention in found:
        bare = not says_who_or_where(mention)
        fits = [draft for draft in reversed(drafts)
                if compatible(draft, mention, anchor) and (not bare or near(draft, mention))]
        # an event that names its people before one known by a headline alone («Традиционные переговоры»)
        target = next((draft for draft in fits if not draft_is_bare(draft)), fits[0] if fits else None)
        if target is None:
            target = Draft(mention.type)
            drafts.append(target)
        target.mentions.append(mention)
    return without_bare_drafts(drafts, anchor)


def draft_is_bare(draft: Draft) -> bool:
    return not any(says_who_or_where(mention) for mention in draft.mentions)


def without_bare_drafts(drafts: list[Draft], anchor: date | None = None) -> list[Draft]:
    """An event known only by words that name no one («Традиционные переговоры на высшем уровне», a
    headline far from the rest) is the nearest event of its type its mentions agree with, where one is."""
    result = [draft for draft in drafts if not draft_is_bare(draft)]
    for draft in (draft for draft in drafts if draft_is_bare(draft)):
        start = draft.mentions[0].trigger.start
        fits = [other for other in result if other.type == draft.type
                and all(compatible(other, mention, anchor) for mention in draft.mentions)]
        target = min(fits, key=lambda other: min(abs(mention.trigger.start - start) for mention in other.mentions),
                     default=None)
        if target is None:
            result.append(draft)
        else:
            target.mentions.extend(draft.mentions)
            target.mentions.sort(key=lambda mention: mention.trigger.start)
    return sorted(result, key=lambda draft: draft.mentions[0].trigger.start)
