"""The persisted index: vectors (a `VectorIndex`) + the catalog as JSON + a manifest.

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

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.corpus.model import Document
from assistant.errors import IndexUnavailableError
from assistant.index.catalog import Catalog
from assistant.index.chunking import passages
from assistant.index.factory import create_vector_index, load_vector_index
from assistant.index.vector import VectorIndex

FORMAT_VERSION = 3
_DOCUMENTS = "documents.json"
_MANIFEST = "manifest.json"
_CURRENT = "current.json"

log = logging.getLogger(__name__)


def corpus_fingerprint(documents: list[Document]) -> str:
    """Hash of what gets embedded, so a parser change re-indexes even when files did not change."""
    digest = hashlib.sha256()
    for doc in sorted(documents, key=lambda d: d.doc_id):
        digest.update(doc.doc_id.encode())
        digest.update(doc.sha256.encode())
        for clause in doc.clauses:
            digest.update(clause.id.encode())
            for passage in passages(clause):
                digest.update(passage.encode())
    return digest.hexdigest()


def _file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@dataclass
class IndexStore:
    """One build: the catalog, its passage vectors (id = catalog row) and the manifest."""

    catalog: Catalog
    vectors: VectorIndex
    manifest: dict[str, Any]

    # ---- building -------------------------------------------------------------------
    @classmethod
    def build(
        cls,
        documents: list[Document],
        embeddings: Embeddings,
        model_id: str,
        previous: IndexStore | None = None,
    ) -> IndexStore:
        """Embed every passage, reusing the previous index's vectors for passages that are unchanged."""
        catalog = Catalog(documents)
        keys = catalog.row_keys()
        if not keys:
            raise IndexUnavailableError("语料中没有可索引的条款 (the corpus has no clauses to index).")
        known: dict[tuple[str, str], np.ndarray] = {}
        if previous is not None and previous.manifest.get("model_id") == model_id:
            wanted = set(keys)
            for row, key in enumerate(previous.catalog.row_keys()):
                if key in wanted:
                    known[key] = previous.vectors.vector(row)
        reused = sum(k in known for k in keys)
        missing = list(dict.fromkeys(k for k in keys if k not in known))
        if missing:
            embedded = embeddings.embed_documents([passage for _, passage in missing])
            known.update({k: np.asarray(v, dtype="float32") for k, v in zip(missing, embedded)})
        matrix = np.vstack([known[k] for k in keys]).astype("float32")
        vectors = create_vector_index(matrix.shape[1])
        vectors.add(np.arange(len(keys), dtype="int64"), matrix)
        manifest = {
            "format_version": FORMAT_VERSION,
            "model_id": model_id,
            "dimension": int(matrix.shape[1]),
            "corpus_fingerprint": corpus_fingerprint(documents),
            "n_vectors": vectors.count(),
            "documents": [{"doc_id": d.doc_id, "sha256": d.sha256, "clauses": len(d.clauses)} for d in documents],
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "reused_vectors": reused,
        }
        return cls(catalog=catalog, vectors=vectors, manifest=manifest)

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
        files = self.vectors.save(staging)
        _write_json(staging / _DOCUMENTS, [d.to_dict() for d in self.catalog.documents])
        manifest = dict(self.manifest)
        manifest["checksums"] = {name: _file_sha256(staging / name) for name in (*files, _DOCUMENTS)}
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
            if manifest.get("format_version") != FORMAT_VERSION:
                raise IndexUnavailableError(f"索引格式已过期（{manifest.get('format_version')} → {FORMAT_VERSION}）。")
            for name, expected in manifest["checksums"].items():
                if _file_sha256(build / name) != expected:
                    raise IndexUnavailableError(f"索引文件已损坏：{build / name}（校验和不符）。")
            documents = [Document.from_dict(d) for d in json.loads((build / _DOCUMENTS).read_text(encoding="utf-8"))]
            vectors = load_vector_index(build)
        except IndexUnavailableError:
            raise
        except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
            raise IndexUnavailableError(f"索引无法读取：{index_dir}（{type(exc).__name__}: {exc}）。") from exc
        store = cls(catalog=Catalog(documents), vectors=vectors, manifest=manifest)
        if vectors.count() != len(store.catalog.row_clause) or vectors.dimension != manifest.get("dimension"):
            raise IndexUnavailableError(f"索引不一致：{build}（向量数或维度与条款不符）。")
        return store


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
