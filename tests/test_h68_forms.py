"""Forms met on real-dev's blind batches (h62d–h70d), each checked as the general rule it is an instance of:

* a level word before a measure asked (市级农业产业化龙头企业) qualifies the measure's head (龙头企业), which the text
  may write with other words inside (农业产业化省级重点龙头企业): where every place the text names that head is led
  by other levels, the asked level's amount is not in the text;
* 里 "in" before a county (文保里泸县) is no part of its name;
* a page table's 发文字号 cell may hold a 文号 with no year (内政办19号), as county offices write them;
* a 文号 and a date opening a line whose text runs on after them (鄂政办发[1997]69号 1997年6月18日经研究,…) are the
  document's, and a paper repository's caption (论文部分内容阅读) is no title;
* an untitled regulation whose history line names the one order that published it (2021年12月25日甘肃省人民政府令
  第160号公布) is known by that order's number and issuer; the date it takes effect from (自2022年3月1日起施行) is its
  effect, not the version's date;
"""

from __future__ import annotations

import pytest

from assistant.answering.measures import other_level
from assistant.answering.question import named_places
from assistant.corpus.parser import parse_text

_LEADING_FIRMS = ("参照省厅对新认定国家级重点龙头企业每家奖补100万元的政策,经市政府分管领导同意,2025年市级对新认定"
                  "农业产业化省级重点龙头企业每家奖补30万元")


@pytest.mark.parametrize(("question", "levels"), [
    ("对新认定的市级农业产业化龙头企业奖多少钱？", "国家级、省级"),  # the head 龙头企业 is led by 国家级 and 省级 only
    ("新认定的县级重点龙头企业每家奖补多少？", "国家级、省级"),
    ("对新认定的省级农业产业化龙头企业奖多少钱？", None),  # the level asked is written before the head
    ("国家级重点龙头企业奖补多少？", None),
])
def test_a_level_qualifies_the_head_of_the_measure_asked(question, levels):
    assert other_level(question, _LEADING_FIRMS) == levels


def test_a_head_named_without_a_level_may_hold_at_every_level():
    text = "对新认定的龙头企业给予10万元奖励；对农业产业化省级重点龙头企业另奖20万元"
    assert other_level("对新认定的市级农业产业化龙头企业奖多少钱？", text) is None


def test_a_word_meaning_in_before_a_county_is_no_part_of_its_name():
    assert named_places("泸州第六批市级文保里泸县大岩寺古寨的保护范围是什么？") == ("泸县",)
    assert named_places("补助资金里安溪县能拿多少？") == ("安溪县",)


@pytest.mark.parametrize(("cell", "number"), [("内政办19号", "内政办19号"), ("宁政发〔2006〕86号", "宁政发〔2006〕86号"),
                                              ("无", None), ("2014年第19号文件", None)])
def test_a_table_number_cell_may_hold_a_number_with_no_year(cell, number):
    text = "\n".join([f"发文字号:{cell}", "内乡县人民政府办公室关于印发人工影响天气工作计划的通知", "各乡镇人民政府:",
                      "现将计划印发给你们,请认真贯彻执行。", "2014年4月8日"])
    assert parse_text(text, "neixiang", "neixiang.txt", "0").number == number


def test_a_number_and_date_opening_a_run_on_line_are_the_documents():
    text = "\n".join(["论文部分内容阅读", "鄂政办发[1997]69号 1997年6月18日经研究,省人民政府同意省地矿厅《关于进一步整顿和维护"
                      "矿业秩序的意见》,现予转发,请认真遵照执行。一批非法采矿点被取缔,乱采滥挖现象得到有效制止。"])
    document = parse_text(text, "hubei", "hubei.txt", "0")
    assert (document.number, document.date, document.region) == ("鄂政办发〔1997〕69号", "1997-06-18", "湖北")
    assert document.title != "论文部分内容阅读"
    assert document.clauses and document.clauses[0].text.startswith("经研究")  # the text run on is kept, not lost


def test_an_untitled_regulation_is_known_by_the_order_that_published_it():
    text = "\n".join(["(2021年12月20日十三届省政府第157次常务会议审议通过2021年12月25日甘肃省人民政府令第160号公布"
                      "自2022年3月1日起施行)", "第一章总则", "第一条为了健全和落实消防安全责任制,制定本办法。",
                      "第二条本省行政区域内消防安全责任的落实和监督管理适用本办法。"])
    document = parse_text(text, "gansu", "gansu.txt", "0")
    assert (document.number, document.issuer, document.region) == ("甘肃省人民政府令第160号", "甘肃省人民政府", "甘肃")
    assert (document.date, document.effective_date) == ("2021-12-25", "2022-03-01")


def test_a_titled_law_keeps_its_title_for_its_number():
    text = "\n".join(["中华人民共和国某某条例", "(1996年5月27日国务院令第197号发布)", "第一条为了规范某某,制定本条例。",
                      "第二条本条例自发布之日起施行。"])
    assert parse_text(text, "law", "law.txt", "0").number is None
