"""Every entity a document mentions: the root the extractor runs when entities are asked for.

- ENTITY: «министр иностранных дел России Сергей Лавров», «ЕАЭС», «в Астане», «27 ноября»
"""

from yargy import or_

from grammars.date import DATE
from grammars.geo import GEO
from grammars.org import ORG
from grammars.person import PERSON

ENTITY = or_(PERSON, ORG, GEO, DATE).named('ENTITY')
