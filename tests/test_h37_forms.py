"""Forms met in the blind h36d/h37d development batches, each checked as the general rule it is an instance of, on the
real documents users add (eval/real/docs/dev):

* a turn with a topic of its own but no place (联系人有哪几位？) is asked of the documents the conversation is about
  however the first turn named them (a province alone, with a text that never says whose it is joined to it);
* a bare follow-up whose subject the clause just cited writes, though not as one run (那对发布转载有害信息的呢？), is
  answered from that clause; a ministry named as author (商务部发布的…) names its notice that lost title and signature,
  and neither 省级 (whom it writes to) nor 中央企业 (a kind of enterprise) names a level's documents;
* a turn naming a ministry the conversation's documents never name leaves them, and a conversation that named no
  document is about the ones its answers cited (商务部…的联系电话, then 邮箱是多少？);
* a telephone number or a mailbox asked is the contact line's, not a quantity (联系电话是多少？);
* a count asked in a unit (要交几份？) is answered where it is written (一式三份), and 每隔一周 states a frequency;
* a text that names no place of its own is the government's whose organ the page credits (来源:灵璧县卫生健康委员会),
  and the state's when it is addressed to every province (各省、自治区、直辖市…商务主管部门);
* a share of a support sum by its payer (其中,中央财政资金30万元) is a money fact of its own, answering a question
  naming the payer, and 中央财政 beside a county's measure names who pays it, not the state's documents; an untitled
  page's first sentence stands for its title when the words naming the measure asked are sorted out;
* a site's header above its breadcrumb (• 政府信息公开 / 您当前的位置:首页 > …; 政讯通中心 / 您的位置 / TOP) is
  no title, and a character the page's encoding lost (四川省财政厅??四川省农业农村厅) does not cut a title.
"""

from __future__ import annotations

import pytest

from assistant.answering.direct import amount_line, content_line
from assistant.answering.evidence import _states_count, _untitled_subject
from assistant.answering.intents import FREQUENCY_TEXT, Intent, Slot, detect_intent, detect_slot
from assistant.answering.question import named_places, understand
from assistant.config import REPO_ROOT
from assistant.conversation import Session
from assistant.corpus import load_document
from assistant.corpus.cleaning import plain_forms, strip_page_furniture
from assistant.corpus.money import extract_money
from assistant.corpus.metadata import credited_government, recovered_government
from assistant.lexicon.regions import Level
from assistant.lexicon.tokenizer import Tokenizer
from tests.test_followups_general import ScriptedEngine

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
HENAN = "h36d-henan-2015-emerging-industry-projects-notice"
KAIFENG = "kaifeng-2020-manufacturing-plan-notice-part"
LIAONING = "h23d-liaoning-2023-gov-report-division-part"
LINGBI = "h37d-lingbi-2021-health-commission-work-report-tasks"
SICHUAN = "h37d-sichuan-2020-60-modern-agriculture-transfer-funds"
JILIN = "h37d-jilin-changjitu-2018-special-fund-application"
ZHANGWU = "h37d-zhangwu-2024-village-collective-economy-funds"


@pytest.fixture(scope="module")
def documents():
    return {stem: load_document(DEV / f"{stem}.txt", trusted=True) for stem in (HENAN, KAIFENG, LIAONING, LINGBI, SICHUAN, JILIN)}


# ---- conversations --------------------------------------------------------------------------------------------------

def _contact_clause(document):
    return next(c for c in document.clauses if "联系电话" in c.text)


@pytest.mark.parametrize("second", ["联系人有哪几位？", "要交几份？"])
def test_a_turn_naming_no_place_keeps_the_documents_a_province_named(documents, second):
    library = [documents[s] for s in (HENAN, KAIFENG, LIAONING)]
    contact = _contact_clause(documents[HENAN])
    engine = ScriptedEngine(library, [[contact.id], [contact.id]])
    session = Session(engine)
    session.ask("河南省发改委新兴产业重大项目申报的联系电话是多少？")
    session.ask(second)
    first, _, _ = engine.asked[0]
    query, _, _ = engine.asked[1]
    assert first.doc_ids is None and first.regions == ("河南",)  # the province alone named the scope
    # the text that never says whose it is, joined to 河南's scope by the first turn, is still in it; 辽宁's is not
    assert query.doc_ids is not None and HENAN in query.doc_ids and LIAONING not in query.doc_ids


