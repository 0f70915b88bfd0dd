"""Eligibility: which support measures in the documents apply to a given company.

Matching rests on structured facts read from each clause by rules, not on
embeddings, so it is explainable and needs no model:

* a clause is cut into sentences; a sentence is a *support measure for enterprises*
  when it names a support instrument (tax, finance, fiscal funds, land,
  procurement, approval/access, pilots) AND an enterprise-facing beneficiary with a
  support verb (支持/鼓励/优先/享受/扶持 … + 企业/网商/民间资本/市场主体 …) —
  government-internal tasks (出台政策, 建设平台) are left out;
* each such sentence carries its kinds, beneficiaries (对象), industry words,
  size restriction, qualification condition (经认定为高新技术企业的) and the
  responsible units to contact (the clause's own 责任单位, or for a body clause of
  a document with an annex, those of the annex rows that restate it);
* a profile then matches a sentence when region, size, industry and qualification
  allow it and at least one of industry, size, qualification or need fits; matches
  are ranked by fit and every one says why (理由) and cites the clause.

Facts are derived once per corpus and cached (keyed by the documents' hashes).
"""

from __future__ import annotations

import csv
import io
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from assistant.citations import Citation, label_for
from assistant.corpus.model import Clause, Document
from assistant.eligibility.profile import (
    INDUSTRY_WORDS,
    NATIONAL,
    NEED_KINDS,
    CompanyProfile,
    parse_profile,
)
from assistant.lexicon.labels import row_task, strip_unit_note
from assistant.lexicon.regions import Level
from assistant.lexicon.sentences import split_sentences

#: Display order of the groups.
KINDS: tuple[str, ...] = ("税收优惠", "融资与金融", "财政资金与专项", "用地与要素", "政府采购", "审批与准入便利", "试点与示范")

#: kind → words in a sentence that name that kind of support
_KIND_RULES: dict[str, re.Pattern[str]] = {
    "税收优惠": re.compile(r"所得税|税收|加计扣除|增值税|营业税|税率|免征|减税|税负|退税"),
    "融资与金融": re.compile(r"贷款|融资|上市|企业债|公司债|债券|私募债|票据|担保|质押|投资基金|创业投资|风险投资|信贷|金融产品|增信"),
    "财政资金与专项": re.compile(r"专项资金|财政资金|专项(?!规划)|产业投资基金|资金支持|补贴|补助|消费券|扶持政策"),
    "用地与要素": re.compile(r"用地|供地|土地"),
    # only government purchasing: operators' 集中采购 / 阳光采购 of medicines are not support for a company
    "政府采购": re.compile(r"政府采购|采购试点|参与[^。；]{0,8}政府[^。；]{0,12}(?:建设|运营|运维|服务)|参与公共服务[^。；]{0,6}平台建设"),
    "审批与准入便利": re.compile(r"审批|门槛|登记|一址多照|先照后证|牌照|准入|许可|以参股方式|进入基础电信|经营[^。；，,]{0,6}业务"),
    "试点与示范": re.compile(r"试点|示范"),
}
#: a clause heading that names the kind of its measures (落实…若干政策 under 落实税收优惠政策)
_TITLE_KINDS: dict[str, re.Pattern[str]] = {
    "税收优惠": re.compile(r"财税|税收"),
    "融资与金融": re.compile(r"融资"),
    "财政资金与专项": re.compile(r"财政"),
    "用地与要素": re.compile(r"要素|用地"),
}

