"""Units named by what they do: a unit's field, kind, level and places read from its name, and the
function phrases of a question resolved against the library's units within the scope it names.

The known units below are spelled as the shipped 浙江 and 国务院 documents and the eval/real/docs/dev
documents (广州, 官渡区, 东莞, 石城县) name them, each with its document's government. The questions
are worded for these tests, not taken from an eval set.
"""

from __future__ import annotations

import pytest

from assistant.lexicon.regions import Level
from assistant.lexicon.unit_fields import (
    Kind,
    expand,
    function_phrases,
    profile,
    units_by_function,
)
from assistant.lexicon.units import find_units

ZJ, GZ, GD, DG, SC = "浙江省", "广东省广州市", "云南省昆明市官渡区", "广东省东莞市", "石城县"
KNOWN: dict[str, str | None] = {
    # national (the 国务院 document's annex)
    "税务总局": None, "银监会": None, "证监会": None, "人民银行": None, "外汇局": None, "邮政局": None,
    "国家互联网信息办公室": None, "法制办": None, "国土资源部": None, "统计局": None, "财政部": None,
    "知识产权局": None, "海关总署": None, "开发银行": None, "各有关部门": None,
    # 浙江
    "省地税局": ZJ, "省国税局": ZJ, "省法制办": ZJ, "省邮政管理局": ZJ, "浙江证监局": ZJ, "浙江银监局": ZJ,
    "人行杭州中心支行": ZJ, "省外汇管理局": ZJ, "省统计局": ZJ, "国家统计局浙江调查总队": ZJ, "省编委办": ZJ,
    "省国土资源厅": ZJ, "省财政厅": ZJ, "杭州海关": ZJ, "宁波海关": ZJ, "省电力公司": ZJ, "杭州市政府": ZJ,
    "省安监局": ZJ, "省物价局": ZJ,
    # dev documents
    "市法制办": GZ, "市金融办": GZ, "市卫生局": GZ, "区国土分局": GD, "区水务局": GD, "市税务局": DG,
    "县招商局": SC, "县财政局": SC,
}


@pytest.mark.parametrize("short, full", [
    ("证监会", "证券监督管理会"), ("浙江银监局", "浙江银行业监督管理局"), ("省安监局", "省安全生产监督管理局"),
    ("省地税局", "省地方税务局"), ("省国税局", "省国家税务局"), ("中央网信办", "中央互联网信息办"),
    ("人行杭州中心支行", "人民银行杭州中心支行"), ("省编委办", "省机构编制委员会办公室"),
])
def test_regular_abbreviations_are_written_out(short, full):
    assert expand(short) == full


def test_a_unit_s_field_comes_from_its_name():
    assert {"地方税", "税务"} <= profile("省地税局", ZJ).fields
    assert "国税" not in profile("省地税局", ZJ).fields  # a 地方税 body is no 国税 body
    assert "国税" in profile("税务总局").fields  # read with its other spelling 国家税务总局
    assert "银行业" in profile("银监会").fields and "银行业" not in profile("人民银行").fields
    assert "证券" in profile("浙江证监局", ZJ).fields
    assert "网信" in profile("国家互联网信息办公室").fields
    assert "编制" in profile("省编委办", ZJ).fields
    assert "民航" in profile("民航局").fields  # no field word lists it: the name's own stem


@pytest.mark.parametrize("name, government, kind, level", [
    ("浙江证监局", ZJ, Kind.BRANCH, Level.PROVINCE),
    ("人行杭州中心支行", ZJ, Kind.BRANCH, Level.PROVINCE),
    ("国家统计局浙江调查总队", ZJ, Kind.BRANCH, Level.NATIONAL),
    ("省统计局", ZJ, Kind.DEPARTMENT, Level.PROVINCE),
    ("税务总局", None, Kind.DEPARTMENT, Level.NATIONAL),
    ("区国土分局", GD, Kind.DEPARTMENT, Level.COUNTY),
    ("杭州市政府", ZJ, Kind.GOVERNMENT, Level.CITY),
    ("各有关部门", None, Kind.COLLECTIVE, Level.OTHER),
    ("省电力公司", ZJ, Kind.ENTERPRISE, Level.PROVINCE),
    ("开发银行", None, Kind.ENTERPRISE, Level.NATIONAL),
])
def test_a_unit_s_kind_and_level(name, government, kind, level):
    p = profile(name, government)
    assert (p.kind, p.level) == (kind, level)


def test_a_unit_s_places_come_from_its_name_and_its_government():
    assert "杭州" in profile("人行杭州中心支行", ZJ).places and "浙江" in profile("人行杭州中心支行", ZJ).places
    assert {"云南", "昆明", "官渡区", "官渡"} <= profile("区国土分局", GD).places
    assert "石城" in profile("县招商局", SC).places


