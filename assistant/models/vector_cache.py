"""Passage vectors kept on disk by model and text, so a text is embedded once, ever.

Why: embedding is most of an ingest. A killed ingest would otherwise embed again everything it had
done; a library rebuilt from scratch (a parser change, `--rebuild`, a second library folder) would
embed every passage again; and a new version of a law repeats most articles of the old one. A vector
depends only on the model and the passage text, so it is stored under a hash of both: one SQLite
file per model id (SQLite: in the standard library, safe for several processes, written in one
transaction per batch so a kill loses at most the batch in flight).
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

import numpy as np


def text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class VectorCache:
    """float32 vectors of one model (`model_id`), keyed by the hash of the exact text embedded."""

    def __init__(self, folder: Path, model_id: str, dimension: int) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        name = hashlib.sha256(model_id.encode("utf-8")).hexdigest()[:16]
        self.path = folder / f"{name}.sqlite3"
        self.dimension = dimension
        self._lock = threading.Lock()  # one connection, shared by a server's threads
        self._db = sqlite3.connect(self.path, timeout=60, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL)")
        self._db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        self._db.execute("INSERT OR IGNORE INTO meta VALUES ('model_id', ?)", (model_id,))
        self._db.commit()

    def get(self, texts: Iterable[str]) -> dict[str, np.ndarray]:
        """The vectors known for those texts (texts not embedded yet are absent)."""
        by_key = {text_key(t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        keys = list(by_key)
        for start in range(0, len(keys), 500):  # under SQLite's limit on bound parameters
            part = keys[start:start + 500]
            with self._lock:
                rows = self._db.execute(
                    f"SELECT key, vector FROM vectors WHERE key IN ({','.join('?' * len(part))})", part
                ).fetchall()
            for key, blob in rows:
                vector = np.frombuffer(blob, dtype="float32")
                if vector.shape == (self.dimension,):
                    found[by_key[key]] = vector
        return found

    def put(self, texts: list[str], vectors: np.ndarray) -> None:
        rows = [(text_key(t), np.asarray(v, dtype="float32").tobytes()) for t, v in zip(texts, vectors)]
        with self._lock, self._db:
            self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)", rows)

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM vectors").fetchone()[0])
