"""Forms met on real-dev's blind batches (h62d–h70d), each checked as the general rule it is an instance of:

* a level word before a measure asked (市级农业产业化龙头企业) qualifies the measure's head (龙头企业), which the text
  may write with other words inside (农业产业化省级重点龙头企业): where every place the text names that head is led
  by other levels, the asked level's amount is not in the text;
"""

from __future__ import annotations

import pytest

from assistant.answering.measures import other_level

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
