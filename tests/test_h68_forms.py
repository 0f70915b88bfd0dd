"""Forms met on real-dev's blind batches (h62d–h70d), each checked as the general rule it is an instance of:

* a level word before a measure asked (市级农业产业化龙头企业) qualifies the measure's head (龙头企业), which the text
  may write with other words inside (农业产业化省级重点龙头企业): where every place the text names that head is led
  by other levels, the asked level's amount is not in the text;
* 里 "in" before a county (文保里泸县) is no part of its name;
* a page table's 发文字号 cell may hold a 文号 with no year (内政办19号), as county offices write them;
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