@pytest.mark.parametrize("question, units", [
    # a field, narrowed by the level or place the question names
    ("省里管地方税的是哪个部门？", ["省地税局"]),
    ("浙江省里主管国税工作的部门有哪些任务？", ["省国税局"]),
    ("管税的部门都有哪些？", ["税务总局", "省地税局", "省国税局", "市税务局"]),
    ("国家层面的税务部门做什么？", ["税务总局"]),
    ("省政府法制部门做了什么？", ["省法制办"]),
    ("国务院的法制部门做了什么？", ["法制办"]),
    ("国家邮政管理部门负责什么？", ["邮政局"]),
    ("省邮政管理部门负责什么？", ["省邮政管理局"]),
    ("国家银行业监管机构负责哪些？", ["银监会"]),
    ("国家的网信部门做什么？", ["国家互联网信息办公室"]),
    ("国家管土地的部门做什么？", ["国土资源部"]),
    ("浙江管机构编制的部门参与什么？", ["省编委办"]),
    ("省里管安全生产监管的部门做什么？", ["省安监局"]),
    ("广州市里管法制的部门参与了什么？", ["市法制办"]),
    ("官渡区管土地的部门是哪个？", ["区国土分局"]),
    ("石城县管招商的部门负责什么？", ["县招商局"]),
    ("东莞的税务部门负责什么？", ["市税务局"]),
    # a branch, by its parent (a name or a field) and its place; a branch is preferred to a department
    ("证券监管和银行业监管部门驻浙江的机构做什么？", ["浙江证监局", "浙江银监局"]),
    ("驻浙江的证券监管机构负责什么？", ["浙江证监局"]),
    ("人民银行在杭州的分支机构做什么？", ["人行杭州中心支行"]),
    ("海关在宁波的机构负责什么？", ["宁波海关"]),
    ("国家统计局驻浙江的机构做什么？", ["国家统计局浙江调查总队"]),
    ("外管局在浙江的分局负责什么？", ["省外汇管理局"]),
])
def test_units_named_by_function_resolve_within_the_scope_named(question, units):
    assert sorted(units_by_function(question, KNOWN)) == sorted(units)


@pytest.mark.parametrize("question, words", [
    ("国务院文件里管民航的部门负责什么？", "管民航的部门"),  # no unit of the library does that work
    ("浙江省里管审计的部门参与了什么？", "省里管审计的部门"),  # 审计署 is national, not 浙江's
    ("成都管规划的部门是哪个？", "管规划的部门"),  # no unit of 成都 is known
])
def test_a_function_no_unit_answers_stays_as_the_question_s_words(question, words):
    assert units_by_function(question, KNOWN) == [words]
    assert find_units(question, known=KNOWN)[-1] == words


@pytest.mark.parametrize("question", [
    "金融机构要支持哪些企业？",  # banks, not the 金融办
    "由哪个部门负责？", "各有关部门要做什么？", "行业主管部门是谁？", "相关部门有哪些？",
    "各地在这些市场的分支机构有多少？", "负责落实税收政策的是谁？", "浙江什么时候定统计口径？",
])
def test_no_function_phrase_names_no_unit(question):
    assert units_by_function(question, KNOWN) == []


def test_a_unit_named_by_its_name_resolves_as_without_known_units():
    for unit in KNOWN:
        for question in (f"{unit}负责哪些任务？", f"浙江文件里{unit}参与了什么？", f"由{unit}牵头的有哪些"):
            assert find_units(question, known=KNOWN) == find_units(question), question


def test_names_inside_a_function_phrase_are_its_scope_not_units():
    # 省政府 scopes 法制部门; 财政部 is no name inside 财政部门; 央行 is the branch's parent
    assert find_units("浙江省政府法制部门做什么？", known=KNOWN) == ["省法制办"]
    assert "财政部" not in find_units("浙江的财政部门做什么？", known=KNOWN)
    assert find_units("央行在杭州的分支机构做什么？", known=KNOWN) == ["人行杭州中心支行"]
    assert find_units("省级部门有哪些？") == []  # 部 before 门 ends no name: no 省级部


def test_a_level_word_inside_a_field_is_no_scope():
    (phrase,) = function_phrases("市场监管部门负责什么？")
    assert phrase.scope == ""
    (phrase,) = function_phrases("省市场监管部门负责什么？")
    assert phrase.scope == "省"


def test_the_shipped_library_s_own_units_read_by_name_as_before():
    from assistant.answering.question import unit_governments
    from assistant.config import get_settings
    from assistant.corpus import load_corpus

    known = unit_governments(load_corpus([get_settings().corpus_dir]))
    for unit in known:
        question = f"{unit}负责哪些任务？"
        assert find_units(question, known=known) == find_units(question), question
    assert find_units("浙江文件里省里管地方税的部门参与了哪些事项？", known=known) == ["省地税局"]



def test_money_named_plainly_is_the_finance_field():
    # 管钱的部门 is how people name 财政: the field word 钱 reads the unit of public money
    assert units_by_function("省里管钱的部门牵头了哪些任务？", KNOWN) == ["省财政厅"]
