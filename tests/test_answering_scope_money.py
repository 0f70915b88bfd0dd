"""Scope words, money facts and direct lines on sentences written the way real documents write them
(no model needed): the place a question names, the band or tier of the measure it names, the
document a text rests on, lead and supporting units."""

from __future__ import annotations

import pytest

from assistant.answering.direct import (
    amount_line,
    deadline_line,
    name_line,
    units_line,
    validity_line,
)
from assistant.answering.intents import CITES_BASIS, Slot, states_validity
from assistant.answering.question import (
    detect_scope,
    is_follow_up,
    named_places,
    understand,
)
from assistant.corpus.model import Clause, Document, Money
from assistant.lexicon.tokenizer import Tokenizer

KNOWN = frozenset({"柳河县", "柳河", "汉阴县", "汉阴"})


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer()


def _clause(text: str, **facts) -> Clause:
    return Clause(id="d#1", doc_id="d", kind="article", text=text, path="第一条", **facts)


def _doc(doc_id: str, region: str | None, level: str, title: str = "关于支持产业发展的若干措施") -> Document:
    return Document(doc_id, title, title[:6], None, None, None, level, region, f"{doc_id}.txt", "x", government=region)


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("我在柳河县新上一个工业项目，县里怎么奖励？", ("柳河县",)),  # not 在柳河县
        ("这个汉阴县文件现在还有效吗？", ("汉阴县",)),  # not 个汉阴县
        ("在和平县办厂有什么补贴？", ("和平县",)),  # an unknown place keeps its own first character
        ("官渡区对新升规的企业奖励多少钱？", ("官渡区",)),
        ("国务院和浙江文件列出的债券品种有什么区别？", ()),  # 什么区 is no place
        ("办法是经过县里什么会议审定的？", ()),
        ("开发区企业能享受什么政策？", ()),
        ("百县宽带乡村工程选择多少个县的农村做试点？", ()),
    ],
)
def test_the_place_is_the_place_not_the_words_before_it(question, places):
    assert named_places(question, KNOWN) == places


def test_a_named_place_decides_the_scope_and_a_level_word_beside_it_is_topic():
    docs = [_doc("gz", "贵州", "省"), _doc("zj", "浙江", "省"), _doc("gov", None, "国家"), _doc("lh", "柳河县", "区县")]
    assert detect_scope("贵州省级专项资金单个项目最高能拿多少？", docs)[0] == frozenset({"gz"})
    assert detect_scope("柳河县对获评省级研发中心的企业奖多少？", docs)[0] == frozenset({"lh"})
    assert detect_scope("省级层面有哪些支持？", docs)[0] == frozenset({"gz", "zj"})
    # the document a local text rests on is named through 国务院, which is then no second scope
    assert detect_scope("柳河县这个意见是根据国务院哪个文件制定的？", docs)[0] == frozenset({"lh"})


@pytest.mark.parametrize(
    ("question", "slot"),
    [
        ("核心团队成员个人能领多少住房补贴？", Slot.AMOUNT),
        ("对技能人才每人每月发多少津贴？", Slot.AMOUNT),
        ("科技奖一等奖奖金多少？", Slot.AMOUNT),
        ("每个示范社区能拿到多少建设补助？", Slot.AMOUNT),
        ("这个方案是哪几个部门联合印发的？", Slot.ISSUE),
        ("名单由哪些部门来认定和发布？", Slot.UNITS),
        ("这个方案是经谁同意后印发的？", Slot.CONTENT),
        ("国家给每个县开展宣传拨多少经费？", Slot.AMOUNT),
        ("统筹整合的中央财政涉农专项资金有多少项？", Slot.NUMBER),  # a count of things, not money
        ("这个计划每年资助多少青年科技人员？", Slot.NUMBER),  # a count of people a programme funds, by its noun
        ("五年里一共资助多少博士后？", Slot.NUMBER),
        ("每个博士后资助多少钱？", Slot.AMOUNT),  # money per person
        ("对种粮农户补贴多少？", Slot.AMOUNT),
        ("预算管理制度改革的总目标是什么？", Slot.CONTENT),  # 预算 is the topic here; a goal asked for what it is, no figure
        ("这个办法依据的哪部预算审查条例现在已经废止了？", Slot.NAME),
        ("这份通知是哪天发的？", Slot.ISSUE),
    ],
)
def test_slot_of_money_and_issuer_paraphrases(question, slot):
    assert understand(question, []).slot is slot


