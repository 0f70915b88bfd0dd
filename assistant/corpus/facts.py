"""Facts read off a leaf's text: who is responsible, by when, and what numbers it promises.

These answer the questions retrieval alone answers badly (谁负责, 什么时候, 目标是多少),
so they are extracted once at parse time with plain patterns tuned on published
意见/通知 and stored on the leaf.
"""

from __future__ import annotations

import re

from assistant.lexicon.units import split_unit_list

from .model import Clause, Target

UNIT_LABELS = ("责任单位", "负责单位", "负责部门", "责任部门", "牵头单位", "牵头部门", "配合单位", "参与单位")
LEAD_LABELS = ("牵头单位", "牵头部门")
_LABEL_RE = re.compile(rf"(?P<label>{'|'.join(UNIT_LABELS)})[：:]")

DEADLINE_RE = re.compile(
    r"\d{4}年(?:第?[一二三四]季度|[上下]半年|年底前?|年内|内|底前?|\d{1,2}月底?)前?(?:启动|完成|出台|发布|建成|实施|实现)?"
    r"|(?:今年|年)底前|到\d{4}年底?"
)

#: Units a target can be measured in, longest first so 万亿元 is not read as 元.
TARGET_UNITS = (
    "万亿元", "亿元", "万元", "元", "%", "％", "Gbps", "Mbps", "兆比特", "万户", "户", "万人", "人",
    "个", "家", "项", "所", "座", "倍", "公里", "千米", "GB", "TB",
)
TARGET_VERBS = ("提高到", "提升到", "提高至", "提升至", "增加到", "达到", "超过", "突破", "不低于", "不少于", "增长", "达", "超", "占")
_UNIT_ALT = "|".join(re.escape(u) for u in TARGET_UNITS)
_VALUE_RE = re.compile(
    rf"每秒(?P<mbps>\d+(?:\.\d+)?)兆比特\s*[（(]?Mbps[）)]?"
    rf"|(?<![\d.A-Za-z])(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>{_UNIT_ALT})"
)
_LEADING = re.compile(r"^(?:其中|同时|并|且|力争|争取|使|全省|全国)+")
_TRAILING = re.compile(r"(?:基本|均|都|将|要|力争|分别|普遍|全部)+$")
_YEAR_RE = re.compile(r"(?:到|至|于)(\d{4})年")


def _unit_values(text: str) -> list[tuple[str, str]]:
    """(label, value) for every 责任单位：… list; the value ends at its closing bracket or sentence end."""
    found = []
    for m in _LABEL_RE.finditer(text):
        depth, end = 0, m.end()
        while end < len(text):
            char = text[end]
            if char in "（(":
                depth += 1
            elif char in "）)":
                if depth == 0:
                    break
                depth -= 1
            elif char in "。；;\n" and depth == 0:
                break
            end += 1
        found.append((m.group("label"), text[m.end():end]))
    return found


def extract_units(text: str, region: str | None) -> tuple[list[str], list[str]]:
    """(units, lead_units): lead units are the 牵头 ones, else the first one named."""
    units: list[str] = []
    lead: list[str] = []
    for label, value in _unit_values(text):
        named = split_unit_list(value, region)
        units += [u for u in named if u not in units]
        if label in LEAD_LABELS:
            lead += [u for u in named if u not in lead]
    return units, lead or units[:1]


def extract_deadline(text: str) -> str | None:
    m = DEADLINE_RE.search(text)
    return m.group(0) if m else None


def _verb_before(before: str) -> tuple[int, str] | None:
    """The verb closest to the number (`…通达率均达` → 达), allowing a short gap like 占全国."""
    for gap in range(4):
        head = before[: len(before) - gap]
        if gap and not re.fullmatch(r"[\u4e00-\u9fff]+", before[len(head):]):
            return None
        verb = next((v for v in TARGET_VERBS if head.endswith(v)), None)
        if verb:
            return len(head) - len(verb), verb
    return None


def _measures(before: str) -> list[str]:
    """Noun phrase(s) in front of the verb; `A、B均达` measures both A and B."""
    both = bool(re.search(r"(?:均|都|分别)$", before))
    phrase = _TRAILING.sub("", _LEADING.sub("", before)).strip()
    return [p for p in phrase.split("、") if p] if both else [phrase]


def _year_for(text: str, at: int) -> int | None:
    """The 到2015年 governing a number: the last one before it in the same paragraph."""
    paragraph_start = max(text.rfind("\n", 0, at), text.rfind(" ", 0, at)) + 1
    years = _YEAR_RE.findall(text[paragraph_start:at])
    return int(years[-1]) if years else None


def extract_targets(text: str) -> list[Target]:
    """Quantities a leaf promises, e.g. 信息消费规模 超过 3.2 万亿元 (2015)."""
    targets: list[Target] = []
    for segment in re.finditer(r"[^，,；;。\n]+", text):
        phrase = segment.group(0).strip()
        for m in _VALUE_RE.finditer(phrase):
            value, unit = (m.group("mbps"), "Mbps") if m.group("mbps") else (m.group("value"), m.group("unit"))
            unit = {"％": "%", "兆比特": "Mbps"}.get(unit, unit)
            verb = _verb_before(phrase[: m.start()].rstrip())
            if verb:
                before = phrase[: verb[0]]
                measures = _measures(before) if len(before.strip()) > 2 else [before.strip() + verb[1]]
            elif unit in ("个", "家", "项", "所", "座"):
                measures = [phrase[m.end():].strip() or phrase]  # 支持100个城市开展… counts what follows
            else:
                continue
            year = _year_for(text, segment.start() + m.start())
            targets += [Target(measure=ms, value=value, unit=unit, phrase=phrase, year=year) for ms in measures if ms]
    return targets


def annotate(leaf: Clause, region: str | None) -> Clause:
    """Fill the leaf's facts from its text; facts a table already gave (annex rows) are kept."""
    if not leaf.units:
        leaf.units, leaf.lead_units = extract_units(leaf.text, region)
    leaf.deadline = leaf.deadline or extract_deadline(leaf.text)
    leaf.targets = extract_targets(leaf.text)
    return leaf
