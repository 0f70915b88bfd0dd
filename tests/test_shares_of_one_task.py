"""One sentence sharing a task out by commas (由镇政府负责审批,财政分局负责资金监督及拨付,镇经济发展局…负责资金的使用
管理) gives each body its own part, and 由谁审批 is answered with the one stated for 审批; whom an act is addressed to
(向谁报备) and whose funds are pooled (哪些部门的涉企资金) are asked of the text, not of its responsible units.
Real published clauses (eval/real/docs/dev), no model."""

from __future__ import annotations

from assistant.answering.direct import asked_duty
from assistant.answering.intents import Intent, Slot, detect_intent, detect_slot
from assistant.corpus.responsibility import duties
from assistant.lexicon.tokenizer import Tokenizer
from tests.fixed_order import clause_at, dev_catalog

SHILONG = "h22m-dongguan-shilong-industry-upgrade-draft-part"


def test_each_comma_part_with_its_own_body_is_a_duty():
    catalog = dev_catalog(SHILONG)
    fund = clause_at(catalog, SHILONG, "第三条")
    shares = [d.found.units for d in duties(fund.text, None)]
    assert shares == [["镇政府"], ["财政分局"], ["镇经济发展局"]]
    document = next(d for d in catalog.documents if d.doc_id == SHILONG)
    duty = asked_duty(fund, "这笔发展专项资金由谁审批？", Tokenizer(), document)
    assert duty is not None and duty.found.units == ["镇政府"] and "审批" in duty.sentence


def test_a_sentence_naming_one_body_stays_whole():
    text = "由市商务局会同市财政局组织实施,对符合条件的企业给予补助。"
    assert len(duties(text, None)) == 1


def test_whom_an_act_goes_to_and_whose_funds_are_content():
    for question in ("新开账号或者关停账号，要向谁报备？", "这笔钱是把哪些部门的涉企资金整合起来的？"):
        assert detect_slot(question, detect_intent(question) or Intent.CONTENT) is Slot.CONTENT
    assert detect_slot("这项工作是哪个部门的职责？", Intent.RESPONSIBILITY) is Slot.UNITS
