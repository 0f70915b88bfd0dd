"""The asked quantity's type decides what answers (h24u): a period (期限, 多久, 几年) is answered by a span of
time where the measure is named, though it is no money; a rate (比例, 利率的多少, 千分之几) by a rate there,
never by another measure's amount or percentage; a per-mille rate (3‰) is a rate. Real sentences: development
documents (辽阳, 重庆, 黑龙江, 苏州工业园区, 柳河), laws (就业促进法, 电力供应与使用条例, 矿产资源补偿费征收管理规定)."""

from __future__ import annotations

from assistant.answering.direct import amount_line
from assistant.answering.intents import Intent, Slot
from assistant.answering.measures import (
    PERIOD_TEXT,
    RATE_VALUE,
    asked_quantity,
    measure_words,
    money_clause,
    start_unstated,
    unfilled,
)
from assistant.corpus.model import Clause, Document
from assistant.corpus.money import extract_money
from assistant.lexicon.tokenizer import Tokenizer


def _clause(text: str, cid: str = "d#1") -> Clause:
    return Clause(id=cid, doc_id="d", kind="article", text=text, path="一", money=extract_money(text))


# h23d-liaoyang 清单 row 2 and row 3 (a flattened table: both in one unit)
LIAOYANG_LOAN = ("对疫情防控重点保障企业贷款给予财政贴息支持 对国家、省确定的疫情防控有关生产重点保障企业2020年新增的企业贷款,"
                 "除中央、省财政给予贴息外,其余部分由市财政给予贴息,贴息期限不超过1年。")
LIAOYANG_ASSETS = "市财政对我市生产防疫物资并供应我市使用的企业生产投入的固定资产给予20%补贴,单个企业最高补贴100万元。"
# h22m-chongqing-2024 一1
CHONGQING = ("对获得“技改专项贷”支持的项目,按照不超过项目实际贷款利率的50%给予贴息,单个企业项目每年贴息上限为1000万元,"
             "贴息期限不超过2年,同一独立法人每年享受“技改专项贷”政策项目限定为1个。")
# h22u-heilongjiang 一1 (PDF spacing kept)
HEILONGJIANG = ("对企业技术改造项目, 以入统投资金额为依据, 按入 统时一年期贷款市场报价利率(LPR)水平给予 12 个月的贴息,"
                "最高不超过 800 万元;对技术改造投资额达到 2 亿元 (含) 以上的项目, 给予 24 个月的贴息, 最高不超过 2500 万元。")
# 就业促进法 第四十六条 (laws)
EMPLOYMENT = "就业困难人员享受社会保险补贴和岗位补贴的期限最长不超过三年。"
# h23d-suzhou-sip 二1 (simplified)
SIP = "企业营收增速超过当年园区该行业营收平均增速,且不超过平均增速2倍的,对超园区该行业营收平均增速的部分按3‰的比例进行奖励。"


def test_what_a_question_asks_a_quantity_of():
    assert asked_quantity("辽阳疫情防控重点保障企业新增贷款的市财政贴息，贴息期限最长多久？") == "period"
    assert asked_quantity("就业困难人员的社会保险补贴最长能领几年？") == "period"
    assert asked_quantity("重庆技改专项贷的贴息能贴多长时间？") == "period"
    assert asked_quantity("辽阳给疫情防控重点保障企业贷款贴息，市财政按贷款利率的多少比例贴？") == "rate"
    assert asked_quantity("服务业企业营收增速超过行业平均增速但不到两倍的，按什么比例奖励？") == "rate"
    # both asked: the money first (the direct line adds the span)
    assert asked_quantity("亩均税收过了10万，能奖几年？前两年按多少比例奖？") == "rate"
    assert asked_quantity("首次认定的高新技术企业奖励多少钱？") is None
    assert asked_quantity("哪几年的项目可以申报？") is None  # years asked, not a span


