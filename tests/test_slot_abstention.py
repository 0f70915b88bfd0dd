"""Abstention on the asked slot: whether the chosen clauses fill what the question asks, read from
the evidence. Real sentences of published policy documents, each slot type once filled and once not
(no model needed)."""

from __future__ import annotations

import pytest

from assistant.answering.intents import (
    ASKS_NAMES,
    ASKS_ORG_NAMES,
    ASKS_OUTCOME,
    ASKS_RATE,
    ASKS_TOTAL,
    MONEY_TEXT,
    NUMBER_VALUE,
    TIERS_TEXT,
    Intent,
    Slot,
    detect_slot,
)
from assistant.answering.measures import named_undated, ordinals, unfilled, value_named
from assistant.corpus.model import Clause

#: 柳河县 第8条: a support named with an amount (二类新药) beside one named without (Ⅲ期临床批件)
DRUGS = (
    "鼓励药品品种开发和引进。对新开发和引进一类新药，年销售额在1亿元及以上的，单品种奖励企业200万元；"
    "新开发和引进二类新药、全国独家品种，年销售额在 5000万元及以上的，单品种奖励企业100万元；"
    "对企业自主 研发一、二类新药取得Ⅲ期临床批件并在取得药品生产文号 后落户我县投入生产销售的，对企业发展给予优先支持；"
)
#: 嵊州 一（一）, traditional script with the line breaks of the web page inside the sentence
FACTORIES = (
    "推進未來工廠建設,對當年評為省級未來工廠、省級智能工廠、\n紹興市級智能工廠、省級數字化車間、紹興市級數字化車間的,\n"
    "分別給予 100 萬元、30 萬元、20 萬元、15 萬元、10 萬元獎勵。"
)
#: 成都 方案 一: a target, counted, with no outcome and no names
COMMUNITIES = "到2025年底前,全市首批100个嵌入式服务设施建设示范社区全面建成,实现各类嵌入式设施空间协同布局"
#: 国办发〔2018〕123号: a ratio to raise, no figure
ORIGINAL = "建立原创激励机制，按照规范加大信息采编力度，提高原创信息比例。"
#: 汉阴县 通知: counts and document numbers only inside the names of other texts
PREAMBLE = (
    "根据财政部等11部门《关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知》(财农〔2021〕22号)等文件精神，"
    "现将《汉阴县过渡期统筹整合使用财政涉农资金管理办法》印发给你们"
)


def clause(text: str, cid: str = "d#1") -> Clause:
    return Clause(id=cid, doc_id="d", kind="article", text=text)


# ---- an amount belongs to the measure whose sentence part names it ------------------------------
def test_amount_of_the_measure_asked_fills_the_slot():
    assert value_named(["二类", "新药", "独家"], [clause(DRUGS)], MONEY_TEXT.search) is True


def test_amount_of_a_neighbouring_measure_does_not():
    words = ["自主", "研发", "二类", "新药", "临床", "批件"]
    assert value_named(words, [clause(DRUGS)], MONEY_TEXT.search) is False
    assert unfilled("对企业自主研发新药拿到临床批件的，奖励多少钱？", Intent.SUPPORT, Slot.AMOUNT, words, [clause(DRUGS)])


def test_traditional_script_and_broken_lines_still_fill():
    assert value_named(["省级", "未来", "工厂"], [clause(FACTORIES)], MONEY_TEXT.search) is True


def test_no_asked_word_in_any_part_decides_nothing():
    assert value_named(["住房", "补贴"], [clause(DRUGS)], MONEY_TEXT.search) is None


# ---- a number: counts and figures, not dates, document numbers or the names of other texts -------
@pytest.mark.parametrize(("text", "found"), [("100个", True), ("2.95%", True), ("五年内免征", True), ("3.2万亿元", True),
                                             ("到2025年", False), ("5月底前", False), ("〔2021〕22号", False), ("第42项", False)])
def test_number_value(text, found):
    assert bool(NUMBER_VALUE.search(text)) is found


def test_numbers_inside_other_texts_names_do_not_fill():
    assert value_named(["涉农", "资金", "规模"], [clause(PREAMBLE)], NUMBER_VALUE.search) is None
    assert value_named(["财政部", "部门"], [clause(PREAMBLE)], NUMBER_VALUE.search) is True


# ---- an outcome is not a target -----------------------------------------------------------------
def test_outcome_asked_of_a_target_is_unfilled():
    question = "成都的示范社区现在已经建成了多少个？"
    assert ASKS_OUTCOME.search(question)
    reason = unfilled(question, Intent.TARGET, Slot.NUMBER, ["示范", "社区"], [clause(COMMUNITIES)])
    assert reason is not None and "100" not in reason


