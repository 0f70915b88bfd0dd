"""Question understanding: intent, scope, units, asked values, follow-ups (no model needed)."""

from __future__ import annotations

import pytest

from assistant.answering.question import (
    InvalidQuestionError,
    is_follow_up,
    merge_follow_up,
    understand,
    validate_question,
)

GUOFA = "guofa-2013-32"
ZHEJIANG = "zhejiang-2014-info-consumption"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("浙江跨境电子商务支付业务试点由哪个部门负责？", "responsibility"),
        ("宽带中国战略什么时候发布？", "deadline"),
        ("国务院文件提出2015年信息消费规模要达到多少？", "target"),
        ("工信部负责哪些任务？", "list"),
        ("附件里时间进度为“持续实施”的任务有哪些？", "list"),
        ("建立公共就业信息服务平台的负责部门有哪些？", "responsibility"),
        ("互联网小微企业能享受哪些税收优惠？", "support"),
        ("农村网速目标，国家和浙江各是多少？", "compare"),
        ("浙江的“一址多照”制度是为了什么？", "content"),
        ("立山区发改局牵头的2023年预期目标都有哪些？", "list"),  # the unit's tasks, several words after 牵头
        ("国务院文件里这件事谁负责，什么时候启动？", "responsibility"),  # 负责，什么时候: no list across the pause
    ],
)
def test_intent(corpus, question, intent):
    assert understand(question, corpus).intent == intent


def test_scope_and_units(corpus):
    query = understand("国务院分工表中外管局参与的任务有哪些？", corpus)
    assert query.doc_ids == frozenset({GUOFA})
    assert query.units == ("外汇局",)  # 国务院 names the scope, it is not a responsible unit here
    assert understand("浙江的主要目标是什么？", corpus).doc_ids == frozenset({ZHEJIANG})
    assert understand("工信部自己单独负责的任务都有哪些？", corpus).only_units


def test_asked_values(corpus):
    assert understand("浙江发放的信息消费券每张面额是多少？", corpus).asks_money
    assert understand("杭州IPv6用户数目标是多少户？", corpus).asked_unit == "户"
    assert understand("税率具体是百分之几？", corpus).asked_unit == "%"
    assert understand("跨境电子商务支付业务试点在哪几个地区开展？", corpus).asked_unit is None
    assert understand("领导小组的组长是谁？", corpus).asks_person
    assert understand("江苏省的信息消费补贴是多少？", corpus).regions == ("江苏",)


def test_follow_up_takes_topic_and_keeps_new_scope(corpus):
    first = understand("浙江的主要目标是什么？", corpus)
    second = understand("那国务院文件里呢？", corpus)
    assert is_follow_up("那国务院文件里呢？", second)
    merged = merge_follow_up(second, first)
    assert merged.doc_ids == frozenset({GUOFA})
    assert "主要目标" in merged.text and merged.follow_up
    assert not is_follow_up("浙江跨境电子商务支付业务试点由哪个部门负责？", first)


@pytest.mark.parametrize(
    ("question", "follow_up"),
    [
        ("要求什么时候完成？", True),  # only asking words: the topic is the previous turn's
        ("由谁负责？", True),
        ("国务院分工表里这项由哪些部门负责？", True),
        ("其中统计那一项由谁负责？", True),
        ("组建中国广播电视网络公司什么时候完成？", False),
        ("浙江跨境电子商务支付业务试点由哪个部门负责？", False),
    ],
)
def test_follow_up_detection(corpus, question, follow_up):
    assert is_follow_up(question, understand(question, corpus)) is follow_up


@pytest.mark.parametrize(("question", "message"), [("", "为空"), ("x" * 3000, "过长"), ("Who is responsible?", "中文")])
def test_invalid_questions(question, message):
    with pytest.raises(InvalidQuestionError, match=message):
        validate_question(question, max_chars=2000)


# ----------------------------------------------------------------------------- lists: headings and units named in short

def test_a_heading_is_named_by_its_words_less_the_documents_theme():
    from assistant.answering.headings import names_heading

    theme = "浙江省人民政府办公厅关于促进信息消费扩大内需的实施意见"
    title = "激发资源环境领域信息消费活力"
    assert names_heading("浙江在资源环境领域要推进哪些信息化工作？", title, theme)
    assert not names_heading("浙江在资源环境领域要推进哪些信息化工作？", title)  # 信息消费 weighs without the theme
    assert not names_heading("浙江在信息消费方面有哪些工作？", title, theme)  # the theme alone names no heading


def test_a_short_heading_core_is_named_when_the_question_holds_all_of_it():
    from assistant.answering.headings import names_heading

    assert names_heading("浙江在财政上对信息消费有哪些支持措施？", "加强财政政策支持")
    assert not names_heading("浙江对信息消费有哪些支持措施？", "加强财政政策支持")


def test_a_unit_the_documents_name_in_short_is_found_in_the_written_out_name():
    from assistant.answering.listing import abbreviates

    assert abbreviates("人行杭州中心支行", "浙江的实施意见里，人民银行杭州中心支行参与了哪些工作？") == "人民银行杭州中心支行"
    assert abbreviates("人行杭州中心支行", "人民银行参与了哪些工作？") is None  # no long run shared
    assert abbreviates("省发改委", "省发展和改革委员会参与了哪些工作？") is None  # too short to tell
