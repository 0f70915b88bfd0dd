"""Text files in the encodings Chinese policy texts come in, detected (charset-normalizer), not guessed.

UTF-8 with and without BOM, UTF-16 LE/BE with and without BOM (Windows tools export
UTF-16, sometimes without a BOM), GB18030/GBK, and Big5 for traditional texts — each must
read back exactly and parse into the same clauses as its UTF-8 original. Binary data is
still refused with a clear message.
"""

from __future__ import annotations

import os

import pytest

from assistant.config import REPO_ROOT
from assistant.corpus import CorpusError, load_document
from assistant.corpus.loader import read_text

#: A real simplified-Chinese policy text: the shipped State Council opinion, complete.
SIMPLIFIED = (REPO_ROOT / "index" / "corpus" / "guofa-2013-32.txt").read_text("utf-8")
#: Traditional-Chinese policy wording (Big5 has no simplified characters).
TRADITIONAL = (
    "臺北市政府關於推動數位經濟發展之實施要點\n"
    "一、總體目標\n"
    "（一）發展目標。到2026年，全市數位經濟產值達到新臺幣五千億元，培育新創企業一百家。\n"
    "二、重點任務\n"
    "（二）建設資料交換平臺。1.建置臺北市資料交易所，辦理資料資產登記服務。（責任單位：資訊局、財政局）\n"
    "2.推動政府資料開放，各機關應於每年十二月底前公布開放資料清單。（責任單位：各區公所）\n"
    "臺北市政府\n"
    "2024年3月1日\n"
)

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "gbk"]


@pytest.mark.parametrize("text, encoding", [
    *[(SIMPLIFIED, e) for e in ENCODINGS],
    *[(TRADITIONAL, e) for e in [*ENCODINGS, "big5"]],
], ids=[*[f"simplified-{e}" for e in ENCODINGS], *[f"traditional-{e}" for e in [*ENCODINGS, "big5"]]])
def test_text_reads_back_exactly_and_parses_as_its_utf8_original(tmp_path, text, encoding):
    """`utf-16` writes a BOM (LE here); `utf-16-le`/`-be` write none, as some Windows exports do."""
    original = tmp_path / "original.txt"
    original.write_text(text, encoding="utf-8")
    path = tmp_path / "encoded.txt"
    path.write_bytes(text.encode(encoding))
    assert read_text(path) == text
    expected = load_document(original, trusted=True)
    parsed = load_document(path, trusted=True)
    assert [(c.path, c.text) for c in parsed.clauses] == [(c.path, c.text) for c in expected.clauses]
    assert parsed.title == expected.title


def test_a_windows_utf16_export_with_crlf_lines_is_read_through_the_worker(tmp_path):
    original = tmp_path / "original.txt"
    original.write_text(TRADITIONAL, encoding="utf-8")
    path = tmp_path / "windows-export.txt"
    path.write_bytes(TRADITIONAL.replace("\n", "\r\n").encode("utf-16"))
    document = load_document(path)
    assert [(c.path, c.text, c.units) for c in document.clauses] == [
        (c.path, c.text, c.units) for c in load_document(original, trusted=True).clauses
    ]
    assert [len(c.units) for c in document.clauses] == [0, 2, 1]  # the 责任单位 of each item survive


def test_an_html_page_in_gbk_is_read(tmp_path):
    path = tmp_path / "page.html"
    body = "".join(f"<p>{line}</p>" for line in SIMPLIFIED.splitlines()[:40])
    path.write_bytes(f"<html><head><title>通知</title></head><body>{body}</body></html>".encode("gbk"))
    assert "国务院关于促进信息消费扩大内需的若干意见" in read_text(path)


@pytest.mark.parametrize("content, reason", [
    (b"\x00\x01\x02\x03\xff\xfe\x00\x00" * 600, "二进制"),  # NUL-heavy and not UTF-16 text
    (os.urandom(8000), "二进制|没有中文"),
    ("Information consumption policy, in English only.\n".encode("utf-16"), "没有中文"),
    (b"\x1b\x07\x08" * 50 + "国务院关于促进信息消费扩大内需的若干意见".encode("utf-8"), "二进制"),
])
def test_binary_data_is_still_refused(tmp_path, content, reason):
    path = tmp_path / "data.txt"
    path.write_bytes(content)
    with pytest.raises(CorpusError, match=f"data.txt：.*({reason})"):
        read_text(path)