# ---- slots and facts ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "河南省发改委新兴产业重大项目申报的联系电话是多少？",
    "邮箱是多少？",
    "咨询电话是多少？",
    "传真号码是多少？",
])
def test_a_telephone_number_or_mailbox_asked_is_the_contact_line_not_a_quantity(question):
    assert detect_slot(question, detect_intent(question)) is Slot.CONTENT


def test_a_contact_line_is_one_statement_of_whom_to_contact(documents):
    clause = next(c for c in documents[JILIN].clauses if "改革指导处吴新凯" in c.text)
    line = content_line([clause], "改革指导处的联系电话是多少？", Tokenizer())
    assert "88905038" in line  # the office asked, though its number stands after the first office's ；
    assert "投资促进处刘庆秋" not in content_line([clause], "长吉图专项资金申报材料最晚什么时候交？", Tokenizer())


def test_a_quantity_is_still_a_number_asked():
    question = "河南省发改委新兴产业重大项目申报要交几份材料？"
    assert detect_slot(question, detect_intent(question)) is Slot.NUMBER


@pytest.mark.parametrize(("unit", "text", "counted"), [
    ("份", "以正式文件一式三份(含电子版)报送我委", True),
    ("份", "申报材料报送我委截止时间为国家发展改革委规定的上报日期前20日", False),
    ("年", "2015年起执行", False),
    ("人", "带动就业900万人", True),
])
def test_a_count_in_the_unit_asked(unit, text, counted):
    assert _states_count(unit, text) is counted


@pytest.mark.parametrize(("text", "frequency"), [
    ("5月5日上报第一期,以后每隔一周报送一期", True),
    ("每半年报送一次", True),
    ("每两年评估一次", True),
    ("于2023年1月15日前报区人民政府办公室", False),
])
def test_every_other_week_states_a_frequency(text, frequency):
    assert bool(FREQUENCY_TEXT.search(text)) is frequency


# ---- page furniture and titles ---------------------------------------------------------------------------------------

def test_a_sites_header_above_its_breadcrumb_is_no_title(documents):
    page = "• 政府信息公开\n您当前的位置:首页 > 信息公开 > 决策部署落实情况\n\n县卫健委2021年政府工作报告任务分解\n1.落实…"
    assert strip_page_furniture(page).strip().startswith("县卫健委2021年政府工作报告任务分解")
    lingbi = documents[LINGBI]
    assert lingbi.title == "县卫健委2021年政府工作报告任务分解" and lingbi.date == "2021-05-07"  # 发表时间 dates it


def test_a_title_above_a_breadcrumb_is_kept():
    page = "关于印发某县促进就业若干措施的通知\n当前位置:首页 > 政策文件\n各乡镇人民政府:"
    assert strip_page_furniture(page).startswith("关于印发某县促进就业若干措施的通知")


def test_a_lost_character_between_two_issuers_does_not_cut_the_title(documents):
    assert plain_forms("四川省财政厅??四川省农业农村厅关于下达") == "四川省财政厅 四川省农业农村厅关于下达"
    assert plain_forms("What? 是否") == "What? 是否"  # a ? after latin text stays
    sichuan = documents[SICHUAN]
    assert sichuan.title.startswith("四川省财政厅") and sichuan.title.endswith("的通知")
    assert "TOP" not in sichuan.clauses[0].text and "政讯通中心" not in sichuan.clauses[0].text


