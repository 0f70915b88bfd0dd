"""Forms met while working on real-dev's conversations (h32m–h35m, h34d, h35d), each checked as the general rule
it is an instance of, on the real documents users add (eval/real/docs/dev):

* a place the previous turn named as a word of another government's text (教育部…实验区里，福建入选的是哪个城市？
  answered from the ministry's list …福建龙岩…) is no switch of documents: a turn naming nothing but another place
  asks the same of that text, and is answered from the list's entries holding it, or told the list holds none;
* 那X呢，<asking> swaps X for the conversation's subject, the asking words staying out of it;
* a matching ratio (省财政按与中央资金1:1的比例配套) is a money fact answering 按什么比例;
* 奖励谁 asks who is rewarded, 奖励谁牵头审核 who leads the rewarding;
* 那老企业呢？ after an item is the item beside it that writes 老企业, not the 老企业 of another chapter's measure;
* from the blind h38d batch: a period of months or a labelled application window is a deadline to its end; 报送哪个部门
  asks whom a submission goes to; 第二步呢？ is the Nth of the steps a clause counts; ministries named together name the
  text they wrote together; 第几次 is answered by an ordinal; 规划期多长 by the span written; 中央下达 beside a place and
  省里 beside a city name no other government's documents; a list counted as things (等3个城市综合体) names no units.
"""

from __future__ import annotations

import pytest

from assistant.answering.direct import amount_line, number_line
from assistant.answering.intents import Intent, Slot, detect_intent, detect_slot
from assistant.answering.measures import unfilled
from assistant.answering.question import named_places, understand
from assistant.config import REPO_ROOT
from assistant.conversation import Session, _swapped_subject
from assistant.corpus import load_document
from assistant.corpus.dates import extract_deadline
from assistant.corpus.model import Clause
from assistant.corpus.money import extract_money
from assistant.lexicon.tokenizer import Tokenizer
from assistant.lexicon.units import find_units
from tests.test_followups_general import ScriptedEngine

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
MOE = "h34d-moe-2022-25-basic-education-reform-pilot-zones-notice"
FUJIAN = "h26d-fujian-minzhengban-2021-56-fuzhou-part"
SICHUAN = "h37d-sichuan-2020-60-modern-agriculture-transfer-funds"
SHANDONG = "h33d-shandong-rural-env-demo-fund-measures-part"
YOUXI = "h35d-youxi-2022-94-trade-service-enterprise-awards-trad-part"


@pytest.fixture(scope="module")
def documents():
    return {stem: load_document(DEV / f"{stem}.txt", trusted=True) for stem in (MOE, FUJIAN, SICHUAN, SHANDONG, YOUXI)}


def _clause(document, words: str):
    return next(c for c in document.clauses if words in c.text)


# ---- a place that was a word of another government's text ---------------------------------------------------------

def test_a_place_listed_in_a_ministrys_text_is_asked_of_that_text(documents):
    library = [documents[s] for s in (MOE, FUJIAN, SICHUAN)]
    listing = _clause(documents[MOE], "福建龙岩")
    engine = ScriptedEngine(library, [[listing.id], [listing.id]])
    session = Session(engine)
    session.ask("教育部2022年第二批基础教育综合改革实验区里，福建入选的是哪个城市？")
    second = session.ask("那四川呢？")
    assert "四川广元" in second.short_answer and [c.doc_id for c in second.citations] == [MOE]
    session.ask("湖北呢？")  # in no entry of the list: asked of the ministry's text, which says so
    third, _, _ = engine.asked[-1]
    assert third.doc_ids == frozenset({MOE}) and third.regions == ("湖北",)


def test_a_place_whose_own_text_answered_turns_to_the_other_places_texts(documents):
    library = [documents[s] for s in (MOE, FUJIAN, SICHUAN)]
    own = next(c for c in documents[FUJIAN].clauses if "福州" in c.text)
    engine = ScriptedEngine(library, [[own.id], []])
    session = Session(engine)
    session.ask("福建省福州市的发展目标是什么？")
    session.ask("那四川呢？")  # 福建's own text answered: 四川 names 四川's texts, not 福建's
    second, _, _ = engine.asked[-1]
    assert second.doc_ids is None or FUJIAN not in second.doc_ids


