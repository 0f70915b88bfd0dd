"""A follow-up picking an item of the previous answer by its place (第二个项目5年内要引进和培养多少人, 第三个项目具体要
做些什么, 第三条里…怎么处理) is answered from that item, whatever kind it asks and whatever its own words name; 第三条
after a list of one chapter's clauses (五（一）–五（三）) is the third of them, not the document's 三. Real published
clauses (eval/real/docs/dev), the search stubbed to a fixed order so that the selector's own choices are tested."""

from __future__ import annotations

import pytest

from assistant.answering.evidence import EvidenceSelector
from assistant.answering.question import is_follow_up, merge_follow_up, own_runs, understand
from assistant.config import get_settings
from assistant.conversation import _about, _bare_subject, _item_under_named_heading, _listed_by_number, _picked
from tests.fixed_order import StubSearch, clause_at, dev_catalog

GUANGZHOU = "guangzhou-talent-gathering-opinions"
NEW_MEDIA = "guobanfa-2018-123-gov-new-media"


def _gather(catalog, first: str, second: str, order: list[str], picked: list, pinned: bool):
    documents = catalog.documents
    query = _about(merge_follow_up(understand(second, documents), understand(first, documents)), picked, pinned=pinned)
    selector = EvidenceSelector(StubSearch(catalog, order), get_settings().model_copy(update={"reranker": "learned"}))
    return selector.gather(query, focus=tuple(c.id for c in picked))


@pytest.mark.parametrize(
    ("first", "second", "picked_at", "rival_at"),
    [
        # 二（二）9 (5年内重点引进扶持200名左右…) shares more of the turn's words than the item picked
        ("广州人才集聚工程的文化引领人才行动计划包括哪几个项目？", "第二个项目5年内要引进和培养多少人？", "二（四）21", "二（二）9"),
        ("广州人才集聚工程的人才服务保障体系里有哪几个重点项目？", "第三个项目具体要做些什么？", "三（三）39", "三（二）"),
    ],
)
def test_an_item_picked_by_its_place_answers_whatever_is_asked_of_it(first, second, picked_at, rival_at):
    catalog = dev_catalog(GUANGZHOU)
    picked, rival = clause_at(catalog, GUANGZHOU, picked_at), clause_at(catalog, GUANGZHOU, rival_at)
    assert _gather(catalog, first, second, [rival.id, picked.id], [picked], pinned=True).selected == [picked]


def test_not_picked_by_its_place_the_turns_words_are_searched_as_before():
    catalog = dev_catalog(GUANGZHOU)
    second, other = clause_at(catalog, GUANGZHOU, "二（四）21"), clause_at(catalog, GUANGZHOU, "二（二）9")
    searched = _gather(catalog, "广州人才集聚工程的文化引领人才行动计划包括哪几个项目？", "第二个项目5年内要引进和培养多少人？",
                       [other.id, second.id], [second], pinned=False)
    assert searched.selected != [second]


def test_the_third_of_a_chapters_clauses_listed_is_that_clause():
    catalog = dev_catalog(NEW_MEDIA)
    listed = [clause_at(catalog, NEW_MEDIA, f"五（{n}）") for n in "一二三"]
    assert _listed_by_number("第三条里对工作成效好的单位和个人怎么处理？", listed) == listed[2]
    # clauses of different chapters are no one list: the document's own 三 is meant
    mixed = [clause_at(catalog, NEW_MEDIA, "四（一）"), *listed[:2]]
    assert _listed_by_number("第三条讲的什么？", mixed) is None


def test_a_preposition_joined_to_the_asking_word_names_no_subject():
    query = understand("这个项目由哪个部门牵头负责？", [])
    assert len(_bare_subject("这个项目由哪个部门牵头负责？", query)) < 3


def test_how_soon_and_a_verbs_direction_name_no_subject():
    query = understand("最晚什么时候得交上去？", [])
    assert own_runs("最晚什么时候得交上去？", query) == ["交"]
    assert is_follow_up("最晚什么时候得交上去？", query)
    assert "获得补贴" in own_runs("获得补贴要什么条件？", understand("获得补贴要什么条件？", []))


def test_a_rate_a_bound_or_a_span_asked_names_no_subject():
    # 奖补按什么比例算，最长补几年？ after the clause on 担保奖补 was cited: another slot of that measure, named only by 奖补
    question = "奖补按什么比例算，最长补几年？"
    assert [r for r in own_runs(question, understand(question, [])) if len(r) >= 2] == ["奖补"]
    assert own_runs("补贴标准按什么比例？", understand("补贴标准按什么比例？", [])) == ["补贴标准"]


XUCHANG = "h33d-xuchang-2020-20-gov-report-task-breakdown-part"
SHANXI = "h22u-shanxi-2008-gov-task-division-part"


def test_a_first_question_picks_an_item_under_the_heading_it_names():
    # 一、抓好常态化疫情防控,全面恢复生产生活秩序 › 1. / 2.: the words before 第一项 name the chapter
    catalog = dev_catalog(XUCHANG)
    documents = catalog.documents
    query = understand("许昌2020年任务分解里，常态化疫情防控第一项的责任单位是谁？", documents)
    item = _item_under_named_heading("许昌2020年任务分解里，常态化疫情防控第一项的责任单位是谁？", query, documents)
    assert item == clause_at(catalog, XUCHANG, "一1")
    assert _item_under_named_heading("许昌常态化疫情防控第二项由谁负责？", query, documents) == clause_at(catalog, XUCHANG, "一2")
    # no heading named: nothing is picked, the question is searched as before
    assert _item_under_named_heading("许昌任务分解里第一项的责任单位是谁？", query, documents) is None


def test_headings_named_by_no_word_are_no_pick_even_when_some_are_chapters_without_clauses():
    # 山西 2008 分解: headings keyed (doc, 一, None) and (doc, 一, （一）) tie at no word named; a tie picks nothing
    # (it once compared the keys' None with a str and raised)
    catalog = dev_catalog(SHANXI)
    documents = catalog.documents
    query = understand("山西省2008年省政府工作目标责任分解里，第一项的协同单位有哪些？", documents)
    assert query.doc_ids
    assert _item_under_named_heading("第一项的协同单位有哪些？", query, documents) is None


def test_the_next_item_of_a_chapter_is_picked_beside_the_one_answered():
    catalog = dev_catalog(XUCHANG)
    first = clause_at(catalog, XUCHANG, "一1")
    assert _picked("第二项呢？", [first], {c.id: c for d in catalog.documents for c in d.clauses}) == [
        clause_at(catalog, XUCHANG, "一2")]


def test_an_item_quoted_in_the_documents_words_that_they_never_write_is_not_stated():
    # h33d-xuchang (a page opening): “全面推动复工复产” is not in the part held; its 正文 names other duties
    catalog = dev_catalog(XUCHANG)
    selector = EvidenceSelector(StubSearch(catalog, []), get_settings())
    opening = clause_at(catalog, XUCHANG, "序言")
    absent = understand("许昌任务分解里“全面推动复工复产”这一项由哪个部门牵头？", catalog.documents)
    assert selector._quote_absent(absent, [opening]) == "文件中没有写到“全面推动复工复产”。"
    written = understand("许昌任务分解里“大力开展爱国卫生运动”这一项由哪个部门牵头？", catalog.documents)
    assert selector._quote_absent(written, [opening]) is None  # written in 一2, a clause of the same document
    # a short quote is often a popular name the text words otherwise: not looked for
    popular = understand("许昌任务分解里“复工复产”由哪个部门牵头？", catalog.documents)
    assert selector._quote_absent(popular, [opening]) is None
