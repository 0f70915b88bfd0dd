"""Bulk embedding: each distinct passage text is embedded once, in length-sorted batches, and kept
on disk by model and text so a repeated or killed ingest embeds nothing twice."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
from langchain_core.embeddings import DeterministicFakeEmbedding

from assistant.config import Settings
from assistant.index.store import IndexStore
from assistant.models.embeddings import PolicyEmbeddings
from assistant.models.vector_cache import VectorCache

DIM = 8


class CountingModel:
    """Stands in for a SentenceTransformer: a vector from the text's hash; records every batch it is given."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def get_embedding_dimension(self) -> int:
        return DIM

    def encode(self, sentences, batch_size=32, **_) -> np.ndarray:
        self.calls.append(list(sentences))
        rows = [np.random.default_rng(abs(hash(s)) % 2**32).normal(size=DIM) for s in sentences]
        matrix = np.array(rows, dtype="float32").reshape(len(sentences), DIM)
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


class RecordingEmbeddings(DeterministicFakeEmbedding):
    calls: list = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.calls.append(list(texts))
        return super().embed_documents(texts)


def _embedder(model: CountingModel, cache: VectorCache | None) -> PolicyEmbeddings:
    return PolicyEmbeddings(model, "m1", query_prefix="query: ", passage_prefix="passage: ", vector_cache=cache)


def test_passages_are_embedded_longest_first() -> None:
    model = CountingModel()

    vectors = _embedder(model, None).encode_documents(["短", "较长的一条文本", "中等长度"])

    assert model.calls == [["passage: 较长的一条文本", "passage: 中等长度", "passage: 短"]]
    assert vectors.shape == (3, DIM)
    assert np.array_equal(vectors[1], model.encode(["passage: 较长的一条文本"])[0])  # rows back in input order


def test_a_build_embeds_each_distinct_passage_text_once_longest_first(corpus) -> None:
    embedder = RecordingEmbeddings(size=16)
    documents = [corpus[0], replace(corpus[0], doc_id=corpus[0].doc_id + "-v2")]  # a second version, same text

    store = IndexStore.build(documents, embedder, "fake-16", Settings(vector_backend="faiss"))

    embedded = [t for call in embedder.calls for t in call]
    assert len(embedded) == len(set(embedded)) == len({p for _, p in store.catalog.row_passages})
    assert [len(t) for t in embedded] == sorted((len(t) for t in embedded), reverse=True)
    assert store.vectors.count() == len(store.catalog.row_passages) == 2 * len(embedded)


def test_vectors_come_back_from_disk_for_the_same_model_only(tmp_path: Path) -> None:
    first = CountingModel()
    original = _embedder(first, VectorCache(tmp_path, "m1", DIM)).encode_documents(["甲条", "乙条"])

    again = CountingModel()  # a new process: a fresh model and connection over the same folder
    reloaded = _embedder(again, VectorCache(tmp_path, "m1", DIM)).encode_documents(["乙条", "丙条", "甲条"])

    assert again.calls == [["passage: 丙条"]]
    assert np.array_equal(reloaded[0], original[1]) and np.array_equal(reloaded[2], original[0])
    other = CountingModel()
    _embedder(other, VectorCache(tmp_path, "m2", DIM)).encode_documents(["甲条"])
    assert other.calls == [["passage: 甲条"]]  # another model's vectors are never reused


def test_a_cache_entry_of_the_wrong_size_is_embedded_again(tmp_path: Path) -> None:
    VectorCache(tmp_path, "m1", DIM).put(["passage: 甲条"], np.ones((1, DIM + 1), dtype="float32"))
    model = CountingModel()

    vectors = _embedder(model, VectorCache(tmp_path, "m1", DIM)).encode_documents(["甲条"])

    assert model.calls == [["passage: 甲条"]] and vectors.shape == (1, DIM)
