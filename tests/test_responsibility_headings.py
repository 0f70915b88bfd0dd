"""A heading's lead carried to the items under it, and supporting bodies named beside a lead.

Every sentence here is quoted from a real document of eval/real/docs/dev, index/corpus or the laws
corpus (named in each test); the forms are general, none names a document.
"""

from __future__ import annotations

import pytest

from assistant.corpus import responsibility
from assistant.corpus.facts import annotate
from assistant.corpus.model import Clause


@pytest.mark.parametrize(
    ("heading", "lead"),
    [
        ("(一)省监察厅牵头的工作", ["省监察厅"]),  # h22u-shanxi-2008-gov-task-division-part: a division by unit
        ("(二)省审计厅牵头的工作", ["省审计厅"]),
        ("(三)省编办牵头的工作", ["省编办"]),
        ("(一)省人民政府办公厅牵头的工作", ["省人民政府办公厅"]),
        ("省编办牵头的工作", ["省编办"]),  # as the parser stores a clause title, without its number
        ("一、科教人一体高质量打造创新驱动主引擎(由区科技局牵头)", ["区科技局"]),  # h23d-fuyang-2025-…
        ("一、强化科技创新(区科技局牵头)", ["区科技局"]),
        ("扩大有效投资政策(由市发展改革委牵头实施)", ["市发展改革委"]),  # h23d-wenzhou-2023-…
    ],
)
def test_heading_names_the_lead_of_its_items(heading: str, lead: list[str]) -> None:
    assert responsibility.heading_lead(heading, None).lead == lead


@pytest.mark.parametrize(
    "heading",
    [
        "一、孟学农省长负责的工作",  # a person's share of the tasks names no unit
        "二、薛延忠常务副省长负责的工作",
        "三、关于进一步加强我国防震减灾工作的意见",
        "一、做好今年经济社会发展工作",
    ],
)
def test_heading_naming_no_unit_gives_none(heading: str) -> None:
    assert not responsibility.heading_lead(heading, None)


def _leaf(text: str, clause_title: str | None = None, chapter: str | None = None) -> Clause:
    return Clause(id="d#x", doc_id="d", kind="item", text=text, chapter=chapter, clause="（一）",
                  clause_title=clause_title)


def test_item_without_units_is_its_heading_leads() -> None:
    leaf = annotate(_leaf("加强行政监察工作,全面落实政府系统党风廉政建设责任制。", "省监察厅牵头的工作",
                          "一、孟学农省长负责的工作"), None)
    assert leaf.lead_units == ["省监察厅"] and leaf.units == ["省监察厅"]


@pytest.mark.parametrize(
    ("text", "title", "lead", "supporting"),
    [
        ("积极稳妥地推进乡镇机构改革。\n协同单位:省财政厅、省人事厅、省农业厅等省直有关部门和各市人民政府。",
         "省编办牵头的工作", "省编办", "省人事厅"),
        ("全面加强审计工作。\n协同单位:省直各部门和各市人民政府。", "省审计厅牵头的工作", "省审计厅",
         "省直各部门和各市人民政府"),
        ("认真执行省人大及其常委会的各项决议、决定,自觉接受监督;认真办理人大代表、政协委员的议案、提案和建议。\n"
         "协同单位:省直有关部门和各市人民政府。", "省人民政府办公厅牵头的工作", "省人民政府办公厅",
         "省直有关部门和各市人民政府"),
    ],
)
def test_item_naming_only_supporting_units_is_led_by_its_heading(text: str, title: str, lead: str, supporting: str) -> None:
    """协同单位 are supporting: the item names no lead of its own, so the heading's lead leads it."""
    leaf = annotate(_leaf(text, title, "一、孟学农省长负责的工作"), None)
    assert leaf.lead_units == [lead]
    assert supporting in leaf.supporting_units and lead not in leaf.supporting_units


def test_item_naming_its_own_lead_keeps_it() -> None:
    """An item's own (X牵头,Y配合) wins over its chapter's lead (item of kunming-guandu-2016-…, under the
    chapter heading of h23d-fuyang-2025-…)."""
    leaf = annotate(_leaf("环评报告书14个工作日内、环评报告表7个工作日内、环评登记表3个工作日内完成审批。"
                          "(区环保局牵头,区水务局、区级相关部门配合)", None,
                          "一、科教人一体高质量打造创新驱动主引擎(由区科技局牵头)"), None)
    assert leaf.lead_units == ["区环保局"] and "区科技局" not in leaf.units


