"""Milvus as a `VectorIndex`, through pymilvus' `MilvusClient`: the scale-out engine.

The same code talks to Milvus Lite (a local ``*.db`` path, or a `milvus-lite server` by URL), to
Milvus standalone and to a cluster (``http://host:19530`` plus a token): only the URI differs.

Why this shape:
- each build gets its own collection, ``<prefix>_<time ns>``: a build that fails half-way leaves
  the collection the current build points at untouched, as FAISS's fresh build folder does.
  Collections of older builds are dropped when a newer build is loaded, so no vectors are left
  behind on the server (a process still serving an older build must reload, as with any swap);
- the collection persists server-side, so `save` writes only a small JSON pointer (URI, collection,
  dimension, count) into the build folder: the manifest's checksums then still cover the build,
  and `load` notices a collection that is gone or changed under it;
- vectors are normalised here and searched by COSINE, so scores equal FAISS's inner products;
  consistency is Strong, so a search sees every insert and delete made before it;
- filters arrive as allowed ids and become an ``id in [...]`` expression evaluated by the server.
  Scalar fields (doc_id, government, type, units) are stored when the caller passes them, so the
  collection is self-describing and can be filtered on its own (``array_contains(units, "…")``);
- Milvus does not enforce unique primary keys and reports the ids it was asked to delete, not the
  ones it removed, so `add` and `delete` look the ids up first.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from pymilvus import DataType, MilvusClient, MilvusException

from assistant.errors import IndexUnavailableError
from assistant.index.vector import Fields
from assistant.models.vectors import unit_rows

POINTER_FILE = "milvus.json"
#: Milvus answers at most this many hits per search (its topk ceiling); a larger k is clipped.
MAX_LIMIT = 16_384
#: HNSW search beam (Milvus' AUTOINDEX is HNSW); raised to k when k is larger, as HNSW requires
EF_SEARCH = 128
#: rows per insert or id lookup: well under Milvus' 64 MB gRPC message limit at 1024 dimensions
BATCH = 1_000
#: scalar fields kept beside each vector: name → (type, max length)
TEXT_FIELDS = {"doc_id": 512, "government": 128, "type": 64}
UNITS_FIELD, MAX_UNITS, MAX_UNIT_CHARS = "units", 64, 128


def connect(uri: str, token: str | None = None, timeout_s: float = 10.0) -> MilvusClient:
    """A client, or a clear error naming the URI (no silent fallback to another engine)."""
    try:
        return MilvusClient(uri=uri, token=token or "", timeout=timeout_s)
    except MilvusException as exc:
        raise IndexUnavailableError(f"无法连接 Milvus：{uri}（{exc.message}）。请检查 POLICY_QA_MILVUS_URI 与网络。") from exc


def _chunks(values: np.ndarray) -> Iterator[np.ndarray]:
    for start in range(0, len(values), BATCH):
        yield values[start : start + BATCH]


def _id_list(ids: np.ndarray) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


class MilvusVectorIndex:
    def __init__(self, client: MilvusClient, uri: str, collection: str, dimension: int) -> None:
        self._client = client
        self.uri = uri
        self.collection = collection
        self._dimension = dimension
        self._count: int | None = None  # this object is its collection's only writer, so it may remember

    # ---- construction ------------------------------------------------------------------
    @classmethod
    def create(cls, dimension: int, uri: str, prefix: str, token: str | None = None) -> "MilvusVectorIndex":
        client = connect(uri, token)
        collection = f"{prefix}_{time.time_ns()}"
        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dimension)
        for name, length in TEXT_FIELDS.items():
            schema.add_field(name, DataType.VARCHAR, max_length=length, default_value="")
        schema.add_field(
            UNITS_FIELD, DataType.ARRAY, element_type=DataType.VARCHAR,
            max_capacity=MAX_UNITS, max_length=MAX_UNIT_CHARS, nullable=True,
        )
        index_params = client.prepare_index_params()
        index_params.add_index(field_name="vector", index_type="AUTOINDEX", metric_type="COSINE")
        client.create_collection(collection, schema=schema, index_params=index_params, consistency_level="Strong")
        return cls(client, uri, collection, dimension)

    @classmethod
    def load(cls, folder: Path, uri: str, token: str | None = None) -> "MilvusVectorIndex":
        pointer = json.loads((folder / POINTER_FILE).read_text(encoding="utf-8"))
        if pointer["uri"] != uri:
            raise IndexUnavailableError(f"索引建在另一个 Milvus 上（{pointer['uri']}，现设置为 {uri}），将重建。")
        client = connect(uri, token)
        collection = pointer["collection"]
        try:
            if not client.has_collection(collection):
                raise IndexUnavailableError(f"Milvus 中没有索引集合 {collection}（已被删除？），将重建。")
            index = cls(client, uri, collection, int(pointer["dimension"]))
            if index.count() != pointer["count"]:
                raise IndexUnavailableError(f"Milvus 集合 {collection} 的向量数与索引不符，将重建。")
            index.drop_older_builds()
        except MilvusException as exc:
            raise IndexUnavailableError(f"Milvus 索引集合 {collection} 无法读取（{exc.message}），将重建。") from exc
        return index

    def drop_older_builds(self) -> list[str]:
        """Drop the collections of builds older than this one (same prefix, earlier time)."""
        prefix, _, stamp = self.collection.rpartition("_")
        older = [
            name for name in self._client.list_collections()
            if name.rpartition("_")[0] == prefix and name.rpartition("_")[2].isdigit()
            and int(name.rpartition("_")[2]) < int(stamp)
        ]
        for name in older:
            self._client.drop_collection(name)
        return older

    # ---- the VectorIndex protocol --------------------------------------------------------
    @property
    def dimension(self) -> int:
        return self._dimension

    def count(self) -> int:
        if self._count is None:
            rows = self._client.query(self.collection, filter="", output_fields=["count(*)"])
            self._count = int(rows[0]["count(*)"])
        return self._count

    def add(self, ids: np.ndarray, vectors: np.ndarray, fields: Fields | None = None) -> None:
        ids = np.asarray(ids, dtype="int64").reshape(-1)
        matrix = np.asarray(vectors, dtype="float32").reshape(-1, self.dimension)
        if len(ids) != len(matrix) or len(np.unique(ids)) != len(ids):
            raise ValueError("ids must be unique and one per vector")
        fields = dict(fields or {})
        unknown = set(fields) - {*TEXT_FIELDS, UNITS_FIELD}
        if unknown or any(len(v) != len(ids) for v in fields.values()):
            raise ValueError(f"fields must be among {[*TEXT_FIELDS, UNITS_FIELD]}, one value per id: {sorted(unknown)}")
        if len(self._present(ids)):
            raise ValueError("some ids are already stored; delete them first")
        matrix = unit_rows(matrix)
        for start in range(0, len(ids), BATCH):
            rows = [
                {"id": int(ids[i]), "vector": matrix[i].tolist(), **{k: v[i] for k, v in fields.items()}}
                for i in range(start, min(start + BATCH, len(ids)))
            ]
            self._client.insert(self.collection, rows)
        self._count = None

    def delete(self, ids: np.ndarray) -> int:
        present = self._present(np.unique(np.asarray(ids, dtype="int64")))
        for chunk in _chunks(present):
            self._client.delete(self.collection, ids=chunk.tolist())
        self._count = None
        return len(present)

    def search(
        self, vector: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        query = np.asarray(vector, dtype="float32").reshape(-1)
        query = query / (np.linalg.norm(query) or 1.0)
        expression = ""
        if allowed is not None:
            allowed = np.unique(np.asarray(allowed, dtype="int64"))
            k = min(k, len(allowed))
            expression = f"id in {_id_list(allowed)}"
        if k <= 0:
            return np.empty(0, dtype="float32"), np.empty(0, dtype="int64")
        hits = self._client.search(
            self.collection, data=[query.tolist()], anns_field="vector", limit=min(k, MAX_LIMIT),
            filter=expression, output_fields=["id"],
            search_params={"metric_type": "COSINE", "params": {"ef": min(max(k, EF_SEARCH), MAX_LIMIT)}},
        )[0]
        scores = np.array([h["distance"] for h in hits], dtype="float32")
        return scores, np.array([h["id"] for h in hits], dtype="int64")

    def vector(self, id_: int) -> np.ndarray:
        rows = self._client.get(self.collection, ids=[int(id_)], output_fields=["vector"])
        if not rows:
            raise KeyError(id_)
        return np.asarray(rows[0]["vector"], dtype="float32")

    def save(self, folder: Path) -> list[str]:
        self._client.flush(self.collection)
        pointer = {"backend": "milvus", "uri": self.uri, "collection": self.collection,
                   "dimension": self.dimension, "count": self.count()}
        (folder / POINTER_FILE).write_text(json.dumps(pointer, ensure_ascii=False), encoding="utf-8")
        return [POINTER_FILE]

    # ---- beyond the protocol ---------------------------------------------------------------
    def close(self) -> None:
        self._client.close()

    def _present(self, ids: np.ndarray) -> np.ndarray:
        found: list[int] = []
        for chunk in _chunks(ids):
            rows = self._client.query(self.collection, filter=f"id in {_id_list(chunk)}", output_fields=["id"])
            found.extend(int(r["id"]) for r in rows)
        return np.array(sorted(found), dtype="int64")
