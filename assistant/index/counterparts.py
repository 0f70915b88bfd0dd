"""Cross-document counterparts: for each clause, the clauses of other documents on the same task.

A provincial implementing opinion restates most national tasks in its own words (国家: 统筹云计算
基础设施布局… ↔ 浙江: 统筹云计算基础设施建设…), and a national body clause is restated again as
annex task rows. A follow-up such as 国家层面对应的是哪条？谁牵头？ asks for that pairing, which is a
fact of the library, not of the question: it is computed from the clauses' task text (their 责任单位
notes and annex fields removed — a shared unit name says nothing about a shared task), once per
library and pair of document sets, and looked up when a conversation needs it.

Similarity is the cosine of TF-IDF weighted character bigrams — robust to the reworded, abbreviated
task names the two levels use — blended with the cosine of the clauses' dense vectors when the
engine can supply them (`dense`). Bigram vectors are made per document on first use and scored
through an inverted index, so a library of thousands of laws pays only for the documents a
conversation actually pairs, and one clause's counterparts cost only the clauses sharing a bigram.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np

from assistant.corpus.model import Clause, Document
from assistant.lexicon.labels import row_task, strip_unit_note

_NOT_TEXT = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]")
#: below this similarity two clauses share phrasing, not a task
MIN_SCORE = 0.15
#: a group's best clause is its counterpart only when it beats the runner-up by this much
DECISIVE = 0.01
#: weight of the dense cosine when dense vectors are given (the rest is the bigram cosine)
DENSE_WEIGHT = 0.5

#: a clause id → its dense vector (or None when the engine has none for it)
DenseLookup = Callable[[str], "np.ndarray | None"]


def task_text(clause: Clause) -> str:
    """What a clause asks to be done: an annex row's 工作任务, a body clause without its unit notes."""
    return row_task(clause.text) if clause.annex_row is not None else strip_unit_note(clause.text)


def _bigrams(text: str) -> Counter[str]:
    text = _NOT_TEXT.sub("", text)
    return Counter(text[i : i + 2] for i in range(len(text) - 1))


