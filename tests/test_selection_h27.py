"""A deadline question's dated clause, ranked first, is vetoed only by clauses ranked above it (found on real-dev).

The veto (`measures.named_undated`: an undated best-ranked clause naming the task better shows the dated one to
be another task's) compared the chosen clause with every one of the three best, so a document's 指导思想, naming
its subject words (放管服, 农业农村) below the 工作目标 the ranker put first, declined a question the 工作目标 dates.
The ranker's first clause now answers when it names most of the measure asked; a date standing under a title
(省人事厅 2005年7月10日), naming none of what is asked (申报材料), is still compared with all of them."""

from __future__ import annotations

import pytest

from assistant.config import REPO_ROOT
from assistant.corpus import load_document
from assistant.index.catalog import Catalog
from tests.fixed_order import gather_in_order

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
#: 农业农村部 农法发〔2022〕2号 (eval/real/docs/dev/h22p-moara-2022-2-fangguanfu-part.txt)
MOARA = "h22p-moara-2022-2-fangguanfu-part"
#: 黑政办发〔2005〕49号 省长特别奖奖励办法 (eval/real/docs/dev/heilongjiang-2005-governor-special-award-trad-part.txt)
AWARD = "heilongjiang-2005-governor-special-award-trad-part"
ASKED = "农业农村部的放管服意见里，行政许可事项清单体系要求什么时候建成？"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog([load_document(DEV / f"{stem}.txt", trusted=True) for stem in (MOARA, AWARD)])


def test_the_documents_read_as_the_tests_assume(catalog):
    goal = next(c for c in catalog.clauses if c.doc_id == MOARA and c.path == "一（二）")
    guide = next(c for c in catalog.clauses if c.doc_id == MOARA and c.path == "一（一）")
    # 一（二）工作目标: "2022年底前,构建形成全国统筹、分级负责、事项统一、权责清晰的农业农村领域行政许可事项清单体系…"
    assert goal.deadline == "2022年底前" and "行政许可事项清单体系" in goal.text
    # 一（一）指导思想: "深化农业农村领域“放管服”改革工作,…严格落实行政许可事项清单管理…" gives no date
    assert guide.deadline is None and "放管服" in guide.text and "放管服" not in goal.text


def test_the_first_ranked_dated_clause_answers_though_a_lower_one_names_more_words(catalog):
    evidence = gather_in_order(catalog, ASKED, [(MOARA, "一（二）"), (MOARA, "一（一）"), (MOARA, "序言")])
    assert evidence.abstain_reason is None
    assert [c.path for c in evidence.selected][:1] == ["一（二）"]


def test_an_undated_clause_ranked_above_it_still_vetoes_it(catalog):
    evidence = gather_in_order(catalog, ASKED, [(MOARA, "一（一）"), (MOARA, "一（二）"), (MOARA, "序言")])
    assert evidence.abstain_reason == "相关条款没有规定时间进度。" and not evidence.selected


def test_a_date_under_a_title_naming_nothing_asked_is_still_vetoed(catalog):
    # 附件序言: "黑龙江省省长特别奖奖励办法 (省人事厅 2005年7月10日) 为表彰和奖励…设立黑龙江省省长特别奖,并制定本办法。"
    order = [(AWARD, "附件序言"), (AWARD, "附件一"), (AWARD, "附件二")]
    evidence = gather_in_order(catalog, "黑龙江省长特别奖的申报材料每年几月份之前要报上去？", order)
    assert evidence.abstain_reason == "相关条款没有规定时间进度。" and not evidence.selected
