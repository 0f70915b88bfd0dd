"""The clause tree every other part reads.

A policy document is flattened into *leaf units*: the smallest pieces that carry
their own facts (an item with its 责任单位, a clause with no items, an annex row).
Each leaf keeps the structure above it (chapter, clause heading) so it can be
cited exactly and embedded with its context.
"""

from __future__ import annotations

import re

from dataclasses import asdict, dataclass, field
from typing import Any


#: a numbered item's heading as the outline keeps it for the chapter (六、市政府实行市长负责制)
_ITEM_HEADING = re.compile(r"^([一二三四五六七八九十百]+)、(.+)$")


@dataclass(frozen=True)
class Target:
    """A quantitative goal: what is measured, the number and its unit."""

    measure: str  # e.g. 信息消费规模
    value: str  # e.g. 3.2  (kept as written: 3.2, 100, 95)
    unit: str  # e.g. 万亿元, Mbps, %, 个
    phrase: str  # the sentence fragment it came from
    year: int | None = None  # 到2015年 → 2015


@dataclass(frozen=True)
class Money:
    """A sum of support a leaf promises, read into its parts so "how much for X" has one answer.

    `kind` says how to read `value`: amount (给予30万元), rate (按投资额的8%, `basis` = 投资额),
    cap (最高不超过80万元), range (10万元—100万元: value low, `high` high), tiers (分档给予
    10万元、30万元, values in `tiers`), per_period (每人每月1500元), uncapped (不设上限), ratio (按与中央资金
    1:1的比例配套: value 1, high 1, `unit` the separator as written).
    A rate or an amount may carry its own cap (单个项目最高500万元 → `cap`).
    """

    kind: str  # amount | rate | cap | range | tiers | per_period | uncapped | ratio
    value: float | None  # in `unit`; None for uncapped
    unit: str  # 元, 万元, 亿元, %, 元/人/夜 …
    phrase: str  # the sentence part it came from
    high: float | None = None  # upper end of a range
    tiers: tuple[float, ...] = ()
    basis: str | None = None  # what a rate is a share of: 实际投资额, 贷款利息
    cap: float | None = None  # the ceiling in `cap_unit` that goes with an amount or rate
    cap_unit: str | None = None
    period: str | None = None  # 每年, 每月, 一次性, 连续三年
    per: str | None = None  # 每人, 单个项目, 每家企业
    duration: str | None = None  # 最长6个月, 连续三年
    beneficiary: str | None = None  # 对…企业 / 获评…的
    condition: str | None = None  # 经认定为…的 / 年销售额超过…的
    source: str | None = None  # who pays this share of a support sum: 中央财政资金, 省级财政资金 (其中,中央财政资金30万元)
    #: The condition each of `tiers` belongs to, in order (首次突破1亿元 ↔ 100万元); () when the text pairs none.
    tier_conditions: tuple[str, ...] = ()


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
    #: 配合 / 会同 units: in `units` too, which stays the union every reader uses.
    supporting_units: list[str] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    #: The label a citation gives this leaf after the document name, in the document's own
    #: numbering: 第十五条, （三）2, 二（一）, 附件第64项, 序言. Set at parse time.
    path: str | None = None
    #: Where the units this leaf inherits stand, when they are stated once for a span of leaves: the
    #: label (path) of the heading's leaf (一、扩大有效投资政策(由市发展改革委牵头实施)) or of the leaf holding a
    #: note (以下政策措施均需各县区人民政府、园区管委会落实，不再单独列出). None when the leaf names its own
    #: units, or the heading holding them has no text of its own to cite.
    units_from: str | None = None

    @property
    def own_heading(self) -> str | None:
        """The heading of the numbered item this leaf is, where the outline read it as the chapter's (一、公开征求
        意见的时间 over a leaf holding only 2023年7月25日至8月25日): the leaf's own title, not a wider unit's. None
        for a leaf under a heading of a wider unit, which speaks for all its leaves."""
        inner = self.chapter.split()[-1] if self.chapter and self.clause is None else ""
        m = _ITEM_HEADING.match(inner)
        return m.group(2) if m and (self.path or "").endswith(m.group(1)) else None

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
        """A clause from `to_dict`'s output; fields left out take their defaults. Most clauses of a
        library (laws) carry no targets or money, and are built without copying their dict."""
        if data.get("targets") or data.get("money"):
            data = dict(data)
            data["targets"] = [Target(**t) for t in data.get("targets", [])]
            data["money"] = [
                Money(**{**m, "tiers": tuple(m.get("tiers", ())), "tier_conditions": tuple(m.get("tier_conditions", ()))})
                for m in data.get("money", [])
            ]
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
    level: str  # 国家 | 省 | 市 | 区县 | 其他: who issued it, for central-vs-local questions
    region: str | None  # e.g. 浙江 for provincial documents
    source: str  # file name it came from
    sha256: str
    clauses: list[Clause] = field(default_factory=list)
    #: The government the document belongs to, in simplified script, place names joined from the
    #: province down (广东省深圳市南山区); None for national documents and unknown issuers.
    government: str | None = None
    #: When the text says it takes effect (自2021年1月1日起施行), ISO yyyy-mm-dd.
    effective_date: str | None = None
    #: The last day it applies (有效期至2023年12月31日, or effective date + validity), ISO.
    expiry_date: str | None = None
    #: How many years it applies (有效期3年, 暂定三年): a number, so 几年 questions have one.
    validity_years: float | None = None
    #: The sentence the validity facts come from, to quote in an answer.
    validity_phrase: str | None = None
    #: The file name as the user gave it, when the library stored it under a safe doc id.
    original_name: str | None = None
    #: 法律 / 行政法规 / 部门规章 / 地方性法规 / 司法解释 / 规范性文件 / 政策文件 (see corpus.doctype).
    doc_type: str | None = None
    #: What the title calls it: 意见, 办法, 条例 … (None when the title names no form).
    form: str | None = None
    #: 现行有效 / 已废止 when the text or its page says so; None when it says nothing.
    status: str | None = None
    #: Whom the page credits the text to (来源:辽阳市市场监管局), as written: not its issuer.
    page_source: str | None = None
    #: The date the page says it was published (发布时间:2025-01-07), as the page writes it.
    published: str | None = None
    #: How the text writes `date` where that differs from how an answer renders it (一九九六年六月二十九日 in
    #: a signature, 1996年06月29日 in a metadata row): the forms a reader searches the document for.
    date_written: list[str] = field(default_factory=list)
    #: How the text writes `number` where that differs from its normal form (辽人社函(2011)121号 for
    #: 辽人社函〔2011〕121号): quoted beside it, as a date's writing is.
    number_written: list[str] = field(default_factory=list)
    #: The one body the text is addressed to (中国残疾人联合会:), which its 你会 / 你厅 stands for; None when its
    #: salutation names several or it has none.
    addressee: str | None = None
    #: The rows of the page's metadata table a reader may ask about (索引号, 主题分类 …), by label, as printed.
    page_rows: dict[str, str] = field(default_factory=dict)

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
