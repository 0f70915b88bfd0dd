"""FAISS as the embedded `VectorIndex`: exact inner-product search over normalised vectors.

An `IndexIDMap2` around a flat index keeps ids stable across deletes and lets a filter
be applied inside the engine (an id selector) instead of over every clause in Python.
"""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

FILE_NAME = "vectors.faiss"


class FaissVectorIndex:
    def __init__(self, index: faiss.IndexIDMap2) -> None:
        self._index = index

    @classmethod
    def create(cls, dimension: int) -> "FaissVectorIndex":
        return cls(faiss.IndexIDMap2(faiss.IndexFlatIP(dimension)))

    @classmethod
    def load(cls, folder: Path) -> "FaissVectorIndex":
        index = faiss.read_index(str(folder / FILE_NAME))
        if not isinstance(index, faiss.IndexIDMap2):
            raise ValueError(f"{FILE_NAME} is not an id-mapped index")
        return cls(index)

    @property
    def dimension(self) -> int:
        return int(self._index.d)

    def count(self) -> int:
        return int(self._index.ntotal)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        matrix = np.ascontiguousarray(vectors, dtype="float32").reshape(-1, self.dimension)
        faiss.normalize_L2(matrix)
        self._index.add_with_ids(matrix, np.asarray(ids, dtype="int64"))

    def delete(self, ids: np.ndarray) -> int:
        return int(self._index.remove_ids(faiss.IDSelectorBatch(np.asarray(ids, dtype="int64"))))

    def search(
        self, vector: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        query = np.ascontiguousarray(vector, dtype="float32").reshape(1, -1)
        faiss.normalize_L2(query)
        k = min(k, self.count())
        if k <= 0:
            return np.empty(0, dtype="float32"), np.empty(0, dtype="int64")
        params = None
        if allowed is not None:
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(np.asarray(allowed, dtype="int64")))
        scores, ids = self._index.search(query, k, params=params)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]

    def vector(self, id_: int) -> np.ndarray:
        return self._index.reconstruct(int(id_))

    def save(self, folder: Path) -> list[str]:
        faiss.write_index(self._index, str(folder / FILE_NAME))
        return [FILE_NAME]