def test_outcome_reported_fills():
    done = clause("截至2023年底，全市已建成示范社区36个。")
    assert unfilled("成都的示范社区现在已经建成了多少个？", Intent.TARGET, Slot.NUMBER, ["示范", "社区"], [done]) is None


def test_a_target_question_is_not_an_outcome_question():
    assert not ASKS_OUTCOME.search("成都到2025年底要建成多少个示范社区？")
    assert not ASKS_OUTCOME.search("去年销售额超过3000万元的企业能奖多少？")
    # 网上年销售额: 上年 read across two words is no year (永泰 电商七条措施: a threshold, not a result)
    assert not ASKS_OUTCOME.search("福建永泰县农产品电商龙头企业网上年销售额达到多少才能拿补助？")


# ---- names are not counts -----------------------------------------------------------------------
def test_names_asked_of_a_count_are_unfilled():
    question = "成都首批示范社区具体是哪几个社区？"
    assert ASKS_NAMES.search(question)
    assert unfilled(question, Intent.CONTENT, Slot.CONTENT, ["示范", "社区"], [clause(COMMUNITIES)]) is not None


def test_names_given_fill():
    named = clause("推进宁波“智慧健康”建设并逐步扩大覆盖面，推进绍兴“智慧安居”建设。")
    assert unfilled("智慧城市示范试点有哪些项目？", Intent.CONTENT, Slot.CONTENT, ["智慧", "城市"], [named]) is None


def test_who_is_responsible_is_not_a_names_question():
    assert unfilled("有哪些单位负责？", Intent.RESPONSIBILITY, Slot.UNITS, [], [clause(COMMUNITIES)]) is None


# ---- a rate ---------------------------------------------------------------------------------------
def test_rate_asked_where_none_is_stated():
    question = "政务新媒体的原创信息比例至少要达到百分之多少？"
    assert ASKS_RATE.search(question)
    assert unfilled(question, Intent.TARGET, Slot.NUMBER, ["原创", "信息"], [clause(ORIGINAL)]) == "文件没有给出这一比例。"


@pytest.mark.parametrize("text", ["国家有关部门已承诺负担原估算投资5亿元的2/3", "按固定资产投资的5%—20%给予企业奖励", "补助百分之三十"])
def test_rate_stated(text):
    assert unfilled("国家负担多大比例？", Intent.SUPPORT, Slot.AMOUNT, [], [clause(text)]) is None


# ---- the slot a question asks -------------------------------------------------------------------
def test_the_size_of_a_fund_is_an_amount():
    assert detect_slot("过渡期统筹整合的涉农资金总规模有多少？", Intent.TARGET) is Slot.AMOUNT
    assert detect_slot("涉农专项资金有多少项？", Intent.TARGET) is Slot.NUMBER


def test_an_abstention_quotes_no_figure_of_the_related_clause():
    words = ["自主", "研发", "新药", "临床", "批件"]
    reason = unfilled("新药拿到临床批件奖励多少钱？", Intent.SUPPORT, Slot.AMOUNT, words, [clause(DRUGS)])
    assert reason is not None and not any(ch.isdigit() for ch in reason)


def test_a_cost_is_not_a_subsidy():
    water = clause("反渗透膜分离技术回用废水，处理成本为每立方米2.4元左右，实现经济效益900万元。")
    words = ["反渗透膜", "回用", "废水"]
    assert unfilled("用反渗透膜技术回用废水，每吨水补贴多少？", Intent.SUPPORT, Slot.AMOUNT, words, [water])
    assert unfilled("用反渗透膜技术回用废水，处理成本每吨多少钱？", Intent.SUPPORT, Slot.AMOUNT, words, [water]) is None


# ---- a deadline of the task asked, not of the task beside it ---------------------------------------
def test_a_neighbouring_tasks_deadline_does_not_answer():
    stats = Clause(id="z#26-1", doc_id="z", kind="item", deadline="2014年一季度启动",
                   text="2014年一季度启动制订信息消费的统计分类和标准,开展信息消费统计分析和运行监测。")
    vouchers = clause("鼓励有条件的城市发放信息消费券，直接拉动信息消费。", "z#21-6")
    assert named_undated(["开始", "发放", "信息", "消费"], stats, [vouchers, stats])
    assert not named_undated(["统计", "分类", "标准"], stats, [vouchers, stats])


