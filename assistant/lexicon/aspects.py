"""What a content question asks of its topic, and the words a sentence answering that aspect is written with.

A question names its topic (转制时在职人员的连续工龄) and, apart from it, the aspect it wants (怎么算, 要准备
什么, 从哪里出钱). The topic's words pick the clause; inside it they also pick the sentence that merely restates
the topic, while the answer is the sentence written in the aspect's own words: a condition with 符合/具备/
应当, a way with 采取/通过/按照, materials with 提供/提交, a source of funds with 列支/从…中. One table, so every
stage that chooses a sentence for a question (the 答 line, the sentences of a long clause shown) reads the same
vocabulary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Aspect:
    name: str
    #: how a question asks for this aspect
    asked: re.Pattern[str]
    #: how a sentence answering it is written
    answered: re.Pattern[str]


ASPECTS: tuple[Aspect, ...] = tuple(
    Aspect(name, re.compile(asked), re.compile(answered))
    for name, asked, answered in (
        ("condition", r"条件|资格|门槛|什么样的|哪些情况|才能|才算|才可以|满足什么|符合什么|达到什么",
         r"符合|具备|满足|应当|须|需|达到|不低于|不少于|以上|取得|条件"),
        ("way", r"方式|怎么|如何|怎样|途径|渠道|程序|流程|形式|办法",
         r"采取|采用|通过|按照|依照|实行|方式|形式|程序"),
        ("object", r"对象|哪些企业|哪些单位|哪些人|什么人|什么企业|谁可以|谁能|适用于|面向",
         r"对象|面向|适用于|(?:^|[，,])对[^，,。；;]{2,}的"),
        ("scope", r"范围|包括哪些|包括什么|包含|涵盖|哪些方面|哪几类|哪些内容",
         r"包括|范围|涵盖|包含|分为|主要(?:是|有|用于)"),
        ("source", r"来源|从哪|哪里出|谁出|出钱|列支|哪笔钱|全出|承担",
         r"来源|列支|从[^，,。；;]{1,12}中|由[^，,。；;]{1,12}(?:承担|负担|支付|安排|筹集)|筹集|拨付|财政|预算|自筹|科目|支出|存量资金|配套|\d+\s*[:：]\s*\d+"),
        ("materials", r"材料|准备什么|提交什么|提供什么|要交|交哪些|附上|附什么|报送什么",
         r"提供|提交|报送|材料|证明|申报书|复印件|加盖|附"),
        # a contact stated with its value (联系人:王宁涛, 电话:020-…), not asked for (请提供联系人、联系方式)
        ("contact", r"联系人|电话|联系方式|邮箱|邮件|地址|咨询",
         r"联系人\s*[:：为是]|(?:电话|手机|传真)\s*[:：为是]?\s*[\d(（]|邮箱\s*[:：]|@|\d{3,4}\s*[-－—]\s*\d{7,8}"
         r"|(?<!\d)1[3-9]\d{9}(?!\d)|地址\s*[:：]"),
        ("purpose", r"目的|为了什么|为什么|为何|意义",
         r"为了|旨在|以便|目的|^为"),
        ("consequence", r"后果|怎么处理|如何处理|处罚|会怎样|违反|违规|不按|罚|惩戒|处分",
         r"追回|取消|处罚|罚款|追究|责令|收回|不得|不予|处分|惩戒|问责|通报|吊销|黑名单|失信"),
        ("principle", r"原则", r"原则|坚持"),
        ("approval", r"经谁|谁同意|谁批准|批准|审批|同意后|经过谁",
         r"同意|批准|审批|审核|审定"),
        ("overlap", r"重复|都能拿|两笔|同时(?:享受|拿|领|申请|获得)|一起拿|兼得|叠加",
         r"不重复|就高|同一|叠加|兼得"),
        # a score's weight (综合考评里经济指标占多少分的权重), not a score a firm must reach (综合考评80分以上)
        ("weight", r"权重|分值|占多少分|占几分",
         r"权重|分值|满分|占\s*\d+(?:\.\d+)?\s*[%％分]"),
        # a sum added on a refund (违约金, 滞纳金, 罚息): not the refund itself (按协议追回)
        ("surcharge", r"违约金|滞纳金|罚息",
         r"违约金|滞纳金|罚息|利息|加收"),
        ("permission", r"能不能|能否|可不可以|是否可以|可以吗|能拿来|允许",
         r"可以|可再|[均也仍]可|不得|禁止|允许|不予|暂不|无法|只能"),
        # who reads the text authoritatively (由哪个部门负责解释): said only where the text says so
        ("interpretation", r"解释", r"解释"),
        # what an event is held under (围绕什么主题): a theme the text names as one
        ("theme", r"主题", r"主题"),
        # where something is found on the web (平台的网址是什么): an address the text prints (a site named, 民政部网站, is none)
        ("website", r"网址|网站地址|网页地址|链接|哪个网站|什么网站|在哪个网",
         r"https?://|www\.|[A-Za-z0-9-]\.(?:cn|com|org|net)\b|网址\s*[:：为是]"),
        # whether a service costs the asker (查询要不要收费): a text says so in words of charging
        ("fee", r"收费|收不收费|要不要钱|要钱吗|免费吗|花钱吗|交钱|付费",
         r"收费|免费|费用|收取|缴纳|无偿|不收"),
        # what a term of the text means (所称的农村饮用水指什么): the sentence defining it (本办法所称农村饮用水,是指…)
        ("definition", r"指什么|是指|指的是|什么意思|定义|所称",
         r"是指|系指|指的是|所称"),
    )
)
#: the aspect a clause defining a term states (see `stated_first_asked`)
DEFINITION = next(a for a in ASPECTS if a.name == "definition")


def asked_aspects(question: str) -> tuple[Aspect, ...]:
    """The aspects `question` asks for (several: 经谁同意后印发 asks approval and way); none for a question
    that only names its topic."""
    return tuple(a for a in ASPECTS if a.asked.search(question))


def answers_aspect(sentence: str, aspects: tuple[Aspect, ...]) -> int:
    """How many of the asked `aspects` `sentence` is written in the words of."""
    return sum(1 for a in aspects if a.answered.search(sentence))


#: Aspects a text states only in their own words, asked in words that ask nothing else (处罚, 联系电话): a clause
#: written in none of the aspect's words (`Aspect.answered`) does not state it, whatever else it says on the topic.
#: Each with what the decline names as missing.
STATED_ONLY_IN_OWN_WORDS: tuple[tuple[Aspect, re.Pattern[str], str], ...] = tuple(
    (next(a for a in ASPECTS if a.name == name), re.compile(asked), missing)
    for name, asked, missing in (
        ("consequence", r"处罚|罚款|后果|追责|追究|惩罚|问责|惩戒|处分|罚多少|被罚|怎么罚|如何罚|罚几|"
                        r"(?:受到?|给予|面临)(?:什么|哪些|怎样|何种)[^，。？?]{0,6}处理", "违反规定的后果或处罚"),
        # where the money comes from (经费由哪级财政出, 谁来出钱): a text says so in words of paying or budgeting
        ("source", r"(?:经费|资金|费用|钱)[^，。？?]{0,6}?(?:由|从)?(?:哪一?级|哪个|哪里|哪儿|谁)[^，。？?]{0,3}?"
                   r"(?:出|承担|负担|支付|列支|解决|安排)|(?:经费|资金)(?:的)?来源|谁(?:来)?出钱|哪里出钱",
         "经费或资金的来源"),
        ("materials", r"(?:什么|哪些|啥)(?:申请|申报|证明)?材料|材料(?:有哪些|要哪些|包括哪些|是什么)|"
                      r"(?:要|需要|得)(?:交|提交|提供|准备)(?:什么|哪些|啥)", "需要提交的材料"),
        ("interpretation", r"(?:负责|由谁|哪个部门|哪个单位|谁来?)解释|解释权", "由谁负责解释"),
        ("theme", r"(?:什么|哪个|哪些)主题|主题(?:是什么|是啥)", "活动的主题"),
        ("contact", r"联系人|联系电话|联系方式|邮箱|电子邮件|(?:哪个|什么|哪条)(?:热线|电话)|电话(?:号码)?(?:是)?多少|传真[^，。？?]{0,6}(?:哪个|多少|号码?)",
         "联系人或联系方式"),
        ("weight", r"权重|分值|占多少分|占几分", "各项的权重或分值"),
        ("website", r"网址|网站地址|网页地址|(?:哪个|什么)网站|链接(?:是|在)", "网址"),
        ("fee", r"(?:要不要|收不收|是否|会不会)(?:收费|交钱|付费)|收费吗|免费吗|要钱吗|收多少费", "是否收费"),
        ("surcharge", r"违约金|滞纳金|罚息", "违约金、滞纳金或利息"),
    )
)


#: A contact line from its first label to the end of its line (联系人:省长吉图办投资促进处刘庆秋…88905037;改革指导处
#: 吴新凯 88905038;…): its parts, one per office, are one statement of whom to contact, not sentences apart.
CONTACT_RUN = re.compile(r"(?:联\s*系\s*人|联系电话|联系方式|咨询电话|电\s*话|传\s*真|(?:电子)?邮\s*箱)\s*[:：][^\n]*")


def contact_runs(question: str, text: str) -> list[str]:
    """The contact lines of `text` when `question` asks a contact (`STATED_ONLY_IN_OWN_WORDS`), else none."""
    aspect = stated_only_asked(question)
    return CONTACT_RUN.findall(text) if aspect is not None and aspect.name == "contact" else []


def unstated_aspect(question: str, text: str) -> str | None:
    """What the decline names as missing when the question asks an aspect of `STATED_ONLY_IN_OWN_WORDS` and
    `text` is written in none of its words; None otherwise."""
    return next((missing for aspect, asked, missing in STATED_ONLY_IN_OWN_WORDS
                 if asked.search(question) and not aspect.answered.search(text)), None)


def stated_first_asked(question: str) -> Aspect | None:
    """The aspect `question` asks that is answered where it is written, not where the topic is: one of
    `STATED_ONLY_IN_OWN_WORDS`, or what a term means, answered by the clause defining it; None otherwise."""
    return stated_only_asked(question) or (DEFINITION if DEFINITION.asked.search(question) else None)


def stated_only_asked(question: str) -> Aspect | None:
    """The aspect of `STATED_ONLY_IN_OWN_WORDS` the question asks (联系电话 → contact), or None."""
    return next((aspect for aspect, asked, _ in STATED_ONLY_IN_OWN_WORDS if asked.search(question)), None)
