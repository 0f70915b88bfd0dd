"""A weight in a score (综合考评里经济指标占多少分的权重) and a sum added on a refund (违约金、滞纳金) are stated only in
their own words: a clause setting a pass mark (综合考评80分(含)以上) or the stages of a reward (30%、30%和40%) does
not state them. Real published clauses (eval/real/docs/dev), no model."""

from __future__ import annotations

from assistant.answering.intents import Intent, Slot
from assistant.answering.measures import unfilled
from assistant.lexicon.aspects import unstated_aspect
from tests.fixed_order import clause_at, dev_catalog

DAXING = "beijing-daxing-core-team-reward-draft"
LIUHE = "liuhe-2023-key-industries"


def test_a_pass_mark_states_no_weight():
    mark = clause_at(dev_catalog(DAXING), DAXING, "第二条")
    assert "80分" in mark.text
    question = "大兴区核心团队奖励的综合考评里，企业年度经济指标占多少分的权重？"
    reason = unfilled(question, Intent.TARGET, Slot.NUMBER, ["综合", "考评", "经济指标", "权重"], [mark])
    assert reason is not None and "权重" in reason
    assert unstated_aspect("各项指标的权重是多少？", "经济指标权重占40%") is None


def test_a_refund_states_no_surcharge():
    stages = clause_at(dev_catalog(LIUHE), LIUHE, "第二十一条")
    question = "柳河县项目违约被追回奖励，还要另外加收多少违约金？"
    assert unstated_aspect(question, stages.text) is not None
    assert unstated_aspect(question, "按协议追回已兑现的奖励资金并加收同期银行贷款利息") is None
