"""Shared fixtures.

Fast tests use small inputs and LangChain's deterministic fake embedding for
plumbing. Tests marked `slow` load the real converted model and build a real
index once per session (in a temporary cache folder, reusing the converted
model from the normal model cache so it is converted at most once per machine).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.embeddings import DeterministicFakeEmbedding

from assistant.config import REPO_ROOT, Settings, get_settings
from assistant.corpus import load_corpus
from assistant.corpus.model import Document

CORPUS_DIR = REPO_ROOT / "index" / "corpus"


@pytest.fixture(scope="session")
def corpus() -> list[Document]:
    return load_corpus([CORPUS_DIR])


@pytest.fixture()
def fake_embeddings() -> DeterministicFakeEmbedding:
    return DeterministicFakeEmbedding(size=16)


@pytest.fixture()
def tmp_settings(tmp_path: Path) -> Settings:
    """Settings whose index and uploads live in a temporary folder (the model cache is shared)."""
    return get_settings().model_copy(update={"cache_dir": tmp_path / "cache", "upload_dir": tmp_path / "uploads"})


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    """The real assistant: real model, real index, default corpus."""
    from assistant import Assistant

    root = tmp_path_factory.mktemp("assistant")
    settings = get_settings().model_copy(update={"cache_dir": root / "cache", "upload_dir": root / "uploads"})
    return Assistant.load(settings)
