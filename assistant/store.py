"""The persisted index: FAISS vectors + clause metadata (JSON) + a manifest.

Why this shape:
- metadata is JSON, never pickle, so a file someone hands us cannot run code;
- the manifest records what the index was built from (corpus fingerprint, model,
  dimension, format) and checksums of its files, so a stale or damaged index is
  noticed instead of silently answering from the wrong clauses;
- every build goes to a fresh folder and only then becomes current through one
  atomic rename of ``current.json``: a crash mid-build leaves the old index intact.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faiss
import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.corpus.model import Clause, Document

FORMAT_VERSION = 1
_VECTORS = "vectors.faiss"
_DOCUMENTS = "documents.json"
_MANIFEST = "manifest.json"
_CURRENT = "current.json"

log = logging.getLogger(__name__)


class IndexUnavailableError(RuntimeError):
    """The persisted index is missing, stale or damaged; the message says which and what to do."""


def corpus_fingerprint(documents: list[Document]) -> str:
    """Hash of what gets embedded, so a parser change re-indexes even when files did not change."""
    digest = hashlib.sha256()
    for doc in sorted(documents, key=lambda d: d.doc_id):
        digest.update(doc.doc_id.encode())
        digest.update(doc.sha256.encode())
        for clause in doc.clauses:
            digest.update(clause.id.encode())
            digest.update(clause.context.encode())
    return digest.hexdigest()


def _file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@dataclass
class IndexStore:
    """Row ``i`` of ``vectors`` is ``clauses[i]``; documents keep their metadata for citations."""

    documents: list[Document]
    vectors: faiss.Index
    manifest: dict[str, Any]

    def __post_init__(self) -> None:
        self.clauses: list[Clause] = [c for d in self.documents for c in d.clauses]
        self.documents_by_id: dict[str, Document] = {d.doc_id: d for d in self.documents}

    # ---- building -------------------------------------------------------------------
    @classmethod
    def build(
        cls,
        documents: list[Document],
        embeddings: Embeddings,
        model_id: str,
        previous: IndexStore | None = None,
    ) -> IndexStore:
        """Embed every clause, reusing the previous index's vectors for clauses whose text is unchanged."""
        reusable: dict[tuple[str, str], np.ndarray] = {}
        if previous is not None and previous.manifest.get("model_id") == model_id:
            for row, clause in enumerate(previous.clauses):
                reusable[(clause.id, clause.context)] = previous.vectors.reconstruct(row)
        clauses = [c for d in documents for c in d.clauses]
        if not clauses:
            raise IndexUnavailableError("语料中没有可索引的条款 (the corpus has no clauses to index).")
        missing = [c for c in clauses if (c.id, c.context) not in reusable]
        fresh: dict[str, np.ndarray] = {}
        if missing:
            embedded = embeddings.embed_documents([c.context for c in missing])
            fresh = {c.id: np.asarray(v, dtype="float32") for c, v in zip(missing, embedded)}
        matrix = np.vstack([fresh.get(c.id, reusable.get((c.id, c.context))) for c in clauses]).astype("float32")
        faiss.normalize_L2(matrix)
        index = faiss.IndexFlatIP(matrix.shape[1])
        index.add(matrix)
        manifest = {
            "format_version": FORMAT_VERSION,
            "model_id": model_id,
            "dimension": int(matrix.shape[1]),
            "corpus_fingerprint": corpus_fingerprint(documents),
            "n_vectors": int(index.ntotal),
            "documents": [{"doc_id": d.doc_id, "sha256": d.sha256, "clauses": len(d.clauses)} for d in documents],
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "reused_vectors": len(clauses) - len(missing),
        }
        return cls(documents=documents, vectors=index, manifest=manifest)

    def is_current(self, documents: list[Document], model_id: str) -> bool:
        return (
            self.manifest.get("format_version") == FORMAT_VERSION
            and self.manifest.get("model_id") == model_id
            and self.manifest.get("corpus_fingerprint") == corpus_fingerprint(documents)
        )

    # ---- persistence ----------------------------------------------------------------
    def save(self, index_dir: Path) -> Path:
        """Write a complete build folder, then switch ``current.json`` to it atomically."""
        builds = index_dir / "builds"
        builds.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=builds))
        faiss.write_index(self.vectors, str(staging / _VECTORS))
        _write_json(staging / _DOCUMENTS, [d.to_dict() for d in self.documents])
        manifest = dict(self.manifest)
        manifest["checksums"] = {name: _file_sha256(staging / name) for name in (_VECTORS, _DOCUMENTS)}
        _write_json(staging / _MANIFEST, manifest)
        name = f"{manifest['corpus_fingerprint'][:16]}-{int(time.time() * 1000)}"
        final = builds / name
        staging.rename(final)
        pointer = index_dir / f".{_CURRENT}.tmp"
        _write_json(pointer, {"build": name})
        os.replace(pointer, index_dir / _CURRENT)
        self.manifest = manifest
        _remove_other_builds(builds, keep=name)
        return final

    @classmethod
    def load(cls, index_dir: Path) -> IndexStore:
        """Load the current build, checking every file against the manifest's checksums."""
        pointer = index_dir / _CURRENT
        if not pointer.exists():
            raise IndexUnavailableError(f"索引不存在：{index_dir}（运行 `policy-qa build` 建立索引）。")
        try:
            build = index_dir / "builds" / json.loads(pointer.read_text(encoding="utf-8"))["build"]
            manifest = json.loads((build / _MANIFEST).read_text(encoding="utf-8"))
            for name, expected in manifest["checksums"].items():
                if _file_sha256(build / name) != expected:
                    raise IndexUnavailableError(f"索引文件已损坏：{build / name}（校验和不符）。")
            documents = [Document.from_dict(d) for d in json.loads((build / _DOCUMENTS).read_text(encoding="utf-8"))]
            vectors = faiss.read_index(str(build / _VECTORS))
        except IndexUnavailableError:
            raise
        except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
            raise IndexUnavailableError(f"索引无法读取：{index_dir}（{type(exc).__name__}: {exc}）。") from exc
        store = cls(documents=documents, vectors=vectors, manifest=manifest)
        if vectors.ntotal != len(store.clauses) or vectors.d != manifest.get("dimension"):
            raise IndexUnavailableError(f"索引不一致：{build}（向量数或维度与条款不符）。")
        return store

    # ---- search ---------------------------------------------------------------------
    def dense_scores(self, query_vector: np.ndarray) -> np.ndarray:
        """Cosine of the query against every clause (exact; the corpus is small enough to score whole)."""
        query = np.asarray(query_vector, dtype="float32").reshape(1, -1)
        faiss.normalize_L2(query)
        scores, rows = self.vectors.search(query, self.vectors.ntotal)
        result = np.empty(self.vectors.ntotal, dtype="float32")
        result[rows[0]] = scores[0]
        return result


def _remove_other_builds(builds: Path, keep: str) -> None:
    for path in builds.iterdir():
        if path.name != keep:
            shutil.rmtree(path, ignore_errors=True)


def open_index(
    index_dir: Path,
    documents: list[Document],
    embeddings: Embeddings,
    model_id: str,
    rebuild: bool = False,
) -> tuple[IndexStore, str]:
    """Load the persisted index if it matches the corpus and model, else (re)build it.

    Returns the store and what happened ("loaded", "built", "rebuilt: <why>") so
    surfaces can tell the user. A damaged index is rebuilt from the source
    documents, which are never touched, so nothing is lost.
    """
    previous: IndexStore | None = None
    status = "rebuilt: 按要求重建" if rebuild else "built"
    if not rebuild:
        try:
            previous = IndexStore.load(index_dir)
        except IndexUnavailableError as exc:
            if (index_dir / _CURRENT).exists():
                log.warning("%s 正在从源文件重建索引。", exc)
                status = f"rebuilt: {exc}"
        else:
            if previous.is_current(documents, model_id):
                return previous, "loaded"
            status = "rebuilt: 语料或模型已变化"
    store = IndexStore.build(documents, embeddings, model_id, previous=previous)
    store.save(index_dir)
    return store, status
