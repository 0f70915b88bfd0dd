"""The eligibility result a company can act on: ranked matches grouped by kind, near misses, amounts
summed as upper bounds where the documents allow it, and dated export files named after the profile.

Sums: within a kind, the upper bounds of the matches are added up per document, except in a
document that says its rewards do not add up (同类政策不重复享受, 就高不重复), where the largest
one counts. The sum is an upper bound by construction and is always labelled so.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from assistant.citations import Citation
from assistant.eligibility.profile import CompanyProfile
from assistant.lexicon.enterprise import KINDS

CSV_HEADER = ["类别", "条款", "层级", "原文", "可获支持", "上限（万元）", "适用对象", "待确认条件", "不符合的条件",
              "匹配理由", "牵头单位", "配合单位", "说明", "clause_id"]


@dataclass
class Match:
    kind: str  # the group it is listed under
    kinds: list[str]  # every kind of support the clause offers this company
    label: str
    level: str
    citation: Citation
    quotes: list[str]
    beneficiaries: list[str]
    conditions: list[str]  # still unknown: the profile does not say
    units: list[str]
    reasons: list[str]
    note: str
    score: float
    failed: list[str] = field(default_factory=list)  # a near miss: the conditions that fail
    lead_units: list[str] = field(default_factory=list)
    supporting_units: list[str] = field(default_factory=list)
    gives: list[str] = field(default_factory=list)  # what it gives, from the money facts
    upper_bound: float | None = None  # 万元, the most one company gets from this clause
    open_ended: bool = False  # some of its money has no bound (a rate without cap, per person)
    stacking: bool = True  # the document lets its rewards add up
    generic: bool = False  # the measure names no industry: it is for any company that meets it

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "citation"}
        return {**data, "citation": self.citation.to_dict()}


@dataclass
class EligibilityResult:
    profile: CompanyProfile
    matches: list[Match] = field(default_factory=list)
    near_misses: list[Match] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def groups(self) -> dict[str, list[Match]]:
        """Matches by kind, in the fixed kind order, empty kinds left out (ranked within a kind)."""
        groups: dict[str, list[Match]] = {k: [] for k in KINDS}
        for match in self.matches:
            groups.setdefault(match.kind, []).append(match)
        return {k: v for k, v in groups.items() if v}

    def totals(self) -> dict[str, float]:
        """Kind → the sum of upper bounds (万元) the documents allow to add up; kinds without any bound left out."""
        out: dict[str, float] = {}
        for kind, matches in self.groups.items():
            total = 0.0
            for doc in dict.fromkeys(m.citation.doc_id for m in matches):
                bounds = [m.upper_bound for m in matches if m.citation.doc_id == doc and m.upper_bound is not None]
                if bounds:
                    total += sum(bounds) if all(m.stacking for m in matches if m.citation.doc_id == doc) else max(bounds)
            if total:
                out[kind] = total
        return out

    def total_line(self, kind: str) -> str:
        total = self.totals().get(kind)
        if total is None:
            return ""
        open_ended = any(m.open_ended for m in self.groups[kind])
        return (f"合计上限约{total:g}万元（各项上限相加，为上限估计；文件规定不重复享受的只计最高一项"
                + ("；另有按比例或按人计、未设上限的支持未计入" if open_ended else "") + "）")

    def to_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile.to_dict(),
            "understood": self.profile.describe(),
            "count": len(self.matches),
            "groups": {k: [m.to_dict() for m in v] for k, v in self.groups.items()},
            "totals": {k: {"upper_bound_wan": v, "text": self.total_line(k)} for k, v in self.totals().items()},
            "near_misses": [m.to_dict() for m in self.near_misses],
            "notes": self.notes,
        }

    def to_markdown(self) -> str:
        lines = ["# 企业可享受的支持措施", ""]
        if self.profile.text:
            lines += [f"**企业描述**：{self.profile.text}", ""]
        lines += [f"**识别结果**：{self.profile.describe()}", ""]
        lines += [line for note in self.notes for line in (f"> {note}", "")]
        for kind, matches in self.groups.items():
            lines += [f"## {kind}（{len(matches)}项）", ""]
            if total := self.total_line(kind):
                lines += [f"**{total}**", ""]
            for m in matches:
                lines += _match_lines(m)
        if self.near_misses:
            lines += ["## 差一点符合的措施", ""]
            for m in self.near_misses:
                lines += _match_lines(m)
        return "\n".join(lines).rstrip() + "\n"

    def to_csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_HEADER)
        rows = [(kind, m) for kind, ms in self.groups.items() for m in ms] + [("差一点符合", m) for m in self.near_misses]
        for kind, m in rows:
            writer.writerow([
                kind, m.label, m.level, "".join(m.quotes), "；".join(m.gives),
                "" if m.upper_bound is None else f"{m.upper_bound:g}", "、".join(m.beneficiaries),
                "；".join(m.conditions), "；".join(m.failed), "；".join(m.reasons), "、".join(m.lead_units),
                "、".join(m.supporting_units), m.note, m.citation.clause_id,
            ])
        return buffer.getvalue()


def _match_lines(m: Match) -> list[str]:
    lines = [f"### {m.label}（{m.level}）", "", f"- 原文：{''.join(m.quotes)}"]
    if m.gives:
        lines.append(f"- 可获支持：{'；'.join(m.gives)}")
    if m.beneficiaries:
        lines.append(f"- 适用对象：{'、'.join(m.beneficiaries)}")
    if m.failed:
        lines.append(f"- 不符合的条件：{'；'.join(m.failed)}")
    if m.reasons:
        lines.append(f"- 匹配理由：{'；'.join(m.reasons)}")
    if m.conditions:
        lines.append(f"- 待确认：{'；'.join(m.conditions)}")
    lines.append(f"- 联系：{'、'.join(m.units) or '文件未写明'}")
    lines += [f"- 说明：{m.note}", ""]
    return lines


def export_name(profile: CompanyProfile, suffix: str, day: date | None = None) -> str:
    """政策匹配_杭州_养老服务_小微_2026-12-01.md: the profile's place, field and size, and the date."""
    parts = [profile.county or profile.city or profile.province or ("全国" if profile.region else None),
             profile.industries[0] if profile.industries else None, profile.size]
    stem = "_".join(["政策匹配", *[re.sub(r"[^\w\u4e00-\u9fff-]", "", p) for p in parts if p], (day or date.today()).isoformat()])
    return f"{stem}.{suffix.lstrip('.')}"


def write_export(result: EligibilityResult, target: Path, fmt: str, day: date | None = None) -> Path:
    """Write Markdown (`md`) or CSV (`csv`, UTF-8 with BOM so spreadsheets read it); a folder gets the dated name."""
    fmt = fmt.lower().lstrip(".")
    path = target / export_name(result.profile, fmt, day) if target.is_dir() else target
    if fmt == "csv":
        path.write_text(result.to_csv(), encoding="utf-8-sig", newline="")
    else:
        path.write_text(result.to_markdown(), encoding="utf-8")
    return path
