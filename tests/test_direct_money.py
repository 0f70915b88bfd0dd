"""The direct line of a figure asked without a unit (奖励企业多少): a money statement of the cited clause that
names the asked case better than any of its targets gives the amount (a real published clause, parsed as
uploaded: eval/real/docs/dev)."""

from __future__ import annotations

import pytest

from assistant.answering.direct import direct_line
from assistant.answering.intents import Slot
from assistant.config import REPO_ROOT
from assistant.corpus import load_document
from assistant.corpus.model import Clause
from assistant.lexicon.tokenizer import Tokenizer

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer()


@pytest.fixture(scope="module")
def digital() -> Clause:
    """嵊州 一（二）: 当年首次列入…分别给予一次性奖励 20 万元、10 万元 … 当年认定为省级首版次软件的产品，
    一次性奖励企业 50 万元 (targets are read from its other sentences: 年销售收入首次突破 1000 万元…)."""
    document = load_document(DEV / "shaoxing-shengzhou-2022-industry-policy-trad-part.txt", trusted=True)
    return next(c for c in document.clauses if c.path == "一（二）")


def test_an_amount_asked_without_a_unit_is_the_money_statement_naming_the_case(digital, tokenizer):
    line = direct_line(Slot.NUMBER, [digital], "产品被认定为省级首版次软件，嵊州奖励企业多少？", tokenizer, unit="")
    assert line is not None and "首版次" in line and "50万元" in line.replace(" ", "")


def test_a_count_asked_with_its_unit_is_still_read_from_the_targets(digital, tokenizer):
    line = direct_line(Slot.NUMBER, [digital], "嵊州软件企业年销售收入要首次突破多少万元？", tokenizer, unit="万元")
    assert line is not None and "首版次" not in line and "突破" in line


def test_a_clause_without_money_keeps_the_numbered_fragment(tokenizer):
    clause = Clause(id="d#1", doc_id="d", kind="clause", text="每年培育星级上云企业50家。", path="一2")
    assert direct_line(Slot.NUMBER, [clause], "每年要培育多少家星级上云企业？", tokenizer, unit="家") == "每年培育星级上云企业50家"
