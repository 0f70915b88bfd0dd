"""Settings whose defaults follow other settings."""

from __future__ import annotations

import pytest

from assistant.config import MIN_DENSE_SCORE_BY_BACKEND, Settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in ("POLICY_QA_EMBED_BACKEND", "POLICY_QA_MIN_DENSE_SCORE", "POLICY_QA_CACHE_DIR"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("backend", ["torch", "onnx-int8", "static"])
def test_abstention_threshold_follows_the_embedding_backend(backend, monkeypatch):
    monkeypatch.setenv("POLICY_QA_EMBED_BACKEND", backend)
    assert Settings().min_dense_score == MIN_DENSE_SCORE_BY_BACKEND[backend]
    assert Settings(embed_backend=backend).min_dense_score == MIN_DENSE_SCORE_BY_BACKEND[backend]


def test_static_backend_gets_a_lower_threshold_than_e5():
    assert Settings(embed_backend="static").min_dense_score < Settings(embed_backend="torch").min_dense_score


def test_a_threshold_set_by_the_user_wins_over_the_backend_default(monkeypatch):
    monkeypatch.setenv("POLICY_QA_EMBED_BACKEND", "static")
    monkeypatch.setenv("POLICY_QA_MIN_DENSE_SCORE", "0.9")
    assert Settings().min_dense_score == 0.9
    assert Settings(embed_backend="torch", min_dense_score=0.5).min_dense_score == 0.5


def test_storage_still_follows_the_cache_folder(tmp_path, monkeypatch):
    for name in ("POLICY_QA_UPLOAD_DIR", "POLICY_QA_MODELS_DIR", "POLICY_QA_VECTORS_DIR"):  # set by hand, they win
        monkeypatch.delenv(name, raising=False)
    settings = Settings(cache_dir=tmp_path)
    assert settings.upload_dir == tmp_path / "uploads"
    assert settings.models_dir == tmp_path / "models"
    assert settings.vectors_dir == tmp_path / "vectors"
    # a library in another folder made from these settings (the eval's suites) shares the passage vectors
    assert settings.model_copy(update={"cache_dir": tmp_path / "other"}).vectors_dir == tmp_path / "vectors"