_ENTERPRISE = r"(?:企业|公司|网商|民间资本|民营|市场主体|开发者|商户|支付机构|平台企业)"
_SUPPORT_VERB = r"(?:支持|鼓励|优先|扶持|引导|帮助|予以|享受|减轻|降低|批准|扩大|允许)"
#: a comma-separated part of a sentence in which the enterprise is the one supported:
#: 鼓励民间资本…, 对互联网小微企业予以优先支持, …企业依法享受, 落实…政策 …
_ENTERPRISE_FACING = (
    re.compile(rf"{_SUPPORT_VERB}[^。；，,]{{0,14}}?{_ENTERPRISE}"),
    re.compile(rf"{_ENTERPRISE}[^。；]{{0,8}}?(?:享受|予以|提供|增信)"),
    re.compile(rf"为[^。；，,]{{0,8}}{_ENTERPRISE}[^。；]{{0,6}}提供"),
    re.compile(rf"(?:对|凡)[^。；，,]{{0,20}}{_ENTERPRISE}[^。；，,]{{0,40}}的"),
    # implementing an existing support policy; fiscal funds that back products; industry support
    re.compile(r"落实[^。；]{0,30}(?:政策|办法)"),
    re.compile(r"(?:支持|扶持)[^。；]{0,20}(?:技术、产品|产品|产业(?!化|基地))"),
    re.compile(r"纳入[^。；]{0,30}扶持范围|业[^。；，,]{0,8}扶持政策"),
    # a loan or pledge is by nature for the borrowing company
    re.compile(r"(?:鼓励|支持)[^。；]{0,12}(?:质押融资|小额贷款|融资服务|增信)"),
)
_CONDITIONAL_FACING = (
    re.compile(rf"(?:对|凡)[^。；]{{0,20}}{_ENTERPRISE}[^。；]{{0,40}}的[，,]"),
    re.compile(rf"{_ENTERPRISE}[^。；]{{0,30}}的[，,][^。；]{{0,4}}可(?:保留|以|享受)"),
)
#: parts whose support goes to governments, not companies
_GOVERNMENT_TASK = re.compile(
    r"^(?:支持|鼓励)(?:地方|试点城市|有条件的(?:城市|地方))(?![^。；]{0,60}企业)|^(?:出台|制定|研究制定|研究制订|制订|发布)"
    r"|统筹安排地方政府债|地方政府债券额度内"
)
_PART = re.compile(r"[，,]")

#: beneficiary phrases, longest first; the text's own words (对象)
_BENEFICIARIES: tuple[str, ...] = tuple(sorted((
    "互联网小微企业", "创新型、成长型互联网企业", "互联网企业", "小微企业", "中小企业", "中小网商", "网商",
    "软件企业", "集成电路制造企业", "高新技术企业", "民间资本", "民营企业", "跨境电子商务企业",
    "跨境电子商务平台企业", "大型企业", "传统零售企业", "支付机构", "市场主体", "电信和广电运营企业",
    "网络文化企业", "符合条件的企业", "大专院校、科研院所", "企业", "软件产业", "集成电路产业",
    "信息服务业", "中小移动应用开发者",
), key=len, reverse=True))

#: industry words as clause text uses them (the profile vocabulary plus document terms)
_CLAUSE_INDUSTRY_WORDS: dict[str, tuple[str, ...]] = {
    "互联网": ("互联网企业", "互联网小微企业", "互联网领域", "移动互联网", "移动应用"),
    "软件": ("软件", "信息系统集成"),
    "集成电路": ("集成电路", "芯片"),
    "跨境电商": ("跨境电子商务",),
    "电子商务": ("电子商务", "网商", "网络零售", "电商"),
    "物联网": ("物联网", "智能传感器"),
    "北斗": ("北斗", "卫星导航", "位置信息服务", "地理信息"),
    "数字内容": ("数字内容", "动漫", "游戏", "数字出版", "文化创意", "网络文化", "数字音乐"),
    "云计算": ("云计算", "云服务", "云平台"),
    "大数据": ("大数据", "数据中心"),
    "智能终端": ("智能终端", "智能手机", "智能电视", "终端产品", "数字家庭"),
    "通信": ("电信", "通信", "宽带", "移动通信转售", "宽带接入网"),
    "物流": ("物流", "快递", "仓储"),
    "支付": ("支付",),
    "平板显示": ("平板显示", "新型显示"),
    "农业农村": ("农村", "农产品", "涉农"),
    # an umbrella the documents use for the whole information-service sector
    "信息服务": ("信息服务业", "信息技术服务", "信息消费技术", "信息消费产业"),
}
#: the information-service family: a clause for 互联网企业 plausibly covers a 软件/云计算 company too
_INFO_FAMILY = frozenset({"互联网", "软件", "云计算", "大数据", "电子商务", "数字内容", "物联网", "信息服务"})

