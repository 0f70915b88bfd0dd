"""The BM25 keyword index: persisted with the build, loaded without tokenizing, top-k by bm25s."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.index.keyword import KeywordIndex
from assistant.lexicon.tokenizer import Tokenizer

QUESTIONS = [
    "国务院文件提出2015年信息消费规模要达到多少？",
    "浙江跨境电子商务支付业务试点由哪个部门负责？",
    "工信部负责哪些任务？",
    "互联网小微企业能享受哪些税收优惠？",
    "农村宽带要达到多快？",
]


@pytest.fixture(scope="module")
def clauses(corpus):
    return [c for d in corpus for c in d.clauses]


@pytest.fixture(scope="module")
def built(clauses) -> KeywordIndex:
    return KeywordIndex.build(clauses)


def test_saved_index_loads_without_tokenizing_and_ranks_the_same(built, clauses, tmp_path, monkeypatch):
    files = built.save(tmp_path)
    assert files and all((tmp_path / name).is_file() for name in files)

    def no_tokenizing(self, text):
        raise AssertionError("loading the keyword index tokenized text")

    monkeypatch.setattr(Tokenizer, "tokenize", no_tokenizing)
    loaded = KeywordIndex.load(tmp_path)
    monkeypatch.undo()

    assert loaded.count() == built.count() == len(clauses)
    for question in QUESTIONS:
        rows, scores = built.top_k(question, 10)
        again_rows, again_scores = loaded.top_k(question, 10)
        assert len(rows) > 0
        assert again_rows.tolist() == rows.tolist()
        np.testing.assert_allclose(again_scores, scores, rtol=1e-6)
    # taught unit names survive the round trip: the loaded tokenizer keeps them whole
    unit = next(u for c in clauses for u in c.units if len(u) >= 6)
    assert unit in loaded.tokenizer.tokenize(f"{unit}负责什么")


def test_top_k_is_bm25s_order_and_scores_of_reads_the_same_scores(built, clauses):
    everything = np.arange(len(clauses))
    for question in QUESTIONS:
        rows, scores = built.top_k(question, len(clauses))
        assert np.all(np.diff(scores) <= 1e-6) and np.all(scores > 0)
        exact = built.scores_of(question, everything)
        np.testing.assert_allclose(exact[rows], scores, rtol=1e-5)
        assert set(np.flatnonzero(exact > 0)) == set(rows.tolist())  # nothing with a score left out
        top, _ = built.top_k(question, 3)
        assert top.tolist() == rows[:3].tolist()


def test_allowed_rows_are_the_only_rows_returned(built, clauses):
    allowed = np.arange(0, len(clauses), 3)
    for question in QUESTIONS:
        rows, scores = built.top_k(question, 8, allowed=allowed)
        assert set(rows.tolist()) <= set(allowed.tolist())
        every, every_scores = built.top_k(question, len(clauses))
        expected = every_scores[every % 3 == 0][:8]  # the same scores (ties may come in another order)
        np.testing.assert_allclose(scores, expected, rtol=1e-6)


def test_a_question_with_no_known_word_finds_nothing(built):
    rows, scores = built.top_k("zzzz qqqq", 5)
    assert len(rows) == 0 and len(scores) == 0
    assert built.scores_of("zzzz qqqq", np.arange(3)).tolist() == [0.0, 0.0, 0.0]
