"""Whose figure it is, read inside the sentence naming the asked measure: 每年不少于50万元 is a floor and 每亩120元 a
rate per unit, neither a 最多; …回用水量1700多万吨，外排污水量大幅减少 gives no figure for the discharge that fell; and
the answerable twins of each are still answered.
Real published clauses (eval/real/docs/dev), no model."""

from __future__ import annotations

from assistant.answering.figure_scope import asked_head, cap_unstated, changed_without_figure
from assistant.answering.intents import ASKS_OUTCOME, NUMBER_VALUE, Intent, Slot, detect_slot
from assistant.answering.measures import unfilled
from tests.fixed_order import clause_at, dev_catalog

SHANDONG = "h23d-shandong-2022-225-sci-tech-province-trad-part"
SHICHENG = "shicheng-2009-foreign-trade-fund-part"
LUCHENG = "wenzhou-lucheng-2022-agri-common-prosperity-part"
WATER = "guobanhan-2005-21-water-saving-reply"
ZHEJIANG = "h22r-zhejiang-2024-key-work-trad-part"


def test_a_floor_is_no_cap():
    fund = clause_at(dev_catalog(SHICHENG), SHICHENG, "附件第三条")
    words = ["石城", "外贸", "发展", "资金", "县财政"]
    assert "下限" in cap_unstated(words, [fund], lambda part: "元" in part)
    assert unfilled("石城县财政每年给外贸发展资金最多安排多少钱？", Intent.SUPPORT, Slot.AMOUNT, words, [fund]) is not None
    # a clause stating a cap (每个企业最高不超过20万元) is not read as a floor
    changfeng = "changfeng-county-economy-policy-part"
    capped = clause_at(dev_catalog(changfeng), changfeng, "一（二）1")
    assert "最高不超过" in capped.text
    assert cap_unstated(["首台套", "配套", "奖励"], [capped], lambda part: "元" in part) is None


def test_a_sum_per_unit_counted_is_no_cap_for_one_recipient():
    grain = clause_at(dev_catalog(LUCHENG), LUCHENG, "附件一1")
    words = ["规模", "种粮", "补贴", "大户"]
    assert cap_unstated(words, [grain], lambda part: "元" in part) is not None
    assert unfilled("鹿城区规模种粮补贴一个大户一年最多能拿多少？", Intent.SUPPORT, Slot.AMOUNT, words, [grain]) is not None
    assert unfilled("鹿城区规模种粮补贴每亩给多少？", Intent.SUPPORT, Slot.AMOUNT, words, [grain]) is None


def test_a_measure_said_to_change_without_a_figure_is_not_given_one():
    report = clause_at(dev_catalog(WATER), WATER, "一")
    words = ["太钢", "污水", "回用", "设施", "外排污水"]
    question = "太钢污水回用设施用起来以后，外排污水具体少了多少吨？"
    assert asked_head(question, words) == "外排污水"
    assert changed_without_figure(question, words, [report], NUMBER_VALUE.search)
    assert unfilled(question, Intent.TARGET, Slot.NUMBER, words, [report]) is not None
    # the reused water, named where the figure stands, is answered
    reused = "太钢污水回用设施一年回用水量有多少？"
    assert not changed_without_figure(reused, ["太钢", "回用", "水量", "回用水量"], [report], NUMBER_VALUE.search)


def test_a_change_continued_by_its_figure_is_given_one():
    plan = clause_at(dev_catalog(SHANDONG), SHANDONG, "一")
    question = "山东到2027年全社会研发经费投入强度要达到多少？"  # …经费投入大幅增加,投入强度达到2.8%
    assert not changed_without_figure(question, ["全社会", "研发", "经费", "投入", "强度"], [plan], NUMBER_VALUE.search)


def test_a_task_said_to_start_without_a_figure_is_given_none():
    stem = "h22r-shandong-2023-green-lowcarbon-tasks-trad-part"
    labs = clause_at(dev_catalog(stem), stem, "附件一2")  # …达到25家以上。…10家左右山东省实验室。…启动山东省重点实验室重组工作
    question = "山东2023年启动省重点实验室重组，计划重组多少家？"
    assert changed_without_figure(question, ["省重点实验室", "重点实验室", "重组"], [labs], NUMBER_VALUE.search)


def test_a_basis_of_a_rate_asks_no_outcome():
    assert not ASKS_OUTCOME.search("首购首用奖励是按实际支付额的多少比例给？")
    assert ASKS_OUTCOME.search("去年实际发放了多少？")


def test_a_fund_asked_by_its_budget_words_asks_money():
    assert detect_slot("广西每年统筹多少一般公共预算资金支持工业？", Intent.SUPPORT) is Slot.AMOUNT
    assert detect_slot("申报材料要交几份？", Intent.CONTENT) is Slot.NUMBER


def test_a_number_of_a_measure_the_clause_never_names_is_not_its_figure():
    # h33d-guangdong-2021-22-gov-report-task-division-part 附件一1: GDP's 6%, asked of 一般公共预算收入
    stem = "h33d-guangdong-2021-22-gov-report-task-division-part"
    gdp = clause_at(dev_catalog(stem), stem, "附件一1")
    question = "广东2021年定的地方一般公共预算收入增长目标是多少？"
    words = ["一般", "公共", "预算", "收入", "增长"]
    assert unfilled(question, Intent.TARGET, Slot.NUMBER, words, [gdp]) == "文件没有给出这一具体数字。"
    assert unfilled("广东2021年地区生产总值增长目标是多少？", Intent.TARGET, Slot.NUMBER, ["地区", "生产", "总值", "增长"], [gdp]) is None
    # asking words (多长时间) and counting words (一次) name no measure: nothing left to decide on
    assert unfilled("多长时间评一次？", Intent.TARGET, Slot.NUMBER, ["多长", "时间", "长时间", "多长时间", "一次"], [gdp]) is None
    # a measure named in Latin letters (GDP) is written out in the text: not decided here
    assert unfilled("广东2021年GDP增长目标是多少？", Intent.TARGET, Slot.NUMBER, ["GDP", "增长"], [gdp]) is None
