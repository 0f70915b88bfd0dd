"""Responsibility on real sentences: every form a development document uses gives its units, a
sentence that is a heading still assigns its clause, a clause giving several tasks to several bodies
is answered with the units of the task asked about, and a body named twice (X(以下简称“Y”)) is one.

Sentences are quoted from the development documents (eval/real/docs/dev, named per test).
"""

from __future__ import annotations

import pytest

from assistant.answering.direct import asked_duty, units_line
from assistant.corpus.facts import annotate
from assistant.corpus.model import Clause, Document
from assistant.corpus.responsibility import duties, extract, heading_lead
from assistant.lexicon.tokenizer import Tokenizer

#: beijing-daxing-core-team-reward-draft 第七条: three tasks, three sets of bodies.
DAXING_7 = ("北京市大兴区新兴产业促进服务中心(以下简称“区产促中心”)负责统筹评分、申报、兑现及服务;"
            "各相关职能部门负责为企业评分;区产促中心会同区财政局确定奖励额度,报区促进产业发展领导小组审议通过后,"
            "直接拨付至企业。")
#: guobanfa-1996-2-earthquake-key-zones 三（六）: the forwarded report's 我局 is 国家地震局.
EARTHQUAKE_3_6 = ("在重点监视防御区，要使防震减灾知识家喻户晓。要特别注意加强大中小学的防震减灾知识教育。"
                  "我局将尽快向各地、各部门提供防震减灾宣传教育大纲和科普材料。")


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer()


def _clause(text: str, **facts) -> Clause:
    return Clause(id="d#1", doc_id="d", kind="article", text=text, path="第七条", **facts)


def _document(title: str, issuer: str | None, region: str | None = None) -> Document:
    return Document(doc_id="d", title=title, short_title=title, number=None, issuer=issuer, date=None, level="国家",
                    region=region, source="d.txt", sha256="0")


@pytest.mark.parametrize("text, lead, supporting", [
    # guobanhan-2004-71-sichuan-reply 七 and 十一: State Council offices by their short names, 已会同
    ("振兴东北办会同国资委等有关部门研究提出了办理意见：国家对德阳重大技术装备项目已给予了积极支持。",
     ["振兴东北办"], ["国资委"]),
    ("扶贫办已会同交通部、水利部、林业局等部门赴广安市水淹区进行了实地调查", ["扶贫办"], ["交通部", "水利部", "林业局"]),
])
def test_prose_forms_of_national_offices(text, lead, supporting):
    _, got_lead, got_supporting = extract(text, None).resolved()
    assert (got_lead, got_supporting) == (lead, supporting)


def test_each_named_body_given_a_duty_is_kept_and_an_alias_is_one_body():
    units, _, supporting = extract(DAXING_7, "北京").resolved()
    # 各相关职能部门负责…: a body given a duty, unlike the addressees of 各地区、各部门要…
    assert units == ["区产促中心", "各相关职能部门", "区财政局"]
    assert supporting == ["区财政局"]
    assert not extract("各地区、各部门要充分认识移动互联网环境下做好政务新媒体工作的重大意义", None)


def test_a_heading_that_is_a_sentence_assigns_its_clause():
    # guobanfa-1996-25-abandoned-chemical-weapons 三: the parser keeps the first sentence as the heading
    heading = "三、对已发现的日军遗弃的化学武器，其技术处理和有关管理工作由军队各级防化业务部门负责"
    assert heading_lead(heading, None).units == ["军队各级防化业务部门"]
    leaf = Clause(id="d#三", doc_id="d", kind="clause", chapter=heading, path="三",
                  text="对遗弃化学武器的埋藏点和保管点，要采取措施加强管理，完善设备，确保安全。")
    assert annotate(leaf, None).units == ["军队各级防化业务部门"]
    # a heading naming no body assigns nothing
    assert not heading_lead("三、关于进一步加强我国防震减灾工作的意见", None)


