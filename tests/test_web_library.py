"""Library views (assistant.web.library): readable errors, upload reports, the documents table and its facets."""

from __future__ import annotations

from dataclasses import replace

from assistant.corpus.metadata import doc_type
from assistant.corpus.model import Clause, Document
from assistant.index.intake import FileReport
from assistant.web.library import (
    ANY,
    FACETS,
    UNKNOWN,
    facet_choices,
    filter_documents,
    readable_error,
    render_notice,
    render_upload_report,
    render_document_table,
)


def make_document(doc_id: str, title: str, issuer: str | None, level: str, date: str | None, source: str) -> Document:
    clause = Clause(id=f"{doc_id}#（一）", doc_id=doc_id, kind="clause", text="建设平台。", clause="（一）")
    form = doc_type(title)
    return Document(
        doc_id=doc_id, title=title, short_title=title[:8], number=None, issuer=issuer, date=date, level=level,
        region=None, source=source, sha256="0", clauses=[clause],
        doc_type="政策文件" if form else None, form=form, status="现行有效" if doc_id == "c" else None,
    )


LIBRARY = [
    make_document("a", "杭州市人民政府关于推进智慧养老服务的实施意见", "杭州市人民政府", "市", "2024-03-01", "杭州 养老.txt"),
    make_document("b", "国务院关于促进信息消费扩大内需的若干意见", "国务院", "国家", "2013-08-08", "gov.txt"),
    make_document("c", "宁波市人民政府关于海洋牧场的通知", "宁波市人民政府", "市", "2024-05-01", "nb.txt"),
    make_document("d", "某机关<b>材料</b>", None, "其他", None, "x.txt"),
]


# ---- readable errors ------------------------------------------------------------------------------
def test_readable_error_drops_exception_names_and_server_paths():
    raw = "bad.docx：无法作为 docx 读取（PackageNotFoundError: Package not found at '/tmp/gradio/3f2a9c/bad.docx'）。"
    assert readable_error(raw) == "bad.docx：无法作为 docx 读取。"
    assert readable_error("fake.pdf：无法作为 pdf 读取（PdfStreamError: Stream has ended unexpectedly）。") == (
        "fake.pdf：无法作为 pdf 读取。"
    )
    assert readable_error("写入失败：OSError: [Errno 28] No space left on device: '/home/u/.cache/policy-qa/index/x'") == (
        "写入失败：[Errno 28] No space left on device: 'x'"
    )
    assert readable_error(r"无法读取 C:\Users\me\AppData\Local\Temp\gradio\ab\通知.pdf") == "无法读取 通知.pdf"
    assert readable_error("empty.txt：文件为空。") == "empty.txt：文件为空。"  # a clean message is left alone
    assert readable_error("") == "处理出错。"


# ---- upload and delete reports ------------------------------------------------------------------------
def test_upload_report_lists_each_file_in_the_panels_own_style():
    reports = [
        FileReport("杭州 养老.txt", "added", doc_id="a", document=LIBRARY[0]),
        FileReport("gov.txt", "unchanged", doc_id="b"),
        FileReport("bad.docx", "refused", reason="bad.docx：无法作为 docx 读取（PackageNotFoundError: at '/tmp/gradio/h/bad.docx'）。"),
    ]
    out = render_upload_report(reports)
    assert out.startswith('<div class="pq-upload-report">')
    assert "已加入 1 个，内容未变 1 个，未能加入 1 个（未能加入的文件没有改变索引）" in out
    assert '<li class="pq-upload-ok">✓ 杭州 养老.txt：已加入为 ' in out and "共 1 个条款" in out
    assert '<li class="pq-upload-skipped">– gov.txt：内容未变</li>' in out
    assert '<li class="pq-upload-failed">✗ bad.docx：无法作为 docx 读取。</li>' in out
    assert "pq-abstain" not in out and "无法回答" not in out
    assert "Error" not in out and "/tmp" not in out


