"""Whose figure is it: a value the chosen clauses state for the asked measure, but as a floor or a per-unit rate
where a cap is asked, or nowhere because the measure is said to change without one.

The value checks of `measures` decide whether the sentence part naming the asked measure carries a value of
the asked type. These read what that value is attached to, inside the part: the bound it sets (每年不少于50万元 is
no 最多), and the comma-part of the measure itself (…撬动社会资本1000亿元,并扩大省科创母基金规模: the fund's size is
not given, the figures are the other measures'). Pure functions over the question, its measure words and clauses.

A value stated for another goal year (到2027年…2.8% asked 到2025年) was tried here and taken out: on the held-out
suites it declined as many answerable questions as it caught.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.wording import SENTENCE_PART, named_by, plain
from assistant.corpus.model import Clause

#: a sentence part's comma-parts
_COMMA = re.compile(r"[，,]")
#: an amount stated as a floor (每年不少于50万元, 100万元以上), not a cap
_FLOOR = re.compile(
    r"(?:不少于|不低于|不得低于|至少|起码)\s*\d+(?:\.\d+)?\s*(?:万|亿|千)?元|\d+(?:\.\d+)?\s*(?:万|亿|千)?元(?:\(含\))?(?:以上|起)"
)
#: a cap stated (最高不超过, 上限, 封顶): the text bounds the amount from above
_CAP_TEXT = re.compile(r"最高|最多|不超过|不高于|上限|封顶|限额|为限|以内|以下")
#: an amount per unit of something counted (每亩120元, 每亩再增加40元, 每平方米10元, 每人每月1500元)
_PER_UNIT_AMOUNT = re.compile(r"每\s*[\u4e00-\u9fff]{1,6}?\s*\d+(?:\.\d+)?\s*(?:万|千)?元")
#: a measure said to change, or to start, without a figure (外排污水量大幅减少, 并扩大省科创母基金规模, 启动…重组工作)
_CHANGED = re.compile(r"大幅|显著|明显|扩大|减少|增加|提高|提升|下降|降低|增强|壮大|扩容|启动|开展")
#: a comma-part continuing the one before with its figure (…数量大幅增加,达到500家)
_CONTINUES_WITH_VALUE = re.compile(r"^(?:达到|达|为|至|到|增长|突破|超过|共|合计|其中|给予|按|奖励|补助|补贴)")
#: a figure of any kind: a digit, a rank (第2, 第二位), a count in numerals (三个)
_ANY_FIGURE = re.compile(r"\d|第[一二三四五六七八九十]|[一二两三四五六七八九十百千万]+[个家项名位倍成]")
#: a comma-part naming whom a measure is for (对研发投入增加的企业): a condition, not a change stated
_CONDITION_PIECE = re.compile(r"^对|的$")


def _best_parts(words: list[str], clauses: list[Clause], value: Callable[[str], object]) -> list[str]:
    """The value-bearing sentence parts of the clauses naming the asked words best (by length; none if no
    part carrying a value names any)."""
    parts = [p for c in clauses for p in SENTENCE_PART.split(plain(c.text)) if value(p)]
    scored = [(named_by(words, p), p) for p in parts]
    best = max((s for s, _ in scored), default=0)
    return [p for s, p in scored if best and s == best]


def cap_unstated(words: list[str], clauses: list[Clause], value: Callable[[str], object]) -> str | None:
    """A cap asked (最多能拿多少) where the parts naming the measure bound no amount from above and state each
    amount as a floor (每年不少于50万元) or a sum per unit counted (每亩120元, no total for one recipient): what
    the decline names (下限, 按单位计算的标准), or None when a part states a cap or an amount of neither kind."""
    parts = _best_parts(words, clauses, value)
    if not parts or any(_CAP_TEXT.search(p) for p in parts):
        return None
    amounts = [m for p in parts for m in re.finditer(r"\d+(?:\.\d+)?\s*(?:万|亿|千)?元", p)]
    floors = [f.span() for p in parts for f in _FLOOR.finditer(p)]
    per_unit = [u.span() for p in parts for u in _PER_UNIT_AMOUNT.finditer(p)]
    if not amounts:
        return None
    if floors and len(floors) >= len(amounts):
        return "只规定了资金的下限（不少于多少），没有规定上限"
    if per_unit and len(per_unit) >= len(amounts):
        return "只规定了按单位（每亩、每人等）计算的标准，没有规定每个对象最多能得多少"
    return None


#: the word asking a quantity (多少, 几): the measure asked is named right before it
_ASKING = re.compile(r"多少|多大|几")


def asked_head(question: str, words: list[str]) -> str | None:
    """The asked word named last before the word asking the quantity, in its comma-part (外排污水具体少了多少吨 →
    外排污水; 投入强度要达到多少 → 投入强度): the measure whose value is asked, which the other words only place."""
    asking = _ASKING.search(question)
    if asking is None:
        return None
    start = max(question.rfind(mark, 0, asking.start()) for mark in "，,。；;？?") + 1
    before = question[start: asking.start()]
    ends = [(before.rfind(w) + len(w), len(w), w) for w in words if len(w) >= 2 and w in before]
    return max(ends)[2] if ends else None


def changed_without_figure(
    question: str, words: list[str], clauses: list[Clause], value: Callable[[str], object]
) -> bool:
    """The asked measure (`asked_head`) is named in a comma-part saying only that it changes or starts (外排污水量大幅
    减少, 并扩大省科创母基金规模, 启动山东省重点实验室重组工作), not continued by a figure (…大幅增加,达到500家), and in no
    comma-part carrying a figure: the figures of the clauses are other measures' (回用水量1700多万吨, 年度计划投资200亿元,
    全国重点实验室达到25家以上)."""
    head = asked_head(question, words)
    if head is None:
        return False
    pieces = []  # (each comma-part, the comma-part after it)
    for c in clauses:
        for part in SENTENCE_PART.split(plain(c.text)):
            split = [p for p in _COMMA.split(part) if p]
            pieces += [(p, split[i + 1] if i + 1 < len(split) else "") for i, p in enumerate(split)]
    named = [(p, follows) for p, follows in pieces if head in p]
    if not named or any(value(p) or _ANY_FIGURE.search(p) for p, _ in named):
        return False  # a figure of any kind where the measure is named (排名提升至全省第2) may be its value
    return any(
        _CHANGED.search(p) and not _CONDITION_PIECE.search(p) and not (_CONTINUES_WITH_VALUE.search(f) and value(f))
        for p, f in named
    )
