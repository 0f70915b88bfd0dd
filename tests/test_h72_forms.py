"""Forms met on real-dev's material in stop 46, each checked as the general rule it is an instance of:

* a band a condition sets may count land, weight or households (面积在100亩及以上至500亩的; 500亩以上的), and the
  condition may be written as whom the money is for (对新建面积在500亩以上的): a quantity the asker states picks
  the band that holds it, as money and points do;
* 奖励怎么算 / 补贴如何计算 asks the sum, by the rule the text gives it; 范围有多大 asks a scope the text words, not
  a figure (面积有多大 still asks one), and an item titled only by a heading (二、试鸣范围) answers with what that
  heading titles, not the heading alone, and that heading is the item's own words when a question is matched against
  what a clause says (一、公开征求意见的时间 over a leaf holding only the dates);
* a follow-up that changes only the stated quantity (要是只建了300亩呢？) is answered for its own figure, not the one
  the earlier question stated;
* an aspect a text states only in its own words — a penalty (会被罚多少, 受到什么纪律处理, 信用惩戒), where the money comes
  from (经费由哪级财政出), the materials to hand in, who interprets the text, the theme of an event — is not stated by
  a clause written in none of them, whatever else it says on the topic; one written in them states it (中央财政安排的,
  纳入同级财政预算, 报送…申请材料);
* a title-less document named by its opening is not named by the words of its coming into force (…已于本月发布,
  2025年1月1日起正式施行): every text has them, so 那办法从哪天起正式施行？ stays with the conversation's document;
* a follow-up picking a clause by its place (第二项什么时候要完成？) to ask a fact that clause does not hold is told
  so, as one pointing at it (这一条) is, not answered from another clause of the text;
* a clock time after a date is when a page was posted (2012年06月21日 08:42), unless it opens a span of the day
  (将于2024年9月18日9:00-10:00进行警报试鸣): then the date is when the event is held, the date asked;
* a document-sharing site's terms above the text it previews (- 1、下载文档前请自行甄别…, 仅部分预览, 人工客服工作时间)
  and its file card (- 格式:doc, - 文档页数:6) are page furniture, not items 1–3 of the text, so the page table
  under them (【发文字号】川办发[2017]96号) is read;
* an announcement's opening that cites a law and dates the event (根据《…人民防空法》第三十五条、《甘肃省实施<…>办法》
  第二十五条规定,我市将于2024年9月18日…进行人民防空警报试鸣。…共进行两次:) is the text's own sentence, not a law's
  history line: a line ending a sentence inside or introducing a list is no history line, and a verb inside a title
  it cites (实施 of 《甘肃省实施…办法》) says nothing of how this text was adopted;
* a reply addressed to one body names it in the second person (中国残疾人联合会: … 具体工作由你会商有关部门组织实施;
  省海洋与渔业厅: … 请你厅负责印发并组织实施): 你会 / 你厅 / 你省 is that body, made responsible, and 会商 consults
  the others as 会同 does; a notice to several bodies has no one addressee.
"""

from __future__ import annotations

import pytest

from dataclasses import replace

from assistant.answering.direct import amount_line, content_line
from assistant.answering.evidence import EvidenceSelector
from assistant.answering.question import merge_follow_up, understand
from assistant.config import get_settings
from assistant.answering.document_match import DocumentTitles
from assistant.answering.intents import Intent, Slot, detect_intent, detect_slot
from assistant.corpus.cleaning import is_furniture_line
from assistant.corpus.dates import extract_deadline
from assistant.corpus.metadata import is_history
from assistant.corpus.parser import parse_text
from assistant.corpus.model import Clause
from assistant.corpus.responsibility import addressed, addressee_of, duties
from assistant.lexicon.aspects import unstated_aspect
from tests.fixed_order import StubSearch, clause_at, dev_catalog
from assistant.corpus.money import extract_money, pick, threshold
from assistant.lexicon.tokenizer import Tokenizer

_LAND = ("对医药企业投资新建 GAP中药材种植基地面积在100亩及以 上至500亩的，给予企业100元/亩奖励；"
         "对新建面积在500亩以上的，给予企业200元/亩奖励。")


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer()


@pytest.mark.parametrize("condition, band", [
    ("面积在100亩及以上至500亩的", (100.0, 500.0, "亩")),
    ("新建面积在500亩以上的", (500.0, None, "亩")),
    ("年产量不足2000吨的", (None, 2000.0, "吨")),
    ("带动农户300户以上的", (300.0, None, "户")),
])
def test_a_band_may_count_land_weight_or_households(condition, band):
    assert threshold(condition) == band


@pytest.mark.parametrize("question, amount", [
    ("新建了600亩种植基地，奖励怎么算？", 200.0),
    ("我们建了300亩，能奖多少？", 100.0),
])
def test_the_stated_area_picks_its_band_written_as_whom_the_money_is_for(question, amount):
    picked = pick(extract_money(_LAND), question)
    assert picked is not None and picked[0].value == amount


