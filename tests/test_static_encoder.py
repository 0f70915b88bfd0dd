"""The static (model2vec) embedding backend: distilled once and cached, its own model id, a clear
error when it cannot be built; with the real model, Chinese text without long ASCII runs is cut into
the same tokens as by the full vocabulary, so leaving the other scripts out of the distillation loses
nothing for it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.config import get_settings
from assistant.errors import ModelUnavailableError
from assistant.models import static_encoder
from assistant.models.embeddings import load_embeddings, model_id
from assistant.models.static_encoder import (
    TOKEN_REMOVE_PATTERN,
    StaticEncoder,
    ensure_static,
    static_dir,
)

CHARS = list("国务院信息消费规模宽带网络建设补贴企业税收优惠第条款")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A one-layer BERT with random weights and a character-level Unigram tokenizer, on disk."""
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    folder = tmp_path_factory.mktemp("tiny-model")
    vocab = [("<s>", 0.0), ("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("▁", -2.0), ("ωψ", -3.0)]
    vocab += [(c, -3.0) for c in CHARS] + [("信息", -2.5), ("企业", -2.5)]
    tokenizer = Tokenizer(models.Unigram(vocab, unk_id=3))
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace()
    PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, bos_token="<s>", eos_token="</s>", unk_token="<unk>", pad_token="<pad>"
    ).save_pretrained(str(folder))
    config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=64, pad_token_id=1)
    BertModel(config, add_pooling_layer=False).save_pretrained(str(folder))
    return folder


def test_distilled_once_then_reused_and_encodes_unit_vectors(tiny_model, tmp_path, monkeypatch):
    folder = ensure_static(tmp_path, "tiny@1", tiny_model)
    assert folder == static_dir(tmp_path, "tiny@1") and folder.parent.name == "static"
    monkeypatch.setattr(static_encoder, "_distill", lambda source: pytest.fail("distilled twice"))
    assert ensure_static(tmp_path, "tiny@1", tiny_model) == folder
    assert static_dir(tmp_path, "tiny@2") != folder  # other weights, another model
    encoder = StaticEncoder(folder)
    vectors = encoder.encode(["信息消费规模", "宽带网络建设", "信息消费规模"])
    assert vectors.shape == (3, encoder.get_embedding_dimension()) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    np.testing.assert_array_equal(vectors[0], vectors[2])
    assert float(vectors[0] @ vectors[1]) < 0.999
    assert encoder.encode([]).shape == (0, encoder.get_embedding_dimension())
    # a character outside the vocabulary is left out of the mean instead of failing the encode
    np.testing.assert_allclose(encoder.encode(["ω信息消费规模😀"])[0], vectors[0], atol=1e-6)


def test_token_filter_keeps_chinese_and_special_tokens_and_drops_other_scripts():
    removed = re.compile(TOKEN_REMOVE_PATTERN)
    for kept in ["<pad>", "<unk>", "<s>", "中华人民共和国", "▁", "，", "▁GDP", "5G", "（一）"]:
        assert not removed.match(kept), kept
    for dropped in ["ωψ", "▁한국", "▁policy", "▁Москва", "中ω"]:
        assert removed.match(dropped), dropped


def test_backend_is_part_of_the_model_id(tiny_model, tmp_settings):
    settings = tmp_settings.model_copy(update={"model": str(tiny_model)})
    ids = {backend: model_id(settings.model_copy(update={"embed_backend": backend}))
           for backend in ("torch", "onnx-int8", "static")}
    assert len(set(ids.values())) == 3 and ids["static"].endswith("+static")


def test_load_embeddings_with_the_static_backend(tiny_model, tmp_settings):
    settings = tmp_settings.model_copy(update={"model": str(tiny_model), "embed_backend": "static",
                                              "models_dir": tmp_settings.cache_dir / "models"})
    embedder = load_embeddings(settings)
    assert embedder.model_id.endswith("+static")
    documents = embedder.encode_documents(["宽带网络建设", "企业税收优惠"])
    assert documents.shape == (2, embedder.dimension)
    query = embedder.encode_query("企业税收优惠")
    assert int(np.argmax(documents @ query)) == 1


def test_missing_model2vec_is_a_clear_chinese_error(tiny_model, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "model2vec", None)
    monkeypatch.setitem(sys.modules, "model2vec.distill", None)
    with pytest.raises(ModelUnavailableError, match="静态嵌入模型"):
        ensure_static(tmp_path, "tiny@missing", tiny_model)
    assert not static_dir(tmp_path, "tiny@missing").exists()  # nothing half-built left behind


@pytest.mark.slow
def test_real_model_static_backend_tokenizes_chinese_as_the_full_vocabulary(corpus):
    from tokenizers import Tokenizer

    from assistant.index.catalog import Catalog
    from assistant.models.embeddings import resolve_model_path

    settings = get_settings().model_copy(update={"embed_backend": "static"})
    embedder = load_embeddings(settings)
    assert embedder.model_id.endswith("+static")
    passages = [passage for _, passage in Catalog(corpus).row_passages]
    full = Tokenizer.from_file(str(Path(resolve_model_path(settings)) / "tokenizer.json"))
    static = embedder.model._model.tokenizer
    chinese = [text for text in passages if not re.search(r"[\u0020-\u007e]{4}", text)]
    assert len(chinese) >= len(passages) // 2
    for text in chinese:  # runs of 4+ ASCII characters (2015) are cut shorter: TOKEN_REMOVE_PATTERN
        assert static.encode(text, add_special_tokens=False).tokens == full.encode(text, add_special_tokens=False).tokens
    vectors = embedder.encode_documents(passages)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    # a question finds its own passage's clause among the first few
    hits = np.argsort(-(vectors @ embedder.encode_query(passages[10][:30])))[:5]
    assert 10 in hits
