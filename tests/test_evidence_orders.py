"""Evidence under a reranker: which clause answers may follow the reranked order, but whether the asked
slot is filled is decided on the fused order too, and a follow-up keeps the fused order. The shipped
documents, a stub search whose fused order is given and a reranker that reverses it (no model needed)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from assistant.answering.evidence import EvidenceSelector
from assistant.answering.intents import MONEY_TEXT, Intent, Slot
from assistant.answering.measures import named_better_without, unfilled
from assistant.answering.question import merge_follow_up, understand, unit_governments
from assistant.config import get_settings
from assistant.corpus.model import Clause
from assistant.index.catalog import Catalog
from assistant.lexicon.tokenizer import Tokenizer
from assistant.retrieval.filters import Filters
from assistant.retrieval.hybrid import Hit
from assistant.retrieval.rerank import Candidate, RerankInput

#: 《国发〔2013〕32号》: the clause on 注册资本 (no amount) and a target clause full of amounts
REGISTRATION = "guofa-2013-32#附件第63项"
TARGETS = "guofa-2013-32#（三）"
ASKED = "国务院文件规定互联网企业注册资本最低要多少钱？"


class Reversed:
    """A reranker that puts the fused order upside down."""

    def order(self, data: RerankInput) -> list[int]:
        return list(reversed(range(len(data.candidates))))


class StubSearch:
    """`HybridSearch`'s surface for the evidence selector, returning a fixed fused order."""

    def __init__(self, catalog: Catalog, fused: list[str]) -> None:
        self.catalog, self.tokenizer, self.reranker = catalog, Tokenizer(), Reversed()
        self.fused = [catalog.clauses_by_id[i] for i in fused]

    def clauses_where(self, predicate) -> list[Clause]:
        return [c for c in self.catalog.clauses if predicate(c)]

    def search(self, query, k=None, filters=None, mode=None) -> list[Hit]:
        allowed = [c for c in self.fused if filters is None or filters.allows(c)]
        return [Hit(c, 1.0 - 0.01 * i, 0.9, 1.0) for i, c in enumerate(allowed)][:k]

    def candidates(self, query, n, filters=None, mode=None, wants=None) -> RerankInput:
        cands = [Candidate(c, i, 0.9 - 0.001 * i, 1.0, i, 1.0 / (60 + i)) for i, c in enumerate(self.fused)]
        dense = np.full(len(self.catalog.clauses), -1.0, dtype="float32")
        return RerankInput(query, cands[:n], dense, self.catalog.clauses, self.catalog.documents_by_id, self.tokenizer, wants)


@pytest.fixture()
def catalog(corpus) -> Catalog:
    return Catalog(corpus)


def _selector(catalog: Catalog, fused: list[str]) -> EvidenceSelector:
    return EvidenceSelector(StubSearch(catalog, fused), get_settings().model_copy(update={"reranker": "learned"}))


def test_an_amount_of_another_measure_ranked_first_does_not_answer(catalog):
    """The fused order puts the clause naming 注册资本 first; the reranker puts the target clause with
    3.2万亿元 first. Its amount belongs to no measure asked: the answer declines."""
    selector = _selector(catalog, [REGISTRATION, TARGETS])
    evidence = selector.gather(understand(ASKED, catalog.documents))
    assert evidence.selected == [] and evidence.abstain_reason
    assert "万亿" not in evidence.abstain_reason


def test_a_follow_up_keeps_the_fused_order(catalog):
    selector = _selector(catalog, [REGISTRATION, TARGETS])
    query = understand("降低互联网企业设立门槛有什么措施？", catalog.documents)
    ranked, fused = selector._ranked(query, (), None, None)
    assert [h.clause.id for h in ranked] == [TARGETS, REGISTRATION]  # a standalone question: reranked
    ranked, fused = selector._ranked(replace(query, follow_up=True), (), None, None)
    assert [h.clause.id for h in ranked] == [h.clause.id for h in fused] == [REGISTRATION, TARGETS]


def test_a_measure_named_better_without_a_value_is_not_answered_by_a_neighbours_value(catalog):
    chosen = [catalog.clauses_by_id[TARGETS]]
    best = [catalog.clauses_by_id[REGISTRATION], *chosen]
    words = ["互联", "联网", "互联网", "注册", "资本", "注册资本", "最低"]
    assert named_better_without(words, chosen, best, MONEY_TEXT.search)
    assert unfilled(ASKED, Intent.SUPPORT, Slot.AMOUNT, words, chosen, best)
    assert unfilled(ASKED, Intent.SUPPORT, Slot.AMOUNT, words, chosen) is None  # without the best-ranked clauses
    # the amount of the measure named: 新三板挂牌 names the asked words as well as the clause beside it
    listed = Clause(id="d#2", doc_id="d", kind="article", text="对在新三板挂牌的企业，给予一次性奖励100万元。")
    plain = Clause(id="d#1", doc_id="d", kind="article", text="支持企业在新三板挂牌。")
    assert not named_better_without(["新三板", "挂牌"], [listed], [plain, listed], MONEY_TEXT.search)


# ---- complete lists (EvidenceSelector._listing) on the shipped documents ----------------------------


