"""What a match of any rule says, as a flat dict: the values per-phrase cases and `try` show."""

from __future__ import annotations

from datetime import date

from extractor.entities import countries_in, date_arg, geo_args, org_args, person_arg, post_text
from extractor.normal import person_name
from extractor.trace import Node

NAME_RULES = ('NAME', 'NAME_AFTER_POSITION', 'NAME_FIRST_LAST', 'NAME_FIRST_MIDDLE_LAST',
              'NAME_INITIALS_LAST', 'NAME_REGNAL', 'SURNAME')


def arg_fields(item) -> dict:
    data = item.as_json()
    for key in ('start', 'end', 'text'):
        data.pop(key, None)
    return data


def describe(node: Node, source: str, anchor: date | None = None) -> dict:
    """The values a match produces: entity fields where the rule is (or holds) an entity."""
    values: dict[str, object] = {'text': node.text(source)}
    top = node.children[0] if node.name == 'ENTITY' and node.children else node
    if top.name.startswith('PERSON'):
        values.update(arg_fields(person_arg(top, source)))
    elif top.name in NAME_RULES:
        values['normal'] = person_name(top.tokens)
    elif top.find('DATE') is top or top.name.startswith('DATE_'):
        values.update(arg_fields(date_arg(top, source, anchor)))
    elif top.name.startswith('POSITION'):
        values['position'] = post_text(top)
        countries = countries_in(top)
        if countries:
            values['country'] = countries[0]
    elif top.name.startswith('ORG') or top.name.startswith('STATE_BODY'):
        args = org_args(top, source)
        values.update(arg_fields(args[0]))
        if len(args) > 1:
            values['normals'] = [item.normal for item in args]
    else:
        args = geo_args(top, source)
        if args:
            values.update(arg_fields(args[0]))
            if len(args) > 1:
                values['normals'] = [item.normal for item in args]
    return values