def test_a_period_is_a_span_of_time_never_a_date_or_a_loan_term():
    for text in (LIAOYANG_LOAN, CHONGQING, HEILONGJIANG, EMPLOYMENT, "自取得第一笔生产经营收入所属纳税年度起，三年内免征企业所得税"):
        assert PERIOD_TEXT.search(text), text
    for text in ("对国家、省确定的疫情防控有关生产重点保障企业2020年新增的企业贷款", "按入统时一年期贷款市场报价利率(LPR)水平给予贴息",
                 "自2021年5月1日起执行", "2025年12月31日前完成"):
        assert not PERIOD_TEXT.search(text), text


def test_a_per_mille_share_is_a_rate():
    (fact,) = extract_money(SIP)
    assert (fact.kind, fact.value, fact.unit) == ("rate", 3, "‰")
    assert RATE_VALUE.search(SIP)
    # laws: 每日按照电费总额的1‰至3‰加收违约金, 按日加收滞纳补偿费2‰的滞纳金 state per-mille rates
    assert RATE_VALUE.search("供电企业可以从逾期之日起，每日按照电费总额的1‰至3‰加收违约金")
    assert RATE_VALUE.search("从滞纳之日起按日加收滞纳补偿费2‰的滞纳金")
    line = amount_line([_clause(SIP)], "营收增速超过行业平均增速但不到两倍的，按什么比例奖励？", Tokenizer())
    assert line and "3‰" in line


def test_a_period_asked_is_answered_by_the_span_where_the_measure_is_named():
    words = ["疫情", "防控", "重点", "保障", "新增", "贷款", "市财政", "贴息", "期限"]
    loan, assets = _clause(LIAOYANG_LOAN, "d#2"), _clause(LIAOYANG_ASSETS, "d#3")
    question = "辽阳疫情防控重点保障企业新增贷款的市财政贴息，贴息期限最长多久？"
    assert unfilled(question, Intent.SUPPORT, Slot.AMOUNT, words, [loan]) is None
    line = amount_line([loan], question, Tokenizer())
    assert line and "不超过1年" in line and "%" not in line
    # the span is chosen among the candidates though the clause gives no money
    assert money_clause(words, [assets, loan], PERIOD_TEXT.search) is loan
    # a clause with no span where the measure is named does not answer the period (its 20% is no period)
    assert unfilled(question, Intent.SUPPORT, Slot.AMOUNT, words, [assets]) is not None
    words = ["技改", "专项贷", "贴息", "多长时间"]
    assert unfilled("重庆技改专项贷的贴息能贴多长时间？", Intent.SUPPORT, Slot.AMOUNT, words, [_clause(CHONGQING)]) is None


def test_a_rate_asked_is_not_answered_by_another_measures_rate_or_an_amount():
    words = ["疫情", "防控", "重点", "保障", "贷款", "贴息", "市财政", "贷款利率"]
    question = "辽阳给疫情防控重点保障企业贷款贴息，市财政按贷款利率的多少比例贴？"
    both = _clause(LIAOYANG_LOAN + LIAOYANG_ASSETS)
    reason = unfilled(question, Intent.SUPPORT, Slot.AMOUNT, words, [both])
    assert reason and "20%" not in reason
    # answered where the named measure states its rate (重庆: 不超过项目实际贷款利率的50%给予贴息)
    words = ["技改专项贷", "贷款利率", "贴息"]
    assert unfilled("技改专项贷按贷款利率的多少比例贴息？", Intent.SUPPORT, Slot.AMOUNT, words, [_clause(CHONGQING)]) is None
    words = ["服务业", "营收", "增速", "行业", "平均增速", "两倍"]
    assert unfilled("营收增速超过行业平均增速但不到两倍的，按什么比例奖励？", Intent.SUPPORT, Slot.AMOUNT, words, [_clause(SIP)]) is None


def test_a_span_asked_beside_a_rate_is_added_to_the_rate():
    liuhe = ("对重点产业新建项目，自实现税收年度起且亩 均税收达到10万元的，参照其年度地方财政贡献给予企业连 续5年奖励，"
             "即：前2年给予企业地方财政贡献80%的奖励， 后3年给予企业地方财政贡献50%的奖励，每年最高奖励不超过5000万元。")
    line = amount_line([_clause(liuhe)], "新项目亩均税收过了10万，能奖几年？前两年按多少比例奖？", Tokenizer())
    assert line and "连续5年" in line and "80%" in line


