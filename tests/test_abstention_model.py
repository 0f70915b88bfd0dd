"""The learned abstention (assistant/answering/abstention.py): its features on real sentences, the model's
decision at its threshold, and the hook in evidence (off by default, follow-ups untouched)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from assistant.answering import abstention
from assistant.answering.abstention import FEATURES, AbstentionModel, View, features, view_of
from assistant.answering.evidence import EvidenceSelector
from assistant.answering.intents import Slot
from assistant.config import Settings
from assistant.corpus.model import Clause
from assistant.retrieval.hybrid import Hit

# sentences as real documents write them (黑龙江 工业振兴 measures, 内蒙古 2023 政策清单)
GREEN = Clause(
    id="d#一3", doc_id="d", kind="item", chapter="一、推动传统产业改造升级", item="3",
    text="支持企业绿色化改造。对上一年度被评为国家级绿色工厂或绿色供应链管理企业,一次性给 予 100 万元奖励。",
)
SEEDS = Clause(
    id="e#一（二）4", doc_id="e", kind="item", chapter="一、推进农牧业优质高效转型", clause="（二）", clause_title="实施种业振兴行动",
    item="4", text="安排 9000 万元资金,支持实施种质资源保护利用、良 种化水平提升、优势特色品种培育三大工程。",
)
DOCS = {
    "d": SimpleNamespace(title="黑龙江省推动工业振兴若干政策措施", region="黑龙江省", short_title=None),
    "e": SimpleNamespace(title="内蒙古自治区2023年推动产业高质量发展政策清单", region="内蒙古自治区", short_title=None),
}


def _view(question: str, clause: Clause, others: tuple[Clause, ...] = (), slot: Slot = Slot.AMOUNT) -> View:
    hits = [Hit(clause, 0.032, 0.86, 9.0), *(Hit(c, 0.02, 0.84, 3.0) for c in others)]
    query = SimpleNamespace(own_text=question, slot=slot, asked_unit=None, asks_money=True)
    return view_of(query, [clause], hits, hits, DOCS)


def test_a_clause_holding_the_asked_words_covers_more_than_one_that_does_not() -> None:
    asked = features(_view("被评为国家级绿色工厂的企业奖励多少钱？", GREEN))
    other = features(_view("在盐碱地上种水稻每亩补贴多少？", GREEN))
    body = FEATURES.index("body_bigram_cover")
    assert asked[body] > 0.6
    assert other[body] < 0.2
    # what none of the best clauses holds at all (盐碱, 水稻) counts as uncovered
    uncovered = FEATURES.index("uncovered_top5")
    assert other[uncovered] > asked[uncovered]


def test_words_of_the_title_count_as_title_only_not_as_the_clause_answering() -> None:
    x = features(_view("黑龙江工业振兴政策里绿色工厂奖励多少？", GREEN))
    assert x[FEATURES.index("title_only_cover")] > 0.3
    assert x[FEATURES.index("place_named")] == 1.0
    assert x[FEATURES.index("slot_figure")] == 1.0


def test_spaces_of_a_pdf_text_do_not_hide_the_words() -> None:
    from dataclasses import replace

    spaced = features(_view("良种化水平提升安排了多少钱？", SEEDS))
    joined = features(_view("良种化水平提升安排了多少钱？", replace(SEEDS, text=SEEDS.text.replace(" ", ""))))
    body = FEATURES.index("body_bigram_cover")
    assert spaced[body] == joined[body] > 0.5


def _weights(threshold: float, bias: float) -> dict:
    n = len(FEATURES)
    return {"features": list(FEATURES), "mean": [0.0] * n, "scale": [1.0] * n, "w": [0.0] * n, "b": bias, "threshold": threshold}


def test_the_model_declines_below_its_threshold_only() -> None:
    view = _view("被评为国家级绿色工厂的企业奖励多少钱？", GREEN)
    assert AbstentionModel(_weights(0.5, -2.0)).declines(view)  # p = 0.12
    assert not AbstentionModel(_weights(0.5, 2.0)).declines(view)  # p = 0.88
    assert not AbstentionModel(_weights(0.0, -2.0)).declines(view)  # threshold 0: never declines


def test_weights_of_other_features_are_refused() -> None:
    weights = _weights(0.3, 0.0)
    weights["features"] = list(FEATURES[:-1])
    with pytest.raises(ValueError):
        AbstentionModel(weights)


def test_the_shipped_weights_name_the_features_and_a_threshold() -> None:
    model = AbstentionModel.load()
    assert 0.0 <= model.threshold < 1.0
    assert np.all(model.scale > 0)


def _selector(on: bool) -> SimpleNamespace:
    return SimpleNamespace(settings=Settings(learned_abstention=on), _documents_by_id=DOCS, tokenizer=None)


def test_the_hook_is_off_by_default_and_leaves_follow_ups_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().learned_abstention is False
    hits = [Hit(GREEN, 0.03, 0.86, 9.0)]
    asked = SimpleNamespace(own_text="盐碱地种水稻补贴多少？", slot=Slot.AMOUNT, asked_unit=None, asks_money=True, follow_up=False)
    always = AbstentionModel(_weights(0.5, -5.0))
    monkeypatch.setattr(abstention.AbstentionModel, "load", classmethod(lambda cls, path=None: always))
    assert not EvidenceSelector._declined(_selector(False), asked, [GREEN], hits, hits)
    assert EvidenceSelector._declined(_selector(True), asked, [GREEN], hits, hits)
    follow = SimpleNamespace(**{**vars(asked), "follow_up": True})
    assert not EvidenceSelector._declined(_selector(True), follow, [GREEN], hits, hits)
    assert not EvidenceSelector._declined(_selector(True), asked, [], hits, hits)
