"""The answer-or-decline decision in its general forms, on real sentences of published documents (no model):
a count stated with another counting word (几天 → 共7日, 几个人 → 5人), a kind of city that is no place
(地级市), a prefecture named without its suffix (威海), who issued or drafted a document, units a clause's
text names without a parsed responsibility, and an amount counted by another quantity than the one asked
(每50公斤 asked, 每亩 given)."""

from __future__ import annotations

import pytest

from assistant.answering.intents import ASKS_DRAFTER, NUMBER_VALUE, Intent, Slot, detect_intent, detect_slot
from assistant.answering.measures import drafters, per_units, unfilled, units_named
from assistant.answering.question import named_places
from assistant.corpus.model import Clause, Document

#: 广东省工业和信息化厅 公示: a count of days beside the dates of the period
PUBLICITY = "公示期自2019年10月14日至10月20日,共7日。如对公示内容有异议,请在公示期内向省工业和信息化厅反映。"
#: 黑政办发〔2005〕49号 附件: the drafter's dated line under the title
AWARD_HEAD = "黑龙江省省长特别奖奖励办法\n(省人事厅 2005年7月10日)\n为表彰和奖励在我省经济社会发展中做出突出贡献的人员,设立黑龙江省省长特别奖,并制定本办法。"
#: 温政发〔2023〕4号 一2: a table row whose last cell is the responsible unit
COLD_CHAIN = (
    "农海产品保鲜冷链设施建设补助\n支持建设农海产品产地小型仓储保鲜冷链设施,每年遴选不超过20个项目,"
    "市财政按照区财政承担部分50%、最高50万元给予补助。\n审查遴选\n市农业农村局"
)
#: 云南就业专项资金管理办法 第三条: units to report to, named in the text only
FUND_USE = "就业专项资金用于职业介绍补贴、就业见习补贴,以及经省人民政府批准,报财政部、人力资源社会保障部备案的其他支出。"
#: 温鹿政发〔2022〕11号 附件一1: an amount per 亩
GRAIN = "粮食生产大户年度水稻复种、稻麦复种面积50亩以上的,按实际复种面积给予每亩120元的区级规模种粮补贴。"


def clause(text: str, cid: str = "d#1", path: str = "一") -> Clause:
    return Clause(id=cid, doc_id="d", kind="article", text=text, path=path)


def document(*clauses: Clause) -> Document:
    return Document(
        doc_id="d", title="t", short_title="t", number=None, issuer=None, date=None, level="省", region=None,
        source="d.txt", sha256="", clauses=list(clauses),
    )


# ---- a count is read with the counting words a text uses ----------------------------------------
def test_a_count_of_days_is_a_number_the_day_of_a_date_is_not():
    assert [m.group(0) for m in NUMBER_VALUE.finditer(PUBLICITY)] == ["7"]
    assert NUMBER_VALUE.search("请于2018年2月24日前报送") is None


# ---- a kind of city is no place; a prefecture city is one without its suffix ------------------------
@pytest.mark.parametrize(
    "question",
    ["每个省能推荐几个地级市参评？", "计划单列市想参加评选，由谁来推荐？", "县级市可以申报吗？"],
)
def test_a_class_of_city_is_no_place(question):
    assert not any(p in ("地级市", "单列市", "计划单列市", "县级市") for p in named_places(question))


def test_a_prefecture_named_without_its_suffix_is_a_place_only_as_a_word_of_its_own():
    assert named_places("威海对企业创新发展资金每家补多少？") == ("威海",)
    assert named_places("朝阳产业有哪些扶持？") == ()
    assert named_places("柳河县给多少") == ("柳河县",)


# ---- who issued or drafted the document -----------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    ["云南就业专项资金管理办法是哪几个部门发的？", "这个方案联合发文的单位里管规划和土地的是哪个部门？"],
)
def test_who_issued_a_document_asks_its_issuer(question):
    assert detect_slot(question, detect_intent(question) or Intent.CONTENT) is Slot.ISSUE


def test_who_drafted_a_document_is_the_unit_named_under_its_title():
    assert ASKS_DRAFTER.search("黑龙江省长特别奖奖励办法是哪个部门拟定的？")
    assert ASKS_DRAFTER.search("金华市区乡村振兴支持政策三十条是哪个部门起草的？")
    found = drafters(document(clause("已经省政府领导同意", "d#0", "序言"), clause(AWARD_HEAD)))
    assert found is not None and found[1] == ["省人事厅"]
    # a text saying only that it was drafted (结合我市实际,起草了《…》) names no drafter: the issuer answers
    assert drafters(document(clause("结合我市实际,起草了《三十条(征求意见稿)》"))) is None


