"""Places a question names that another government's text speaks of, on real published texts (eval/real/docs/dev),
the search stubbed to a fixed order where evidence is chosen:

* a ministry's list of places by province (教基厅函〔2022〕25号: 遴选天津市、辽宁沈阳、浙江杭州、浙江宁波、福建龙岩…为
  教育部基础教育综合改革实验区), asked by a province's name: the question naming the ministry and the year of its
  document is asked of that document beside the province's own, and a province the list never writes is not listed
  there (declined, not answered with the whole list);
* a province's table naming one of its cities (青海's 取暖费 rows, 西宁地区… 600元/年), asked with the city named
  apart from the province: the province's text is asked of, not the city's own."""

from __future__ import annotations

import pytest

from assistant.answering.evidence import EvidenceSelector
from assistant.answering.intents import Slot
from assistant.answering.question import understand
from assistant.config import get_settings
from tests.fixed_order import StubSearch, dev_catalog

MOE = "h34d-moe-2022-25-basic-education-reform-pilot-zones-notice"
ZHEJIANG = "zhejiang-2012-small-micro-enterprises-part"
FUJIAN = "h26d-fujian-minzhengban-2021-56-fuzhou-part"


@pytest.fixture(scope="module")
def catalog():
    return dev_catalog(MOE, ZHEJIANG, FUJIAN)


def test_a_ministry_named_with_the_year_of_its_document_is_in_scope_beside_the_province(catalog):
    query = understand("浙江有哪些城市入选了教育部2022年第二批基础教育综合改革实验区？", catalog.documents)
    assert query.doc_ids is not None and {MOE, ZHEJIANG} <= query.doc_ids and FUJIAN not in query.doc_ids
    assert query.slot is Slot.PLACES


def _gather(catalog, question: str):
    query = understand(question, catalog.documents)
    notice = next(c for c in catalog.clauses if c.doc_id == MOE and "遴选" in c.text)
    selector = EvidenceSelector(StubSearch(catalog, [notice.id]), get_settings().model_copy(update={"reranker": "learned"}))
    return selector.gather(query), notice


def test_a_province_the_list_writes_is_answered_from_it(catalog):
    evidence, notice = _gather(catalog, "教育部2022年第二批基础教育综合改革实验区里，福建入选的是哪个城市？")
    assert evidence.abstain_reason is None and evidence.selected[:1] == [notice]


def test_a_province_the_list_never_writes_is_not_listed_there(catalog):
    evidence, _ = _gather(catalog, "教育部2022年第二批基础教育综合改革实验区里，湖北入选的是哪个城市？")
    assert evidence.abstain_reason is not None and "湖北" in evidence.abstain_reason


QINGHAI = "h35d-qinghai-2004-319-winter-heating-allowance"
XINING = "h34d-xining-2006-86-enterprise-burden-relief-rules-part"


def test_a_place_named_apart_from_its_province_is_what_the_provinces_text_speaks_of():
    """青人薪字〔2004〕319号 lists 西宁地区(含大通、湟中、湟源)… 600元/年: asked 按青海…标准，西宁地区… the province's text is
    asked of, not 西宁市's own; 青海西宁的… names the city through its province and means the city's texts."""
    documents = dev_catalog(QINGHAI, XINING).documents
    apart = understand("按青海2004年的新标准，西宁地区职工的取暖费补助是多少？", documents)
    assert apart.doc_ids is not None and QINGHAI in apart.doc_ids
    through = understand("青海西宁的企业治乱减负工作归哪个部门管？", documents)
    assert through.doc_ids == frozenset({XINING})


LVLIANG = "h35d-lvliang-2025-leading-enterprise-award-guidance"


def test_the_issuer_a_question_names_is_who_grants_the_money_not_the_measure():
    """吕梁市农业农村局对新认定的…省级重点龙头企业，每家奖补多少: the bureau issued the 指导意见; its name left among the
    measure's words matched no money statement, and the 30万元 was declined."""
    catalog = dev_catalog(LVLIANG)
    opening = f"{LVLIANG}#附件序言"
    selector = EvidenceSelector(StubSearch(catalog, [opening, f"{LVLIANG}#附件四、"]),
                                get_settings().model_copy(update={"reranker": "learned"}))
    evidence = selector.gather(understand("吕梁市农业农村局对新认定的农业产业化省级重点龙头企业，每家奖补多少？", catalog.documents))
    assert evidence.abstain_reason is None and evidence.selected[0].id == opening


@pytest.mark.parametrize("question", ["是分几次给还是一次给？", "这笔补助是按年给还是一次给？"])
def test_a_question_offering_its_answers_asks_which_not_how_many(question):
    query = understand(question, [])
    assert query.slot is Slot.CONTENT and query.asked_unit is None
