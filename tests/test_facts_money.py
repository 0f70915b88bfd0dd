"""Money facts: amount, rate, cap, range, tiers and per-period sums, each with what it belongs to.

Sentences from the development documents are named by file; the rest are the forms issue 9
lists from published texts.
"""

from __future__ import annotations

from assistant.corpus.facts import extract_targets
from assistant.corpus.money import extract_money, pick, threshold
from assistant.lexicon.regions import to_simplified


def only(text: str):
    facts = extract_money(text)
    assert len(facts) == 1, facts
    return facts[0]


def test_one_off_amount_with_beneficiary():
    # liuhe-2023-key-industries 第9条
    m = only("对初次认定为国家高新技术企业的，给予企业20 万元奖励。")
    assert (m.kind, m.value, m.unit) == ("amount", 20, "万元")
    assert m.beneficiary == "初次认定为国家高新技术企业的"
    m = only("对首次认定的高新技术企业，给予一次性奖励30万元。")
    assert (m.kind, m.value, m.period) == ("amount", 30, "一次性")


def test_cap_is_money_not_a_target():
    text = "企业完成仿制药一致性评价的， 从该品种产生的年度地方财政贡献中给予企业奖励，单品种最高奖励不超过300万元。"
    m = only(text)  # liuhe-2023-key-industries 第8条
    assert (m.kind, m.value, m.unit) == ("cap", 300, "万元")
    assert extract_targets("最高奖励不超过80万元") == []


def test_rate_with_basis_and_cap():
    m = only("按实际投资额的8%给予补助，单个项目最高500万元。")
    assert (m.kind, m.value, m.basis, m.cap, m.cap_unit, m.per) == ("rate", 8, "实际投资额", 500, "万元", "单个项目")
    m = only("按贷款利息的50%给予贴息。")
    assert (m.kind, m.value, m.basis) == ("rate", 50, "贷款利息")
    # liuhe-2023-key-industries 第11条: threshold in the condition, cap after the rate
    m = only("对规上工业企业年产 值同比增长超过1000万元的，给予企业超出额0.5%的奖励，奖励最高不超过20万元。")
    assert (m.kind, m.value, m.cap) == ("rate", 0.5, 20)
    assert "1000万元" in m.beneficiary  # the threshold is who qualifies, never the support


def test_range_with_condition():
    # liuhe-2023-key-industries 第2条
    m = only("对重点产业新上的工业类项目，固定资产投资1000万元及以上且亩均投资强度不低于200 万元的，"
             "按固定资产投资的5%—20%给予企业奖励，专项用于企业研发、生产及基础设施建设。")
    assert (m.kind, m.value, m.high, m.unit, m.basis) == ("range", 5, 20, "%", "固定资产投资")
    assert m.beneficiary == "重点产业新上的工业类项目"
    assert m.condition.startswith("固定资产投资1000万元及以上")
    m = extract_money("第四条给予企业5万-200万元不等的一次性奖励。")[0]  # beijing-daxing 第四条
    assert (m.kind, m.value, m.high, m.unit) == ("range", 5, 200, "万元")


def test_tiers_in_traditional_script_with_spaces_and_a_wrapped_line():
    # shaoxing-shengzhou-2022-industry-policy-trad-part 一（一）
    text = to_simplified("推進未來工廠建設,對當年評為省級未來工廠、省級智能工廠的,\n分別給予 100 萬元、30 萬元獎勵。")
    m = only(text)
    assert (m.kind, m.tiers, m.unit) == ("tiers", (100, 30), "万元")
    assert m.beneficiary.startswith("当年评为省级未来工厂")
    assert only("分档给予10万元、30万元、60万元。").tiers == (10, 30, 60)


def test_per_period_and_duration():
    m = only("每人每月1500元，最长6个月。")
    assert (m.kind, m.value, m.unit, m.per, m.period, m.duration) == ("per_period", 1500, "元", "每人", "每月", "最长6个月")
    m = only("连续三年每年最高100万元。")
    assert (m.kind, m.value, m.period, m.duration) == ("cap", 100, "每年", "连续三年")
    assert only("给予5元/人/夜的补贴").unit == "元/人/夜"
    assert only("对新建面积在500亩以上的，给予企业200元/亩奖励").unit == "元/亩"  # liuhe 第17条


