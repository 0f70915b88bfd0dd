"""Forms met in the blind h36d development batch and the multi-turn batches before it, each checked as the general
rule it is an instance of, on the real documents users add (eval/real/docs/dev):

* a text that never says whose it is (河南省发改委's notice addressed 各省辖市、省直管县(市)发展改革委, saying only
  我委) stays in scope for a question naming 河南 that describes it; a text naming another government
  (渝中区人民政府办公室发布…) does not join 辽宁's;
* a notice addressed to every province names no place of its own; a first line that stops mid-sentence (2016年是)
  is no title; 我市 with 定西 named is 定西's, not the province it names; 关于印发《海口市…规则》的通知 is 海口's;
  a title cell opening with its 文号 gives both;
* a follow-up's own words pick the sentence and money fact (那餐饮品牌开南昌首店呢？), a sibling item described
  in other words (以前年度注册、今年才入统的老企业 for 當年度之前工商注冊…老企業), the entries of a list a named
  place holds (其中浙江的是哪几个？); a count asked of a word is the figure written after it (取消了多少项);
* places, slots and times: 其中盘山县, 副市长, 苏区, 设市; 联系人是谁, 新税率从哪天起执行, 哪天签发的; 5月10日前,
  上报日期前20日; money for a group the asker says it is not of (不是低保户).
"""

from __future__ import annotations

import pytest

from assistant.answering.direct import amount_line, number_line
from assistant.answering.intents import Slot, detect_intent, detect_slot
from assistant.answering.measures import negated_group
from assistant.answering.question import named_places, place_scope, understand
from assistant.config import REPO_ROOT
from assistant.conversation import Session
from assistant.corpus import load_document
from assistant.corpus.metadata import split_number, title_from_text
from assistant.lexicon.regions import NATIONAL_SCOPE_RE
from assistant.lexicon.time import DEADLINE_RE, TIME_TEXT
from assistant.lexicon.tokenizer import Tokenizer
from assistant.subject_match import coverage, unwritten_run
from tests.test_followups_general import ScriptedEngine

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
HENAN = "h36d-henan-2015-emerging-industry-projects-notice"
KAIFENG = "kaifeng-2020-manufacturing-plan-notice-part"
YUZHONG = "h27d-chongqing-yuzhong-2023-work-report-tasks-part"
LIAONING = "h23d-liaoning-2023-gov-report-division-part"
SATCM = "h36d-satcm-2016-health-conference-reporting-trad"
JIANGXI = "h36d-jiangxi-2016-soviet-area-revitalization-points-trad-part"
DINGXI = "h36d-dingxi-2020-industrial-enterprise-awards-part"
HAIKOU = "h36d-haikou-2011-33-government-work-rules-part"
PANJIN = "h36d-panjin-2010-22-dayu-cup-awards-part"
NANCHANG = "h34d-nanchang-commerce-economy-policy-measures-part"
XIANGCHENG = "h36d-xiangcheng-2018-23-admin-approval-items"
YOUXI = "h35d-youxi-2022-94-trade-service-enterprise-awards-trad-part"
MOE = "h34d-moe-2022-25-basic-education-reform-pilot-zones-notice"


@pytest.fixture(scope="module")
def documents():
    stems = (HENAN, KAIFENG, YUZHONG, LIAONING, SATCM, JIANGXI, DINGXI, HAIKOU, PANJIN, NANCHANG, XIANGCHENG, YOUXI, MOE)
    return {stem: load_document(DEV / f"{stem}.txt", trusted=True) for stem in stems}


def _clause(document, label):
    return next(c for c in document.clauses if c.path == label)


# ---- documents of unknown government, and metadata ----------------------------------------------------------------

def test_a_text_naming_no_place_that_the_question_describes_stays_in_a_named_places_scope(documents):
    library = [documents[s] for s in (HENAN, KAIFENG, YUZHONG, LIAONING)]
    assert documents[HENAN].government is None and documents[KAIFENG].government  # 开封 is 河南's
    query = understand("河南省发展改革委组织新兴产业重大项目申报，申报材料最晚什么时候报到省发改委？", library)
    assert HENAN in place_scope(query, library)
    # the same text is not 辽宁's when the question does not describe it
    scope = place_scope(understand("辽宁2023年地区生产总值要增长多少？", library), library)
    assert scope is not None and HENAN not in scope


