"""The persisted index: vectors (a `VectorIndex`) + the catalog as JSON + a manifest.

Why this shape:
- metadata is JSON, never pickle, so a file someone hands us cannot run code;
- the manifest records what the index was built from (corpus fingerprint, model,
  dimension, format, the source files) and checksums of its files, so a stale or
  damaged index is noticed instead of silently answering from the wrong clauses;
- every build goes to a fresh folder and only then becomes current through one
  atomic rename of ``current.json``, which also carries a generation number: a
  crash mid-build leaves the old index intact, and a reader in another process
  notices a newer generation with one small read.

Writers hold the library lock (`assistant.index.lock`) around `save`, so two
processes never stage, switch or prune at the same time; readers take no lock and
retry when a build they were reading is replaced under them.
"""

from __future__ import annotations

import errno
import gc
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.corpus.model import Document
from assistant.errors import IndexUnavailableError
from assistant.index.catalog import Catalog
from assistant.index.chunking import passages
from assistant.index.factory import create_vector_index, load_vector_index
from assistant.index.keyword import KeywordIndex
from assistant.index.pointer import CURRENT, FORMAT_VERSION, read_pointer
from assistant.index.vector import VectorIndex

_DOCUMENTS = "documents.json"
_ROW_CLAUSE = "row_clause.npy"
_MANIFEST = "manifest.json"
#: how many times a reader re-reads ``current.json`` when the build it was reading is replaced
_LOAD_ATTEMPTS = 5
#: passages per embedding call: small enough for a progress bar to move (and for a kill to lose little: the
#: vector cache is written per call), large enough that the batches run side by side on every core
#: (onnx-int8) leave a core idle only at the end of each call
EMBED_CHUNK = 1024

log = logging.getLogger(__name__)

#: (total, done-so-far callback) → called by `build` as passages are embedded
EmbedProgress = Callable[[int], Callable[[int], None]]


def corpus_fingerprint(documents: list[Document]) -> str:
    """Hash of what gets embedded and of everything parsed (metadata and facts), so a parser change
    re-indexes even when files did not change (unchanged passages keep their vectors)."""
    digest = hashlib.sha256()
    for doc in sorted(documents, key=lambda d: d.doc_id):
        digest.update(json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True, default=str).encode())
        for clause in doc.clauses:
            for passage in passages(clause):
                digest.update(passage.encode())
    return digest.hexdigest()


def document_summary(document: Document) -> dict[str, Any]:
    """Every field of a document but its clauses (and their count): what a listing needs, kept in the manifest."""
    row = {k: v for k, v in document.to_dict().items() if k != "clauses"}
    row["clauses"] = len(document.clauses)
    return row