# ---- a subject swapped in, money asked as a ratio ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "subject"), [
    ("那省财政呢，按什么比例配套？", "省财政"),
    ("那省财政呢？", "省财政"),
    ("那国际标准呢？", "国际标准"),
])
def test_the_subject_a_follow_up_swaps_in(text, subject):
    assert _swapped_subject(text, understand(text, [])) == subject


def test_a_matching_ratio_is_a_money_fact():
    sentence = ("其中,中央财政在示范期3年共补助我省9亿元;省财政按与中央资金1:1的比例配套,3年筹集9亿元;"
                "示范市、县财政按获得中央和省级补助资金总额的30%筹集配套资金,3年共筹集5.4亿元。")
    facts = [(m.kind, m.value, m.high) for m in extract_money(sentence)]
    assert ("ratio", 1.0, 1.0) in facts and ("rate", 30.0, None) in facts
    assert not [f for f in extract_money("比分为3:1的比赛") if f.kind == "ratio"]  # a score, no support


def test_the_ratio_answers_the_share_a_payer_is_asked(documents):
    clause = _clause(documents[SHANDONG], "1:1")
    line = amount_line([clause], "山东省农村环境连片整治示范资金，省财政按什么比例配套？", Tokenizer(), "省财政按什么比例配套？")
    assert "1:1" in line and "30%" not in line


# ---- who leads a reward, the item beside ---------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "slot"), [
    ("这些奖励谁牵头审核认定？", Slot.UNITS),
    ("奖励谁负责兑现？", Slot.UNITS),
    ("这项政策奖励谁？", Slot.CONTENT),  # who is rewarded: the measure's own words
])
def test_who_leads_a_reward_is_not_who_is_rewarded(question, slot):
    assert detect_slot(question, detect_intent(question)) is slot


def test_the_item_beside_the_cited_one_that_writes_the_subject(documents):
    youxi = documents[YOUXI]
    new = _clause(youxi, "当年度工商注册且当年内完成入统")
    old = _clause(youxi, "当年度之前工商注册")
    engine = ScriptedEngine([youxi], [[new.id], [old.id]])
    session = Session(engine)
    session.ask("尤溪县当年注册当年入统的限上商贸企业奖多少？")
    session.ask("那老企业呢？")  # 一（二）2 names 老企业 too, under another chapter's measure
    query, focus, _ = engine.asked[1]
    assert focus == (old.id,) and query.pinned and old.clause == new.clause


# ---- h38d: a period of months, whom a submission goes to, steps counted, ministries writing together ---------------

MOF_MWR = "h38d-mof-mwr-2011-361-small-rivers-performance-evaluation-part"


@pytest.mark.parametrize(("text", "deadline"), [
    ("执行期限为2020年3月至6月。", "2020年3月至6月"),
    ("2021年3月至2022年6月底前完成", "2021年3月至2022年6月底前"),
    ("2020年3月底前完成", "2020年3月底前完成"),
])
def test_a_period_of_months_is_answered_to_its_end(text, deadline):
    assert extract_deadline(text) == deadline


@pytest.mark.parametrize(("question", "slot"), [
    ("申报材料最后报送哪个部门？", Slot.CONTENT),  # whom it goes to, written in the text (报送区科技局)
    ("材料交到哪个单位？", Slot.CONTENT),
    ("由哪个部门报送？", Slot.UNITS),  # who sends it
])
def test_whom_a_submission_goes_to_is_no_responsible_unit(question, slot):
    assert detect_slot(question, detect_intent(question)) is slot


