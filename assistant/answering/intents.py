"""One spec per kind of question, and the slot each question asks.

A *kind* (`Intent`) decides how evidence is chosen and how the answer is laid out; a
*slot* (`Slot`) is the one fact the question wants filled — units (lead/supporting), a
deadline, how long the policy applies, a number with its unit, an amount of support, a
name, a list of places, a year, the document's own facts (文号, date, issuer), or plain
content. Each slot states which clauses can fill it (`SlotSpec.fact`), and what the answer
says when the chosen clauses do not (`SlotSpec.missing`), so abstention is decided on the
slot and never on the wording.

Slots are recognised by ordered rules on the question (tests/test_answering_slots.py holds
paraphrases of each kind); a new kind of question is one new `IntentSpec` or `SlotSpec` here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum

from assistant.corpus.model import Clause
from assistant.corpus.pagetable import ASKABLE_ROWS


class Intent(StrEnum):
    COMPARE = "compare"
    LIST = "list"
    RESPONSIBILITY = "responsibility"
    DEADLINE = "deadline"
    VALIDITY = "validity"
    TARGET = "target"
    SUPPORT = "support"
    CONTENT = "content"


class Slot(StrEnum):
    UNITS = "units"  # the responsible units (lead and supporting)
    DEADLINE = "deadline"  # a task's 时间进度
    VALIDITY = "validity"  # how long a policy applies, from when
    NUMBER = "number"  # a number with a unit (a target, a count)
    AMOUNT = "amount"  # an amount, cap or rate of support
    NAME = "name"  # the name of a programme, award, or the document a text rests on
    PLACES = "places"  # a list of places
    YEAR = "year"  # the year something is due
    ISSUE = "issue"  # the document's own facts: 文号, date issued, issuer
    CONTENT = "content"  # what a clause says


class Selection(Enum):
    """How evidence is chosen from the ranked hits."""

    TOP = "the best hit (and a close partner)"
    WITH_FACT = "the best hits that fill the slot"
    PER_DOCUMENT = "the best hit of each document"


class Render(Enum):
    """How the composer writes the answer."""

    QUOTES = "quote the best sentences"
    UNITS = "name the responsible units"
    DEADLINE = "state the deadline"
    LIST = "a complete list (when the evidence is a listing)"


MONEY_TEXT = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿|千)?元|\d+(?:\.\d+)?\s*%|[一二两三四五六七八九十百千]+万?元|百分之")
_YEAR_TEXT = re.compile(r"(?:19|20)\d\d\s*年")
_VALIDITY_TEXT = re.compile(
    r"有效期|施行|试行|起实施|起执行|实施期限|执行期限|执行至|实施至|延长至|之日起|废止|暂定[一二三四五六七八九十\d]+年"
)
#: names of other texts, where 试行/施行 says nothing about this one (《…管理办法(试行)》)
_NAMED_TEXT = re.compile(r"《[^》]*》|[（(](试行|暂行)[）)]")


#: a number that can answer "how many": not a year of a date (2015年), a month or day, a document's number
#: (〔2021〕22号) or an ordinal label (第42项)
NUMBER_VALUE = re.compile(
    # digits after Latin letters name a thing (PM2.5, PM10, EQIM2.2), they count nothing
    r"(?<![\d.第〔A-Za-z])(?:\d{1,3}(?:[.,]\d+)?(?![\d.,])|\d{4,}(?:\.\d+)?(?!\s*年))(?!\s*[月日号〕])"
    r"|(?<![\d.第〔月])\d{1,3}(?=\s*(?:个)?(?:工作)?日)"  # a count of days (共7日, 5个工作日), not the day of a date (10月20日)
    r"|[一二两三四五六七八九十百千万]+(?:个|家|项|年|次|人|户|天|批|所|座|倍|成|份|套|番)|百分之"
)
#: asking a rate (百分之多少, 什么比例), and a text stating one
ASKS_RATE = re.compile(r"百分之(?:多少|几)|多少%|百分比|几成|什么比例|多大比例|比例(?:是|为|有)?多少")
RATE_TEXT = re.compile(r"\d\s*[%％]|\d\s*/\s*\d|百分之[一二三四五六七八九十百]|分之[一二三四五六七八九十]|[一二三四五六七八九]成(?=[，。；、）)]|以|左右)")
#: asking money granted (补贴多少, 奖多少), and a text granting it: a cost, a price or an investment in the
#: same text (处理成本为每立方米2.4元) is not a subsidy
ASKS_SUPPORT_MONEY = re.compile(r"补贴|奖励|奖金|补助|资助|奖补|贴息|扶持|津贴|安家费|(?:奖|补|给|拿|发|领|支持)多少")
#: (支持 counts where a sum follows it: 中央财政资金专项支持不超过100万元; 支持企业投资1亿元 is what a firm spends)
SUPPORT_TEXT = re.compile(
    r"给予|奖励|奖补|补助|补贴|资助|贴息|扶持|奖金|津贴|补偿|兑现|拨付|配套|返还|减免|免征|安排|奖\d|[奖补]给"
    r"|支持(?:资金)?(?:不超过|不高于|最高|最多|\d)"
)
#: asking what was achieved (实际发放了多少, 现在已经建成了多少个, 最后实际达到了多少): a target or an
#: arrangement (到2025年建成100个, 设立1亿元资金) does not answer it; only a text reporting a result does
ASKS_OUTCOME = re.compile(
    r"(?:实际|已经|已|目前|现在|至今|最终|最后|去年|(?<![网线])上年|累计)[^，。？?]{0,10}"  # not 网上年销售额
    r"(?:建成|完成|达到|发放|拨付|实现|评上|认定|落地|兑现|拿到|用掉|花了)了?(?:多少|几)"
    r"|(?<![按以照据])(?:实际|最终|最后)[^，。？?]{0,6}(?:是|为|有)?多少"  # 按实际支付额的多少比例: a basis, no outcome
)
OUTCOME_TEXT = re.compile(
    r"已经?[\u4e00-\u9fff]{0,4}(?:建成|完成|达到|实现|发放|拨付|认定|落户|投产)|累计|截[至止]|共计?(?:完成|发放|建成|认定)"
    r"|实际(?:完成|达到|发放)|(?:进行|开展)了"
)
#: asking a total of what came about (企业一共少缴了多少钱, 总共发放了几次): a rate or an arrangement
#: (下调费率50%) states a policy, not its result, so only a text reporting a result (OUTCOME_TEXT) answers
ASKS_TOTAL = re.compile(r"(?:一共|总共|共计|合计)[^，。？?]{0,8}了(?:多少|几)")
#: asking what is given on top of a support already had (有什么额外优惠, 每亩还能再多补多少), and a text stating such
#: an addition (每亩再增加40元, 另行给予, 叠加享受): a plain amount (给予每亩215元) is the support itself, not more.
#: 县里再给多少 (also had the province's) asks the county's own amount, answered by a plain one: not asked here
#: (多给 is not asked: 最多给多少 asks a cap, 想多给几年 a longer term)
ASKS_EXTRA = re.compile(
    r"额外|再多|另外(?:还)?(?:给|补|奖|有(?=[^，,。？?]{0,6}(?:补|奖|优惠|支持|扶持|资金|钱|政策)))"  # 另外还有子项吗 asks no support
)
EXTRA_TEXT = re.compile(r"额外|另行?(?:给予|奖励|补助|补贴)|再(?:增加|给予|奖励|补助|补贴|奖|补)|叠加|追加|加发|上浮")
#: an ordinal of a batch, a phase or a round (第二批, 首批, 第三期): a clause on another batch does not answer
BATCH = re.compile(r"第([一二三四五六七八九十\d]+)(批|期|届|轮|阶段)|首(批|期|届)")
#: asking the tiers of a graded measure (每一档的标准, 分几档), and a text stating tiers (分为三档, 第一档):
#: 分档征收 names a graded measure without its tiers; amounts listed side by side (调整为1320元、1220元、1120元)
#: are its tiers without the word
ASKS_TIERS = re.compile(r"每一?档|各档|各个?档次|每个档次|分几档|几个档次?|哪几档")
TIERS_TEXT = re.compile(r"[一二两三四五六七八九十\d]+个?档(?!案)|第[一二三四五六七八九十\d]+档|档次?(?:为|是|分别)"
                        r"|\d+(?:\.\d+)?[万亿]?元[、和及]\d+(?:\.\d+)?[万亿]?元")
#: asking names of organisations (哪几家企业, 名单里有哪些企业; not 支持哪些企业, which asks what kind), and
#: a text naming one: a category
#: (省级未来工厂, 大型文化企业（集团）) or a quoted slogan (“产业大脑+未来工厂”) names none
ASKS_ORG_NAMES = re.compile(r"哪几家|哪些家|名单[^，。？?]{0,4}(?:企业|公司)")
ORG_NAMES_TEXT = re.compile(r"[\u4e00-\u9fff]{2,20}(?:有限(?:责任)?公司|股份公司|集团|公司|(?<!工)厂)(?![\u4e00-\u9fff]{0,2}[等类])")
#: asking names (哪几家企业, 具体是哪些社区, 名单): a count (100个示范社区) or a description does not answer it
ASKS_NAMES = re.compile(
    r"哪几家|哪些家|(?:是|有|包括|具体是)哪(?:几|些)[个家所]?(?:企业|公司|社区|项目|学校|医院|园区|基地|村|机构|产品|平台)"
    # the list itself asked (名单里有哪些, 名单上有我们吗, 哪些企业进了名单), not a list the question speaks of
    # while asking something else (我对名单有异议，最晚哪天反映)
    r"|名单(?:里|上|中)?(?:都|具体|一共)?(?:有|是|包括|列了|包含|列有)?[^，,。？?]{0,12}?(?:哪(?![天年月日一])|谁|什么(?!时)|吗|没有)"
    r"|(?:哪些|哪几)[^，,。？?]{0,10}名单|什么名单|名单呢"
)
NAMES_TEXT = re.compile(
    r"“[^”]{2,30}”|「[^」]{2,30}」|[\u4e00-\u9fff]{2,12}(?:有限公司|股份公司|集团)"
    r"|[\u4e00-\u9fff]{2,6}(?:村|社区|园区|学校|医院)(?:、[\u4e00-\u9fff]{2,6}(?:村|社区|园区|学校|医院))+"
)
#: asking how long or until when (有效期到哪一年, 几年): a page's 现行有效 alone does not answer it
ASKS_SPAN = re.compile(r"几年|多久|多长|到哪|到什么时候|截止|哪一?年|何时|什么时候")

#: "how often": answered only by a text that states a frequency, never by the date of one meeting
ASKS_FREQUENCY = re.compile(r"(?:多久|多长时间)[^，,。；;？?]{0,8}一次|每隔多久|几年一次|一年几次|每年几次")
FREQUENCY_TEXT = re.compile(
    r"每隔?[一二两三四五六七八九十半\d]*个?(?:年|月|季|周|星期|天|日|旬|届)|[一二两三四五六七八九十\d]+(?:年|个月|月|周|季度)[一二两三四\d]?次"
    r"|定期|按(?:年|季|月)(?:度)?(?:开展|进行|评|组织|考核|报送|拨付|发放)"
)


#: a question asking what a text rests on (依据了哪份文件, 参照的是哪个规则), and a text citing one
ASKS_BASIS = re.compile(r"依据|根据|参照|按照|贯彻|转发的")
#: (a text in traditional script is quoted as written, so its forms are here too)
CITES_BASIS = re.compile(r"(?:依[据據]|根[据據]|参照|參照|按照|[贯貫][彻徹](?:落[实實])?|[转轉][发發])[^。；;]{0,8}[《“]")
#: a text a notice forwards, its name before the act (現將《…的通知》陜政辦發〔2018〕73號轉發你們), matched from the
#: end of the name
FORWARDS = re.compile(r"[^。；;《]{0,30}?[转轉][发發]")


def forwards_named(text: str, end: int) -> bool:
    """The name of a text closing at `end` is what `text` forwards (…的通知》陜政辦發〔2018〕73號轉發你們)."""
    return FORWARDS.match(text, end) is not None


def forwards_a_name(text: str) -> bool:
    """`text` forwards a text it names (現將《…》…轉發你們)."""
    return any(forwards_named(text, m.end()) for m in re.finditer("》", text))


def states_validity(clause: Clause) -> bool:
    """The clause says when this text applies or until when, outside the names of other texts."""
    return bool(_VALIDITY_TEXT.search(_NAMED_TEXT.sub("", clause.text)))


#: asking until when or how long a text applies (有效期到哪一年, 执行到什么时候, 管几年), not from when
ASKS_END = re.compile(r"有效期|到哪|到什么时候|到何时|截止|几年|多久|多长时间")
_END_TEXT = re.compile(
    r"有效期|执行至|实施至|延长至|废止|失效|届满|为期|期限|暂定[一二三四五六七八九十\d]+年|至\s*(?:19|20)\d\d\s*年|止(?![于步])"
)


def states_end(clause: Clause) -> bool:
    """The clause says until when or how long this text applies (有效期3年, 执行至2025年12月31日), not only from when
    (自2016年5月1日起执行), outside the names of other texts."""
    return bool(_END_TEXT.search(_NAMED_TEXT.sub("", clause.text)))
_NUMBER_TEXT = re.compile(r"\d|[一二两三四五六七八九十百千]+(?:个|家|项|年|次|人|户|天|份|套)")


@dataclass(frozen=True)
class SlotSpec:
    slot: Slot
    #: does a clause fill this slot? None: any clause on the topic does
    fact: Callable[[Clause], bool] | None = None
    #: the answer when no chosen clause fills it (文件没有规定…)
    missing: str = "文件中没有找到与该问题直接相关的内容。"
    #: the short answer's label (责任单位：…)
    label: str = ""


SLOT_SPECS: dict[Slot, SlotSpec] = {
    s.slot: s
    for s in (
        SlotSpec(Slot.UNITS, lambda c: bool(c.units), "相关条款没有写明责任单位。", "责任单位"),
        SlotSpec(Slot.DEADLINE, lambda c: bool(c.deadline), "相关条款没有规定时间进度。", "时间进度"),
        SlotSpec(Slot.VALIDITY, states_validity, "文件没有规定施行期限或有效期。", "有效期"),
        SlotSpec(Slot.NUMBER, lambda c: bool(c.targets or _NUMBER_TEXT.search(c.text)), "文件没有给出这一具体数字。", "数字"),
        SlotSpec(Slot.AMOUNT, lambda c: bool(c.money or MONEY_TEXT.search(c.text)), "文件没有规定具体金额、比例或标准。", "金额"),
        SlotSpec(Slot.NAME, None, "文件没有写明这一名称。", "名称"),
        SlotSpec(Slot.PLACES, None, "文件没有列出具体地区。", "地区"),
        SlotSpec(Slot.YEAR, lambda c: bool(_YEAR_TEXT.search(c.text) or c.deadline), "文件没有写明年份。", "年份"),
        SlotSpec(Slot.ISSUE, None, "文件没有写明这一信息。", ""),
        SlotSpec(Slot.CONTENT, None, "文件中没有找到与该问题直接相关的内容。", ""),
    )
}


@dataclass(frozen=True)
class IntentSpec:
    intent: Intent
    #: what in a question asks for this kind (None: the fallback kind)
    pattern: re.Pattern[str] | None
    #: the slot a question of this kind asks unless its own words ask another
    slot: Slot = Slot.CONTENT
    selection: Selection = Selection.TOP
    #: with WITH_FACT: fall back to the top hits when no hit fills the slot
    fact_optional: bool = False
    render: Render = Render.QUOTES
    #: answered from a parsed fact, so a follow-up asking it is about the clauses just cited
    asks_fact: bool = False
    #: quotes prefer sentences with numbers
    wants_numbers: bool = False


#: what follows 哪些 when a question asks which bodies (哪些部门参与, 是哪些单位负责的), not which tasks: a
#: question naming units is a responsibility question however it words the task
_NOT_UNITS = r"(?!部门|单位|机关|机构|局|委|厅|部委)"

#: In detection order: the first spec whose pattern matches wins.
INTENT_SPECS: tuple[IntentSpec, ...] = (
    IntentSpec(
        Intent.COMPARE,
        re.compile(r"对比|比较|区别|不同|差异|异同|相比|分别.{0,6}(是|为|有)|和.{1,12}(比|一样)"),
        selection=Selection.PER_DOCUMENT,
        wants_numbers=True,
    ),
    IntentSpec(
        Intent.LIST,
        re.compile(
            # 立山区发改局牵头的2023年预期目标都有哪些; not across a pause (这件事谁负责，什么时候启动 asks two facts)
            r"(负责|承担|牵头|参与|涉及)[^部单门位，,。？?]{0,12}(哪些|什么|几项|多少项|哪几项|哪一?个(项目|任务|事项|工作))" + _NOT_UNITS +
            r"|管(哪些|哪几项|什么)事"
            r"|(哪些|所有|全部|列出|哪几项|几项).{0,8}(任务|工作|事项|措施)"
            r"|(任务|事项|工作)(都|分别)?(是|有)(哪些|哪几项)" + _NOT_UNITS + r"|有哪几项|哪几条|哪几个方面|哪些方面"
            # 有哪些政策 / 哪些税收优惠政策 / 可以用哪几种方式反馈: the measures or ways a text lists, one item each
            r"|哪些(?:[\u4e00-\u9fff]{0,4}?(?:支持|扶持|优惠|奖补|补贴))?政策|哪(?:几|些)种?[\u4e00-\u9fff]{0,2}?(?:方式|途径|渠道)"
        ),
        render=Render.LIST,
    ),
    IntentSpec(
        Intent.VALIDITY,
        re.compile(
            r"有效期|还有效|是否有效|失效|能管几年|管多久|管几年|(政策|办法|意见|规定|方案|规则|举措)[^，。？?]{0,8}"
            r"(实施|执行|施行|实行|适用|有效)[^，。？?]{0,3}(多久|几年|多长时间)"
            r"|从?(什么时候|哪一?天|几月几[日号])(开始|起)?(施行|实行|试行|生效)"
            r"|自?何时起?(施行|实行|试行|生效)|执行到哪一?天"
            # 《…意见》执行到什么时候: the document's own end, not a task's
            r"|(政策|办法|意见|规定|方案|规则|举措|通知|细则|措施)[^，。？?]{0,8}(执行|实施|施行|有效)(到|至)(什么时候|何时|哪一?天|哪一?年)"
        ),
        slot=Slot.VALIDITY,
        selection=Selection.WITH_FACT,
        wants_numbers=True,
    ),
    IntentSpec(
        Intent.RESPONSIBILITY,
        re.compile(
            r"谁|哪个部门|哪些部门|哪几个部门|哪个单位|哪些单位|哪几个单位|责任单位|负责部门|牵头|主管(?!部门|机关|单位)|主管(?:部门|机关|单位)(?:是|为|有)?(?:哪|谁)|找哪|归[^，。？?]{0,4}管"
            r"|负责(?!制(?![定订]))"  # 实行什么负责制: a system asked, not who is responsible (负责制定 still asks who)
            r"|(单位|部门)(有|是)(哪些|哪几个)|配合"
        ),
        slot=Slot.UNITS,
        selection=Selection.WITH_FACT,
        render=Render.UNITS,
        asks_fact=True,
    ),
    IntentSpec(
        Intent.DEADLINE,
        re.compile(r"什么时候|什么时间(?:之前|以前)?|何时|时间进度|时限|期限|哪一?年|截止|几月|(?<!第)几号(?![文令])|多久|完成时间|进度|启动时间|哪一?天|时间[上方面]{0,2}[^，。？?]{0,4}?(?:要求|安排|节点)"),
        slot=Slot.DEADLINE,
        selection=Selection.WITH_FACT,
        render=Render.DEADLINE,
        asks_fact=True,
    ),
    IntentSpec(
        Intent.TARGET,
        re.compile(r"目标|多少|达到|规模|比例|比重|速率|网速|带宽|宽带.{0,4}(快|速)|指标|百分之|(?<!们)几个|覆盖率|通达率"),
        slot=Slot.NUMBER,
        selection=Selection.WITH_FACT,
        fact_optional=True,
        wants_numbers=True,
    ),
    IntentSpec(
        Intent.SUPPORT,
        re.compile(r"支持|优惠|补贴|补助|扶持|贷款|融资|税|资金|用地|供地|采购|上市|担保|享受|申请|奖励|奖|政策"),
        wants_numbers=True,
    ),
    IntentSpec(Intent.CONTENT, None),
)
SPECS: dict[Intent, IntentSpec] = {spec.intent: spec for spec in INTENT_SPECS}
#: kinds whose question, naming two documents, is really a comparison (国家和浙江各是多少)
COMPARABLE: frozenset[Intent] = frozenset({Intent.TARGET, Intent.CONTENT, Intent.SUPPORT})

# ---- slot rules: each names what its slot asks; the order settles overlaps ---------------------
#: the sequence number of the order (令) a text was issued by, asked (是省政府令第几号、第几号令公布的)
_ASKS_ORDER_NUMBER = r"第?几号令|令第?几号"
#: the document's own number asked: its 文号 (发文字号), or its order's number
ASKS_DOC_NUMBER = re.compile(rf"文号|字号|{_ASKS_ORDER_NUMBER}")
#: the document's own facts (its number, when issued, who issued it; whom it is addressed to: ASKS_ADDRESSEES); a
#: year is asked of the text by 哪年发的 / 哪年印发 only, as 哪年出台 / 哪一年发布 is often a task's (实施意见计划哪一年出台)
_ASKS_ISSUE = re.compile(
    "|".join(ASKABLE_ROWS) + rf"|文号|发文字号|{_ASKS_ORDER_NUMBER}" + r"|哪天(印发|发布|出台|发的|下发|发出|签发|颁布|批复|转发)|(印发|发布|出台|发文|成文|签发|颁布)(日期|时间)"
    r"|哪一?年(印发|发的|下发|发出|签发)"
    r"|(什么时候|何时|哪一?天|几月几[日号]|几号)(印发|发布|公布|下发|发文|成文|发出|签发|颁布|批复|转发)的"
    r"|(哪一?天|几月几[日号])[^，。？?]{1,4}(印发|发布|公布|下发|签发|转发)的"
    # 印发农村饮用水供水管理办法是哪天？ / …检查验收办法的通知是哪天的？ / 条例是哪天审议通过的？: the day of the act
    # the text itself is (a deadline is asked 是哪天前 / 哪天之前)
    r"|(印发|发布|出台|下发|签发|颁布)[^，。？?]{1,30}是(哪一?天|几月几[日号])(?![前之以])"
    r"|(通知|意见|办法|方案|规划|规定|条例|决定|细则)是(哪一?天|几月几[日号])的"
    r"|(哪一?天|几月几[日号]|什么时候|何时)(审议|表决)?通过的"
    r"|落款[^，。？?]{0,3}(哪一?天|什么时候|何时|日期|时间)|哪一?天落款"
    r"|(哪个|哪些|哪[几两二三四五]?[个家])(部门|单位|机关|机构)(联合|共同)?(印发|发布|发文|出台|下达|下发)(的|了)"
    r"|(文件|通知|方案|办法|意见|规定|规则|举措|政策)[^，。？?]{0,12}(什么时候|何时)(印发|发布|出台)"
    r"|(发布|发文|印发|颁布)(机构|机关|单位)|是谁(发布|印发|颁布)的|由谁(发布|印发|颁布)"
    r"|(哪个|哪些|哪[几两二三四五]?[个家])(部门|单位|机关|机构)(联合|共同)?发的|联合发文的?(单位|部门|机关|机构)"  # who issued it: its issuer
    # 名单是哪个部门公布的 / 是哪个部门出面征求意见的: the act the text itself performs, done (…的): its issuer;
    # 名单由哪个部门公布 (a task, no 的) stays a responsibility question
    r"|(哪个|哪些|哪几个)(部门|单位|机关)(出面|联合|共同)?(公布|公示|征求意见|通报|下发)的"
    # 是以哪个单位名义发的 / 以谁的名义印发的: whose text it is (公告要以哪个机构的名义发布 asks a task)
    r"|以(?:谁|哪个|哪家|什么)[^，。？?]{0,4}?名义(?:发|印发|发布|下发|公布)的"
)
#: who drafted the document itself (办法是哪个部门拟定的, 三十条是谁起草的): a unit the text names as its drafter,
#: else its issuer (a draft put out for comment is its issuer's) — asked only when no clause assigns the units
ASKS_DRAFTER = re.compile(r"(哪个|哪些|哪几个|什么)(部门|单位|机关)(负责|牵头)?(起草|拟定|拟订|草拟|编制|制定)的|谁(起草|拟定|拟订|草拟|编制|制定)的")
#: whom the document is addressed to (主送): a document word before "sent to whom", so 补贴发给谁
#: (a measure's beneficiary) stays a content question
ASKS_ADDRESSEES = re.compile(
    r"主送|(文件|通知|通告|公告|意见|函|方案|办法|规定|决定|批复|报告|纲要|规划|计划|预案|细则|要点|条例|这份|该文|这封)"
    r"[^，。？?]{0,16}?"
    r"(印发|下发|转发|抄送|发|写|送)(?:给|到)了?(哪些|哪几个|哪个|什么|谁)"
    # the document named before a pause, or by the turn before (…实施办法，发给了哪些单位？ / 发给了哪些单位？)
    r"|(?:^|[，,])(?:是|都|又|还)?(?:印发|下发|转发|发)给了?(?:哪些|哪几个|哪个)(?:单位|部门|地方|机关)"
)
#: the 文号 of a document the text cites (引用的《基本建设财务管理规定》文号是什么)
#: (…or the 文号 of the text it acts on, asked without its title: 是按照哪个文号的遴选通知做的)
_ASKS_CITED_NUMBER = re.compile(
    r"(引用|提到|援引|依据|根据|转发)了?的?《[^》]{2,80}》[^，。？?]{0,6}(文号|字号)"
    r"|(依据|根据|参照|按照|贯彻|落实)[^，。？?]{0,8}(哪个|什么|哪份)(文号|字号)"
    # 白水县转发的陕西省政府办公厅那个文件，文号是多少 / 它贯彻的那份国务院意见，文号是多少: the text acted on, named
    # by that act (转发陕西…办法的通知，文号是多少 is the forwarding notice's own)
    r"|(转发|引用|依据|根据|贯彻|落实|参照)的[^，。？?]{0,24}?(文件|通知|意见|办法|规定|方案|决定|规划)[，,]?"
    r"[^，。？?]{0,4}(文号|字号)"
)
#: asking a name: of a programme, an award, or the document a text rests on — not a person
_ASKS_NAME = re.compile(
    r"叫什么|名称|什么名字|名字(是|叫)"
    r"|(依据|根据|参照|按照|贯彻)[^，。？?]{0,10}(哪|什么)[个份部项]?[^，。？?]{0,6}(文件|规定|条例|规则|办法|通知|意见)"
    # …or the document named first, then asked which (它依据的贵州省政府办公厅文件是哪一份)
    r"|(依据|根据|参照|按照|贯彻)的[^，。？?]{0,16}(文件|规定|条例|规则|办法|通知|意见)(是|为)?(哪|什么)一?[个份部项]"
)
#: "who receives it": the beneficiary is content of the measure, not its responsible units
_ASKS_BENEFICIARY = re.compile(
    r"(谁|哪些[人企单]\S{0,2})(能|可以|可)(享受|申请|领取|拿到|获得|得到)|给谁|发给谁|奖励谁(?!牵头|负责|主管|审核|审批|认定|受理|兑现|拨付|发放)|补给谁|对象是|哪些(企业|人|单位)(能|可以)"
    r"|经谁|谁(同意|批准|审定|审议|签发|签署)"  # who approved the text: its own words, not the units it assigns
    r"|适用(?:于)?(?:哪些|哪几类|哪类|什么)"  # 适用于哪些单位和组织: whom the text applies to, in its own words
    r"|谁的(?!责任|职责|名义)"  # 降低谁的交易成本 / 发挥谁的主体作用: whose cost or role, a content of the text
    r"|向谁(?:报备|备案|报告|报送|申请|申报|提出|反映)"  # whom an act is addressed to, written in the text (向主管单位备案)
    r"|(?:报送|上报|提交|递交|寄送|报|交|送)(?:给|到|至)?(?:哪个|哪些|哪一个|哪家)(?:部门|单位|机构|机关)"  # 报送哪个部门: whom
    r"|(?:哪些|哪几个|哪个)(?:部门|单位)的(?!职责|任务|工作|事)[\u4e00-\u9fff]"  # 哪些部门的涉企资金: whose funds, not who acts
)
#: asking what is required of the bodies, not which bodies (对各责任单位提了哪些要求, 还要负责做好哪方面的工作)
_ASKS_DUTIES = re.compile(
    r"(?:什么|哪些|哪几项|哪几条|哪方面的?)(?:要求|工作|职责)|提了?(?:什么|哪些)"
    r"|(?:职责|职能)(?:主要)?(?:有|是|包括)?(?:哪些|什么|哪几项|第)"  # 它的主要职责有哪些, 职责第一项是什么
)
#: a body asked by a question word (谁, 哪个部门, 哪些单位): 责任单位 alone names the addressees of a duty
_ASKS_WHICH_BODY = re.compile(r"谁|哪(?:个|些|几个|一个|家)?(?:部门|单位|机关|机构|局|厅|委|部委|办)")
#: words that ask who (谁, 哪个部门, 找哪, 归…管), as against the responsibility verbs (牵头, 负责, 配合, 主管) a
#: question may use for what its asker does (企业牵头制定地方标准能拿多少奖励: a money question)
ASKS_WHO = re.compile(
    rf"{_ASKS_WHICH_BODY.pattern}|责任单位|负责部门|找哪|归[^，。？?]{{0,4}}管"
    r"|(单位|部门)(有|是)(哪些|哪几个)"
)
_ASKS_LEAD = re.compile(r"牵头|主责|主管")
_ASKS_SUPPORTING = re.compile(r"配合|参与|协助|会同|协同")
#: asking which places (哪些城市, 在哪个省): read by the slot and by follow-ups, where 城市 names no subject
ASKS_PLACES = re.compile(r"哪些?几?个?(地区|城市|地方|省份|省市|区县|县区|(?:县|乡镇)(?![级直属里长委]))|在哪些?(地|省|市)")
_ASKS_YEAR = re.compile(r"哪一?年|几几年|什么年份")
_ASKS_AMOUNT = re.compile(
    r"多少钱|金额|额度|面额|数额|贴息|收费标准|预算(是|有)?多少|奖(励|金)?多少|补(贴|助)?多少|给多少|拿多少|拨多少"
    r"|资助多少|扶持多少|(?:总)?投资(?:额|总额)?(?:是|有|要|共)?多少|投入多少|出多少|(补贴|补助|奖励|奖金|津贴|资金|经费|贷款|资助)(标准)?(是|有)?多少"
    r"|多少[\u4e00-\u9fff]{0,4}(补贴|补助|奖励|奖金|津贴|资金|经费|贷款)"
    r"|多少[\u4e00-\u9fff]{0,8}(?:预算|财政)[\u4e00-\u9fff]{0,2}(资金|经费)"  # 统筹多少一般公共预算资金
    r"|最高.{0,4}多少|什么比例|多大比例|几成"
    r"|(?:奖励|奖补|补贴|补助|资助|补偿)(?:标准|资金|金额)?(?:是)?(?:怎么|如何|怎样)(?:算|计算|核定)"  # 奖励怎么算: the sum, by its rule
    # a rate asked (税率是多少, 按什么利率, 利率呢？), not one named as the subject of another asking (新税率从哪天起执行)
    r"|(?:利率|税率)(?=[^，。？?]{0,6}(?:多少|几|百分)|[呢吗]?[？?]?$)|(?:什么|多少|多高的?|哪档)(?:利率|税率)"
    r"|(?:资金|经费|预算|基金)[^，。？?]{0,6}(?:规模|总额|总量)"  # 资金总规模有多少: an amount, not a count
    r"|(?:奖金|补贴|补助|津贴)[^，,。？?]{1,12}?(?:是|有|为)多少"  # 奖金落到每个获奖人头上是多少
)
#: 资金有多少项, 资助多少名人才, 资助多少青年科技人员, 资助多少博士后: a count of things or people (by a measure word, or
#: by a noun naming people a programme funds), not an amount of money
_ASKS_COUNT = re.compile(
    r"(多少|(?<!们)几)(项|个|家|人|名|位|次|条|户|所|座|批|类|份|套)"
    r"|(多少|(?<!们)几)[\u4e00-\u9fff]{0,4}?(人员|人才|博士后|博士|学生|专家|学者|农户|家庭)"
    # 给多少残疾人做了培训: people counted right after the asking word, no sum given (多少资金支持企业 still asks a sum)
    r"|(多少|(?<!们)几)[名个家位户]?(残疾人|老年人|老人|群众|居民|职工|人口|人次|企业)"
)
#: 几 asking a count: not 哪几 (which), 好几 (several) or 我们几个人 (a few of us)
ASKED_JI = r"(?<![哪好们])几"
#: how big (规模有多大), not how wide a scope is (范围有多大: where, as the text words it, no figure)
ASKED_SIZE = r"(?<!范围有)(?<!范围)多大"
ASKS_NUMBER = re.compile(rf"多少|{ASKED_SIZE}|{ASKED_JI}(?!乎)|百分之几|多高|多长")


#: the responsible units as the subject of what is asked (责任单位的工作方案最晚什么时候报, 各牵头单位要在几号前,
#: 要求各责任单位多久向市政府报告一次, 各责任单位制定的落实方案里要明确什么): they name who acts, they do not ask
#: who — unless 各责任单位 is what is asked (各责任单位有哪些)
_UNITS_AS_SUBJECT = re.compile(
    r"(?:责任|牵头|配合)单位(?=的|要|应|需|须|在|于|向|对|把|多久|何时|什么时候|怎么|如何)"
    r"|各(?:责任|牵头|配合)单位(?![^，。？?]{0,3}(?:哪|谁))"
)


#: a term the question quotes (“公共数据主管部门”): it is mentioned, its words ask nothing
_QUOTED_TERM = re.compile(r"“[^”]{1,30}”|「[^」]{1,30}」|\"[^\"]{1,30}\"")
#: a principle in the correlative 谁…谁… (谁引发的隐患谁负责, 谁污染谁治理): the text's own words, no one asked for
_CORRELATIVE_WHO = re.compile(r"谁(?!牵头|主办)[\u4e00-\u9fff]{1,6}?谁(?!配合|协助|协办|参与)[\u4e00-\u9fff]{1,3}")  # 谁牵头谁配合 asks
#: what a defined term means (X指什么, X是什么意思, 什么是X, 谁算X): the text's definition answers, whatever
#: words the term holds (公共数据主管部门 is no who question)
_ASKS_DEFINITION = re.compile(
    r"(?:是指|指的是|指)(?:什么|哪些|哪个|哪类)|(?:是)?什么意思|的(?:含义|定义)|(?:怎么|如何)(?:界定|定义)"
    r"|(?:什么是|什么叫|何为|何谓)|谁算|哪些算"
)


def detect_intent(question: str) -> Intent | None:
    """The first kind whose pattern the question matches, or None (a plain content question); the responsible
    units named as the subject of another ask (责任单位的工作方案最晚什么时候报) do not make it a who question,
    nor do a quoted term's words or a principle written 谁…谁… (谁污染谁治理); a term's definition asked is a
    content question."""
    asked = _CORRELATIVE_WHO.sub("", _QUOTED_TERM.sub("", _UNITS_AS_SUBJECT.sub("", question)))
    if _ASKS_DEFINITION.search(asked):
        return None
    return next((s.intent for s in INTENT_SPECS if s.pattern is not None and s.pattern.search(asked)), None)


def detect_slot(question: str, intent: Intent) -> Slot:
    """The one fact the question asks, from its own words, given its kind."""
    if _ASKS_CITED_NUMBER.search(question):
        return Slot.NAME  # the 文号 of a document the text cites is part of that citation, not this document's
    if _ASKS_ISSUE.search(question) or ASKS_ADDRESSEES.search(question):
        return Slot.ISSUE
    if _ASKS_NAME.search(question):
        return Slot.NAME
    if intent is Intent.VALIDITY:
        return Slot.VALIDITY
    if _ASKS_CONTACT.search(question):
        return Slot.CONTENT  # a telephone number or a mailbox is the contact line's, no quantity (联系电话是多少)
    if intent is Intent.RESPONSIBILITY and (
        _ASKS_BENEFICIARY.search(question) or _ASKS_DUTIES.search(question) and not _ASKS_WHICH_BODY.search(question)
    ):
        return Slot.CONTENT
    if intent is Intent.RESPONSIBILITY and not ASKS_WHO.search(question) and _ASKS_AMOUNT.search(question) \
            and not _ASKS_COUNT.search(question):
        return Slot.AMOUNT  # 我们牵头制定的标准批下来了奖多少: 牵头 is what the asker did; the question asks money
    if intent in (Intent.RESPONSIBILITY, Intent.LIST, Intent.COMPARE):
        return spec_of(intent).slot
    if _ASKS_AMOUNT.search(question) and not _ASKS_COUNT.search(question):
        return Slot.AMOUNT
    if ASKS_PLACES.search(question):
        return Slot.PLACES
    if _ASKS_YEAR.search(question):
        return Slot.YEAR
    if intent is Intent.DEADLINE:
        return Slot.DEADLINE
    if ASKS_NUMBER.search(question) and not ASKS_CHOICE.search(question):
        return Slot.NUMBER
    if intent is Intent.TARGET and _ASKS_WHAT_GOAL.search(question):
        return Slot.CONTENT  # 那2020年总的工作目标是什么？: the goal as the text words it, which may hold no figure
    return spec_of(intent).slot


#: a goal asked for what it is, not for a figure (工作目标是什么, 主要目标有哪些, 把哪两项作为重要指标, 把就业指标
#: 纳入什么规划)
_ASKS_WHAT_GOAL = re.compile(r"是什么|有哪些|哪些|哪[一两几三四五]项|包括|什么样|什么[\u4e00-\u9fff]{1,4}[？?]?$")


#: a contact asked (联系人是谁, 找谁联系, 联系电话): the notice's contact line, not the units it assigns a task
_ASKS_CONTACT = re.compile(
    r"联系人|找谁联系|联系谁|跟谁联系|和谁联系|联系电话|联系方式|(?:咨询|办公|监督|投诉|举报)?电话(?:号码)?是|(?:哪个|什么|哪条)(?:热线|电话)|"
    r"(?:电子)?邮箱|电子邮件地址|传真(?:号码)?是"
)
#: a question offering the answers to choose from (是分几次给还是一次给？): which of them the text says, no number
ASKS_CHOICE = re.compile(r"还是[^，。？?]{1,12}[？?]?\s*$")


def refine_intent(question: str, intent: Intent, slot: Slot) -> Intent:
    """The kind as the slot reads it: asking a beneficiary or a name is a content question,
    asking an amount a support question, asking the year a target is due a target question."""
    if slot in (Slot.NAME, Slot.ISSUE) or (slot is Slot.CONTENT and intent is Intent.RESPONSIBILITY):
        return Intent.CONTENT
    if slot is Slot.AMOUNT and intent in (Intent.TARGET, Intent.CONTENT, Intent.DEADLINE, Intent.RESPONSIBILITY):
        return Intent.SUPPORT
    return intent


def units_role(question: str) -> str | None:
    """Which responsible units are asked: "lead" (牵头), "supporting" (配合), or None (all)."""
    if _ASKS_SUPPORTING.search(question):
        return "supporting"
    if _ASKS_LEAD.search(question):
        return "lead"
    return None


#: words asking who leads or who is responsible at all: a question with one of them asks more than the supporting units
_ASKS_ANY_ROLE = re.compile(r"牵头|主责|主管|负责")


def asks_supporting_only(question: str) -> bool:
    """Only the supporting units are asked (配合的单位有哪些), not who leads or who is responsible as well (谁牵头、
    谁配合; 由哪个部门负责，哪些部门配合): a text that names no supporting unit leaves the whole question open."""
    return units_role(question) == "supporting" and not _ASKS_ANY_ROLE.search(question)


def spec_of(intent: Intent) -> IntentSpec:
    return SPECS[Intent(intent)]


def slot_spec(slot: Slot) -> SlotSpec:
    return SLOT_SPECS[Slot(slot)]
