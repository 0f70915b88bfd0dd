"""A unit named by the label answers cite it by (浙江文件（二十三）3讲了什么, 国务院附件第64项由谁负责, 二（一）),
or by 第二十条 said of a document numbered （二十）, is looked up, not searched for: retrieval cannot be trusted
with numbers, and a unit with items is every one of its items. Shipped documents and real dev documents."""

from __future__ import annotations

import pytest

from assistant.answering.evidence import EvidenceSelector
from assistant.answering.question import understand
from assistant.config import REPO_ROOT, get_settings
from assistant.corpus import load_document
from assistant.index.catalog import Catalog
from assistant.index.lookup import ArticleIndex
from tests.fixed_order import StubSearch

GUOFA, ZHEJIANG = "guofa-2013-32", "zhejiang-2014-info-consumption"
DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
# 一、/（一）/1. through chapters (广州), and a 办法 numbered in articles (大兴)
GUANGZHOU, DAXING = "guangzhou-talent-gathering-opinions", "beijing-daxing-core-team-reward-draft"


@pytest.fixture(scope="module")
def documents(corpus):
    return {d.doc_id: d for d in [*corpus, *(load_document(DEV / f"{s}.txt", trusted=True) for s in (GUANGZHOU, DAXING))]}


def _paths(index: ArticleIndex, question: str, documents) -> list[str]:
    return [c.path for c in index.cited_units(question, documents)]


@pytest.mark.parametrize(
    ("question", "doc_id", "paths"),
    [
        ("浙江文件（二十）说的是什么？", ZHEJIANG, ["（二十）1", "（二十）2", "（二十）3"]),
        ("浙江文件第二十条讲了哪些内容？", ZHEJIANG, ["（二十）1", "（二十）2", "（二十）3"]),  # no articles: （二十）
        ("浙江实施意见(二十三) 3讲了什么？", ZHEJIANG, ["（二十三）3"]),
        ("国务院文件附件第64项由谁负责？", GUOFA, ["附件第64项"]),
        ("国务院文件第六十四项由谁负责？", GUOFA, ["附件第64项"]),
        ("国务院文件第19条说了什么？", GUOFA, ["（十九）"]),
        ("大兴区这个办法第四条说了什么？", DAXING, ["第四条"]),
    ],
)
def test_a_unit_is_found_by_its_label_in_the_document_asked(documents, question, doc_id, paths):
    assert _paths(ArticleIndex(list(documents.values())), question, [documents[doc_id]]) == paths


def test_a_chapter_clause_is_every_item_under_it_and_no_other(documents):
    index = ArticleIndex(list(documents.values()))
    under = _paths(index, "广州的意见二（一）讲了什么？", [documents[GUANGZHOU]])
    assert under and all(p.startswith("二（一）") for p in under)
    whole = {c.path for c in documents[GUANGZHOU].clauses}
    assert not any(p.startswith("二（十") for p in under) and set(under) <= whole


def test_a_label_several_documents_have_names_no_unit(documents):
    index = ArticleIndex(list(documents.values()))
    assert _paths(index, "（三）说的是什么？", [documents[GUOFA], documents[ZHEJIANG]]) == []
    assert _paths(index, "浙江文件（九十）说的是什么？", [documents[ZHEJIANG]]) == []  # no such unit


def test_the_evidence_for_a_named_unit_is_that_unit_quoted_whole(corpus):
    catalog = Catalog(corpus)
    # the stub's order would answer from another clause: the label decides, not the ranking
    order = [c.id for c in catalog.clauses if c.doc_id == ZHEJIANG and c.path == "（二十三）3"]
    selector = EvidenceSelector(StubSearch(catalog, order), get_settings())
    evidence = selector.gather(understand("浙江文件（二十）说的是什么？", corpus))
    assert evidence.exact and [c.path for c in evidence.selected] == ["（二十）1", "（二十）2", "（二十）3"]


def test_a_follow_up_keeps_the_unit_the_conversation_designated(corpus):
    # 第三条由哪些单位负责 after a list of （二十二）'s items is its third item, not the document's （三）
    catalog = Catalog(corpus)
    third = next(c.id for c in catalog.clauses if c.doc_id == ZHEJIANG and c.path == "（二十二）3")
    selector = EvidenceSelector(StubSearch(catalog, [third]), get_settings())
    evidence = selector.gather(understand("浙江文件第三条由哪些单位负责？", corpus), focus=(third,))
    assert not evidence.exact and [c.path for c in evidence.selected] == ["（二十二）3"]