@pytest.mark.parametrize("question", ["配合的有哪些？", "配合的还有谁？", "除了它还有哪些单位配合？", "第二个是谁负责？", "国家层面对应的任务是哪条？"])
def test_a_bare_asking_follow_up_is_a_follow_up(question):
    assert is_follow_up(question, understand(question, []))


def test_a_question_with_its_own_topic_is_no_follow_up():
    assert not is_follow_up("宽带网速目标是多少？", understand("宽带网速目标是多少？", []))


def test_deadlines_order_by_when_they_are_due():
    from assistant.answering.measures import due_by as _when

    assert _when("2013年第三季度") < _when("2013年年底前启动") < _when("2014年一季度启动") < _when("成熟一项、启动一项")


def test_the_band_holding_a_stated_figure_answers(tokenizer):
    clause = _clause(
        "综合考评95分-99分的,给予企业最高100万元奖励;90分-94分的,给予企业最高50万元奖励。",
        money=[
            Money("cap", 100, "万元", "95分-99分的,给予企业最高100万元奖励", condition="95分-99分的"),
            Money("cap", 50, "万元", "90分-94分的,给予企业最高50万元奖励", condition="90分-94分的"),
        ],
    )
    assert "50万元" in amount_line([clause], "综合考评拿了92分，最多能拿多少？", tokenizer)
    assert "100万元" in amount_line([clause], "综合考评拿了97分，最多能拿多少？", tokenizer)


def test_the_tier_of_the_named_case_answers(tokenizer):
    phrase = "对初次认定为国家级和省级企业技术(研发)中心的，分别给予企业100万元和30 万元奖励"
    clause = _clause(phrase + "。", money=[Money("tiers", 100, "万元", phrase, tiers=(100, 30))])
    assert amount_line([clause], "初次认定为省级企业研发中心奖多少？", tokenizer).startswith("省级企业技术(研发)中心：30万元")
    sales = "年销售收入首次突破 1000 万元、2000 万元、5000万元、1 亿元的,分别给予一次性奖励 10 万元、20 万元、50 万元、100 万元"
    clause = _clause(sales, money=[Money("tiers", 10, "万元", sales, tiers=(10, 20, 50, 100))])
    assert amount_line([clause], "年销售收入第一次突破1亿元奖多少？", tokenizer).startswith("1亿元：100万元")


def test_a_long_title_and_its_number_are_named_without_failing(tokenizer):
    text = (
        "为了加强涉农资金管理,根据《某自治区人民政府办公厅关于印发自治区支持贫困县开展统筹整合使用财政涉农资金试点实施方案的通知》"
        "(某政办发〔2016〕80号)和自治区财政厅《关于印发统筹整合使用财政涉农资金试点工作操作指南的通知》(某财农〔2016〕121 号)"
        "等文件要求,结合我县实际,特制定本办法。"
    )
    line = name_line([_clause(text)], "这个办法依据了自治区办公厅哪份文件？", tokenizer)
    assert line.startswith("名称：《某自治区人民政府办公厅") and "某政办发〔2016〕80号" in line
    assert "某财农〔2016〕121号" in name_line([_clause(text)], "这个办法依据了自治区财政厅哪份文件？", tokenizer)


