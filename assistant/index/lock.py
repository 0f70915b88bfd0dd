"""One writer at a time per library, across processes: a lock file beside the index (`filelock`).

Why a lock file: the CLI, the web app and scripts are separate processes on one
cache folder, and a `threading.Lock` protects only one of them. Writers (add,
remove, build) hold the lock from reading the sources to switching ``current.json``,
so no write is lost and no writer removes another's staging folder. Readers take no
lock: builds land atomically, and the OS releases the lock of a killed writer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from assistant.errors import IndexUnavailableError

LOCK_NAME = "library.lock"


@contextmanager
def library_lock(
    cache_dir: Path, timeout_s: float, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the library's write lock; says so through `on_wait` when another process has it first.

    A fresh `FileLock` per use: flock locks separate open files even within one process,
    so two threads of the web app serialise here as two processes do.
    """
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(cache_dir / LOCK_NAME), thread_local=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if on_wait is not None:
            on_wait("另一个进程正在写入资料库，等待它完成…")
        try:
            lock.acquire(timeout=timeout_s)
        except Timeout as exc:
            raise IndexUnavailableError(
                f"资料库正被另一个进程写入，等待 {timeout_s:.0f} 秒后仍未完成；请稍后重试（没有改动任何文件）。"
            ) from exc
    try:
        yield
    finally:
        lock.release()
