"""Which money statement answers the measure asked, on sentences of the development documents: a
level the text does not give the measure at, a fund's size asked per recipient, a leaf's own title
naming its measure, a figure the asker states, a list named in a money question."""

from __future__ import annotations

from assistant.answering.intents import Intent, Slot
from assistant.answering.measures import fund_only, money_clause, other_level, unfilled
from assistant.corpus.model import Clause
from assistant.corpus.money import extract_money


def _clause(text: str, cid: str = "d#1", path: str = "第一条") -> Clause:
    return Clause(id=cid, doc_id="d", kind="article", text=text, path=path, money=extract_money(text))


def test_a_level_the_text_does_not_give_the_measure_at():
    # liuhe 第十条 rewards 中国质量奖; shaoxing 一（二） rewards 省级首版次软件 (traditional script)
    assert other_level("对获得省长质量奖的企业奖励多少？", "对年度新获得中国 质量奖的，当年给予企业50万元奖励") == "国家级"
    shaoxing = "當年認定為省級首版次軟件的產品,一次性獎勵\n企業 50 萬元。"
    assert other_level("产品被认定为绍兴市级首版次软件，奖多少？", shaoxing) == "省级"
    assert other_level("产品被认定为省级首版次软件，奖多少？", shaoxing) is None
    # coordinated levels (国家级及省级…) give the measure at both
    changfeng = "对新认定国家级及省级制造业创新中心、技术创新示范企业,分别给予50万元、20万元一次性奖补"
    assert other_level("被新认定为国家级制造业创新中心，能拿多少奖补？", changfeng) is None
    # a measure the text also names without a level may hold at any level
    assert other_level("区级首版次软件奖多少？", "对首版次软件给予10万元奖励；省级首版次软件另奖20万元") is None
    # a level word not followed by a name the text has decides nothing
    assert other_level("省里对新产品奖多少？", "新认定安徽省新产品给予5万元奖补") is None


def test_a_fund_size_does_not_answer_what_each_recipient_gets():
    huaian = ("整合市工信、科技等部门涉企资金,设立2.43亿元推动工业强市发展专项引导资金,出台管理办法,"
              "对存量企业实施的技改项目、新招引重点产业和先进制造业集群项目给予扶持。")
    assert fund_only(huaian)
    assert fund_only("加大项目前期工作力度,区级财政安排4000万元重大项目前期费,统筹用于区级重大基础设施项目")
    assert not fund_only("对新认定安徽工业精品企业给予20万元一次性奖补")
    clause = _clause(huaian)
    words = ["存量", "企业", "技改", "项目"]
    reason = unfilled("淮安对存量企业的技改项目具体补多少钱？", Intent.SUPPORT, Slot.AMOUNT, words, [clause], [clause])
    assert reason and "总体安排" in reason
    # the fund itself asked: its size answers
    assert unfilled("淮安给专项引导资金安排了多少钱来补助企业？", Intent.SUPPORT, Slot.AMOUNT, ["专项", "引导资金"],
                    [clause], [clause]) is None


def test_the_leaf_title_names_the_measure_and_a_stated_figure_names_none():
    # liuhe 第十二条 / 第十三条: 投了500万 matches 超过500万元 of the neighbour, 技改 the title of the one asked
    twelve = _clause("鼓励企业逐年增加地方财政贡献。对年度纳税 额超过500万元的生产加工型企业，按其地方财政贡献额同 "
                     "比超出部分的20%给予企业奖励。", "d#12", "第十二条")
    thirteen = _clause("鼓励企业技改升级。对符合我县产业发展导向 的工业技术改造项目，对所购置的生产性设 备投资总额达到300万元"
                       "以上的，给予“ 一事一议”奖励。(新建项目再进行技术改造的享受此条政策，最高奖励不超过50万元)。",
                       "d#13", "第十三条")
    assert money_clause(["技改", "生产", "设备", "500"], [twelve, thirteen]) is thirteen
    assert money_clause(["500"], [twelve, thirteen]) is twelve  # a figure alone still decides


def test_a_list_named_in_a_money_question_asks_the_sum():
    clause = _clause("当年首次列入国家电子信息百强企业、省电子信息产业百家重点企业的,分别给予一次性奖励20万元、10万元。")
    question = "企业第一次进了省电子信息产业百家重点企业名单，奖多少钱？"
    assert unfilled(question, Intent.SUPPORT, Slot.AMOUNT, ["电子信息", "百家", "重点企业"], [clause], [clause]) is None
    assert unfilled("进了百家重点企业名单的是哪几家企业？", Intent.CONTENT, Slot.NAME, ["百家", "重点企业"],
                    [clause], [clause]) is not None


def test_a_candidate_scoring_by_its_heading_alone_gives_way_to_one_whose_statement_names_the_measure():
    """尤政文〔2022〕94号: 纳入限上统计 shares 统计 with the heading 建立企业统计信息员联系制度 of a 100元 sample-unit
    allowance, which outscores the 8万元 award whose statement names 注册, 当年 and 一次性 but names too little on its
    own; the award answers, not nothing."""
    award = Clause(id="d#一（一）1", doc_id="d", kind="item", path="一（一）1", chapter="一、鼓励发展限额以上商贸企业",
                   clause="（一）", clause_title="限额以上商贸企业",
                   text="对当年度工商注册且当年内完成入统的限额以上商贸法人企业(新企业),给予每家企业一次性奖励8万元。")
    allowance = Clause(id="d#二2", doc_id="d", kind="item", path="二2", chapter="二、建立企业统计信息员联系制度",
                       text="对列入统计联网直报平台的限额以下批发零售住宿餐饮业样本单位,每季度每家给予补助100元。")
    for clause in (award, allowance):
        clause.money = extract_money(clause.text)
    words = ["注册", "一家", "批发", "当年", "纳入", "限上", "统计", "一次"]
    assert money_clause(words, [allowance, award]) is award
    assert money_clause(["种粮", "烘干"], [allowance, award]) is None  # a measure neither statement names
