"""Forms met on real-dev's material in stop 47, each checked as the general rule it is an instance of:

* a ministry named as the author of a text (人社部复函要求吉林…, 工信部的通知) beside a place the question names names
  that ministry's texts too, as one named with its text's year already did: the place is whom it writes to;
* a bare follow-up (报给谁？, 联系电话是多少？) is asked of the one document the previous answer cited, where the
  conversation's scope held several (吉林's texts and the ministry's reply to 吉林);
* a turn naming nothing but a level of government (省里的呢？, 国家层面的呢？, 那国务院层面的依据呢？) in a conversation
  asking what texts a document rests on asks which text of that level the same document rests on — and of the texts
  a sentence cites, the one that level issued is named — not for that level's own texts;
* a province named after 依据了 and before a 规划/纲要/计划 issued the text the asked one rests on (那它依据了江苏省的
  哪份规划？): no scope of its own; and a follow-up asking in words of its own (哪份, 什么) has no subject to swap into
  the previous question;
* a text may be named by the number of the text it carries out (省里贯彻国发〔2014〕61号的促进慈善事业实施意见): a 文号
  no loaded text has as its own names the few texts whose opening cites it;
* a figure in whom the money is for (对当年实现自营进出口额100万元-300万元(含300万元)的“新开壶”企业给予一次性奖励1万元)
  is the band the money is given in, not an amount given: a stated figure (150万元) picks that band's 1万元;
* a web address (平台的网址是什么) and whether a service is charged for (查询要不要收费) are stated only in their own
  words: a clause printing no address (a site named, 据民政部网站消息, is none) or no word of charging does not state
  them;
* 哪天转发 asks the day the covering notice forwarded the text, as 哪天印发 does;
* a prize rank named alone (三等奖呢？ after 二等奖呢？) that none of the conversation's documents writes is not stated:
  declined, not answered with the clause on the rank before;
* a bracket of bodies ending in 落实 or 组织实施 after a lead ((市人社局牵头,市农业农村局、市文化和旅游局落实)) names
  the bodies that carry the measure out, supporting the lead, not a prose sentence to be read for its verbs; a note's
  first sentence names this measure's bodies, a sentence after it inside the same bracket (以下各项工作均需…负责落实,
  不再一一列出。) speaks of the measures after it;
* a clause shown among others for a who-question that names no body of its own is said to name none, not rendered
  as 责任单位是：。
"""

from __future__ import annotations

import pytest

from assistant.answering.composer import _who
from assistant.answering.direct import name_line
from assistant.answering.question import understand
from assistant.config import REPO_ROOT
from assistant.conversation import Session
from assistant.corpus import load_document
from assistant.corpus.money import extract_money, pick
from assistant.corpus.responsibility import extract
from assistant.answering.intents import Slot, detect_intent, detect_slot
from assistant.lexicon.aspects import unstated_aspect
from assistant.lexicon.regions import Level, issuing_level, spoken_level
from assistant.lexicon.tokenizer import Tokenizer
from tests.test_followups_general import ScriptedEngine

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
MOHRSS = "h42d-mohrss-2013-259-jilin-minimum-wage-reply"
JILIN = ("h37d-jilin-changjitu-2018-special-fund-application", "h42d-jilin-2021-2-open-government-work-points-task-division-part")
GUIYANG = "h44d-guiyang-2018-10-waste-sorting-plan-part"
NANJING = "h54d-nanjing-2021-fire-rescue-14th-plan-part"
JIANGSU = ("h46d-jiangsu-2019-23-transport-structure-adjustment-plan-part", "h58d-jiangsu-2009-1-ip-strategy-outline-part")
GUIZHOU = ("h70d-guizhou-2015-26-health-medicine-industry-six-plans-notice-part",)
DONGLI = "h38d-tianjin-dongli-2018-tech-enterprise-innovation-award-part"
CHARITY = "h76d-province-2015-charity-development-opinions-trad-part"


@pytest.fixture(scope="module")
def documents():
    stems = (MOHRSS, *JILIN, GUIYANG, NANJING, *JIANGSU, *GUIZHOU, DONGLI, CHARITY)
    return [load_document(DEV / f"{stem}.txt", trusted=True) for stem in stems]


