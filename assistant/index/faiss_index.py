"""FAISS as the embedded `VectorIndex`: inner product over normalised vectors, exact or HNSW by size.

Why this shape:
- an `IndexIDMap2` keeps ids stable across deletes and lets a filter run inside the engine
  (an id selector) instead of over every clause in Python;
- below `hnsw_threshold` vectors the index is exact (`IndexFlatIP`): at that size a full scan is
  a few milliseconds and recall is 1. Crossing the threshold converts it once to `IndexHNSWFlat`
  (inner product), whose search time grows roughly with log n instead of n;
- FAISS's HNSW honours an id selector (`SearchParametersHNSW(sel=…)`, checked on faiss 1.15),
  but a narrow selector starves it: the graph walk visits few allowed nodes and returns fewer
  than k. So a small allowed set is scored exactly (its vectors reconstructed: cost grows with
  the set, not the corpus); a larger one goes through the graph, and when the walk comes back
  short (or k is a large share of the index) the HNSW's flat storage is scanned with the same
  selector — a filter never starves the top k;
- HNSW cannot remove vectors, so deletes there are tombstones, excluded from every search, and
  `save` rebuilds the graph without them: nothing deleted is ever written to disk.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import faiss
import numpy as np

from assistant.index.vector import Fields

FILE_NAME = "vectors.faiss"
#: HNSW graph degree and build beam: FAISS's usual values for ~1e5–1e6 vectors of a few hundred dims.
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
#: An allowed set at most this large is scored exactly rather than through the graph.
EXACT_SUBSET_MAX = 20_000
#: An allowed set larger than this is passed to FAISS as a bitmap rather than a hashed batch.
BITMAP_FROM = 4_096


def _sorted_unique(ids: np.ndarray) -> np.ndarray:
    """`ids` sorted without repeats; a filter's rows usually are already (one linear check, no sort)."""
    return ids if len(ids) < 2 or bool((ids[1:] > ids[:-1]).all()) else np.unique(ids)



def set_threads(threads: int) -> None:
    """FAISS's OpenMP thread count (process-wide; the settings decide it for the whole process)."""
    faiss.omp_set_num_threads(threads)


@contextmanager
def _all_cores() -> Iterator[None]:
    """Every core for a bulk write (adding to or building an HNSW graph of 1e5+ vectors is minutes
    of work that splits well), then back to the setting one question is fastest with."""
    previous = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(previous)

