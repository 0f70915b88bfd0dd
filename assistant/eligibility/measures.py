"""Support measures read from the facts the corpus already parsed, in every document of the library.

A sentence of a clause is a *support measure for enterprises* when either
* the clause's money facts (assistant.corpus.money) give it a sum of support — an amount, a rate,
  a cap, tiers — and it names whom it is for, or
* it names a support instrument (税收优惠, 贷款, 免征, 降低费率 … assistant.lexicon.enterprise) in a
  part where a company is the one supported (鼓励…企业, 对…企业…的, 暂免征收…).
Government-internal tasks (出台政策, 建设平台, 安排前期费) give no measure. Each measure carries its
beneficiaries (the text's own words), the industries and sizes they name, the condition text its
conditions are checked from, its money facts, and whom to contact (the clause's lead and supporting
units, the annex rows that restate it, else the document's own organising units). Facts are derived
once per library state (keyed by the documents' hashes). The library's beneficiary words and counties
also become profile vocabulary (`vocabulary`).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from assistant.citations import clause_path
from assistant.corpus.model import Clause, Document, Money
from assistant.eligibility.conditions import document_government
from assistant.eligibility.profile import Vocabulary
from assistant.lexicon.enterprise import (
    BENEFICIARY_NOUN,
    CONDITION_PART,
    CONDITIONAL_FACING,
    ENTERPRISE_FACING,
    GOVERNMENT_TASK,
    INDUSTRY_WORDS,
    INTERMEDIARY,
    KIND_RULES,
    NO_STACKING,
    QUALIFICATION_WORDS,
    SIZE_BENEFICIARIES,
    SIZE_BENEFICIARY_RE,
    TITLE_KINDS,
)
from assistant.lexicon.labels import row_task, strip_unit_note
from assistant.lexicon.regions import Government, Level, to_simplified
from assistant.lexicon.sentences import split_sentences

_CUT = re.compile(r"[，,、。；;：:（）()\s“”\"]|对|为|向|给予|予以|支持|鼓励|引导|帮助|推动|促进|培育|扶持|优先|落实|实施|开展|提供|享受|增信|的|和|与|及|或|在")
_BENEFICIARY_TOKEN = re.compile(rf"[\u4e00-\u9fffA-Za-z]{{1,16}}?{BENEFICIARY_NOUN}$")
_GENERIC_STEM = re.compile(r"^(?:新|各类|相关|符合条件|有条件|该|本土|重点|其他|有关|新增|投资|参与|同类|区内|县内|市内|所有|广大|一批|本地|外地|域外|纳入统计口径|统计口径|新建|新引进|其|主要|骨干|龙头|优质|运营|金融|社会|领军)+")
#: Words in a beneficiary that say how it qualifies (a level, a listing, a year), not what field it is in.
_NOT_A_FIELD = re.compile(r"上市|挂牌|新建|类|产业|项目|[省市县区]级|国家|中国|年度|当年|首次|初次|认定|重点|百强|规模|领域")
_GIVES = re.compile(r"给予|奖励|补助|补贴|资助|最高|不超过")
_LEADING_VERB = re.compile(r"^(?:切实|减轻|降低|加大|现有|进一步|积极|大力|着力|加快|全面|吸引|服务|面向|针对|帮扶|奖励|补助)+")
_NOT_SUPPORT_BASIS = re.compile(r"奖励|补助|补贴|资助")  # 按应奖励额的30% is a payment schedule, not a sum


@dataclass(frozen=True)
class MeasureFacts:
    """One enterprise-facing support sentence of a clause, with the facts matching needs."""

    sentence: str
    kinds: tuple[str, ...]
    beneficiaries: tuple[str, ...]
    industries: tuple[str, ...]
    sizes: frozenset[str] | None  # None: any size
    size_words: tuple[str, ...]
    condition: str  # the text its conditions are read from (money condition/beneficiary, 对…的 parts)
    qualifications: tuple[str, ...]  # mentioned (a match scores, absence does not exclude)
    money: tuple[Money, ...]


@dataclass(frozen=True)
class ClauseFacts:
    clause: Clause
    document: Document
    measures: tuple[MeasureFacts, ...]
    lead: tuple[str, ...]
    supporting: tuple[str, ...]
    contact_source: str  # "" (the clause's own), or where the units come from (据附件第69项 / 据第七条)
    government: Government
    stacking: bool  # False when the document says its rewards do not add up

    @property
    def units(self) -> tuple[str, ...]:
        return self.lead + tuple(u for u in self.supporting if u not in self.lead)

    @property
    def is_support(self) -> bool:
        return bool(self.measures)


# ---- reading one sentence --------------------------------------------------------------------

def _task_text(clause: Clause) -> str:
    """The measure itself, without the annex's 负责部门/时间进度 columns or an item's (责任单位:…)."""
    text = row_task(clause.text) if clause.annex_row is not None else clause.text
    return to_simplified(strip_unit_note(text))


def beneficiaries(text: str) -> tuple[str, ...]:
    """The text's own words for whom a measure is for: 互联网小微企业, 规上工业企业, 智慧养老服务企业."""
    text = re.sub(r"\s+", "", text)
    found = []
    for token in filter(None, _CUT.split(text)):
        ends = [m.end() for m in re.finditer(BENEFICIARY_NOUN, token)]
        phrase = _LEADING_VERB.sub("", token[: ends[-1]]) if ends else ""
        if phrase and _BENEFICIARY_TOKEN.fullmatch(phrase) and not INTERMEDIARY.search(phrase):
            found.append(phrase)
    return tuple(dict.fromkeys(found))


