"""BM25 over jieba tokens (bm25s), with a tokenizer taught the corpus's unit names.

The tokenizer belongs to the index: questions must be cut the way the clauses were, so
the same instance tokenizes both (and it is never shared with anything that teaches it
other words).
"""

from __future__ import annotations

import bm25s
import numpy as np

from assistant.corpus.model import Clause
from assistant.lexicon.tokenizer import Tokenizer


class KeywordIndex:
    """BM25 scores of every clause's context, rebuilt in memory at load."""

    def __init__(self, clauses: list[Clause]) -> None:
        self.tokenizer = Tokenizer(unit for clause in clauses for unit in clause.units)
        self._bm25 = bm25s.BM25()
        corpus_tokens = [self.tokenizer.tokenize(c.context) or ["<empty>"] for c in clauses]
        self._bm25.index(corpus_tokens, show_progress=False)

    def scores(self, query: str) -> np.ndarray:
        tokens = self.tokenizer.tokenize(query)
        if not tokens:
            return np.zeros(self._bm25.scores["num_docs"], dtype="float32")
        return np.asarray(self._bm25.get_scores(tokens), dtype="float32")
