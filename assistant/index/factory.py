"""The one place that picks the vector engine: FAISS (embedded, default) or Milvus, by settings.

`create_vector_index` makes an empty index for a new build; `load_vector_index` opens the index a
build folder holds. When the folder holds a FAISS file but the settings ask for Milvus, or a
Milvus pointer to another server or a vanished collection, loading fails with
`IndexUnavailableError` (a missing FAISS file fails to read), which the store answers by
rebuilding: switching engines is a rebuild, never a silent mix.

The settings are the Assistant's own (passed down by the store), so a second library or a test
with its own settings never reads another's engine choice from the environment.
"""

from __future__ import annotations

from pathlib import Path

from assistant.config import Settings
from assistant.errors import IndexUnavailableError
from assistant.index import faiss_index
from assistant.index.vector import VectorIndex

#: Milvus Lite's data folder inside the index folder, used when no POLICY_QA_MILVUS_URI is set
LITE_DB = "milvus.db"


def milvus_uri(settings: Settings) -> str:
    return settings.milvus_uri or str((settings.index_dir / LITE_DB).resolve())


def _milvus_token(settings: Settings) -> str | None:
    return settings.milvus_token.get_secret_value() if settings.milvus_token else None


def create_vector_index(dimension: int, settings: Settings) -> VectorIndex:
    if settings.vector_backend == "milvus":
        from assistant.index.milvus_index import (
            MilvusVectorIndex,  # pymilvus only when Milvus is used
        )

        settings.index_dir.mkdir(parents=True, exist_ok=True)
        return MilvusVectorIndex.create(
            dimension, milvus_uri(settings), settings.milvus_collection, _milvus_token(settings)
        )
    faiss_index.set_threads(settings.faiss_threads)
    return faiss_index.FaissVectorIndex.create(dimension, settings.faiss_hnsw_threshold, settings.faiss_ef_search)


def load_vector_index(folder: Path, settings: Settings) -> VectorIndex:
    built_with = "faiss" if (folder / faiss_index.FILE_NAME).exists() else settings.vector_backend
    if built_with != settings.vector_backend:
        raise IndexUnavailableError(
            f"索引由 {built_with} 建立，现设置为 {settings.vector_backend}（POLICY_QA_VECTOR_BACKEND），将重建。"
        )
    if built_with == "milvus":
        from assistant.index.milvus_index import MilvusVectorIndex

        return MilvusVectorIndex.load(folder, milvus_uri(settings), _milvus_token(settings))
    faiss_index.set_threads(settings.faiss_threads)
    return faiss_index.FaissVectorIndex.load(folder, settings.faiss_hnsw_threshold, settings.faiss_ef_search)
