"""Whose document it is, when neither title nor issuer names the place (h25i).

Two forms of a local text that names its government only by the level word:

* a district's or county's text that calls itself 本区 / 我县 and writes its own name only after its city's
  (在哈尔滨市平房区…, 北京市大兴区新兴产业促进服务中心): that county is its government, under that city — not
  the city the text also names (a 平房区 text answering every question about 哈尔滨);
* a notice signed by its government's level word alone (市人民政府) whose title issues a text of its own
  place (关于印发咸宁市…办法): the place is that government's, and the issuer is named with it.

And a news repost's lead that reports the act (安徽省人民政府发布关于…的通知) names the issuer's 关于… document.
"""

from __future__ import annotations

from assistant.corpus.metadata import (
    bare_organ_government,
    government_from_text,
    placed_county,
    placed_organ,
    title_from_text,
)
from assistant.lexicon.regions import Level, government_of

#: beijing-daxing-core-team-reward-draft 第七条 (eval/real/docs/dev): the district named after its city.
DAXING_7 = ("第七条北京市大兴区新兴产业促进服务中心(以下简称“区产促中心”)负责统筹评分、申报、兑现及服务;"
            "各相关职能部门负责为企业评分;区产促中心会同区财政局确定奖励额度,报区促进产业发展领导小组审议通过后,"
            "直接拨付至企业。")
#: jinhua-2023-rural-revitalization-30-draft (eval/real/docs/dev): an address, the district after its city.
JINHUA_ADDRESS = "2.通过信函的方式将意见寄至金华市婺城区双龙南街828号,邮编:321017。"
#: kunming-guandu-2016-stabilize-growth-part (eval/real/docs/dev): how a district's text names itself.
GUANDU_OWN = "5月底前实现我区中介超市上线运行。(区政务服务局牵头,区发改局、区审改办、区住建局、区级相关部门配合)"
#: 上海市经济技术开发区条例 (laws corpus): a kind of area after its city, no county.
SHANGHAI_AREA = ("第一条 为了进一步扩大对外开放，发展对外经济技术合作和贸易，加快上海市经济技术开发区建设，根据中华人民共和国"
                 "有关法律、法规，结合本市实际情况，制定本条例。")


def test_a_county_placed_after_its_city_is_found_under_that_city():
    assert placed_county(DAXING_7, "区").name == "北京市大兴区"
    assert placed_county(JINHUA_ADDRESS, "区").name == "浙江省金华市婺城区"


def test_only_a_county_of_the_level_the_text_calls_itself_counts():
    assert placed_county(DAXING_7, "县").level == Level.OTHER  # 我县 in a text naming only 大兴区
    assert placed_county(SHANGHAI_AREA, "区").level == Level.OTHER  # 开发区 is a kind of area, not a county


def test_two_different_counties_name_none():
    assert placed_county(DAXING_7 + JINHUA_ADDRESS, "区").level == Level.OTHER


def test_a_text_calling_itself_a_district_belongs_to_the_district_it_places():
    """我区 twice (guandu's wording) and 北京市大兴区 once (daxing's 第七条): the district, not 北京."""
    found = government_from_text(GUANDU_OWN + "\n" + GUANDU_OWN + "\n" + DAXING_7)
    assert (found.name, found.level) == ("北京市大兴区", Level.COUNTY)
    assert government_from_text(GUANDU_OWN + "\n" + GUANDU_OWN).level == Level.OTHER  # no county placed


def test_a_bare_organ_takes_the_place_of_the_text_its_title_issues():
    """h24d-xianning's notice as parsed: signed 市人民政府, the 办法 it issues is 咸宁市's."""
    title = "市人民政府关于印发咸宁市城市生活垃圾处理收费管理办法的通知"
    found = bare_organ_government("市人民政府", title)
    assert (found.name, found.level) == ("湖北省咸宁市", Level.CITY)
    assert placed_organ("市人民政府", found) == "咸宁市人民政府"


def test_a_bare_organ_stays_bare_where_its_title_names_no_place_of_its_level():
    """caidian-2023-gov-report-tasks-part's title (eval/real/docs/dev): 2023年区《政府工作报告》 names no place."""
    title = "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知"
    found = bare_organ_government("区人民政府办公室", title)
    assert (found.name, found.level) == (None, Level.COUNTY)
    assert placed_organ("区人民政府办公室", found) == "区人民政府办公室"
    # a city's place given to a district's organ is not its own
    assert placed_organ("区人民政府", government_of("湖北省咸宁市")) == "区人民政府"
    # a province not called 省 keeps its organ's name as written
    assert placed_organ("省人民政府", government_of("广西壮族自治区")) == "省人民政府"



def test_a_news_lead_names_the_document_without_the_reported_act():
    """h22r-anhui-key-work-responsibility-part's lead (eval/real/docs/dev; the repost lost the year's digits)."""
    lead = ("新安晚报安徽网大皖新闻讯据安徽省人民政府网消息,近日,安徽省人民政府发布关于年重点工作及责任分解的通知。\n"
            "通知称,根据省十三届人大五次会议审议通过的《政府工作报告》,省政府第次常务会议研究确定了年13个方面项重点工作")
    assert title_from_text(lead) == "安徽省人民政府关于年重点工作及责任分解的通知"