def _listed(catalog: Catalog, question: str, fused: tuple[str, ...] = ()) -> list[str]:
    selector = _selector(catalog, list(fused))
    query = understand(question, catalog.documents, unit_governments(catalog.documents))
    evidence = selector.gather(query)
    assert evidence.listing, evidence.abstain_reason
    return [c.id for c in evidence.selected]


def _rows(*numbers: int) -> list[str]:
    return [f"guofa-2013-32#附件第{n}项" for n in numbers]


def test_a_deadline_class_is_read_in_the_askers_own_writing(catalog):
    """2013到2015年滚动实施 is the second part of 2013年年底前启动，2013-2015年滚动实施 (and of its
    第三季度 twin); 2013年研究 the first part of three classes."""
    assert _listed(catalog, "国家附件里哪些任务是要在2013到2015年滚动实施的？") == _rows(44, 45, 47, 50)
    assert _listed(catalog, "附件中哪些任务安排在2013年研究、2014年再发布、实施或启动？") == _rows(26, 31, 53, 54)


def test_a_units_list_asked_with_lead_and_a_deadline_keeps_what_it_leads_in_that_class(catalog):
    assert _listed(catalog, "国家附件里工信部牵头、进度写的是持续实施的任务有哪些？") == _rows(18, 19, 72)
    led = _listed(catalog, "浙江文件里省里的发改部门牵头的事项都有哪些？")
    assert len(led) == 8 and "zhejiang-2014-info-consumption#（二十）3" in led
    assert len(_listed(catalog, "浙江文件里省发改委参与了哪些事项？")) > 30  # 参与: every task it is named in


def test_a_unit_named_with_its_province_is_the_documents_unit(catalog):
    listed = _listed(catalog, "浙江省卫生计生委参与了哪些事？")
    assert listed == [f"zhejiang-2014-info-consumption#{p}" for p in ("（十三）1", "（十三）2", "（十三）9", "（十四）5")]


def test_a_content_question_asking_which_of_a_named_heading_lists_its_leaves(catalog):
    """浙江在提高信息安全保障能力上有哪些要求 names the heading （十六）: its three items, not the best one."""
    security = [f"zhejiang-2014-info-consumption#（十六）{i}" for i in (1, 2, 3)]
    assert _listed(catalog, "浙江在提高信息安全保障能力上有哪些要求？", (security[2],)) == security
    taxes = [f"zhejiang-2014-info-consumption#（二十二）{i}" for i in (1, 2, 3, 4)]
    assert _listed(catalog, "浙江在税收上给了哪些优惠措施？全部列出来。", (taxes[3],)) == taxes


def _follow_up(catalog: Catalog, first: str, then: str):
    documents = catalog.documents
    return merge_follow_up(understand(then, documents), understand(first, documents))


def test_a_follow_up_naming_another_task_under_the_same_chapter_is_searched_by_its_own_words(catalog):
    """那智慧消防呢 after 推进车联网建设 (both under 五、开展智慧城市示范试点): 智慧 in the chapter's title
    does not make the cited item name 智慧消防."""
    selector = _selector(catalog, [])
    query = _follow_up(catalog, "浙江推进车联网这件事，归哪几个单位管？", "那智慧消防呢？")
    assert selector._search_text(query, ("zhejiang-2014-info-consumption#（十五）5",)) == "那智慧消防呢？"


def test_a_follow_up_naming_the_annex_table_stays_on_the_row(catalog):
    """国务院分工表里这项: 分工 names the table the row belongs to (its annex's title), not another task."""
    selector = _selector(catalog, [])
    query = _follow_up(catalog, "浙江在知识产权质押融资方面有什么措施？", "国务院分工表里这项由哪些部门负责？")
    assert selector._search_text(query, ("guofa-2013-32#附件第71项",)) == query.text != query.own_text


def test_a_content_question_asking_which_tasks_of_a_quoted_deadline_class_lists_the_class(catalog):
    listed = _listed(catalog, "国家附件里有哪些规划、战略或者指导意见要求在2013年三季度拿出来？")
    assert set(_rows(1, 23, 51)) <= set(listed)  # 2013年第三季度, as the asker writes it
    assert all(catalog.clauses_by_id[i].deadline.startswith("2013年第三季度") for i in listed)


def test_a_phrase_the_asker_quotes_is_the_topic_of_the_list(catalog):
    listed = _listed(catalog, "浙江文件里各个地市分别在搞哪些“智慧”建设？都列一下。")
    cities = ["（十一）5", "（十三）1", "（十三）4", "（十三）6", "（十三）7", "（十四）4", "（十四）6", "（十五）2", "（十五）3", "（十五）4"]
    assert {f"zhejiang-2014-info-consumption#{p}" for p in cities} <= set(listed)
    assert all("智慧" in catalog.clauses_by_id[i].text for i in listed)


def test_a_quoted_phrase_the_documents_do_not_write_is_no_topic(catalog):
    """“三网合一” is the asker's word (the text says 三网融合): no list of whatever holds 三网."""
    selector = _selector(catalog, [])
    query = understand("电信网、广电网和互联网“三网合一”，国家有哪些措施？", catalog.documents)
    assert selector.lister.quoted_topic(query, Filters(doc_ids=query.doc_ids)) is None
