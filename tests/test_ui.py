"""UI rendering (assistant.web.render) on small hand-made answers and documents: no model, no browser."""

from __future__ import annotations

import re

import pytest

from assistant.answering.answer import Answer
from assistant.citations import Citation
from assistant.corpus.model import Clause, Document
from assistant.web.render import (
    ABSTAIN_TITLE,
    ALL_DOCUMENTS,
    document_choices,
    document_label,
    escape_user_message,
    highlight,
    normalize_selection,
    render_answer,
    render_citation,
    render_document_tree,
    render_error,
    render_sources,
    selected_doc_ids,
    stream_answer,
)


def make_citation(**overrides) -> Citation:
    data = dict(
        doc_id="zj",
        doc_title="浙江省人民政府办公厅关于促进信息消费扩大内需的实施意见",
        doc_number=None,
        clause="（十一）",
        item="2",
        annex_row=None,
        label="《浙江实施意见》（十一）2",
        text="开展跨境电子商务支付业务试点。(责任单位:省外汇管理局)",
        clause_id="zj#（十一）2",
        units=["省外汇管理局"],
        deadline="2014年底前",
        quotes=["开展跨境电子商务支付业务试点"],
    )
    data.update(overrides)
    return Citation(**data)


def make_answer(**overrides) -> Answer:
    data = dict(
        answer="根据《浙江实施意见》（十一）2，“开展跨境电子商务支付业务试点”的责任单位是：省外汇管理局。",
        abstained=False,
        citations=[make_citation()],
    )
    data.update(overrides)
    return Answer(**data)


def make_document() -> Document:
    doc_id = "demo"
    clauses = [
        Clause(id=f"{doc_id}#preamble", doc_id=doc_id, kind="preamble", text="为促进信息消费，现提出如下意见："),
        Clause(
            id=f"{doc_id}#（一）", doc_id=doc_id, kind="clause", text="以改革创新为动力。",
            chapter="一、总体要求", clause="（一）", clause_title="指导思想",
        ),
        Clause(
            id=f"{doc_id}#（二）1", doc_id=doc_id, kind="item", text="建设光纤网络<script>alert(1)</script>。(责任单位:省通信管理局)",
            chapter="二、主要任务", clause="（二）", clause_title="加快网络建设", item="1",
            units=["省通信管理局"], deadline="2014年底前",
        ),
        Clause(
            id=f"{doc_id}#（二）2", doc_id=doc_id, kind="item", text="推进4G商用。",
            chapter="二、主要任务", clause="（二）", clause_title="加快网络建设", item="2",
        ),
        Clause(
            id=f"{doc_id}#annex-1", doc_id=doc_id, kind="annex_row",
            text="发布并落实“宽带中国”战略；负责部门：发展改革委、工业和信息化部；时间进度：2013年第三季度",
            chapter="重点任务分工", annex_row=1, annex_group="一、加快信息基础设施演进升级",
            units=["发展改革委", "工业和信息化部"], deadline="2013年第三季度",
        ),
    ]
    return Document(
        doc_id=doc_id, title="关于促进信息消费的示范意见", short_title="示范意见", number="示发〔2024〕1号",
        issuer="示范省政府", date="2024-01-02", level="省", region="浙江", source="demo.txt", sha256="0", clauses=clauses,
    )


# ---- escaping and highlighting -------------------------------------------------------------
def test_highlight_marks_quotes_and_escapes_everything_else():
    out = highlight("甲<b>乙</b>。开展试点。丙&丁", ["开展试点。"])
    assert out == "甲&lt;b&gt;乙&lt;/b&gt;。<mark>开展试点。</mark>丙&amp;丁"


def test_highlight_escapes_inside_the_mark_and_tolerates_missing_or_trimmed_quotes():
    assert highlight("a<x>b。c", ["a<x>b。"]) == "<mark>a&lt;x&gt;b。</mark>c"
    # the quote ends with punctuation the text does not have there; still found
    assert highlight("开展试点(责任单位:甲)", ["开展试点。"]) == "<mark>开展试点</mark>(责任单位:甲)"
    assert highlight("无关文本", ["不在文中的句子"]) == "无关文本"
    assert highlight("文本", []) == "文本"


