"""A support or target question asking 哪些 of a heading it names (鼓励企业做大做强有哪些奖励政策) is answered
with every leaf under that heading, as a content question is — checked on the real 柳河县 实施意见
(eval/real/docs/dev), whose （五）鼓励企业做大做强 holds 第十一条 to 第十八条."""

from __future__ import annotations

import pytest

from assistant.answering.intents import Intent
from assistant.index.catalog import Catalog
from tests.fixed_order import dev_catalog, gather_in_order

LIUHE = "liuhe-2023-key-industries"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return dev_catalog(LIUHE)


def test_support_asked_under_a_named_heading_lists_every_leaf(catalog):
    evidence = gather_in_order(catalog, "柳河县鼓励企业做大做强有哪些奖励政策？", [(LIUHE, "第十三条"), (LIUHE, "第十五条")])
    assert evidence.query.intent is Intent.SUPPORT
    assert evidence.listing and "做大做强" in evidence.listing
    assert [c.path for c in evidence.selected] == [f"第十{n}条" for n in "一二三四五六七八"]


def test_an_amount_asked_of_one_measure_is_no_list(catalog):
    evidence = gather_in_order(catalog, "柳河县企业在主板上市奖励多少？", [(LIUHE, "第十五条"), (LIUHE, "第十三条")])
    assert not evidence.listing
    assert evidence.selected[0].path == "第十五条"


def test_support_asked_of_no_named_document_is_answered_by_its_best_measures(catalog):
    # a heading's leaves are complete within one document; asked across documents, the best measures answer
    evidence = gather_in_order(catalog, "鼓励企业做大做强有哪些奖励政策？", [(LIUHE, "第十三条"), (LIUHE, "第十五条")])
    assert evidence.query.doc_ids is None
    assert not evidence.listing
