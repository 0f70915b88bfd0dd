"""Search scores candidates only, and gives what scoring every clause gave.

The exhaustive reference here is the former algorithm: every clause's best-passage cosine and
BM25 score, fused by their ranks over the whole corpus, filters applied afterwards. The
comparison uses an embedder whose similar texts get similar vectors (hashed character bigrams),
as a real model's do: with random vectors dense ranks are noise, and fusing noise over a window
is not what the product does.
"""

from __future__ import annotations

import zlib
from itertools import pairwise

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from assistant.bench.serving import QUESTIONS as BENCH_QUESTIONS
from assistant.config import Settings
from assistant.index.store import open_index
from assistant.retrieval.filters import Filters
from assistant.retrieval.fusion import reciprocal_rank_fusion
from assistant.retrieval.hybrid import HybridSearch

QUESTIONS = [*BENCH_QUESTIONS, "信息安全保障有哪些要求？"]


class BigramEmbeddings(Embeddings):
    """Character bigrams hashed into 64 dimensions, L2-normalised."""

    def _vector(self, text: str) -> list[float]:
        vector = np.zeros(64, dtype="float32")
        for a, b in pairwise(text):
            vector[zlib.crc32((a + b).encode()) % 64] += 1.0
        norm = np.linalg.norm(vector)
        return (vector / norm if norm else vector).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


@pytest.fixture(scope="module")
def search(tmp_path_factory, corpus) -> HybridSearch:
    embeddings = BigramEmbeddings()
    store, _ = open_index(tmp_path_factory.mktemp("index"), corpus, embeddings, "bigram-64", Settings())
    return HybridSearch(store, embeddings, Settings())


def _exhaustive(search: HybridSearch, question: str, mode: str) -> list[int]:
    n = len(search.catalog.clauses)
    query = np.asarray(search.embeddings.embed_query(question), dtype="float32")
    dense = search.dense_scores(query)
    keyword = search.keywords.scores_of(question, np.arange(n))
    s = search.settings
    fused = {"dense": dense, "bm25": keyword}.get(mode)
    if fused is None:
        fused = reciprocal_rank_fusion(dense, keyword, s.rrf_k, s.dense_weight, s.bm25_weight)
    return np.argsort(-fused, kind="stable").tolist(), fused


@pytest.mark.parametrize("mode", ["hybrid", "dense", "bm25"])
def test_candidate_search_gives_the_exhaustive_top_5(search, mode):
    for question in QUESTIONS:
        expected, fused = _exhaustive(search, question, mode)
        got = [c.position for c in search.candidates(question, 5, mode=mode).candidates]
        if mode == "bm25" and fused[expected[4]] == 0:
            continue  # fewer than 5 clauses share a word: the rest is an arbitrary order of zeros
        assert got == expected[:5], question


def test_engines_are_asked_for_candidates_not_every_row(search, monkeypatch):
    vectors, keywords = search.store.vectors, search.keywords
    asked: list[int] = []
    monkeypatch.setattr(vectors, "search", lambda q, k, allowed=None, _s=vectors.search: asked.append(k) or _s(q, k, allowed))
    scored: list[int] = []
    monkeypatch.setattr(keywords, "scores_of", lambda q, rows, _s=keywords.scores_of: scored.append(len(rows)) or _s(q, rows))
    search.candidates(QUESTIONS[0], 5)
    window = search.settings.fusion_window
    assert asked and max(asked) < vectors.count()
    assert len(scored) == 1 and scored[0] <= 2 * window  # the union of both engines' candidates


def test_filtered_search_never_returns_disallowed_clauses_and_fills_k(search):
    clauses = search.catalog.clauses
    one_doc = Filters(doc_ids=frozenset({search.catalog.documents[0].doc_id}))
    units = [u for c in clauses for u in c.units]
    common_unit = Filters(units=frozenset({max(set(units), key=units.count)}))
    sole = next(c for c in reversed(clauses) if len(c.units) == 1)
    sole_unit_in_doc = Filters(doc_ids=frozenset({sole.doc_id}), units=frozenset(sole.units), only_units=True)
    for filters in (one_doc, common_unit, sole_unit_in_doc):
        allowed = [c for c in search.catalog.clauses if filters.allows(c)]
        assert allowed, filters
        for question in QUESTIONS[:4]:
            for k in (3, 30):
                hits = search.search(question, k=k, filters=filters)
                assert all(filters.allows(h.clause) for h in hits)
                assert len(hits) == min(k, len(allowed))
                assert len({h.clause.id for h in hits}) == len(hits)


def test_a_filter_nothing_passes_returns_nothing(search):
    assert search.search(QUESTIONS[0], filters=Filters(doc_ids=frozenset({"no-such-document"}))) == []
