"""How everyday questions are read, on forms that made answerable questions declined (each checked on real
published sentences where a clause is involved): the asker's self-introduction (我在省工信厅负责…，) asks nothing; a
list the question speaks of (我对名单有异议) is not asked for; a phrase saying where in a text to look (复函里) names no
recipient; 900万人 counts people; 报区人民政府办公室 and 意见反馈截止 date a submission; a reply's addressee
(王超斌委员：) is a person the text names; 全国重点实验室 is a title, not the national scope."""

from __future__ import annotations

from assistant.answering.intents import ASKS_NAMES, Intent, Slot
from assistant.answering.measures import _acts, _asked_acts, recipient_unnamed
from assistant.answering.question import understand
from assistant.corpus.model import Clause
from assistant.lexicon.actors import names_person
from assistant.lexicon.regions import NATIONAL_SCOPE_RE


def _clause(text: str) -> Clause:
    return Clause(id="d#1", doc_id="d", kind="clause", text=text, path="六")


def test_a_self_introduction_does_not_decide_what_is_asked():
    query = understand("我在省工信厅负责示范平台推荐，工信部2021年这批申报的纸质材料最晚哪天得寄到部里？", [])
    assert query.intent is Intent.DEADLINE and query.slot is Slot.DEADLINE
    # without the introduction the question is read as before; a question that is all introduction keeps its kind
    assert understand("省工信厅负责示范平台推荐吗？", []).intent is Intent.RESPONSIBILITY


def test_a_list_spoken_of_is_not_asked_for():
    assert not ASKS_NAMES.search("我对名单有异议，最晚哪天前得去反映？")
    assert not ASKS_NAMES.search("名单什么时候公布？")
    for asked in ("第五批示范名单里有哪些企业？", "名单上有我们公司吗？", "哪些企业进了名单？"):
        assert ASKS_NAMES.search(asked), asked


def test_where_in_a_text_to_look_names_no_recipient():
    # 国办函〔2004〕71号 六: the airport's investment, asked through 复函里
    reply = _clause("经论证,康定机场总投资调整为8.5亿元,国家加大对建设康定机场的支持力度。")
    question = "国务院办公厅给四川的办理情况复函里，康定机场论证后总投资调整到了大概多少钱？"
    assert not recipient_unnamed(question, ["康定", "机场", "总投资", "办理", "情况", "复函"], [reply])
    # …while a head asked of the money is still read (派到…企业的驻企特派员，每月有多少补贴)
    grant = _clause("对防疫物资供应企业给予每月2万元补贴。")
    asked = "派到防疫物资供应企业的驻企特派员，每月有多少工作补贴？"
    assert recipient_unnamed(asked, ["特派员", "驻企特派员", "防疫物资"], [grant])
    # …and the asker introducing itself names who asks (h33d-jinhua-2008-9-foreign-trade-policies-part 三6)
    fair = _clause("对参加市政府或市外经贸局统一组织的境外出口商品展销会(博览会)的企业,按标准摊位费的70%予以补助。")
    own = "我们是金华的外贸企业，参加市外经贸局组织的境外出口商品展销会，摊位费能补多少？"
    assert not recipient_unnamed(own, ["外贸", "外经贸局", "境外", "出口", "展销会", "摊位费"], [fair])


def test_submissions_written_with_their_receiver_or_as_feedback_are_dated_acts():
    assert _asked_acts("各责任单位的工作方案最晚哪天得交给区政府办公室？") == {"报送"}
    assert _acts("并于2023年1月15日前将工作方案报区人民政府办公室") == {"报送"}
    assert _acts("意见反馈截止时间为2023年6月13日") == {"报送"}
    assert not _acts("2023年政府工作报告确定的目标任务")  # 报告 is no submission


def test_a_reply_addressed_to_a_person_names_one():
    assert names_person("关于设立总理热线电话的提案答复的函\n王超斌委员：\n您提出的《关于设立总理热线电话的提案》收悉。")
    assert not names_person("各省、自治区、直辖市人民政府：\n现将有关事项通知如下。")


def test_a_count_with_its_magnitude_counts_the_asked_unit():
    from assistant.answering.evidence import EvidenceSelector  # the count check is the selector's
    from assistant.config import get_settings
    from tests.fixed_order import StubSearch, clause_at, dev_catalog

    stem = "h23d-guofa-2020-6-work-report-division-part"
    catalog = dev_catalog(stem)
    jobs = clause_at(catalog, stem, "一（一）2")  # 城镇新增就业900万人以上
    selector = EvidenceSelector(StubSearch(catalog, [jobs.id]), get_settings())
    query = understand("国务院分工意见里城镇新增就业定的目标是多少人？", catalog.documents)
    assert query.asked_unit == "人"
    assert selector._unstated(query, [jobs]) is None


def test_a_nationally_granted_title_is_no_national_scope():
    assert not NATIONAL_SCOPE_RE.search("全国重点实验室争取达到几家？")
    assert NATIONAL_SCOPE_RE.search("全国层面的目标是多少？")