def test_a_text_naming_another_government_does_not_join_a_named_place(documents):
    """渝中区人民政府办公室发布… : the parser missed its government, but the text names one: no 辽宁 question is its."""
    library = [documents[s] for s in (YUZHONG, LIAONING)]
    assert documents[YUZHONG].government is None
    scope = understand("辽宁2023年地区生产总值要增长5%以上，这事哪个部门牵头？", library).doc_ids
    assert scope is not None and YUZHONG not in scope and LIAONING in scope


def test_metadata_of_pages_that_hide_or_mislead_it(documents):
    satcm, jiangxi = documents[SATCM], documents[JIANGXI]
    assert satcm.region is None  # addressed to every province and 新疆生产建设兵团卫生局: no place of its own
    assert "政策文件" not in satcm.title  # an item's sentence (…出台的政策文件关于中医药工作的措施) is no title
    assert jiangxi.title != "2016年是"  # a sentence the page broke over lines
    assert documents[DINGXI].government == "甘肃省定西市"  # 全市 with 定西 named, not the province
    assert documents[HAIKOU].government == "海南省海口市"  # 关于印发《海口市人民政府工作规则》的通知
    panjin = documents[PANJIN]
    assert panjin.number == "盘政发〔2010〕22号" and panjin.title.startswith("盘锦市人民政府关于")


def test_a_title_cell_opening_with_its_number_is_split():
    assert split_number("盘政发〔2010〕22号 盘锦市人民政府关于表彰…的决定") == ("盘政发〔2010〕22号", "盘锦市人民政府关于表彰…的决定")
    assert split_number("乾政办发〔2021〕36号关于印发《…》的通知")[0] == "乾政办发〔2021〕36号"
    assert split_number("关于印发若干措施的通知") == (None, "关于印发若干措施的通知")


def test_a_title_in_running_text_starts_at_a_boundary_with_an_issuer_writing_no_的():
    assert title_from_text("2.地方贯彻落实大会精神出台的政策文件关于中医药工作的措施;") is None
    assert title_from_text("近日，安徽省人民政府发布关于支持中小企业发展的通知。") == "安徽省人民政府关于支持中小企业发展的通知"


# ---- follow-ups -------------------------------------------------------------------------------------------------

def test_a_follow_ups_own_words_pick_the_money_fact_of_the_clause(documents):
    first = _clause(documents[NANCHANG], "第一条")
    topic = "南昌市促进商务经济的政策措施里，在南昌开首个专卖店的国内外知名商业品牌最多能拿多少支持？"
    own = "那餐饮品牌开南昌首店呢？"
    line = amount_line([first], f"{topic} {own}", Tokenizer(), own)
    assert "10万元" in line and "50%" not in line
    assert "30万元" in amount_line([first], topic, Tokenizer())  # the first question still gets the brands' cap


def test_a_sibling_item_described_in_other_words_is_the_one_a_bare_follow_up_names(documents):
    youxi = documents[YOUXI]
    new, old = _clause(youxi, "一（一）1"), _clause(youxi, "一（一）2")
    engine = ScriptedEngine([youxi], [[new.id], [old.id]])
    session = Session(engine)
    session.ask("福建尤溪县对当年工商注册、当年就完成入统的限额以上商贸企业，一次性奖励多少钱？")
    session.ask("那以前年度注册、今年才入统的老企业呢？")
    query, focus, _ = engine.asked[1]
    assert focus == (old.id,) and query.pinned


def test_the_entries_of_a_list_a_named_place_holds(documents):
    moe = documents[MOE]
    listed = next(c for c in moe.clauses if "浙江杭州" in c.text)
    engine = ScriptedEngine([moe], [[listed.id]])
    session = Session(engine)
    session.ask("教育部办公厅2022年设立的第二批基础教育综合改革实验区有哪些？")
    answer = session.ask("其中浙江的是哪几个？")
    assert len(engine.asked) == 1  # answered from the list shown, not searched again
    assert "浙江杭州" in answer.answer and "浙江宁波" in answer.answer and "福建龙岩" not in answer.short_answer
    assert answer.citations[0].clause_id == listed.id


