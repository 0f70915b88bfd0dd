"""The catalog: documents, their clauses in order, and which clause each passage row belongs to.

Vector row ``i`` (one per passage; a long clause has several) belongs to
``clauses[row_clause[i]]``. Everything here is derived from the documents; a build stores
`row_clause` beside them so a load need not chunk every clause again (the passage texts are
needed only when a new build reuses vectors, and are computed then).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from assistant.corpus.model import Clause, Document
from assistant.index.chunking import passages


@dataclass
class Catalog:
    documents: list[Document]
    #: clause position per vector row; computed from the documents when not given (a new build)
    row_clause: np.ndarray | None = None
    clauses: list[Clause] = field(init=False)
    documents_by_id: dict[str, Document] = field(init=False)
    clauses_by_id: dict[str, Clause] = field(init=False)

    def __post_init__(self) -> None:
        self.clauses = [c for d in self.documents for c in d.clauses]
        self.documents_by_id = {d.doc_id: d for d in self.documents}
        self.clauses_by_id = {c.id: c for c in self.clauses}
        if self.row_clause is None:
            self.row_clause = np.array([i for i, _ in self.row_passages], dtype="int64")

    @cached_property
    def row_passages(self) -> list[tuple[int, str]]:
        """(clause position, passage text) per vector row."""
        return [(i, passage) for i, clause in enumerate(self.clauses) for passage in passages(clause)]

    def row_keys(self) -> list[tuple[str, str]]:
        """(clause id, passage) per row: what a vector is reused under when the corpus changes."""
        return [(self.clauses[i].id, passage) for i, passage in self.row_passages]
