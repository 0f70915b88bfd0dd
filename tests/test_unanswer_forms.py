"""Unanswerable questions the clauses would answer with a figure that belongs to something else, read from
the structure of what is asked against what the clause states, on real sentences (development documents,
shipped corpus): a quantity the asker states that the clause's condition excludes, a case of a
respectively-list named only by the head the listed cases share, and a measure of the same head under
another modifier. Each form is checked both ways: the answerable question next to it is still answered."""

from __future__ import annotations

from assistant.answering.intents import NUMBER_VALUE, Intent, Slot
from assistant.answering.measures import outside_condition, unfilled, unlisted_case, value_of_other_measure
from assistant.corpus.model import Clause
from assistant.corpus.money import bands, case_named, excluding_condition, extract_money, listed_cases


def _clause(text: str) -> Clause:
    return Clause(id="d#1", doc_id="d", kind="article", text=text, path="一", money=extract_money(text))


# ---- (b) a quantity the asker states, outside the band the condition sets ---------------------------------

CHONGQING = ("支持企业、园区实施节能降碳、节水、清洁生产等领域技改,开展动力电池和工业固废资源化利用,对单个项目固定资产"
             "投资不低于1000万元的,按不超过设备投入10%的比例,择优给予最高200万元奖补。（责任单位：市经济信息委、市财政局、各区县）")
HEILONGJIANG = ("实施绿色低碳制造行动, 对年能耗 5000 吨标准煤 及以上工业企业实施节能降碳绿色化改造,并实现年节能量 1000 "
                "吨标准煤以上、 或减少碳排放 2500 吨以上、或单位产品能耗达到国家标杆水平的, 给予 100 万元奖励。对上一年度被"
                "评为国家级绿色工厂或绿色供应链管理企业,一次性给 予 100 万元奖励。")
UPGRADE = "对存量工业企业升级改造投资500万元以上(含)的,按购置新设备投资额的15%给予最高2000万元补贴"
MEDICINE = "对新开发和引进一类新药，年销售额在1亿元及以上的，单品种奖励企业200万元"
PLANTING = "对新建面积在500亩以上的，给予企业200元/亩奖励"


def test_bands_read_the_side_and_what_is_measured():
    (asked,) = bands("我们园区做节水技改，项目投资只有600万，重庆能补多少？", exact=True)
    assert (asked.low, asked.high, asked.dimension) == (600, 600, "万元") and "投资" in asked.measured
    (below,) = bands("年能耗不到5000吨标准煤的小厂", exact=True)
    assert (below.low, below.high, below.high_in, below.dimension) == (None, 5000, False, "吨")
    energy, saved, carbon = bands(HEILONGJIANG.split("。")[0])
    assert (energy.low, energy.high) == (5000, None) and "能耗" in energy.measured
    assert "能耗" not in saved.measured and "能耗" not in carbon.measured  # 年节能量, 碳排放: other quantities
    (sales,) = bands(MEDICINE)
    assert (sales.low, sales.dimension) == (10000, "万元")  # 1亿元, in 万元
    # a support amount or a cap sets no band: only a figure with a word of relation does
    assert bands("给予企业20万元一次性奖补") == []


def test_a_stated_quantity_below_the_threshold_is_outside_the_condition():
    words = ["园区", "节水", "技改", "投资", "能补"]
    reason = unfilled("我们园区做节水技改，项目投资只有600万，重庆能补多少？", Intent.SUPPORT, Slot.AMOUNT, words,
                      [_clause(CHONGQING)])
    assert reason and "不低于1000万元" in reason and "200万元" not in reason
    assert unfilled("我们园区做节水技改，项目投资1500万，重庆能补多少？", Intent.SUPPORT, Slot.AMOUNT, words,
                    [_clause(CHONGQING)]) is None
    words = ["能耗", "标准煤", "节能", "降碳", "改造"]
    assert outside_condition("年能耗不到5000吨标准煤的小厂搞节能降碳改造，给多少奖励？", words, [_clause(HEILONGJIANG)])
    assert outside_condition("年能耗8000吨标准煤的厂搞节能降碳改造，给多少奖励？", words, [_clause(HEILONGJIANG)]) is None
    # the condition a stated figure is compared with must measure the same thing (能耗, not 节能量)
    assert outside_condition("年节能量800吨的企业做绿色工厂，给多少奖励？", ["节能", "绿色", "工厂"], [_clause(HEILONGJIANG)]) is None


def test_thresholds_of_other_real_sentences():
    def parts(sentence: str) -> list[str]:
        from assistant.corpus.money import condition_parts

        return condition_parts(sentence)

    assert excluding_condition("我们改造投资才300万，能补多少？", parts(UPGRADE))
    assert excluding_condition("我们升级改造投资了800万元，能补多少？", parts(UPGRADE)) is None
    assert excluding_condition("一类新药年销售额8000万元，奖多少？", parts(MEDICINE))
    assert excluding_condition("一类新药年销售额1.2亿元，奖多少？", parts(MEDICINE)) is None
    assert excluding_condition("新建面积300亩，给多少奖励？", parts(PLANTING))
    assert excluding_condition("新建面积600亩，给多少奖励？", parts(PLANTING)) is None
    # a figure of another quantity than the condition's (产值 against 投资) decides nothing
    assert excluding_condition("年产值只有300万元，能补多少？", parts(UPGRADE)) is None
    # a lower tier that holds the figure answers: 800万 is under one band and inside another
    tiers = ["固定资产投资1000万元及以上的", "固定资产投资500万元以上的"]
    assert excluding_condition("固定资产投资800万元，奖多少？", tiers) is None


# ---- (a) a respectively-list: the asked case must be one of the listed cases ----------------------------

