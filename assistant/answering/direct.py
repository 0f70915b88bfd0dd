"""The direct answer: one line that fills the asked slot, put before the cited quotes.

A reader asking "how much" wants the amount first (最高不超过50万元), one asking "who" the
lead and supporting units, one asking "how long" the validity — not a verbatim clause to
read through. Each line is built from the chosen clauses' parsed facts (units, deadline,
money, targets) or their own words (the clause fragment that shares most with the question),
so it says nothing the cited clauses do not say.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.answering.intents import Slot
from assistant.corpus.model import Clause, Document
from assistant.lexicon.labels import UNITS_NOTE_RE
from assistant.lexicon.tokenizer import Tokenizer

_FRAGMENT_END = re.compile(r"(?<=[，,。；;！？!?：:])")
_MONEY = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿|千)?元|\d+(?:\.\d+)?\s*%|[一二两三四五六七八九十百千]+万?元|百分之")
_YEAR = re.compile(r"(?:19|20)\d\d\s*年")
_NUMBER = re.compile(r"\d|[一二两三四五六七八九十百千]+(?:个|家|项|年|次|人|户|天|万)")
_VALIDITY = re.compile(r"有效期|施行|试行|起实施|起执行|实施期限|执行期限|执行至|实施至|延长至|之日起|暂定")
_QUOTED_NAME = re.compile(r"“([^”]{2,30})”|《([^》]{2,40})》")
_MAX_LINE = 90


def _words(question: str, tokenizer: Tokenizer) -> set[str]:
    return {w for w in tokenizer.tokenize(question) if len(w) >= 2}


def best_fragment(
    clauses: list[Clause],
    question: str,
    tokenizer: Tokenizer,
    must: re.Pattern[str] | None = None,
    avoid: re.Pattern[str] | None = None,
) -> str | None:
    """The comma-delimited fragment of the clauses that shares most (longest) words with the
    question, among those matching `must` and not `avoid`; None when no fragment qualifies."""
    words = _words(question, tokenizer)
    best: tuple[float, str] | None = None
    for clause in clauses:
        text = UNITS_NOTE_RE.sub("", clause.text)
        for fragment in (f.strip(" \n，,。；;：:") for f in _FRAGMENT_END.split(text)):
            fragment = re.sub(r"\s+", "", fragment)
            if len(fragment) < 2 or (must is not None and not must.search(fragment)):
                continue
            if avoid is not None and avoid.search(fragment):
                continue
            score = sum(len(w) for w in words if w in fragment) - len(fragment) / 200
            if best is None or score > best[0]:
                best = (score, fragment)
    return best[1][:_MAX_LINE] if best else None


def _with_context(clause: Clause, fragment: str) -> str:
    """A fragment that is only a figure (50万元) reads better with the fragment before it."""
    if len(fragment) > 12:
        return fragment
    text = re.sub(r"\s+", "", UNITS_NOTE_RE.sub("", clause.text))
    at = text.find(fragment)
    start = max(text.rfind("，", 0, max(at - 1, 0)) + 1, 0) if at > 0 else 0
    return text[start : at + len(fragment)][:_MAX_LINE] if at >= 0 else fragment


def chinese_date(iso: str | None) -> str | None:
    try:
        day = date.fromisoformat(iso or "")
    except ValueError:
        return None
    return f"{day.year}年{day.month}月{day.day}日"


def units_line(clauses: list[Clause], role: str | None) -> str:
    clause = clauses[0]
    lead = clause.lead_units or []
    supporting = clause.supporting_units or [u for u in clause.units if u not in lead]
    if role == "supporting":
        return f"配合单位：{'、'.join(supporting)}" if supporting else f"文件没有写明配合单位；责任单位：{'、'.join(clause.units)}"
    if role == "lead":
        return f"牵头单位：{'、'.join(lead or clause.units[:1])}"
    if lead and supporting:
        return f"牵头单位：{'、'.join(lead)}；配合单位：{'、'.join(supporting)}"
    units = list(dict.fromkeys(u for c in clauses for u in c.units))
    return f"责任单位：{'、'.join(units)}"


def issue_line(document: Document, question: str) -> str:
    """文号, the date issued or the issuer, as the question asks."""
    if re.search(r"文号|字号", question):
        return f"文号：{document.number}" if document.number else "文件没有写明文号。"
    if re.search(r"机构|机关|单位|谁|部门", question):
        return f"发文机关：{document.issuer}" if document.issuer else "文件没有写明发文机关。"
    when = chinese_date(document.date)
    return f"印发日期：{when}" if when else "文件没有写明印发日期。"


def validity_line(clauses: list[Clause], document: Document | None, question: str, tokenizer: Tokenizer) -> str | None:
    parts = []
    if document is not None and document.validity_years:
        parts.append(f"有效期{document.validity_years:g}年")
    if document is not None and (until := chinese_date(document.expiry_date)):
        parts.append(f"至{until}")
    fragment = best_fragment(clauses, question, tokenizer, _VALIDITY)
    if fragment:
        parts.append(fragment)
    return "；".join(parts) or None


def amount_line(clauses: list[Clause], question: str, tokenizer: Tokenizer) -> str | None:
    """The money fact (or money fragment) that shares most with the question."""
    words = _words(question, tokenizer)
    facts = [(m, c) for c in clauses for m in c.money]
    if facts:
        def score(item) -> float:
            money, _ = item
            said = f"{money.phrase}{money.beneficiary or ''}{money.condition or ''}"
            return sum(len(w) for w in words if w in said)

        money, clause = max(facts, key=score)
        return _with_context(clause, re.sub(r"\s+", "", money.phrase))[:_MAX_LINE]
    fragment = best_fragment(clauses, question, tokenizer, _MONEY)
    return _with_context(clauses[0], fragment) if fragment else None


def number_line(clauses: list[Clause], question: str, tokenizer: Tokenizer, unit: str | None) -> str | None:
    words = _words(question, tokenizer)
    targets = [t for c in clauses for t in c.targets if not unit or t.unit.endswith(unit)]
    if targets:
        best = max(targets, key=lambda t: sum(len(w) for w in words if w in t.phrase + t.measure))
        if any(w in best.phrase + best.measure for w in words):
            return best.phrase[:_MAX_LINE]
    pattern = re.compile(rf"\d+(?:\.\d+)?\s*{re.escape(unit)}") if unit else _NUMBER
    fragment = best_fragment(clauses, question, tokenizer, pattern)
    return _with_context(clauses[0], fragment) if fragment else None


def name_line(clauses: list[Clause], question: str, tokenizer: Tokenizer) -> str | None:
    fragment = best_fragment(clauses, question, tokenizer, _QUOTED_NAME)
    if fragment is None:
        return None
    match = _QUOTED_NAME.search(fragment)
    name = match.group(1) or match.group(2)
    return f"名称：{name}（{fragment}）" if len(fragment) > len(name) + 2 else f"名称：{name}"


def related_line(clause: Clause, question: str, tokenizer: Tokenizer) -> str | None:
    """What a related clause says on the topic, without any figure (a figure from a neighbouring
    measure must never read as the answer)."""
    return best_fragment([clause], question, tokenizer, avoid=re.compile(rf"{_NUMBER.pattern}|{_MONEY.pattern}|\d"))


def direct_line(
    slot: Slot,
    clauses: list[Clause],
    question: str,
    tokenizer: Tokenizer,
    *,
    document: Document | None = None,
    role: str | None = None,
    unit: str | None = None,
) -> str | None:
    """The one line that fills `slot` from `clauses`, or None when only the quotes can answer."""
    if slot is Slot.ISSUE and document is not None:
        return issue_line(document, question)
    if not clauses:
        return None
    if slot is Slot.UNITS and any(c.units for c in clauses):
        return units_line([c for c in clauses if c.units], role)
    if slot is Slot.DEADLINE and clauses[0].deadline:
        return f"时间进度：{clauses[0].deadline}"
    if slot is Slot.VALIDITY:
        return validity_line(clauses, document, question, tokenizer)
    if slot is Slot.AMOUNT:
        return amount_line(clauses, question, tokenizer)
    if slot is Slot.YEAR:
        fragment = best_fragment(clauses, question, tokenizer, _YEAR)
        return fragment or (f"时间进度：{clauses[0].deadline}" if clauses[0].deadline else None)
    if slot is Slot.NUMBER:
        return number_line(clauses, question, tokenizer, unit)
    if slot is Slot.NAME:
        return name_line(clauses, question, tokenizer) or best_fragment(clauses, question, tokenizer)
    return best_fragment(clauses, question, tokenizer)
