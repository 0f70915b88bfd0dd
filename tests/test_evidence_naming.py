"""Which clause answers, on real published documents (eval/real/docs/dev), with a stub search whose order
is given: a content question is answered by a best-ranked clause that names what is asked, not by the
document's purpose clause ranked first on its name; a dated sentence names its task by the task's own words,
not by the place the question is scoped to nor by the title of a text it cites."""

from __future__ import annotations

import pytest

from assistant.config import REPO_ROOT
from assistant.corpus import load_document
from assistant.index.catalog import Catalog
from tests.fixed_order import clause_at as _clause, gather_in_order as _gather

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
DAXING = "beijing-daxing-core-team-reward-draft"
LIUHE = "liuhe-2023-key-industries"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog([load_document(DEV / f"{stem}.txt", trusted=True) for stem in (DAXING, LIUHE)])



def _paths(evidence) -> list[str]:
    return [c.path for c in evidence.selected]


def test_a_clause_naming_what_is_asked_answers_before_the_purpose_clause_ranked_first(catalog):
    # 第一条 (为…充分发挥核心团队…的引领作用…制定本办法) ranks first on the document's own words
    order = [(DAXING, "第一条"), (DAXING, "第五条"), (DAXING, "第四条"), (DAXING, "第六条")]
    assert _paths(_gather(catalog, "大兴区的核心团队奖励，获奖人数有没有限制？", order))[:1] == ["第四条"]
    order = [(DAXING, "第一条"), (DAXING, "第六条"), (DAXING, "第二条")]
    assert _paths(_gather(catalog, "已经拿了区里其他同类奖励，大兴核心团队奖还能一起享受吗？", order))[:1] == ["第六条"]
    order = [(LIUHE, "第二十条"), (LIUHE, "第三条"), (LIUHE, "第一条")]
    assert _paths(_gather(catalog, "在柳河县，什么样的项目才算重大产业项目？", order))[:1] == ["第三条"]


def test_the_first_clause_stays_when_it_names_what_is_asked_or_nothing_better_is_near(catalog):
    # the purpose clause itself answers what the text rests on (根据…指导意见…制定本办法)
    order = [(DAXING, "第一条"), (DAXING, "第四条"), (DAXING, "第六条")]
    assert _paths(_gather(catalog, "大兴区这个办法是为了发挥什么作用制定的？", order))[:1] == ["第一条"]
    # the clause naming the asked words is beyond the best-ranked three: the order is kept
    order = [(DAXING, "第一条"), (DAXING, "第五条"), (DAXING, "第二条"), (DAXING, "第四条")]
    assert _paths(_gather(catalog, "大兴区的核心团队奖励，获奖人数有没有限制？", order))[:1] == ["第一条"]


def test_a_span_dates_the_task_its_sentence_names_though_a_clause_citing_the_places_text_ranks_near(catalog):
    # 第一条 cites 《柳河县中小企业发展引导资金管理办法》: the place names it, not the task asked
    order = [(LIUHE, "第二十二条"), (LIUHE, "第一条"), (LIUHE, "第六条")]
    evidence = _gather(catalog, "柳河县的奖励审核批下来以后，多久能把钱兑现到企业手上？", order)
    assert _paths(evidence) == ["第二十二条"] and evidence.abstain_reason is None


def test_a_cited_texts_title_in_a_dated_sentence_does_not_name_the_task_asked(catalog):
    # 依据《柳河县中小企业发展引导资金管理办法(试行)》…，2年内予以兑现奖励 does not date when the
    # 旅游产业发展引导资金 is applied for; 第一条 names that fund and gives no date
    order = [(LIUHE, "第一条"), (LIUHE, "第二十二条"), (LIUHE, "第二十条")]
    evidence = _gather(catalog, "柳河县旅游产业发展引导资金每年什么时候开始申报？", order)
    assert evidence.selected == [] and evidence.abstain_reason
