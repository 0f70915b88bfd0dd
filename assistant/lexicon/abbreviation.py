"""Chinese abbreviations: a short word made of characters taken in order from a longer phrase.

社保 abbreviates 社会保险, 残联 残疾人联合会, 降费 降低费率: a question says the short word, the
document the phrase. A word abbreviates a text when its characters occur in it in order, within one
phrase (no punctuation between them) and at most `MAX_GAP` characters apart. The gap is kept small
(残保金 in 残疾人就业保障金, four apart, is not found): the off-topic check that uses this must not
let questions through on characters that merely happen to occur near each other.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: characters a phrase may hold between two characters of its abbreviation (社[会]保[险])
MAX_GAP = 3
#: only short words are abbreviations; a longer one is matched as written
MAX_CHARS = 4
_PHRASE_CHAR = r"[^，。；,;：:、\s]"


@lru_cache(maxsize=4096)
def _pattern(word: str) -> re.Pattern[str]:
    return re.compile(f"{_PHRASE_CHAR}{{0,{MAX_GAP}}}".join(re.escape(c) for c in word))


def abbreviates(word: str, text: str) -> bool:
    """Whether `word` (2–4 characters) is written out in `text` (社保 in 社会保险费率)."""
    return 2 <= len(word) <= MAX_CHARS and _pattern(word).search(text) is not None