@pytest.mark.parametrize(
    "text",
    [
        "为贯彻落实区委区政府《关于推进工业经济加快转型升级的若干政策意见(试行)》(某高发〔2017〕8号)文件精神,制定本细则。",
        "為貫徹落實區委區政府《關于推進工業經濟加快轉型升級的若干政策意見(試行)》(某高發〔2017〕8號)文件精神,制定本細則。",
    ],
)
def test_the_document_a_text_implements_is_its_basis(tokenizer, text):
    assert CITES_BASIS.search(text)
    line = name_line([_clause(text)], "这个细则是为了贯彻落实区里哪份文件？", tokenizer)
    assert line.startswith("名称：《") and ("某高发〔2017〕8号" in line or "某高發〔2017〕8號" in line)


def test_a_date_the_question_names_is_taken_over_the_clauses_first(tokenizer):
    clause = _clause(
        "降低失业保险费率政策实施至2021年4月30日,延长阶段性降低失业保险费率政策至2022年4月30日。", deadline="2021年4月"
    )
    assert "2022年4月30日" in deadline_line(clause, "失业保险降费率的政策延长到哪天？", tokenizer)
    annex = Clause(id="d#a", doc_id="d", kind="annex_row", text="建设平台；时间进度：2014年底前", annex_row=3, deadline="2014年底前")
    assert deadline_line(annex, "平台什么时候建成？", tokenizer) == "时间进度：2014年底前"


def test_validity_is_read_outside_the_names_of_other_texts(tokenizer):
    assert not states_validity(_clause("按照《引导资金管理办法(试行)》相关规定，用于重点产业发展补助。"))
    assert states_validity(_clause("本政策自发布之日起施行，暂定三年有效期。"))
    doc = _doc("d", "汉阴县", "区县")
    doc.status = "现行有效"
    assert "现行有效" in validity_line([_clause("现将办法印发给你们。")], doc, "还有效吗？", tokenizer)


def test_supporting_units_are_never_the_lead():
    clause = _clause("…", units=["区环保局", "区水务局"])
    assert units_line([clause], "supporting") == "文件没有写明配合单位；责任单位：区环保局、区水务局"
    assert units_line([clause], "lead") == "文件没有区分牵头单位；责任单位：区环保局、区水务局"
    led = _clause("…", units=["区环保局", "区水务局"], lead_units=["区环保局"])
    assert units_line([led], "supporting") == "配合单位：区水务局"


def test_asking_words_do_not_pick_the_figure(corpus, tokenizer):
    """规模要达到多少: 达到 asks for the figure; the text writes 超过3.2万亿元 and, of a part, 达到2.4万亿元."""
    from assistant.answering.direct import number_line

    clause = next(c for d in corpus for c in d.clauses if any(t.value == "3.2" for t in c.targets))
    line = number_line([clause], "国务院文件提出2015年信息消费规模要达到多少？", tokenizer, "")
    assert "3.2万亿元" in line and "2.4" not in line


def test_a_follow_up_names_a_cited_clause_only_when_it_holds_most_of_its_words():
    from assistant.answering.measures import names_most as _names

    assert _names(["统计"], "开展信息消费统计分析和运行监测")
    assert not _names(["地面", "数字电视", "覆盖网", "建设"], "组建中国广播电视网络公司，推进电视网络整合")


def test_what_a_unit_manages_is_a_list():
    from assistant.answering.intents import Intent

    assert understand("浙江文件里省物价局管哪些事？", []).intent is Intent.LIST
    assert understand("市卫生局牵头的是哪个项目？", []).intent is Intent.LIST
    assert understand("这个项目由哪个部门负责？", []).intent is Intent.RESPONSIBILITY
    assert understand("加快修订互联网信息服务管理办法由哪些部门负责？", []).intent is Intent.RESPONSIBILITY


def test_a_listed_item_shows_each_thing_it_says_without_its_unit_note():
    from assistant.answering.composer import _listed_task

    item = _clause("进一步落实高新技术企业认定管理办法。落实企业研发费用税前加计扣除政策。（责任单位：省财政厅、省科技厅、省地税局）")
    assert _listed_task(item) == "进一步落实高新技术企业认定管理办法。落实企业研发费用税前加计扣除政策"
    long = _clause("甲" * 100 + "。" + "乙" * 40 + "。")
    assert _listed_task(long) == "甲" * 100  # whole sentences only, the first always
