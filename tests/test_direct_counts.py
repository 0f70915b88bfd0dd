"""The direct line of a count: asked in one counting word, stated in another (几天 → 共7日), and read with
the fragment before it whatever comma the text writes (a published notice using ASCII commas)."""

from __future__ import annotations

from assistant.answering.direct import direct_line
from assistant.answering.intents import Slot
from assistant.config import REPO_ROOT
from assistant.corpus import load_document
from assistant.corpus.model import Clause
from assistant.lexicon.tokenizer import Tokenizer

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"


def test_days_asked_are_read_where_the_text_counts_them_in_日_with_the_fragment_before():
    document = load_document(DEV / "guangdong-2019-tech-upgrade-award-publicity.txt", trusted=True)
    line = direct_line(Slot.NUMBER, document.clauses[:1], "广东技改奖励资金项目计划一共公示几天？", Tokenizer(), unit="天")
    assert line == "公示期自2019年10月14日至10月20日,共7日"


def test_the_day_of_a_date_is_no_count_of_days():
    clause = Clause(id="d#1", doc_id="d", kind="clause", text="请于2018年2月24日前报送。", path="三")
    assert direct_line(Slot.NUMBER, [clause], "材料要在几天内报送？", Tokenizer(), unit="天") is None


def test_people_asked_with_个_are_counted_in_人():
    clause = Clause(id="d#1", doc_id="d", kind="clause", text="每届奖励项目不超过12个，每个项目申报人数不超过5人。", path="二")
    line = direct_line(Slot.NUMBER, [clause], "每个项目最多几个人申报？", Tokenizer(), unit="人")
    assert line is not None and "5人" in line
