"""The reranker over fused candidates: features, the learned model's order, settings (no model needed)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant.corpus.model import Clause, Document
from assistant.lexicon.tokenizer import Tokenizer
from assistant.retrieval.rerank import (
    FEATURES,
    WEIGHTS_PATH,
    Candidate,
    LearnedReranker,
    NoReranker,
    RerankInput,
    build_reranker,
    features,
)


def _clause(i: int, text: str, **facts) -> Clause:
    return Clause(id=f"d#{i}", doc_id="d", kind="article", text=text, path=f"第{i}条", **facts)


def _input(question: str, clauses: list[Clause], dense: list[float], wants=None) -> RerankInput:
    doc = Document("d", "柳河县关于支持重点产业发展的实施意见", "柳河县实施意见", None, None, None, "区县", "柳河县", "d.txt", "x")
    cands = [Candidate(c, i, dense[i], 0.0, i, dense[i]) for i, c in enumerate(clauses)]
    return RerankInput(question, cands, np.asarray(dense, dtype="float32"), clauses, {"d": doc}, Tokenizer(), wants)


def test_features_read_slot_and_wording():
    clauses = [_clause(0, "支持企业挂牌上市。"), _clause(1, "在新三板挂牌的企业，给予一次性奖励100万元。", deadline=None)]
    data = _input("柳河县新三板挂牌奖励多少？", clauses, [0.85, 0.84], wants=lambda c: "万元" in c.text)
    x = features(data)
    assert x.shape == (2, len(FEATURES))
    col = {name: i for i, name in enumerate(FEATURES)}
    assert x[1, col["slot_fact"]] == 1.0 and x[0, col["slot_fact"]] == 0.0
    assert x[1, col["word_cover"]] > x[0, col["word_cover"]]
    assert x[0, col["place_named"]] == 1.0  # the question names the document's place


def test_learned_reranker_puts_the_clause_holding_the_slot_first():
    clauses = [_clause(0, "支持企业挂牌上市。"), _clause(1, "在新三板挂牌的企业，给予一次性奖励100万元。")]
    data = _input("新三板挂牌奖励多少？", clauses, [0.85, 0.84], wants=lambda c: "万元" in c.text)
    assert NoReranker().order(data) == [0, 1]
    assert LearnedReranker.load().order(data) == [1, 0]


def test_shipped_weights_match_the_features():
    weights = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert weights["features"] == list(FEATURES)
    assert len(weights["w"]) == len(weights["mean"]) == len(weights["scale"]) == len(FEATURES)
    with pytest.raises(ValueError, match="retrain"):
        LearnedReranker({**weights, "features": list(reversed(FEATURES))})


def test_setting_chooses_the_reranker():
    assert isinstance(build_reranker("none"), NoReranker)
    assert isinstance(build_reranker("learned"), LearnedReranker)


def test_empty_candidates():
    assert features(_input("问题", [], [])).shape == (0, len(FEATURES))
