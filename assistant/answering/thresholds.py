"""Whose tier is it: a question picks the tier it asks by a threshold (90周岁以上的老人, 产值首次超过5亿元的企业,
投资1亿元以上的项目), and the clauses chosen state a figure only for other thresholds of the same kind (80周岁以上,
首次超过1亿元). The figure they give belongs to another tier; the asked tier is not in the text.

A threshold is a number with its unit next to a word that makes it a bound (以上, 以下, 超过, 达到, 不低于, 满). Only a
bound the question writes counts: a plain figure (我们投了300万元) may sit inside a tier the text states (500万元
以下), which is an answer, not a mismatch. Years and dates are left alone: a goal year is the target's business
(see `figure_scope`). Amounts compare in 万元, by the money reader's `MONEY_SCALE` (1亿元 is 10000万元); numbers
written in Chinese numerals (九十周岁) compare by value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.corpus.money import MONEY_SCALE, MONEY_UNITS
from assistant.corpus.numerals import NUMERAL_CHARS, cn_to_int

#: money units a threshold is written in, by their value in 万元 (the money reader's scale)
_SCALE = {unit: MONEY_SCALE[unit] for unit in MONEY_UNITS}
#: amounts in another currency: a kind of their own (80万美元 is no yuan figure)
_FOREIGN = {"万美元": ("美元", 1e4), "美元": ("美元", 1.0)}
_COUNTED = ("周岁", "岁", "万人", "人", "家", "户", "亩", "公顷", "吨", "平方米", "个", "项", "台", "辆", "床", "千瓦")
_UNIT = "|".join([*_FOREIGN, *sorted(_SCALE, key=len, reverse=True), *_COUNTED])
_NUMBER = rf"\d+(?:\.\d+)?|[{NUMERAL_CHARS}两]+"
#: a figure with its unit
_FIGURE = re.compile(rf"(?P<n>{_NUMBER})\s*(?P<u>{_UNIT})(?![亿万千百元])")  # 两个亿 is money, no count of 个
#: a word making the figure before it a bound (90周岁以上, 1亿元(含)以上)
_BOUND_AFTER = re.compile(r"\s*(?:\(含\)|（含）)?\s*(?:及)?(?:以上|以下|以内|之间)")
#: a word making the figure after it a bound (首次超过5亿元, 年满60周岁, 不低于100人)
_BOUND_BEFORE = re.compile(r"(?:超过|突破|达到|不低于|不少于|高于|低于|年满|满)\s*$")


@dataclass(frozen=True)
class Figure:
    value: float
    kind: str  # "money" or the counted unit (周岁, 人, 亩)
    written: str


def _figure(match: re.Match[str]) -> Figure | None:
    number, unit = match.group("n"), match.group("u")
    try:
        value = float(number) if number[0].isdigit() else float(cn_to_int(number))
    except (KeyError, ValueError):
        return None
    if unit in _FOREIGN:
        kind, scale = _FOREIGN[unit]
        return Figure(value * scale, kind, match.group(0))
    if unit in _SCALE:
        return Figure(value * _SCALE[unit], "money", match.group(0))
    if unit == "万人":
        return Figure(value * 1e4, "人", match.group(0))
    return Figure(value, "岁" if unit == "周岁" else unit, match.group(0))


def asked_thresholds(question: str) -> list[Figure]:
    """The figures the question writes as bounds (90周岁以上, 首次超过5亿元), not plain figures or years."""
    found = []
    for match in _FIGURE.finditer(question):
        if match.group("u") == "年" or (match.group("n").isdigit() and len(match.group("n")) == 4 and match.group("u") == "元"):
            continue
        bound = _BOUND_AFTER.match(question, match.end()) or _BOUND_BEFORE.search(question[max(0, match.start() - 4): match.start()])
        figure = _figure(match)
        if bound and figure is not None:
            found.append(figure)
    return found


def other_tier(question: str, text: str) -> str | None:
    """The decline when the question's threshold is a tier `text` does not state while `text` states others of
    the same kind; None when every threshold asked is in the text, or the text counts nothing of its kind."""
    written = re.sub(r"\s+", "", text)
    stated = [f for m in _FIGURE.finditer(written) if (f := _figure(m)) is not None]
    for asked in asked_thresholds(re.sub(r"\s+", "", question)):
        same_kind = [f for f in stated if f.kind == asked.kind]
        if same_kind and not any(abs(f.value - asked.value) < 1e-6 for f in same_kind):
            others = "、".join(dict.fromkeys(f.written for f in same_kind[:3]))
            return f"文件写的是{others}的规定，没有写到{asked.written}这一档。"
    return None
