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
    folded,
)


def _clause(i: int, text: str, **facts) -> Clause:
    return Clause(id=f"d#{i}", doc_id="d", kind="article", text=text, path=f"第{i}条", **facts)


def _input(question: str, clauses: list[Clause], dense: list[float], wants=None, bm25=None) -> RerankInput:
    doc = Document("d", "柳河县关于支持重点产业发展的实施意见", "柳河县实施意见", None, None, None, "区县", "柳河县", "d.txt", "x")
    bm25 = bm25 or [0.0] * len(clauses)
    cands = [Candidate(c, i, dense[i], bm25[i], i, dense[i]) for i, c in enumerate(clauses)]
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


COL = {name: i for i, name in enumerate(FEATURES)}


def test_a_traditional_clause_holds_the_words_of_a_simplified_question():
    trad = _clause(0, "繼續按不高于2017年征收標準征收殘疾人就業保障金。落實分檔征收和減繳緩繳免繳殘疾人就業保障金政策。")
    other = _clause(1, "支持企业挂牌上市。")
    x = features(_input("残疾人就业保障金按什么标准征收？", [other, trad], [0.85, 0.84]))
    assert x[1, COL["word_cover"]] > 0.5 and x[1, COL["bigram_cover"]] > 0.5
    assert x[0, COL["word_cover"]] == 0.0
    assert folded("東莞市人民政府關于貫徹落實")[0] == "东莞市人民政府关于贯彻落实"
    assert folded("支持企业挂牌上市。", "一、总体要求") == ("支持企业挂牌上市。", "一、总体要求")  # simplified: as is


def test_bigrams_every_candidate_holds_tell_nothing():
    """柳河县 is in every candidate's text; 新三板 only in one: the rare bigrams weigh."""
    clauses = [
        _clause(0, "柳河县支持企业挂牌上市，给予奖励。"),
        _clause(1, "柳河县对在新三板挂牌的企业给予奖励。"),
        _clause(2, "柳河县鼓励企业开展技术改造。"),
    ]
    x = features(_input("柳河县新三板挂牌", clauses, [0.85, 0.84, 0.83]))
    assert x[1, COL["rare_bigram_cover"]] > x[0, COL["rare_bigram_cover"]] > x[2, COL["rare_bigram_cover"]]
    assert x[1, COL["longest_run"]] > x[0, COL["longest_run"]]


def test_ranks_and_standardised_cosine():
    clauses = [_clause(i, t) for i, t in enumerate(("支持企业挂牌上市。", "给予一次性奖励100万元。", "鼓励技术改造。"))]
    x = features(_input("挂牌奖励", clauses, [0.80, 0.86, 0.83], bm25=[2.0, 0.0, 1.0]))
    assert list(x[:, COL["dense_rank"]]) == [1 / 3, 1.0, 1 / 2]
    assert list(x[:, COL["bm25_rank"]]) == [1.0, 0.0, 1 / 2]  # no shared word: no BM25 rank
    assert x[1, COL["dense_z"]] > 0 > x[0, COL["dense_z"]]


def _question(suite: str, group: str, gold_first: bool) -> "Question":
    from assistant.retrieval.train_reranker import Question

    # two candidates; the gold one holds the slot fact and more of the question's bigrams
    x = np.zeros((2, len(FEATURES)), dtype="float32")
    gold = 0 if gold_first else 1
    x[gold, COL["slot_fact"]] = 1.0
    x[gold, COL["rare_bigram_cover"]] = 0.6
    x[1 - gold, COL["rare_bigram_cover"]] = 0.2
    return Question(suite, group, x, np.array([i == gold for i in range(2)]))


def test_training_is_deterministic_and_learns_the_marked_candidate():
    from assistant.retrieval.train_reranker import first_gold, fit

    questions = [_question("real-dev", f"doc{i % 4}", i % 2 == 0) for i in range(12)]
    weights = fit(questions, 0.01)
    assert weights == fit(questions, 0.01)
    assert weights["w"][COL["slot_fact"]] > 0
    assert list(first_gold(questions, weights)) == [1] * 12
    assert list(first_gold(questions, None)) == [1 if i % 2 == 0 else 2 for i in range(12)]  # the fused order


def test_cross_validation_keeps_a_documents_questions_in_one_fold():
    from assistant.retrieval.train_reranker import FOLDS, fold_of, halves

    questions = [_question("real-dev", f"doc{i % 10}", True) for i in range(40)]
    for seed in (0, 1):
        folds = fold_of(questions, seed)
        by_group = {}
        for q, f in zip(questions, folds):
            by_group.setdefault(q.group, set()).add(int(f))
        assert all(len(f) == 1 for f in by_group.values())
        assert set(folds) == set(range(FOLDS))
    split = halves(questions + [_question("shipped-dev", "guofa:附件", True)])
    assert {q.group for q in split["A"]} == {"doc0", "doc2", "doc4", "doc6", "doc8"}
    assert {q.group for q in split["B"]} == {"doc1", "doc3", "doc5", "doc7", "doc9"}


def test_an_opening_repeating_the_title_holds_none_of_the_rest_of_the_question():
    """The question names its document by the title's words (柳河县 重点产业); the opening article repeats
    them, the clause that answers holds what is asked of it (办公室主任 由谁)."""
    opening = _clause(0, "为加快柳河县重点产业发展，支持重点产业项目建设，结合实际，制定本意见。")
    answer = _clause(1, "成立柳河县重点产业工作领导小组，领导小组下设办公室。办公室主任由分管副县长兼任。")
    x = features(_input("柳河县重点产业领导小组的办公室主任由谁来当？", [opening, answer], [0.86, 0.84]))
    assert x[0, COL["body_bigram_cover"]] < x[1, COL["body_bigram_cover"]]
    # title words are what the opening shares with the question: its plain bigram cover is not lower by as much
    assert x[1, COL["body_bigram_cover"]] - x[0, COL["body_bigram_cover"]] > x[1, COL["bigram_cover"]] - x[0, COL["bigram_cover"]]


