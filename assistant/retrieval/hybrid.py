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
from assistant.index.store import IndexStore
from assistant.lexicon.tokenizer import Tokenizer
from assistant.retrieval.filters import Filters
from assistant.retrieval.fusion import reciprocal_rank_fusion
from assistant.retrieval.rerank import Candidate, Reranker, RerankInput, build_reranker
from assistant.retrieval.selectors import ClauseRows

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
        self.keywords = store.keywords
        self.rows = ClauseRows(self.catalog)
        self.reranker: Reranker = build_reranker(settings.reranker)

    @property
    def tokenizer(self) -> Tokenizer:
        """The tokenizer clauses were indexed with: questions are cut the same way."""
        return self.keywords.tokenizer

    def search(
        self,
        query: str,
        k: int | None = None,
        filters: Filters | None = None,
        mode: Mode | None = None,
        wants: Callable[[Clause], bool] | None = None,
    ) -> list[Hit]:
        """The k best clauses; in hybrid mode the fused top `rerank_k` are reordered by the reranker
        (`wants`: the fact the question's slot asks, one of its signals)."""
        k = k or self.settings.top_k
        mode = mode or self.settings.retrieval_mode
        data = self.candidates(query, max(k, self.settings.rerank_k), filters, mode, wants)
        order = self.reranker.order(data) if mode == "hybrid" else range(len(data.candidates))
        return [self._hit(data.candidates[i]) for i in list(order)[:k]]

    def candidates(
        self,
        query: str,
        n: int,
        filters: Filters | None = None,
        mode: Mode | None = None,
        wants: Callable[[Clause], bool] | None = None,
    ) -> RerankInput:
        """The fused top `n` (after filters) with everything a reranker reads.

        Only candidates are scored: the engines' own top `max(n, fusion_window)` (dense passages by the
        vector index, clauses by bm25s), with a filter applied inside both as allowed rows. The union
        gets exact cosines and BM25 scores and is fused by its ranks, which equal each engine's global
        ranks for its own candidates.
        """
        mode = mode or self.settings.retrieval_mode
        clauses = self.catalog.clauses
        dense_all = np.full(len(clauses), -1.0, dtype="float32")  # filled for candidates and neighbours
        window = max(n, self.settings.fusion_window)
        allowed = self.rows.allowed(filters)
        if allowed is not None and not len(allowed[0]):
            return RerankInput(query, [], dense_all, clauses, self.catalog.documents_by_id, self.tokenizer, wants)
        query_vector = np.asarray(self.embeddings.embed_query(query), dtype="float32")
        keyword_rows, _ = self.keywords.top_k(query, window, None if allowed is None else allowed[0])
        fetch = 2 * window
        while True:  # one clause may own several of the best passages: fetch until `window` clauses
            _, found = self.store.vectors.search(query_vector, fetch, None if allowed is None else allowed[1])
            dense_rows = np.unique(self.catalog.row_clause[found])
            if len(dense_rows) >= window or len(found) < fetch:
                break
            fetch *= 4
        rows = np.union1d(dense_rows, keyword_rows)
        dense = self.dense_scores(query_vector, rows)
        keyword = self.keywords.scores_of(query, rows)
        fused = self._rank_scores(dense, keyword, mode) if len(rows) else dense
        order = np.argsort(-fused, kind="stable")[:n]
        cands = [
            Candidate(clauses[rows[i]], int(rows[i]), float(dense[i]), float(keyword[i]), r, float(fused[i]))
            for r, i in enumerate(order)
        ]
        neighbours = np.unique(np.clip(np.concatenate([rows[order] - 1, rows[order] + 1]), 0, len(clauses) - 1))
        dense_all[neighbours] = self.dense_scores(query_vector, neighbours)
        dense_all[rows] = dense
        return RerankInput(query, cands, dense_all, clauses, self.catalog.documents_by_id, self.tokenizer, wants)

    def _hit(self, cand: Candidate) -> Hit:
        return Hit(cand.clause, cand.fused, cand.dense, cand.bm25)

    def dense_scores(self, query_vector: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """Exact cosine of the query against the best passage of each clause in `rows` (every clause
        when None: work grows with the rows asked for, so search asks only for candidates)."""
        rows = np.arange(len(self.catalog.clauses)) if rows is None else np.asarray(rows, dtype="int64")
        passage_rows, owner = self.rows.passages(rows)
        result = np.full(len(rows), -1.0, dtype="float32")
        if len(passage_rows):
            vectors = self.store.vectors
            matrix = np.vstack([vectors.vector(int(r)) for r in passage_rows]).astype("float32")
            query = np.asarray(query_vector, dtype="float32").reshape(-1)
            np.maximum.at(result, owner, matrix @ (query / np.linalg.norm(query)))
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
