"""Follow-ups whose answer the documents as held cannot give, and the forms that name a document's units, on real
documents as users add them (eval/real/docs/dev), with an engine that answers from scripted citations:

* a notice issuing regulations as its attachment (西宁市人民政府关于印发《西宁市企业治乱减负工作暂行规定》的通知, a page
  that kept 第一条–第四条) goes by the regulations' title, and their 第二条 is the attachment's;
* 第六条呢？ of that text, or 第二项呢？ of a notice that kept only measure 一 of its 七条措施, points past everything the
  text numbers: declined, naming the document, not answered with the clause just cited;
* 那科教文卫项目呢？ after the reward for 农业项目, where the reward article lists only 农业项目 and 科教文卫项目 is named
  only among the kinds of project (赤壁 招商引资奖励办法 第三条, 第五条): the clause found for it does not write it,
  so it is not stated — the clause naming it is shown as related;
* 它的主要职责有哪些？ after the unit named by an article: the article's content, not its units again.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answering.intents import NUMBER_VALUE, Intent, Slot
from assistant.answering.question import understand
from assistant.config import REPO_ROOT
from assistant.conversation import Session, _numbered_clause, _picked
from assistant.corpus import load_document
from assistant.corpus.markers import inner_items
from assistant.index.lookup import ArticleIndex, label_beyond, labelled_units, names_of
from assistant.lexicon.units import find_units
from tests.test_followups_general import ScriptedEngine

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
XINING = "h34d-xining-2006-86-enterprise-burden-relief-rules-part"
YONGTAI = "h34d-yongtai-2019-11-ecommerce-seven-measures-part"
CHIBI = "h34d-chibi-2008-18-investment-attraction-reward-measures-part"


@pytest.fixture(scope="module")
def documents():
    return [load_document(DEV / f"{stem}.txt", trusted=True) for stem in (XINING, YONGTAI, CHIBI)]


def _doc(documents, doc_id):
    return next(d for d in documents if d.doc_id == doc_id)


def _id(documents, doc_id: str, label: str) -> str:
    return next(c.id for c in _doc(documents, doc_id).clauses if c.path == label)


def _converse(documents, script, *questions):
    engine = ScriptedEngine(documents, script)
    session = Session(engine)
    return engine, [session.ask(q) for q in questions]


def test_a_notice_goes_by_the_title_of_the_regulations_it_issues_and_their_articles_are_its_attachments(documents):
    xining = _doc(documents, XINING)
    assert "西宁市企业治乱减负工作暂行规定" in names_of(xining)
    found = ArticleIndex(documents).find("西宁市企业治乱减负工作暂行规定第二条讲什么？")
    assert found is not None and found.clause.path == "附件第二条"
    assert ArticleIndex(documents).asks_absent_article("西宁市企业治乱减负工作暂行规定第二条讲什么？") is None
    assert ArticleIndex(documents).asks_absent_article("西宁市企业治乱减负工作暂行规定第八条讲什么？") == "第八条"


def test_a_label_is_beyond_a_text_only_past_every_number_it_carries(documents):
    xining, yongtai = _doc(documents, XINING), _doc(documents, YONGTAI)
    assert label_beyond("第六条呢？", [xining]) == "第六条"
    assert label_beyond("第三条呢？", [xining]) is None
    assert label_beyond("第二项呢？", [yongtai]) == "第二项"
    assert label_beyond("第五条呢？", [xining, _doc(documents, CHIBI)]) is None  # 赤壁's text numbers that far
    assert label_beyond("那农业项目呢？", [xining]) is None


@pytest.mark.parametrize(
    ("doc_id", "label", "first", "follow_up", "missing"),
    [
        (XINING, "附件第二条", "西宁市企业治乱减负工作暂行规定第二条讲什么？", "第六条呢？", "第六条"),
        (YONGTAI, "附件一", "永泰县电商七条措施第一条是支持哪类企业的？", "第二项呢？", "第二项"),
    ],
)
def test_a_follow_up_pointing_past_the_texts_numbering_is_declined(documents, doc_id, label, first, follow_up, missing):
    engine, answers = _converse(documents, [[_id(documents, doc_id, label)]], first, follow_up)
    assert len(engine.asked) == 1  # not answered from the clause just cited
    assert answers[1].abstained and missing in answers[1].answer and not answers[1].citations
    assert _doc(documents, doc_id).cite_name in answers[1].answer


def test_a_follow_up_pointing_at_a_unit_the_text_holds_is_asked_of_it(documents):
    engine, answers = _converse(documents, [[_id(documents, XINING, "附件第二条")], [_id(documents, XINING, "附件第三条")]],
                                "西宁市企业治乱减负工作暂行规定第二条讲什么？", "第三条呢？")
    assert len(engine.asked) == 2 and engine.asked[1][1] == (_id(documents, XINING, "附件第三条"),)
    assert not answers[1].abstained


def test_another_subject_the_found_clause_does_not_write_is_not_stated(documents):
    reward = _id(documents, CHIBI, "附件第五条")
    engine, answers = _converse(documents, [[reward], [reward], [reward]],
                                "赤壁市招商引资奖励办法里，农业项目固定资产投资多少以上才奖励？", "奖励比例是多少？", "那科教文卫项目呢？")
    assert len(engine.asked) == 3 and engine.asked[2][1] == ()  # searched by the turn's own subject
    last = answers[2]
    assert last.abstained and "科教文卫项目" in last.answer and "5‰" not in last.answer and not last.citations
    assert [c.clause_id for c in last.related] == [_id(documents, CHIBI, "附件第三条")]


def test_the_found_clause_writing_the_new_subject_answers(documents):
    """The same turn answered by a clause that writes 科教文卫项目 stands (the engine's answer is kept)."""
    kinds = _id(documents, CHIBI, "附件第三条")
    reward = _id(documents, CHIBI, "附件第五条")
    _, answers = _converse(documents, [[reward], [kinds]], "赤壁市招商引资奖励办法里，农业项目固定资产投资多少以上才奖励？",
                           "那科教文卫项目呢？")
    assert not answers[1].abstained and answers[1].citations[0].clause_id == kinds


def test_duties_asked_of_the_unit_just_named_are_the_citing_articles_content(documents):
    article = _id(documents, XINING, "附件第四条")
    engine, _ = _converse(documents, [[article], [article]], "西宁市企业治乱减负工作的主管部门是谁？", "它的主要职责有哪些？")
    query, focus, _ = engine.asked[1]
    assert query.intent is Intent.CONTENT and query.slot is Slot.CONTENT
    assert focus == (article,)


@pytest.mark.parametrize("question", ["它的主要职责有哪些？", "西宁企业治乱减负的主管部门，其主要职责第一项是什么？", "市经委的职能是什么？"])
def test_duties_of_a_unit_are_asked_as_content(question):
    assert understand(question, []).slot is Slot.CONTENT


@pytest.mark.parametrize("question", ["西宁市企业治乱减负工作的主管部门是谁？", "哪个部门负责监督检查？", "年度工作重点负责制定的是哪儿？"])
def test_who_is_still_asked_as_units(question):
    assert understand(question, []).slot is Slot.UNITS


def test_a_system_of_responsibility_is_asked_as_content_and_headquarters_is_no_body():
    """镇巴县 工作规则 五、县政府实行县长负责制; 绍兴市区总部经济实施细则 names no 绍兴市区总部 body."""
    assert understand("它实行的是什么负责制？", []).intent is Intent.CONTENT
    assert find_units("绍兴市区总部经济实施细则里，统筹安排多少钱作为总部经济发展专项资金？") == []
    assert find_units("由绍兴市委宣传部牵头") == ["绍兴市委宣传部"]


def test_doubling_is_a_figure():
    """到2020年…地区生产总值和城乡居民人均收入比2010年翻一番 (桂政发〔2017〕58号): 翻一番 states the target's value."""
    assert NUMBER_VALUE.search("城乡居民人均收入比2010年翻一番")
    assert NUMBER_VALUE.search("力争翻两番")



SHANDONG = "h33d-shandong-rural-env-demo-fund-measures-part"
HEILONGJIANG_2013 = "h34d-heilongjiang-2013-gov-report-task-division-opinions-part"
HEILONGJIANG_REVIVAL = "h22u-heilongjiang-industry-revival-part"


def test_a_numbered_unit_is_looked_up_in_the_document_just_cited_first(documents):
    """第二条讲的是什么？ after 山东's 示范资金 第五条, with 西宁's 规定 (also holding a 第二条) in the conversation's scope."""
    library = [*documents, load_document(DEV / f"{SHANDONG}.txt", trusted=True)]
    shandong = _doc(library, SHANDONG)
    fifth = next(c for c in shandong.clauses if c.path == "第五条")
    scoped = replace(understand("第二条讲的是什么？", library), doc_ids=frozenset({SHANDONG, XINING}))
    assert [c.path for c in _numbered_clause("第二条讲的是什么？", [fifth], scoped, library)] == ["第二条"]


def test_an_ordinal_counts_in_the_main_documents_clauses_not_in_a_second_documents_quoted_beside_them():
    """黑龙江 2013 二（一）1 (600个省级重点产业项目) was answered with another text's 技术改造 clause beside it: 下面第2项 is
    二（一）2 of the same heading, not that other clause."""
    library = [load_document(DEV / f"{stem}.txt", trusted=True) for stem in (HEILONGJIANG_2013, HEILONGJIANG_REVIVAL)]
    clauses = {c.id: c for d in library for c in d.clauses}
    first = clauses[f"{HEILONGJIANG_2013}#二（一）1"]
    beside = clauses[f"{HEILONGJIANG_REVIVAL}#一1"]
    assert [c.id for c in _picked("下面第2项讲的是什么？由谁主办？", [first, beside], clauses)] == [f"{HEILONGJIANG_2013}#二（一）2"]


def test_the_items_a_unit_enumerates_in_its_own_text_are_read_in_sequence(documents):
    scope = next(c for c in _doc(documents, CHIBI).clauses if c.path == "附件第三条")
    items = inner_items(scope.text)
    assert len(items) == 5 and items[3] == "㈣高新技术及技术转让项目"
    assert inner_items("其主要职责是:\n(一)监督检查有关法规的执行;\n(二)受理投诉;\n(三)组织协调。")[1] == "(二)受理投诉"
    assert inner_items("(一)监督检查;\n(三)受理投诉。") == []  # out of sequence: no list a reader counts in
    assert inner_items("为加快发展，制定本办法。") == []


def test_an_ordinal_after_one_clause_picks_the_item_it_enumerates(documents):
    scope = _id(documents, CHIBI, "附件第三条")
    engine, answers = _converse(documents, [[scope], [scope]], "湖北赤壁市招商引资奖励办法里，引荐项目的范围包括哪些？", "第四项呢？")
    query, focus, _ = engine.asked[1]
    assert focus == (scope,) and query.pinned and "技术转让" in query.text


XUCHANG = "h33d-xuchang-2020-20-gov-report-task-breakdown-part"


def test_an_item_of_a_part_is_named_by_the_part_and_its_number():
    """许政〔2020〕20号: 第一部分第1项 is item 1 of chapter 一 (一1), asked after an answer from the notice's preface."""
    library = [load_document(DEV / f"{XUCHANG}.txt", trusted=True)]
    assert [c.path for c in labelled_units("第一部分第1项的责任单位是谁？", library)] == ["一1"]
    preface = next(c.id for c in library[0].clauses if c.path == "序言")
    engine, _ = _converse(library, [[preface], []], "许昌市2020年政府工作报告重点工作任务分解的通知，各责任单位多久向市政府报告一次进展？",
                          "第一部分第1项的责任单位是谁？")
    assert engine.asked[1][1] == (f"{XUCHANG}#一1",)


MWR = "h35d-mwr-2022-1094-large-irrigation-district-list-trad"


def test_a_fact_of_the_document_asked_in_a_follow_up_is_the_cited_documents():
    """办农水函〔2022〕1094号 asked among every national text (全国大型灌区名录): 这个函的文号是多少？ and 它是哪天发出的？ ask
    the 函 just cited, not whichever national text the search ranks first."""
    library = [load_document(DEV / f"{stem}.txt", trusted=True) for stem in (MWR, XUCHANG)]
    preface = next(c.id for c in library[0].clauses if c.path == "序言")
    engine, _ = _converse(library, [[preface], [], []], "水利部办公厅2022年公布全国大型灌区名录的函里，要足额落实的“两费”指什么？",
                          "这个函的文号是多少？", "它是哪天发出的？")
    for query, _, _ in engine.asked[1:]:
        assert query.slot is Slot.ISSUE and query.doc_ids == frozenset({MWR})