class FaissVectorIndex:
    def __init__(self, index: faiss.IndexIDMap2, hnsw_threshold: int = 100_000, ef_search: int = 128) -> None:
        self._index = index
        self._hnsw_threshold = hnsw_threshold
        self._ef_search = ef_search
        self._deleted: set[int] = set()  # tombstones (HNSW only)
        self._live_ids: np.ndarray | None = None  # sorted ids present, cached between writes

    @classmethod
    def create(cls, dimension: int, hnsw_threshold: int = 100_000, ef_search: int = 128) -> "FaissVectorIndex":
        return cls(faiss.IndexIDMap2(faiss.IndexFlatIP(dimension)), hnsw_threshold, ef_search)

    @classmethod
    def load(cls, folder: Path, hnsw_threshold: int = 100_000, ef_search: int = 128) -> "FaissVectorIndex":
        index = faiss.read_index(str(folder / FILE_NAME))
        if not isinstance(index, faiss.IndexIDMap2):
            raise ValueError(f"{FILE_NAME} is not an id-mapped index")
        return cls(index, hnsw_threshold, ef_search)

    @property
    def dimension(self) -> int:
        return int(self._index.d)

    @property
    def kind(self) -> str:
        """What the index is now, "exact" or "hnsw" (it changes when it outgrows the threshold)."""
        return "hnsw" if isinstance(faiss.downcast_index(self._index.index), faiss.IndexHNSWFlat) else "exact"

    def count(self) -> int:
        return int(self._index.ntotal) - len(self._deleted)

    def add(self, ids: np.ndarray, vectors: np.ndarray, fields: Fields | None = None) -> None:
        """`fields` (per-vector metadata) is not kept: the catalog turns filters into allowed ids."""
        ids = np.asarray(ids, dtype="int64").reshape(-1)
        matrix = np.ascontiguousarray(vectors, dtype="float32").reshape(-1, self.dimension)
        if len(ids) != len(matrix) or len(np.unique(ids)) != len(ids):
            raise ValueError("ids must be unique and one per vector")
        if self._deleted.intersection(ids.tolist()):
            self._compact()  # a tombstoned id is being stored again: drop its old vector first
        if len(self._present(ids)):
            raise ValueError("some ids are already stored; delete them first")
        faiss.normalize_L2(matrix)
        with _all_cores():
            self._index.add_with_ids(matrix, ids)
            self._live_ids = None
            if self.kind == "exact" and self._index.ntotal > self._hnsw_threshold:
                self._index = self._rebuilt(self._ids(), hnsw=True)

    def delete(self, ids: np.ndarray) -> int:
        present = self._present(np.unique(np.asarray(ids, dtype="int64")))
        if self.kind == "hnsw":
            self._deleted.update(present.tolist())
        else:
            self._index.remove_ids(faiss.IDSelectorBatch(present))
        self._live_ids = None
        return len(present)

    def search(
        self, vector: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        query = np.ascontiguousarray(vector, dtype="float32").reshape(1, -1)
        faiss.normalize_L2(query)
        if allowed is not None:
            allowed = self._present(_sorted_unique(np.asarray(allowed, dtype="int64")))
        k = min(k, self.count() if allowed is None else len(allowed))
        if k <= 0:
            return np.empty(0, dtype="float32"), np.empty(0, dtype="int64")
        selectors = self._selectors(allowed)
        if self.kind == "exact":
            params = faiss.SearchParameters(sel=selectors[-1]) if selectors else None
            scores, ids = self._index.search(query, k, params=params)
            return scores[0], ids[0]
        if allowed is not None and len(allowed) <= EXACT_SUBSET_MAX:
            scores = self._index.reconstruct_batch(allowed) @ query[0]
            top = np.argsort(-scores, kind="stable")[:k]
            return scores[top].astype("float32"), allowed[top]
        if k * 10 < self.count():  # a graph walk pays off only for a small k
            params = faiss.SearchParametersHNSW(efSearch=max(self._ef_search, k))
            if selectors:
                params.sel = selectors[-1]
            scores, ids = self._index.search(query, k, params=params)
            if (ids[0] >= 0).all():
                return scores[0], ids[0]
        # a large k, or the walk came back short: scan the HNSW's flat storage with the same selector
        storage = faiss.downcast_index(faiss.downcast_index(self._index.index).storage)
        params = None
        if selectors:
            selectors.append(faiss.IDSelectorTranslated(self._index.id_map, selectors[-1]))
            params = faiss.SearchParameters(sel=selectors[-1])
        scores, rows = storage.search(query, k, params=params)
        return scores[0], faiss.vector_to_array(self._index.id_map)[rows[0]]

    def vector(self, id_: int) -> np.ndarray:
        if not len(self._present(np.array([id_], dtype="int64"))):
            raise KeyError(id_)
        return self._index.reconstruct(int(id_))

    def save(self, folder: Path) -> list[str]:
        if self._deleted:
            self._compact()
        faiss.write_index(self._index, str(folder / FILE_NAME))
        return [FILE_NAME]

    # ---- internals ------------------------------------------------------------------------
    def _ids(self) -> np.ndarray:
        """Sorted ids of the live vectors (cached: one copy of the id map per write, not per search)."""
        if self._live_ids is None:
            ids = np.sort(faiss.vector_to_array(self._index.id_map).astype("int64"))
            if self._deleted:
                ids = ids[~np.isin(ids, np.fromiter(self._deleted, dtype="int64"))]
            self._live_ids = ids
        return self._live_ids

    def _present(self, ids: np.ndarray) -> np.ndarray:
        """Those of sorted unique `ids` that are stored and live: a binary search each, so O(len(ids) · log n),
        or two when the live ids are 0 … n-1 (a build's rows, nothing deleted)."""
        live = self._ids()
        if len(live) == 0:
            return ids[:0]
        if live[0] == 0 and live[-1] == len(live) - 1:
            low, high = np.searchsorted(ids, [0, len(live)])
            return ids[low:high]
        pos = np.searchsorted(live, ids).clip(max=len(live) - 1)
        return ids[live[pos] == ids]

    def _selectors(self, allowed: np.ndarray | None) -> list[faiss.IDSelector]:
        """Selectors for the allowed ids minus tombstones; all returned so none is freed while in use."""
        selectors: list[faiss.IDSelector] = []
        if allowed is not None and len(allowed) > BITMAP_FROM:
            # a bitmap is built in one numpy pass and tested in O(1); a batch selector hashes every id
            mask = np.zeros(int(allowed[-1]) + 1, dtype=bool)
            mask[allowed] = True
            bitmap = np.packbits(mask, bitorder="little")
            selector = faiss.IDSelectorBitmap(len(bitmap), faiss.swig_ptr(bitmap))
            selector.referenced_objects = [bitmap]  # FAISS's own idiom: the array lives as long as the selector
            selectors.append(selector)
        elif allowed is not None:
            selectors.append(faiss.IDSelectorBatch(allowed))
        if self._deleted:
            selectors.append(faiss.IDSelectorBatch(np.fromiter(self._deleted, dtype="int64")))
            selectors.append(faiss.IDSelectorNot(selectors[-1]))
            if allowed is not None:
                selectors.append(faiss.IDSelectorAnd(selectors[0], selectors[-1]))
        return selectors

    def _compact(self) -> None:
        """Rebuild without tombstones, choosing the index type again by size."""
        ids = self._ids()
        self._index = self._rebuilt(ids, hnsw=len(ids) > self._hnsw_threshold)
        self._deleted.clear()
        self._live_ids = None

    def _rebuilt(self, ids: np.ndarray, hnsw: bool) -> faiss.IndexIDMap2:
        vectors = self._index.reconstruct_batch(ids) if len(ids) else np.empty((0, self.dimension), "float32")
        if hnsw:
            inner = faiss.IndexHNSWFlat(self.dimension, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            inner.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        else:
            inner = faiss.IndexFlatIP(self.dimension)
        index = faiss.IndexIDMap2(inner)
        index.add_with_ids(np.ascontiguousarray(vectors, dtype="float32"), ids)
        return index