def test_uncapped_and_condition():
    assert only("奖励额度不设上限。").kind == "uncapped"
    m = only("经认定为省级企业技术中心的，给予一次性奖励50万元。")
    assert m.condition == "经认定为省级企业技术中心的"


def test_amounts_that_are_only_conditions_give_no_money():
    # liuhe-2023-key-industries 第1条: a fund's size, not support for an applicant
    assert extract_money("设立总规模不低于1亿元的重点产业发展引导 资金，列入县财政预算。") == []


def test_tiers_are_paired_with_their_conditions():
    # shaoxing-shengzhou-2022-industry-policy-trad-part 一（二）
    text = to_simplified("年銷售收入首次突破 1000 萬元、2000 萬元、5000\n萬元、1 億元的,分別給予一次性獎勵 10 萬元、20 萬元、50 萬\n元、100 萬元。"
                         "當年首次列入國家電子信息百強企業、省電子信息產業百家重點企業的,分別給予一次性獎勵 20 萬元、10 萬元。")
    sales, lists = extract_money(text)
    assert sales.tiers == (10, 20, 50, 100)
    assert sales.tier_conditions[-1] == "年销售收入首次突破1亿元"
    assert lists.tier_conditions == ("当年首次列入国家电子信息百强企业", "省电子信息产业百家重点企业")
    fact, amount = pick([sales, lists], "软件企业年销售收入第一次突破1亿元，一次性奖多少？")
    assert fact is sales and amount == 100
    assert pick([sales, lists], "年销售收入突破3000万元奖多少")[1] == 20  # the highest band it has passed


def test_score_bands_pick_the_band_that_holds_the_score():
    # beijing-daxing-core-team-reward-draft 第四条
    text = ("给予企业5万-200万元不等的一次性奖励。综合考评100分以上的,给予企业最高200万元奖励;95分-99分的,"
            "给予企业最高100万元奖励;90分-94分的,给予企业最高50万元奖励;80分-84分的,给予企业最高10万元奖励。")
    facts = extract_money(text)
    fact, _ = pick(facts, "企业综合考评拿了92分，核心团队奖励最多能拿多少？")
    assert (fact.kind, fact.value, fact.condition) == ("cap", 50, "90分-94分的")
    assert pick(facts, "考评100分能拿多少？")[0].value == 200
    assert pick(facts, "核心团队奖励最多能拿多少？") is None  # no quantity asked: no band is guessed
    assert threshold("综合考评80分(含)以上的企业") == (80, None, "分")
    assert threshold("不足50人的") == (None, 50, "人")


def test_numbers_that_are_not_money_give_no_money():
    for text in (
        "《花山区科学技术奖励办法(暂行)》已经区政府第116次常务会议研究同意,现予印发。",  # maanshan-huashan 序言
        "根据《国务院关于激发重点群体活力带动城乡居民增收的实施意见》(国发〔2016〕56号)精神,制定本实施方案。",  # shanxi
        "到2025年底前,全市首批100个嵌入式服务设施建设示范社区全面建成。",  # chengdu 一
        "全县整合资金支持19+1项涉农资金统筹整合。",  # a count of items
    ):
        assert extract_money(text) == [], text


def test_a_table_printed_a_row_a_line_gives_each_amount_its_own_row():
    """青人薪字〔2004〕319号's 取暖费 table: each line a row ending in its amount, so each amount's phrase is its row
    (西宁地区… 600元/年), not the whole table; a hard wrap inside an amount (5000\\n万元) is still undone."""
    rows = "乐都、民和 580元/年\n西宁地区(含大通、湟中、湟源)、平安、互助 600元/年\n循化、贵德 658元/年"
    assert [m.phrase for m in extract_money(rows)] == ["乐都、民和 580元/年", "西宁地区(含大通、湟中、湟源)、平安、互助 600元/年",
                                                       "循化、贵德 658元/年"]
    (wrapped,) = extract_money("对新认定的企业给予5000\n万元奖励。")
    assert (wrapped.value, wrapped.unit) == (5000.0, "万元")