def test_body_cover_is_zero_when_every_bigram_of_the_question_is_in_the_title():
    clauses = [_clause(0, "柳河县支持重点产业发展。")]
    x = features(_input("柳河县重点产业", clauses, [0.8]))
    assert x[0, COL["body_bigram_cover"]] == 0.0


def test_cosines_read_against_the_best_of_the_same_document_and_the_neighbours():
    """doc_best_gap: 0 for the clause nearest the question within its document, below 0 for the others;
    neighbour_gap: above 0 for a clause whose neighbour in the document reads closer to the question, below
    0 for one that stands above both its neighbours, 0 with no scored neighbour in its document."""
    clauses = [
        _clause(0, "为加强和规范前期工作经费管理，提高资金使用效益，制定本办法。"),
        _clause(1, "前期工作经费由中央预算内基建投资安排。"),
        _clause(2, "本办法自发布之日起施行。"),
    ]
    other = Clause(id="e#0", doc_id="e", kind="article", text="经费使用情况每年报告一次。", path="第一条")
    doc = Document("d", "前期工作经费管理暂行办法", "暂行办法", None, None, None, "国家", None, "d.txt", "x")
    doc_e = Document("e", "另一份办法", "另一份办法", None, None, None, "国家", None, "e.txt", "x")
    catalog = [*clauses, other]
    dense_all = np.asarray([0.70, 0.86, 0.80, 0.84], dtype="float32")
    cands = [Candidate(catalog[p], p, float(dense_all[p]), 0.0, r, float(dense_all[p])) for r, p in enumerate((1, 3, 2))]
    x = features(RerankInput("前期工作经费从哪里来？", cands, dense_all, catalog, {"d": doc, "e": doc_e}, Tokenizer()))
    gap, near = x[:, COL["doc_best_gap"]], x[:, COL["neighbour_gap"]]
    assert gap[0] == 0.0 and gap[1] == 0.0  # each the best of its own document
    assert gap[2] < 0.0  # 第三条 below 第二条 of the same document
    assert near[2] > 0.0  # its neighbour 第二条 reads closer
    assert near[0] < 0.0  # neighbours 0.70 and 0.80 are both below it
    assert near[1] == 0.0  # position 2 is of another document, and 4 does not exist


def test_an_unscored_neighbour_counts_for_nothing():
    clauses = [_clause(0, "在2024年底前完成改造。"), _clause(1, "支持企业挂牌上市。")]
    data = _input("什么时候完成改造？", clauses, [0.82, 0.84])
    data = RerankInput(data.question, data.candidates[:1], np.asarray([0.82, -1.0], dtype="float32"), clauses, data.documents, data.tokenizer)
    x = features(data)
    assert x[0, COL["neighbour_gap"]] == 0.0 and x[0, COL["doc_best_gap"]] == 0.0


def test_role_features_read_the_part_the_question_asks():
    """大兴 第七条 names who assesses and who pays out, 第八条 who provides the money, 第九条 who explains the
    text: asked who pays, the clause stating a funder holds the asked part; asked where to ask, the one
    stating who explains it does; a question asking no who reads no role at all."""
    clauses = [
        _clause(7, "各相关职能部门负责为企业评分;区产促中心会同区财政局确定奖励额度,报区促进产业发展领导小组审议通过。"),
        _clause(8, "区财政局负责提供资金保障。"),
        _clause(9, "本办法由区产促中心负责解释。"),
    ]
    dense = [0.85, 0.84, 0.83]
    funder = features(_input("这笔奖励的资金由谁来保障？", clauses, dense))
    assert funder[1, COL["role_asked"]] == 1.0 and funder[1, COL["role_unasked"]] == 0.0
    assert funder[0, COL["role_asked"]] == 0.0 and funder[0, COL["role_unasked"]] == 1.0
    ask = features(_input("办法有条款看不明白，该问哪个单位？", clauses, dense))
    assert ask[2, COL["role_asked"]] == 1.0 and ask[0, COL["role_unasked"]] == 1.0
    for question in ("这笔奖励最多给多少钱？", "这项奖励由哪个部门牵头？"):  # no who; who leads (slot_fact reads it)
        x = features(_input(question, clauses, dense))
        assert not x[:, [COL["role_asked"], COL["role_unasked"]]].any()


def test_keep_fits_only_the_features_the_kept_weights_lack():
    """--keep: the kept features' weight, mean and scale are the kept file's; the added feature is learned."""
    from assistant.retrieval.train_reranker import fit, kept_weights

    questions = [_question("real-dev", f"doc{i % 4}", i % 2 == 0) for i in range(12)]
    kept = {
        "features": [f for f in FEATURES if f != "slot_fact"],
        "mean": [0.1] * (len(FEATURES) - 1),
        "scale": [2.0] * (len(FEATURES) - 1),
        "w": [0.5] * (len(FEATURES) - 1),
    }
    weights = fit(questions, 0.01, kept_weights(kept))
    for name in kept["features"]:
        i = FEATURES.index(name)
        assert (weights["w"][i], weights["mean"][i], weights["scale"][i]) == (0.5, 0.1, 2.0)
    assert weights["w"][COL["slot_fact"]] > 0
    with pytest.raises(SystemExit, match="no longer computed"):
        kept_weights({**kept, "features": [*kept["features"][:-1], "retired_feature"]})
