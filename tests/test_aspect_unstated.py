"""Aspects a text states only in their own words (`lexicon.aspects.STATED_ONLY_IN_OWN_WORDS`): asked the penalty
for missing a deadline, a notice that only sets the deadline does not state one; asked a contact, a clause with no
contact words does not give one; asked the sum lent, a clause giving only the interest subsidy on a loan does not state
it. Real sentences: 商建规函〔2012〕225号 (商务部 商业网点规划进展), 重庆 2024 企业高质量发展措施."""

from __future__ import annotations

from assistant.answering.intents import Intent, Slot
from assistant.answering.measures import loan_sum_unstated, unfilled
from assistant.corpus.model import Clause
from assistant.lexicon.aspects import unstated_aspect

REPORT_BY = (
    "为做好城市商业网点规划工作,优化商业网点布局和结构,根据《商务部办公厅关于做好县级城市商业网点规划工作的通知》"
    "(商建字[2007]109号)要求,请你单位尽快统计2012年第一季度辖区内县级城市商业网点规划编制工作进展情况,"
    "并于2012年4月27日(周五)前报我司。报送材料包括所在地进展情况及附表。"
)
CONTACT = "联 系 人:朱倩、王彊\n电 话:010-85093685、85093058\n电子邮件:fazhanguihuachu@mofcom.gov.cn"


def test_a_penalty_asked_of_a_deadline_alone_is_unstated():
    question = "商业网点规划进展没按时报的，商务部会怎么处罚？"
    assert unstated_aspect(question, REPORT_BY) == "违反规定的后果或处罚"
    clause = Clause(id="d#0", doc_id="d", kind="preface", text=REPORT_BY, path="序言")
    assert unfilled(question, Intent.CONTENT, Slot.CONTENT, ["商业网点", "规划"], [clause]) is not None


def test_a_text_in_the_aspects_words_states_it():
    assert unstated_aspect("商务部这个通知的联系人和电话是什么？", CONTACT.replace(" ", "")) is None
    assert unstated_aspect("商务部这个通知的联系人是谁？", REPORT_BY) == "联系人或联系方式"
    assert unstated_aspect("逾期不报的，会被取消资格吗？后果是什么？", "逾期不报的,视为自动放弃,取消申报资格。") is None
    assert unstated_aspect("报送材料包括哪些？", REPORT_BY) is None  # no such aspect asked


#: 重庆 2024 企业高质量发展措施 一1: support on a loan, no sum lent
TECH_LOAN = ("对获得“技改专项贷”支持的项目,按照不超过项目实际贷款利率的50%给予贴息,单个企业项目每年贴息上限为1000万元,"
             "贴息期限不超过2年,同一独立法人每年享受“技改专项贷”政策项目限定为1个。")


def test_the_sum_lent_is_not_the_interest_subsidy_on_it():
    question = "重庆的技改专项贷，贷款本身一个项目最多能贷多少钱？"
    assert loan_sum_unstated(question, TECH_LOAN)
    clause = Clause(id="d#1", doc_id="d", kind="item", text=TECH_LOAN, path="一1")
    assert unfilled(question, Intent.SUPPORT, Slot.AMOUNT, ["技改", "专项贷"], [clause]) is not None
    assert not loan_sum_unstated("创业担保贷款额度最高多少？", "个人创业担保贷款额度最高30万元,贷款期限不超过3年。")
    assert not loan_sum_unstated("单个项目贴息最多多少？", TECH_LOAN)  # the support on the loan asked: answered


def test_a_contact_asked_for_is_not_a_contact_stated():
    # 粤工信 技改奖励公示: the publicity asks objectors for a contact; its last line gives the office's
    asks_for = "以单位名义反映情况的,请提供真实单位名称(加盖公章)、联系人、联系方式和反映事项证明材料等。"
    assert unstated_aspect("广东技改奖励公示的联系人和电话是什么？", asks_for) == "联系人或联系方式"
    assert unstated_aspect("广东技改奖励公示的联系人和电话是什么？", "(联系人:王宁涛,电话:020-83135813)") is None


def test_the_clause_stating_the_contact_answers_before_the_topics_best():
    from tests.fixed_order import dev_catalog, gather_in_order

    stem = "guangdong-2019-tech-upgrade-award-publicity"
    catalog = dev_catalog(stem)
    evidence = gather_in_order(catalog, "广东技改奖励公示的联系人和电话是什么？", [(stem, "序言"), (stem, "结尾")])
    assert evidence.selected and "王宁涛" in evidence.selected[0].text