# ---- the sentence naming the asked measure best must carry the value ---------------------------------------

# h22m-guangxi-2024 附件二
GUANGXI = ("自治区每年对关键核心技术攻关项目按有关政策给予财政资金资助。对制造业关键核心技术产业化项目和制造业创新成果大规模"
           "工业化应用项目,自治区按照固定资产投资的一定比例给予支持,单个项目最高不超过5000万元。")
# h23d-fuyang-2025 一（一） (PDF spacing kept)
FUYANG = ("深入实施“高新企业规上化、规上企业高新化”行动,打造“科技型中小企业-高新技术企业-新雏鹰企业-科技领军企业”的梯度培育体系。"
          "对首次认定的新雏鹰企业,给予最高50 万元奖励。对首次认定和通过复审的高新技术企业,分别给予最高20 万元、10万元奖励。"
          "对新认定的市级专业化、标准化科技企业孵化器分别最高给予 50 万元、25 万元区级奖励;")
# h22u-heilongjiang 一2: a leaf opening with a heading (支持企业数字化改造。) that names the measure
DIGITAL = ("支持企业数字化改造。对经省级认定的数字化车间 (生产线) 和智能工厂 (矿山), 按项目合同金额 (含设备投资和工业软件购置等"
           "数字化建设费用) 给 予 10%的一次性补助, 数字化车间 (生产线) 补助最高不超过 200 万元, 智能 工厂 (矿山) 补助最高不超过 1000 万元。")


def test_a_measure_named_best_where_no_amount_is_given_is_not_answered_by_its_neighbour():
    reason = unfilled("广西对关键核心技术攻关项目资助多少钱？", Intent.SUPPORT, Slot.AMOUNT, ["关键", "核心技术", "攻关"],
                      [_clause(GUANGXI)])
    assert reason and "5000" not in reason
    reason = unfilled("富阳对科技领军企业奖励多少钱？", Intent.SUPPORT, Slot.AMOUNT, ["科技", "领军"], [_clause(FUYANG)])
    assert reason and "50" not in reason
    # the neighbours themselves are answered
    assert unfilled("广西对关键核心技术产业化项目支持多少？", Intent.SUPPORT, Slot.AMOUNT, ["关键", "核心技术", "产业化"],
                    [_clause(GUANGXI)]) is None
    assert unfilled("富阳对首次认定的新雏鹰企业奖励多少？", Intent.SUPPORT, Slot.AMOUNT, ["首次", "认定", "新雏鹰"],
                    [_clause(FUYANG)]) is None
    # a heading naming the measure better than the amount's sentence does not take the amount away
    assert unfilled("黑龙江支持企业数字化改造，补助多少？", Intent.SUPPORT, Slot.AMOUNT, ["数字化", "改造"],
                    [_clause(DIGITAL)]) is None


# ---- when a text takes effect, asked of a text that does not say --------------------------------------------

def _document(clauses: list[Clause], **dates: str) -> Document:
    return Document(doc_id="d", title="t", short_title="t", number=None, issuer=None, date=None, level="区县",
                    region=None, source="d.txt", sha256="", clauses=clauses, **dates)


def test_a_draft_that_dates_no_effect_does_not_answer_from_which_day_it_applies():
    # h23d-fuyang-2025: a 征求意见稿 whose opening is its title and its purpose
    opening = _clause("富阳区关于推动经济高质量发展的若干政策(2025年版)(征求意见稿)为深入贯彻落实中央和省委、市委、区委经济工作会议精神,"
                      "推动经济持续向好,结合我区实际,制定以下政策。")
    question = "富阳这份推动经济高质量发展的若干政策征求意见稿，从哪天起施行？"
    assert start_unstated(question, [opening], _document([opening]))
    # a text saying when it applies answers (laws: 本法自…起施行; 自发布之日起施行 dates it by its issue)
    for text in ("本法自2008年1月1日起施行。", "本办法自发布之日起施行，有效期三年。", "本政策自2025年1月1日起实施。"):
        assert not start_unstated(question, [_clause(text)], _document([_clause(text)]))
    # metadata that dates it answers; a question not asking when (有效期多久) is not this check's
    assert not start_unstated(question, [opening], _document([opening], effective_date="2025-01-01"))
    assert not start_unstated("这份征求意见稿的主要内容是什么？", [opening], _document([opening]))


