"""Hostile and huge files: refused within seconds, memory bounded, the library untouched.

Each probe is a file that used to cost minutes or gigabytes: a decompression-bomb docx
(1 GiB declared in a ~1 MB zip; never inflated here), a PDF whose page tree declares
100 000 pages by reusing one page object, a text file over the size limit, and a parse
made slow on purpose (a slow `parse_file` handed to the worker). Peak RSS is measured in
a fresh process (ru_maxrss of itself and of its waited-for children: the parse worker),
so earlier tests cannot blur it.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import fakes
import pytest

from assistant.config import Settings, get_settings
from assistant.corpus import CorpusError, load_corpus, load_document

POLICY_LINE = "（一）发展目标。到2026年，全市数据要素市场交易规模达到50亿元，培育数据服务企业100家。（责任单位：市数据资源局）\n"
MB = 1 << 20


def make_bomb_docx(path: Path, inflated_mb: int = 1024) -> Path:
    """A zip with one member declared as word/document.xml that inflates to `inflated_mb` MB."""
    block = b"<w:p><w:r><w:t>" + b"A" * MB
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(inflated_mb):
                member.write(block)
    return path


def make_huge_pdf(path: Path, branches: int = 100, leaves: int = 1000) -> Path:
    """A few-KB PDF whose page tree holds branches × leaves pages, all one page object."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /Kids [%s] >>" % (branches * leaves, b" ".join([b"3 0 R"] * branches)),
        b"<< /Type /Pages /Parent 2 0 R /Count %d /Kids [%s] >>" % (leaves, b" ".join([b"4 0 R"] * leaves)),
        b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def make_oversize_txt(path: Path, limit_mb: float) -> Path:
    """Real policy text, repeated past the size limit."""
    line = POLICY_LINE.encode("utf-8")
    path.write_bytes(line * (int(limit_mb * MB) // len(line) + 1000))
    return path


def slow_parse(path: Path, limits) -> None:
    """A parse that never finishes in time: stands for a pathological input to the real parser."""
    time.sleep(600)


def hungry_parse(path: Path, limits) -> None:
    """A parse whose memory balloons: stands for an input that makes a reader build a huge structure."""
    blocks = []
    while True:
        blocks.append(bytearray(64 * MB))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("hostile")
    return {
        "bomb": make_bomb_docx(root / "bomb.docx"),
        "huge_pdf": make_huge_pdf(root / "huge.pdf"),
        "oversize": make_oversize_txt(root / "big.txt", get_settings().max_txt_mb),
        "slow": make_oversize_txt(root / "slow.txt", 0.01),
    }


def test_probes_are_what_they_claim(hostile):
    """The bomb really declares 1 GiB in about 1 MB; the PDF really is a few KB for 100 000 pages."""
    (member,) = [m for m in zipfile.ZipFile(hostile["bomb"]).infolist() if m.filename == "word/document.xml"]
    assert member.file_size >= 1 << 30 and hostile["bomb"].stat().st_size < 2 * MB
    from pypdf import PdfReader

    assert PdfReader(str(hostile["huge_pdf"])).trailer["/Root"]["/Pages"]["/Count"] == 100_000
    assert hostile["huge_pdf"].stat().st_size < 16_000
    assert hostile["oversize"].stat().st_size > get_settings().max_txt_mb * MB


PROBE = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, {tests!r})
from assistant.corpus import CorpusError, load_document
from test_hostile_files import slow_parse

kwargs = {{"parse_file": slow_parse}} if sys.argv[2] == "slow" else {{}}
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    load_document(Path(sys.argv[1]), **kwargs)
    message = None
except CorpusError as exc:
    message = str(exc)
print(json.dumps({{
    "seconds": time.perf_counter() - start,
    "message": message,
    "self_before_kb": before,
    "self_peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "worker_peak_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
}}, ensure_ascii=False))
"""


@pytest.mark.parametrize("kind, reason", [
    ("bomb", "压缩炸弹"),
    ("huge_pdf", "PDF 共 100,000 页，超过上限"),
    ("oversize", "超过 txt 文件的上限"),
    ("slow", "解析超过 3 秒仍未完成"),
])
def test_hostile_file_is_refused_within_seconds_in_bounded_memory(hostile, tmp_path, kind, reason):
    script = tmp_path / "probe.py"
    script.write_text(PROBE.format(tests=str(Path(__file__).parent)), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICY_QA_")}
    env.update(POLICY_QA_PARSE_TIMEOUT_S="3", POLICY_QA_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run(
        [sys.executable, str(script), str(hostile[kind]), kind], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    probe = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"\n{kind}: {probe['seconds']:.2f} s, process peak {probe['self_peak_kb'] / 1024:.0f} MB "
          f"(at start {probe['self_before_kb'] / 1024:.0f} MB), worker peak {probe['worker_peak_kb'] / 1024:.0f} MB: "
          f"{probe['message']}")
    assert probe["message"] is not None and reason in probe["message"]
    assert probe["seconds"] < 30  # unbounded, the bomb ran 20 minutes; the slow parse sleeps 600 s
    assert probe["self_peak_kb"] - probe["self_before_kb"] < 600 * 1024
    assert probe["worker_peak_kb"] < 600 * 1024


def test_a_timed_out_worker_is_killed_and_reaped(hostile):
    settings = get_settings().model_copy(update={"parse_timeout_s": 2.0})
    start = time.perf_counter()
    with pytest.raises(CorpusError, match="slow.txt：解析超过 2 秒"):
        load_document(hostile["slow"], settings, parse_file=slow_parse)
    assert time.perf_counter() - start < 30
    assert multiprocessing.active_children() == []  # joined: no zombie, no orphan left sleeping


def test_a_worker_past_its_memory_limit_is_stopped(hostile):
    settings = get_settings().model_copy(update={"parse_memory_mb": 512})
    with pytest.raises(CorpusError, match="slow.txt：解析.*内存上限 512 MB"):
        load_document(hostile["slow"], settings, parse_file=hungry_parse)
    assert multiprocessing.active_children() == []


@pytest.fixture()
def library(tmp_settings: Settings, monkeypatch: pytest.MonkeyPatch):
    """A real Assistant over the shipped corpus with a fake embedder (the model is not what is tested)."""
    from assistant import Assistant

    fakes.patch(monkeypatch.setattr)
    return Assistant.load(tmp_settings)


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()} if folder.exists() else {}


@pytest.mark.parametrize("kind", ["bomb", "huge_pdf", "oversize"])
def test_a_hostile_upload_leaves_the_library_untouched(library, hostile, kind):
    documents = [d.doc_id for d in library.documents]
    index, uploads = _snapshot(library.settings.index_dir), _snapshot(library.settings.upload_dir)
    start = time.perf_counter()
    with pytest.raises(CorpusError, match=hostile[kind].name):
        library.add_document(hostile[kind])
    assert time.perf_counter() - start < 30
    assert [d.doc_id for d in library.documents] == documents
    assert _snapshot(library.settings.index_dir) == index
    assert _snapshot(library.settings.upload_dir) == uploads


def test_characters_and_clauses_over_their_limits_are_refused(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("关于加快数据要素市场建设的若干意见\n" + POLICY_LINE * 40, encoding="utf-8")
    few_chars = get_settings().model_copy(update={"max_document_chars": 1000})
    with pytest.raises(CorpusError, match="long.txt：文字超过 1,000 字的上限"):
        load_document(path, few_chars, trusted=True)
    items = "".join(f"{n}. 建设第{n}个数据交易场所，开展数据资产登记服务。\n" for n in range(1, 31))
    path.write_text(f"关于加快数据要素市场建设的若干意见\n一、重点任务\n{items}", encoding="utf-8")
    few_clauses = get_settings().model_copy(update={"max_document_clauses": 10})
    with pytest.raises(CorpusError, match="long.txt：解析出 30 个条款，超过上限 10 个"):
        load_document(path, few_clauses)
    assert len(load_document(path).clauses) == 30  # the same file within the default limits


def test_uploads_in_a_corpus_are_parsed_in_the_worker_under_the_limits(tmp_path):
    """load_corpus sends files outside the shipped corpus to the worker, so its time limit holds there too."""
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    make_huge_pdf(uploads / "huge.pdf")
    with pytest.raises(CorpusError, match="huge.pdf：PDF 共 100,000 页"):
        load_corpus([get_settings().corpus_dir, uploads])


def test_only_the_cache_dir_set_moves_uploads_and_models_under_it(tmp_path, monkeypatch):
    for name in ("POLICY_QA_UPLOAD_DIR", "POLICY_QA_MODELS_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("POLICY_QA_CACHE_DIR", str(tmp_path / "library"))
    settings = Settings()
    assert settings.upload_dir == tmp_path / "library" / "uploads"
    assert settings.models_dir == tmp_path / "library" / "models"
    assert settings.index_dir == tmp_path / "library" / "index"
    monkeypatch.setenv("POLICY_QA_UPLOAD_DIR", str(tmp_path / "elsewhere"))
    assert Settings().upload_dir == tmp_path / "elsewhere"  # set on its own, it stays where it is set
    assert Settings(models_dir=tmp_path / "m").models_dir == tmp_path / "m"


def slow_for_slow_files(path: Path, limits):
    """The real parse, except that a file named slow* never finishes: one bad file among good ones."""
    from assistant.corpus import parse_file

    if path.name.startswith("slow"):
        time.sleep(600)
    return parse_file(path, limits)


def test_a_batch_refuses_only_its_bad_file_and_shares_one_worker_until_it_is_killed(hostile, tmp_path, monkeypatch):
    from assistant.corpus import parse_documents, sandbox

    started = []

    class CountingWorker(sandbox._Worker):
        def __init__(self, *args, **kwargs):
            started.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(sandbox, "_Worker", CountingWorker)
    good = [make_oversize_txt(tmp_path / f"good{i}.txt", 0.01) for i in range(3)]
    paths = [good[0], good[1], hostile["slow"], good[2], hostile["oversize"]]
    settings = get_settings().model_copy(update={"parse_timeout_s": 3.0})
    results = dict(parse_documents(paths, settings, parse_file=slow_for_slow_files))
    assert [isinstance(results[p], CorpusError) for p in paths] == [False, False, True, False, True]
    assert "解析超过 3 秒" in str(results[hostile["slow"]])
    assert results[good[2]].clauses  # parsed after the killed worker was replaced
    assert len(started) == 2  # one worker for the first files, one after the kill; none for the oversize file
    assert all(worker._process.returncode is not None for worker in started)  # both dead and reaped