class Counterparts:
    """Counterparts of a library's clauses in its other documents (see the module docstring)."""

    def __init__(
        self,
        documents: Sequence[Document],
        dense: DenseLookup | None = None,
        clauses_by_id: Mapping[str, Clause] | None = None,
    ) -> None:
        """`clauses_by_id`: the library's id map when the caller holds one (a catalog), else built here."""
        self._documents = {d.doc_id: d for d in documents}
        self._clauses = clauses_by_id if clauses_by_id is not None else {c.id: c for d in documents for c in d.clauses}
        self._dense = dense
        self._grams: dict[str, dict[str, Counter[str]]] = {}
        self._spaces: dict[frozenset[str], _Space] = {}
        self._memo: dict[tuple[str, frozenset[str]], tuple[str, ...]] = {}
        self._lock = threading.Lock()

    def of(self, clause_id: str, doc_ids: Iterable[str] | None = None) -> tuple[str, ...]:
        """Ids of the counterparts of `clause_id` in `doc_ids` (default: every other document), best
        first: per document at most its best annex row and its best body clause (see `_choose`)."""
        clause = self._clauses.get(clause_id)
        if clause is None:
            return ()
        targets = frozenset(doc_ids if doc_ids is not None else self._documents) - {clause.doc_id}
        targets &= frozenset(self._documents)
        key = (clause_id, targets)
        with self._lock:
            if key not in self._memo:
                self._memo[key] = self._choose(self.scores(clause_id, targets)) if targets else ()
            return self._memo[key]

    def scores(self, clause_id: str, targets: frozenset[str]) -> dict[str, float]:
        """Similarity of `clause_id`'s task to the clauses of `targets` sharing a bigram with it."""
        clause = self._clauses[clause_id]
        space = self._space(frozenset({clause.doc_id, *targets}))
        sparse: dict[str, float] = defaultdict(float)
        for gram, weight in space.vectors[clause_id].items():
            for other, other_weight in space.postings[gram]:
                if self._clauses[other].doc_id in targets:
                    sparse[other] += weight * other_weight
        mine = self._dense(clause_id) if self._dense else None
        if mine is None:
            return dict(sparse)
        blended = {}
        for other, score in sparse.items():
            theirs = self._dense(other)
            blended[other] = score if theirs is None else (1 - DENSE_WEIGHT) * score + DENSE_WEIGHT * _cosine(mine, theirs)
        return blended

    def text_scores(self, text: str, source: str, targets: frozenset[str]) -> dict[str, float]:
        """Bigram similarity of a piece of task text of document `source` (the part of a clause a question
        asked about: 推进宁波“智慧健康”建设…推广应用电子病历 of a clause that also settles 医保 accounts) to the
        clauses of `targets`, weighted in the same space as `scores`."""
        space = self._space(frozenset({source, *targets}))
        weights = {g: n * space.idf[g] for g, n in _bigrams(text).items() if space.idf.get(g, 0.0) > 0}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        found: dict[str, float] = defaultdict(float)
        for gram, weight in weights.items():
            for other, other_weight in space.postings[gram]:
                if self._clauses[other].doc_id in targets:
                    found[other] += weight / norm * other_weight
        return dict(found)

    def _choose(self, scores: dict[str, float]) -> tuple[str, ...]:
        """Per document and kind (annex row / body clause) its best clause, when it scores `MIN_SCORE`
        and beats that group's runner-up by `DECISIVE` (a tie says the task has no one counterpart there)."""
        groups: dict[tuple[str, bool], list[tuple[float, str]]] = defaultdict(list)
        for other, score in scores.items():
            clause = self._clauses[other]
            groups[(clause.doc_id, clause.annex_row is not None)].append((score, other))
        chosen: list[tuple[float, str]] = []
        for ranked in groups.values():
            ranked.sort(key=lambda pair: (-pair[0], pair[1]))
            best = ranked[0]
            if best[0] >= MIN_SCORE and (len(ranked) == 1 or best[0] - ranked[1][0] >= DECISIVE):
                chosen.append(best)
        return tuple(i for _, i in sorted(chosen, key=lambda pair: (-pair[0], pair[1])))

    def _space(self, doc_ids: frozenset[str]) -> _Space:
        """TF-IDF bigram vectors of the clauses of `doc_ids`, IDF counted over those documents."""
        if doc_ids not in self._spaces:
            grams: dict[str, Counter[str]] = {}
            for doc_id in doc_ids:
                if doc_id not in self._grams:
                    self._grams[doc_id] = {c.id: _bigrams(task_text(c)) for c in self._documents[doc_id].clauses}
                grams.update(self._grams[doc_id])
            self._spaces[doc_ids] = _Space(grams)
        return self._spaces[doc_ids]


class _Space:
    """Unit TF-IDF vectors and their inverted index over one set of clauses."""

    def __init__(self, grams: dict[str, Counter[str]]) -> None:
        frequency = Counter(g for counts in grams.values() for g in counts)
        total = max(len(grams), 1)
        #: each bigram's inverse document frequency over these clauses (0 for one in all of them)
        self.idf: dict[str, float] = {g: math.log(total / n) for g, n in frequency.items()}
        self.vectors: dict[str, dict[str, float]] = {}
        self.postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for clause_id, counts in grams.items():
            weights = {g: n * math.log(total / frequency[g]) for g, n in counts.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            self.vectors[clause_id] = {g: w / norm for g, w in weights.items() if w > 0}
            for gram, weight in self.vectors[clause_id].items():
                self.postings[gram].append((clause_id, weight))


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    norm = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(np.dot(a, b)) / norm if norm else 0.0


def passage_vectors(row_clause: np.ndarray, clause_ids: Sequence[str], vector: Callable[[int], np.ndarray]) -> DenseLookup:
    """A dense lookup over an index's passage vectors: a clause's first passage (its context), read
    from the vector index only when asked. `row_clause`: clause position per vector row."""
    first_row: dict[str, int] = {}
    for row, position in enumerate(row_clause.tolist()):
        first_row.setdefault(clause_ids[position], row)

    def lookup(clause_id: str) -> np.ndarray | None:
        row = first_row.get(clause_id)
        if row is None:
            return None
        try:
            return np.asarray(vector(row), dtype="float32")
        except KeyError:  # a deleted row of an HNSW index
            return None

    return lookup