_SIZE_BENEFICIARIES: dict[str, frozenset[str]] = {
    # beneficiary word → sizes it includes
    "小微企业": frozenset({"小微"}),
    "互联网小微企业": frozenset({"小微"}),
    "中小企业": frozenset({"小微", "中型"}),
    "中小网商": frozenset({"小微", "中型"}),
    "中小移动应用开发者": frozenset({"小微", "中型"}),
    "大型企业": frozenset({"大型"}),
}
_CONDITION = re.compile(
    r"经认定为[^，。；,]{1,15}?的|符合条件的(?:企业)?|有条件的(?:企业|支付机构)|创新型、成长型|"
    r"其土地用途符合[^，。；,]+的|利用存量土地和原厂房[^，。；,]+的|按照支持小微企业发展的各项金融政策"
)
_REQUIRED_QUALIFICATION = re.compile(r"经认定为(高新技术企业|软件企业|集成电路企业)的")
_QUALIFICATION_MENTIONS: dict[str, re.Pattern[str]] = {
    "高新技术企业": re.compile(r"高新技术企业"),
    "软件企业": re.compile(r"软件企业|软件产业|软件和集成电路|集成电路和软件"),
    "集成电路企业": re.compile(r"集成电路企业|集成电路产业|集成电路制造企业|软件和集成电路|集成电路和软件"),
    "创新型企业": re.compile(r"创新型"),
    "成长型企业": re.compile(r"成长型"),
    "民营企业": re.compile(r"民间资本|民营企业"),
}
_AMOUNT_OR_PROCEDURE = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿|千)?元|申报|申请程序|申请条件|办理流程")


@dataclass(frozen=True)
class MeasureFacts:
    """One enterprise-facing support sentence of a clause, with the facts matching needs."""

    sentence: str
    kinds: tuple[str, ...]
    beneficiaries: tuple[str, ...]
    industries: tuple[str, ...]
    sizes: frozenset[str] | None  # None: any size
    conditions: tuple[str, ...]
    required_qualification: str | None
    qualifications: tuple[str, ...]  # mentioned (a match scores, absence does not exclude)


@dataclass(frozen=True)
class ClauseFacts:
    clause: Clause
    document: Document
    measures: tuple[MeasureFacts, ...]
    units: tuple[str, ...]  # the clause's own 责任单位
    #: annex rows restating this body clause, each with the body sentences it restates (their units stand in)
    rows: tuple[tuple[Clause, tuple[str, ...]], ...]
    level: str  # 国务院 | 省（浙江）
    states_amount_or_procedure: bool

    @property
    def is_support(self) -> bool:
        return bool(self.measures)


# ---- facts ---------------------------------------------------------------------------------

def _task_text(clause: Clause) -> str:
    """The measure itself, without the annex's 负责部门/时间进度 columns or an item's (责任单位:…)."""
    text = row_task(clause.text) if clause.annex_row is not None else clause.text
    return strip_unit_note(text)


def _bigrams(text: str) -> set[str]:
    chars = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", text)
    return {chars[i:i + 2] for i in range(len(chars) - 1)}


