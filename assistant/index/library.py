"""The library: the documents a user keeps and the index built from them, shared by many processes.

The source files are the truth, the index is derived from them:
- the shipped corpus (read-only) and the upload folder are the sources; each build's
  manifest records their checksums and the parser's version, so a build is current
  exactly when both match (checked with a few `stat` calls, no parsing);
- every write (add, remove, build) holds the library lock (`lock.py`) from reading
  the sources to switching ``current.json``; an add copies its files into the upload
  folder (each an atomic rename) and then builds. A process killed in between leaves
  files the index does not hold yet, and the next run that opens the library indexes
  them: the old index is served meanwhile, and no half index is ever current;
- unchanged documents are not parsed again, and unchanged passages not embedded again.

File intake (names, parsing, progress) is in `intake.py`; what remains (~370 lines) stays one
class because add, remove and sync share one lock protocol and one rollback rule.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from assistant.config import Settings
from assistant.corpus import SUPPORTED_SUFFIXES
from assistant.corpus.model import Document
from assistant.index.intake import (
    FileReport,
    Progress,
    expand,
    file_sha256,
    parse_files,
    safe_doc_id,
)
from assistant.index.lock import library_lock
from assistant.index.pointer import read_current_manifest

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from assistant.index.store import IndexStore

_ORIGINALS = ".originals.json"
_INCOMING = ".incoming"
_PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def parser_version() -> str:
    """Hash of the code that turns a file into clauses and passages: a change re-parses every source."""
    digest = hashlib.sha256()
    files = [*sorted((_PACKAGE / "corpus").glob("*.py")), *sorted((_PACKAGE / "lexicon").glob("*.py"))]
    for path in [*files, _PACKAGE / "index" / "chunking.py"]:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Source:
    path: Path
    size: int
    mtime_ns: int

    @property
    def doc_id(self) -> str:
        return self.path.stem


class Library:
    """Sources + index of one cache folder; safe to use from several processes at once."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.index_dir = settings.index_dir
        self.upload_dir = settings.upload_dir

    # ---- reading (no lock) --------------------------------------------------------------
    def sources(self) -> list[Source]:
        """Supported files of the shipped corpus and the upload folder (hidden and ~$ lock files skipped)."""
        found = []
        for folder in (self.settings.corpus_dir, self.upload_dir):
            if not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                if path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith((".", "~$")):
                    if path.is_file():
                        stat = path.stat()
                        found.append(Source(path, stat.st_size, stat.st_mtime_ns))
        return found

    def manifest(self) -> dict[str, Any] | None:
        """The current build's manifest (cheap: one small JSON file), or None when there is no index yet."""
        return read_current_manifest(self.index_dir)

    def summaries(self) -> list[dict[str, Any]]:
        """Each indexed document's fields (no clauses), from the manifest: a listing without loading the index."""
        return list((self.manifest() or {}).get("documents", []))

    def _held_sources(self) -> dict[str, str]:
        """Source path → checksum, from the current build, for the source files that still exist."""
        return {k: sha for k, sha in (self.manifest() or {}).get("sources", {}).items() if Path(k).is_file()}

    def pending(self) -> list[str]:
        """Source files the current build does not hold as they are now (an add that was interrupted)."""
        stats = (self.manifest() or {}).get("source_stats", {})
        return [s.path.name for s in self.sources() if stats.get(str(s.path)) != [s.size, s.mtime_ns]]

    def _state(self, previous: dict[str, Any] | None) -> dict[str, Any]:
        """What a build is made from: each source's checksum (re-hashed only when its size or mtime moved)."""
        old_stats = (previous or {}).get("source_stats", {})
        old_shas = (previous or {}).get("sources", {})
        shas, stats = {}, {}
        for source in self.sources():
            key, stat = str(source.path), [source.size, source.mtime_ns]
            shas[key] = old_shas[key] if old_stats.get(key) == stat and key in old_shas else file_sha256(source.path)
            stats[key] = stat
        return {"sources": shas, "source_stats": stats, "parser_version": parser_version()}

    def is_current(self, store: IndexStore, model_id: str) -> bool:
        state = self._state(store.manifest)
        return store.manifest.get("model_id") == model_id and all(store.manifest.get(k) == v for k, v in state.items())

    # ---- opening ------------------------------------------------------------------------
    def open(
        self, embeddings: Embeddings, model_id: str, progress: Progress, rebuild: bool = False
    ) -> tuple[IndexStore, str]:
        """The current build when it matches the sources; else (re)build it under the lock."""
        from assistant.index.store import load_existing

        if not rebuild:
            store, status = load_existing(self.index_dir, self.settings)
            if store is not None and self.is_current(store, model_id):
                return store, status
        with self.write_lock(progress):
            return self._sync(embeddings, model_id, progress, rebuild=rebuild)

    @contextmanager
    def write_lock(self, progress: Progress) -> Iterator[None]:
        with library_lock(self.settings.cache_dir, self.settings.lock_timeout_s, on_wait=progress.stage):
            yield

    def _sync(
        self,
        embeddings: Embeddings,
        model_id: str,
        progress: Progress,
        rebuild: bool = False,
        parsed: dict[str, Document] | None = None,
    ) -> tuple[IndexStore, str]:
        """Make the current build match the sources (caller holds the lock). `parsed`: documents by sha256."""
        from assistant.index.store import load_existing, open_index

        existing = load_existing(self.index_dir, self.settings)
        previous = existing[0]
        if previous is not None and not rebuild and self.is_current(previous, model_id):
            return previous, "loaded"
        state = self._state(previous.manifest if previous else None)
        reusable = dict(parsed or {})
        if previous is not None and previous.manifest.get("parser_version") == state["parser_version"]:
            reusable.update({d.sha256: d for d in previous.catalog.documents})
        originals = self._originals()
        documents: dict[str, Document | None] = {}  # by source path, in the sources' order
        to_parse, skipped = [], {}
        seen: dict[str, str] = {}
        for key, sha in state["sources"].items():
            path = Path(key)
            if path.stem in seen:
                skipped[key] = f"{path.name}：文件编号 {path.stem} 与 {seen[path.stem]} 重复，未编入索引。"
                continue
            seen[path.stem] = path.name
            known = reusable.get(sha)
            documents[key] = known if known is not None and known.doc_id == path.stem else None
            if documents[key] is None:
                to_parse.append(path)
        if to_parse:
            progress.stage(f"解析 {len(to_parse)} 份文件…")
        for path, result in parse_files(to_parse, progress, self.settings, self._is_shipped).items():
            if isinstance(result, str):
                skipped[str(path)] = result
                del documents[str(path)]
            else:
                documents[str(path)] = result
        ordered = [d for d in documents.values() if d is not None]
        for document in ordered:
            document.original_name = originals.get(document.doc_id, document.original_name)
        state["skipped"] = skipped
        progress.stage(f"建立索引：{len(ordered)} 份文件…")
        store, status = open_index(
            self.index_dir, ordered, embeddings, model_id, self.settings, rebuild=rebuild,
            progress=self._embed_progress(progress), manifest_extra=state, existing=existing,
        )
        if status != "loaded":
            progress.stage(f"索引已写入（第 {store.generation} 代，{store.vectors.count()} 个段落向量）。")
        return store, status

    @staticmethod
    def _embed_progress(progress: Progress):
        def start(total: int):
            progress.stage(f"嵌入 {total} 个新段落（首次使用时先加载模型）…")
            bar = progress.bar(total, "嵌入", "段")

            def advance(n: int) -> None:
                bar.update(n)
                if bar.n >= total:
                    bar.close()
            return advance
        return start

    def _is_shipped(self, path: Path) -> bool:
        """The shipped corpus is trusted: parsed in-process, as `assistant.corpus.load_corpus` does."""
        return path.parent.resolve() == Path(self.settings.corpus_dir).resolve()

    def _shipped_ids(self) -> set[str]:
        folder = self.settings.corpus_dir
        return {p.stem for p in folder.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES} if folder.is_dir() else set()

    def _originals(self) -> dict[str, str]:
        try:
            return json.loads((self.upload_dir / _ORIGINALS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _write_originals(self, originals: dict[str, str]) -> None:
        temp = self.upload_dir / f"{_ORIGINALS}.tmp"
        temp.write_text(json.dumps(originals, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, self.upload_dir / _ORIGINALS)

    # ---- writing ------------------------------------------------------------------------
    def add(
        self, paths: list[Path], embeddings: Embeddings, model_id: str, progress: Progress
    ) -> tuple[list[FileReport], IndexStore | None]:
        """Add files and folders; each file is added, updated (same name, new content), unchanged or refused.

        Files are parsed from a private staging copy before the lock is taken; under the
        lock they are moved into the upload folder and indexed. If indexing fails (disk
        full, model unavailable) the upload folder is put back as it was.
        """
        files, reports = expand(paths)
        # what the library holds now: a source the last build listed whose file is gone is not "unchanged"
        known = {sha: Path(key).stem for key, sha in self._held_sources().items()}
        shipped = self._shipped_ids()
        self.upload_dir.mkdir(parents=True, exist_ok=True)
        self._sweep_incoming()
        staging = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=self._incoming()))
        try:
            planned: dict[Path, tuple[Path, str, str]] = {}  # staged copy → (original, sha, doc id)
            taken: set[str] = set()
            for path in files:
                sha = file_sha256(path)
                if sha in known:
                    reports.append(FileReport(path.name, "unchanged", doc_id=known[sha]))
                    continue
                base = doc_id = safe_doc_id(path.name)
                if doc_id in shipped:
                    reports.append(FileReport(path.name, "refused", reason=f"与内置文件 {doc_id} 同名，请改名后再加入。"))
                    continue
                n = 2
                while doc_id in taken:
                    doc_id, n = f"{base}-{n}", n + 1
                taken.add(doc_id)
                known[sha] = doc_id
                staged = staging / f"{doc_id}{path.suffix.lower()}"
                shutil.copyfile(path, staged)
                planned[staged] = (path, sha, doc_id)
            progress.stage(f"{len(files)} 份文件，{len(planned)} 份需要解析…")
            parsed: dict[str, Document] = {}
            for staged, result in parse_files(list(planned), progress, self.settings, lambda _: False).items():
                original, sha, doc_id = planned[staged]
                if isinstance(result, str):
                    reports.append(FileReport(original.name, "refused", doc_id=doc_id, reason=result))
                else:
                    result.original_name = original.name
                    parsed[sha] = result
            store = self._commit(parsed, planned, reports, embeddings, model_id, progress) if parsed else None
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return reports, store

    def _commit(self, parsed, planned, reports, embeddings, model_id, progress) -> IndexStore:
        """Under the lock: move the staged files in, index, or put everything back as it was."""
        by_sha = {sha: (staged, original, doc_id) for staged, (original, sha, doc_id) in planned.items()}
        with self.write_lock(progress):
            now_known = set(self._held_sources().values())
            backup = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-backup-", dir=self._incoming()))
            originals = self._originals()
            saved_originals = dict(originals)
            moved: list[Path] = []
            added: list[FileReport] = []
            try:
                for sha, document in parsed.items():
                    staged, original, doc_id = by_sha[sha]
                    if sha in now_known:  # another process added the same content meanwhile
                        reports.append(FileReport(original.name, "unchanged", doc_id=doc_id))
                        continue
                    replaced = [p for p in self.upload_dir.glob(f"{glob_escape(doc_id)}.*") if p.stem == doc_id]
                    for old in replaced:  # a copy to put back if indexing fails; the new file lands atomically
                        shutil.copy2(old, backup / old.name)
                    target = self.upload_dir / staged.name
                    os.replace(staged, target)
                    moved.append(target)
                    for old in replaced:
                        if old != target:
                            old.unlink()
                    originals[doc_id] = original.name
                    added.append(FileReport(original.name, "updated" if replaced else "added", doc_id=doc_id))
                self._write_originals(originals)
                store, _ = self._sync(embeddings, model_id, progress, parsed=parsed)
            except BaseException:
                for path in moved:
                    path.unlink(missing_ok=True)
                for old in backup.iterdir():
                    os.replace(old, self.upload_dir / old.name)
                self._write_originals(saved_originals)
                raise
            finally:
                shutil.rmtree(backup, ignore_errors=True)
        by_id = store.catalog.documents_by_id
        for report in added:
            report.document = by_id.get(report.doc_id or "")
        reports.extend(added)
        return store

    def remove(
        self, doc_ids: list[str], embeddings: Embeddings, model_id: str, progress: Progress
    ) -> tuple[list[FileReport], IndexStore | None]:
        """Remove uploaded documents: the file, its clauses and its vectors (the new build holds none of them)."""
        reports: list[FileReport] = []
        with self.write_lock(progress):
            self.upload_dir.mkdir(parents=True, exist_ok=True)
            shipped = self._shipped_ids()
            trash = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-trash-", dir=self._incoming()))
            originals = self._originals()
            try:
                for doc_id in dict.fromkeys(doc_ids):
                    files = [p for p in self.upload_dir.glob(f"{glob_escape(doc_id)}.*") if p.stem == doc_id]
                    if not files:
                        reason = "内置文件不能删除。" if doc_id in shipped else "未知的文件。"
                        reports.append(FileReport(doc_id, "refused", doc_id=doc_id, reason=reason))
                        continue
                    for path in files:
                        os.replace(path, trash / path.name)
                    reports.append(FileReport(originals.pop(doc_id, files[0].name), "removed", doc_id=doc_id))
                if not any(r.status == "removed" for r in reports):
                    return reports, None
                try:
                    store, _ = self._sync(embeddings, model_id, progress)
                except BaseException:
                    for path in trash.iterdir():
                        os.replace(path, self.upload_dir / path.name)
                    raise
                self._write_originals(originals)
            finally:
                shutil.rmtree(trash, ignore_errors=True)
        return reports, store

    # ---- staging folders ----------------------------------------------------------------
    def _incoming(self) -> Path:
        folder = self.upload_dir / _INCOMING
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _sweep_incoming(self) -> None:
        """Remove staging folders of processes that no longer run (killed mid-add); never a live one's."""
        for folder in self._incoming().iterdir():
            pid = folder.name.split("-", 1)[0]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(folder, ignore_errors=True)


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
