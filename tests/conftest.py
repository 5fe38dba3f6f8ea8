import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from extractor import Extractor  # noqa: E402


@pytest.fixture(scope='session')
def extractor():
    """One extractor for the whole run: grammars and dictionaries load once, as in a real process."""
    return Extractor()
