"""The library: add (files, folders, unchanged, refused), remove, listing filters, safe names,
refresh across instances, no model for what needs none, damaged or unwritable index.

The fake embedding model stands in for the real one (tests/fakes.py): what is tested here is
the bookkeeping around it. Files are parsed in-process (trusted) to keep the suite fast; the
worker-process path is exercised by the subprocess tests in test_concurrency.py.
"""

from __future__ import annotations

import errno
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.api import Assistant
from assistant.config import REPO_ROOT, get_settings
from assistant.corpus import parse_documents
from assistant.errors import IndexUnavailableError
from assistant.index import intake
from assistant.index.faiss_index import FaissVectorIndex
from assistant.index.intake import safe_doc_id
from assistant.index.listing import filter_summaries
from assistant.index.pointer import read_pointer
from assistant.index.store import IndexStore
from tests import fakes


@pytest.fixture()
def settings(tmp_path, monkeypatch):
    fakes.patch(monkeypatch.setattr)
    # parsing in-process keeps these tests fast; the worker process has tests of its own
    monkeypatch.setattr(
        intake, "parse_documents", lambda paths, settings, trusted: parse_documents(paths, settings, trusted=True)
    )
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "base.txt").write_text(fakes.policy_text(0, "浙江省"), encoding="utf-8")
    cache = tmp_path / "cache"
    return get_settings().model_copy(update={"cache_dir": cache, "upload_dir": cache / "uploads", "corpus_dir": corpus})


def _write(folder: Path, name: str, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(fakes.policy_text(n), encoding="utf-8")
    return path


def _consistent(settings) -> IndexStore:
    store = IndexStore.load(settings.index_dir, settings)
    assert store.vectors.count() == len(store.catalog.row_clause)
    return store


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("..%2F..%2Fx.txt", "x"),
        ("../../etc/passwd.txt", "passwd"),
        ("a b\tc.docx", "a-b-c"),
        ("杭州市 关于数据要素（试行）.pdf", "杭州市-关于数据要素(试行)"),  # NFKC: full-width → ASCII
        ("%E6%9D%AD%E5%B7%9E.txt", "杭州"),
        ("...txt", "txt"),
        ("%%%.txt", "document"),
        ("x" * 300 + ".txt", "x" * 200),  # cut by bytes: a long ASCII name keeps 200 characters
        ("政" * 100 + ".txt", "政" * 66),  # …a Chinese one 66 (3 bytes each)
        ("h48d-mofcom-nine-departments-cross-border-ecommerce-overseas-warehouse-opinions-part.txt",
         "h48d-mofcom-nine-departments-cross-border-ecommerce-overseas-warehouse-opinions-part"),
    ],
)
def test_safe_doc_id(name, expected):
    doc_id = safe_doc_id(name)
    assert doc_id == expected
    assert "/" not in doc_id and "\\" not in doc_id and ".." not in doc_id and " " not in doc_id and "%" not in doc_id


def test_add_files_and_folders_reports_each_and_skips_unchanged(settings, tmp_path):
    assistant = Assistant.load(settings)
    folder = tmp_path / "incoming"
    _write(folder / "sub" / "deeper", "a.txt", 1)
    _write(folder, "b.txt", 2)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 not a policy")
    odd = _write(tmp_path, "..%2F..%2Fodd name.txt", 3)

    reports = assistant.add_documents([folder, odd, tmp_path / "missing.txt"])
    by_name = {r.name: r for r in reports}
    assert {n: r.status for n, r in by_name.items()} == {
        "a.txt": "added", "b.txt": "added", "broken.txt": "refused", "..%2F..%2Fodd name.txt": "added",
        "missing.txt": "refused",
    }
    assert "Error" not in by_name["broken.txt"].reason and str(tmp_path) not in by_name["broken.txt"].reason
    odd_doc = by_name["..%2F..%2Fodd name.txt"].document
    assert odd_doc.doc_id == "odd-name" and odd_doc.original_name == "..%2F..%2Fodd name.txt"
    assert (settings.upload_dir / "odd-name.txt").is_file()
    assert sorted(p.name for p in settings.upload_dir.iterdir() if not p.name.startswith(".")) == [
        "a.txt", "b.txt", "odd-name.txt"
    ]
    assert {d.doc_id for d in assistant.documents} == {"base", "a", "b", "odd-name"}
    _consistent(settings)

    generation = read_pointer(settings.index_dir)["generation"]
    again = assistant.add_documents([folder / "sub", odd])
    assert [r.status for r in again] == ["unchanged", "unchanged"]
    assert read_pointer(settings.index_dir)["generation"] == generation  # nothing rewritten

    (folder / "b.txt").write_text(fakes.policy_text(22), encoding="utf-8")
    [updated] = assistant.add_documents([folder / "b.txt"])
    assert updated.status == "updated"
    assert "第22号" in updated.document.title
    assert [d.doc_id for d in assistant.documents].count("b") == 1