def industries_in(text: str, extra: dict[str, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """Industries a text names; 跨境电子商务 is its own field, 软件著作权 is collateral, not software."""
    text = text.replace("软件著作权", "著作权").replace("医疗保险", "保险")
    found = ["跨境电商"] if "跨境电子商务" in text else []
    rest = text.replace("跨境电子商务", "")
    words = {**INDUSTRY_WORDS, **(extra or {})}
    found += [v for v, ws in words.items() if v != "跨境电商" and any(w in rest for w in (v, *ws))]
    return tuple(dict.fromkeys(found))


def _sizes(sentence: str, who: str) -> tuple[frozenset[str] | None, tuple[str, ...]]:
    """Sizes the beneficiary words allow; 支持大型企业…、…等试点 (one item of a list) restricts nothing."""
    sizes: set[str] = set()
    words: list[str] = []
    for m in SIZE_BENEFICIARY_RE.finditer(who):
        word = next((b for b in beneficiaries(who[m.start():]) if b.startswith(m.group("s"))), m.group("s") + "企业")
        if re.search(rf"{re.escape(word)}[^，,。；]*、[^，,。；]*等", sentence):
            continue
        sizes |= SIZE_BENEFICIARIES[m.group("s")]
        words.append(word)
    general = any(b.endswith("企业") and not SIZE_BENEFICIARY_RE.search(b) for b in beneficiaries(who)
                  if not any(w in b for ws in QUALIFICATION_WORDS.values() for w in ws))
    return (frozenset(sizes), tuple(dict.fromkeys(words))) if sizes and not general else (None, ())


def _facing(sentence: str) -> bool:
    parts = [p for p in re.split(r"[，,]", sentence) if p]
    if any(any(r.search(p) for r in ENTERPRISE_FACING) and not GOVERNMENT_TASK.search(p) for p in parts):
        return True
    return any(r.search(sentence) for r in CONDITIONAL_FACING) and not GOVERNMENT_TASK.search(sentence)


def _money_of(sentence: str, money: list[Money]) -> tuple[Money, ...]:
    key = re.sub(r"\s+", "", sentence)
    return tuple(m for m in money if (p := re.sub(r"\s+", "", to_simplified(m.phrase))) and (p in key or key.rstrip("。；;") in p)
                 and not (m.basis and _NOT_SUPPORT_BASIS.search(m.basis)))


def read_measure(sentence: str, context: str, title_kinds: tuple[str, ...], money: list[Money],
                 extra: dict[str, tuple[str, ...]] | None = None) -> MeasureFacts | None:
    """The support facts of `sentence` (with `context`: the body sentence an annex row restates), or None."""
    found = _money_of(sentence, money)
    if not (found and (beneficiaries(sentence) or any(m.beneficiary for m in found))) and not _facing(sentence):
        return None
    if not found and GOVERNMENT_TASK.search(sentence) and not re.search(r"[，,]", sentence):
        return None
    kinds = [k for k, rule in KIND_RULES.items() if rule.search(sentence)]
    if not kinds and re.search(r"政策", sentence):
        kinds = list(title_kinds)  # 落实…若干政策 under a 财税/税收 heading
    if not kinds and found:
        kinds = ["财政资金与专项"]
    if not kinds:
        return None
    conditions = [m.condition or "" for m in found] + [m.beneficiary or "" for m in found]
    # 对新设立的…企业给予…: the part before what it gives is whom and on what condition
    parts = [_GIVES.split(re.sub(r"^[对凡]", "", p))[0] for p in re.split(r"[，,]", sentence)
             if p.endswith("的") or p.startswith(("对", "凡")) or CONDITION_PART.search(p)]
    conditions += [p for p in parts if p]
    who_words = beneficiaries(sentence) or beneficiaries(context)
    who = " ".join([*who_words, *(m.beneficiary or "" for m in found)])
    sizes, size_words = _sizes(sentence, who)
    return MeasureFacts(
        sentence=sentence,
        kinds=tuple(kinds),
        beneficiaries=who_words,
        industries=industries_in(who, extra) or industries_in(sentence, extra) or industries_in(context, extra),
        sizes=sizes,
        size_words=size_words,
        condition="，".join(dict.fromkeys(c for c in conditions if c)),
        qualifications=tuple(q for q, ws in QUALIFICATION_WORDS.items() if any(w in sentence for w in (q, *ws))),
        money=found,
    )


# ---- a whole library ---------------------------------------------------------------------------

def _bigrams(text: str) -> set[str]:
    chars = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", text)
    return {chars[i:i + 2] for i in range(len(chars) - 1)}


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


def vocabulary(documents: list[Document]) -> Vocabulary:
    """Profile words the library adds: fields its beneficiaries name that the lexicon lacks, and its counties."""
    industries: dict[str, tuple[str, ...]] = {}
    counties: dict[str, tuple[str | None, str | None]] = {}
    known = [w for v, ws in INDUSTRY_WORDS.items() for w in (v, *ws)]
    for document in documents:
        gov = document_government(document)
        if gov.county:
            counties[gov.county] = (gov.province, gov.city)
        for clause in document.clauses:
            for money in clause.money:
                for token in beneficiaries(to_simplified(money.beneficiary or "")):
                    stem = _GENERIC_STEM.sub("", re.sub(rf"{BENEFICIARY_NOUN}$", "", token))
                    stem = re.sub(r"(?:型|类|等)$", "", stem)
                    if token.endswith("企业") and len(stem) >= 2 and not _NOT_A_FIELD.search(stem) and not any(w in stem for w in known) and not SIZE_BENEFICIARY_RE.search(token) \
                            and not any(w in stem for ws in QUALIFICATION_WORDS.values() for w in ws):
                        industries.setdefault(stem, (stem,))
    return Vocabulary(industries=industries, counties=counties)


def clause_facts(documents: list[Document]) -> list[ClauseFacts]:
    """Facts of every clause of `documents` (cached per library state)."""
    key = tuple((d.doc_id, d.sha256) for d in documents)
    with _cache_lock:
        if key not in _cache:
            _cache.clear()
            _cache[key] = _derive(documents)
        return _cache[key]


_cache: dict[tuple, list[ClauseFacts]] = {}
_cache_lock = threading.Lock()


def _derive(documents: list[Document]) -> list[ClauseFacts]:
    extra = vocabulary(documents).industries
    out: list[ClauseFacts] = []
    for document in documents:
        out += _document_facts(document, extra)
    return out


def _document_facts(document: Document, extra: dict[str, tuple[str, ...]]) -> list[ClauseFacts]:
    links = _link_annex(document)
    rows_of: dict[str, list[tuple[Clause, tuple[str, ...]]]] = {}
    for row in document.clauses:
        if row.id in links:
            rows_of.setdefault(links[row.id][0].id, []).append((row, tuple(links[row.id][1])))
    gov = document_government(document)
    stacking = not any(NO_STACKING.search(c.text) for c in document.clauses)
    read: list[tuple[Clause, tuple[MeasureFacts, ...]]] = []
    for clause in document.clauses:
        if clause.kind in ("preamble", "closing"):
            continue
        title, context = clause.clause_title or "", ""
        if clause.id in links:
            linked, sentences = links[clause.id]
            title, context = linked.clause_title or "", sentences[0]
        title_kinds = tuple(k for k, p in TITLE_KINDS.items() if p.search(title))
        sentences = split_sentences(_task_text(clause))
        measures = tuple(filter(None, (read_measure(s, context, title_kinds, clause.money, extra) for s in sentences)))
        if not measures and context:
            # a terse row (开展知识产权质押融资) reads as a measure through the body sentence it restates
            if restated := read_measure(context, "", title_kinds, [], extra):
                measures = (MeasureFacts(**{**restated.__dict__, "sentence": _task_text(clause)}),)
        read.append((clause, measures))
    # the document's own organising units (负责统筹…兑现, 负责解释) stand in for a measure that names none
    organisers = [c for c, ms in read if not ms and c.lead_units]
    doc_lead = tuple(dict.fromkeys(u for c in organisers for u in c.lead_units))
    doc_supporting = tuple(dict.fromkeys(u for c in organisers for u in c.supporting_units if u not in doc_lead))
    out = []
    for clause, measures in read:
        lead, supporting, source = tuple(clause.lead_units), tuple(clause.supporting_units), ""
        if not clause.units and clause.id in rows_of:
            quoted = {m.sentence for m in measures}
            rows = [row for row, restated in rows_of[clause.id] if set(restated) & quoted] or [r for r, _ in rows_of[clause.id]]
            lead = tuple(dict.fromkeys(u for r in rows for u in (r.lead_units or r.units[:1])))
            supporting = tuple(dict.fromkeys(u for r in rows for u in r.units if u not in lead))
            source = "据" + "、".join(clause_path(r) for r in rows)
        elif not clause.units and measures and doc_lead:
            lead, supporting = doc_lead, doc_supporting
            source = "据" + "、".join(clause_path(c) for c in organisers[:3])
        elif not clause.units and not lead:
            lead = tuple(u for u in clause.units[:1])
        lead, supporting = _named(lead), _named(supporting)
        out.append(ClauseFacts(clause, document, measures, lead, supporting, source, gov, stacking))
    return out


def _named(units: tuple[str, ...]) -> tuple[str, ...]:
    """Units as a person contacts them (a stray 本办法由X read as a unit name is left out)."""
    return tuple(u for u in units if not re.match(r"本(?:办法|政策|意见|规定|细则)", u))


def level_name(gov: Government) -> str:
    """国务院 / 浙江省 / 广东省深圳市南山区: who the measure is from, as a match shows it."""
    return "国务院" if gov.level == Level.NATIONAL else gov.name or "地方"