def test_removal_report_and_empty_report():
    out = render_upload_report(
        [FileReport("杭州 养老.txt", "removed", doc_id="a"), FileReport("gov", "refused", reason="内置文件不能删除。")],
        refused="未能删除",
    )
    assert "已删除 1 个，未能删除 1 个（未能删除的文件没有改变索引）" in out
    assert "✓ 杭州 养老.txt：已删除" in out and "✗ gov：内置文件不能删除。" in out
    # a reason naming the file by its stored (normalised) name does not repeat it after the sent name
    stored = render_upload_report([FileReport("通知 2024.pdf", "refused", reason="通知-2024.pdf：无法作为 pdf 读取。")])
    assert "✗ 通知 2024.pdf：无法作为 pdf 读取。" in stored
    assert "请先选择文件" in render_upload_report([])
    escaped = render_upload_report([FileReport("<img src=x>.txt", "refused", reason="文件为空。")])
    assert "&lt;img src=x&gt;.txt" in escaped and "<img" not in escaped


def test_notice_is_escaped_and_readable():
    assert render_notice("已删除 1 个文件。", ok=True) == '<div class="pq-upload-report pq-upload-ok">已删除 1 个文件。</div>'
    refused = render_notice("不能删除 <gov>（ValueError: x）", ok=False)
    assert "pq-upload-failed" in refused and "&lt;gov&gt;" in refused and "ValueError" not in refused


# ---- the documents table ---------------------------------------------------------------------------------
def test_facets_offer_every_value_with_its_count_most_frequent_first():
    by_name = {f.name: f for f in FACETS}
    assert [name for name in by_name] == ["类型", "文种", "状态", "发文机关", "层级", "年份"]
    assert facet_choices(LIBRARY, by_name["层级"]) == [(ANY, ANY), ("市（2）", "市"), ("其他（1）", "其他"), ("国家（1）", "国家")]
    assert facet_choices(LIBRARY, by_name["年份"])[1] == ("2024（2）", "2024")
    assert (f"{UNKNOWN}（1）", UNKNOWN) in facet_choices(LIBRARY, by_name["发文机关"])
    forms = dict((v, label) for label, v in facet_choices(LIBRARY, by_name["文种"]))
    assert {"实施意见", "若干意见", "通知", UNKNOWN} <= set(forms)
    assert ("政策文件（3）", "政策文件") in facet_choices(LIBRARY, by_name["类型"])
    assert ("现行有效（1）", "现行有效") in facet_choices(LIBRARY, by_name["状态"])


def test_filtering_by_several_facets_keeps_documents_matching_all():
    assert [d.doc_id for d in filter_documents(LIBRARY, {"层级": "市"})] == ["a", "c"]
    assert [d.doc_id for d in filter_documents(LIBRARY, {"层级": "市", "年份": "2024", "文种": "通知"})] == ["c"]
    assert [d.doc_id for d in filter_documents(LIBRARY, {"发文机关": UNKNOWN})] == ["d"]
    assert filter_documents(LIBRARY, {"层级": ANY, "年份": None}) == LIBRARY
    assert filter_documents(LIBRARY, {"层级": "省"}) == []


def test_document_table_shows_facets_original_names_and_counts_escaped():
    out = render_document_table(LIBRARY, shown=LIBRARY[:1])
    assert "共 4 个文件，筛选后 1 个" in out
    assert "<th>类型</th><th>文种</th><th>状态</th><th>发文机关</th><th>层级</th><th>年份</th><th>条款数</th><th>原文件名</th>" in out
    assert (
        "<td>政策文件</td><td>实施意见</td><td>未注明</td><td>杭州市人民政府</td><td>市</td><td>2024</td><td>1</td>"
        "<td>杭州 养老.txt</td>"
    ) in out
    assert out.count("<tr data-doc-id=") == 1
    full = render_document_table(LIBRARY)
    assert "共 4 个文件" in full and "筛选后" not in full
    assert "某机关&lt;b&gt;材料&lt;/b&gt;" in full and "<b>材料" not in full
    assert "x.txt" in full  # no original name recorded: the stored file name
    renamed = replace(LIBRARY[3], source="x.txt", original_name="..%2F..%2Fx.txt")
    assert "..%2F..%2Fx.txt" in render_document_table([renamed])
