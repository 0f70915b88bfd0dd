"""How a question's words are looked for in a clause: the clause read as questions are written, cut into the
sentence parts a value is read in, and how much of the asked words a part names. Shared by the value checks
(`measures`) and the readings of whose figure a value is (`figure_scope`)."""

from __future__ import annotations

import re

from assistant.lexicon.regions import to_simplified

#: where a sentence part ends (。；): a value belongs to the part it stands in
SENTENCE_PART = re.compile(r"[。；;]")


def plain(text: str) -> str:
    """A clause's text as questions are written: simplified script, without the spaces and line breaks
    PDF and web text put inside words and sentences (省級未來工廠…分別給予 100 萬\n元)."""
    return re.sub(r"\s+", "", to_simplified(text))


def named_by(words: list[str], part: str) -> int:
    """How much of the asked words a text names, by length, each found word counted once with the
    longer words containing it (互联网 found counts 3, not 互联 + 联网 + 互联网 = 7)."""
    found = [w for w in words if w in part]
    return sum(len(w) for w in found if not any(w != o and w in o for o in found))
