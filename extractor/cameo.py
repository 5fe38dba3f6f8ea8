"""The CAMEO code of an event, for political-event pipelines: the code its type declares, unless
one of the conditions it declares first holds (`grammars.declaration.CAMEO_CONDITIONS`).

- planned: planned or possible («проведут переговоры»: 036, express intent to meet or negotiate)
- negotiation: named «переговоры» (046, engage in negotiation)
- third_place: held in a country none of the sides comes from (044, meet at a third location)
- acts: a law or a decree, which a head of state signs alone (no code)
"""

from __future__ import annotations

from extractor.arguments import acts
from extractor.merge import Draft
from grammars.declaration import EventType
from grammars.geo import geo_entry
from grammars.lexicon import fold


def holds(condition: str, draft: Draft, args: dict, countries: dict[str, str], declared: EventType) -> bool:
    if condition == 'planned':
        return draft.mentions[0].modality in ('planned', 'possible')
    if condition == 'negotiation':
        return any(fold(mention.trigger.text).startswith('переговор') for mention in draft.mentions)
    if condition == 'acts':
        kinds = {item.doc_kind for item in args.get('document', ())}
        return bool(kinds) and kinds <= acts()
    sides = {item.normal if item.kind == 'country' else item.country or countries.get(item.normal or '')
             for item in args.get(declared.agent_role, ())} - {None}
    places = {item.normal for item in args.get(declared.place_role or '', ())}
    return bool(places and sides) and not places & sides and not any(
        geo_country(place) in sides for place in places)


def geo_country(place: str) -> str | None:
    entry = geo_entry(place)
    return entry.country if entry else None


def cameo(declared: EventType, draft: Draft, args: dict, countries: dict[str, str]) -> str | None:
    for condition, code in declared.cameo_when:
        if holds(condition, draft, args, countries, declared):
            return code
    return declared.cameo
