"""The interface a vector engine offers the index: the few operations retrieval needs.

In the spirit of txtai's ANN base: add, delete, search (optionally restricted to some ids),
count, save and load. FAISS is the embedded implementation; any engine that keeps these
promises can be swapped in, and one contract test (tests/test_vector_index.py) runs over
every implementation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class VectorIndex(Protocol):
    """Cosine search over L2-normalised float32 vectors, each stored under an int64 id."""

    @property
    def dimension(self) -> int: ...

    def count(self) -> int:
        """How many vectors the index holds."""
        ...

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Store `vectors` (n × dimension) under `ids` (n); vectors are normalised here."""
        ...

    def delete(self, ids: np.ndarray) -> int:
        """Remove the vectors stored under `ids`; returns how many were removed."""
        ...

    def search(
        self, vector: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids) of the `k` nearest vectors, best first; only among `allowed` ids when given."""
        ...

    def vector(self, id_: int) -> np.ndarray:
        """The stored (normalised) vector of one id, so unchanged passages need not be embedded again."""
        ...

    def save(self, folder: Path) -> list[str]:
        """Write the index into `folder`; returns the names of the files written."""
        ...