def test_duties_are_the_sentences_naming_their_own_bodies():
    found = duties(DAXING_7, "北京")
    assert [d.found.units for d in found] == [["北京市大兴区新兴产业促进服务中心"], ["各相关职能部门"], ["区产促中心", "区财政局"]]


def test_the_asked_task_picks_its_own_units(tokenizer):
    clause = _clause(DAXING_7)
    annotate(clause, "北京")
    line = units_line([clause], None, "奖励额度由谁来确定？", tokenizer)
    assert line == "牵头单位：区产促中心；配合单位：区财政局"
    duty = asked_duty(clause, "为企业评分的是哪些部门？", tokenizer)
    assert duty is not None and duty.found.units == ["各相关职能部门"]
    # without the question the clause's own facts answer, as before
    assert units_line([clause], None) == "牵头单位：区产促中心、各相关职能部门；配合单位：区财政局"


def test_a_question_about_no_duty_keeps_the_clause_facts(tokenizer):
    clause = _clause(DAXING_7)
    annotate(clause, "北京")
    assert asked_duty(clause, "哪些部门参与？", tokenizer) is None  # no task word: no sentence is picked


def test_a_clause_end_note_is_the_whole_clause(tokenizer):
    # kunming-guandu-2016-stabilize-growth-part 一2: 区政府审查 is prose, but the note names the clause's units
    text = "辖区范围内6亩以下(不含6亩)的土地使用转让手续,区政府审查后办理土地登记。(区国土分局牵头,区规划分局、区级相关部门配合)"
    clause = _clause(text)
    annotate(clause, None)
    assert asked_duty(clause, "土地转让手续谁审查？", tokenizer) is None
    assert units_line([clause], None, "土地转让手续谁审查？", tokenizer) == "牵头单位：区国土分局；配合单位：区规划分局、区级相关部门"


def test_the_self_reference_sentence_is_the_task(tokenizer):
    document = _document("国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知", "国务院办公厅")
    clause = _clause(EARTHQUAKE_3_6)
    duty = asked_duty(clause, "防震减灾宣传教育大纲和科普材料由谁来提供？", tokenizer, document)
    assert duty is not None and duty.sentence.startswith("我局将尽快") and duty.found.units == ["地震局"]


# ---------------------------------------------------------------------------- forms of the responsibility audit
# Clauses of eval/real/docs/dev and of the laws corpus sample that name a government body in a duty construction
# but had no units (see the audit in the commit message); each form on a sentence it was found in.

#: wenzhou-2023-rural-revitalization-table-part 一2: a table row flattened into lines, its last cell the 责任单位.
WENZHOU_ROW = ("农海产品保鲜冷链设施建设补助\n支持建设农海产品产地小型仓储保鲜冷链设施,每年遴选不超过20个项目,"
               "市财政按照区财政承担部分50%、最高50万元给予补助。\n审查遴选\n市农业农村局")
