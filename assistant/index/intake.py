"""What comes in before anything is written: file lists, safe names, parsing in parallel, progress.

Why apart from the library: these steps touch no shared state (no lock, no index), so
a slow parse of a big folder never blocks another process's write.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from tqdm import tqdm

from assistant.config import Settings
from assistant.corpus import SUPPORTED_SUFFIXES, parse_documents
from assistant.corpus.model import Document
from assistant.errors import CorpusError

log = logging.getLogger(__name__)

#: a doc id keeps letters of any script (Chinese included), digits, _ - and brackets; the rest becomes "-"
_UNSAFE = re.compile(r"[^\w\-（）()〔〕【】]+")
#: a doc id's length in UTF-8 bytes (3 per CJK character): a stored copy's name (id, extension, a version
#: suffix) stays under the 255-byte file name limit, while an ASCII name of 100+ characters is kept whole
_MAX_ID_BYTES = 200


class Progress:
    """Where long work reports: one line per stage, and tqdm bars (documents/s, ETA).

    The default reports nothing; the CLI passes `echo` and `bars=True`. tqdm is used so
    that a Gradio progress tracker (track_tqdm) follows the same bars.
    """

    def __init__(self, echo: Callable[[str], None] | None = None, bars: bool = False) -> None:
        self._echo = echo
        self._bars = bars

    def stage(self, message: str) -> None:
        log.info(message)
        if self._echo is not None:
            self._echo(message)

    def bar(self, total: int, desc: str, unit: str) -> tqdm:
        return tqdm(total=total, desc=desc, unit=unit, disable=not self._bars, file=sys.stderr, dynamic_ncols=True)


@dataclass
class FileReport:
    """What happened to one file of an add or remove: added | updated | unchanged | removed | refused."""

    name: str
    status: str
    doc_id: str | None = None
    reason: str | None = None
    document: Document | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "status": self.status, "doc_id": self.doc_id, "reason": self.reason}


def safe_doc_id(name: str) -> str:
    """A file name → a doc id safe as a file name and in a citation: no separators, dots, spaces or %-escapes.

    `..%2F..%2Fx.txt` → `x`; `2024 年 通知 (试行).docx` → `2024-年-通知-(试行)`. Chinese is kept.
    """
    text = unicodedata.normalize("NFKC", unquote(unquote(name)))
    text = re.split(r"[/\\]", text)[-1]
    stem = text.rsplit(".", 1)[0] if "." in text.lstrip(".") else text
    stem = _UNSAFE.sub("-", stem).strip("-_").encode("utf-8")[:_MAX_ID_BYTES].decode("utf-8", "ignore").strip("-_")
    return stem or "document"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def expand(paths: Iterable[Path]) -> tuple[list[Path], list[FileReport]]:
    """Files named, plus supported files under folders named (recursively, hidden ones skipped)."""
    files: list[Path] = []
    refused: list[FileReport] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith((".", "~$")) for part in p.relative_to(path).parts)
            )
        elif path.is_file():
            files.append(path)
        else:
            refused.append(FileReport(path.name, "refused", reason="文件不存在。"))
    return list(dict.fromkeys(files)), refused


def _parse_chunk(paths: list[Path], settings: Settings, trusted: bool, done: Callable[[], None]) -> dict[Path, Document | str]:
    """Documents, or the reason each cannot be one (a message for the user; the log keeps the detail)."""
    results: dict[Path, Document | str] = {}
    try:
        for path, result in parse_documents(paths, settings, trusted=trusted):
            results[path] = str(result) if isinstance(result, CorpusError) else result
            done()
    except Exception:  # a parser bug must refuse the files left, not stop the add
        log.exception("parsing failed")
        for path in paths:
            if path not in results:
                results[path] = f"{path.name}：无法解析此文件（详见日志）。"
                done()
    return results


def parse_files(
    paths: list[Path], progress: Progress, settings: Settings, trusted: Callable[[Path], bool]
) -> dict[Path, Document | str]:
    """Parse each file; with enough files, `parse_workers` at a time.

    A user's file is parsed in a killable worker process (`assistant.corpus.parse_documents`);
    each thread here drives one such worker through its share of the files, so a worker's
    start-up is paid once per thread, not once per file.
    """
    if not paths:
        return {}
    workers = settings.parse_workers if len(paths) >= settings.parallel_parse_from else 1
    chunks = [
        (chunk, is_trusted)
        for is_trusted in (True, False)
        for chunk in _split([p for p in paths if trusted(p) == is_trusted], workers)
    ]
    results: dict[Path, Document | str] = {}
    with progress.bar(len(paths), "解析", "份") as bar, ThreadPoolExecutor(max_workers=workers) as pool:
        lock = threading.Lock()

        def done() -> None:
            with lock:
                bar.update(1)

        for future in [pool.submit(_parse_chunk, chunk, settings, is_trusted, done) for chunk, is_trusted in chunks]:
            results.update(future.result())
    return {path: results[path] for path in paths}


def _split(paths: list[Path], parts: int) -> list[list[Path]]:
    """`paths` dealt round-robin into at most `parts` non-empty lists."""
    return [chunk for chunk in (paths[i::parts] for i in range(parts)) if chunk]