def test_an_area_no_band_holds_picks_nothing():
    assert pick(extract_money(_LAND), "建了50亩奖多少？") is None


@pytest.mark.parametrize("question", ["新建了600亩种植基地，奖励怎么算？", "补贴标准如何计算？", "补助金额怎样核定？"])
def test_how_the_support_is_reckoned_asks_the_sum(question):
    assert detect_slot(question, detect_intent(question) or Intent.CONTENT) is Slot.AMOUNT


@pytest.mark.parametrize("question, slot", [
    ("十堰这次防空警报试鸣的范围有多大？", Slot.CONTENT),
    ("禁烧区范围多大？", Slot.CONTENT),
    ("基地面积有多大？", Slot.NUMBER),
])
def test_how_wide_a_scope_is_asks_the_scope(question, slot):
    assert detect_slot(question, detect_intent(question) or Intent.CONTENT) is slot


def test_an_item_titled_by_a_heading_answers_with_what_it_titles(tokenizer):
    item = Clause(id="d#二", doc_id="d", kind="clause", text="十堰主城区及各县(市、区)主城区。", path="二", chapter="二、试鸣范围")
    assert content_line([item], "十堰这次防空警报试鸣的范围有多大？", tokenizer) == "试鸣范围：十堰主城区及各县(市、区)主城区"
    said = Clause(id="d#六", doc_id="d", kind="clause", text="副市长协助市长工作。", path="六", chapter="六、市政府实行市长负责制,市长领导市政府的工作")
    assert content_line([said], "市政府实行什么负责制？", tokenizer).startswith("市政府实行市长负责制")


def test_an_items_own_heading_is_its_title_a_wider_units_is_not():
    item = Clause(id="d#一", doc_id="d", kind="clause", text="2023年7月25日至8月25日。", path="一", chapter="一、公开征求意见的时间")
    assert item.own_heading == "公开征求意见的时间"
    leaf = Clause(id="d#二1", doc_id="d", kind="item", text="信函:邮寄至常州市司法局。", path="二1", chapter="二、公开征求意见的方式",
                  item="1")
    assert leaf.own_heading is None


def test_a_follow_up_is_answered_for_its_own_stated_figure(tokenizer):
    clause = Clause(id="d#17", doc_id="d", kind="article", text=_LAND, path="第十七条", money=extract_money(_LAND))
    asked = "新建了600亩种植基地，奖励怎么算？"
    assert "200元/亩" in amount_line([clause], asked, tokenizer)
    assert "100元/亩" in amount_line([clause], f"{asked} 要是只建了300亩呢？", tokenizer, own="要是只建了300亩呢？")


@pytest.mark.parametrize("question, text", [
    ("擅自拆了市级文保单位会被罚多少？", "同意张桥遗址等94处不可移动文物为第五批市级文物保护单位。"),
    ("出了事故，责任人会受到什么样的纪律处理？", "由所在镇人民政府负责，指定专人履行文物安全管理责任。"),
    ("违规矿企会受到什么信用惩戒？", "为切实维护矿产资源开发秩序，现提出如下意见。"),
    ("每年活动经费由哪级财政出？", "同意自2017年起，将每年8月25日设立为残疾预防日。"),
    ("区里申请要交什么材料？", "对工作成效明显的区，在两年之内实行绿色通道机制。"),
    ("方案由哪个部门负责解释？", "奖励审核认定由县商务局牵头，县财政局配合。"),
    ("每年的残疾预防日围绕什么主题搞活动？", "同意将每年8月25日设立为残疾预防日。"),
    ("那发传真发到哪个号？", "2023年7月25日至8月25日。"),
])
def test_an_aspect_stated_only_in_its_own_words_is_unstated_by_other_text(question, text):
    assert unstated_aspect(question, text) is not None


@pytest.mark.parametrize("question, text", [
    ("这笔奖励资金由哪一级财政出？", "奖励资金是指中央财政安排的专项用于奖励的资金。"),
    ("养犬管理工作的经费从哪里出？", "并将养犬管理工作经费纳入同级财政预算。"),
    ("违规会被罚多少？", "逾期不改正的，处500元以上1000元以下罚款。"),
    ("申请要交什么材料？", "申报单位须报送申请报告及相关证明材料。"),
    ("办法由谁负责解释？", "本办法由市住房城乡建设局负责解释。"),
    ("那发传真发到哪个号？", "传真:发送至0519-85681627;请在首页注明字样。"),
])
def test_a_clause_written_in_the_aspects_words_states_it(question, text):
    assert unstated_aspect(question, text) is None


def test_words_of_coming_into_force_name_no_untitled_document():
    titles = DocumentTitles([
        ("tianjin", "", "《天津市临时救助办法》已于本月发布,2025年1月1日起正式施行。那有关临时救助的最新政策规定,欢迎了解。"),
        *[(f"other{i}", f"关于印发第{i}批示范名单的通知", "") for i in range(30)],
    ])
    assert "tianjin" not in [m.doc_id for m in titles.match("那办法从哪天起正式施行？")]
    assert "tianjin" in [m.doc_id for m in titles.match("临时救助的最新政策规定有哪些？")]