def _found(text: str, words: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(value for value, ws in words.items() if any(w in text for w in ws))


def _beneficiaries(text: str) -> tuple[str, ...]:
    found: list[str] = []
    masked = text
    for phrase in _BENEFICIARIES:
        if phrase in masked:
            found.append(phrase)
            masked = masked.replace(phrase, "\x00" * len(phrase))
    return tuple(sorted(found, key=text.find))


def _clause_industries(text: str) -> tuple[str, ...]:
    """Industries a clause names; 跨境电子商务 is its own field (not every online shop trades abroad).

    软件著作权 names collateral any company may hold, not the software industry.
    """
    found = ["跨境电商"] if "跨境电子商务" in text else []
    text = text.replace("跨境电子商务", "").replace("软件著作权", "著作权")
    return tuple(found + [i for i in _found(text, _CLAUSE_INDUSTRY_WORDS) if i != "跨境电商"])


def _measure(sentence: str, context: str, title_kinds: tuple[str, ...]) -> MeasureFacts | None:
    """The support facts of `sentence` (read together with `context`), or None when it is no measure.

    Whether a company is the one supported is decided per comma-separated part (so 统筹安排地方政府债
    next to 鼓励符合条件的企业发行企业债 does not hide the latter); the kinds are those of the
    enterprise-facing parts, else of the whole sentence.
    """
    parts = [p for p in _PART.split(sentence) if p]
    facing = [p for p in parts if any(r.search(p) for r in _ENTERPRISE_FACING) and not _GOVERNMENT_TASK.search(p)]
    if not facing and any(r.search(sentence) for r in _CONDITIONAL_FACING) and not _GOVERNMENT_TASK.search(sentence):
        facing = [sentence]  # 企业利用存量土地…的,可保留其工业用途不变: the condition and the benefit span parts
    if not facing:
        return None
    kinds = [k for k, rule in _KIND_RULES.items() if any(rule.search(p) for p in facing)]
    kinds = kinds or [k for k, rule in _KIND_RULES.items() if rule.search(sentence)]
    if not kinds and re.search(r"政策", sentence):
        kinds = list(title_kinds)  # 落实…若干政策 under a 财税/税收 heading
    if not kinds:
        return None
    beneficiaries = _beneficiaries(sentence) or _beneficiaries(context)
    sizes: set[str] = set()
    for b in beneficiaries:
        # 支持大型企业供应链信息化提升、…、移动电子商务等试点: the size names one item of a list only
        if b in _SIZE_BENEFICIARIES and not re.search(rf"{b}[^，,。；]*、[^，,。；]*等", sentence):
            sizes |= _SIZE_BENEFICIARIES[b]
    general = any(b not in _SIZE_BENEFICIARIES and b.endswith("企业") for b in beneficiaries if b != "高新技术企业")
    required = _REQUIRED_QUALIFICATION.search(sentence)
    return MeasureFacts(
        sentence=sentence,
        kinds=tuple(kinds),
        beneficiaries=beneficiaries,
        industries=_clause_industries(sentence) or _clause_industries(context),
        sizes=frozenset(sizes) if sizes and not general else None,
        conditions=tuple(dict.fromkeys(m.group(0) for m in _CONDITION.finditer(sentence))),
        required_qualification=required.group(1) if required else None,
        qualifications=tuple(q for q, p in _QUALIFICATION_MENTIONS.items() if p.search(sentence)),
    )


def _link_annex(document: Document) -> dict[str, tuple[Clause, list[str]]]:
    """Annex row id → (body clause it restates, the body sentences it restates, best first).

    A row's task is mostly a near-copy of part of a body clause; the body gives the row its
    context (whom the measure is for, the heading), and the row gives the body its units.
    """
    body = [c for c in document.clauses if c.annex_row is None and c.kind in ("clause", "item", "subitem", "article")]
    links: dict[str, tuple[Clause, list[str]]] = {}
    for row in (c for c in document.clauses if c.annex_row is not None):
        task = _bigrams(_task_text(row))
        if not task:
            continue
        best: tuple[float, Clause | None, list[str]] = (0.0, None, [])
        for clause in body:
            total = len(task & _bigrams(clause.text)) / len(task)
            if total > best[0]:
                scored = sorted(((len(task & _bigrams(s)) / len(task), s) for s in split_sentences(_task_text(clause))), reverse=True)
                best = (total, clause, [s for share, s in scored if share >= 0.5])
        if best[1] is not None and best[0] >= 0.6 and best[2]:
            links[row.id] = (best[1], best[2])
    return links


def clause_facts(documents: list[Document]) -> list[ClauseFacts]:
    """Facts of every clause of `documents` (cached per corpus state)."""
    key = tuple((d.doc_id, d.sha256) for d in documents)
    with _cache_lock:
        if key not in _cache:
            _cache.clear()
            _cache[key] = _derive(documents)
        return _cache[key]


_cache: dict[tuple, list[ClauseFacts]] = {}
_cache_lock = threading.Lock()


def _derive(documents: list[Document]) -> list[ClauseFacts]:
    out: list[ClauseFacts] = []
    for document in documents:
        links = _link_annex(document)
        rows_of: dict[str, list[tuple[Clause, tuple[str, ...]]]] = {}
        for row in document.clauses:
            if row.id in links:
                rows_of.setdefault(links[row.id][0].id, []).append((row, tuple(links[row.id][1])))
        level = "国务院" if document.level == Level.NATIONAL else f"{document.region}省" if document.region else document.level
        for clause in document.clauses:
            if clause.kind in ("preamble", "closing"):
                continue
            task = _task_text(clause)
            title = clause.clause_title or ""
            context = ""
            if clause.id in links:
                linked, sentences = links[clause.id]
                title = linked.clause_title or ""
                context = sentences[0]
            title_kinds = tuple(k for k, p in _TITLE_KINDS.items() if p.search(title))
            measures = tuple(filter(None, (_measure(s, context, title_kinds) for s in split_sentences(task))))
            if not measures and context:
                # a terse row (开展知识产权质押融资) reads as a measure through the body sentence it restates
                restated = _measure(context, "", title_kinds)
                measures = (_restate(restated, task),) if restated else ()
            out.append(ClauseFacts(
                clause=clause, document=document, measures=measures, units=tuple(clause.units),
                rows=tuple(rows_of.get(clause.id, ())),
                level=level, states_amount_or_procedure=bool(_AMOUNT_OR_PROCEDURE.search(task)),
            ))
    return out


def _restate(measure: MeasureFacts, task: str) -> MeasureFacts:
    """A measure read from the body sentence, quoted in the annex row's own words."""
    return MeasureFacts(
        sentence=task, kinds=measure.kinds, beneficiaries=measure.beneficiaries, industries=measure.industries,
        sizes=measure.sizes, conditions=measure.conditions, required_qualification=measure.required_qualification,
        qualifications=measure.qualifications,
    )


# ---- matching ------------------------------------------------------------------------------

@dataclass
class Match:
    kind: str  # the group it is listed under
    kinds: list[str]  # every kind of support the clause offers this company
    label: str
    level: str
    citation: Citation
    quotes: list[str]
    beneficiaries: list[str]
    conditions: list[str]
    units: list[str]
    reasons: list[str]
    note: str
    score: float
    generic: bool = False  # the measure names no industry: it is for any company that meets it

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "kinds": self.kinds, "label": self.label, "level": self.level,
            "quotes": self.quotes, "beneficiaries": self.beneficiaries, "conditions": self.conditions,
            "units": self.units, "reasons": self.reasons, "note": self.note, "score": self.score, "generic": self.generic,
            "citation": self.citation.to_dict(),
        }


