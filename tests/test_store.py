"""Index persistence: manifest decides rebuilds, writes are atomic, damage is detected and repaired."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import IndexUnavailableError
from assistant.index.chunking import PASSAGE_CHARS, passages
from assistant.index.store import IndexStore, corpus_fingerprint, open_index
from assistant.retrieval.hybrid import HybridSearch

#: the engine settings (FAISS, exact): the folders under test are passed explicitly
SETTINGS = Settings()


def _current_build(index_dir: Path) -> Path:
    return index_dir / "builds" / json.loads((index_dir / "current.json").read_text())["build"]


def test_build_save_load_roundtrip(tmp_path, corpus, fake_embeddings):
    store, status = open_index(tmp_path, corpus, fake_embeddings, "fake-16", SETTINGS)
    assert status == "built"
    loaded = IndexStore.load(tmp_path, SETTINGS)
    assert [c.id for c in loaded.catalog.clauses] == [c.id for c in store.catalog.clauses]
    assert loaded.vectors.count() == len(loaded.catalog.row_clause) > len(loaded.catalog.clauses) > 100
    assert loaded.manifest["model_id"] == "fake-16"
    assert loaded.manifest["dimension"] == 16
    assert loaded.manifest["corpus_fingerprint"] == corpus_fingerprint(corpus)
    # metadata is plain JSON, never a pickle; the passage→clause map is a plain array
    build = _current_build(tmp_path)
    assert {p.name for p in build.iterdir()} == {"vectors.faiss", "keywords", "documents.json", "row_clause.npy", "manifest.json"}
    assert loaded.keywords.count() == len(loaded.catalog.clauses)  # BM25 saved with the build, loaded mapped
    json.loads((build / "documents.json").read_text(encoding="utf-8"))
    # what a load restores equals what was built: empty clause fields are left out of the file, not lost
    assert [d.to_dict() for d in loaded.catalog.documents] == [d.to_dict() for d in store.catalog.documents]
    assert loaded.catalog.row_clause.tolist() == store.catalog.row_clause.tolist()
    assert loaded.catalog.row_passages == store.catalog.row_passages


def test_loaded_when_current_rebuilt_when_corpus_or_model_changes(tmp_path, corpus, fake_embeddings):
    open_index(tmp_path, corpus, fake_embeddings, "fake-16", SETTINGS)
    _, status = open_index(tmp_path, corpus, fake_embeddings, "fake-16", SETTINGS)
    assert status == "loaded"

    changed = [replace(corpus[0], clauses=corpus[0].clauses[:-1]), *corpus[1:]]
    store, status = open_index(tmp_path, changed, fake_embeddings, "fake-16", SETTINGS)
    assert status.startswith("rebuilt")
    # unchanged clauses keep their vectors: only what changed is embedded again
    assert store.manifest["reused_vectors"] == store.vectors.count()

    store, status = open_index(tmp_path, changed, fake_embeddings, "another-model", SETTINGS)
    assert status.startswith("rebuilt")
    assert store.manifest["reused_vectors"] == 0


@pytest.mark.parametrize("damaged", ["vectors.faiss", "row_clause.npy", "documents.json"])
def test_corrupt_index_is_reported_then_rebuilt_from_sources(tmp_path, corpus, fake_embeddings, damaged):
    open_index(tmp_path, corpus, fake_embeddings, "fake-16", SETTINGS)
    (_current_build(tmp_path) / damaged).write_bytes(b"not what was written")
    with pytest.raises(IndexUnavailableError, match="损坏"):
        IndexStore.load(tmp_path, SETTINGS)
    store, status = open_index(tmp_path, corpus, fake_embeddings, "fake-16", SETTINGS)
    assert status.startswith("rebuilt") and "损坏" in status
    assert IndexStore.load(tmp_path, SETTINGS).vectors.count() == len(store.catalog.row_clause)


def test_missing_index_has_clear_message(tmp_path):
    with pytest.raises(IndexUnavailableError, match="policy-qa build"):
        IndexStore.load(tmp_path / "nothing-here", SETTINGS)


def test_interrupted_build_leaves_previous_index_usable(tmp_path, corpus, fake_embeddings):
    open_index(tmp_path, corpus, fake_embeddings, "fake-16", SETTINGS)
    # a crash mid-build leaves a staging folder behind and current.json untouched
    (tmp_path / "builds" / ".staging-crashed").mkdir()
    (tmp_path / "builds" / ".staging-crashed" / "vectors.faiss").write_bytes(b"half")
    _, status = open_index(tmp_path, corpus, fake_embeddings, "fake-16", SETTINGS)
    assert status == "loaded"


def test_long_clause_is_embedded_whole_and_in_pieces_and_scores_as_its_best_piece(tmp_path, corpus, fake_embeddings):
    goals = next(c for c in corpus[0].clauses if c.clause == "（三）")  # 主要目标: several paragraphs
    pieces = passages(goals)
    assert pieces[0] == goals.context and len(pieces) > 2
    assert all(p.startswith("一、总体要求 （三）主要目标") for p in pieces)
    heading = goals.context[: len(goals.context) - len(goals.text)]
    bodies = [p[len(heading):] for p in pieces[1:]]
    assert all(body in goals.text for body in bodies)
    assert "".join("".join(bodies).split()) == "".join(goals.text.split())  # every sentence in one piece
    assert max(len(b) for b in bodies) < 2 * PASSAGE_CHARS

    store, _ = open_index(tmp_path, corpus, fake_embeddings, "fake-16", SETTINGS)
    row = next(r for r, (i, p) in enumerate(store.catalog.row_passages) if p == pieces[2])
    search = HybridSearch(store, fake_embeddings, Settings())
    scores = search.dense_scores(store.vectors.vector(row))
    assert scores[store.catalog.clauses.index(goals)] == pytest.approx(1.0, abs=1e-5)
