"""The embedder's query-vector cache: each question encoded once, bounded, and safe from callers."""

from __future__ import annotations

import numpy as np

from assistant.models.embeddings import PolicyEmbeddings


class CountingModel:
    """Stands in for a SentenceTransformer: a deterministic vector per text, counting encodes."""

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def get_embedding_dimension(self) -> int:
        return 4

    def encode(self, texts, **kwargs):
        self.encoded += list(texts)
        return np.array([[len(t), t.count("浙"), 1.0, 0.5] for t in texts], dtype=np.float32)


def embedder(size: int) -> tuple[PolicyEmbeddings, CountingModel]:
    model = CountingModel()
    return PolicyEmbeddings(model, "fake", query_prefix="query: ", passage_prefix="passage: ",
                            query_cache_size=size), model


def test_a_repeated_question_is_encoded_once():
    emb, model = embedder(8)
    first = emb.embed_query("浙江的目标？")
    assert emb.embed_query("浙江的目标？") == first
    assert model.encoded == ["query: 浙江的目标？"]
    assert emb.query_cache_info().hits == 1


def test_callers_cannot_change_the_cached_vector():
    emb, _ = embedder(8)
    vector = emb.encode_query("问题")
    vector *= 0  # e.g. a caller normalising in place
    as_list = emb.embed_query("问题")
    as_list[0] = 99.0
    assert emb.encode_query("问题")[0] == len("query: 问题")


def test_the_cache_is_bounded_and_can_be_off():
    emb, model = embedder(2)
    for text in ("a", "b", "c", "a"):  # a was dropped when c came
        emb.embed_query(text)
    assert model.encoded.count("query: a") == 2 and emb.query_cache_info().currsize == 2
    off, model = embedder(0)
    off.embed_query("a")
    off.embed_query("a")
    assert model.encoded == ["query: a", "query: a"]


def test_documents_are_not_cached():
    emb, model = embedder(8)
    emb.embed_documents(["x", "x"])
    emb.embed_documents(["x"])
    assert model.encoded == ["passage: x"] * 3
