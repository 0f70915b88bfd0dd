"""The interface a vector engine offers the index: the few operations retrieval needs.

In the spirit of txtai's ANN base: add, delete, search (optionally restricted to some ids),
count, save and load. FAISS is the embedded implementation and Milvus the scale-out one
(`assistant.index.factory` picks by settings); any engine that keeps these promises can be
swapped in, and one contract test (tests/test_vector_index.py) runs over every implementation.

Filters reach an engine as `allowed` ids (the catalog resolves document/unit filters to rows),
so every engine filters the same way; an engine with its own scalar fields (Milvus) also stores
the per-vector `fields` it is given, so its collection can be inspected and filtered on its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

#: Per-vector metadata by field name, each a sequence as long as the ids (e.g. {"doc_id": [...]}).
Fields = Mapping[str, Sequence[Any]]


@runtime_checkable
class VectorIndex(Protocol):
    """Cosine search over L2-normalised float32 vectors, each stored under an int64 id."""

    @property
    def dimension(self) -> int: ...

    def count(self) -> int:
        """How many vectors the index holds."""
        ...

    def add(self, ids: np.ndarray, vectors: np.ndarray, fields: Fields | None = None) -> None:
        """Store `vectors` (n × dimension) under new, unique `ids` (n); vectors are normalised here."""
        ...

    def delete(self, ids: np.ndarray) -> int:
        """Remove the vectors stored under `ids`; returns how many were removed."""
        ...

    def search(
        self, vector: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids) of the `k` nearest vectors by cosine, best first; only among `allowed` ids
        when given, and then still min(k, allowed ids stored) of them (a filter never starves k)."""
        ...

    def vector(self, id_: int) -> np.ndarray:
        """The stored (normalised) vector of one id, so unchanged passages need not be embedded again;
        KeyError when the id is not stored."""
        ...

    def save(self, folder: Path) -> list[str]:
        """Write the index into `folder`; returns the names of the files written."""
        ...