@dataclass
class EligibilityResult:
    profile: CompanyProfile
    matches: list[Match] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def groups(self) -> dict[str, list[Match]]:
        """Matches by kind, in the fixed kind order, empty kinds left out."""
        groups: dict[str, list[Match]] = {k: [] for k in KINDS}
        for match in self.matches:
            groups[match.kind].append(match)
        return {k: v for k, v in groups.items() if v}

    def to_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile.to_dict(),
            "understood": self.profile.describe(),
            "count": len(self.matches),
            "groups": {k: [m.to_dict() for m in v] for k, v in self.groups.items()},
            "notes": self.notes,
        }

    def to_markdown(self) -> str:
        lines = ["# 企业可享受的支持措施", "", f"**识别结果**：{self.profile.describe()}", ""]
        if self.profile.text:
            lines[2:2] = [f"**企业描述**：{self.profile.text}", ""]
        for note in self.notes:
            lines += [f"> {note}", ""]
        for kind, matches in self.groups.items():
            lines += [f"## {kind}（{len(matches)}项）", ""]
            for m in matches:
                lines.append(f"### {m.label}（{m.level}）")
                lines.append("")
                lines.append(f"- 原文：{''.join(m.quotes)}")
                if m.beneficiaries:
                    lines.append(f"- 适用对象：{'、'.join(m.beneficiaries)}")
                if m.conditions:
                    lines.append(f"- 条件：{'；'.join(m.conditions)}")
                lines.append(f"- 匹配理由：{'；'.join(m.reasons)}")
                lines.append(f"- 责任单位：{'、'.join(m.units) or '文件未写明'}")
                lines.append(f"- 说明：{m.note}")
                lines.append("")
        return "\n".join(lines).rstrip() + "\n"

    def to_csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["类别", "条款", "层级", "原文", "适用对象", "条件", "匹配理由", "责任单位", "说明", "clause_id"])
        for kind, matches in self.groups.items():
            for m in matches:
                writer.writerow([
                    kind, m.label, m.level, "".join(m.quotes), "、".join(m.beneficiaries), "；".join(m.conditions),
                    "；".join(m.reasons), "、".join(m.units), m.note, m.citation.clause_id,
                ])
        return buffer.getvalue()


