"""Every event type: the root `python -m extractor try grammars.event.EVENT "..."` runs.

- EVENT: «Лавров проведет переговоры с главой МИД Казахстана» (talks), «посетит Россию» (visit), ...
"""

from yargy import or_

from grammars.appointment import APPOINTMENT
from grammars.call import CALL
from grammars.signing import SIGNING
from grammars.summit import SUMMIT
from grammars.talks import TALKS
from grammars.visit import VISIT

# a call before talks: of two readings as good, the earlier alternative wins, and «телефонные
# переговоры» are a call
EVENT = or_(VISIT, CALL, TALKS, SIGNING, SUMMIT, APPOINTMENT).named('EVENT')