#: heilongjiang-2005-governor-special-award-trad-part: the drafting body bracketed with its date under the title.
HEILONGJIANG_TITLE = ("黑龙江省省长特别奖奖励办法\n(省人事厅 2005年7月10日)\n为表彰和奖励在我省经济社会发展中做出突出贡献的人员,"
                      "设立黑龙江省省长特别奖,并制定本办法。")


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    (WENZHOU_ROW, ["市农业农村局"], []),
    (HEILONGJIANG_TITLE, ["省人事厅"], []),
    # yunnan-2013-employment-fund-measures-part 第三条: the approving and the receiving bodies, in text order
    ("以及经省人民政府批准,报财政部、人力资源社会保障部备案的其他支出。", ["省人民政府"], ["财政部", "人力资源社会保障部"]),
    # liuhe-2023-key-industries 第二十二条: 经X<steps>审核, the body that checks before payment
    ("经领导小组办公室实地踏查，并对投资企业提 供项目材料进行综合审核后，据实申报兑现奖励政策。", ["领导小组办公室"], []),
    # guobanfa-2018-124-cultural-enterprises （二十一）: 由X在…中<verb>
    ("原事业编制内职工的住房公积金中由财政负担部分，转制后继续由财政部门在预算中拨付；", ["财政部门"], []),
    # miit-2018-56-growth-upgrade-cities-notice 二: the body of the place the subject is in
    ("计划单列市本级或下辖县区不能超过1个,由所在省工业和信息化主管部门评选推荐,不占用所在省名额。",
     ["所在省工业和信息化主管部门"], []),
    # shandong-tech-sme-innovation-fund-measures-part 第四条: coordinated departments sharing one head, kept as written
    ("省科技和财政部门是创新资金的主管部门,负责制定创新资金的年度工作重点、项目立项审批、监督管理和验收等工作。",
     ["省科技和财政部门"], []),
    # laws corpus: a field word in a 等部门 list is a 部门 of that field, never the bare word
    ("民政等部门应当公开办事指南，简化和规范办事流程。", ["民政部门"], []),
    ("由人民政府宗教事务部门会同教育、公安等部门依法处理。", ["人民政府宗教事务部门"], ["教育部门", "公安部门"]),
    # laws corpus: a body the vocabulary lacks, after 由 and before 会同 / 负责
    ("国内限量寄递物品由邮电部会同国务院有关部门规定。", ["邮电部"], ["国务院有关部门"]),
    # laws corpus: a modal word between the subject and 会同 is neither part of the name nor a stop
    ("省邮政管理机构可以会同省市场监督管理部门开展地方标准制定工作。", ["省邮政管理机构"], ["省市场监督管理部门"]),
    ("宗教团体编印宗教内部资料性出版物，应当经省人民政府宗教事务部门批准。", ["省人民政府宗教事务部门"], []),
])
def test_audit_forms(text, lead, supporting):
    _, got_lead, got_supporting = extract(text, None).resolved()
    assert (got_lead, got_supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    # a signature is the issuer, not a table cell
    "现将征求意见稿全文公布。\n金华市农业农村局\n2023年6月1日",
    # an addressee line
    "各县(市、区)人民政府,市各有关单位:\n为培育农业农村转型发展新动能,制定如下政策意见。",
    # 由X提出 names the actor (no body): the receiver of its 备案 does not stand in for it (fixture h5-91)
    "办公室成员需要调整的,由所在单位提出,报领导小组办公室备案。",
    # 经济技术开发区 is no 经X; 报告报… is no 报告X; a body of a relative clause (经…授权的部门) is not cut short
    "本条例所称经济开发区，包括国务院批准设立的经济技术开发区和省人民政府批准设立的经济开发区。",
    "经营船舶管理业务，应当经设区的市级以上地方人民政府负责水路运输管理的部门批准。",
    "依法设立的场所，经国务院授权的部门或者国务院期货监督管理机构审批，可以组织开展衍生品交易。",
    # a generic receiver names no body
    "重大变动事项，报有关部门核准或备案后执行。",
    # 经X同意 approves a document's issue: no duty (yunnan / chengdu notices)
    "经省人民政府同意，现将《办法》印发给你们，请认真贯彻执行。",
])
def test_audit_forms_name_no_unit(text):
    assert not extract(text, None)


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    # kunming-guandu-2016-stabilize-growth-part 二4: a list part with no role word before the 配合 part takes its
    # role, and a level's state-owned company is a unit among the departments
    ("促进投资项目科学管理。(区发改局牵头,区财政局、区住建局、区水务局等部门,区国投公司、各街道办事处配合)",
     ["区发改局"], ["区财政局", "区住建局", "区水务局", "区国投公司", "各街道办事处"]),
    # laws corpus: 向X备案, the receiving body; a national body named by its role, with 国务院 as its level
    ("期货公司变更住所，应当向国务院期货监督管理机构备案。", ["国务院期货监督管理机构"], []),
    ("新药的临床试验由国务院药品监督管理部门审核批准。", ["国务院药品监督管理部门"], []),
])
def test_audit_forms_second_pass(text, lead, supporting):
    _, got_lead, got_supporting = extract(text, None).resolved()
    assert (got_lead, got_supporting) == (lead, supporting)
