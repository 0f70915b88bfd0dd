"""Slots: what a question asks, recognised on paraphrases of each kind (no model needed)."""

from __future__ import annotations

import pytest

from assistant.answering.direct import addressees, amount_line, issue_line, units_line
from assistant.answering.intents import Intent, Slot
from assistant.answering.question import named_places, understand
from assistant.corpus.model import Clause, Document, Money


@pytest.mark.parametrize(
    ("question", "slot"),
    [
        # units: who is responsible, in several wordings
        ("跨境电商支付试点归哪个部门管？", Slot.UNITS),
        ("这件事找哪个单位？", Slot.UNITS),
        ("推进一址多照由谁来负责？", Slot.UNITS),
        # who *receives* support is the measure's content, not its responsible units
        ("哪些企业可以享受这项补贴？", Slot.CONTENT),
        ("这笔奖励发给谁？", Slot.CONTENT),
        # a programme's name is not a person
        ("区里设立的科技奖叫什么名字？", Slot.NAME),
        ("这个奖项的名称是什么？", Slot.NAME),
        ("这个办法依据了自治区哪份文件？", Slot.NAME),
        ("这个实施方案是为了贯彻落实省里哪份文件？", Slot.NAME),
        # the document's own facts
        ("这份通知的文号是多少？", Slot.ISSUE),
        ("这个办法里引用的《基本建设财务管理规定》文号是什么？", Slot.NAME),
        ("这个方案是哪天印发的？", Slot.ISSUE),
        ("这份通知的成文日期是哪天？", Slot.ISSUE),
        ("某政办发〔2017〕1号是什么时候印发的？", Slot.ISSUE),
        ("这项工作什么时候完成？", Slot.DEADLINE),
        ("这份预通知的发布机构是谁？", Slot.ISSUE),
        # whom the document is addressed to: the document's own fact, unlike who receives a measure
        ("这封复函是写给谁的？", Slot.ISSUE),
        ("市政府这份通知发给了哪些单位？", Slot.ISSUE),
        ("这个实施意见的主送单位有哪些？", Slot.ISSUE),
        # when it was signed or put online (h33d: 落款是哪天, 哪天在网上发布的)
        ("交通部这份通知落款是哪天？", Slot.ISSUE),
        ("这个分工方案通知是哪天落款印发的？", Slot.ISSUE),
        ("这个实施意见是哪天在网上发布的？", Slot.ISSUE),
        # validity: how long the policy applies, not a goal year
        ("这个政策能管几年？", Slot.VALIDITY),
        ("这个办法有效期多久？", Slot.VALIDITY),
        ("这项政策还有效吗？", Slot.VALIDITY),
        ("这个办法从什么时候开始施行？", Slot.VALIDITY),
        ("交通部颁发的这个管理办法从哪天开始试行？", Slot.VALIDITY),
        ("市政府的《关于支持鼓励外贸进出口工作的意见》执行到什么时候？", Slot.VALIDITY),
        # amounts
        ("公司在新三板挂牌，县里奖多少？", Slot.AMOUNT),
        ("首次认定高新技术企业能拿多少钱？", Slot.AMOUNT),
        ("项目投资奖励按什么比例给？", Slot.AMOUNT),
        ("贷款贴息贴多少？", Slot.AMOUNT),
        # a number with its unit
        ("杭州IPv6用户数目标是多少户？", Slot.NUMBER),
        ("一个单位在同一个平台上能开几个账号？", Slot.NUMBER),
        ("改制以后企业所得税能免几年？", Slot.NUMBER),
        # a year, a deadline, places
        ("政务新媒体矩阵体系要在哪一年建成？", Slot.YEAR),
        ("组建中国广播电视网络公司什么时候完成？", Slot.DEADLINE),
        ("跨境电子商务支付试点在哪几个地区开展？", Slot.PLACES),
    ],
)
def test_slot_of_paraphrases(corpus, question, slot):
    assert understand(question, corpus).slot is slot


def test_slot_refines_the_kind(corpus):
    assert understand("区里设立的科技奖叫什么名字？", corpus).intent is Intent.CONTENT
    assert not understand("区里设立的科技奖叫什么名字？", corpus).asks_person
    assert understand("领导小组的组长是谁？", corpus).asks_person
    assert understand("哪些企业可以享受这项补贴？", corpus).intent is not Intent.RESPONSIBILITY
    assert understand("这笔奖励发给谁？", corpus).intent is Intent.CONTENT
    assert understand("首次认定高新技术企业能拿多少钱？", corpus).asks_money


def test_a_defined_term_asked_is_a_content_question(corpus):
    # h33d-neimenggu-2024-19-public-data-measures-part 第三条: (二)公共数据主管部门,是指…
    for question in ("公共数据主管部门指什么？", "我们旗里谁算“公共数据主管部门”？", "什么是数源部门？",
                     "那“公共数据主管部门”呢？", "公共数据主管部门是什么意思？"):
        assert understand(question, corpus).intent == Intent.CONTENT, question
    assert understand("公共数据的主管部门是哪个？", corpus).intent == Intent.RESPONSIBILITY


@pytest.mark.parametrize(
    ("question", "role"),
    [("这项任务由哪个部门牵头？", "lead"), ("配合的单位有哪些？", "supporting"), ("这项任务由谁负责？", None)],
)
def test_units_role(corpus, question, role):
    assert understand(question, corpus).units_role == role


def test_named_places():
    assert named_places("通化市辉南县的奖励比例是多少？") == ("通化市", "辉南县")
    assert named_places("城市家庭宽带要达到多少？") == ()
    assert named_places("企业上市能奖多少？") == ()


def _clause(text: str, **facts) -> Clause:
    return Clause(id="d#1", doc_id="d", kind="article", text=text, path="第一条", **facts)


