"""One contract over every `VectorIndex` implementation: FAISS exact, FAISS HNSW, Milvus Lite in its
file mode and Milvus Lite's gRPC server (started here on 127.0.0.1, as a Milvus cluster is reached
by URL). Expected results come from numpy's exact cosine, never from the engine under test.

Also: HNSW's recall@10 against exact search (a small version here, 2e5 vectors under `-m slow`),
and Milvus' own behaviour beyond the protocol (scalar fields, a server that cannot be reached).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import faiss
import numpy as np
import pytest
from pymilvus import MilvusClient

from assistant.errors import IndexUnavailableError
from assistant.index import faiss_index
from assistant.index.faiss_index import FaissVectorIndex
from assistant.index.milvus_index import MilvusVectorIndex, connect
from assistant.index.vector import VectorIndex

DIM = 24
N = 300
Make = Callable[[], VectorIndex]
Reload = Callable[[VectorIndex, Path], VectorIndex]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def milvus_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`milvus-lite server` as a subprocess on a free local port; stopped at the end."""
    port = _free_port()
    data = tmp_path_factory.mktemp("milvus-server")
    command = [sys.executable, "-m", "milvus_lite", "server", "--data-dir", str(data),
               "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"milvus-lite server did not start: {server.stderr.read().decode()[-2000:]}")
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def _faiss(hnsw: bool) -> tuple[Make, Reload]:
    threshold = 1 if hnsw else 100_000
    return (
        lambda: FaissVectorIndex.create(DIM, hnsw_threshold=threshold),
        lambda _, folder: FaissVectorIndex.load(folder, hnsw_threshold=threshold),
    )


def _milvus(uri: str) -> tuple[Make, Reload]:
    return (
        lambda: MilvusVectorIndex.create(DIM, uri, "contract"),
        lambda index, folder: MilvusVectorIndex.load(folder, index.uri),
    )


@pytest.fixture(params=["faiss-exact", "faiss-hnsw", "milvus-lite-file", "milvus-lite-server"])
def engine(request, tmp_path, monkeypatch) -> tuple[Make, Reload]:
    if request.param == "faiss-exact":
        return _faiss(hnsw=False)
    if request.param == "faiss-hnsw":
        # small allowed sets are scored exactly, larger ones through the graph: both paths run below
        monkeypatch.setattr(faiss_index, "EXACT_SUBSET_MAX", 20)
        return _faiss(hnsw=True)
    if request.param == "milvus-lite-file":
        return _milvus(str(tmp_path / "lite.db"))
    return _milvus(request.getfixturevalue("milvus_server"))


@pytest.fixture()
def data() -> tuple[np.ndarray, np.ndarray]:
    """Ids that are not 0..n-1 (so an engine cannot confuse ids with positions) and unnormalised vectors."""
    rng = np.random.default_rng(7)
    return np.arange(N, dtype="int64") * 3 + 11, rng.normal(size=(N, DIM)).astype("float32") * 5


def _exact(ids: np.ndarray, vectors: np.ndarray, query: np.ndarray, k: int, allowed=None):
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    scores = unit @ (query / np.linalg.norm(query))
    keep = np.ones(len(ids), bool) if allowed is None else np.isin(ids, allowed)
    order = np.argsort(-scores[keep], kind="stable")[:k]
    return scores[keep][order], ids[keep][order]


def _filled(make: Make, data) -> VectorIndex:
    index = make()
    index.add(*data)
    return index


def test_add_count_and_cosine_search(engine, data):
    make, _ = engine
    index = _filled(make, data)
    assert isinstance(index, VectorIndex) and index.dimension == DIM and index.count() == N
    ids, vectors = data
    for query in vectors[:5] + 0.5:
        scores, found = index.search(query, 10)
        want_scores, want = _exact(ids, vectors, query, 10)
        assert found.tolist() == want.tolist()
        np.testing.assert_allclose(scores, want_scores, atol=1e-4)
        assert (np.diff(scores) <= 1e-6).all()  # best first
    scores, found = index.search(vectors[0], N + 50)  # k beyond the count: everything, once
    assert sorted(found.tolist()) == sorted(ids.tolist())


def test_allowed_ids_filter_never_leaks_or_starves(engine, data, tmp_path):
    make, _ = engine
    index = _filled(make, data)
    index.save(tmp_path)  # Milvus builds its (HNSW) index when data is flushed: search that, not the memtable
    ids, vectors = data
    rng = np.random.default_rng(1)
    for size in (3, 40, 200):
        allowed = rng.choice(ids, size=size, replace=False)
        query = rng.normal(size=DIM).astype("float32")
        scores, found = index.search(query, 10, allowed=np.append(allowed, [-5, 10**9]))  # unknown ids ignored
        want_scores, want = _exact(ids, vectors, query, 10, allowed)
        assert len(found) == min(10, size)
        assert set(found.tolist()) <= set(allowed.tolist())
        assert found.tolist() == want.tolist()
        np.testing.assert_allclose(scores, want_scores, atol=1e-4)
    assert len(index.search(vectors[0], 10, allowed=np.array([], dtype="int64"))[1]) == 0


def test_delete_removes_for_good(engine, data, tmp_path):
    make, reload = engine
    index = _filled(make, data)
    ids, vectors = data
    gone = ids[::4]
    assert index.delete(np.append(gone, 10**9)) == len(gone)  # unknown ids are not counted
    assert index.delete(gone) == 0
    assert index.count() == N - len(gone)
    remaining = np.setdiff1d(ids, gone)
    for query in vectors[:8]:
        found = index.search(query, N)[1]
        assert sorted(found.tolist()) == remaining.tolist()
        assert index.search(query, 10)[1].tolist() == _exact(ids, vectors, query, 10, remaining)[1].tolist()
    assert len(index.search(vectors[0], 10, allowed=gone)[1]) == 0
    with pytest.raises(KeyError):
        index.vector(int(gone[0]))
    index.save(tmp_path)
    reloaded = reload(index, tmp_path)
    assert reloaded.count() == N - len(gone)
    assert sorted(reloaded.search(vectors[0], N)[1].tolist()) == remaining.tolist()


def test_vector_round_trip_and_unique_ids(engine, data):
    make, _ = engine
    index = _filled(make, data)
    ids, vectors = data
    for row in (0, 17, N - 1):
        np.testing.assert_allclose(index.vector(int(ids[row])), vectors[row] / np.linalg.norm(vectors[row]), atol=1e-6)
    with pytest.raises(KeyError):
        index.vector(10**9)
    with pytest.raises(ValueError):
        index.add(ids[:2], vectors[:2])  # already stored
    assert index.count() == N


def test_save_and_reload_give_the_same_results(engine, data, tmp_path):
    make, reload = engine
    index = _filled(make, data)
    files = index.save(tmp_path)
    assert files and all((tmp_path / name).is_file() for name in files)
    reloaded = reload(index, tmp_path)
    assert reloaded.count() == N and reloaded.dimension == DIM
    ids, vectors = data
    for query in vectors[-4:]:
        a_scores, a = index.search(query, 10, allowed=ids[::2])
        b_scores, b = reloaded.search(query, 10, allowed=ids[::2])
        assert a.tolist() == b.tolist()
        np.testing.assert_allclose(a_scores, b_scores, atol=1e-5)


# ---- FAISS: the index type follows the size; HNSW recall against exact -------------------------
def test_faiss_switches_to_hnsw_past_the_threshold_and_back_after_compaction(data, tmp_path):
    ids, vectors = data
    index = FaissVectorIndex.create(DIM, hnsw_threshold=100)
    index.add(ids[:100], vectors[:100])
    assert index.kind == "exact"
    index.add(ids[100:], vectors[100:])
    assert index.kind == "hnsw"
    index.delete(ids[50:])
    index.save(tmp_path)  # tombstones are compacted away: only 50 vectors are written
    reloaded = FaissVectorIndex.load(tmp_path, hnsw_threshold=100)
    assert reloaded.kind == "exact" and reloaded.count() == 50
    assert faiss.read_index(str(tmp_path / faiss_index.FILE_NAME)).ntotal == 50


def _clustered(n: int, dim: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Vectors in clusters, like sentence embeddings of topical text; queries drawn the same way."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(max(n // 200, 10), dim)).astype("float32")
    labels = rng.integers(0, len(centres), n + 200)
    points = centres[labels] + 0.7 * rng.normal(size=(n + 200, dim)).astype("float32")
    return points[:n], points[n:]


def _hnsw_recall(n: int, dim: int, uniform: bool) -> float:
    rng = np.random.default_rng(3)
    if uniform:
        vectors, queries = rng.normal(size=(n, dim)).astype("float32"), rng.normal(size=(200, dim)).astype("float32")
    else:
        vectors, queries = _clustered(n, dim)
    index = FaissVectorIndex.create(dim, hnsw_threshold=n // 2)
    index.add(np.arange(n), vectors)
    assert index.kind == "hnsw"
    exact = faiss.IndexFlatIP(dim)
    faiss.normalize_L2(vectors)
    faiss.normalize_L2(queries)
    exact.add(vectors)
    truth = exact.search(queries, 10)[1]
    return float(np.mean([len(set(index.search(q, 10)[1]) & set(t)) / 10 for q, t in zip(queries, truth)]))


def test_hnsw_recall_at_10_small():
    assert _hnsw_recall(20_000, 64, uniform=True) >= 0.95


@pytest.mark.slow
def test_hnsw_recall_at_10_on_2e5_vectors():
    """On clustered vectors, as embeddings of topical text are. (Structureless uniform vectors are
    HNSW's worst case: 2e5 of them in 128 dimensions gave recall@10 0.44 at these settings.)"""
    assert _hnsw_recall(200_000, 128, uniform=False) >= 0.95


@pytest.mark.parametrize("hnsw", [False, True])
def test_a_large_filter_goes_to_faiss_as_a_bitmap_and_still_never_leaks(hnsw):
    """A scope of most of a library (tens of thousands of rows, unsorted, with unknown and deleted
    ids) is a bitmap selector; exact search gives exactly the filtered top 10, HNSW nearly."""
    n, dim = 60_000, 32
    vectors, queries = _clustered(n, dim)
    index = FaissVectorIndex.create(dim, hnsw_threshold=n // 2 if hnsw else 10 * n)
    index.add(np.arange(n), vectors)
    assert index.kind == ("hnsw" if hnsw else "exact")
    rng = np.random.default_rng(3)
    allowed = rng.choice(n, size=30_000, replace=False)  # above EXACT_SUBSET_MAX and BITMAP_FROM
    index.delete(allowed[:50])
    live = np.setdiff1d(allowed, allowed[:50])
    normed = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    overlap = []
    for query in queries[:20]:
        _, found = index.search(query, 10, allowed=np.append(allowed, [-3, 10 * n]))
        assert len(found) == 10 and set(found.tolist()) <= set(live.tolist())
        want = live[np.argsort(-(normed[live] @ (query / np.linalg.norm(query))), kind="stable")[:10]]
        overlap.append(len(set(found.tolist()) & set(want.tolist())) / 10)
    assert np.mean(overlap) >= (0.95 if hnsw else 1.0)


# ---- Milvus beyond the protocol ---------------------------------------------------------------
def test_milvus_keeps_scalar_fields_for_its_own_filters(tmp_path, data):
    ids, vectors = data
    index = MilvusVectorIndex.create(DIM, str(tmp_path / "lite.db"), "fields")
    doc_ids = [f"doc{i % 3}" for i in range(N)]
    units = [["工业和信息化部"] if i % 2 else None for i in range(N)]
    index.add(ids, vectors, fields={"doc_id": doc_ids, "units": units})
    client = MilvusClient(uri=index.uri)
    rows = client.query(index.collection, filter='doc_id == "doc1" and array_contains(units, "工业和信息化部")',
                        output_fields=["id"])
    want = [int(ids[i]) for i in range(N) if i % 3 == 1 and i % 2]
    assert sorted(r["id"] for r in rows) == want
    with pytest.raises(ValueError):
        index.add(ids + 1, vectors, fields={"issuer": doc_ids})


def test_milvus_drops_older_builds_when_a_newer_one_loads(tmp_path, data):
    uri = str(tmp_path / "lite.db")
    old = MilvusVectorIndex.create(DIM, uri, "builds")
    old.add(*data)
    new = MilvusVectorIndex.create(DIM, uri, "builds")
    new.add(data[0][:10], data[1][:10])
    new.save(tmp_path)
    MilvusVectorIndex.load(tmp_path, uri)
    assert MilvusClient(uri=uri).list_collections() == [new.collection]


def test_milvus_load_refuses_a_changed_collection_or_another_server(tmp_path, data):
    uri = str(tmp_path / "lite.db")
    index = MilvusVectorIndex.create(DIM, uri, "guard")
    index.add(*data)
    index.save(tmp_path)
    with pytest.raises(IndexUnavailableError, match="另一个 Milvus"):
        MilvusVectorIndex.load(tmp_path, str(tmp_path / "other.db"))
    index.delete(data[0][:5])  # changed behind the build's back
    with pytest.raises(IndexUnavailableError, match="向量数"):
        MilvusVectorIndex.load(tmp_path, uri)
    MilvusClient(uri=uri).drop_collection(index.collection)
    with pytest.raises(IndexUnavailableError, match="没有索引集合"):
        MilvusVectorIndex.load(tmp_path, uri)


def test_unreachable_milvus_is_a_clear_error():
    uri = f"http://127.0.0.1:{_free_port()}"
    with pytest.raises(IndexUnavailableError, match="无法连接 Milvus") as error:
        connect(uri, timeout_s=2)
    assert uri in str(error.value)
