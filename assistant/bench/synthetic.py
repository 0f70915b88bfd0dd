"""Vector search alone at library scale: N synthetic unit vectors (no model), the index the
settings choose (`assistant.index.factory`: exact below the HNSW threshold, HNSW above).

Independent random 384-d vectors have no near neighbours but their own source: every other
point sits at cosine 0 ± 0.05, so the "true" top 10 is noise no index can find (a 1e6 run of that
kind read recall@10 0.105). Sentence embeddings lie near a low-dimensional set, so the vectors
here are points of a 32-d latent space projected to 384-d plus a little isotropic noise; queries
are stored points moved in that space, so each has real near neighbours, as a question has.
recall@10 is measured against exact inner-product search.

`keep` names a folder the built index is saved to, and loaded from when it is already there: a
1e6 graph takes tens of minutes of both cores to build, while its search figures are seconds,
best read on an idle machine (the vectors are regenerated from the seed for exact recall).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import numpy as np

DIMENSION = 384
LATENT = 32
QUERIES = 200
CHUNK = 50_000


def run_synthetic(n: int, seed: int = 0, keep: Path | None = None) -> None:
    from assistant.config import get_settings
    from assistant.index.factory import create_vector_index, load_vector_index

    rng = np.random.default_rng(seed)
    basis = rng.standard_normal((LATENT, DIMENSION), dtype=np.float32)
    vectors = np.empty((n, DIMENSION), dtype=np.float32)
    for start in range(0, n, CHUNK):  # chunked: the latent points of 1e6 vectors need not exist at once
        latent = rng.standard_normal((min(n, start + CHUNK) - start, LATENT), dtype=np.float32)
        vectors[start:start + len(latent)] = latent @ basis + rng.standard_normal((len(latent), DIMENSION), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    started = time.perf_counter()
    if keep is not None and (keep / "vectors.faiss").exists():
        index = load_vector_index(keep, get_settings())
        if index.count() != n:
            raise SystemExit(f"{keep} holds {index.count()} vectors, not {n}: remove it or pass another folder")
        built = "loaded"
    else:
        index = create_vector_index(DIMENSION, get_settings())
        for start in range(0, n, CHUNK):
            index.add(np.arange(start, min(n, start + CHUNK), dtype="int64"), vectors[start:start + CHUNK])
        built = "added"
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            index.save(keep)
    build_s = time.perf_counter() - started

    picked = rng.choice(n, QUERIES, replace=False)
    queries = vectors[picked] + 0.1 * (rng.standard_normal((QUERIES, LATENT), dtype=np.float32) @ basis) / np.sqrt(DIMENSION)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    latencies, found = [], []
    for query in queries:  # every search first: an exact scan in between (1e6 × 384 through BLAS) would leave
        started = time.perf_counter()  # its threads spinning on both cores and the index out of cache
        _, ids = index.search(query, 10)
        latencies.append((time.perf_counter() - started) * 1000)
        found.append(ids)
    recalls = [
        len(set(ids.tolist()) & set(np.argpartition(-(vectors @ query), 10)[:10].tolist())) / 10
        for query, ids in zip(queries, found, strict=True)
    ]
    kind = getattr(index, "kind", type(index).__name__)
    print(f"synthetic vectors      {n} × {DIMENSION} ({kind}), {built} in {build_s:.1f} s")
    print(f"search p50 / p95       {statistics.median(latencies):.2f} / {sorted(latencies)[int(0.95 * QUERIES)]:.2f} ms")
    print(f"recall@10 vs exact     {statistics.mean(recalls):.3f} (n={QUERIES})")
