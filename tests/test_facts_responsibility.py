"""Responsibility facts: every published form gives lead and supporting units apart.

Sentences are quoted from the development documents (eval/real/docs/dev, named per test)
or, for forms those documents lack, from issue 9's survey of published texts.
"""

from __future__ import annotations

import pytest

from assistant.corpus.facts import annotate
from assistant.corpus.model import Clause
from assistant.corpus.responsibility import author_of, bracketed, extract, heading_lead
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
    # maanshan-huashan 第二条: the (以下简称…) bracket names no unit, and 区政府 only founds the award
    # (responsibility_prose._FOUNDS): who runs it is said elsewhere or not at all
    text = "区政府设立“花山区科学技术奖”(以下简称“区科技奖”)。"
    assert not bracketed(text, None) and roles(text) == ([], [])


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


@pytest.mark.parametrize("text, lead, supporting", [
    # guobanfa-2018-123-gov-new-media 二 and 五（三）: a copula and a 将对 commitment
    ("国务院办公厅是全国政务新媒体工作的主管单位，地方各级人民政府办公厅（室）是本地区政务新媒体工作的主管单位。",
     ["国务院办公厅"], []),
    ("国务院办公厅将对各地区、各部门政务新媒体进行网上监测和抽查，并通报有关情况。", ["国务院办公厅"], []),
    # a level government by its level alone (shenzhen-nanshan-2024-industry-fund-part 第二条 only founds its
    # fund with 区政府设立…: no fact, see test_responsibility_framing)
    ("区政府负责专项资金的统筹安排。", ["区政府"], []),
    # guobanhan-2004-71-sichuan-reply 三 and 五: 会同 有关部门, and a later 将 in the same clause
    ("财政部会同农业部等有关部门研究提出了办理意见：该问题将根据今年水稻的增产情况统筹考虑。", ["财政部"], ["农业部"]),
    ("发展改革委会同有关部门研究提出了办理意见：待你省上报项目建议书后，交通部将进行行业审查。",
     ["发展改革委", "交通部"], ["有关部门"]),
    # guobanfa-1996-25-abandoned-chemical-weapons 三: a body by its role word in a 由…负责 slot
    ("其技术处理和有关管理工作由军队各级防化业务部门负责。", ["军队各级防化业务部门"], []),
    # guobanfa-2018-124-cultural-enterprises （三十一）: 会同 list sharing its 部门 stays one name
    ("地方所属转制文化企业的认定，由地方各级宣传部门会同同级财政、税务部门确定和发布名单。",
     ["地方各级宣传部门"], ["同级财政、税务部门"]),
    # guobanfa-2018-124 notice: the lead is the first, the 会同 list supports
    ("中央宣传部会同中央网信办、发展改革委、科技部等有关部门和单位拟定的《规定》已经国务院同意。",
     ["中央宣传部"], ["中央网信办", "发展改革委", "科技部"]),
    # xuancheng-2020-health-plan-meeting-notice: 牵头 then 会同 after a comma
    ("为贯彻落实《健康宣城2030规划》,市卫健委牵头,会同市教体局起草了《健康宣城行动实施方案(代拟稿)》",
     ["市卫健委"], ["市教体局"]),
    # a role marked in brackets on one name of a labelled list
    ("（责任单位：区财政局、区科技局(牵头)）", ["区科技局"], ["区财政局"]),
    ("（牵头单位：市发改委；配合单位：市财政局、市科技局）", ["市发改委"], ["市财政局", "市科技局"]),
])
def test_prose_forms(text, lead, supporting):
    assert roles(text) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",  # an addressee list names no one responsible
    "各地区、各部门要遵循政务新媒体发展规律，明确政务新媒体定位。",  # guobanfa-2018-123 三: the addressees told to act
    "主任委员由国务院专利行政部门负责人兼任。",  # a person, not the body (laws corpus)
    "市人民政府设立的少年儿童图书馆应当有独立馆舍。",  # 设立的: a verb describing its object (laws corpus)
    "县级以上地方人民政府负责管理地震工作的部门应当做好防震减灾工作。",  # 负责…的部门 describes a department
    "鼓励引导金融机构为中小网商提供小额贷款服务。",  # shipped corpus: a financial institution is no government body
])
def test_names_merely_mentioned_are_no_facts(text):
    assert not extract(text, None)


def test_self_reference_is_the_author():
    # guobanfa-1996-2-earthquake-key-zones: a forwarded report's 我局 is the body it forwards, not the office
    author = author_of("国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知", "国务院办公厅")
    text = "我局将尽快向各地、各部门提供防震减灾宣传教育大纲和科普材料。"
    assert roles(text) == (["我局"], [])
    assert extract(text, None, author).resolved()[1] == ["地震局"]
    assert extract(text, None, "国务院办公厅").resolved()[1] == ["我局"]  # an office is no 局: kept as written


def test_supporting_units_answer_a_follow_up():
    leaf = annotate(Clause(id="d#五", doc_id="d", kind="clause",
                           text="国土资源部会同民政部、财政部、水利部研究提出了办理意见：国土资源部将继续将你省作为重点。"), None)
    assert leaf.lead_units == ["国土资源部"] and leaf.supporting_units == ["民政部", "财政部", "水利部"]


@pytest.mark.parametrize("text, lead, supporting", [
    # laws corpus (../shared/corpora/laws.tar.xz): bodies named by their role word in a duty or 由 slot
    ("县级以上地方人民政府卫生行政部门负责本行政区域内的传染病防治及其监督管理工作", ["县级以上地方人民政府卫生行政部门"], []),
    ("具体办法由市水务部门会同发展改革、财政、税务等部门制定，报市人民政府批准后组织实施",
     ["市水务部门"], ["发展改革部门", "财政部门", "税务部门"]),
    ("第六十五条 违反本法规定的，由市场监督管理部门没收违法所得", ["市场监督管理部门"], []),
    ("市、县（市、区）人民政府应当增加其重点水污染物排放的削减任务", ["市、县（市、区）人民政府"], []),
    ("乡镇人民政府和街道办事处负责本辖区内的人口与计划生育工作", ["乡镇人民政府", "街道办事处"], []),
])
def test_laws_forms(text, lead, supporting):
    assert roles(text) == (lead, supporting)