def test_a_step_asked_by_its_place_in_a_counted_sequence():
    document = load_document(DEV / f"{MOF_MWR}.txt", trusted=True)
    steps = _clause(document, "三个步骤")
    engine = ScriptedEngine([document], [[steps.id]])
    session = Session(engine)
    session.ask("中小河流治理财政专项资金绩效评价分几个步骤？")
    assert session.ask("第二步呢？").short_answer == "答：省级复核汇总"
    assert session.ask("第三步是什么？").short_answer == "答：财政部和水利部组织抽查并审定"  # A、B和C: C is one step
    assert len(engine.asked) == 1  # read off the clause just cited, not searched again


def test_ministries_named_together_name_the_text_they_wrote_together(documents):
    joint = load_document(DEV / f"{MOF_MWR}.txt", trusted=True)
    library = [joint, documents[SICHUAN]]
    query = understand("财政部水利部的中小河流治理绩效评价可以采用哪些评价方式？", library)
    assert query.doc_ids == frozenset({MOF_MWR}) and query.units == ()  # their text asked, not their tasks
    assert understand("水利部的任务有哪些？", library).units == ("水利部",)  # 的 + no title of its text: its tasks


@pytest.mark.parametrize(("text", "window"), [
    ("申报日期:2025-02-21 ~ 2028-02-20 查看原文", "2025-02-21 ~ 2028-02-20"),
    ("受理时间：2024年3月1日至3月31日。", "2024年3月1日至3月31日"),
])
def test_an_application_window_is_a_deadline_to_its_end(text, window):
    assert extract_deadline(text) == window


def test_an_ordinal_answers_a_place_in_a_sequence():
    covering = "《滄州市防震減災“十三五”規劃》已經市政府第51次常務會議研究通過,現予印發,請認真貫徹落實。"
    clause = Clause(id="x#序言", doc_id="x", kind="preamble", text=covering, chapter=None)
    question = "沧州防震减灾十三五规划是在市政府第几次常务会议通过的？"
    assert unfilled(question, Intent.CONTENT, Slot.NUMBER, ["市政府", "常务会议", "通过"], [clause]) is None
    assert unfilled("规划里要新建几个台站？", Intent.CONTENT, Slot.NUMBER, ["常务会议"], [clause]) is not None  # 第51次 counts nothing


def test_a_span_of_years_asked_is_the_span_written():
    clause = Clause(id="x#序言", doc_id="x", kind="preamble", chapter=None,
                    text="沧州市防震减灾“十三五”规划\n(2016~2020年)\n防震减灾是生态文明建设的重要组成部分。")
    assert "2016~2020年" in number_line([clause], "规划期多长？", Tokenizer(), None)


HEILONGJIANG = "h38d-heilongjiang-2022-stabilize-economy-implementation-part"
ZUNYI = "h38d-zunyi-2022-56-metro-area-plan-task-division-part"


def test_central_money_handed_down_to_a_province_names_no_national_document(documents):
    library = [load_document(DEV / f"{HEILONGJIANG}.txt", trusted=True), documents[MOE]]
    query = understand("中央下达给黑龙江的转移支付资金，由谁负责收到后及时下达？", library)
    assert query.doc_ids is not None and MOE not in query.doc_ids


def test_a_city_named_before_its_metropolitan_area_is_a_place():
    assert "遵义" in named_places("遵义都市圈责任分工方案是按照省里哪个文件要求制定的？")


def test_the_province_a_citys_text_cites_names_no_provincial_document(documents):
    library = [load_document(DEV / f"{ZUNYI}.txt", trusted=True), documents[SHANDONG]]
    query = understand("遵义都市圈责任分工方案是按照省里哪个文件要求制定的？", library)
    assert query.doc_ids is None or SHANDONG not in query.doc_ids
    assert understand("省里对农村环境整治怎么规定的？", library).doc_ids == frozenset({SHANDONG})  # no place: the provinces'


@pytest.mark.parametrize(("text", "units"), [
    ("基本建成凤凰山、体育中心、红桥等3个城市综合体,开工建设明湖、龙井等2个城市综合体", []),
    ("市发改委、市财政局、体育中心等3个单位负责", ["市发改委", "市财政局", "体育中心"]),  # counted as bodies
])
def test_the_entries_of_a_list_counted_as_things_are_no_bodies(text, units):
    assert find_units(text) == units
