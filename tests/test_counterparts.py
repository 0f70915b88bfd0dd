"""Cross-document counterparts on the shipped corpus (bigram TF-IDF, optionally blended with dense
vectors), and on small made-up documents for the edge cases."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.corpus.model import Clause, Document
from assistant.index.counterparts import Counterparts, passage_vectors, task_text

GUOFA = "guofa-2013-32"
ZHEJIANG = "zhejiang-2014-info-consumption"


@pytest.fixture(scope="module")
def counterparts(corpus) -> Counterparts:
    return Counterparts(corpus)


@pytest.mark.parametrize(
    ("clause", "target", "expected"),
    [
        (f"{ZHEJIANG}#（三）3", GUOFA, f"{GUOFA}#附件第21项"),  # 统筹云计算基础设施建设 ↔ …布局
        (f"{ZHEJIANG}#（二十三）3", GUOFA, f"{GUOFA}#附件第71项"),  # 知识产权质押融资
        (f"{ZHEJIANG}#（二十六）1", GUOFA, f"{GUOFA}#附件第76项"),  # 信息消费统计分类和标准
        (f"{GUOFA}#附件第66项", ZHEJIANG, f"{ZHEJIANG}#（二十二）3"),  # 邮电通信业营改增
        (f"{GUOFA}#附件第56项", ZHEJIANG, f"{ZHEJIANG}#（十六）2"),  # 应用商店监管
        (f"{GUOFA}#附件第43项", ZHEJIANG, f"{ZHEJIANG}#（十三）5"),  # 教育资源公共服务平台
    ],
)
def test_a_task_restated_in_the_other_document_is_its_counterpart(counterparts, clause, target, expected):
    assert counterparts.of(clause, [target])[0] == expected


def test_counterparts_are_never_in_the_clauses_own_document(counterparts):
    found = counterparts.of(f"{ZHEJIANG}#（三）3")
    assert found and all(not i.startswith(ZHEJIANG) for i in found)
    assert counterparts.of(f"{ZHEJIANG}#（三）3", [ZHEJIANG]) == ()
    assert counterparts.of("no-such#clause") == ()


def test_at_most_one_annex_row_and_one_body_clause_per_document(counterparts):
    found = counterparts.of(f"{ZHEJIANG}#（二十三）1", [GUOFA])
    rows = [i for i in found if "附件" in i]
    assert len(rows) <= 1 and len(found) - len(rows) <= 1
    assert f"{GUOFA}#附件第69项" in found  # 创业板等上市


def test_unit_notes_and_annex_fields_are_not_task_text(corpus):
    row = next(c for d in corpus for c in d.clauses if c.id == f"{GUOFA}#附件第66项")
    item = next(c for d in corpus for c in d.clauses if c.id == f"{ZHEJIANG}#（二十二）3")
    assert "税务总局" not in task_text(row) and "邮电通信业" in task_text(row)
    assert "省国税局" not in task_text(item) and "邮电通信业" in task_text(item)


def _doc(doc_id: str, texts: list[str]) -> Document:
    clauses = [Clause(f"{doc_id}#{i}", doc_id, "item", t, clause="（一）", item=str(i)) for i, t in enumerate(texts, 1)]
    return Document(doc_id, doc_id, doc_id, None, None, None, "省", None, f"{doc_id}.txt", "0", clauses)


def test_a_task_no_clause_restates_has_no_counterpart():
    local = _doc("local", ["推进智慧水务建设，完善防汛防台应用系统。"])
    national = _doc("national", ["发布实施宽带中国战略。", "开展知识产权质押融资。"])
    assert Counterparts([local, national]).of("local#1") == ()


def test_a_tie_between_two_clauses_designates_neither():
    local = _doc("local", ["电商示范和物流示范。"])
    national = _doc("national", ["电商示范。", "物流示范。"])
    found = Counterparts([local, national]).of("local#1")
    assert found == ()


def test_dense_vectors_decide_between_clauses_sharing_the_same_bigrams():
    local = _doc("local", ["电商示范和物流示范。"])
    national = _doc("national", ["电商示范。", "物流示范。"])
    vectors = {"local#1": np.array([1.0, 0.0]), "national#1": np.array([0.0, 1.0]), "national#2": np.array([1.0, 0.1])}
    found = Counterparts([local, national], dense=vectors.get).of("local#1")
    assert found == ("national#2",)


def test_passage_vectors_read_a_clause_by_its_first_passage_row():
    read: list[int] = []

    def vector(row: int) -> np.ndarray:
        read.append(row)
        if row == 3:
            raise KeyError(row)
        return np.full(2, float(row))

    lookup = passage_vectors(np.array([0, 0, 1, 2]), ["a", "b", "c"], vector)
    assert lookup("a").tolist() == [0.0, 0.0]
    assert lookup("b").tolist() == [2.0, 2.0]
    assert lookup("c") is None and lookup("missing") is None
    assert read == [0, 2, 3]  # read when asked, never the whole index
