"""Roles: the part a who-question asks, the parts a clause states (real clause wording; questions paraphrased)."""

from __future__ import annotations

import pytest

from assistant.lexicon.roles import Role, asked_roles, clause_roles

# clauses as documents under eval/real/docs/dev and index/corpus word them
CLAUSES = [
    (
        "北京市大兴区新兴产业促进服务中心(以下简称“区产促中心”)负责统筹评分、申报、兑现及服务;各相关职能部门负责为企业评分;"
        "区产促中心会同区财政局确定奖励额度,报区促进产业发展领导小组审议通过后,直接拨付至企业。",
        {Role.LEAD, Role.SUPPORT, Role.REVIEWER, Role.FUNDER},
    ),
    ("区财政局负责提供资金保障。", {Role.LEAD, Role.FUNDER}),
    ("本办法由区产促中心负责解释。自公布之日起试行,试行期间如遇国家及北京市相关政策变动将做相应调整。", {Role.LEAD, Role.ACCEPTOR}),
    ("综合考评按照企业年度经济指标、发展指标、社会贡献等进行打分。", {Role.REVIEWER}),
    ("符合区域引导扶持产业发展方向的,且综合考评80分(含)以上的企业,对其核心团队给予奖励和服务。", {Role.BENEFICIARY}),
    ("省级财政负担资金在项目开工后一次性拨付,市(县)财政负担资金在项目投产验收后据实拨付。", {Role.FUNDER, Role.SUPERVISOR}),
    ("行业主管部门要加强对本行业承担公共服务职能的企事业单位新媒体工作的指导和监督。", {Role.LEAD, Role.SUPERVISOR}),
    (
        "高技能人才公共实训鉴定基地。（牵头单位：市人力资源和社会保障局，配合单位：各有关单位，各区、县级市）",
        {Role.LEAD, Role.SUPPORT},
    ),
    ("请有关方面抓紧向国际大体联申报。", {Role.ACCEPTOR}),
    ("将修改意见以书面形式加盖公章与会提交,同时提交电子版至市爱卫办信箱:xcsagws@163.com。", {Role.ACCEPTOR}),
    ("通过信函的方式将意见寄至金华市婺城区双龙南街828号,邮编:321017。", {Role.ACCEPTOR}),
    ("工业专项资金每年由区级财政统筹安排,列入年度财政预算,用于文件确定的政策的兑现。", {Role.FUNDER, Role.LEAD}),
    ("继续按不高于2017年征收标准征收残疾人就业保障金。", set()),
]


@pytest.mark.parametrize("text,roles", CLAUSES)
def test_clause_roles_read_the_wording_that_assigns_each_part(text, roles):
    assert clause_roles(text) == roles


QUESTIONS = [
    ("这笔补贴的钱由谁来出？", {Role.FUNDER}),
    ("这笔奖励的资金由谁来保障？", {Role.FUNDER}),
    ("专项资金归哪个部门管？", {Role.LEAD}),  # 资金 names the matter; 管 asks who is in charge
    ("申报材料最后要交到哪个司？", {Role.ACCEPTOR}),
    ("这个办法有地方看不懂，该问哪个单位？", {Role.ACCEPTOR}),
    ("企业材料报上来以后由谁审核？", {Role.REVIEWER}),
    ("给企业打分的是哪些部门？", {Role.REVIEWER}),
    ("资金用得对不对，谁来监督？", {Role.SUPERVISOR}),
    ("这项工作谁牵头、谁配合？", {Role.LEAD, Role.SUPPORT}),
    ("配合单位都有哪些？", {Role.SUPPORT}),
    ("除了牵头的发改局，还有哪些单位配合？", {Role.SUPPORT}),
    ("办理意见是哪几个部门提出的？", {Role.LEAD}),  # 提出, not 出钱
    ("这事找哪个部门？", {Role.LEAD}),  # a who-question naming no part asks who is in charge
    ("这个奖励谁可以申请？", {Role.BENEFICIARY}),
    ("这个专项资金的钱从哪儿出？", {Role.FUNDER}),  # where the money comes from: who pays, without a who-word
    ("对征求意见稿有意见，信寄到哪里？", {Role.ACCEPTOR}),
    ("老百姓可以用哪几种方式反馈意见？", {Role.ACCEPTOR}),
    ("奖励资金每年给多少？", set()),  # asks no who
    ("政策什么时候开始执行？", set()),
]


@pytest.mark.parametrize("question,roles", QUESTIONS)
def test_asked_roles_read_the_words_around_the_who(question, roles):
    assert asked_roles(question) == roles
