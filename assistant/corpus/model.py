"""The clause tree every other part reads.

A policy document is flattened into *leaf units*: the smallest pieces that carry
their own facts (an item with its 责任单位, a clause with no items, an annex row).
Each leaf keeps the structure above it (chapter, clause heading) so it can be
cited exactly and embedded with its context.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Target:
    """A quantitative goal: what is measured, the number and its unit."""

    measure: str  # e.g. 信息消费规模
    value: str  # e.g. 3.2  (kept as written: 3.2, 100, 95)
    unit: str  # e.g. 万亿元, Mbps, %, 个
    phrase: str  # the sentence fragment it came from
    year: int | None = None  # 到2015年 → 2015


@dataclass
class Clause:
    """One citable leaf of a document.

    `clause` uses full-width brackets (（二十一）) whatever the source wrote, so
    citations look the same across documents; `item` is the bare number ("1").
    """

    id: str  # stable within the corpus, e.g. "guofa-2013-32#（三）" or "...#annex-64"
    doc_id: str
    kind: str  # preamble | clause | item | subitem | article | annex_row | closing
    #: Body text as the document words it, without the leading number: an item keeps its
    #: trailing (责任单位:…); an annex row reads "工作任务…；负责部门：…；时间进度：…".
    text: str
    chapter: str | None = None  # e.g. "一、总体要求"
    clause: str | None = None  # e.g. "（三）"
    clause_title: str | None = None  # e.g. "主要目标"
    item: str | None = None  # e.g. "1"
    subitem: str | None = None  # e.g. "（1）"
    annex_row: int | None = None
    annex_group: str | None = None  # the annex group heading the row sits under
    units: list[str] = field(default_factory=list)  # responsible units, one per entry
    lead_units: list[str] = field(default_factory=list)  # 牵头 / first-named units
    deadline: str | None = None
    targets: list[Target] = field(default_factory=list)
    #: The label a citation gives this leaf after the document name, in the document's own
    #: numbering: 第十五条, （三）2, 二（一）, 附件第64项, 序言. Set at parse time.
    path: str | None = None

    @property
    def context(self) -> str:
        """Heading path plus text: what a reader (and the embedder) needs to understand the leaf."""
        parts = [p for p in (self.chapter, self.annex_group) if p]
        if self.clause:
            parts.append(f"{self.clause}{self.clause_title or ''}")
        parts.append(self.text)
        return " ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Clause":
        data = dict(data)
        data["targets"] = [Target(**t) for t in data.get("targets", [])]
        return cls(**data)


@dataclass
class Document:
    """A parsed policy document with the metadata its citations need."""

    doc_id: str  # file stem, unique in the corpus
    title: str
    short_title: str  # used in citation labels when there is no document number
    number: str | None  # e.g. 国发〔2013〕32号
    issuer: str | None
    date: str | None  # ISO yyyy-mm-dd when known
    level: str  # 国家 | 省 | 市 | 其他: who issued it, for central-vs-local questions
    region: str | None  # e.g. 浙江 for provincial documents
    source: str  # file name it came from
    sha256: str
    clauses: list[Clause] = field(default_factory=list)

    @property
    def cite_name(self) -> str:
        """The name inside 《》 in a citation: the document number if it has one."""
        return self.number or self.short_title

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        data = dict(data)
        data["clauses"] = [Clause.from_dict(c) for c in data.get("clauses", [])]
        return cls(**data)
