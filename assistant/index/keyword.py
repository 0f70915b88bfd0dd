"""BM25 over jieba tokens (bm25s), with a tokenizer taught the corpus's unit names.

Why this shape:
- the tokenizer belongs to the index: questions must be cut the way the clauses were, so
  the same instance tokenizes both (and it is never shared with anything that teaches it
  other words);
- tokenizing every clause with jieba is the slow part of a build (minutes at 1e4 clauses),
  so the index is built once, saved with the build (bm25s' own sparse-matrix files plus the
  taught words) and memory-mapped at load: a load tokenizes nothing;
- a question asks bm25s for its top k (`retrieve`, with a weight mask for a filter) instead
  of scoring and sorting every clause in Python; `scores_of` reads the exact score of a few
  given clauses from the same matrix, so fusion can rank candidates the other engine found.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import bm25s
import numpy as np

from assistant.corpus.model import Clause
from assistant.lexicon.tokenizer import Tokenizer

#: the subfolder of a build folder holding the keyword index
FOLDER = "keywords"
_WORDS = "taught_words.json"
#: stands in for a clause with no token, so rows stay aligned with clauses
_EMPTY = "<empty>"


class KeywordIndex:
    """BM25 over each clause's context; row ``i`` is ``catalog.clauses[i]``."""

    def __init__(self, bm25: bm25s.BM25, taught_words: list[str], tokenizer: Tokenizer | None = None) -> None:
        self._bm25 = bm25
        self._words = taught_words
        self.tokenizer = tokenizer or Tokenizer(taught_words)

    @classmethod
    def build(cls, clauses: Sequence[Clause]) -> KeywordIndex:
        """Tokenize every clause (the slow part of a build) and index the tokens."""
        words = list(dict.fromkeys(unit for clause in clauses for unit in clause.units if unit))
        tokenizer = Tokenizer(words)
        bm25 = bm25s.BM25()
        bm25.index([tokenizer.tokenize(c.context) or [_EMPTY] for c in clauses], show_progress=False)
        return cls(bm25, words, tokenizer)

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex:
        """Open the index `save` wrote into `folder` (memory-mapped; nothing is tokenized)."""
        own = Path(folder) / FOLDER
        words = json.loads((own / _WORDS).read_text(encoding="utf-8"))
        return cls(bm25s.BM25.load(str(own), mmap=True, load_corpus=False), words)

    def save(self, folder: Path) -> list[str]:
        """Write the index into ``folder/keywords``; returns the written files' paths relative to `folder`."""
        own = Path(folder) / FOLDER
        own.mkdir(parents=True, exist_ok=True)
        self._bm25.save(str(own), show_progress=False)
        (own / _WORDS).write_text(json.dumps(self._words, ensure_ascii=False), encoding="utf-8")
        return sorted(str(path.relative_to(folder)) for path in own.iterdir() if path.is_file())

    def count(self) -> int:
        return int(self._bm25.scores["num_docs"])

    def _token_ids(self, query: str) -> list[int]:
        """The question's tokens the index knows (repeats kept: a word asked twice weighs twice)."""
        vocab = self._bm25.vocab_dict
        return [vocab[t] for t in self.tokenizer.tokenize(query) if t in vocab]

    def top_k(self, query: str, k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(rows, scores) of the `k` best-scoring clauses, best first; only rows in `allowed` when given.

        Clauses sharing no word with the question (score 0) are never returned.
        """
        ids = self._token_ids(query)
        k = min(k, self.count())
        if not ids or k <= 0:
            return np.empty(0, dtype="int64"), np.empty(0, dtype="float32")
        mask = None
        if allowed is not None:
            mask = np.zeros(self.count(), dtype="float32")
            mask[np.asarray(allowed, dtype="int64")] = 1.0
        rows, scores = self._bm25.retrieve([ids], k=k, show_progress=False, weight_mask=mask)
        rows, scores = rows[0].astype("int64"), scores[0].astype("float32")
        keep = scores > 0
        return rows[keep], scores[keep]

    def scores_of(self, query: str, rows: np.ndarray) -> np.ndarray:
        """Exact BM25 scores of the given clause rows (work grows with the rows and the question's words,
        not with the corpus): each word's column of the score matrix is searched for the rows."""
        rows = np.asarray(rows, dtype="int64")
        result = np.zeros(len(rows), dtype="float32")
        matrix = self._bm25.scores
        data, indices, indptr = matrix["data"], matrix["indices"], matrix["indptr"]
        for token in self._token_ids(query):
            start, end = int(indptr[token]), int(indptr[token + 1])
            column = indices[start:end]  # sorted document ids holding the token
            at = np.searchsorted(column, rows)
            found = at < len(column)
            found[found] = column[at[found]] == rows[found]
            result[found] += data[start:end][at[found]]
        if self._bm25.nonoccurrence_array is not None:  # BM25L/BM25+: a constant per word
            result += float(self._bm25.nonoccurrence_array[self._token_ids(query)].sum())
        return result
