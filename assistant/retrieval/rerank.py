"""Reranking the fused candidates: the gold clause is nearly always in the fused top 30, so
ordering those 30 is where retrieval quality is won.

`Reranker` is the interface (a cross-encoder would be another implementation); `LearnedReranker`
combines signals that cost microseconds and read no document's own vocabulary, so they carry to
documents the weights never saw: the clause's dense rank and its cosine standardised over the
candidates, its BM25 rank, how much of the question's wording the clause and its heading hold
(words, character bigrams, the longest run of them, bigrams weighted by how few candidates share
them, bigrams outside the words of the clause's document title, which every opening repeats), read
in simplified script on both sides (a document published in traditional script holds the words a
simplified question types), whether the clause holds the fact the question's slot asks
(a deadline, units, an amount), whether its document is the place the question names, the
clause's length, and two cosines read against other clauses: how
far the clause lies below the best candidate of its own document, and how far its nearer neighbour in
the document lies above it, and whether the clause states the part a who-question asks beside leading
(who pays, takes in, reviews, supervises, works with; lexicon.roles). A linear model trained listwise
(softmax over each question's candidates) on the dev splits only; the features and the L2 were chosen by cross-validation grouped by document
(trained on some documents' questions, scored on the others'). The weights live in
`reranker_weights.json` beside this file, written by `python -m assistant.retrieval.train_reranker`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from assistant.corpus.model import Clause, Document
from assistant.lexicon.regions import is_traditional, to_simplified
from assistant.lexicon.roles import Role, asked_roles, clause_roles
from assistant.lexicon.tokenizer import Tokenizer

WEIGHTS_PATH = Path(__file__).with_name("reranker_weights.json")
FEATURES = (
    "dense_rank",
    "slot_fact",
    "place_named",
    "word_cover",
    "bigram_cover",
    "rare_bigram_cover",
    "bm25_rank",
    "dense_z",
    "log_length",
    "heading_bigram_cover",
    "longest_run",
    "body_bigram_cover",
    "doc_best_gap",
    "neighbour_gap",
    "role_asked",
    "role_unasked",
)
#: the longest run of the question's bigrams found in a clause counts up to this many
_RUN_CAP = 8


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


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _bigram_list(text: str) -> list[str]:
    """The text's bigrams of two Chinese characters, in order (repeats kept)."""
    return [text[i : i + 2] for i in range(len(text) - 1) if _is_han(text[i]) and _is_han(text[i + 1])]


def _bigrams(text: str) -> set[str]:
    return set(_bigram_list(text))


def _cover(words: list[str], text: str) -> float:
    total = sum(len(w) for w in words)
    return sum(len(w) for w in words if w in text) / total if total else 0.0


@lru_cache(maxsize=65536)
def folded(text: str, heading: str = "") -> tuple[str, str]:
    """A text and its heading in simplified script (臺灣經濟 → 台湾经济) when the text reads as traditional;
    as they are otherwise, so simplified documents never pay for a conversion (~1 ms a clause). Cached:
    the same clauses come back as candidates question after question."""
    if not is_traditional(text):
        return text, heading
    return to_simplified(text), to_simplified(heading) if heading else heading


def _longest_runs(held: np.ndarray) -> np.ndarray:
    """Per row, the most consecutive True columns: with columns the question's bigrams in order, the
    longest phrase of the question a clause repeats."""
    run = np.zeros(held.shape[0], dtype="float32")
    best = run.copy()
    for column in held.T:
        run = (run + 1) * column
        np.maximum(best, run, out=best)
    return best


def _place_names(document: Document) -> list[str]:
    names = [n for n in (document.region, document.short_title) if n]
    if document.region and len(document.region) >= 3 and document.region[-1] in "市县区旗":
        names.append(document.region[:-1])
    return names


def _rank(values: np.ndarray) -> np.ndarray:
    """0-based rank of each value, highest first (ties keep the fused order)."""
    rank = np.empty(len(values), dtype="float32")
    rank[np.argsort(-values, kind="stable")] = np.arange(len(values))
    return rank