def test_the_title_of_a_traditional_page_is_read_in_simplified_script():
    # the asked words a document's own title holds name no measure of it (every measure is about them); a
    # traditional page's title holds them in traditional script (h23d-suzhou-sip, heilongjiang-2005, guizhou-2012)
    sip = "蘇州工業園區支持服務業企業營收增長相關問答"
    words = ["苏州工业园区", "服务业", "营收", "增速", "平均", "两倍", "奖励"]
    assert measure_words(words, sip) == ["增速", "平均", "两倍"]
    award = "黑龍江省人民政府辦公廳關于印發黑龍江省省長特別獎獎勵辦法的通知"
    assert measure_words(["项目组", "省长", "特别奖", "奖金"], award) == ["项目组"]
    guizhou = "貴州省人民政府辦公廳關于印發〈貴州省省級財政專項資金管理辦法〉和〈貴州省省級財政資金審批管理辦法(暫行)〉的通知"
    assert measure_words(["贵州", "专项资金", "管理", "拨付", "多少"], guizhou) == ["拨付"]


def test_a_date_asked_of_a_support_is_answered_by_a_date_never_its_amount_or_span():
    assert asked_quantity("黑龙江技术改造贴息的申请材料最晚什么时候交？") == "date"
    assert asked_quantity("贴息资金什么时候拨付，能拿多少钱？") is None  # the money asked after the date
    words = ["技术改造", "贴息", "申请", "材料"]
    question = "黑龙江技术改造贴息的申请材料最晚什么时候交？"
    reason = unfilled(question, Intent.SUPPORT, Slot.AMOUNT, words, [_clause(HEILONGJIANG)])
    assert reason and "12" not in reason and "800" not in reason
    # a clause dating the asked support answers (h21m-dongguan-2021 一（一）1, laws: 就业促进法 has no date: declines)
    dongguan = ("原階段性下調工傷保險費率政策實施至2021年4月30日,2021年5月1日起按照省級統籌工傷保險行業基準費率標準有關規定執行;"
                "2021年5月1日至2022年4月30日實施階段性下調工傷保險費率50%的政策。")
    assert unfilled("东莞工伤保险费率减半的政策执行到什么时候？", Intent.SUPPORT, Slot.AMOUNT, ["工伤保险", "费率", "政策", "执行"],
                    [_clause(dongguan)]) is None
    assert unfilled("就业困难人员的岗位补贴什么时候发？", Intent.SUPPORT, Slot.AMOUNT, ["就业困难人员", "岗位补贴"],
                    [_clause(EMPLOYMENT)]) is not None


def test_a_rate_asked_as_a_number_is_read_from_the_money_with_its_span():
    from assistant.answering.direct import number_line

    liuhe = ("对重点产业新建项目，自实现税收年度起且亩 均税收达到10万元的，参照其年度地方财政贡献给予企业连 续5年奖励，"
             "即：前2年给予企业地方财政贡献80%的奖励， 后3年给予企业地方财政贡献50%的奖励，每年最高奖励不超过5000万元。")
    line = number_line([_clause(liuhe)], "亩均税收过了10万，能奖几年？前两年按多少比例奖？", Tokenizer(), "%")
    assert line and "80%" in line and "连续5年" in line
    # a % target of a plan is still read as the target (no money fact of that unit)
    plan = ("2023年,着力推进 380 个以上引领性、支撑性重大项目,计划完成投资 1200 亿元以上,力争带动固定资产投资增长 11%、"
            "总量达到 4100 亿元。")  # h23d-wenzhou-2023 一
    assert "11%" in (number_line([_clause(plan)], "温州2023年力争带动固定资产投资增长多少？", Tokenizer(), "%") or "")
