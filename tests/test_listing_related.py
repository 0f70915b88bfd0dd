"""Lists asked in everyday words (浙江在教育和就业上用信息化办了哪些事): no unit, deadline class, heading or
quoted phrase draws them, so their items are the clauses the reranker scores near the best one (`nearest`),
shown in the documents' order and said to be chosen by relatedness, not complete."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.answering.listing import _RELATED_CLIFF, _RELATED_MARGIN, _RELATED_MAX, RELATED_LISTING, nearest


def _clause(name: str) -> SimpleNamespace:
    return SimpleNamespace(id=name)


def _ids(clauses) -> list[str]:
    return [c.id for c in clauses]


def test_nearest_keeps_what_scores_within_the_margin_of_the_best_best_first():
    scored = [(5.0, _clause("b")), (6.0, _clause("a")), (6.0 - _RELATED_MARGIN - 0.01, _clause("far")),
              (4.5, _clause("c"))]
    assert _ids(nearest(scored)) == ["a", "b", "c"]


def test_nearest_stops_at_the_first_cliff_between_neighbours():
    # a question with one answer: its first clause stands far above the rest
    assert _ids(nearest([(9.0, _clause("one")), (9.0 - _RELATED_CLIFF - 0.1, _clause("next")),
                         (9.0 - _RELATED_CLIFF - 0.2, _clause("after"))])) == ["one"]
    # …and a fall after the third stops the list there, whatever the margin would keep
    scored = [(3.0, _clause("x")), (2.9, _clause("y")), (2.8, _clause("z")), (2.8 - _RELATED_CLIFF - 0.05, _clause("w"))]
    assert _ids(nearest(scored)) == ["x", "y", "z"]


def test_nearest_gives_at_most_the_cap():
    scored = [(1.0 - i * 0.01, _clause(f"c{i}")) for i in range(_RELATED_MAX + 5)]
    assert len(nearest(scored)) == _RELATED_MAX


def test_nearest_of_nothing_is_nothing():
    assert nearest([]) == []


@pytest.mark.slow
def test_a_list_in_everyday_words_is_the_related_clauses_in_document_order(assistant):
    answer = assistant.ask("浙江在学校教育和找工作方面用信息化办了哪些事？")
    assert not answer.abstained
    assert answer.answer.startswith(f"文件中{RELATED_LISTING}的条款有")
    assert "未必完整" in answer.answer and "完整列表" not in answer.answer
    labels = [c.label for c in answer.citations]
    assert len(labels) >= 2
    # the two clauses that answer it, both cited (公共就业信息服务平台, 优质教育信息资源公共服务平台)
    assert any(label.endswith("（十三）3") for label in labels), labels
    assert any(label.endswith("（十三）5") for label in labels), labels
    # in the document's order, not the reranker's
    document = next(d for d in assistant.documents if d.doc_id == "zhejiang-2014-info-consumption")
    order = [c.id for c in document.clauses]
    positions = [order.index(c.clause_id) for c in answer.citations if c.doc_id == document.doc_id]
    assert positions == sorted(positions)


@pytest.mark.slow
def test_an_unfilled_slot_is_still_declined_not_listed(assistant):
    # the documents name the pilot but no list of its companies: the slot rules decline before any list
    answer = assistant.ask("跨境电子商务支付业务试点有哪些企业参加，名单是什么？")
    assert answer.abstained
