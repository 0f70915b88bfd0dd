"""Money facts from real sentences of the development documents that used to yield none or a wrong
reading: a share of a basis whose support verb stands in another part, rates listed against as many
listed conditions, an aside's cap, and a second 对… part that is a condition."""

from __future__ import annotations

from assistant.corpus.money import extract_money, pick, threshold


def test_rate_of_a_basis_with_the_support_verb_in_another_part():
    # panxian-investment-incentives-part 第四条
    facts = extract_money("第三年至第五年按企业所得税县级留存部分的50%,由县财政补助给企业。")
    assert [(f.kind, f.value) for f in facts] == [("rate", 50)]
    assert "留存部分" in facts[0].basis
    # without any support word the sentence is no support money (a share being divided)
    assert extract_money("由乡镇(街道)与经济开发区根据项目年度地方财政贡献按50%比例进行分配。") == []
    # a rate inside a condition stays a condition
    assert extract_money("对按销售收入的5%以上投入研发的企业，给予奖励。") == []


def test_listed_rates_take_their_listed_conditions():
    # liuhe-2023-key-industries 第五条
    text = ("对新引进的总部经济项目，自认定当年起，参照其年度地方财政贡献给予企业连续5年奖励，即：年度地"
            "方财政贡献1000万元及以上至2000万元、2000万元以上至 5000万元、5000万元以上的，分别参照其"
            "地方财政贡献的70%、80%和90%给予企业奖励，奖励额度不设上限。")
    rates = [f for f in extract_money(text) if f.kind == "rate"]
    assert [(f.value, f.condition) for f in rates] == [
        (70, "即：年度地方财政贡献1000万元及以上至2000万元"), (80, "2000万元以上至5000万元"), (90, "5000万元以上")]
    fact, _ = pick(rates, "新引进的总部企业一年给县里贡献了3000万地方财政收入，按多少比例奖励？")
    assert fact.value == 80
    fact, _ = pick(rates, "总部企业一年贡献1.2亿元，按多少比例奖励？")
    assert fact.value == 90
    # as many listed stages as rates, but no 、-list of the same count before them: nothing is paired
    staged = extract_money("分别按缴纳地方税收总额的40%、30%、20%给予奖励。")
    assert [f.condition for f in staged] == [None, None, None]


def test_band_from_a_lower_bound_to_an_upper_one():
    assert threshold("2000万元以上至5000万元") == (2000, 5000, "万元")
    assert threshold("固定资产投资1000万元及以上至5000万元") == (1000, 5000, "万元")
    assert threshold("5000万元以上至1亿元") == (5000, 10000, "万元")
    assert threshold("投资总额达到300万元(含税)以上〔单台设备5万元(含税)以上〕的") == (300, None, "万元")


def test_an_aside_cap_belongs_to_the_measure_before_it():
    # liuhe-2023-key-industries 第十三条: the cap stands in a parenthesised sentence of its own
    text = ("鼓励企业技改升级。对符合我县产业发展导向 的工业技术改造项目，在完成改造后，对所购置的生产性设 "
            "备(含环保处理等设备)投资总额达到300万元(含税)以 上〔单台设备5万元(含税)以上〕的，按其年末的地方财 "
            "政贡献，给予“ 一事一议”奖励。(新建项目在享受过固定 资产投资奖励、投产达效绩效奖励后再进行技术改造的享受此"
            "条政策，最高奖励不超过50万元)。")
    (cap,) = extract_money(text)
    assert (cap.kind, cap.value) == ("cap", 50)
    assert "技术改造项目" in cap.beneficiary and "300万元" in cap.condition
    fact, _ = pick([cap], "在柳河县搞技改，买生产设备投了500万，最多能补多少？")
    assert fact is cap
    assert pick([cap], "买生产设备投了200万，最多能补多少？") is None  # below the threshold: no band holds it


def test_a_sentence_that_is_no_aside_takes_no_context_from_the_one_before():
    text = "对新认定的省级企业技术中心，给予20万元奖励。单个项目最高不超过50万元。"
    facts = extract_money(text)
    assert [(f.kind, f.value, f.beneficiary) for f in facts] == [
        ("amount", 20, "新认定的省级企业技术中心"), ("cap", 50, None)]
