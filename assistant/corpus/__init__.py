"""Policy documents on disk → parsed Documents (clause tree with facts).

Public API: load_document, load_corpus, CorpusError.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .loader import SUPPORTED_SUFFIXES, CorpusError, read_text
from .model import Clause, Document, Target
from .parser import parse_text

__all__ = ["CorpusError", "Clause", "Document", "Target", "SUPPORTED_SUFFIXES", "load_corpus", "load_document"]


def load_document(path: Path) -> Document:
    """Parse one file; its stem becomes the doc_id citations and the index key on."""
    path = Path(path)
    text = read_text(path)
    return parse_text(text, path.stem, path.name, hashlib.sha256(path.read_bytes()).hexdigest())


def _document_files(directory: Path) -> list[Path]:
    """Supported files, skipping hidden files and editor lock files (~$x.docx)."""
    return sorted(
        p for p in directory.iterdir()
        if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith((".", "~$"))
    )


def load_corpus(dirs: list[Path]) -> list[Document]:
    """Every supported file in the directories (missing ones are skipped: uploads may not exist yet).

    Two files with the same stem would give two documents one id, so that is an error.
    """
    seen: dict[str, Path] = {}
    documents = []
    for directory in map(Path, dirs):
        if not directory.is_dir():
            continue
        for path in _document_files(directory):
            if path.stem in seen:
                raise CorpusError(f"文件编号重复：'{path.stem}' 同时见于 {seen[path.stem]} 和 {path}，请改名其中一个。")
            seen[path.stem] = path
            documents.append(load_document(path))
    return documents