def features(data: RerankInput) -> np.ndarray:
    """One row of FEATURES per candidate."""
    cands = data.candidates
    if not cands:
        return np.zeros((0, len(FEATURES)), dtype="float32")
    question = folded(data.question)[0]
    words = [w for w in dict.fromkeys(data.tokenizer.tokenize(question)) if len(w) >= 2]
    ordered = _bigram_list(question)
    q_bigrams = sorted(set(ordered))
    contexts, headings = zip(
        *(
            folded(c.clause.context, " ".join(p for p in (c.clause.chapter, c.clause.annex_group, c.clause.clause_title) if p))
            for c in cands
        )
    )
    # which of the question's bigrams each candidate holds (a substring test each), and how rare each
    # bigram is among the candidates: a bigram every candidate holds tells them apart by nothing
    held = np.array([[b in text for b in q_bigrams] for text in contexts], dtype="float32").reshape(len(cands), -1)
    rarity = np.log((len(cands) + 1) / (1 + held.sum(axis=0)))
    index = {b: i for i, b in enumerate(q_bigrams)}
    runs = _longest_runs(held[:, [index[b] for b in ordered]])
    in_heading = np.array([sum(b in h for b in q_bigrams) for h in headings], dtype="float32")
    dense = np.array([c.dense for c in cands], dtype="float32")
    bm25 = np.array([c.bm25 for c in cands], dtype="float32")
    dense_rank, bm25_rank = _rank(dense), _rank(bm25)
    n_bigrams = max(len(q_bigrams), 1)
    x = np.zeros((len(cands), len(FEATURES)), dtype="float32")
    x[:, 0] = 1.0 / (1.0 + dense_rank)
    x[:, 1] = [float(data.wants(c.clause)) for c in cands] if data.wants is not None else 0.0
    named = {d: any(n in data.question for n in _place_names(data.documents[d])) for d in {c.clause.doc_id for c in cands} if d in data.documents}
    x[:, 2] = [named.get(c.clause.doc_id, False) for c in cands]
    x[:, 3] = [_cover(words, text) for text in contexts]
    x[:, 4] = held.sum(axis=1) / n_bigrams
    x[:, 5] = held @ rarity / rarity.sum() if rarity.sum() > 0 else 0.0
    x[:, 6] = np.where(bm25 > 0, 1.0 / (1.0 + bm25_rank), 0.0)
    x[:, 7] = (dense - dense.mean()) / (dense.std() + 1e-6)
    x[:, 8] = [math.log1p(len(c.clause.text)) for c in cands]
    x[:, 9] = in_heading / n_bigrams
    x[:, 10] = np.minimum(runs, _RUN_CAP) / _RUN_CAP
    x[:, 11] = _body_cover(data, held, q_bigrams)
    x[:, 12:14] = _relative_cosines(data, dense)
    x[:, 14:16] = _roles(question, contexts)
    return x


def _roles(question: str, contexts: Sequence[str]) -> np.ndarray:
    """Per candidate, the share of the parts the question asks beside leading (由谁受理, 资金由谁保障, 谁来监督,
    哪些单位配合) the clause states (see lexicon.roles), and whether it states none of them. Clauses of one
    document often all name bodies; the one answering states the part asked (区财政局负责提供资金保障, not
    the clause naming who assesses). Leading is left out: a clause naming its responsible units states it, and
    slot_fact already reads that. Both 0 when the question asks no such part (多少钱, 谁牵头)."""
    out = np.zeros((len(contexts), 2), dtype="float32")
    asked = asked_roles(question) - {Role.LEAD}
    if asked:
        for i, text in enumerate(contexts):
            stated = len(asked & clause_roles(text))
            out[i] = (stated / len(asked), float(stated == 0))
    return out


def _relative_cosines(data: RerankInput, dense: np.ndarray) -> np.ndarray:
    """Two cosines of a candidate read against others, in units of the candidates' spread: how far it
    lies below the best candidate of its own document (within one document the clause nearest the
    question, not the document nearest it), and how far its nearer neighbour in the document lies above
    it (a clause whose neighbour reads closer to the question is the lead-in or tail of the passage that
    answers, not its centre). Neither reads any wording."""
    spread = float(dense.std()) + 1e-6
    best: dict[str, float] = {}
    for cand in data.candidates:
        best[cand.clause.doc_id] = max(best.get(cand.clause.doc_id, -1.0), cand.dense)
    out = np.zeros((len(data.candidates), 2), dtype="float32")
    n_clauses = len(data.clauses)
    for i, cand in enumerate(data.candidates):
        out[i, 0] = (cand.dense - best[cand.clause.doc_id]) / spread
        near = [
            float(data.dense_all[p])
            for p in (cand.position - 1, cand.position + 1)
            if 0 <= p < n_clauses and data.dense_all[p] > -1.0 and data.clauses[p].doc_id == cand.clause.doc_id
        ]
        out[i, 1] = (max(near) - cand.dense) / spread if near else 0.0
    return out


def _body_cover(data: RerankInput, held: np.ndarray, q_bigrams: list[str]) -> np.ndarray:
    """Per candidate, the share of the question's bigrams outside its document's title that the clause
    holds. A question names its document by the title's words (柳河县支持重点产业的政策), and every
    opening (序言, 第一条 为了…制定本办法) repeats them: those words say which document, not which of its
    clauses, so the clause is judged on the rest of the question (谁来验收, 资金由谁保障)."""
    out = np.zeros(len(data.candidates), dtype="float32")
    titles: dict[str, np.ndarray] = {}
    for i, cand in enumerate(data.candidates):
        doc_id = cand.clause.doc_id
        if doc_id not in titles:
            document = data.documents.get(doc_id)
            title = folded(document.title)[0] if document is not None and document.title else ""
            titles[doc_id] = np.array([b not in title for b in q_bigrams], dtype="float32")
        outside = titles[doc_id]
        if outside.sum() > 0:
            out[i] = float(held[i] @ outside / outside.sum())
    return out


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