def test_units_line_names_lead_and_supporting():
    clause = _clause("…", units=["县工信局", "县财政局"], lead_units=["县工信局"], supporting_units=["县财政局"])
    assert units_line([clause], None) == "牵头单位：县工信局；配合单位：县财政局"
    assert units_line([clause], "supporting") == "配合单位：县财政局"
    assert units_line([_clause("…", units=["省外汇管理局"])], None) == "责任单位：省外汇管理局"


def test_amount_line_takes_the_money_fact_the_question_names(corpus):
    from assistant.lexicon.tokenizer import Tokenizer

    clause = _clause(
        "企业在新三板挂牌的，给予一次性奖励100万元；首次认定为高新技术企业的，奖励20万元。",
        money=[
            Money("amount", 100, "万元", "给予一次性奖励100万元", condition="在新三板挂牌"),
            Money("amount", 20, "万元", "奖励20万元", condition="首次认定为高新技术企业"),
        ],
    )
    assert "20万元" in amount_line([clause], "首次认定高新技术企业奖多少？", Tokenizer())
    assert "100万元" in amount_line([clause], "新三板挂牌奖多少？", Tokenizer())
    assert amount_line([_clause("支持企业上市融资。")], "上市奖多少？", Tokenizer()) is None


def test_issue_line_reads_the_document():
    doc = Document("d", "关于…的通知", "某通知", "某政发〔2021〕8号", "某县人民政府", "2021-09-28", "区县", "某县", "d.txt", "x")
    assert issue_line(doc, "文号是什么？") == "文号：某政发〔2021〕8号"
    assert issue_line(doc, "哪天印发的？") == "印发日期：2021年9月28日"
    assert issue_line(doc, "发布机构是谁？") == "发文机关：某县人民政府"


@pytest.mark.parametrize(
    "opening, named",
    [
        ("各市、县(市、区)人民政府,省政府直属各单位: 为贯彻落实《意见》,现提出如下实施意见:",
         "各市、县(市、区)人民政府,省政府直属各单位"),
        ("各区(市)县政府(管委会),市级有关部门,有关单位:\n经市领导同意,现将《方案》印发给你们。",
         "各区(市)县政府(管委会),市级有关部门,有关单位"),
        ("马万祺副主席：\n温家宝总理对您关于科技节水的建议十分重视。", "马万祺副主席"),
        ("各鎮人民政府(街道辦事處),市府直屬各單位:\n為貫徹落實……", "各鎮人民政府(街道辦事處),市府直屬各單位"),
        # an opening that is not a salutation names no addressee
        ("为进一步优化营商环境，现将有关事项通知如下：", None),
        ("第一条 为了规范……，制定本办法。", None),
    ],
)
def test_addressees_are_the_salutation_the_text_opens_with(opening, named):
    assert addressees(_clause(opening)) == named


def test_issue_line_gives_the_addressees_or_says_there_are_none():
    doc = Document("d", "关于…的通知", "某通知", None, "某县人民政府", None, "区县", "某县", "d.txt", "x")
    assert issue_line(doc, "这份通知发给了哪些单位？", _clause("各乡镇人民政府，县直各单位：\n现将……")) == (
        "主送：各乡镇人民政府，县直各单位"
    )
    assert issue_line(doc, "这份通知发给了哪些单位？", _clause("为了……，制定本办法。")) == "文件没有写明主送单位。"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # 归…管 with the body's kind between (归哪个局管) asks who is in charge
        ("这个增长目标归哪个局管？", Intent.RESPONSIBILITY),
        ("这项补助归市里哪个部门管？", Intent.RESPONSIBILITY),
        # where something is sent, or with whom a body works, is content: the answer is the clause's
        # wording (报工业和信息化部(规划司)), not units it assigns
        ("申报材料最后要交到部里的哪个司？", None),
        ("县级政务新媒体要和哪个机构建立沟通协调机制？", None),
        # 牵头… 哪些单位 / 工作是哪些部门: which bodies, not which tasks
        ("收入增长目标是谁牵头的，哪些单位一起负责？", Intent.RESPONSIBILITY),
        ("是哪个部门牵头、哪些部门参与研究的？", Intent.RESPONSIBILITY),
        ("国家层面这项工作是哪些部门负责的？", Intent.RESPONSIBILITY),
        # a unit asking which tasks it carries stays a listing
        ("市发改委牵头哪些任务？", Intent.LIST),
        ("发改委负责哪几项工作？", Intent.LIST),
        ("这项工作的任务有哪些？", Intent.LIST),
    ],
)
def test_intent_of_unit_questions(question, intent):
    from assistant.answering.intents import detect_intent

    assert detect_intent(question) is intent


def test_a_day_of_the_month_asked_is_a_deadline():
    assert understand("每个月几号前报？", []).slot is Slot.DEADLINE


def test_a_batch_the_title_names_is_named_for_the_whole_text():
    from assistant.answering.measures import unfilled
    clause = Clause("m#正文", "m", "preamble", "经统筹研究，遴选天津市、辽宁沈阳为教育部基础教育综合改革实验区。", path="正文")
    question = "教育部第二批基础教育综合改革实验区包括哪些城市？"
    assert unfilled(question, Intent.CONTENT, Slot.CONTENT, [], [clause]) is not None
    assert unfilled(question, Intent.CONTENT, Slot.CONTENT, [], [clause],
                    titles="教育部办公厅关于在天津等12个市设立第二批教育部基础教育综合改革实验区的通知") is None


def test_a_count_reported_as_done_is_an_outcome():
    from assistant.answering.intents import OUTCOME_TEXT
    assert OUTCOME_TEXT.search("省政府对我省现行有效的142件省政府规章进行了全面清理")