def test_remove_leaves_nothing_behind(settings, tmp_path):
    assistant = Assistant.load(settings)
    assistant.add_documents([_write(tmp_path / "in", "gone.txt", 5), _write(tmp_path / "in", "kept.txt", 6)])
    before = _consistent(settings)
    gone_rows = [r for r, (i, _) in enumerate(before.catalog.row_passages) if before.catalog.clauses[i].doc_id == "gone"]
    assert gone_rows
    gone_vectors = [before.vectors.vector(r) for r in gone_rows]

    reports = assistant.remove_documents(["gone", "base", "nope"])
    assert [(r.doc_id, r.status) for r in reports] == [("gone", "removed"), ("base", "refused"), ("nope", "refused")]
    assert reports[0].name == "gone.txt"
    assert not any(p.stem == "gone" for p in settings.upload_dir.iterdir())
    after = _consistent(settings)
    assert "gone" not in after.catalog.documents_by_id
    assert not any(c.doc_id == "gone" for c in after.catalog.clauses)
    assert after.vectors.count() == before.vectors.count() - len(gone_rows)
    for vector in gone_vectors:  # no vector of the removed document is left in the index
        scores, _ = after.vectors.search(vector, 1)
        assert scores[0] < 0.9999
    builds = list((settings.index_dir / "builds").iterdir())
    assert len(builds) == 1  # the build that held the document is gone too
    assert "gone" not in (builds[0] / "documents.json").read_text(encoding="utf-8")
    assert {d.doc_id for d in assistant.documents} == {"base", "kept"}


def test_listing_filters_are_generic_over_fields(settings, tmp_path):
    assistant = Assistant.load(settings)
    assistant.add_documents([_write(tmp_path / "in", "hz.txt", 7)])
    rows = assistant.list_documents()
    assert {r["doc_id"] for r in rows} == {"base", "hz"} and all("clauses" in r for r in rows)
    assert {r["doc_id"] for r in assistant.list_documents(type="意见")} == {"base", "hz"}
    assert assistant.list_documents(type="办法") == []
    assert [r["doc_id"] for r in assistant.list_documents(level="省")] == ["base"]
    assert [r["doc_id"] for r in assistant.list_documents(issuer="杭州")] == ["hz"]
    assert {r["doc_id"] for r in assistant.list_documents(year="2024")} == {"base", "hz"}
    assert filter_summaries(rows, {"source": "hz.txt"}) == [r for r in rows if r["doc_id"] == "hz"]
    assert filter_summaries(rows, {"no_such_field": "x"}) == []


def test_another_instance_sees_a_write_on_its_next_question(settings, tmp_path):
    reader = Assistant.load(settings)
    writer = Assistant.load(settings)
    assert reader.refresh() is False  # nothing new: one stat, no reload
    writer.add_documents([_write(tmp_path / "in", "late.txt", 8)])
    session = reader.new_session()  # refreshes
    assert "late" in {d.doc_id for d in reader.documents}
    answer = session.ask("第8号数据交易所由哪个部门负责？", doc_ids=frozenset({"late"}))
    assert all(c.doc_id == "late" for c in answer.citations)
    assert reader.refresh() is False


def test_listing_removing_and_a_current_index_need_no_model(settings, tmp_path):
    Assistant.load(settings).add_documents([_write(tmp_path / "in", "m.txt", 9)])
    opened = Assistant.open(settings)
    assert {r["doc_id"] for r in opened.list_documents()} == {"base", "m"}
    assert [r.status for r in opened.remove_documents(["m"])] == ["removed"]
    loaded = Assistant.load(settings)
    assert loaded.index_status == "loaded" and [d.doc_id for d in loaded.documents] == ["base"]
    assert not opened.embeddings.loaded and not loaded.embeddings.loaded


