"""Hybrid retrieval: dense (FAISS) and BM25 (jieba tokens) fused by reciprocal rank.

Dense search finds paraphrases (工信部 / 同一个地址登记好几家公司); BM25 finds the
exact names and numbers the embedder blurs. Neither alone is good enough on
policy text, so both rank every clause and their ranks are fused. The two
single modes stay available so the eval can show what each part buys.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import bm25s
import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.corpus.departments import canonical_unit
from assistant.corpus.model import Clause
from assistant.store import IndexStore
from assistant.text import add_words, tokenize

Mode = Literal["hybrid", "dense", "bm25"]


@dataclass(frozen=True)
class Hit:
    clause: Clause
    score: float  # fused score used for ranking
    dense: float  # cosine similarity, comparable across questions (used to abstain)
    bm25: float


@dataclass(frozen=True)
class Filters:
    """Restrict a search to some documents and/or clauses naming some responsible units."""

    doc_ids: frozenset[str] | None = None
    units: frozenset[str] | None = None
    #: with `units`: the clause's units must all be among them (单独负责), not merely include one
    only_units: bool = False

    def allows(self, clause: Clause) -> bool:
        if self.doc_ids is not None and clause.doc_id not in self.doc_ids:
            return False
        if self.units:
            matched = self.matched_units(clause)
            if not matched or (self.only_units and len(matched) != len(clause.units)):
                return False
        return True

    def matched_units(self, clause: Clause) -> list[str]:
        """The clause's units, as the document names them, that answer for the wanted units."""
        # inside a named local document, 外管局 also means its local office 省外汇管理局
        local = self.doc_ids is not None
        return [unit for unit in clause.units if _names_unit(unit, self.units or frozenset(), local)]


def _names_unit(unit: str, wanted: frozenset[str], local_counterparts: bool) -> bool:
    """人民银行 answers for 人民银行等 (substring), 外汇局 for 外管局 (canonical), and with
    `local_counterparts` 省外汇管理局 for 外汇局."""
    if canonical_unit(unit) in wanted or any(w in unit for w in wanted):
        return True
    return local_counterparts and unit.startswith(("省", "市")) and canonical_unit(unit[1:]) in wanted


class KeywordIndex:
    """BM25 over jieba tokens, rebuilt in memory at load (a few hundred ms) rather than persisted."""

    def __init__(self, clauses: list[Clause]) -> None:
        add_words(unit for clause in clauses for unit in clause.units)
        self._bm25 = bm25s.BM25()
        corpus_tokens = [tokenize(c.context) or ["<empty>"] for c in clauses]
        self._bm25.index(corpus_tokens, show_progress=False)

    def scores(self, query: str) -> np.ndarray:
        tokens = tokenize(query)
        if not tokens:
            return np.zeros(self._bm25.scores["num_docs"], dtype="float32")
        return np.asarray(self._bm25.get_scores(tokens), dtype="float32")


class HybridSearch:
    """Scores every clause both ways; ranks in the chosen mode; applies filters."""

    def __init__(self, store: IndexStore, embeddings: Embeddings, settings: Settings) -> None:
        self.store = store
        self.embeddings = embeddings
        self.settings = settings
        self.keywords = KeywordIndex(store.clauses)

    def search(
        self, query: str, k: int | None = None, filters: Filters | None = None, mode: Mode | None = None
    ) -> list[Hit]:
        k = k or self.settings.top_k
        mode = mode or self.settings.retrieval_mode
        dense = self.store.dense_scores(np.asarray(self.embeddings.embed_query(query)))
        keyword = self.keywords.scores(query)
        fused = self._rank_scores(dense, keyword, mode)
        allowed = [i for i, c in enumerate(self.store.clauses) if filters is None or filters.allows(c)]
        allowed.sort(key=lambda i: -fused[i])
        return [
            Hit(self.store.clauses[i], float(fused[i]), float(dense[i]), float(keyword[i])) for i in allowed[:k]
        ]

    def _rank_scores(self, dense: np.ndarray, keyword: np.ndarray, mode: Mode) -> np.ndarray:
        if mode == "dense":
            return dense
        if mode == "bm25":
            return keyword
        rrf = self.settings.rrf_k
        fused = self.settings.dense_weight / (rrf + _ranks(dense))
        if keyword.max() > 0:  # a question with no known word must not be ranked by BM25 ties
            fused = fused + self.settings.bm25_weight / (rrf + _ranks(keyword))
        return fused

    def clauses_where(self, predicate) -> list[Clause]:
        """Every clause satisfying a fact predicate, in document order: lists must be complete, not top-k."""
        return [c for c in self.store.clauses if predicate(c)]


def _ranks(scores: np.ndarray) -> np.ndarray:
    """1-based rank of each score (higher score → smaller rank)."""
    order = np.argsort(-scores, kind="stable")
    ranks = np.empty(len(scores), dtype="float32")
    ranks[order] = np.arange(1, len(scores) + 1, dtype="float32")
    return ranks
