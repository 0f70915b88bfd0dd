"""Responsibility facts: every published form gives lead and supporting units apart.

Sentences are quoted from the development documents (eval/real/docs/dev, named per test)
or, for forms those documents lack, from issue 9's survey of published texts.
"""

from __future__ import annotations

import pytest

from assistant.corpus.facts import annotate
from assistant.corpus.model import Clause
from assistant.corpus.responsibility import extract, heading_lead
from assistant.lexicon.regions import to_simplified
from assistant.lexicon.units import find_units, is_unit_name


def roles(text: str) -> tuple[list[str], list[str]]:
    _, lead, supporting = extract(text, None).resolved()
    return lead, supporting


@pytest.mark.parametrize("text, lead, supporting", [
    # kunming-guandu-2016-stabilize-growth-part, item 1 and 2: (X牵头,Y、Z配合)
    ("加快建立“中介超市”,5月底前实现我区中介超市上线运行。(区政务服务局牵头,区发改局、区审改办、区住建局、区级相关部门配合)",
     ["区政务服务局"], ["区发改局", "区审改办", "区住建局", "区级相关部门"]),
    ("辖区范围内6亩以下(不含6亩)的土地使用转让手续,区政府审查后办理土地登记。(区国土分局牵头,区规划分局、区级相关部门配合)",
     ["区国土分局"], ["区规划分局", "区级相关部门"]),
    # the national form since about 2015: no label, first listed leads, 下同 is a note
    ("（工业和信息化部、科技部负责。列第一位者为牵头单位，下同）", ["工业和信息化部"], ["科技部"]),
    # lead and supporting labels in one bracket, with a collective 各区、县级市
    ("（牵头单位：市发改委，配合单位：市财政局、市科技局，各区、县级市）", ["市发改委"], ["市财政局", "市科技局", "各区、县级市"]),
    # a label on its own line after the item
    ("对企业给予奖励。\n牵头单位:区科技局", ["区科技局"], []),
    # prose: guobanhan-2004-71-sichuan-reply 二 and guobanfa-2018-124-cultural-enterprises （三十一）
    ("发展改革委会同水利部研究提出了办理意见：亭子口水库已经列入“十五”期间全国大型水库建设规划", ["发展改革委"], ["水利部"]),
    ("中央所属转制文化企业的认定，由中央宣传部会同财政部、税务总局确定并发布名单", ["中央宣传部"], ["财政部", "税务总局"]),
    # beijing-daxing-core-team-reward-draft 第七条 and 第八条
    ("区产促中心会同区财政局确定奖励额度,报区促进产业发展领导小组审议通过后,直接拨付至企业。", ["区产促中心"], ["区财政局"]),
    ("区财政局负责提供资金保障。", ["区财政局"], []),
    ("由市商务局会同市财政局组织实施。", ["市商务局"], ["市财政局"]),
    ("具体工作由开发区管委会承担。", ["开发区管委会"], []),
    ("由外交部和总参谋部统一归口管理", ["外交部", "总参谋部"], []),  # guobanfa-1996-25 一
])
def test_forms(text, lead, supporting):
    assert roles(text) == (lead, supporting)


def test_traditional_script_is_stored_simplified():
    # dongguan-2021-employment-trad-part 一（一）1 and shaoxing-shengzhou-2022-industry-policy-trad-part 一（一）
    text = to_simplified("實施至2022年4月30日。(市人力資源社會保障局、市醫保局、市財政局、市稅務局負責)")
    assert roles(text) == (["市人力资源社会保障局"], ["市医保局", "市财政局", "市税务局"])
    assert roles(to_simplified("分別給予 100 萬元獎勵。\n(責任單位:市經信局)")) == (["市经信局"], [])


def test_brackets_that_name_no_units_are_left_alone():
    # kunming-guandu-2016-stabilize-growth-part item 3
    assert not extract("只需提交水保批复(涉及水土保持项目)、滇管部门选址意见(涉及滇池流域项目)。", None)
    assert not extract("区政府设立“花山区科学技术奖”(以下简称“区科技奖”)。", None)  # maanshan-huashan 第二条


def test_chapter_heading_leads_its_items():
    # jinhua-wucheng-2025-economy-measures-part: 一、强化科技创新(区科技局牵头)
    leaf = Clause(id="d#一", doc_id="d", kind="clause", text="以统筹深化教育科技人才一体化改革为牵引。",
                  chapter="一、强化科技创新(区科技局牵头)")
    annotate(leaf, None)
    assert (leaf.units, leaf.lead_units, leaf.supporting_units) == (["区科技局"], ["区科技局"], [])
    assert heading_lead("一、强化科技创新", None).units == []


def test_leaf_keeps_union_in_units():
    leaf = annotate(Clause(id="d#1", doc_id="d", kind="item",
                           text="（牵头单位：市发改委，配合单位：市财政局、市科技局）"), None)
    assert leaf.units == ["市发改委", "市财政局", "市科技局"]
    assert leaf.lead_units == ["市发改委"] and leaf.supporting_units == ["市财政局", "市科技局"]


def test_local_units_by_shape():
    for name in ("区科技局", "县商务局", "市场监管局", "开发区管委会", "市人力资源社会保障局", "县残联"):
        assert is_unit_name(name), name
    for text in ("涉及水土保持项目", "不含6亩", "区级负责审批"):
        assert not is_unit_name(text), text
    assert find_units("区科技局和县商务局分别负责什么") == ["区科技局", "县商务局"]
