"""Whether a clause writes the subject a follow-up names, in other words than the turn's own.

A follow-up asking the same of another thing (那存量工业企业技改升级呢？, 那“菁英计划”留学项目呢？) names it the way
people say it, not the way the clause prints it (推动企业技改升级。对存量工业企业升级改造…; “菁英计划”留学项目, with
quotes; 战略新 兴 with a stray space). So a subject is matched by its character pairs, read over the
characters only: a clause *writes* the subject when it holds most of its pairs. A subject none of whose
pairs over a run of several characters any clause holds (市级专精特新企业 in a policy that never says 专精特新)
names something the documents do not speak of.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.lexicon.regions import as_simplified

#: what a subject and a clause are compared on: their characters, without punctuation, quotes or spaces
_NOT_WORD = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]+")
#: the share of a subject's character pairs a clause must hold to write it (规上服务业企业 in 规模以上服务业企业:
#: 5 of 6; 存量工业企业技改升级 in 推动企业技改升级。对存量工业企业升级改造…: 8 of 9)
WRITES = 0.75
#: the characters a run of a subject must span, none of its pairs written anywhere, for the subject to name a
#: thing the documents do not speak of (专精特新: four characters; a short form such as 规上 is one pair, and
#: a reordered phrase keeps its pairs)
UNWRITTEN_RUN = 4


def _flat(text: str) -> str:
    return _NOT_WORD.sub("", text)


def pairs(text: str) -> list[str]:
    """The character pairs of `text` read over its characters only (“菁英计划”留学 → 菁英 英计 计划 划留 留学)."""
    flat = _flat(text)
    return [flat[i : i + 2] for i in range(len(flat) - 1)]


def coverage(subject: str, text: str) -> float:
    """The share of the subject's character pairs that `text` holds (0 for a subject of one character)."""
    wanted = pairs(subject)
    if not wanted:
        return 0.0
    flat = _flat(as_simplified(text))  # a traditional-script clause writes a subject asked in simplified script
    return sum(p in flat for p in wanted) / len(wanted)


def writes(subject: str, text: str) -> bool:
    """Whether `text` writes the subject: holds at least `WRITES` of its character pairs."""
    return coverage(subject, text) >= WRITES


def unwritten_run(subject: str, texts: Iterable[str]) -> str | None:
    """The longest run of the subject, of `UNWRITTEN_RUN` characters or more, none of whose pairs any of
    `texts` holds (新认定市级专精特新企业 against a policy on 品牌示范企业 → 级专精特新企); None when every
    such run is shorter."""
    # one string to search, the texts kept apart by a character no pair holds (a pair is read over word
    # characters only): each pair is looked up once, not once per clause of the library
    # a text in traditional script (新入統) holds the pairs a question writes in simplified script (入统)
    held = "\n".join(_flat(as_simplified(t)) for t in texts)
    flat = _flat(subject)
    best = ""
    start = 0
    for i in range(len(flat) - 1):
        if flat[i : i + 2] in held:
            start = i + 1
        elif i + 2 - start > len(best):
            best = flat[start : i + 2]
    return best if len(best) >= UNWRITTEN_RUN else None