def _first_id(documents, doc_id: str, label: str) -> str:
    return next(c.id for d in documents if d.doc_id == doc_id for c in d.clauses if c.path == label)


def _converse(documents, script, *questions):
    engine = ScriptedEngine(documents, script)
    session = Session(engine)
    return engine, [session.ask(q) for q in questions]


def test_a_ministry_named_as_author_beside_a_place_names_its_texts(documents):
    scope = understand("人社部复函要求吉林新标准发布后多久报备案？", documents).doc_ids
    assert scope is not None and MOHRSS in scope
    # named as the body a report goes to, the ministry names none of its texts
    assert MOHRSS not in (understand("吉林的专项资金申报材料报给人社部吗？", documents).doc_ids or {MOHRSS})


def test_a_bare_follow_up_is_asked_of_the_one_document_just_cited(documents):
    engine, _ = _converse(documents, [[_first_id(documents, MOHRSS, "三")], []],
                          "人社部复函要求吉林新标准发布后多久报备案？", "报给谁？")
    first, second = engine.asked[0][0], engine.asked[1][0]
    assert first.doc_ids is not None and len(first.doc_ids) > 1  # 吉林's texts and the reply
    assert second.doc_ids == frozenset({MOHRSS})


@pytest.mark.parametrize("text, level", [
    ("省里的呢？", Level.PROVINCE), ("那省里那份文件叫什么？", Level.PROVINCE), ("省的呢？", Level.PROVINCE),
    ("国家层面的呢？", Level.NATIONAL), ("那国务院层面的依据呢？", Level.NATIONAL),
    ("报给谁？", None), ("湖北省的呢？", None), ("国务院和省里的都要吗？", None),
])
def test_the_level_a_turn_names_alone(text, level):
    assert spoken_level(text) is level


@pytest.mark.parametrize("name, level", [
    ("国务院办公厅关于转发国家发展改革委…的通知", Level.NATIONAL), ("中共中央办公厅 国务院办公厅关于…", Level.NATIONAL),
    ("贵州省人民政府办公厅关于转发…的通知", Level.PROVINCE), ("省政府办公厅关于印发…的通知", Level.PROVINCE),
    ("贵阳市生活垃圾分类制度实施方案", None),
])
def test_the_level_a_texts_name_opens_with(name, level):
    assert issuing_level(name) is level


def test_a_level_named_alone_after_a_basis_question_keeps_the_document_and_names_that_levels_text(documents):
    opening = _first_id(documents, GUIYANG, "序言")
    engine, _ = _converse(documents, [[opening], [opening]], "贵阳垃圾分类方案依据了国务院办公厅哪份文件？", "省里的呢？")
    assert engine.asked[1][0].doc_ids == frozenset({GUIYANG})
    clause = next(c for d in documents if d.doc_id == GUIYANG for c in d.clauses if c.id == opening)
    tokenizer = Tokenizer()
    merged = engine.asked[1][0].text
    assert "黔府办发〔2017〕68号" in name_line([clause], merged, tokenizer, "省里的呢？")
    assert "国办发〔2017〕26号" in name_line([clause], "贵阳垃圾分类方案依据了国务院办公厅哪份文件？", tokenizer)


def test_a_province_issuing_the_plan_a_text_rests_on_is_no_scope(documents):
    assert understand("南京的规划依据了江苏省的哪份规划？", documents).doc_ids == frozenset({NANJING})
    engine, _ = _converse(documents, [[_first_id(documents, NANJING, "序言")], []],
                          "南京市政府印发的“十四五”社会消防救援事业发展规划，是要提高全市哪方面的能力？",
                          "那它依据了江苏省的哪份规划？")
    follow_up = engine.asked[1][0]
    assert follow_up.doc_ids == frozenset({NANJING})
    # asked in words of its own: the previous question is not rewritten around a swapped subject
    assert "它依据" not in follow_up.text.split("？")[0]


@pytest.mark.parametrize("note, lead, supporting", [
    ("(市人社局牵头,市农业农村局、市文化和旅游局落实)", ["市人社局"], ["市农业农村局", "市文化和旅游局"]),
    ("(市行政审批服务局牵头,市人社局、市自然资源局落实)", ["市行政审批服务局"], ["市人社局", "市自然资源局"]),
    ("(市发改委牵头,各县区政府组织实施)", ["市发改委"], ["各县区政府"]),
    ("(市民政局牵头,各区政府负责落实。以下各项工作均需各区政府负责落实,不再一一列出。)", ["市民政局"], ["各区政府"]),
])
def test_bodies_a_bracket_closes_with_luoshi_carry_out_the_leads_measure(note, lead, supporting):
    _, got_lead, got_supporting = extract(f"实现精准对接。{note}", "汉中市").resolved()
    assert (got_lead, got_supporting) == (lead, supporting)


