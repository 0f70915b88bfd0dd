"""Reranking the fused candidates: the gold clause is nearly always in the fused top 30, so
ordering those 30 is where retrieval quality is won.

`Reranker` is the interface (a cross-encoder would be another implementation); `LearnedReranker`
combines signals that cost microseconds — the clause's dense cosine and its gap to the best,
BM25, the fused rank, how much of the question's wording the clause and its heading cover,
whether the clause holds the fact the question's slot asks (a deadline, units, an amount),
whether its document is the place the question names, its neighbours' similarity — in a
linear model trained listwise (softmax over each question's candidates) on the dev splits
only. The weights live in `reranker_weights.json` beside this file, written by
`python -m assistant.retrieval.train_reranker`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from assistant.corpus.model import Clause, Document
from assistant.lexicon.tokenizer import Tokenizer

WEIGHTS_PATH = Path(__file__).with_name("reranker_weights.json")
FEATURES = (
    "dense",
    "dense_gap",
    "dense_rank",
    "bm25",
    "fused_rank",
    "word_cover",
    "heading_cover",
    "bigram_cover",
    "slot_fact",
    "neighbour_gap",
    "place_named",
    "unnumbered",
)


@dataclass(frozen=True)
class Candidate:
    """One fused candidate with what its features are computed from."""

    clause: Clause
    position: int  # index in the catalog (neighbours are position ± 1)
    dense: float
    bm25: float
    fused_rank: int  # 0-based
    fused: float  # the score of the retrieval mode (fused, or dense/bm25 alone)


@dataclass(frozen=True)
class RerankInput:
    question: str
    candidates: Sequence[Candidate]
    dense_all: np.ndarray  # every clause's cosine, for neighbour signals
    clauses: Sequence[Clause]  # the catalog's clauses, by position
    documents: dict[str, Document]
    tokenizer: Tokenizer
    #: does a clause hold the fact the question asks (None: no slot to match)
    wants: Callable[[Clause], bool] | None = None


class Reranker(Protocol):
    def order(self, data: RerankInput) -> list[int]:
        """Candidate indices, best first."""


class NoReranker:
    """Keeps the fused order (reranker: none)."""

    def order(self, data: RerankInput) -> list[int]:
        return list(range(len(data.candidates)))


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1) if "\u4e00" <= text[i] <= "\u9fff" and "\u4e00" <= text[i + 1] <= "\u9fff"}


def _cover(words: list[str], text: str) -> float:
    total = sum(len(w) for w in words)
    return sum(len(w) for w in words if w in text) / total if total else 0.0


def _place_names(document: Document) -> list[str]:
    names = [n for n in (document.region, document.short_title) if n]
    if document.region and len(document.region) >= 3 and document.region[-1] in "市县区旗":
        names.append(document.region[:-1])
    return names


def features(data: RerankInput) -> np.ndarray:
    """One row of FEATURES per candidate."""
    cands = data.candidates
    if not cands:
        return np.zeros((0, len(FEATURES)), dtype="float32")
    words = [w for w in dict.fromkeys(data.tokenizer.tokenize(data.question)) if len(w) >= 2]
    q_bigrams = _bigrams(data.question)
    dense = np.array([c.dense for c in cands], dtype="float32")
    bm25 = np.array([c.bm25 for c in cands], dtype="float32")
    dense_rank = np.empty(len(cands), dtype="float32")
    dense_rank[np.argsort(-dense, kind="stable")] = np.arange(len(cands))
    top, bm25_top = float(dense.max()), float(bm25.max())
    rows = []
    for i, cand in enumerate(cands):
        clause = cand.clause
        context = clause.context
        heading = " ".join(p for p in (clause.chapter, clause.annex_group, clause.clause_title) if p)
        neighbours = [
            float(data.dense_all[j])
            for j in (cand.position - 1, cand.position + 1)
            if 0 <= j < len(data.clauses) and data.clauses[j].doc_id == clause.doc_id
        ]
        document = data.documents.get(clause.doc_id)
        rows.append(
            (
                cand.dense,
                cand.dense - top,
                1.0 / (1.0 + dense_rank[i]),
                cand.bm25 / bm25_top if bm25_top > 0 else 0.0,
                1.0 / (1.0 + cand.fused_rank),
                _cover(words, context),
                _cover(words, heading),
                # the question's bigrams found in the clause (a substring test each: a clause's own bigram
                # set is what made this feature the slowest part of reranking)
                sum(b in context for b in q_bigrams) / len(q_bigrams) if q_bigrams else 0.0,
                float(data.wants(clause)) if data.wants is not None else 0.0,
                (max(neighbours) - top) if neighbours else -0.2,
                float(document is not None and any(n in data.question for n in _place_names(document))),
                float(not any(ch.isdigit() or ch in "一二三四五六七八九十" for ch in (clause.path or ""))),
            )
        )
    return np.asarray(rows, dtype="float32")


class LearnedReranker:
    """A linear score over standardised features; weights from the dev splits (see module doc)."""

    def __init__(self, weights: dict) -> None:
        if list(weights["features"]) != list(FEATURES):
            raise ValueError("reranker weights were trained on other features; retrain them")
        self.mean = np.asarray(weights["mean"], dtype="float32")
        self.scale = np.asarray(weights["scale"], dtype="float32")
        self.w = np.asarray(weights["w"], dtype="float32")

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> "LearnedReranker":
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def scores(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.mean) / self.scale) @ self.w

    def order(self, data: RerankInput) -> list[int]:
        scores = self.scores(features(data))
        return [int(i) for i in np.argsort(-scores, kind="stable")]


def build_reranker(kind: str) -> Reranker:
    """The reranker a setting names ("none" or "learned")."""
    if kind == "learned":
        return LearnedReranker.load()
    return NoReranker()