def test_highlight_merges_overlapping_quotes():
    assert highlight("一二三四五", ["一二三", "三四"]) == "<mark>一二三四</mark>五"


def test_citation_block_has_label_text_units_deadline_and_escapes_document_text():
    citation = make_citation(text="开展跨境电子商务支付业务试点<img src=x onerror=alert(1)>。", label="《浙江<实施>意见》（十一）2")
    out = render_citation(citation)
    assert out.startswith('<details class="pq-cite">') and out.endswith("</details>")
    assert '<summary><span class="pq-label">《浙江&lt;实施&gt;意见》（十一）2</span></summary>' in out
    assert "<mark>开展跨境电子商务支付业务试点</mark>&lt;img src=x onerror=alert(1)&gt;" in out
    assert "<img" not in out
    assert "<b>责任单位：</b>省外汇管理局" in out and "<b>时间进度：</b>2014年底前" in out


def test_citation_without_units_or_deadline_has_no_facts_block():
    out = render_citation(make_citation(units=[], deadline=None))
    assert "pq-facts" not in out


def test_user_message_is_neither_html_nor_markdown():
    out = escape_user_message("<script>x</script> **粗** [链接](http://a)")
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert r"\*\*粗\*\*" in out and r"\[链接\]\(http://a\)" in out


# ---- answers ----------------------------------------------------------------------------------
def test_answer_lists_its_citations_as_collapsible_blocks():
    out = render_answer(make_answer())
    assert "引用条款（1）" in out and out.count("<details") == 1
    assert "<p>根据《浙江实施意见》（十一）2，“开展跨境电子商务支付业务试点”的责任单位是：省外汇管理局。</p>" in out
    assert ABSTAIN_TITLE not in out
    assert "\n\n" not in out  # one HTML block: markdown passes it through untouched


def test_answer_text_is_escaped_and_split_into_lines():
    out = render_answer(make_answer(answer="第一行<i>x</i>\n第二行 & 更多"))
    assert "<p>第一行&lt;i&gt;x&lt;/i&gt;</p><p>第二行 &amp; 更多</p>" in out


def test_abstention_looks_different_and_shows_related_clauses_as_reference_only():
    related = make_citation(label="《国发〔2013〕32号》（二十一）", quotes=["不该高亮"], text="不该高亮的相关条款。")
    answer = Answer(answer="抱歉，文件中没有关于火星移民的规定。", abstained=True, related=[related])
    out = render_answer(answer)
    assert ABSTAIN_TITLE in out and 'class="pq-abstain"' in out
    assert "仅供参考" in out and 'class="pq-cite pq-related"' in out
    assert "引用条款" not in out
    assert "<mark>" not in out  # related clauses did not answer anything
    normal = render_answer(make_answer())
    assert "pq-abstain" not in normal and "pq-related" not in normal


def test_streaming_yields_growing_text_and_citations_only_at_the_end():
    answer = make_answer(answer="第一行。\n第二行。\n第三行。")
    chunks = list(stream_answer(answer))
    assert len(chunks) == 4
    assert "第一行" in chunks[0] and "第二行" not in chunks[0]
    assert all("<details" not in c for c in chunks[:-1])
    assert chunks[-1] == render_answer(answer)


def test_streaming_goes_phrase_by_phrase_in_a_bounded_number_of_steps():
    one_line = make_answer()
    chunks = list(stream_answer(one_line))
    assert len(chunks) >= 3  # a one-line answer still arrives in pieces
    texts = [re.sub(r"<[^>]+>", "", c) for c in chunks[:-1]]
    assert all(later.startswith(earlier) for earlier, later in zip(texts, texts[1:]))
    long_answer = make_answer(answer="，".join(f"第{i}点" for i in range(100)) + "。")
    assert len(list(stream_answer(long_answer))) <= 13


def test_sources_panel_lists_citations_or_says_nothing_found():
    out = render_sources(make_answer())
    assert "《浙江实施意见》（十一）2" in out and "责任单位：省外汇管理局" in out
    abstained = render_sources(Answer(answer="抱歉", abstained=True))
    assert ABSTAIN_TITLE in abstained
    assert "提问后" in render_sources(None)


def test_error_message_is_escaped():
    assert "&lt;b&gt;" in render_error("<b>问题为空</b>")


# ---- documents and filters --------------------------------------------------------------------------
def test_document_tree_shows_chapters_clauses_items_and_annex_table():
    out = render_document_tree(make_document())
    assert "关于促进信息消费的示范意见" in out and "示发〔2024〕1号" in out
    assert "一、总体要求" in out and "二、主要任务" in out
    assert out.index("（一）") < out.index("（二）") < out.index("推进4G商用")
    assert "加快网络建设" in out and "责任单位：省通信管理局" in out
    assert "&lt;script&gt;" in out and "<script>" not in out
    assert "<th>序号</th><th>工作任务</th><th>负责部门</th><th>时间进度</th>" in out
    row = re.search(r"<tr id=\"[^\"]+\"><td>1</td>(.*?)</tr>", out).group(1)
    assert row == "<td>发布并落实“宽带中国”战略</td><td>发展改革委、工业和信息化部</td><td>2013年第三季度</td>"
    assert "一、加快信息基础设施演进升级" in out
    assert "为促进信息消费" in out  # the preamble is shown too


def test_document_choices_start_with_all_and_map_back_to_doc_ids():
    document = make_document()
    choices = document_choices([document])
    assert choices == [(ALL_DOCUMENTS, ALL_DOCUMENTS), (document_label(document), "demo")]
    assert document_label(document) == "示范意见（示发〔2024〕1号）"
    assert selected_doc_ids([ALL_DOCUMENTS]) is None
    assert selected_doc_ids([]) is None and selected_doc_ids(None) is None
    assert selected_doc_ids([ALL_DOCUMENTS, "demo"]) == frozenset({"demo"})


@pytest.mark.parametrize(
    ("selection", "clicked", "selected", "expected"),
    [
        ([ALL_DOCUMENTS, "a"], "a", True, ["a"]),  # picking a document unpicks 全部
        (["a", ALL_DOCUMENTS], ALL_DOCUMENTS, True, [ALL_DOCUMENTS]),  # picking 全部 unpicks documents
        ([], "a", False, [ALL_DOCUMENTS]),  # nothing left means 全部
        (["a", "b"], "b", False, ["a"]),
        (["a"], "b", True, ["a", "b"]),  # the value before the click: still right
    ],
)
def test_filter_selection_keeps_all_and_documents_exclusive(selection, clicked, selected, expected):
    assert normalize_selection(selection, clicked, selected) == expected


# ---- the direct answer ---------------------------------------------------------------------------------
def test_direct_answer_line_is_set_apart_above_the_quotes():
    short = "省外汇管理局负责浙江跨境电子商务支付业务试点。"
    answer = make_answer(answer=short + "\n根据《浙江实施意见》（十一）2：“开展跨境电子商务支付业务试点”。", short_answer=short)
    out = render_answer(answer)
    assert out.startswith(f'<div class="pq-answer"><div class="pq-direct">{short}</div><p>根据《浙江实施意见》')
    assert out.count(short) == 1  # shown once, not repeated in the body
    chunks = list(stream_answer(answer))
    assert chunks[0].startswith('<div class="pq-answer"><div class="pq-direct">') and "<p>" not in chunks[0]
    assert chunks[-1] == out


def test_no_direct_line_without_a_short_answer_or_for_an_abstention():
    assert "pq-direct" not in render_answer(make_answer())
    assert "pq-direct" not in render_answer(make_answer(short_answer="不在回答开头的一句。"))
    abstained = Answer(answer="抱歉，文件中没有相关规定。", abstained=True, short_answer="抱歉，文件中没有相关规定。")
    out = render_answer(abstained)
    assert "pq-direct" not in out and ABSTAIN_TITLE in out
