"""Choosing the clauses an answer may rest on, or deciding that the documents do not say.

Selection depends on what is asked: a responsibility question needs a clause that
names units, a deadline question one with a 时间进度, a list question every clause
of a unit (complete, not top-k), a comparison the best clause of each document.
Abstention is decided here too, from the evidence itself (weak similarity, a
region or year no clause mentions, an amount no clause states) — never from the
wording of particular questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.config import Settings
from assistant.corpus.model import Clause, Document
from assistant.question import Query
from assistant.retrieval import Filters, Hit, HybridSearch

_MONEY = re.compile(r"\d+(\.\d+)?\s*(万|亿|千)?元")
#: how far below the best hit another hit may be and still be cited alongside it
_DENSE_MARGIN = 0.03
_PER_DOC_MARGIN = 0.05


@dataclass
class Evidence:
    query: Query
    selected: list[Clause] = field(default_factory=list)
    related: list[Clause] = field(default_factory=list)  # shown as 相关条款 when abstaining
    abstain_reason: str | None = None
    best_dense: float = 0.0
    complete_list: bool = False  # selected is every matching clause, not a top-k


class EvidenceSelector:
    def __init__(self, search: HybridSearch, settings: Settings) -> None:
        self.search = search
        self.settings = settings
        self.documents: list[Document] = search.store.documents

    def gather(self, query: Query, exclude: frozenset[str] = frozenset()) -> Evidence:
        """Evidence for `query`; `exclude` holds clause ids already shown (for 还有别的吗)."""
        if query.intent == "list" and query.units:
            return self._listing(query, exclude)
        filters = Filters(doc_ids=query.doc_ids)
        hits = [h for h in self.search.search(query.text, k=self.settings.candidate_k, filters=filters)
                if h.clause.id not in exclude]
        if not hits:
            return Evidence(query, abstain_reason="所选文件中没有更多相关条款。")
        evidence = Evidence(query, best_dense=max(h.dense for h in hits[:5]))
        evidence.related = [h.clause for h in hits[:3]]
        reason = self._out_of_scope(query, hits)
        if reason:
            evidence.abstain_reason = reason
            return evidence
        pick = {
            "responsibility": lambda: self._with_fact(hits, lambda c: bool(c.units)),
            "deadline": lambda: self._with_fact(hits, lambda c: bool(c.deadline)),
            "target": lambda: self._with_fact(hits, lambda c: bool(c.targets)) or self._top(hits),
            "compare": lambda: self._best_per_document(query, hits),
        }.get(query.intent, lambda: self._top(hits))
        evidence.selected = pick()
        if not evidence.selected:
            evidence.abstain_reason = _MISSING_FACT.get(query.intent, "文件中没有找到与该问题直接相关的内容。")
        elif query.asks_amount and not any(_MONEY.search(c.text) for c in evidence.selected):
            evidence.related, evidence.selected = evidence.selected, []
            evidence.abstain_reason = "文件没有规定具体金额或补贴标准，只规定了支持方向。"
        return evidence

    # ---- abstention ------------------------------------------------------------------
    def _out_of_scope(self, query: Query, hits: list[Hit]) -> str | None:
        if hits[0].dense < self.settings.min_dense_score and hits[0].bm25 <= 0:
            return "文件中没有找到与该问题相关的内容。"
        if hits[0].dense < self.settings.min_dense_score:
            return "文件中没有找到与该问题足够相关的内容。"
        known_regions = {d.region for d in self.documents if d.region}
        top_text = "".join(h.clause.context for h in hits[:5])
        foreign = [r for r in query.regions if r not in known_regions and r not in top_text]
        if foreign:
            return f"现有文件不涉及{'、'.join(foreign)}的政策。"
        corpus_years = {int(y) for d in self.documents for c in d.clauses for y in re.findall(r"(20\d\d)", c.text)}
        unknown_years = [y for y in query.years if y not in corpus_years]
        if unknown_years:
            return f"文件没有涉及{'、'.join(map(str, unknown_years))}年的内容。"
        return None

    # ---- selection ------------------------------------------------------------------
    def _top(self, hits: list[Hit]) -> list[Clause]:
        """The best hit, plus close runners-up from other documents (central and local often pair)."""
        best = hits[0]
        chosen = [best.clause]
        for hit in hits[1:5]:
            if hit.dense >= best.dense - _DENSE_MARGIN and hit.clause.doc_id != best.clause.doc_id:
                chosen.append(hit.clause)
                break
        return chosen

    def _with_fact(self, hits: list[Hit], has_fact) -> list[Clause]:
        candidates = [h for h in hits[:8] if has_fact(h.clause)]
        return self._top(candidates) if candidates else []

    def _best_per_document(self, query: Query, hits: list[Hit]) -> list[Clause]:
        best: dict[str, Hit] = {}
        for hit in hits:
            best.setdefault(hit.clause.doc_id, hit)
        top = hits[0].dense
        return [h.clause for h in best.values() if h.dense >= top - _PER_DOC_MARGIN]

    def _listing(self, query: Query, exclude: frozenset[str]) -> Evidence:
        """Every clause whose responsible units include the asked unit(s) — complete by construction."""
        filters = Filters(doc_ids=query.doc_ids, units=frozenset(query.units))
        clauses = [c for c in self.search.clauses_where(filters.allows) if c.id not in exclude]
        evidence = Evidence(query, selected=clauses, complete_list=True, best_dense=1.0)
        if not clauses:
            evidence.abstain_reason = (
                f"文件中没有{'、'.join(query.units)}作为责任单位的{'其他' if exclude else ''}任务。"
            )
        return evidence


_MISSING_FACT = {
    "responsibility": "相关条款没有写明责任单位。",
    "deadline": "相关条款没有规定时间进度。",
    "target": "相关条款没有给出量化目标。",
}