def test_a_prize_rank_no_text_in_scope_writes_is_declined(documents):
    award = _first_id(documents, DONGLI, "第四条")
    engine, answers = _converse(documents, [[award], [award], [award]],
                                "东丽区科技型企业在市级科技创新评比获一等奖补多少？", "二等奖呢？", "三等奖呢？")
    assert not answers[1].abstained and len(engine.asked) == 2  # 二等奖 is written: asked; 三等奖 is not
    assert answers[2].abstained and "三等奖" in answers[2].answer and not answers[2].citations


def test_a_clause_naming_no_body_is_said_to_name_none():
    assert _who([], [], [], {}) == "责任单位未写明"
    assert _who(["市民政局"], [], ["市民政局", "各区政府"], {}) == "牵头单位是：市民政局，配合单位是：各区政府"


@pytest.mark.parametrize("question", [
    "省里贯彻国发〔2014〕61号的促进慈善事业实施意见，主送了哪些单位？",
    "贯彻国发[2014]61号的省级慈善实施意见，第一部分讲以什么为重点开展慈善活动？",
    "按省里贯彻国发61号的慈善实施意见，鼓励社会各界开展哪些慈善活动？",
])
def test_a_text_is_named_by_the_number_of_the_text_it_carries_out(documents, question):
    assert understand(question, documents).doc_ids == frozenset({CHARITY})


def test_a_number_a_loaded_text_has_as_its_own_names_that_text_only(documents):
    own = next(d for d in documents if d.doc_id == MOHRSS).number
    assert understand(f"{own}要求多久报备案？", documents).doc_ids == frozenset({MOHRSS})


_NEW_TRADERS = ("(一)对当年实现自营进出口额100万元-300万元(含300万元)的“新开壶”企业给予一次性奖励1万元。\n"
                "(二)对当年实现自营进出口额300万元-500万元(含500万元)的“新开壶”企业一次性奖励2万元。\n"
                "(三)对当年实现自营进出口额500万元以上的“新开壶”企业一次性奖励3万元。")


def test_a_figure_in_whom_the_money_is_for_is_its_band_not_an_amount():
    facts = extract_money(_NEW_TRADERS)
    assert [(m.value, m.unit) for m in facts] == [(1.0, "万元"), (2.0, "万元"), (3.0, "万元")]
    for stated, amount in (("150万元", 1.0), ("400万元", 2.0), ("800万元", 3.0)):
        picked = pick(facts, f"“新开壶”企业自营进出口额{stated}能拿多少奖励？")
        assert picked is not None and picked[0].value == amount


def test_a_basis_after_whom_stays_the_amount():
    (fact,) = extract_money("对超园区该行业营收平均增速的部分按3‰的比例进行奖励。")
    assert (fact.value, fact.unit) == (3.0, "‰")


@pytest.mark.parametrize("question, text, missing", [
    ("那这个平台的网址是什么？", "国务院民政部门建立全国社会组织信用信息公示平台,为社会组织名称信息查询提供支持。", "网址"),
    ("那这个平台的网址是什么？", "中新网1月17日电 据民政部网站消息,《社会组织名称管理办法》发布。", "网址"),
    ("那这个平台的网址是什么？", "申报系统网址:http://www.example.gov.cn/apply。", None),
    ("查询要不要收费？", "国务院民政部门建立全国社会组织信用信息公示平台。", "是否收费"),
    ("查询要不要收费？", "登记管理机关提供名称查询服务,不收取费用。", None),
])
def test_a_web_address_and_a_charge_are_stated_only_in_their_own_words(question, text, missing):
    assert unstated_aspect(question, text) == missing


def test_the_day_a_text_was_forwarded_is_its_issue_date():
    question = "静安区政府办公室是哪天转发养老托育服务实施方案的？"
    assert detect_slot(question, detect_intent(question)) is Slot.ISSUE

