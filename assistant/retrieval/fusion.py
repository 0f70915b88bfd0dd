"""Reciprocal-rank fusion of dense and keyword scores."""

from __future__ import annotations

import numpy as np


def ranks(scores: np.ndarray) -> np.ndarray:
    """1-based rank of each score (higher score → smaller rank)."""
    order = np.argsort(-scores, kind="stable")
    result = np.empty(len(scores), dtype="float32")
    result[order] = np.arange(1, len(scores) + 1, dtype="float32")
    return result


def reciprocal_rank_fusion(
    dense: np.ndarray, keyword: np.ndarray, k: int, dense_weight: float, keyword_weight: float
) -> np.ndarray:
    """Σ weight / (k + rank); a question with no known word is not ranked by BM25 ties."""
    fused = dense_weight / (k + ranks(dense))
    if keyword.max() > 0:
        fused = fused + keyword_weight / (k + ranks(keyword))
    return fused
