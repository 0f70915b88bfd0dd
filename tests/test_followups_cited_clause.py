"""A follow-up asked of the clause just cited is answered from that clause, or told that it does not say: 这一条由
哪个部门负责落实 of a clause naming no unit is not answered with the neighbouring clause's units; 牵头负责的领导是哪位
is the cited item's person, 领导 being what is asked and no subject of its own; 那失业保险费率具体降到多少 asked of a
clause giving only the 工伤 rate's 50% is not answered with it. Real published clauses (eval/real/docs/dev), the
search stubbed to a fixed order so that the selector's own choices are tested."""

from __future__ import annotations

from assistant.answering.evidence import EvidenceSelector
from assistant.answering.question import merge_follow_up, subject_words, understand
from assistant.config import get_settings
from assistant.lexicon.tokenizer import Tokenizer
from tests.fixed_order import StubSearch, clause_at, dev_catalog

CHONGQING = "h22m-chongqing-2024-enterprise-quality-measures-part"
ANHUI = "h22r-anhui-key-work-responsibility-part"
DONGGUAN = "dongguan-2021-employment-trad-part"


def _follow_up(catalog, first: str, second: str, order: list[str], focus: list[str]):
    """The evidence for `second` asked after `first`, the previous answer having cited `focus` (ids)."""
    documents = catalog.documents
    query = merge_follow_up(understand(second, documents), understand(first, documents))
    selector = EvidenceSelector(StubSearch(catalog, order), get_settings().model_copy(update={"reranker": "learned"}))
    return selector.gather(query, focus=tuple(focus))


def test_the_units_of_a_cited_clause_naming_none_are_not_a_neighbours():
    catalog = dev_catalog(CHONGQING)
    cited, neighbour = clause_at(catalog, CHONGQING, "一3"), clause_at(catalog, CHONGQING, "一2")
    assert not cited.units and neighbour.units  # 一3 names no unit; 一2 (市经济信息委牵头) does
    evidence = _follow_up(catalog, "重庆对企业首购首用首台（套）重大技术装备，奖励最高多少？", "这一条由哪个部门负责落实？",
                          [neighbour.id, cited.id], [cited.id])
    assert not evidence.selected and evidence.abstain_reason and "没有写明" in evidence.abstain_reason
    assert evidence.related == [cited]


def test_without_pointing_at_the_clause_the_units_are_still_searched():
    catalog = dev_catalog(CHONGQING)
    cited, neighbour = clause_at(catalog, CHONGQING, "一3"), clause_at(catalog, CHONGQING, "一2")
    # 节能降碳技改由哪个部门负责 names a task of its own: the clause naming it answers
    evidence = _follow_up(catalog, "重庆对企业首购首用首台（套）重大技术装备，奖励最高多少？", "节能降碳技改由哪个部门负责？",
                          [neighbour.id, cited.id], [cited.id])
    assert evidence.selected and evidence.selected[0] == neighbour


def test_the_person_asked_of_the_cited_item_is_that_items():
    assert "领导" not in subject_words("牵头负责的领导是哪位？", Tokenizer())
    catalog = dev_catalog(ANHUI)
    first, third = clause_at(catalog, ANHUI, "一1"), clause_at(catalog, ANHUI, "一3")
    evidence = _follow_up(catalog, "安徽省社会消费品零售总额今年要增长多少？", "牵头负责的领导是哪位？",
                          [first.id, third.id], [third.id])
    assert evidence.selected == [third] and "周喜安" in third.text


def test_a_rate_of_another_measure_in_the_cited_clause_does_not_answer():
    catalog = dev_catalog(DONGGUAN)
    cited = clause_at(catalog, DONGGUAN, "一（一）1")
    first = "东莞阶段性下调工伤保险费率50%，是从什么时候到什么时候？"
    evidence = _follow_up(catalog, first, "那失业保险费率具体降到多少？", [cited.id], [cited.id])
    assert not evidence.selected and evidence.abstain_reason
    # the measure the clause does give a rate for is answered
    evidence = _follow_up(catalog, first, "那工伤保险费率下调了多少？", [cited.id], [cited.id])
    assert evidence.selected == [cited]


def test_a_body_named_as_the_author_is_no_unit_whose_tasks_are_asked():
    assert understand("安徽省政府定的全年主要预期目标有哪几项？", []).units == ()
    assert understand("市发改委印发的方案里有哪些任务？", []).units == ()
    assert understand("省商务厅负责哪些任务？", []).units == ("省商务厅",)


def test_a_body_clause_whose_document_assigns_tasks_in_an_annex_is_still_searched(corpus):
    # 国发〔2013〕32号's body clauses name no unit; its 附件 rows assign each task: the annex answers who
    from assistant.index.catalog import Catalog
    from tests.fixed_order import StubSearch

    catalog = Catalog(corpus)
    cited = clause_at(catalog, "guofa-2013-32", "（五）")
    assert not cited.units
    query = merge_follow_up(understand("这一条由哪些部门负责？", corpus), understand("国务院文件里加快信息基础设施演进升级是怎么说的？", corpus))
    selector = EvidenceSelector(StubSearch(catalog, [cited.id]), get_settings())
    assert selector._pointed_unfilled(query, (cited.id,)) is None
