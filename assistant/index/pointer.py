"""``current.json``: which build is current and its generation, read without importing the index engines.

Kept apart from `store` so that a cheap check ("did another process write a newer
build?") and a document listing cost one small file read, not a FAISS import.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CURRENT = "current.json"
MANIFEST = "manifest.json"
#: the layout of a build; an index of another format is rebuilt from the sources
FORMAT_VERSION = 5


def read_pointer(index_dir: Path) -> dict[str, Any] | None:
    """{"build": folder name, "generation": n}, or None when there is no readable pointer."""
    try:
        data = json.loads((Path(index_dir) / CURRENT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and "build" in data else None


def read_current_manifest(index_dir: Path) -> dict[str, Any] | None:
    """The current build's manifest (document summaries, sources), or None when there is none of this format."""
    for _ in range(3):  # a writer may replace the build between the two reads
        pointer = read_pointer(index_dir)
        if pointer is None:
            return None
        try:
            manifest = json.loads((Path(index_dir) / "builds" / str(pointer["build"]) / MANIFEST).read_text(encoding="utf-8"))
            return manifest if isinstance(manifest, dict) and manifest.get("format_version") == FORMAT_VERSION else None
        except (OSError, ValueError):
            if read_pointer(index_dir) == pointer:
                return None
    return None


def pointer_signature(index_dir: Path) -> tuple[int, int] | None:
    """(inode, mtime) of ``current.json``: every switch replaces the file, so a changed build changes this."""
    try:
        stat = (Path(index_dir) / CURRENT).stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns
