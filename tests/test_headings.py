"""Lists by heading (assistant/answering/headings.py) on real headings."""

from __future__ import annotations

import pytest

from assistant.answering.headings import heading_list, names_heading
from assistant.corpus.model import Clause, Document


@pytest.mark.parametrize(
    "question, title, named",
    [
        ("浙江在改善企业融资环境方面列了哪几项措施？", "改善企业融资环境", True),
        ("推进政务新媒体发展有哪几条基本原则？", "基本原则", True),
        ("加强功能建设包括哪些方面？", "三、加强功能建设", True),
        # a title the question only touches is not named
        ("企业融资有什么支持？", "改善企业融资环境", False),
        ("总则部分说了什么？", "总　则", False),  # too short to be sure
    ],
)
def test_names_heading(question, title, named):
    assert names_heading(question, title) is named


def _leaf(path: str, chapter: str, clause: str | None, title: str | None, item: str | None, text: str) -> Clause:
    return Clause(id=f"d#{path}", doc_id="d", kind="item", text=text, chapter=chapter, clause=clause,
                  clause_title=title, item=item, path=path)


def _document() -> Document:
    doc = Document("d", "关于推进政务新媒体健康有序发展的意见", "意见", None, None, None, "国家", None, "d.txt", "x")
    doc.clauses = [
        _leaf("一（二）", "一、总体要求", "（二）", "工作目标", None, "到2022年，建成……"),
        *[_leaf(f"一（三）{i}", "一、总体要求", "（三）", "基本原则", str(i), f"坚持第{i}项。") for i in range(1, 5)],
        _leaf("二", "二、明确工作职责", None, None, None, "本意见所称政务新媒体……"),
    ]
    return doc


def test_every_leaf_under_the_named_heading_in_document_order():
    doc = _document()
    hits = [doc.clauses[3], doc.clauses[0], doc.clauses[5]]  # one principle ranked first, neighbours after
    title, leaves = heading_list("推进政务新媒体发展有哪几条基本原则？", hits, {"d": doc})
    assert title == "基本原则"
    assert [c.path for c in leaves] == ["一（三）1", "一（三）2", "一（三）3", "一（三）4"]


def test_a_chapter_the_question_names_lists_its_leaves():
    doc = _document()
    title, leaves = heading_list("总体要求包括哪些内容？", [doc.clauses[0]], {"d": doc})
    assert title == "总体要求" and len(leaves) == 5


def test_no_heading_named_gives_none():
    doc = _document()
    assert heading_list("政务新媒体由谁主管？", doc.clauses, {"d": doc}) is None
    # a named heading holding a single leaf is not a list
    assert heading_list("明确工作职责有哪些？", [doc.clauses[5]], {"d": doc}) is None


def test_asking_for_the_points_of_a_heading_is_a_list_question():
    from assistant.answering.intents import Intent, detect_intent

    assert detect_intent("推进政务新媒体发展有哪几条基本原则？") is Intent.LIST
    assert detect_intent("浙江在改善企业融资环境方面列了哪几项措施？") is Intent.LIST
    assert detect_intent("加强功能建设包括哪些方面？") is Intent.LIST


@pytest.mark.parametrize(
    "question, title",
    [
        ("浙江在税收上给了哪些优惠措施？", "（二十二）落实税收优惠政策"),  # its core, in the asker's order
        ("浙江推进三网融合具体要做哪几件事？", "全面推进三网融合"),
    ],
)
def test_a_heading_is_named_by_its_core_without_its_frame_words(question, title):
    assert names_heading(question, title)


def test_a_core_the_question_only_touches_does_not_name_the_heading():
    assert not names_heading("互联网企业融资有什么支持？", "改善企业融资环境")  # 企业融资 of 企业融资环境
    assert not names_heading("信息有哪些？", "加强信息")  # a core of one pair says too little


# ---- run-in headings inside one clause (composer.best_sentences) -----------------------------------

ZHEJIANG_TARGETS = (
    "信息消费规模显著增长。到2015年,信息消费规模超3500亿元,年均增长20%以上。"
    "信息基础设施保持领先。到2015年,宽带、融合、安全、泛在的下一代信息基础设施基本形成。"
    "城市住宅光纤全覆盖,商务楼宇光纤通达率、行政村宽带通达率均达100%。"
    "城市家庭宽带接入能力达到每秒30兆比特(Mbps)以上,农村家庭宽带接入能力达到每秒8兆比特(Mbps)。"
    "信息消费市场健康繁荣。信息消费市场日益活跃,信息产品和内容服务更加丰富。"
)


def test_several_figures_asked_are_the_whole_paragraph_under_its_run_in_heading():
    from assistant.answering.composer import best_sentences
    from assistant.lexicon.tokenizer import Tokenizer

    quoted = best_sentences(ZHEJIANG_TARGETS, "浙江到2015年在网络基础设施上要达到哪些具体指标？", Tokenizer(), True, several=True)
    assert quoted[0] == "信息基础设施保持领先。" and len(quoted) == 4
    assert "100%" in quoted[2] and "8兆比特" in quoted[3]
    # one figure asked of a clause this short: the whole clause (composer._WHOLE_CLAUSE_CHARS), not one paragraph
    one = best_sentences(ZHEJIANG_TARGETS, "浙江农村家庭宽带接入能力要达到多少？", Tokenizer(), True)
    assert "".join(one) == ZHEJIANG_TARGETS and any("8兆比特" in s for s in one)