def test_the_organ_a_page_credits_places_a_text_naming_no_place(documents):
    lingbi = documents[LINGBI]  # 县卫健委…任务分解 on a page crediting 文章来源:灵璧县卫生健康委员会
    assert lingbi.government == "灵璧县" and lingbi.level == "区县"
    assert credited_government("新华网").level is Level.OTHER  # a site or an agency names no government


def test_a_text_addressed_to_every_province_is_the_states():
    lines = ["来源: 更新时间:2023-04-14", "各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门:",
             "按照《商贸物流企业重点联系制度(试行)》,现就有关事项通知如下:", "联系人:李正 地 址:北京市东长安街2号"]
    assert recovered_government(None, "h37d-mofcom", lines).level is Level.NATIONAL
    to_cities = ["各省辖市、省直管县(市)发展改革委:", "组织开展新兴产业重大项目申报工作。"]
    assert recovered_government(None, "h36d-henan", to_cities).level is not Level.NATIONAL


@pytest.mark.parametrize(("question", "intent", "slot"), [
    ("商务部2023年商贸物流重点联系企业申报，企业最晚要在哪天前向省级商务主管部门提出申请？", Intent.DEADLINE, Slot.DEADLINE),
    ("这事归哪个主管部门管？", Intent.RESPONSIBILITY, Slot.UNITS),
    ("灵璧县2021年改扩建158个村卫生室总共投资多少？", Intent.TARGET, Slot.AMOUNT),
    ("县级出多少？", Intent.TARGET, Slot.AMOUNT),
    ("固定资产投资增长多少？", Intent.TARGET, Slot.NUMBER),
])
def test_an_organs_name_asks_no_who_and_an_investment_asked_is_money(question, intent, slot):
    assert detect_intent(question) is intent and detect_slot(question, intent) is slot


MOFCOM = "h37d-mofcom-2023-commerce-logistics-key-enterprises"
NEW_MEDIA = "guobanfa-2018-123-gov-new-media"


def test_a_ministry_named_as_author_names_its_notice_that_lost_title_and_signature(documents):
    mofcom = load_document(DEV / f"{MOFCOM}.txt", trusted=True)
    library = [mofcom, documents[SICHUAN], documents[HENAN]]
    assert mofcom.issuer is None  # the repost keeps neither title nor signature; the text names 商务部 throughout
    for question in ("商务部2023年商贸物流重点联系企业申报，企业最晚要在哪天前向省级商务主管部门提出申请？",
                     "我们是一家中央企业，想申报商务部2023年的商贸物流重点联系企业，申请应该交给谁？"):
        # 省级 is whom the ministry writes to, 中央企业 a kind of enterprise: neither names a level's documents
        query = understand(question, library)
        assert not query.scope_words and (query.doc_ids is None or MOFCOM in query.doc_ids), question
    # a ministry named as the author of what it published names the notice that names it throughout
    assert understand("商务部发布的商贸物流重点联系企业申报通知里，联系人是谁？", library).doc_ids == frozenset({MOFCOM})


def test_a_bare_follow_up_whose_subject_the_cited_clause_writes_is_answered_from_it():
    media = load_document(DEV / f"{NEW_MEDIA}.txt", trusted=True)
    assessment = next(c for c in media.clauses if "追责问责" in c.text)
    engine = ScriptedEngine([media], [[assessment.id], [assessment.id]])
    session = Session(engine)
    session.ask("国办关于政务新媒体的意见里，对工作成效好的单位和个人怎么处理？")
    session.ask("那对发布转载有害信息的呢？")  # 对违反规定发布转载不良或有害信息…: most of it, not as one run
    query, focus, _ = engine.asked[1]
    assert focus == (assessment.id,) and query.pinned


def test_a_share_of_a_support_sum_by_its_payer_is_a_fact_of_its_own():
    sentence = ("中央、省、市、县各级财政对项目村给予一次性补助,补助标准为每个村不低于100万元,其中,中央财政资金30万元,"
                "省级财政资金50万元,不足部分由市县财政补助,共计划投入各级财政资金600万元。")
    facts = [(m.value, m.source) for m in extract_money(sentence)]
    assert facts == [(100.0, None), (30.0, "中央财政资金"), (50.0, "省级财政资金"), (600.0, "共计划投入各级财政资金")]