def _industry_fit(measure: MeasureFacts, industries: list[str]) -> tuple[str, list[str]]:
    """("exact" | "related" | "none" | "open", the measure's industries that fit)."""
    if not measure.industries:
        return "open", []
    if not industries:
        return "unknown", list(measure.industries)
    exact = [i for i in measure.industries if i in industries]
    if "信息服务" in measure.industries:
        exact += [i for i in industries if i in _INFO_FAMILY and i not in exact]
    if exact:
        return "exact", exact
    related = [i for i in measure.industries if i in _INFO_FAMILY] if any(i in _INFO_FAMILY for i in industries) else []
    return ("related", related) if related else ("none", [])


def _applies_in(facts: ClauseFacts, profile: CompanyProfile) -> bool:
    """National measures apply everywhere; a provincial one only in its province (or when no region was said)."""
    if facts.document.level == Level.NATIONAL:
        return True
    if profile.region is None:
        return True
    return profile.region != NATIONAL and facts.document.region == profile.region


@dataclass
class _Fit:
    """How one support sentence fits a profile; reasons are written per clause from these."""

    measure: MeasureFacts
    score: float = 0.0
    industries: list[str] = field(default_factory=list)  # exact
    related: list[str] = field(default_factory=list)  # same information-service family
    unknown_industries: list[str] = field(default_factory=list)  # the profile named no industry
    size_words: list[str] = field(default_factory=list)  # size-restricted beneficiaries
    needs: list[str] = field(default_factory=list)
    kinds_wanted: list[str] = field(default_factory=list)
    qualifications: list[str] = field(default_factory=list)
    missing_qualification: str | None = None


def _fit(m: MeasureFacts, profile: CompanyProfile) -> _Fit | None:
    """How `m` fits the company, or None when it does not apply (size, industry) or nothing fits."""
    if m.sizes is not None and profile.size and profile.size not in m.sizes:
        return None
    kind, fitting = _industry_fit(m, profile.industries)
    if kind == "none":
        return None
    fit = _Fit(m)
    if kind == "exact":
        fit.score += 3
        fit.industries = fitting
    elif kind == "related":
        fit.score += 1
        fit.related = fitting
    elif kind == "unknown":
        fit.unknown_industries = fitting
    if m.sizes is not None:
        fit.size_words = [b for b in m.beneficiaries if b in _SIZE_BENEFICIARIES]
        fit.score += 2 if profile.size else 0
    fit.kinds_wanted = [k for k in m.kinds if k in profile.need_kinds]
    fit.needs = [n for n in profile.needs if NEED_KINDS[n] in fit.kinds_wanted]
    fit.score += 3 if fit.kinds_wanted else 0
    fit.qualifications = [q for q in m.qualifications if q in profile.qualifications]
    fit.score += 3 if fit.qualifications else 0
    if m.required_qualification and m.required_qualification not in profile.qualifications:
        fit.score -= 2
        fit.missing_qualification = m.required_qualification
    # something about the company must fit: its industry, size, qualification or a need; a merely
    # related industry (互联网企业 for a software company) counts only together with another fit
    if not (kind == "exact" or fit.needs or fit.qualifications or (fit.size_words and profile.size)):
        return None
    return fit


def match_profile(documents: list[Document], profile: CompanyProfile) -> EligibilityResult:
    result = EligibilityResult(profile)
    for facts in clause_facts(documents):
        if not facts.is_support or not _applies_in(facts, profile):
            continue
        fits = [f for m in facts.measures if (f := _fit(m, profile)) is not None]
        if not fits:
            continue
        best = max(f.score for f in fits)
        # the sentences that fit well; a weak one (a condition the company lacks) only when alone
        result.matches.append(_to_match(facts, profile, [f for f in fits if f.score >= best - 2]))
    result.matches.sort(key=lambda m: -m.score)
    if not result.matches:
        result.notes.append(_nothing_note(documents, profile))
    elif profile.industries and all(m.generic for m in result.matches):
        result.notes.append(
            f"现有文件没有针对{'、'.join(profile.industries)}的专门措施；以下只是面向符合条件企业的通用措施。"
        )
    elif profile.region is None:
        result.notes.append("未说明所在地区：已列出国家措施和各省措施，省级措施仅适用于该省企业。")
    return result


def _union(lists) -> list[str]:
    return list(dict.fromkeys(x for xs in lists for x in xs))