CHANGFENG = ("对新认定国家级及省级制造业创新中心、技术创新示范企业,分别给予50万元、20万元一次性奖补;对新认定省级首台套重大"
             "技术装备、首批次新材料、首版次软件研发示范应用项目,给予省级补助资金1:1配套奖励,每个企业最高不超过20万元。")
STANDARDS = "对牵头制定并 新获批国际标准、国家标准、行业标准的，当年分别给予企 业100万元、50万元和30万元奖励。"
COPYRIGHT = "对年度新获认定为国家级、省级版权示范单位的，当年分别给予企业30万元和10万元奖励。"


def _tiers(text: str):
    return next(m for m in extract_money(text) if m.tiers)


def test_listed_cases_are_read_one_per_tier():
    assert listed_cases(_tiers(CHANGFENG))[-1] == "技术创新示范企业"
    # the listing is not the part before 分别; what leads the first case (新获批) is taken off whole, not 获 and a stray 批
    assert listed_cases(_tiers(STANDARDS)) == ["国际标准", "国家标准", "行业标准"]
    assert len(listed_cases(_tiers(COPYRIGHT))) == 2


def test_a_case_named_by_the_shared_head_under_another_modifier_is_not_listed():
    case = "技术创新示范企业"
    assert case_named(case, "在长丰县被认定为服务型制造示范企业能奖多少钱？") is False
    assert case_named(case, "在长丰县新认定为省级专精特新企业能奖多少？") is False
    assert case_named(case, "长丰县对新认定的技术创新示范企业奖多少？") is True
    assert case_named(case, "评上示范企业能奖多少") is True  # no modifier of its own: it may be this case
    assert case_named(case, "评上制造业创新中心奖多少") is None  # the head is not named
    assert case_named("国家标准", "在柳河县，企业牵头制定地方标准能拿多少奖励？") is False
    assert case_named("国家标准", "牵头制定国家标准奖多少") is True
    assert case_named("省级版权示范单位", "市级版权示范单位奖多少") is False
    assert case_named("省级版权示范单位", "省级版权示范单位奖多少") is True
    # 嵊州 一（二）: named by its modifier alone, the head (企业) standing elsewhere in the question
    asked = "嵊州市企业当年首次列入国家电子信息百强，一次性奖多少？"
    assert case_named("年首次列入国家电子信息百强企业", asked) is True
    assert case_named("省电子信息产业百家重点企业", asked) is False


def test_unlisted_case_declines_and_a_listed_one_answers():
    clause = _clause(CHANGFENG)
    assert unlisted_case("在长丰县被认定为服务型制造示范企业能奖多少钱？", ["认定", "服务型", "制造", "示范"], [clause])
    assert unlisted_case("长丰县对新认定的国家级专精特新小巨人企业奖多少？", ["认定", "国家级", "专精", "特新", "巨人"], [clause])
    assert not unlisted_case("长丰县对新认定的技术创新示范企业奖多少？", ["认定", "技术", "创新", "示范"], [clause])
    assert not unlisted_case("省级制造业创新中心能奖多少？", ["省级", "制造业", "创新", "中心"], [clause])
    # the clause's other measure, named better than the list, is not judged by the list
    assert not unlisted_case("首版次软件研发示范应用项目奖多少？", ["首版", "版次", "软件", "研发", "示范", "应用"], [clause])
    standards = _clause(STANDARDS)
    assert unlisted_case("企业牵头制定地方标准能拿多少奖励？", ["牵头", "制定", "地方", "标准"], [standards])
    assert not unlisted_case("企业牵头制定行业标准能拿多少奖励？", ["牵头", "制定", "行业", "标准"], [standards])


# ---- (d) a value of the same head under another modifier -------------------------------------------------


def test_a_value_of_another_measure_of_the_same_head():
    words = ["居民", "收入", "居民收入", "增长"]
    assert value_of_other_measure(words, [_clause("5.一般公共预算收入增长8%左右。")], NUMBER_VALUE.search)
    assert not value_of_other_measure(words, [_clause("城乡居民人均可支配收入增长7%左右。")], NUMBER_VALUE.search)
    assert not value_of_other_measure(words, [_clause("居民收入增长7%，与经济增长基本同步。")], NUMBER_VALUE.search)
    # 研发投入 asked, the clause's 研发经费投入 keeps the modifier's word: the same measure
    assert not value_of_other_measure(["研发", "投入", "研发投入"], [_clause("全社会研发经费投入强度达到2.95%")],
                                      NUMBER_VALUE.search)


def test_a_word_that_asks_names_no_measure():
    # 多长时间 is how the question asks, not a measure whose head (时间) the clause gives under another modifier
    words = ["地震", "重点", "监视", "防御区", "时间", "长时间", "多长时间"]
    clause = _clause("确定了我国地震重点监视防御区，作为今后一段时期（10年或更长一段时间）相对稳定的防震减灾重点地区")
    assert not value_of_other_measure(words, [clause], NUMBER_VALUE.search)


def test_a_total_the_text_counts_is_stated_and_an_achieved_one_is_not():
    """国家税务总局…制定了全国统一的税收票证式样共21种: 一共定了多少种 is the count the text sets out; 一共完成了多少
    asked of a plan that only sets targets is not."""
    counted = _clause("国家税务总局制定了全国统一的税收票证式样共21种(式样及其说明附后)")
    assert unfilled("国家税务总局统一税收票证式样，全国一共定了多少种？", Intent.CONTENT, Slot.NUMBER, ["票证", "式样"],
                    [counted]) is None
    planned = _clause("到2025年，新建高标准农田100万亩。")
    assert unfilled("到现在一共建成了多少亩高标准农田？", Intent.CONTENT, Slot.NUMBER, ["高标准农田"], [planned]) is not None
