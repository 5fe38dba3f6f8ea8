"""Every event type: the root `python -m extractor try grammars.event.EVENT "..."` runs, and the
declarations the pipeline reads.

- EVENT: «Лавров проведет переговоры с главой МИД Казахстана» (talks), «посетит Россию» (visit), ...
"""

from yargy import or_

from grammars.appointment import APPOINTMENT, APPOINTMENT_TYPE
from grammars.call import CALL, CALL_TYPE
from grammars.declaration import DeclarationError, EventType
from grammars.signing import SIGNING, SIGNING_TYPE
from grammars.summit import SUMMIT, SUMMIT_TYPE
from grammars.talks import TALKS, TALKS_TYPE
from grammars.visit import VISIT, VISIT_TYPE

# a call before talks: of two readings as good, the earlier alternative wins, and «телефонные
# переговоры» are a call
EVENT = or_(VISIT, CALL, TALKS, SIGNING, SUMMIT, APPOINTMENT).named('EVENT')

# every event type's declaration, in the order the pipeline reads them
EVENT_TYPES = (VISIT_TYPE, TALKS_TYPE, SIGNING_TYPE, SUMMIT_TYPE, CALL_TYPE, APPOINTMENT_TYPE)


def declared(types: tuple[EventType, ...]) -> dict[str, EventType]:
    """Name → declaration; a name declared twice is an error."""
    found: dict[str, EventType] = {}
    for each in types:
        if each.name in found:
            raise DeclarationError(f'{each.module.replace(".", "/")}.py: event type {each.name!r} declared twice')
        found[each.name] = each
    return found


TYPES = declared(EVENT_TYPES)