def _reasons(fits: list[_Fit], profile: CompanyProfile) -> list[str]:
    reasons: list[str] = []
    if industries := _union(f.industries for f in fits):
        reasons.append(f"行业相符：{'、'.join(industries)}")
    if related := [i for i in _union(f.related for f in fits) if i not in industries]:
        reasons.append(f"相关行业：条款面向{'、'.join(related)}，请确认贵企业是否属于")
    if unknown := _union(f.unknown_industries for f in fits):
        reasons.append(f"条款面向{'、'.join(unknown)}（贵企业未说明行业）")
    if size_words := _union(f.size_words for f in fits):
        if profile.size:
            reasons.append(f"规模相符：{profile.size}（适用于{'、'.join(size_words)}）")
        else:
            reasons.append(f"仅适用于{'、'.join(size_words)}，请确认企业规模")
    if needs := _union(f.needs for f in fits):
        reasons.append(f"符合需求：{'、'.join(needs)}")
    if qualifications := _union(f.qualifications for f in fits):
        reasons.append(f"资质相符：{'、'.join(qualifications)}")
    for missing in _union([f.missing_qualification] for f in fits if f.missing_qualification):
        reasons.append(f"条件：须经认定为{missing}（贵企业未说明）")
    return reasons


def _to_match(facts: ClauseFacts, profile: CompanyProfile, fits: list[_Fit]) -> Match:
    measures = [f.measure for f in fits]
    score = max(f.score for f in fits)
    reasons = _reasons(fits, profile)
    wanted = _union(f.kinds_wanted for f in fits)
    kinds = [k for k in KINDS if any(k in m.kinds for m in measures)]
    document = facts.document
    if document.level != Level.NATIONAL and profile.province == document.region:
        score += 1
        reasons.append(f"地区相符：{document.region}省措施")
    elif document.level != Level.NATIONAL:
        reasons.append(f"{document.region}省措施，仅适用于{document.region}企业")
    else:
        reasons.append("国家措施，全国适用")
    quotes = list(dict.fromkeys(m.sentence for m in measures))
    units, source = list(facts.units), ""
    if not units:
        rows = [row for row, sentences in facts.rows if set(sentences) & set(quotes)]
        units = list(dict.fromkeys(u for row in rows for u in row.units))
        source = f"（据{'、'.join(label_for(row, document) for row in rows)}）" if rows else ""
    contact = "、".join(units)
    if facts.states_amount_or_procedure:
        note = "具体标准以原文为准。"
    elif units:
        note = f"文件未规定具体金额或申请程序，请联系责任单位：{contact}{source}。"
    else:
        note = "文件未规定具体金额或申请程序，也未写明该条的责任单位。"
    return Match(
        kind=(wanted or kinds)[0],
        kinds=kinds,
        label=label_for(facts.clause, document),
        level=facts.level,
        citation=Citation.of(facts.clause, document, quotes),
        quotes=quotes,
        beneficiaries=list(dict.fromkeys(b for m in measures for b in m.beneficiaries)),
        conditions=list(dict.fromkeys(c for m in measures for c in m.conditions)),
        units=units,
        reasons=reasons,
        note=note,
        score=score,
        generic=not any(m.industries for m in measures),
    )


def _nothing_note(documents: list[Document], profile: CompanyProfile) -> str:
    titles = "、".join(f"《{d.cite_name}》" for d in documents)
    known = [i for i in profile.industries if i in INDUSTRY_WORDS and i not in ("餐饮", "制造业", "零售", "建筑")]
    why = "所述行业不在这些文件的支持范围内" if profile.industries and not known else "没有与所述行业、规模、资质或需求相符的条款"
    return f"现有文件（{titles}）中没有找到适用于该企业的支持措施：{why}。文件主要针对信息消费和信息产业。"


def eligible(documents: list[Document], text_or_profile: str | CompanyProfile | dict) -> EligibilityResult:
    """Every support measure in `documents` that applies to the company described."""
    if isinstance(text_or_profile, CompanyProfile):
        profile = text_or_profile
    elif isinstance(text_or_profile, dict):
        profile = CompanyProfile.from_dict(text_or_profile)
    else:
        profile = parse_profile(str(text_or_profile))
    return match_profile(documents, profile)
