"""What an event type is, said once beside its grammar: its trigger words, the rules that fill each
role, its traps, its CAMEO codes and what tells two of its events apart. The pipeline reads only
these declarations (`grammars.event.EVENT_TYPES`); each is checked when its module is imported, and
an error names the module and the item.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from yargy.rule.constructors import NamedRule, Rule

from grammars.lexicon import LexiconError, table

# what a CAMEO code may be chosen by, besides the type: extractor.events reads these
CAMEO_CONDITIONS = ('planned', 'negotiation', 'third_place', 'acts')
# the roles of the output contract by group: who acts, and where
AGENT_ROLES = frozenset({'visitor', 'inviter', 'host', 'participants', 'parties', 'person'})
PLACE_ROLES = frozenset({'destination', 'place'})
# what kind of event a type is, which decides its scope beside its actors (extractor.scope) and how
# its mentions merge (extractor.merge): a trip from one state to another, a meeting of sides, an
# agreement, a gathering of many (known by its name: each mention may name some who take part), a post
KINDS = ('travel', 'meeting', 'agreement', 'gathering', 'post')


class DeclarationError(ValueError):
    """An event type's declaration names something its grammar or lexicon does not have."""


@dataclass(frozen=True)
class Trap:
    """A named rule that says a use of a trigger word is no event: `test(tokens, first, last)` looks at
    the words of the sentence around the trigger's words `first`..`last` (exclusive)."""

    name: str
    test: Callable[[list, int, int], bool]


@dataclass(frozen=True)
class EventType:
    """One event type of the output contract, with everything the pipeline needs to know of it.

    - `words`: the sections of `events.yml: <name>` whose words are an event wherever they stand;
      `grammar_words`: those that send a sentence to the grammar but are events only in its
      constructions; `with_a_post`: sections whose words are events where their clause holds a post
      (`as`: in the instrumental, `word`: «пост», «должность»; `any`: either); `active_only`:
      sections read in the active voice only; `other_words`: (lexicon, section) pairs that also send
      a sentence to the grammar
    - `triggers`: the rules whose match is the trigger word, the one a record shows first
    - `roles`: rule → role it fills; `role_order`: the type's roles as records list them;
      `agent_role`, `place_role`: the roles an agent and a place of its clause fill
    - `dates`, `verbs`: the rules that hold its date and the verb its modality is read off
    - `traps`: the uses of its trigger words that are no event
    - `cameo`: its code; `cameo_when`: (condition, code) pairs tried first, conditions from
      CAMEO_CONDITIONS
    - `identity`: roles two events of the type must not differ in to be one
    - `fallback`, `fallback_words`: a rule read where `root` finds nothing, in a sentence with one of
      these words
    - `arrivals`: the section of verbs that begin a visit («прибыл») rather than tell all of it
    - `kind`: which of KINDS it is
    - `overrides`: types whose mentions give way where their trigger stands in a match of this one
      («обсуждали по телефону» is a call, not talks)
    - `agent_as_object`: sections of verbs whose object is the one who acts in it («назначил
      Иванова»), where others have him for subject
    - `dative_side`: sections of verbs that name the other side in the dative («позвонил Токаеву»)
    """

    name: str
    module: str
    root: Rule
    triggers: tuple[Rule, ...]
    roles: tuple[tuple[Rule, str], ...]
    role_order: tuple[str, ...]
    agent_role: str
    words: tuple[str, ...]
    place_role: str | None = None
    grammar_words: tuple[str, ...] = ()
    with_a_post: tuple[tuple[str, str], ...] = ()
    active_only: tuple[str, ...] = ()
    other_words: tuple[tuple[str, str], ...] = ()
    dates: tuple[Rule, ...] = ()
    verbs: tuple[Rule, ...] = ()
    traps: tuple[Trap, ...] = ()
    cameo: str | None = None
    cameo_when: tuple[tuple[str, str | None], ...] = ()
    identity: tuple[str, ...] = ()
    fallback: Rule | None = None
    fallback_words: frozenset[str] = field(default_factory=frozenset)
    arrivals: str | None = None
    kind: str = 'meeting'
    agent_as_object: tuple[str, ...] = ()
    dative_side: tuple[str, ...] = ()
    overrides: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        where = f'{self.module.replace(".", "/")}.py: {self.name}'
        if self.agent_role not in self.role_order or self.agent_role not in AGENT_ROLES:
            raise DeclarationError(f'{where}: agent role {self.agent_role!r} is not among its roles and the agents')
        if self.place_role is not None and not (self.place_role in self.role_order and self.place_role in PLACE_ROLES):
            raise DeclarationError(f'{where}: place role {self.place_role!r} is not among its roles and the places')
        for rule, role in self.roles:
            if role not in self.role_order:
                raise DeclarationError(f'{where}: {name_of(rule)} fills {role!r}, which is not among its roles')
        reachable = {id(item) for root in (self.root, self.fallback) if root is not None
                     for item in root.walk(NamedRule)}
        for rule in (*self.triggers, *(rule for rule, _ in self.roles), *self.dates, *self.verbs):
            if not isinstance(rule, NamedRule):
                raise DeclarationError(f'{where}: a rule it names has no name: {rule!r}')
            if id(rule) not in reachable:
                raise DeclarationError(f'{where}: {rule.name} is not part of its grammar {name_of(self.root)}')
        if self.kind not in KINDS:
            raise DeclarationError(f'{where}: kind {self.kind!r} is none of {KINDS}')
        for condition, _ in self.cameo_when:
            if condition not in CAMEO_CONDITIONS:
                raise DeclarationError(f'{where}: CAMEO condition {condition!r} is none of {CAMEO_CONDITIONS}')
        try:
            sections = table('events', self.name)
        except LexiconError as error:
            raise DeclarationError(f'{where}: {error}') from None
        named = (*self.words, *self.grammar_words, *(section for section, _ in self.with_a_post), *self.active_only,
                 *((self.arrivals,) if self.arrivals else ()), *self.agent_as_object, *self.dative_side)
        if any(need in ('word', 'any') for _, need in self.with_a_post):
            named += ('post_nouns',)
        for section in named:
            if section not in sections:
                raise DeclarationError(f'{where}: grammars/lexicons/events.yml has no section {self.name}.{section}')

    @cached_property
    def role_names(self) -> dict[str, str]:
        """Node name → role: what the trees of its matches are read by."""
        return {rule.name: role for rule, role in self.roles}

    @cached_property
    def trigger_names(self) -> tuple[str, ...]:
        return tuple(rule.name for rule in self.triggers)

    @cached_property
    def date_names(self) -> tuple[str, ...]:
        return tuple(rule.name for rule in self.dates)

    @cached_property
    def verb_names(self) -> tuple[str, ...]:
        return tuple(rule.name for rule in self.verbs)

    @property
    def word_rule(self) -> str:
        """The name a mention found by its trigger word alone shows: `VISIT_WORD`."""
        return f'{self.name.upper()}_WORD'


def name_of(rule) -> str:
    return getattr(rule, 'name', None) or repr(rule)
