"""The catalog: documents, their clauses in order, and which clause each passage row belongs to.

Vector row ``i`` (one per passage; a long clause has several) belongs to
``clauses[row_clause[i]]``. Everything here is derived from the documents, so it is rebuilt
at load rather than stored twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from assistant.corpus.model import Clause, Document
from assistant.index.chunking import passages


@dataclass
class Catalog:
    documents: list[Document]
    clauses: list[Clause] = field(init=False)
    documents_by_id: dict[str, Document] = field(init=False)
    clauses_by_id: dict[str, Clause] = field(init=False)
    #: (clause position, passage text) per vector row
    row_passages: list[tuple[int, str]] = field(init=False)
    row_clause: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.clauses = [c for d in self.documents for c in d.clauses]
        self.documents_by_id = {d.doc_id: d for d in self.documents}
        self.clauses_by_id = {c.id: c for c in self.clauses}
        self.row_passages = [(i, passage) for i, clause in enumerate(self.clauses) for passage in passages(clause)]
        self.row_clause = np.array([i for i, _ in self.row_passages], dtype="int64")

    def row_keys(self) -> list[tuple[str, str]]:
        """(clause id, passage) per row: what a vector is reused under when the corpus changes."""
        return [(self.clauses[i].id, passage) for i, passage in self.row_passages]
