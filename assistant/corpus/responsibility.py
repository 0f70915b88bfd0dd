"""Who leads and who supports a measure, in every form published documents use.

One reader per form, all answering with a `Responsibility` (lead, supporting):

- labelled lists: （责任单位：A、B）, （牵头单位：X，配合单位：Y、Z，各区、县级市）, and the same
  label on its own line under the item (牵头单位:区科技局);
- the unlabelled clause-end bracket: （工业和信息化部、科技部负责。列第一位者为牵头单位，下同）,
  (市残联、市财政局负责), (区政务服务局牵头,区发改局、区审改办配合); a chapter heading
  一、强化科技创新(区科技局牵头) names the lead of everything under it;
- prose: 由市商务局会同市财政局组织实施, 区科技局负责受理…, 具体工作由开发区管委会承担,
  发展改革委会同财政部、科技部研究提出….

Text is read in simplified script (traditional documents too), so units are stored the way
simplified questions name them. The first unit of an unqualified list is its lead, the rule
national documents state with 列第一位者为牵头单位.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.lexicon.units import (
    COLLECTIVE_UNITS,
    DEPARTMENT_RE,
    GENERIC_DEPARTMENT_RE,
    LOCAL_UNIT_PATTERNS,
    national_names,
    is_unit_name,
    split_unit_list,
)

GENERAL_LABELS = ("责任单位", "负责单位", "负责部门", "责任部门", "实施单位", "主责单位", "承办单位")
LEAD_LABELS = ("牵头单位", "牵头部门", "主办单位", "主责部门")
SUPPORT_LABELS = ("配合单位", "配合部门", "参与单位", "协办单位", "协同单位", "协助单位")
UNIT_LABELS = GENERAL_LABELS + LEAD_LABELS + SUPPORT_LABELS
_LABEL_RE = re.compile(rf"(?P<label>{'|'.join(UNIT_LABELS)})\s*[：:]")
#: Notes inside the bracket that name no unit: 列第一位者为牵头单位，下同 / 按职责分工负责.
_NOTE_RE = re.compile(r"[。.，,；;]?\s*(?:列第一位者?为牵头单位|排在第一位的为牵头单位|下同|以下同)[^）)]*$")
_ROLE_END = re.compile(r"(?P<role>按职责分工负责|按职责负责|分别负责|共同负责|负责|牵头|配合|参与|协助|协办)$")


@dataclass
class Responsibility:
    lead: list[str] = field(default_factory=list)
    supporting: list[str] = field(default_factory=list)
    general: list[str] = field(default_factory=list)  # named without a role: the first leads

    def add(self, role: str, units: list[str]) -> None:
        bucket = {"lead": self.lead, "support": self.supporting}.get(role, self.general)
        bucket.extend(u for u in units if u not in bucket)

    @property
    def units(self) -> list[str]:
        out: list[str] = []
        for u in self.lead + self.general + self.supporting:
            if u not in out:
                out.append(u)
        return out

    def resolved(self) -> tuple[list[str], list[str], list[str]]:
        """(units, lead, supporting): without a 牵头 the first general unit leads, the rest support."""
        lead = self.lead or self.general[:1]
        supporting = [u for u in self.supporting + self.general if u not in lead]
        return self.units, lead, supporting

    def __bool__(self) -> bool:
        return bool(self.lead or self.supporting or self.general)


def _role_of(segment: str) -> tuple[str, str]:
    """`区发改局、区住建局配合` → ("support", "区发改局、区住建局"); no role word → general."""
    m = _ROLE_END.search(segment)
    if not m:
        return "general", segment
    role = {"牵头": "lead", "配合": "support", "参与": "support", "协助": "support", "协办": "support"}
    return role.get(m.group("role"), "general"), segment[: m.start()]


def _bracket_end(text: str, start: int) -> int:
    """Where a labelled value ends: its closing bracket, a sentence end, or the next label."""
    depth, end = 0, start
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
    nxt = _LABEL_RE.search(text, start, end)
    return nxt.start() if nxt else end


def labelled(text: str, region: str | None) -> Responsibility:
    """（责任单位：…）, （牵头单位：X，配合单位：Y）, 牵头单位:区科技局 on its own line."""
    found = Responsibility()
    for m in _LABEL_RE.finditer(text):
        value = text[m.end():_bracket_end(text, m.end())].strip(" ，,、；;")
        role = "lead" if m.group("label") in LEAD_LABELS else "support" if m.group("label") in SUPPORT_LABELS else None
        for segment in re.split(r"[，,；;]", value):
            seg_role, names = _role_of(segment.strip())
            found.add(role or seg_role, split_unit_list(names, region))
    return found


_BRACKET_RE = re.compile(r"[（(](?P<body>[^（）()]{2,160})[）)]")


def bracketed(text: str, region: str | None) -> Responsibility:
    """Unlabelled brackets of units that end in 负责 / 牵头 / 配合: the post-2015 national form and
    the county (X牵头,Y、Z配合) form. Every named piece must look like a body, so a bracket such
    as (涉及水土保持项目) or (不含6亩) is never read as units."""
    found = Responsibility()
    for m in _BRACKET_RE.finditer(text):
        body = _NOTE_RE.sub("", m.group("body").strip())
        segments = [s.strip() for s in re.split(r"[，,；;]", body) if s.strip()]
        if not segments or _LABEL_RE.search(body):
            continue
        parsed = [_role_of(s) for s in segments]
        if not any(role != "general" or _ROLE_END.search(s) for (role, _), s in zip(parsed, segments)):
            continue
        pieces = [(role, split_unit_list(names, region), names) for role, names in parsed]
        if all(units and _all_bodies(names) for _, units, names in pieces):
            for role, units, _ in pieces:
                found.add(role, units)
    return found


def _all_bodies(names: str) -> bool:
    """Every piece is a body (工业和信息化部 keeps its 和; 区级相关部门 is a body of a kind)."""
    parts = [p for p in re.split(r"[、，,\s]+|会同", names) if p]
    return bool(parts) and all(_is_body(p) or all(_is_body(q) for q in re.split("[和及与]", p) if q) for p in parts)


def _is_body(name: str) -> bool:
    return is_unit_name(name) or (name.endswith(("部门", "单位")) and len(name) <= 10)


@lru_cache(maxsize=1)
def _prose_patterns() -> tuple[re.Pattern[str], ...]:
    """Prose forms over a unit alternation: national names, collectives, local shapes."""
    names = "|".join(re.escape(n) for n in sorted(set(national_names()) | set(COLLECTIVE_UNITS), key=len, reverse=True))
    local = "|".join(p.pattern for p in (*LOCAL_UNIT_PATTERNS, DEPARTMENT_RE))
    anchored = rf"(?:(?<=[由。；;，,：:、\n和及与同])|^){GENERIC_DEPARTMENT_RE.pattern}"
    unit = rf"(?:{local}|{anchored}|{names})"
    units = rf"{unit}(?:[、和及与]{unit})*(?:等(?:有关)?(?:部门|单位))?"
    act = r"(?:统一|具体|共同|分别|负责)?(?:组织实施|组织|负责|牵头|承担|实施|制定|确定|审核|认定|受理|归口|研究提出|研究|提出|管理|办理)"
    return (
        re.compile(rf"由(?P<lead>{units})(?:会同|联合|协同|商)(?P<support>{units})"),
        re.compile(rf"由(?P<lead>{units}){act}"),
        re.compile(rf"(?:^|(?<=[。；;，,：:\n]))(?P<lead>{units})(?:会同|联合)(?P<support>{units})"),
        re.compile(rf"(?:^|(?<=[。；;，,：:\n]))(?P<lead>{units})(?:要|应|应当|将)?(?:负责|牵头)"),
    )


def prose(text: str, region: str | None) -> Responsibility:
    """由X会同Y组织实施 / X负责受理 / 具体工作由X承担 / X会同Y、Z研究提出."""
    found = Responsibility()
    if not _PROSE_CUE.search(text):
        return found
    text = _ALIAS_NOTE.sub("", text)
    taken: list[tuple[int, int]] = []
    for pattern in _prose_patterns():
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            found.add("lead", _names(m.group("lead"), region))
            if "support" in pattern.groupindex and m.group("support"):
                found.add("support", _names(m.group("support"), region))
    return found


#: Every prose form has one of these; text without them is not searched (laws are long).
_PROSE_CUE = re.compile(r"由|会同|联合|负责|牵头")
#: (以下简称“区产促中心”) between a body and its verb.
_ALIAS_NOTE = re.compile(r"[（(](?:以下简称|下称|简称)[^（）()]{1,20}[）)]")


def _names(names: str, region: str | None) -> list[str]:
    """外交部和总参谋部 names two bodies; 文化和旅游部 is one: 和 splits only between bodies."""
    out: list[str] = []
    for unit in split_unit_list(re.sub(r"等(?:有关)?(?:部门|单位)$", "", names), region):
        pieces = [p for p in re.split("[和及与]", unit) if p]
        split = len(pieces) > 1 and not is_unit_name(unit) and all(is_unit_name(p) for p in pieces)
        out += [p for p in (pieces if split else [unit]) if p not in out]
    return out


def heading_lead(heading: str | None, region: str | None) -> Responsibility:
    """一、强化科技创新(区科技局牵头): the lead a chapter or clause heading names for its items."""
    return bracketed(heading, region) if heading else Responsibility()


def extract(text: str, region: str | None) -> Responsibility:
    """The explicit forms first; prose only when the text names its units no other way."""
    found = labelled(text, region)
    extra = bracketed(text, region)
    for role, units in (("lead", extra.lead), ("support", extra.supporting), ("general", extra.general)):
        found.add(role, [u for u in units if u not in found.units])
    return found or prose(text, region)