HANYANG = "h42d-wuhan-hanyang-2019-1-gov-work-report-task-division-part"


def test_a_clause_picked_by_its_place_that_holds_no_deadline_is_said_to_hold_none():
    catalog = dev_catalog(HANYANG)
    picked, opening = clause_at(catalog, HANYANG, "附件一2"), clause_at(catalog, HANYANG, "附件序言")
    assert not picked.deadline
    documents = catalog.documents
    query = merge_follow_up(understand("第二项什么时候要完成？", documents),
                            understand("汉阳区2019年责任分解方案第1项任务谁牵头？", documents))
    selector = EvidenceSelector(StubSearch(catalog, [opening.id, picked.id]), get_settings())
    evidence = selector.gather(replace(query, pinned=True), focus=(picked.id,))
    assert not evidence.selected and evidence.related == [picked] and "没有写明" in evidence.abstain_reason


@pytest.mark.parametrize("text, due", [
    ("我市将于2024年9月18日9:00-10:00、15:00-16:00 进行人民防空警报试鸣。", "2024年9月18日"),
    ("2012年06月21日 08:42 农博网", None),
    ("发布时间：2023年5月6日 10:20:33 来源：市政府办公室", None),
])
def test_a_clock_time_opening_a_span_of_the_day_dates_an_event(text, due):
    assert extract_deadline(text) == due


@pytest.mark.parametrize("line, furniture", [
    ("- 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。", True),
    ("  3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。", True),
    ("- 格式:doc", True),
    ("- 文档页数:6", True),
    ("1、下载补助申请表，填写后报送区财政局。", False),
    ("3、申请人应当提交身份证明材料。", False),
])
def test_a_file_sharing_sites_terms_and_file_card_are_furniture(line, furniture):
    assert is_furniture_line(line) is furniture


_ALARM = ("人民防空警报试鸣公告\n根据《中华人民共和国人民防空法》第三十五条、《甘肃省实施<中华人民共和国人民防空法>办法》"
          "第二十五条规定,我市将于2024年9月18日9:00-10:00、15:00-16:00 进行人民防空警报试鸣。人民防空警报试鸣共进行两次:\n"
          "(一)预先警报。上午9:00与下午15:00鸣放。\n(二)空袭警报。上午9:30与下午15:30鸣放。\n")


def test_an_opening_citing_a_law_and_dating_the_event_is_the_texts_own():
    document = parse_text(_ALARM, "alarm", "alarm.txt", "0")
    assert [c.path for c in document.clauses][:1] == ["序言"] and "2024年9月18日" in document.clauses[0].text


@pytest.mark.parametrize("line", [
    "（1996年5月27日国务院令第197号发布 根据2011年1月8日《国务院关于废止和修改部分行政法规的决定》修订）",
    "根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正",
    "（云南省第九届人民代表大会常务委员会第十六次会议于2000年5月26日审议通过）",
])
def test_a_laws_history_lines_stay_history(line):
    assert is_history(line)


@pytest.mark.parametrize("body, addressee", [
    ("中国残疾人联合会:\n你会《关于设立“全国残疾预防日”的请示》收悉。", "中国残疾人联合会"),
    ("省海洋與漁業廳:\n你廳《關于報批的請示》收悉。", "省海洋与渔业厅"),
    ("各市、县人民政府,省政府各部门:\n现将《办法》印发给你们。", None),
    ("为加快发展现代水产产业,现提出如下意见。", None),
])
def test_the_one_body_a_reply_is_addressed_to(body, addressee):
    assert addressee_of(body) == addressee


def test_the_addressee_named_in_the_second_person_is_made_responsible():
    reply = parse_text("国务院关于同意设立残疾预防日的批复\n中国残疾人联合会:\n你会《关于设立“全国残疾预防日”的请示》收悉。"
                       "同意自2017年起设立“残疾预防日”。具体工作由你会商有关部门组织实施。\n", "reply", "reply.txt", "0")
    assert reply.clauses[0].lead_units == ["中国残疾人联合会"] and reply.clauses[0].supporting_units == ["有关部门"]
    assert addressed("原则同意《方案》,请你厅负责印发并组织实施。", "省海洋与渔业厅") == "原则同意《方案》,省海洋与渔业厅负责印发并组织实施。"
    # a 你X of another kind than the addressee is left as written
    assert addressed("请你局配合。", "中国残疾人联合会") == "请你局配合。"
    # a duty read with the addressee named is quoted as the text writes it
    duty, = duties("具体工作由你会商有关部门组织实施。", None, None, "中国残疾人联合会")
    assert duty.sentence == "具体工作由你会商有关部门组织实施。" and duty.found.lead == ["中国残疾人联合会"]