# ---- units a clause's text names where no responsibility was parsed ---------------------------------
def test_units_in_a_table_rows_last_cell_and_in_a_reporting_duty():
    assert units_named(clause(COLD_CHAIN)) == ["市农业农村局"]
    assert units_named(clause(FUND_USE)) == ["省人民政府", "财政部", "人力资源社会保障部"]
    assert units_named(clause(GRAIN)) == []


# ---- an amount counted by another quantity than the one asked --------------------------------------
def test_an_amount_per_mu_does_not_answer_an_amount_per_50_kilos():
    assert per_units("每50公斤粮食补多少钱？") == {"公斤"}
    words = ["粮站", "订单", "农户", "公斤", "粮食"]
    assert unfilled("跟粮站签了订单的农户，每50公斤粮食补多少钱？", Intent.SUPPORT, Slot.AMOUNT, words, [clause(GRAIN)])
    assert unfilled("消费券每张面额是多少？", Intent.SUPPORT, Slot.AMOUNT, ["消费券"], [clause("整合3000万元资金用于发放消费券")])


def test_an_amount_per_mu_answers_an_amount_per_mu():
    words = ["粮食", "大户", "复种"]
    assert unfilled("粮食生产大户每亩补贴多少？", Intent.SUPPORT, Slot.AMOUNT, words, [clause(GRAIN)]) is None


# ---- a prefecture city's province: its own documents apply there -----------------------------------
def test_a_city_named_by_its_short_name_is_covered_by_its_provinces_documents():
    from assistant.answering.question import Query, foreign_places, place_scope

    query = Query(text="q", own_text="嘉兴的“智慧电网”建设由哪些单位负责？", intent=Intent.RESPONSIBILITY, places=("嘉兴",))
    zhejiang = document()
    zhejiang.doc_id, zhejiang.region, zhejiang.title = "zj", "浙江", "浙江省人民政府关于加快发展信息消费的实施意见"
    county = document()
    county.doc_id, county.region, county.level, county.title = "cf", "长丰县", "区县", "长丰县若干政策"
    assert foreign_places(query, "浙江长丰县", "", frozenset({"浙江"})) == []
    assert place_scope(query, [zhejiang, county]) == frozenset({"zj"})
    # a province whose documents are not loaded (山东): the city is foreign, and no other county answers
    far = Query(text="q", own_text="威海对企业创新发展资金每家补多少？", intent=Intent.SUPPORT, places=("威海",))
    assert foreign_places(far, "浙江长丰县", "", frozenset({"浙江"})) == ["威海"]
    assert place_scope(far, [zhejiang, county]) == frozenset()


# ---- a total asked of an action the text states with its amount ------------------------------------
def test_a_total_stated_with_its_action_answers_a_rate_does_not():
    from assistant.answering.measures import states_total

    coupons = clause("联合金融机构、平台企业整合3000万元资金用于发放消费券,全力申办2023年湖南省夏季消费促进活动启动仪式。")
    assert unfilled("怀化为了发消费券一共整合了多少钱？", Intent.SUPPORT, Slot.AMOUNT, ["消费券", "整合"], [coupons]) is None
    assert not states_total("企业一共少缴了多少钱？", "阶段性下调失业保险费率50%")
    assert unfilled("企业一共少缴了多少钱？", Intent.SUPPORT, Slot.AMOUNT, ["少缴"], [clause("阶段性下调失业保险费率50%")])


# ---- a 文号 written under the opening's title, not one the text cites ---------------------------------
def test_a_number_under_the_title_is_the_documents_a_cited_one_is_not():
    import re

    from assistant.answering.evidence import _CITED_TITLES, _DOC_NUMBER, _NUMBER_HEAD

    def head(text: str) -> str:
        return re.sub(r"\s+", "", _CITED_TITLES.sub("", text))[:_NUMBER_HEAD]

    opening = "砚山县招商引资优惠政策(试行) (砚发201120 号) 为进一步扩大对内对外开放,改善我县投资环境"
    assert _DOC_NUMBER.search(head(opening)).group(0) == "砚发201120号"
    cited = "根据《国务院关于深化预算管理制度改革的决定》(国发〔2014〕45号)精神,结合我省实际"
    assert _DOC_NUMBER.search(head(cited)) is None


# ---- a count, an amount or a frequency written in another form than the question's ------------------
def test_a_frequency_is_read_in_its_written_forms():
    from assistant.answering.intents import FREQUENCY_TEXT

    for text in ("省长特别奖每两年评审一次", "每个月报送一次", "一年两次", "按季度开展督查"):
        assert FREQUENCY_TEXT.search(text), text
    for text in ("年度计划", "2013年底前完成"):
        assert not FREQUENCY_TEXT.search(text), text