@pytest.mark.parametrize("damaged", ["vectors.faiss", "documents.json", "manifest.json", "current.json"])
def test_each_damaged_index_file_is_detected_and_rebuilt_from_sources(settings, tmp_path, damaged):
    Assistant.load(settings).add_documents([_write(tmp_path / "in", "d.txt", 10)])
    build = settings.index_dir / "builds" / read_pointer(settings.index_dir)["build"]
    target = settings.index_dir / damaged if damaged == "current.json" else build / damaged
    target.write_bytes(target.read_bytes()[: len(target.read_bytes()) // 2] + b"garbage")
    if damaged != "current.json":
        with pytest.raises(IndexUnavailableError):
            IndexStore.load(settings.index_dir, settings)
    reopened = Assistant.load(settings)
    assert reopened.index_status.startswith("rebuilt") or reopened.index_status == "built"
    assert {d.doc_id for d in reopened.documents} == {"base", "d"}
    _consistent(settings)


def test_disk_full_while_writing_the_index_loses_nothing(settings, tmp_path, monkeypatch):
    assistant = Assistant.load(settings)
    assistant.add_documents([_write(tmp_path / "in", "first.txt", 11)])
    before = read_pointer(settings.index_dir)

    def full(self, folder):
        (folder / "vectors.faiss").write_bytes(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(FaissVectorIndex, "save", full)
    with pytest.raises(IndexUnavailableError, match="磁盘空间不足") as caught:
        assistant.add_documents([_write(tmp_path / "in", "second.txt", 12)])
    assert "Errno" not in str(caught.value) and str(settings.index_dir) not in str(caught.value)
    assert read_pointer(settings.index_dir) == before
    assert not (settings.upload_dir / "second.txt").exists()  # the add was undone, not half done
    assert [p.name for p in (settings.index_dir / "builds").iterdir()] == [before["build"]]  # no staging left
    assert {d.doc_id for d in assistant.documents} == {"base", "first"}
    monkeypatch.undo()
    fakes.patch(monkeypatch.setattr)
    # parsing in-process keeps these tests fast; the worker process has tests of its own
    monkeypatch.setattr(
        intake, "parse_documents", lambda paths, settings, trusted: parse_documents(paths, settings, trusted=True)
    )
    assert [r.status for r in assistant.add_documents([tmp_path / "in" / "second.txt"])] == ["added"]


def test_an_interrupted_add_is_finished_by_the_next_run(settings, tmp_path):
    Assistant.load(settings)
    settings.upload_dir.mkdir(parents=True, exist_ok=True)
    _write(settings.upload_dir, "halfway.txt", 13)  # copied in, then the process died before indexing
    opened = Assistant.open(settings)
    assert opened.library.pending() == ["halfway.txt"]
    assert "halfway" not in {r["doc_id"] for r in opened.list_documents()}  # the old build is what is served
    resumed = Assistant.load(settings)
    assert "halfway" in {d.doc_id for d in resumed.documents} and resumed.library.pending() == []


def test_cli_commands_that_need_no_model_do_not_import_torch(settings, tmp_path):
    Assistant.load(settings)
    env_code = (
        "import sys\n"
        "from assistant.cli import app\n"
        "for args in (['docs'], ['ask', ''], ['ask', 'What subsidies?'], ['remove', 'nope']):\n"
        "    try:\n"
        "        app(args, standalone_mode=False)\n"
        "    except BaseException:\n"
        "        pass\n"
        "print('TORCH' if 'torch' in sys.modules else 'NO-TORCH')\n"
    )
    env = {
        "POLICY_QA_CACHE_DIR": str(settings.cache_dir),
        "POLICY_QA_CORPUS_DIR": str(settings.corpus_dir),
        "PATH": "/usr/bin:/bin",
    }
    out = subprocess.run(
        [sys.executable, "-c", env_code], capture_output=True, text=True, timeout=120, cwd=REPO_ROOT, env=env
    )
    assert out.stdout.strip().splitlines()[-1] == "NO-TORCH", out.stderr
    assert "base\t" in out.stdout
    assert "问题为空" in out.stderr and "中文" in out.stderr and "未知的文件" in out.stdout
    assert "Traceback" not in out.stderr and "Error" not in out.stderr
    json.dumps(out.stdout)


def test_a_file_whose_upload_copy_is_gone_is_added_again_not_unchanged(settings, tmp_path):
    """The last build lists the file, but the library no longer holds it (its upload copy was deleted):
    adding it again must restore it, not report it unchanged and then build without it."""
    assistant = Assistant.load(settings)
    path = _write(tmp_path, "a.txt", 1)
    assert [r.status for r in assistant.add_documents([path])] == ["added"]
    shutil.rmtree(settings.upload_dir)
    assert [r.status for r in assistant.add_documents([path])] == ["added"]
    assert "a" in {d.doc_id for d in assistant.documents}
    assert (settings.upload_dir / "a.txt").is_file()
    _consistent(settings)
