"""Reading and parsing users' files in a worker process that is killed past its time or memory.

A pathological input (a parser path that goes quadratic, a PDF whose content streams take
minutes, memory that balloons) must not hold the web app or the CLI, and a thread cannot
be stopped. So `load_documents` reads and parses files in a child Python process whose
address space is capped with `resource.setrlimit`; the caller waits at most `timeout_s`
per file, then kills the child and waits for it, so nothing is left behind.

The child is a plain `subprocess` (`python -c "...serve()"`) talking over a socket pair
with multiprocessing's `Connection`, not a `multiprocessing` process: spawn and forkserver
re-import the caller's `__main__`, which breaks any script that calls `load_document`
without an `if __name__ == "__main__"` guard, and fork is unsafe from a threaded server.
The child starts without torch, FAISS or Gradio and sees the caller's `sys.path`.

Protocol: the parent sends (limits, parse_file); the child sets its limits and answers
"ready" (start-up time, seconds on a busy machine, is not charged to a file); then for
each path sent it answers ("ok", Document) or ("error", message), until it is sent None.
"""

from __future__ import annotations

import os
import resource
import socket
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path

from assistant.errors import CorpusError

from .limits import CorpusLimits
from .model import Document

#: (path, limits) → Document; the default reads and parses (`assistant.corpus.parse_file`).
#: Must be picklable (a module-level function): it is sent to the worker.
ParseFile = Callable[[Path, CorpusLimits], Document]

#: How long a worker may take to start (interpreter, imports) before the machine is called busy.
_START_TIMEOUT_S = 60.0
_MB = 1 << 20


def serve() -> None:
    """The worker's main: cap memory, then parse each path sent until told to stop (None)."""
    conn = Connection(int(sys.argv[1]))
    limits, parse_file = conn.recv()
    cap = limits.memory_mb * _MB
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    conn.send(("ready", None))
    while (path := _next_path(conn)) is not None:
        try:
            conn.send(("ok", parse_file(Path(path), limits)))
        except CorpusError as exc:
            conn.send(("error", str(exc)))
        except MemoryError:
            conn.send(("error", f"{Path(path).name}：解析时超出内存上限 {limits.memory_mb} MB，已停止。"))
            return  # a worker that ran out of memory is not trusted with another file


def _next_path(conn: Connection) -> str | None:
    """The next file to parse, or None to stop (asked to, or the caller has gone away)."""
    try:
        return conn.recv()
    except EOFError:
        return None


class _Worker:
    """One child process; `close` always leaves it dead and reaped."""

    def __init__(self, limits: CorpusLimits, parse_file: ParseFile) -> None:
        ours, theirs = socket.socketpair()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        self._process = subprocess.Popen(
            [sys.executable, "-c", "from assistant.corpus.sandbox import serve; serve()", str(theirs.fileno())],
            pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL,
        )
        theirs.close()
        self._conn = Connection(ours.detach())
        self._conn.send((limits, parse_file))
        if not self._conn.poll(_START_TIMEOUT_S):
            self.close()
            raise CorpusError(f"解析进程 {_START_TIMEOUT_S:g} 秒内未能启动（系统繁忙），请稍后重试。")
        try:
            self._conn.recv()
        except EOFError:
            self.close()
            raise CorpusError("解析进程未能启动（详见日志）。") from None

    @property
    def alive(self) -> bool:
        """False once the worker was stopped (a timeout, a crash, or `close`)."""
        return not self._conn.closed

    def parse(self, path: Path, limits: CorpusLimits) -> Document:
        self._conn.send(str(path))
        if not self._conn.poll(limits.timeout_s):
            self.close()
            raise CorpusError(
                f"{path.name}：解析超过 {limits.timeout_s:g} 秒仍未完成，已停止（文件可能过大或结构异常）。"
            )
        try:
            status, payload = self._conn.recv()
        except EOFError:  # the child died: the memory cap hit inside C code, or a crash
            self.close()
            raise CorpusError(
                f"{path.name}：解析进程异常退出（可能超出内存上限 {limits.memory_mb} MB），已停止。"
            ) from None
        if status == "error":
            raise CorpusError(payload)
        return payload

    def close(self) -> None:
        if self._process.poll() is None:
            try:
                self._conn.send(None)
                self._process.wait(timeout=1)
            except (OSError, subprocess.TimeoutExpired):
                self._process.kill()
                self._process.wait()
        self._conn.close()


def parse_each(
    paths: Iterable[Path], limits: CorpusLimits, parse_file: ParseFile
) -> Iterator[tuple[Path, Document | CorpusError]]:
    """Each file read and parsed in one worker process, in order: (path, Document or the refusal).

    A bad file refuses itself only: a worker killed by one file (time, memory) is replaced for
    the next, so a folder of thousands pays the worker's start-up once, not per file. The
    worker is dead and reaped when the iteration ends or is abandoned.
    """
    worker: _Worker | None = None
    try:
        for path in paths:
            try:
                if worker is None or not worker.alive:
                    worker = _Worker(limits, parse_file)
                result: Document | CorpusError = worker.parse(path, limits)
            except CorpusError as exc:
                result = exc
            yield path, result
    finally:
        if worker is not None:
            worker.close()


def load_documents(paths: list[Path], limits: CorpusLimits, parse_file: ParseFile) -> list[Document]:
    """Each file read and parsed in one worker process, in order; the first bad file raises CorpusError."""
    documents = []
    for _, result in parse_each(paths, limits, parse_file):
        if isinstance(result, CorpusError):
            raise result
        documents.append(result)
    return documents