# ---- a total of what came about is an outcome, not the policy's rate ------------------------------
#: 东府〔2021〕54号 一（一）1: the rate cut, no sum saved
RATE_CUT = "2021年5月1日至2022年4月30日实施阶段性下调工伤保险费率50%的政策。"


def test_a_total_saved_asked_of_a_rate_cut_is_unfilled():
    question = "下调工伤保险费率以后，企业一共少缴了多少钱？"
    reason = unfilled(question, Intent.SUPPORT, Slot.AMOUNT, ["工伤", "保险", "费率"], [clause(RATE_CUT)])
    assert reason is not None and "50" not in reason


def test_a_total_reported_fills():
    done = clause("截至2021年底，累计为企业减免工伤保险费1.2亿元。")
    assert unfilled("企业一共少缴了多少钱？", Intent.SUPPORT, Slot.AMOUNT, ["工伤", "保险"], [done]) is None


def test_a_count_of_tasks_is_not_a_total_of_results():
    assert not ASKS_TOTAL.search("这份方案一共有多少项任务？")


# ---- a batch is named by its ordinal ----------------------------------------------------------------
def test_another_batch_does_not_answer():
    reason = unfilled("成都第二批示范社区什么时候开始申报？", Intent.DEADLINE, Slot.DEADLINE, ["示范", "社区"], [clause(COMMUNITIES)])
    assert reason is not None and "2025" not in reason


@pytest.mark.parametrize("question", ["成都第一批示范社区什么时候建成？", "成都首批示范社区什么时候建成？"])
def test_the_batch_the_text_names_fills(question):
    assert unfilled(question, Intent.DEADLINE, Slot.DEADLINE, ["示范", "社区"], [clause(COMMUNITIES)]) is None


def test_ordinals_read_any_numeral():
    assert ordinals("第2批") == ordinals("第二批") == {(2, "批")}
    assert ordinals("首届") == {(1, "届")}


# ---- tiers --------------------------------------------------------------------------------------------
#: 东府〔2021〕54号 一（一）2: 分档征收 named, no tier given
GRADED = (
    "继续按不高于2017年征收标准征收残疾人就业保障金。落实分档征收和减缴缓缴免缴残疾人就业保障金政策,"
    "在职职工总数30人(含)以下的企业暂免征收残疾人保障金。"
)


def test_tiers_asked_of_a_text_naming_none():
    question = "残疾人就业保障金分档征收，具体每一档的标准是多少？"
    reason = unfilled(question, Intent.TARGET, Slot.NUMBER, ["残疾人", "保障金", "分档"], [clause(GRADED)])
    assert reason is not None and "30" not in reason


@pytest.mark.parametrize("text", ["保障金按比例分为三档征收", "第一档按1%征收，第二档按0.5%征收"])
def test_tiers_stated(text):
    assert TIERS_TEXT.search(text)
    assert not TIERS_TEXT.search(GRADED)


# ---- names of organisations ---------------------------------------------------------------------------
def test_a_category_and_a_slogan_name_no_enterprise():
    question = "嵊州2022年评上省级未来工厂的是哪几家企业？"
    slogan = clause("加快以“产业大脑+未来工厂”为核心的数字经济系统建设。" + FACTORIES)
    assert ASKS_ORG_NAMES.search(question)
    assert unfilled(question, Intent.CONTENT, Slot.CONTENT, ["未来", "工厂"], [slogan]) is not None


def test_a_list_to_be_published_names_none():
    text = "中央所属转制文化企业的认定，由中央宣传部会同财政部、税务总局确定并发布名单。"
    assert unfilled("中央所属转制文化企业名单里有哪些企业？", Intent.CONTENT, Slot.CONTENT, ["转制", "文化"], [clause(text)])


def test_enterprises_named_fill():
    named = clause("浙江万丰奥威汽轮股份有限公司、卧龙电气驱动集团股份有限公司入选省级未来工厂。")
    assert unfilled("评上省级未来工厂的是哪几家企业？", Intent.CONTENT, Slot.CONTENT, ["未来", "工厂"], [named]) is None


# ---- a money standard is an amount --------------------------------------------------------------------
def test_a_funding_standard_is_an_amount():
    assert detect_slot("每个账号每年的运维经费标准是多少？", Intent.TARGET) is Slot.AMOUNT



def test_a_category_of_groups_names_none():
    text = "鼓励大型文化企业（集团）完善法人治理结构。"
    assert unfilled("中央所属转制文化企业名单里有哪些企业？", Intent.COMPARE, Slot.CONTENT, ["转制", "文化"], [clause(text)])