@pytest.mark.parametrize(
    ("sentence", "lead", "supporting"),
    [
        # laws corpus: 融资性担保公司管理 / 防范和处置非法集资条例 / 野生动物保护法
        ("融资性担保业务监管部际联席会议由国务院银行业监督管理机构牵头，国务院有关部门参加，负责督促。",
         ["国务院银行业监督管理机构"], ["国务院有关部门"]),
        ("联席会议由国务院银行保险监督管理机构牵头，有关部门参加，负责督促、指导有关部门和地方开展防范和处置工作。",
         ["国务院银行保险监督管理机构"], ["有关部门"]),
        ("国家建立由国务院林业草原、渔业主管部门牵头，各相关部门配合的野生动物联合执法工作协调机制。",
         ["国务院林业草原、渔业主管部门"], ["各相关部门"]),
        ("(区环保局牵头,区水务局、区级相关部门配合)", ["区环保局"], ["区水务局", "区级相关部门"]),
    ],
)
def test_bodies_taking_part_beside_a_lead_support_it(sentence: str, lead: list[str], supporting: list[str]) -> None:
    found = responsibility.extract(sentence, None)
    assert found.lead == lead and found.supporting == supporting


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # laws corpus (经费 / 协调 clauses)
        ("所需经费由县级人民政府统筹安排。", ["县级人民政府"]),
        ("由省人民政府交通运输主管部门统筹协调。", ["省人民政府交通运输主管部门"]),
        ("由当地人民政府统筹解决。", ["当地人民政府"]),
    ],
)
def test_body_that_coordinates_a_measure(sentence: str, lead: list[str]) -> None:
    """由X统筹安排 / 统筹协调 / 统筹解决: 统筹 is what the body does."""
    assert responsibility.extract(sentence, None).lead == lead


@pytest.mark.parametrize(
    "sentence",
    [
        # kunming-guandu-2016 二4 and wenzhou-2023-rural-revitalization 一1: a level's purse that funds an
        # item is not its responsible unit (the item's note or 责任单位 cell names that)
        "加大项目前期工作力度,区级财政安排4000万元重大项目前期费,统筹用于区级重大基础设施项目。",
        "在省补基础上,由市级财政每年安排资金通过因素法分配到各区,统筹用于粮食生产相关补贴政策。",
        "市级财政资金由市财政局拨付。",
    ],
)
def test_level_funds_are_no_unit(sentence: str) -> None:
    units = responsibility.extract(sentence, None).units
    assert not any(u.endswith("级财政") for u in units)


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # h23d-guobanhan-2006-82-proposal-4626-reply; laws corpus (规章备案 clauses)
        ("人民群众向国务院领导同志反映的重要意见和建议，国家信访局都及时报送国务院领导同志。", ["信访局"]),
        ("规章由市人民政府办公厅报送备案。", ["市人民政府办公厅"]),
        ("由区人大常委会办公室报送备案。", ["区人大常委会办公室"]),
    ],
)
def test_body_that_sends_a_matter_on(sentence: str, lead: list[str]) -> None:
    """报送 is what the body does (国家信访局 is 信访局 in the national spelling facts are stored under)."""
    assert responsibility.extract(sentence, None).lead == lead


@pytest.mark.parametrize(
    ("note", "units"),
    [
        # h23d-liaoyang-2023-…, index/corpus zhejiang-2014-info-consumption, h23d-liaoning-2023-…, anshan-lishan-2023-…
        ("责任单位:各县(市)区政府,市政府办公室、市人力资源社会保障局、市工业和信息化局、市经济发展创新服务中心",
         ["各县(市)区政府", "市政府办公室", "市人力资源社会保障局", "市工业和信息化局", "市经济发展创新服务中心"]),
        ("2.建立政府公共服务信息平台和一体化社区信息服务站。(责任单位:各市政府,省民政厅、省公安厅、省发改委、省经信委、省财政厅)",
         ["各市政府", "省民政厅", "省公安厅", "省发改委", "省经信委", "省财政厅"]),
        ("责任单位:各市人民政府,省沈抚示范区管委会", ["各市人民政府", "省沈抚示范区管委会"]),
        ("责任单位:各街道,区市场局", ["各街道", "区市场局"]),
    ],
)
def test_places_set_off_before_named_bodies_name_no_lead(note: str, units: list[str]) -> None:
    """A 责任单位 list whose first comma group is a collective of governments names no lead: the
    collective is not made 牵头单位 by its place, nor the named bodies 配合单位."""
    named, lead, supporting = responsibility.extract(note, None).resolved()
    assert named == units and lead == [] and supporting == []


@pytest.mark.parametrize(
    ("note", "lead"),
    [
        ("责任单位:各市政府", ["各市政府"]),  # a collective alone is the unit
        ("责任单位:各街道,各相关单位", ["各街道"]),  # collectives only: the first listed, as before
        ("(责任单位:省经信委、省财政厅)", ["省经信委"]),  # zhejiang-2014: the first listed leads
    ],
)
def test_lists_without_a_collective_group_before_bodies_keep_their_first_lead(note: str, lead: list[str]) -> None:
    assert responsibility.extract(note, None).resolved()[1] == lead
