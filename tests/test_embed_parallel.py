"""Bulk onnx-int8 embedding runs its batches side by side, one per core, with the vectors of one batch at a time.

Real model (slow): the quantised export is built once in the models folder.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.config import get_settings
from assistant.index.catalog import Catalog
from assistant.models.embeddings import load_embeddings
from assistant.models.onnx_encoder import OnnxEncoder

pytestmark = pytest.mark.slow


def test_batches_run_side_by_side_give_the_vectors_of_one_batch_at_a_time(corpus):
    settings = get_settings().model_copy(update={"embed_backend": "onnx-int8"})
    folder = Path(load_embeddings(settings).model._path).parent
    texts = ["passage: " + p for _, p in Catalog(corpus).row_passages][:200]
    serial = OnnxEncoder(folder, threads=1).encode(texts, batch_size=16)
    parallel_encoder = OnnxEncoder(folder, threads=2)
    parallel = parallel_encoder.encode(texts, batch_size=16, show_progress_bar=True)
    # the same batches (activations are quantised per batch), so the same vectors, in the callers' order
    np.testing.assert_allclose(parallel, serial, rtol=0, atol=1e-6)
    assert set(parallel_encoder._sessions) == {1}  # every batch ran on a one-thread session
    assert len(texts) > 16 * 4
