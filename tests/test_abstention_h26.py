"""Wrongful abstention on answerable questions (h26): each decline rule is made more precise by one general
mechanism, measured on blind batches. Tests run the evidence selector on real documents of eval/real/docs/dev
with the clause order fixed (tests/fixed_order.StubSearch), so the rule, not the ranking, decides."""

from __future__ import annotations

import pytest

from assistant.answering.evidence import EvidenceSelector
from assistant.answering.question import understand
from assistant.config import REPO_ROOT, get_settings
from assistant.corpus import load_document
from assistant.index.catalog import Catalog
from tests.fixed_order import StubSearch

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
OFF_TOPIC = "文件中没有找到与该问题相关的内容。"


def _catalog(stem: str) -> Catalog:
    return Catalog([load_document(DEV / f"{stem}.txt", trusted=True)])


def _gather(catalog: Catalog, question: str, paths: list[str]):
    ids = [next(c for c in catalog.clauses if c.path == p).id for p in paths]
    selector = EvidenceSelector(StubSearch(catalog, ids), get_settings().model_copy(update={"reranker": "learned"}))
    return selector.gather(understand(question, catalog.documents))


@pytest.fixture(scope="module")
def wucheng() -> Catalog:
    # 金华市婺城区人民政府关于印发关于推动经济高质量发展若干政策举措(2025年版)的通知
    return _catalog("jinhua-wucheng-2025-economy-measures-part")


@pytest.fixture(scope="module")
def changfeng() -> Catalog:
    return _catalog("changfeng-county-economy-policy-part")


def test_a_question_naming_its_document_by_the_title_is_on_topic(wucheng):
    # 婺城区 is in the title only; the opening says 《关于推动经济高质量发展若干政策举措(2025年版)》已经区政府同意
    evidence = _gather(wucheng, "婺城区这份政策是哪一年的版本？", ["序言", "附件序言", "附件一"])
    assert evidence.abstain_reason is None
    assert evidence.selected[0].path == "序言" and "2025年版" in evidence.selected[0].text


def test_a_subject_neither_clauses_nor_title_name_is_still_off_topic(changfeng):
    # changfeng-county-economy-policy-part: its measures reward 技改, 创新示范, 工业精品 — none 主板上市
    evidence = _gather(changfeng, "企业在主板上市能奖多少？", ["一（二）2", "一（二）1", "一（一）2", "一（一）1", "序言"])
    assert evidence.abstain_reason == OFF_TOPIC


UNLISTED = "文件对所列的几类对象分别规定了金额，所问的对象不在其中。"


def test_a_case_the_list_leaves_out_is_declined(changfeng):
    # 一（二）1: 对新认定国家级及省级制造业创新中心、技术创新示范企业,分别给予50万元、20万元一次性奖补 — 服务型制造示范
    # 企业 shares only the head 示范企业, and the clause says nothing else of 服务型制造
    evidence = _gather(changfeng, "在长丰县被认定为服务型制造示范企业能奖多少钱？", ["一（二）1"])
    assert evidence.abstain_reason == UNLISTED


def test_a_case_another_sentence_of_the_clause_names_is_answered():
    # liuhe-2023-key-industries 第九条: 对初次认定为国家高新技术企业的，给予企业20 万元奖励；… 新列入国家级和省级“专精特新”
    # 中小企业，分别给予企业30万元和10万元奖励 — the asked 高新技术 shares the head 中小企业 with the listed cases, but the
    # clause states its own amount in another sentence: that is where the answer is, not a case the list leaves out
    catalog = _catalog("liuhe-2023-key-industries")
    evidence = _gather(catalog, "柳河县新列入高新技术中小企业能拿多少？", ["第九条"])
    assert evidence.abstain_reason is None
    assert "国家高新技术企业" in evidence.selected[0].text
