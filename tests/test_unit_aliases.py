"""Aliases by function: a department named by its field, a branch named by parent and place.

The known units are those the corpus names (the shipped 浙江 document, eval/real/docs/dev
kunming-guandu and chengdu documents, and national names), each with its document's government.
"""

from __future__ import annotations

import pytest

from assistant.lexicon.unit_fields import units_by_function
from assistant.answering.composer import _who
from assistant.answering.direct import units_line
from assistant.corpus.facts import annotate
from assistant.corpus.model import Clause
from assistant.lexicon.units import find_units, written_forms

KNOWN = {
    "人行杭州中心支行": "浙江省", "省国土资源厅": "浙江省", "浙江证监局": "浙江省", "省财政厅": "浙江省",
    "省外汇管理局": "浙江省", "区国土分局": "云南省昆明市官渡区", "区规划分局": "云南省昆明市官渡区",
    "成都市规划和自然资源局": "四川省成都市", "自然资源部": None, "人民银行": None, "区税务局": "广东省深圳市南山区",
}


@pytest.mark.parametrize("question, units", [
    ("央行在杭州的分支机构负责哪些任务？", ["人行杭州中心支行"]),
    ("证监会在浙江的派出机构牵头什么？", ["浙江证监局"]),
    ("外管局在浙江的分局负责什么？", ["省外汇管理局"]),  # its place is its document's government
    ("浙江管土地的部门牵头哪些任务？", ["省国土资源厅"]),
    ("官渡区管土地的部门是哪个？", ["区国土分局"]),
    ("成都管规划和土地的是哪个部门？", ["成都市规划和自然资源局"]),
    ("国家管土地的部门参与了吗？", ["自然资源部"]),
    ("税务部门负责什么？", ["区税务局"]),
])
def test_units_named_by_function_or_branch(question, units):
    assert units_by_function(question, KNOWN) == units


@pytest.mark.parametrize("question", ["今天天气怎么样？", "市场主体登记要多久？", "各地在这些市场的分支机构有多少？"])
def test_no_function_named_no_unit(question):
    assert units_by_function(question, KNOWN) == []


def test_find_units_adds_aliases_only_with_known_units():
    question = "央行在杭州的分支机构和省财政厅负责什么？"
    assert find_units(question) == ["人民银行", "省财政厅"]
    assert find_units(question, known=KNOWN) == ["省财政厅", "人行杭州中心支行"]  # 央行 names the parent


def test_the_assistant_reads_units_named_by_function_from_its_own_library():
    from assistant.answering.question import understand, unit_governments
    from assistant.config import get_settings
    from assistant.corpus import load_corpus

    documents = load_corpus([get_settings().corpus_dir])
    query = understand("央行在杭州的分支机构负责哪些工作？", documents, unit_governments(documents))
    assert "人行杭州中心支行" in query.units
    assert "人行杭州中心支行" not in understand("央行在杭州的分支机构负责哪些工作？", documents).units


def test_an_answer_names_units_as_the_document_writes_them():
    """Facts are stored canonical (省发改委, 省建设厅) so that questions in either form match; the answer
    writes each unit as its clause does (h22r-anhui 协同责任单位 line), so the reader finds it in the text."""
    text = "加快项目建设。牵头责任单位：省发展改革委；协同责任单位：省住房城乡建设厅、省人力资源社会保障厅"
    assert written_forms(text, "安徽")["省发改委"] == "省发展改革委"
    clause = annotate(Clause(id="d#1", doc_id="d", kind="item", text=text, path="一1"), region="安徽")
    assert clause.lead_units == ["省发改委"]
    line = units_line([clause], None)
    assert line == "牵头单位：省发展改革委；配合单位：省住房城乡建设厅、省人力资源社会保障厅"


def test_each_quoted_clause_names_its_units_as_written():
    """The per-clause line (根据《X》一1，“…”的牵头单位是：…) writes units as the clause does, like the answer's first line."""
    text = "加快项目建设。牵头责任单位：省发展改革委；协同责任单位：省住房城乡建设厅、省人力资源社会保障厅"
    clause = annotate(Clause(id="d#1", doc_id="d", kind="item", text=text, path="一1"), region="安徽")
    who = _who(clause.lead_units, clause.supporting_units, clause.units, written_forms(text, "安徽"))
    assert who == "牵头单位是：省发展改革委，配合单位是：省住房城乡建设厅、省人力资源社会保障厅"
