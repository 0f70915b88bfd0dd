"""End to end on Milvus Lite: the real Assistant over the shipped corpus, built with
POLICY_QA_VECTOR_BACKEND=milvus, answers exactly as the FAISS build does, and a rebuild without a
document leaves no vectors behind on the server.

The embedder is a deterministic fake (the model is not what is tested, the engine is): with random
vectors every question's dense ranking is noise that both engines must reproduce identically.
The abstention floor is lowered so that answers are composed, not all abstentions.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pymilvus import MilvusClient

from assistant.config import Settings, get_settings
from assistant.index.factory import milvus_uri
from assistant.index.faiss_index import FaissVectorIndex
from assistant.index.milvus_index import MilvusVectorIndex
from assistant.index.store import IndexStore, open_index
from tests import fakes

QUESTIONS = [
    "国务院文件提出2015年信息消费规模要达到多少？",
    "浙江跨境电子商务支付业务试点由哪个部门负责？",
    "高新技术企业享受什么税收优惠？",
    "宽带网络建设有哪些要求？",
]


@pytest.fixture()
def backend_settings(tmp_path, monkeypatch) -> Iterator:
    """Settings for one backend, each library in a folder of its own (the store passes them to the engine)."""
    fakes.patch(monkeypatch.setattr)

    def make(backend: str, folder: str | None = None) -> Settings:
        cache = tmp_path / (folder or backend)
        return get_settings().model_copy(update={
            "vector_backend": backend, "cache_dir": cache, "upload_dir": cache / "uploads", "min_dense_score": -1.0,
        })

    yield make


def _answers(settings: Settings) -> tuple[list, list]:
    from assistant import Assistant

    assistant = Assistant.load(settings)
    hits = [[(h.clause.id, round(h.dense, 4)) for h in assistant.search.search(q, k=10)] for q in QUESTIONS]
    return hits, [assistant.ask(q).to_dict() for q in QUESTIONS]


def test_milvus_build_answers_as_faiss_does(backend_settings):
    faiss_hits, faiss_answers = _answers(backend_settings("faiss"))
    settings = backend_settings("milvus")
    milvus_hits, milvus_answers = _answers(settings)
    assert milvus_hits == faiss_hits
    assert milvus_answers == faiss_answers
    assert not all(a["abstained"] for a in milvus_answers)
    # the build really is on Milvus, and loads from it
    store = IndexStore.load(settings.index_dir, settings)
    assert isinstance(store.vectors, MilvusVectorIndex) and store.vectors.count() == len(store.catalog.row_clause)


def test_removing_a_document_leaves_no_vectors_behind(backend_settings, corpus):
    settings = backend_settings("milvus")
    embeddings = fakes.FakeModel(size=16)
    full, _ = open_index(settings.index_dir, corpus, embeddings, fakes.MODEL_ID, settings)
    kept = corpus[1:]
    smaller, status = open_index(settings.index_dir, kept, embeddings, fakes.MODEL_ID, settings)
    assert status.startswith("rebuilt")
    assert smaller.manifest["reused_vectors"] == smaller.vectors.count()  # kept passages were not embedded again
    loaded = IndexStore.load(settings.index_dir, settings)  # loading the newer build drops the older collection
    rows = len(loaded.catalog.row_clause)
    assert rows < len(full.catalog.row_clause)
    client = MilvusClient(uri=milvus_uri(settings))
    assert client.list_collections() == [loaded.vectors.collection]
    assert loaded.vectors.count() == rows
    everything = loaded.vectors.search(embeddings.embed_query("信息消费"), rows + 10)[1]
    assert sorted(everything.tolist()) == list(range(rows))


def test_switching_backend_rebuilds_on_the_other_engine(backend_settings, corpus):
    embeddings = fakes.FakeModel(size=16)
    settings = backend_settings("faiss", "shared")
    store, _ = open_index(settings.index_dir, corpus, embeddings, fakes.MODEL_ID, settings)
    assert isinstance(store.vectors, FaissVectorIndex)
    settings = backend_settings("milvus", "shared")
    store, status = open_index(settings.index_dir, corpus, embeddings, fakes.MODEL_ID, settings)
    assert status.startswith("rebuilt") and "milvus" in status
    assert isinstance(store.vectors, MilvusVectorIndex)
    settings = backend_settings("faiss", "shared")
    store, status = open_index(settings.index_dir, corpus, embeddings, fakes.MODEL_ID, settings)
    assert status.startswith("rebuilt") and isinstance(store.vectors, FaissVectorIndex)