def test_the_share_whose_payer_is_asked_answers(documents):
    clause = next(c for c in load_document(DEV / f"{ZHANGWU}.txt", trusted=True).clauses if "中央财政资金30万元" in c.text)
    assert "30万元" in amount_line([clause], "彰武县2024年新型农村集体经济扶持，中央财政给每个村多少？", Tokenizer())
    assert "100万元" in amount_line([clause], "彰武县2024年扶持发展新型农村集体经济，每个项目村补助多少？", Tokenizer())
    # the payer named beside a county's measure is who pays it, no turn to the state's documents
    library = [load_document(DEV / f"{ZHANGWU}.txt", trusted=True), documents[SICHUAN]]
    assert understand("彰武县新型农村集体经济每村的补助里，中央财政和省级财政各出多少？", library).doc_ids == frozenset({ZHANGWU})


def test_an_untitled_pages_first_sentence_stands_for_its_title(documents):
    zhangwu = load_document(DEV / f"{ZHANGWU}.txt", trusted=True)
    assert zhangwu.title == ZHANGWU  # the page holds no title: its stem stands in
    subject = _untitled_subject(zhangwu)
    assert "扶持发展新型农村集体经济" in subject and "《" not in subject
    assert _untitled_subject(documents[SICHUAN]) == ""  # a titled text's title says it
    granting = load_document(DEV / "h36d-minhou-2020-low-income-elderly-allowance.txt", trusted=True)
    assert _untitled_subject(granting) == ""  # 对80周岁以上…每人每月发放100元高龄补贴: a measure, no subject


@pytest.mark.parametrize(("question", "place"), [
    ("阿坝州2006年人口计生考评中红原县拿了多少奖金？", "红原县"),
    ("其中盘山县那个镇叫什么？", "盘山县"),
    ("广东中山市的补贴有哪些？", "中山市"),
])
def test_the_zhong_of_in_the_course_of_is_no_part_of_a_place(question, place):
    assert place in named_places(question)


def test_a_follow_ups_payer_picks_its_share():
    clause = next(c for c in load_document(DEV / f"{ZHANGWU}.txt", trusted=True).clauses if "省级财政资金50万元" in c.text)
    line = amount_line([clause], "彰武县新型农村集体经济中央财政出多少？ 那省级呢？", Tokenizer(), "那省级呢？")
    assert "50万元" in line


def test_the_contact_line_the_question_names():
    mofcom = load_document(DEV / f"{MOFCOM}.txt", trusted=True)
    clause = next(c for c in mofcom.clauses if "85093788" in c.text)
    assert content_line([clause], "商务部商贸物流重点联系企业申报的联系电话是多少？", Tokenizer()).startswith("电话")
    assert content_line([clause], "联系人是谁？", Tokenizer()).startswith("联系人")


def test_a_turn_naming_a_ministry_the_conversations_documents_never_name_leaves_them():
    zhangwu, mofcom = (load_document(DEV / f"{stem}.txt", trusted=True) for stem in (ZHANGWU, MOFCOM))
    funds = next(c for c in zhangwu.clauses if "100万元" in c.text)
    contact = next(c for c in mofcom.clauses if "85093788" in c.text)
    engine = ScriptedEngine([zhangwu, mofcom], [[funds.id], [contact.id], [contact.id]])
    session = Session(engine)
    session.ask("彰武县扶持新型农村集体经济，每个村补助多少？")
    session.ask("商务部商贸物流重点联系企业申报的联系电话是多少？")
    session.ask("邮箱是多少？")
    second, third = engine.asked[1][0], engine.asked[2][0]
    assert second.doc_ids is None or MOFCOM in second.doc_ids  # not kept to 彰武县's text, which never names 商务部
    assert third.doc_ids == frozenset({MOFCOM})  # named by no word: the document the answer before cited
