"""The onnx-int8 embedding backend agrees with torch on the shipped corpus (real model: slow)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.config import get_settings
from assistant.index.catalog import Catalog
from assistant.models.embeddings import load_embeddings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def both():
    settings = get_settings()
    torch_model = load_embeddings(settings.model_copy(update={"embed_backend": "torch"}))
    onnx_model = load_embeddings(settings.model_copy(update={"embed_backend": "onnx-int8"}))
    return torch_model, onnx_model


def test_onnx_int8_vectors_agree_with_torch_on_corpus_passages(both, corpus):
    torch_model, onnx_model = both
    passages = [passage for _, passage in Catalog(corpus).row_passages]
    reference = torch_model.encode_documents(passages)
    fast = onnx_model.encode_documents(passages)
    assert fast.shape == reference.shape
    np.testing.assert_allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)
    cosine = (fast * reference).sum(axis=1)
    assert cosine.min() >= 0.99, f"lowest cosine {cosine.min():.4f}"
    query = "国务院文件提出2015年信息消费规模要达到多少？"
    assert float(onnx_model.encode_query(query) @ torch_model.encode_query(query)) >= 0.99


def test_onnx_backend_is_its_own_model_id_and_embeds_a_repeated_text_once(both):
    torch_model, onnx_model = both
    assert onnx_model.model_id != torch_model.model_id  # switching backends rebuilds the index
    texts = ["信息消费规模", "宽带网络建设", "信息消费规模"]
    vectors = onnx_model.encode_documents(texts)
    np.testing.assert_array_equal(vectors[0], vectors[2])
    # activations are quantised per batch, so a text's vector moves a little with its batch mates
    assert float(vectors[1] @ onnx_model.encode_documents(["宽带网络建设"])[0]) >= 0.99
