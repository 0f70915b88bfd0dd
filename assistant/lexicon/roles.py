"""Roles: which part a body plays that a question asks for, and which parts a clause states.

A question asking who (谁, 哪个部门, 找哪, 归…管) asks for one part: who leads or answers for the work
(谁负责, 哪个部门牵头, 归哪个部门管), who works with it (配合的有哪些单位), who pays (钱由谁出, 资金由谁保障),
who takes in an application or a report (向谁申请, 由谁受理, 材料交给哪个司, 报给哪个部门), who reviews or
approves (由谁审核, 谁来打分, 最后由谁批准兑现), who supervises (谁来监督, 由哪些部门验收), or who may apply or
receive (谁可以申请, 奖励给谁). A clause states a part by the wording that assigns it (责任单位：…, X牵头, Y配合,
所需资金由市财政安排, 向区科技局提出申请, 负责受理, 监督检查, 审核认定, 补助对象为…). Among clauses of one
document that all name bodies, the one that answers is the one stating the asked part (资金由财政保障, not
the clause naming who assesses). Read from general wording only: no document's own names are listed.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Role(StrEnum):
    LEAD = "lead"  # leads, answers for, is in charge of the work
    SUPPORT = "support"  # works with the lead
    FUNDER = "funder"  # pays: arranges, bears or disburses the money
    ACCEPTOR = "acceptor"  # takes in an application, a report, a nomination or a filing
    REVIEWER = "reviewer"  # reviews, assesses, approves, confirms
    SUPERVISOR = "supervisor"  # supervises, inspects, audits, accepts finished work
    BENEFICIARY = "beneficiary"  # may apply for or receives the measure


#: What a clause says to state each part.
_CLAUSE_WORDING: dict[Role, re.Pattern[str]] = {
    Role.LEAD: re.compile(
        r"牵头|负责|负总责|主管|归口|主办|承办|责任(?:单位|部门|主体)|实施主体|组织实施|具体实施|统筹(?:协调|推进|安排)"
    ),
    Role.SUPPORT: re.compile(r"配合|会同|协同|协助|参与|协办"),
    Role.FUNDER: re.compile(
        r"(?:财政|预算|资金|经费|费用|出资)[^。；;]{0,16}?(?:安排|列支|承担|负担|保障|拨付|筹集|支付|解决|补助|兑付)"
        r"|(?:安排|列支|承担|负担|拨付|筹集|支付)[^。；;]{0,8}?(?:资金|经费|费用)|出资|拨款|拨付"
    ),
    Role.ACCEPTOR: re.compile(
        r"受理|负责解释|向[^。；;，,]{1,24}?(?:申请|申报|报送|提出|提交|报告|报备|备案|推荐|反映|咨询)"
        r"|报送|报(?:至|给|到)|(?:提交|递交|交|寄|发送|送)[^。；;，,]{0,6}?(?:至|到|给)|备案|窗口|申报材料|提出意见"
    ),
    Role.REVIEWER: re.compile(r"审核|审查|审批|批准|审定|评审|认定|核定|核实|核查|评分|打分|踏查|评估|初审|复审|审议"),
    Role.SUPERVISOR: re.compile(r"监督|监管|监测|检查|抽查|督查|督促|督导|审计|考核|验收|绩效评价|巡查|问责"),
    Role.BENEFICIARY: re.compile(
        r"申请人|申报(?:主体|单位|人)|(?:支持|补贴|补助|奖励|扶持|资助|适用|服务|保障)(?:对象|范围)"
        r"|(?:可|可以|均可|方可)(?:申请|申报|享受|领取)|给予[^。；;]{0,24}?(?:奖励|补贴|补助|资助|扶持)"
    ),
}

#: A question asks who: a who-word (谁, 哪个部门, 哪一级政府, 工信部哪个司, 找哪, 问哪, 归…管), or a part's
#: label asked to be listed (配合单位有哪些, 牵头单位是谁, 责任单位都有哪些).
_ASKS_WHO = re.compile(
    r"谁|哪(?:个|些|几个|两个|一个|一级|家)?(?:部门|单位|机关|机构|局|厅|委|部委|办|司|处|政府|级)|找哪|问哪|归[^，。？?]{0,6}管"
    r"|(?:单位|部门)(?:都|还)?(?:是|有)(?:哪|谁)"
)
#: Where a question names the part it asks: after the who-word to the end of its phrase (由谁审核, 哪个部门牵头、
#: 跟哪个部门一起研究), or before it when a 的 or a verb's 给/到/向 joins the two (打分的是哪些部门, 配合单位有哪些,
#: 材料交到哪个司); the words before the who-word otherwise name the matter (专项资金归哪些部门管 asks who is
#: in charge, not who pays).
_PHRASE_END = re.compile(r"[，,。；;？?！!]")
_JOINED = re.compile(r"(?:的(?:是|有|都是|还有)?|给|到|至|向)$")
#: What a who-question asks each part by; several may be asked at once (谁牵头、谁配合).
_QUESTION_WORDING: dict[Role, re.Pattern[str]] = {
    Role.SUPPORT: re.compile(r"配合|参与|会同|协同|协助|一起|共同"),
    Role.FUNDER: re.compile(
        r"出钱|出资|拨|承担|负担|保障(?!金)|筹集|(?:谁|哪[^，。？?]{0,6}?)(?:来|去)?(?<!提)(?:出|安排)(?=$|[的了吗呢？?钱资])"
    ),
    Role.ACCEPTOR: re.compile(r"受理|向(?:谁|哪)|(?:交|报|送|递交|提交|上报)(?:给|到|至)|报(?:哪|谁)|推荐|备案|问哪|咨询"),
    Role.REVIEWER: re.compile(r"审核|审查|审批|批准|审定|认定|评审|打分|评分|踏查|核定|核实|评估|(?<![拟制])定(?:的|$)"),
    Role.SUPERVISOR: re.compile(r"监督|监管|监测|抽查|检查|督查|考核|验收|审计"),
    Role.LEAD: re.compile(r"牵头|负责|主管|主责|管|落实|办|做|抓|组织|实施|统筹|督导|调度|指导|主持|提出|研究|制定|拟定|起草"),
}
#: Parts asked without a who-word: who may apply or receives (谁可以申请, 给谁, 哪些企业能享受), where a thing
#: is sent (材料交到哪里, 意见寄到哪, 发到哪个邮箱, 用哪几种方式反馈), where the money comes from (钱从哪儿出).
_ASKS_WITHOUT_WHO: dict[Role, re.Pattern[str]] = {
    # 给谁 after a document's verb (这封函发给谁, 抄送给谁) asks its addressees, not a beneficiary
    Role.BENEFICIARY: re.compile(
        r"谁(?:能|可以|可)(?:享受|申请|申报|领)|(?:奖|补|资助|资金|钱)[^，。？?]{0,6}?给谁|(?<![发送印抄转])给谁"
        r"|奖励谁|补给谁|对象是|哪些(?:企业|人|单位)(?:能|可以|可)"
    ),
    Role.ACCEPTOR: re.compile(
        r"(?:寄|发|交|送|报|递交|提交|反馈)(?:到|至|给)?哪(?:里|儿|个)|(?:向|找)哪(?:里|儿)|哪几?种?(?:方式|途径|渠道)反馈"
    ),
    Role.FUNDER: re.compile(r"(?:钱|资金|经费|费用)[^，。？?]{0,4}?从哪(?:里|儿)?(?:出|来)|资金来源"),
}


def clause_roles(text: str) -> frozenset[Role]:
    """The parts a clause (with its headings) states, by the wording that assigns each."""
    return frozenset(role for role, pattern in _CLAUSE_WORDING.items() if pattern.search(text))


def _predicates(question: str) -> list[str]:
    """The words around each who-word that say what the body asked for does (see _JOINED)."""
    out = []
    for found in _ASKS_WHO.finditer(question):
        end = _PHRASE_END.search(question, found.end())
        after = question[found.start() : end.start() if end else len(question)]
        starts = [m.end() for m in _PHRASE_END.finditer(question, 0, found.start())]
        before = question[starts[-1] if starts else 0 : found.start()]
        joined = _JOINED.search(before) or found.group().startswith(("单位", "部门"))
        out.append(before + after if joined else after)
    return out


def asked_roles(question: str) -> frozenset[Role]:
    """The parts a question asks for; empty when it asks no who (多少钱, 什么时候). A who-question naming no
    part (这事找哪个部门, 归哪个部门) asks who is in charge."""
    if _ASKS_WITHOUT_WHO[Role.BENEFICIARY].search(question):
        return frozenset({Role.BENEFICIARY})
    predicates = _predicates(question)
    if not predicates:
        return frozenset(role for role, pattern in _ASKS_WITHOUT_WHO.items() if pattern.search(question))
    asked = {role for role, pattern in _QUESTION_WORDING.items() if any(pattern.search(p) for p in predicates)}
    return frozenset(asked or {Role.LEAD})
