"""Page chrome and reading aids removed before a text is parsed (assistant/corpus/cleaning.py), each form
checked on lines of the real pages it was seen on (eval/real/docs/dev), with the real bracketed Latin and
metadata rows of other documents that must stay as they are.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus.cleaning import info_bar, split_glued_title, strip_page_furniture, strip_ruby
from assistant.corpus.loader import read_text
from assistant.corpus.pagetable import read_meta_table
from assistant.corpus.parser import parse_text
from assistant.lexicon.regions import to_simplified

DEV = Path(__file__).resolve().parents[1] / "eval" / "real" / "docs" / "dev"


def page(name: str) -> str:
    """A dev document's text as the parser's cleaning sees it: glosses off, simplified script."""
    return to_simplified(strip_ruby(read_text(DEV / name)))


def parse(name: str):
    path = DEV / name
    return parse_text(read_text(path), path.stem, path.name, "")


# --- pinyin glosses -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("glossed, clean", [
    # four pages of three sites, each glossing the characters it thinks rare
    ("蘇州工業(yè)園區(qū)支持服務(wù)業(yè)企業(yè)營收增長相關(guān)問答", "蘇州工業園區支持服務業企業營收增長相關問答"),
    ("各市人民政府,各縣(市、區(qū))人民政府,省政府各部門、各直屬機構(gòu),各大企業(yè)",
     "各市人民政府,各縣(市、區)人民政府,省政府各部門、各直屬機構,各大企業"),
    ("黑政辦發(fā)〔2005〕49號", "黑政辦發〔2005〕49號"),
    ("各省級工業(yè)和信息化主管部門(mén)推薦數(shù)量", "各省級工業和信息化主管部門推薦數量"),
])
def test_ruby_glosses_after_characters_go(glossed, clean):
    assert strip_ruby(glossed) == clean


@pytest.mark.parametrize("kept", [
    # bracketed Latin of real laws and dev texts: abbreviations, units, English words, no tone marks
    "贷款市场报价利率（LPR）", "车辆识别代号（VIN）", "100兆比特(Mbps)", "软件即服务（SaaS）",
    "开源软件(opensource)", "互联网数据中心（IDC）", "政府和社会资本合作(PPP)", "人工智能(AI)", "中央商务区(CBD)",
    "国内生产总值(GDP)", "暂行办法(试行)", "(2023)", "（一）",
])
def test_bracketed_latin_that_is_no_gloss_stays(kept):
    assert strip_ruby(kept) == kept


def test_glossed_page_reads_as_its_text():
    doc = parse("h23d-suzhou-sip-2025-service-revenue-award-qa-trad.txt")
    text = "\n".join([doc.title, *(c.text for c in doc.clauses)])
    assert "(" not in text and "业" in text


# --- the info bar under a title -------------------------------------------------------------------------------

@pytest.mark.parametrize("line, kept", [
    ("时间: 2025-03-05 14:58:00 |来源: |浏览量:|字号:", "发布时间: 2025-03-05 14:58:00"),  # h23d-suzhou-sip
    ("浏览量:          时间:2021-02-07 10:13:39", "发布时间: 2021-02-07 10:13:39"),  # heilongjiang-2005
    ("浏览量:          时间:2015-04-12 10:32:00", "发布时间: 2015-04-12 10:32:00"),  # h22r-shandong-2015
    ("发布日期: 2023-03-01 14:41 浏览次数: 来源: 温州市人民政府办公室 字体:[ ]",  # wenzhou-2023-rural
     "发布日期: 2023-03-01 14:41  来源: 温州市人民政府办公室"),
    ("来源: | 作者:秘书处 | 发布时间: 2024-03-29 | 2106 次浏览 | 分享到:",  # shenzhen-nanshan-2024
     "作者: 秘书处  发布时间: 2024-03-29"),
    ("发布时间:2020-10-21 16:21 来源:宣城市卫生健康委员会 浏览次数: 字体:[ ]",  # xuancheng-2020 (html)
     "发布时间: 2020-10-21 16:21  来源: 宣城市卫生健康委员会"),
    ("发布时间:2023-7-03 | 杂志分类:其他", "发布时间: 2023-7-03"),  # h23d-wenzhou compilation (magazine site)
])
def test_info_bar_keeps_its_date_and_source(line, kept):
    assert info_bar(line) == kept


def test_info_bar_fields_are_read_by_the_page_table():
    table = read_meta_table(["苏州工业园区支持服务业企业营收增长相关问答", "", info_bar("时间: 2025-03-05 14:58:00 |来源: |浏览量:|字号:")])
    assert table.fields.get("published") == "2025-03-05 14:58:00"


@pytest.mark.parametrize("line", [
    "来源:辽阳市市场监管局      发布时间:2023-07-31",  # no counter or widget: a page-table row, left to it
    "来源: 时间: 2018-03-13",
    "发文字号：\t国办函〔2006〕82号\t发布日期：\t2018年12月24日",
    "发布日期:2013-07-02 12:41 信息来源:自治区人民政府办公厅",
    "第二十五条 广播、电视等媒体应当标明发布时间和发布的气象台站名称，浏览量：不计。",  # a sentence
])
def test_rows_that_are_no_info_bar_stay(line):
    assert info_bar(line) is None
    assert strip_page_furniture(line) == line


# --- widget lines, breadcrumbs and a column heading above them ---------------------------------------------------

@pytest.mark.parametrize("name, gone, kept", [
    ("h23d-suzhou-sip-2025-service-revenue-award-qa-trad.txt", ["分享到", "当前位置", "浏览量", "字号"],
     ["苏州工业园区支持服务业企业营收增长相关问答", "发布时间: 2025-03-05", "奖励金额最高500万元"]),
    ("h23d-wenzhou-2023-economy-policies-compilation-part.txt", ["免费制作", "更多内容", "杂志分类"],
     ["半年度(6月)政策汇编 乐清", "发布时间: 2023-7-03", "关于推动经济高质量发展的若干政策为深入贯彻"]),
    ("h23d-suzhou-gusu-2025-economy-policies-part.txt", ["详细信息", "更新时间"],
     ["保护区、姑苏区关于进一步推动经济高质量 发展的若干政策意见", "发布时间: 2025-01-07"]),
    ("neimenggu-2013-gov-work-rules-part.txt", ["当前位置", "首页 >"],
     ["内蒙古自治区人民政府关于印发《内蒙古自治区人民政府工作规则》的通知", "信息来源:自治区人民政府办公厅"]),
    ("guobanfa-2018-123-gov-new-media.txt", ["扫一扫在手机打开当前页"], ["国办发〔2018〕123号"]),
    ("guobanhan-2005-21-water-saving-reply.txt", ["扫一扫在手机打开当前页"], ["国办函〔2005〕21号"]),
])
def test_page_furniture_goes_and_the_text_stays(name, gone, kept):
    text = strip_page_furniture(page(name))
    for word in gone:
        assert word not in text, word
    for words in kept:
        assert words in text, words


def test_breadcrumb_and_the_column_heading_it_ends_with_go():
    # the page repeats its breadcrumb's last crumb (就业创业) as a heading above the title
    lines = [line for line in strip_page_furniture(page("h23d-suzhou-sip-2025-service-revenue-award-qa-trad.txt"))
             .split("\n") if line.strip()]
    assert lines[0] == "苏州工业园区支持服务业企业营收增长相关问答"
    # an html page's breadcrumb, its label 您现在所在的位置 and its separators spaced unevenly
    text = strip_page_furniture(page("xuancheng-2020-health-plan-meeting-notice.html"))
    assert "网站首页" not in text and "关于召开《健康宣城行动实施方案(代拟稿)》征求意见会的预通知" in text


def test_a_heading_that_is_no_crumb_stays():
    text = "当前位置: 首页 > 政务公开 > 通知公告\n通知公告\n关于做好2024年春耕生产的通知\n各乡镇人民政府:"
    assert strip_page_furniture(text).split("\n") == ["关于做好2024年春耕生产的通知", "各乡镇人民政府:"]
    text = "首页\n关于做好2024年春耕生产的通知\n一、总体要求"  # no breadcrumb: 首页 is left to the header reader
    assert strip_page_furniture(text) == text


# --- a compilation's running header, and a title glued to the opening sentence --------------------------------

def test_running_header_and_page_number_are_cut_off():
    text = strip_page_furniture(page("h23d-wenzhou-2023-economy-policies-compilation-part.txt"))
    assert "湖州市政策篇443" not in text and "\n关于推动经济高质量发展的若干政策为深入贯彻" in text
    # a sentence that starts with a place and a number is no running header
    for line in ("温州市2023年推动经济高质量发展", "全市篇目共3篇"):
        assert strip_page_furniture(line) == line


def test_title_glued_to_the_opening_sentence_is_split():
    lines = strip_page_furniture(page("h23d-wenzhou-2023-economy-policies-compilation-part.txt")).split("\n")
    out = split_glued_title(lines)
    assert "关于推动经济高质量发展的若干政策" in out
    assert any(line.startswith("为深入贯彻落实中央、省委经济工作会议精神") for line in out)
    # the preamble of a text that starts with no title is left whole
    body = ["各县(市、区)人民政府:", "根据有关规定为进一步加强管理，现通知如下。"]
    assert split_glued_title(body) == body


def test_compilation_page_parses_its_policy_text():
    doc = parse("h23d-wenzhou-2023-economy-policies-compilation-part.txt")
    texts = {c.path: c.text for c in doc.clauses}
    assert texts["序言"].startswith("为深入贯彻落实")
    assert "政策篇" not in "\n".join(texts.values())
    assert "40.1 亿元" in texts["一1"]


# --- a law mirror's page: navigation bar, info bar, download link, issuers under the title -------------------

def test_law_mirror_chrome_goes_and_its_date_and_source_stay():
    text = strip_page_furniture(page("h29d-mofcom-2007-15-franchise-filing-measures-part.txt"))
    for gone in ("热门站点", "设为首页", "浏览", "点击此处下载"):
        assert gone not in text, gone
    assert "发布时间: 2024-06-29" in text and "来源: 法律资料网" in text
    # a line of | that is a table row or a sentence is no navigation bar
    kept = "序号 | 项目名称 | 补助标准 | 备注\n企业申报，经审核后 | 按季度拨付"
    assert strip_page_furniture(kept) == kept


@pytest.mark.parametrize("name, issuer, level", [
    ("h29d-caijian-2013-644-energy-saving-cars-notice-part.txt", "财政部、国家发展和改革委员会、工业和信息化部", "国家"),
    ("h29d-hebei-2001-3-intermediary-fees-measures-part.txt", "河北省人民政府", "省"),
    ("h29d-guojifanggai-2011-236-maintenance-fund-notice.txt", "国务院机关事务管理局", "国家"),
])
def test_issuers_on_the_line_under_a_title_are_read(name, issuer, level):
    doc = parse(name)
    assert doc.issuer == issuer and doc.level.value == level
    assert not doc.title.startswith("热门站点")


def test_a_mirror_stamp_of_another_year_than_the_number_does_not_date_the_text():
    doc = parse("h29d-caijian-2013-644-energy-saving-cars-notice-part.txt")
    assert doc.number == "财建〔2013〕644号" and doc.date is None
    # a gov.cn page's 发布时间 in the number's year still dates the text
    assert parse("guobanfa-2018-123-gov-new-media.txt").date.startswith("2018")
