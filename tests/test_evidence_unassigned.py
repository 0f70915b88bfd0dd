"""Who is responsible, asked of a task the text names without a unit (found on real-dev): a best-ranked
clause naming no unit that names the asked task more than twice as well as the clause chosen for its units
leaves the slot unfilled; a task whose own clause names its units is answered as before."""

from __future__ import annotations

import pytest

from assistant.answering.evidence import EvidenceSelector
from assistant.answering.question import understand
from assistant.config import REPO_ROOT, get_settings
from assistant.corpus import load_document
from assistant.index.catalog import Catalog
from tests.fixed_order import StubSearch

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
GUANGZHOU = "guangzhou-talent-gathering-opinions"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog([load_document(DEV / f"{GUANGZHOU}.txt", trusted=True)])


def _gather(catalog: Catalog, question: str, paths: list[str]):
    ids = [next(c for c in catalog.clauses if c.path == p).id for p in paths]
    selector = EvidenceSelector(StubSearch(catalog, ids), get_settings().model_copy(update={"reranker": "learned"}))
    return selector.gather(understand(question, catalog.documents))


def test_a_task_named_without_a_unit_is_not_answered_with_a_neighbours_unit(catalog):
    one = next(c for c in catalog.clauses if c.path == "一1")
    assert not one.units and "人才贡献率达到40%" in one.text
    evidence = _gather(catalog, "广州人才贡献率要达到40%这个总目标，由哪个部门负责？", ["一1", "四40", "二（一）2"])
    assert evidence.abstain_reason == "文件提到了所问的这项工作，但没有写明由哪个单位负责。"


def test_a_task_whose_clause_names_its_units_is_answered(catalog):
    evidence = _gather(catalog, "广州大学生村官的选聘和培养，谁牵头？", ["一1", "二（三）16", "二（一）2"])
    assert evidence.abstain_reason is None
    assert [c.path for c in evidence.selected][:1] == ["二（三）16"]


def test_a_word_named_by_its_short_form_in_the_chosen_clause_counts():
    # liuhe-2023-key-industries 第二十条: 县工信局负责技改重点产业项目相关工作 answers 做技术改造的重点产业项目归哪个部门管
    catalog = Catalog([load_document(DEV / "liuhe-2023-key-industries.txt", trusted=True)])
    evidence = _gather(catalog, "做技术改造的重点产业项目，在柳河归哪个部门管？", ["第二十条", "第十三条", "第二条"])
    assert evidence.abstain_reason is None and evidence.selected[0].path == "第二十条"
