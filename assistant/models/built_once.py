"""A model artefact derived from another (an onnx export, a distilled static model), built once.

Why: deriving one takes minutes, several processes (the web app, an ingest, the eval) may ask for
it at once, and a process killed midway must not leave a half-written folder that later loads.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock


def build_once(target: Path, ready_file: str, build: Callable[[Path], None]) -> Path:
    """`target`, built first by `build(staging folder)` unless it holds `ready_file` already.

    A lock beside `target` keeps concurrent processes from building twice; the build writes into
    a staging folder renamed to `target` only when complete, so a half build is never visible.
    """
    if (target / ready_file).exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(target) + ".lock"):
        if (target / ready_file).exists():
            return target
        staging = Path(tempfile.mkdtemp(prefix=".build-", dir=target.parent))
        try:
            build(staging)
            shutil.rmtree(target, ignore_errors=True)
            staging.rename(target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return target
