"""Hybrid retrieval: dense (a `VectorIndex`) and BM25 (jieba tokens) fused by reciprocal rank.

Dense search finds paraphrases (工信部 / 同一个地址登记好几家公司); BM25 finds the
exact names and numbers the embedder blurs. Neither alone is good enough on
policy text, so both rank every clause and their ranks are fused. The two
single modes stay available so the eval can show what each part buys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.corpus.model import Clause
from assistant.index.keyword import KeywordIndex
from assistant.index.store import IndexStore
from assistant.lexicon.tokenizer import Tokenizer
from assistant.retrieval.filters import Filters
from assistant.retrieval.fusion import reciprocal_rank_fusion

Mode = Literal["hybrid", "dense", "bm25"]


@dataclass(frozen=True)
class Hit:
    clause: Clause
    score: float  # fused score used for ranking
    dense: float  # cosine similarity, comparable across questions (used to abstain)
    bm25: float


class HybridSearch:
    """Scores every clause both ways; ranks in the chosen mode; applies filters."""

    def __init__(self, store: IndexStore, embeddings: Embeddings, settings: Settings) -> None:
        self.store = store
        self.catalog = store.catalog
        self.embeddings = embeddings
        self.settings = settings
        self.keywords = KeywordIndex(self.catalog.clauses)

    @property
    def tokenizer(self) -> Tokenizer:
        """The tokenizer clauses were indexed with: questions are cut the same way."""
        return self.keywords.tokenizer

    def search(
        self, query: str, k: int | None = None, filters: Filters | None = None, mode: Mode | None = None
    ) -> list[Hit]:
        k = k or self.settings.top_k
        mode = mode or self.settings.retrieval_mode
        dense = self.dense_scores(np.asarray(self.embeddings.embed_query(query)))
        keyword = self.keywords.scores(query)
        fused = self._rank_scores(dense, keyword, mode)
        clauses = self.catalog.clauses
        allowed = [i for i, c in enumerate(clauses) if filters is None or filters.allows(c)]
        allowed.sort(key=lambda i: -fused[i])
        return [Hit(clauses[i], float(fused[i]), float(dense[i]), float(keyword[i])) for i in allowed[:k]]

    def dense_scores(self, query_vector: np.ndarray) -> np.ndarray:
        """Cosine of the query against every clause's best passage (exact: the corpus is small
        enough to score whole, and a filter must never starve a top-k)."""
        vectors = self.store.vectors
        scores, rows = vectors.search(query_vector, vectors.count())
        result = np.full(len(self.catalog.clauses), -1.0, dtype="float32")
        np.maximum.at(result, self.catalog.row_clause[rows], scores)
        return result

    def _rank_scores(self, dense: np.ndarray, keyword: np.ndarray, mode: Mode) -> np.ndarray:
        if mode == "dense":
            return dense
        if mode == "bm25":
            return keyword
        s = self.settings
        return reciprocal_rank_fusion(dense, keyword, s.rrf_k, s.dense_weight, s.bm25_weight)

    def clauses_where(self, predicate: Callable[[Clause], bool]) -> list[Clause]:
        """Every clause satisfying a fact predicate, in document order: lists must be complete, not top-k."""
        return [c for c in self.catalog.clauses if predicate(c)]