def test_a_figure_of_the_listed_place_is_not_a_list_of_its_entries(documents):
    moe = documents[MOE]
    listed = next(c for c in moe.clauses if "浙江杭州" in c.text)
    engine = ScriptedEngine([moe], [[listed.id], [listed.id]])
    session = Session(engine)
    session.ask("教育部办公厅2022年设立的第二批基础教育综合改革实验区有哪些？")
    session.ask("其中浙江的实验区能拿多少经费？")
    assert len(engine.asked) == 2  # asked of the engine, not answered by listing 浙江's entries


def test_a_count_asked_of_a_word_is_the_figure_written_after_it(documents):
    notice = next(c for c in documents[XIANGCHENG].clauses if "取消8项" in c.text)
    assert "取消8项" in number_line([notice], "襄城区2018年那次行政审批项目调整，取消了多少项？", Tokenizer(), "项")


# ---- places, slots, times, subjects ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("其中盘山县那个镇叫什么？", ("盘山县",)),
        ("那副市长干什么？", ()),
        ("江西2016年苏区振兴工作要点支持哪两个地方提前摘帽？", ()),
        ("海口市政府工作规则里说可以设市长助理，市长助理做什么？", ("海口",)),
    ],
)
def test_words_that_read_like_places_but_are_none(question, places):
    assert named_places(question) == places


def test_中央_in_a_places_name_is_no_national_scope():
    assert NATIONAL_SCOPE_RE.search("江西省赣南等原中央苏区振兴发展") is None
    assert NATIONAL_SCOPE_RE.search("中央财政补助多少") is not None


@pytest.mark.parametrize(
    ("question", "slot"),
    [
        ("湖北省农业厅报送粮棉油抗旱生产情况的联系人是谁？", Slot.CONTENT),
        ("国务院关税税则委员会2000年的通知，新税率从哪天起执行？", Slot.DEADLINE),
        ("那个决定是哪天签发的？", Slot.ISSUE),
        ("进口冻鸡的税率是多少？", Slot.AMOUNT),
    ],
)
def test_the_slot_a_question_asks(question, slot):
    assert detect_slot(question, detect_intent(question)) is slot


def test_a_due_day_without_a_year_and_a_span_before_anothers_date():
    assert DEADLINE_RE.search("请于5月10日前报送") is not None
    assert TIME_TEXT.search("5月5日上报第一期") is not None
    assert TIME_TEXT.search("截止时间为国家发展改革委规定的上报日期前20日") is not None
    assert DEADLINE_RE.search("截止时间为国家发展改革委规定的上报日期前20日") is None  # a time, not a parsed deadline


def test_money_for_a_group_the_asker_is_not_of_does_not_answer():
    text = "经研究,从2015年1月起,对80周岁以上城乡低保老年人每人每月发放100元高龄补贴"
    assert negated_group("闽侯县不是低保户的80岁以上老人，每月能领多少高龄补贴？", text) == "低保"
    assert negated_group("我们不是规上企业，能拿多少？", "对规上企业给予10万元，对非规上企业给予5万元") is None
    assert negated_group("闽侯县80岁以上低保老人每月多少？", text) is None


def test_a_traditional_script_text_writes_a_subject_asked_in_simplified_script():
    text = "對當年度之前工商注冊且當年度完成入統的限額以上商貿法人企業(老企業)"
    assert coverage("老企业", text) == 1.0
    assert unwritten_run("完成入统的老企业", [text]) is None


def test_a_province_named_to_place_a_loaded_county_is_covered():
    """福建尤溪县…: a library holding only 尤溪县's policy (whose page never says 福建) still answers it."""
    from assistant.answering.intents import Intent
    from assistant.answering.question import Query, foreign_places

    query = Query(text="福建尤溪县商贸企业奖多少？", own_text="福建尤溪县商贸企业奖多少？", intent=Intent.SUPPORT,
                  regions=("福建",), places=("尤溪县",))
    assert foreign_places(query, "尤溪县 尤溪县人民政府", "对当年度工商注册…给予每家企业一次性奖励8万元") == []
    query = Query(text="福建福清市商贸企业奖多少？", own_text="福建福清市商贸企业奖多少？", intent=Intent.SUPPORT,
                  regions=("福建",), places=("福清市",))
    assert "福建" in foreign_places(query, "尤溪县 尤溪县人民政府", "对当年度工商注册…给予每家企业一次性奖励8万元")
