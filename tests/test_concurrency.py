"""Fault injection on real processes: concurrent writers, kill -9 mid-add, a reader beside a writer.

Each `policy-qa` here is the real CLI in its own process (`python tests/fakes.py …` runs it with
the fake embedding model), so the library lock, the atomic switch and the parse worker
processes are the real ones. Timing-dependent waits poll for what the process printed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.api import Assistant
from assistant.config import REPO_ROOT, get_settings
from assistant.index.pointer import read_pointer
from assistant.index.store import IndexStore
from tests import fakes

pytestmark = pytest.mark.slow


@pytest.fixture()
def library(tmp_path, monkeypatch):
    """A library with one shipped document, its index built; returns (settings, env for subprocesses)."""
    fakes.patch(monkeypatch.setattr)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "base.txt").write_text(fakes.policy_text(0, "浙江省"), encoding="utf-8")
    cache = tmp_path / "cache"
    settings = get_settings().model_copy(update={"cache_dir": cache, "upload_dir": cache / "uploads", "corpus_dir": corpus})
    Assistant.load(settings)
    env = {**os.environ, "POLICY_QA_CACHE_DIR": str(cache), "POLICY_QA_CORPUS_DIR": str(corpus), "PYTHONPATH": str(REPO_ROOT)}
    env.pop("POLICY_QA_UPLOAD_DIR", None)
    return settings, env


def _cli(env: dict, *args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(REPO_ROOT / "tests" / "fakes.py"), *args],
        env=env, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen,
    )


def _source(folder: Path, name: str, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(fakes.policy_text(n), encoding="utf-8")
    return path


def _consistent(settings) -> set[str]:
    store = IndexStore.load(settings.index_dir, settings)
    assert store.vectors.count() == len(store.catalog.row_clause)
    return set(store.catalog.documents_by_id)


def _wait_for(path: Path, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.05)


def test_four_concurrent_adds_all_land_in_one_consistent_index(library, tmp_path):
    settings, env = library
    files = [_source(tmp_path / f"in{n}", f"doc{n}.txt", n) for n in range(1, 5)]
    procs = [_cli(env, "add", str(path)) for path in files]
    outputs = [p.communicate(timeout=600) for p in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "Error" not in err
        assert "已加入" in out
    assert _consistent(settings) == {"base", "doc1", "doc2", "doc3", "doc4"}
    assert read_pointer(settings.index_dir)["generation"] >= 5  # one switch per writer, none lost
    assert [p.name for p in (settings.index_dir / "builds").iterdir()] == [read_pointer(settings.index_dir)["build"]]


def test_kill_during_build_keeps_the_old_index_and_the_next_run_finishes(library, tmp_path):
    settings, env = library
    before = read_pointer(settings.index_dir)
    source = _source(tmp_path / "in", "killed.txt", 21)
    proc = _cli({**env, "FAKE_EMBED_DELAY_S": "60"}, "add", str(source))
    _wait_for(settings.upload_dir / "killed.txt")  # copied in: it is now embedding, holding the lock
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    assert read_pointer(settings.index_dir) == before  # the old build is still the current one
    assert _consistent(settings) == {"base"}  # the new document is cleanly absent from it
    reader = Assistant.load(settings.model_copy(update={}))  # a new process would finish the add …
    assert "killed" in {d.doc_id for d in reader.documents}
    out, err = _cli(env, "docs").communicate(timeout=120)  # … and the CLI then lists it, with nothing pending
    assert "killed\t" in out and "尚未编入索引" not in err


def test_kill_during_parse_leaves_no_trace_once_the_next_add_runs(library, tmp_path):
    settings, env = library
    proc = _cli(env, "add", str(_source(tmp_path / "in", "early.txt", 31)))
    _wait_for(settings.upload_dir / ".incoming")
    deadline = time.monotonic() + 60
    while not any((settings.upload_dir / ".incoming").glob("*/early.txt")):
        assert time.monotonic() < deadline
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert not (settings.upload_dir / "early.txt").exists()  # killed while parsing its private copy
    assert _consistent(settings) == {"base"}
    out, err = _cli(env, "add", str(_source(tmp_path / "in2", "later.txt", 32))).communicate(timeout=300)
    assert "已加入" in out, err
    assert list((settings.upload_dir / ".incoming").iterdir()) == []  # the killed process's staging is swept
    assert {"base", "later"} <= _consistent(settings)


def test_cli_add_is_visible_to_a_loaded_assistant_on_its_next_question(library, tmp_path):
    settings, env = library
    served = Assistant.load(settings)
    session = served.new_session()
    session.ask("第0号数据交易所由哪个部门负责？")
    out, err = _cli(env, "add", str(_source(tmp_path / "in", "fresh.txt", 41))).communicate(timeout=300)
    assert "已加入" in out, err
    answer = served.new_session().ask("第41号数据交易所由哪个部门负责？", doc_ids=frozenset({"fresh"}))
    assert all(c.doc_id == "fresh" for c in answer.citations)
    assert "fresh" in {d.doc_id for d in served.documents}
