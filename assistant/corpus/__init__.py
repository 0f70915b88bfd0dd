"""Policy documents on disk → parsed Documents (clause tree with facts).

Public API: load_document, parse_documents, load_corpus, parse_file, CorpusLimits, CorpusError.

A user's file is read and parsed in a worker process with a time and memory limit
(sandbox.py), after the checks that are cheap to make (limits.py); the shipped corpus
is trusted and parsed in-process, under the same size and content limits.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from assistant.config import Settings, get_settings

from .limits import CorpusLimits
from .loader import SUPPORTED_SUFFIXES, CorpusError, read_text
from .model import Clause, Document, Target
from .parser import parse_text
from .sandbox import ParseFile, load_documents, parse_each

__all__ = [
    "CorpusError", "CorpusLimits", "Clause", "Document", "Target", "SUPPORTED_SUFFIXES",
    "load_corpus", "load_document", "parse_documents", "parse_file",
]


def parse_file(path: Path, limits: CorpusLimits) -> Document:
    """Read and parse one file in this process; its stem becomes the doc_id citations and the index key on."""
    text = read_text(path, limits)
    document = parse_text(text, path.stem, path.name, hashlib.sha256(path.read_bytes()).hexdigest())
    limits.check_clauses(path.name, len(document.clauses))
    return document


def load_document(
    path: Path,
    settings: Settings | None = None,
    *,
    trusted: bool = False,
    parse_file: ParseFile = parse_file,
) -> Document:
    """One document, within the limits of `settings` (default: the current Settings).

    Unless `trusted` (a shipped document), the file is read and parsed in a worker process
    killed after `parse_timeout_s` or past `parse_memory_mb`; its size is checked first, so an
    oversized file never starts one. `parse_file` is what the worker runs (a module-level
    function; tests pass a slow one).
    """
    path = Path(path)
    limits = CorpusLimits.from_settings(settings)
    if trusted:
        return parse_file(path, limits)
    return _load_untrusted([path], limits, parse_file)[0]


def parse_documents(
    paths: list[Path],
    settings: Settings | None = None,
    *,
    trusted: bool = False,
    parse_file: ParseFile = parse_file,
) -> Iterator[tuple[Path, Document | CorpusError]]:
    """Many documents, each refused on its own: (path, Document or the CorpusError saying why).

    Untrusted files share one worker process (replaced only after a file kills it), so a
    folder of thousands pays its start-up once; an oversized file is refused before it.
    """
    limits = CorpusLimits.from_settings(settings)
    if trusted:
        for path in map(Path, paths):
            try:
                yield path, parse_file(path, limits)
            except CorpusError as exc:
                yield path, exc
        return
    sized: list[Path] = []
    for path in map(Path, paths):
        try:
            if path.is_file():
                limits.check_file_size(path)
            sized.append(path)
        except CorpusError as exc:
            yield path, exc
    yield from parse_each(sized, limits, parse_file)


def _load_untrusted(paths: list[Path], limits: CorpusLimits, parse: ParseFile) -> list[Document]:
    for path in paths:  # cheap refusals before a worker starts (read_text repeats them, harmlessly)
        if path.is_file():
            limits.check_file_size(path)
    return load_documents(paths, limits, parse)


def _document_files(directory: Path) -> list[Path]:
    """Supported files, skipping hidden files and editor lock files (~$x.docx)."""
    return sorted(
        p for p in directory.iterdir()
        if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith((".", "~$"))
    )


def load_corpus(dirs: list[Path], settings: Settings | None = None) -> list[Document]:
    """Every supported file in the directories (missing ones are skipped: uploads may not exist yet).

    Files in `settings.corpus_dir` (the shipped corpus) are parsed in-process; all others
    (uploads) in one worker process, each file under the time limit. Two files with the same
    stem would give two documents one id, so that is an error.
    """
    settings = settings or get_settings()
    limits = CorpusLimits.from_settings(settings)
    shipped = Path(settings.corpus_dir).resolve()
    seen: dict[str, Path] = {}
    trusted: list[Path] = []
    untrusted: list[Path] = []
    for directory in map(Path, dirs):
        if not directory.is_dir():
            continue
        for path in _document_files(directory):
            if path.stem in seen:
                raise CorpusError(f"文件编号重复：'{path.stem}' 同时见于 {seen[path.stem]} 和 {path}，请改名其中一个。")
            seen[path.stem] = path
            (trusted if directory.resolve() == shipped else untrusted).append(path)
    parsed = {p: parse_file(p, limits) for p in trusted}
    parsed.update(zip(untrusted, _load_untrusted(untrusted, limits, parse_file)))
    return [parsed[p] for p in seen.values()]
