"""Forms met on real-dev's material in stop 46, each checked as the general rule it is an instance of:

* a band a condition sets may count land, weight or households (面积在100亩及以上至500亩的; 500亩以上的), and the
  condition may be written as whom the money is for (对新建面积在500亩以上的): a quantity the asker states picks
  the band that holds it, as money and points do;
* 奖励怎么算 / 补贴如何计算 asks the sum, by the rule the text gives it;
* a follow-up that changes only the stated quantity (要是只建了300亩呢？) is answered for its own figure, not the one
  the earlier question stated;
* an aspect a text states only in its own words — a penalty (会被罚多少, 受到什么纪律处理, 信用惩戒), where the money comes
  from (经费由哪级财政出), the materials to hand in, who interprets the text, the theme of an event — is not stated by
  a clause written in none of them, whatever else it says on the topic; one written in them states it (中央财政安排的,
  纳入同级财政预算, 报送…申请材料);
* a title-less document named by its opening is not named by the words of its coming into force (…已于本月发布,
  2025年1月1日起正式施行): every text has them, so 那办法从哪天起正式施行？ stays with the conversation's document;
* a follow-up picking a clause by its place (第二项什么时候要完成？) to ask a fact that clause does not hold is told
  so, as one pointing at it (这一条) is, not answered from another clause of the text.
"""

from __future__ import annotations

import pytest

from dataclasses import replace

from assistant.answering.direct import amount_line
from assistant.answering.evidence import EvidenceSelector
from assistant.answering.question import merge_follow_up, understand
from assistant.config import get_settings
from assistant.answering.document_match import DocumentTitles
from assistant.answering.intents import Intent, Slot, detect_intent, detect_slot
from assistant.corpus.model import Clause
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
])
def test_an_aspect_stated_only_in_its_own_words_is_unstated_by_other_text(question, text):
    assert unstated_aspect(question, text) is not None


@pytest.mark.parametrize("question, text", [
    ("这笔奖励资金由哪一级财政出？", "奖励资金是指中央财政安排的专项用于奖励的资金。"),
    ("养犬管理工作的经费从哪里出？", "并将养犬管理工作经费纳入同级财政预算。"),
    ("违规会被罚多少？", "逾期不改正的，处500元以上1000元以下罚款。"),
    ("申请要交什么材料？", "申报单位须报送申请报告及相关证明材料。"),
    ("办法由谁负责解释？", "本办法由市住房城乡建设局负责解释。"),
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
