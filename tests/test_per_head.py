"""An amount asked per person (奖金落到每个获奖人头上是多少) of a text that counts its amounts per project (每个项目
奖励10至20万元) and never per person is not stated: the per-project sum, or the count of people per project,
would read as the answer. Real sentences: 黑政办发〔2005〕49号 附件二 (省长特别奖), simplified as questions are."""

from __future__ import annotations

from assistant.answering.intents import Intent, Slot, detect_intent, detect_slot
from assistant.answering.measures import per_body_only, unfilled
from assistant.corpus.model import Clause

AWARD = ("省长特别奖每两年评审一次。每届奖励项目不超过12个,对于符合基本条件的项目要优中选优。每个项目申报人数不超过5人。"
         "奖励方式是颁发奖励证书和奖金。每个项目奖励10至20万元。")


def test_a_per_person_amount_is_not_a_per_project_one():
    question = "黑龙江省长特别奖的奖金落到每个获奖人头上是多少？"
    assert detect_slot(question, detect_intent(question)) is Slot.AMOUNT  # 奖金…是多少 asks money, not a count
    clause = Clause(id="d#1", doc_id="d", kind="article", text=AWARD, path="附件二")
    assert per_body_only(question, AWARD)
    assert unfilled(question, Intent.SUPPORT, Slot.AMOUNT, ["奖金", "获奖"], [clause]) is not None


def test_per_project_asked_or_per_person_stated_answers():
    assert not per_body_only("黑龙江省长特别奖每个项目奖多少钱？", AWARD)
    assert not per_body_only("引进的每个人才能拿多少补贴？", AWARD)  # 人才: no person asked per head
    assert not per_body_only("每人能拿多少？", "对入选的团队每个项目资助50万元,其中每人不超过10万元。")