def _file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_documents(path: Path) -> list[Document]:
    """The stored documents, read with the cyclic garbage collector paused.

    A laws library is ~150,000 clauses: building that many objects set off repeated full
    collections over everything already loaded, which were most of the load (parse and build
    3.6 s → 1.0 s measured on the laws build). Nothing here makes cycles; the collector's state
    is restored after, and what was read is frozen out of later collections, which would
    otherwise rescan it during questions. Objects frozen are still freed when no longer used
    (reference counting), so a build swapped out does not stay.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        documents = [Document.from_dict(d) for d in json.loads(path.read_text(encoding="utf-8"))]
    finally:
        if was_enabled:
            gc.enable()
    gc.freeze()  # long-lived: later collections (during questions) skip them instead of rescanning them all
    return documents


def _compact(document: Document) -> dict[str, Any]:
    """A document as stored in a build: clause fields left at their default (None, []) are left out,
    which the reader restores; a library of laws loads several times faster (most fields are empty)."""
    row = document.to_dict()
    row["clauses"] = [{k: v for k, v in c.items() if v is not None and v != []} for c in row["clauses"]]
    return row


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@dataclass
class IndexStore:
    """One build: the catalog, its passage vectors (id = catalog row) and the manifest."""

    catalog: Catalog
    vectors: VectorIndex
    #: BM25 over the clauses, saved with the build and memory-mapped at load (never re-tokenized)
    keywords: KeywordIndex
    manifest: dict[str, Any]

    @property
    def generation(self) -> int:
        return int(self.manifest.get("generation", 0))

    # ---- building -------------------------------------------------------------------
    @classmethod
    def build(
        cls,
        documents: list[Document],
        embeddings: Embeddings,
        model_id: str,
        settings: Settings,
        previous: IndexStore | None = None,
        progress: EmbedProgress | None = None,
    ) -> IndexStore:
        """Embed every passage, reusing the previous index's vectors for passages that are unchanged.

        `settings` chooses the vector engine (FAISS or Milvus) and its parameters.
        """
        catalog = Catalog(documents)
        keys = catalog.row_keys()
        if not keys:
            raise IndexUnavailableError("语料中没有可索引的条款。")
        # A vector depends on its passage text alone: one per distinct text, whichever clause or
        # document (a new version of a law repeats most articles) it comes from.
        texts = [passage for _, passage in keys]
        known: dict[str, np.ndarray] = {}
        if previous is not None and previous.manifest.get("model_id") == model_id:
            wanted = set(texts)
            for row, (_, passage) in enumerate(previous.catalog.row_keys()):
                if passage in wanted and passage not in known:
                    known[passage] = previous.vectors.vector(row)
        reused = sum(t in known for t in texts)
        # longest first, so each call's batches hold passages of about one length (little padding)
        missing = sorted({t for t in texts if t not in known}, key=lambda t: (-len(t), t))
        if missing:
            advance = progress(len(missing)) if progress else None
            for start in range(0, len(missing), EMBED_CHUNK):
                chunk = missing[start:start + EMBED_CHUNK]
                embedded = embeddings.embed_documents(chunk)
                known.update({t: np.asarray(v, dtype="float32") for t, v in zip(chunk, embedded)})
                if advance:
                    advance(len(chunk))
        matrix = np.vstack([known[t] for t in texts]).astype("float32")
        vectors = create_vector_index(matrix.shape[1], settings)
        vectors.add(np.arange(len(keys), dtype="int64"), matrix)
        manifest = {
            "format_version": FORMAT_VERSION,
            "model_id": model_id,
            "dimension": int(matrix.shape[1]),
            "corpus_fingerprint": corpus_fingerprint(documents),
            "n_vectors": vectors.count(),
            "documents": [document_summary(d) for d in documents],
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "reused_vectors": reused,
        }
        return cls(catalog=catalog, vectors=vectors, keywords=KeywordIndex.build(catalog.clauses), manifest=manifest)

    def is_current(self, documents: list[Document], model_id: str) -> bool:
        return (
            self.manifest.get("format_version") == FORMAT_VERSION
            and self.manifest.get("model_id") == model_id
            and self.manifest.get("corpus_fingerprint") == corpus_fingerprint(documents)
        )

    # ---- persistence ----------------------------------------------------------------
    def save(self, index_dir: Path) -> Path:
        """Write a complete build folder, then switch ``current.json`` to it atomically.

        The caller holds the library lock, so the generation read here cannot be taken
        by another writer, and every other folder under ``builds/`` (an older build, or
        the staging folder of a writer that was killed) can go. A write that fails
        (disk full) removes its staging folder and leaves the current build as it was.
        """
        builds = index_dir / "builds"
        builds.mkdir(parents=True, exist_ok=True)
        pointer = read_pointer(index_dir)
        generation = int(pointer.get("generation", 0)) + 1 if pointer else 1
        manifest = {**self.manifest, "generation": generation}
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=builds))
        try:
            files = [*self.vectors.save(staging), *self.keywords.save(staging)]
            _write_json(staging / _DOCUMENTS, [_compact(d) for d in self.catalog.documents])
            np.save(staging / _ROW_CLAUSE, self.catalog.row_clause, allow_pickle=False)
            manifest["checksums"] = {name: _file_sha256(staging / name) for name in (*files, _DOCUMENTS, _ROW_CLAUSE)}
            _write_json(staging / _MANIFEST, manifest)
            name = f"g{generation:06d}-{manifest['corpus_fingerprint'][:12]}"
            final = builds / name
            shutil.rmtree(final, ignore_errors=True)  # a leftover of a writer killed after its rename
            staging.rename(final)
            temp_pointer = index_dir / f".{CURRENT}.tmp"
            _write_json(temp_pointer, {"build": name, "generation": generation})
            os.replace(temp_pointer, index_dir / CURRENT)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            log.exception("writing the index under %s failed", index_dir)
            reason = "磁盘空间不足" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else "无法写入索引文件夹"
            raise IndexUnavailableError(f"{reason}，索引未更新（原有索引和文件都保持不变）。请释放空间或检查权限后重试。") from exc
        self.manifest = manifest
        for path in builds.iterdir():
            if path.name != name:
                shutil.rmtree(path, ignore_errors=True)
        return final

    @classmethod
    def load(cls, index_dir: Path, settings: Settings) -> IndexStore:
        """Load the current build, checking every file against the manifest's checksums.

        When a writer in another process switches builds while this one reads, the
        files vanish mid-read; the pointer is then read again (a few times) before the
        index counts as unreadable.
        """
        for attempt in range(_LOAD_ATTEMPTS):
            pointer = read_pointer(index_dir)
            if pointer is None:
                raise IndexUnavailableError("索引不存在（运行 `policy-qa build` 建立索引）。")
            try:
                return cls._load_build(index_dir / "builds" / str(pointer.get("build")), settings)
            except IndexUnavailableError:
                if read_pointer(index_dir) == pointer or attempt == _LOAD_ATTEMPTS - 1:
                    raise
                log.info("index build replaced while loading it; reading current.json again")
        raise AssertionError("unreachable")

    @classmethod
    def _load_build(cls, build: Path, settings: Settings) -> IndexStore:
        try:
            manifest = json.loads((build / _MANIFEST).read_text(encoding="utf-8"))
            if manifest.get("format_version") != FORMAT_VERSION:
                raise IndexUnavailableError(f"索引格式已过期（{manifest.get('format_version')} → {FORMAT_VERSION}）。")
            for name, expected in manifest["checksums"].items():
                if _file_sha256(build / name) != expected:
                    raise IndexUnavailableError(f"索引文件已损坏：{name}（校验和不符）。")
            documents = _read_documents(build / _DOCUMENTS)
            # a build written before row_clause was stored derives it from the documents
            row_clause = np.load(build / _ROW_CLAUSE, allow_pickle=False) if _ROW_CLAUSE in manifest["checksums"] else None
            vectors = load_vector_index(build, settings)
            keywords = KeywordIndex.load(build)
        except IndexUnavailableError:
            raise
        except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
            log.warning("index build %s unreadable: %r", build, exc)
            raise IndexUnavailableError("索引无法读取（文件缺失或已损坏）。") from exc
        catalog = Catalog(documents, row_clause)
        store = cls(catalog=catalog, vectors=vectors, keywords=keywords, manifest=manifest)
        rows = catalog.row_clause
        if (
            vectors.count() != len(rows)
            or (len(rows) and not 0 <= int(rows.min()) <= int(rows.max()) < len(catalog.clauses))
            or vectors.dimension != manifest.get("dimension")
            or keywords.count() != len(store.catalog.clauses)
        ):
            raise IndexUnavailableError("索引不一致（向量数或维度与条款不符）。")
        return store


def load_existing(index_dir: Path, settings: Settings) -> tuple[IndexStore | None, str]:
    """The current build, or None with why: "built" when there is none, "rebuilt: <why>" when it is damaged."""
    try:
        return IndexStore.load(index_dir, settings), "loaded"
    except IndexUnavailableError as exc:
        if read_pointer(index_dir) is None:
            return None, "built"
        log.warning("%s 正在从源文件重建索引。", exc)
        return None, f"rebuilt: {exc}"


def open_index(
    index_dir: Path,
    documents: list[Document],
    embeddings: Embeddings,
    model_id: str,
    settings: Settings,
    rebuild: bool = False,
    progress: EmbedProgress | None = None,
    manifest_extra: dict[str, Any] | None = None,
    existing: tuple[IndexStore | None, str] | None = None,
) -> tuple[IndexStore, str]:
    """Load the persisted index if it matches the documents and model, else (re)build it.

    Returns the store and what happened ("loaded", "built", "rebuilt: <why>") so
    surfaces can tell the user. A damaged index is rebuilt from the source
    documents, which are never touched, so nothing is lost. `existing` is the result
    of `load_existing` when the caller already read it; `manifest_extra` is recorded
    in a new build's manifest (the library's source files) and must match for a load.
    """
    extra = manifest_extra or {}
    previous, status = existing or load_existing(index_dir, settings)
    if rebuild:
        status = "rebuilt: 按要求重建"
    elif previous is not None:
        if previous.is_current(documents, model_id) and all(previous.manifest.get(k) == v for k, v in extra.items()):
            return previous, "loaded"
        status = "rebuilt: 语料或模型已变化"
    store = IndexStore.build(documents, embeddings, model_id, settings, previous=previous, progress=progress)
    store.manifest.update(extra)
    store.save(index_dir)
    return store, status
