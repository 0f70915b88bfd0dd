"""A role word (一把手, 主要负责人, 法定代表人) answering 由谁: the text gives the duty to a person's position, not a
body, so the clause is the answer as content. Real sentences from a dev document and two laws; no model needed."""

from __future__ import annotations

import pytest

from assistant.answering.chain import role_actor


@pytest.mark.parametrize(
    ("question", "text", "role"),
    [
        # 菏政办字〔2023〕1号 一
        ("菏泽要求各县区、各部门落实这个方案，由谁负总责、亲自抓？",
         "强化组织领导,坚持 “一把手”负总责、亲自抓,对照《方案》所承担的目标任务,认真学习研究", "一把手"),
        ("落实方案谁来负总责？", "强化组织领导,坚持 “一把手”负总责、亲自抓", "一把手"),
        # a division-of-tasks notice (dev)
        ("各责任单位落实目标任务由谁负总责？", "建立主要负责人负总责、分管负责人具体抓、相关责任处室抓落实的工作机制", "主要负责人"),
        # 安全生产法 / a smoking-control law
        ("单位的安全生产工作由谁负责？", "（一）由主要负责人负责单位安全生产工作，并设置安全生产管理机构", "主要负责人"),
        ("本单位的控制吸烟工作谁来负责？", "其法定代表人或者主要负责人负责本单位的控制吸烟工作。", "主要负责人"),
    ],
)
def test_a_role_acting_the_asked_duty_answers_who(question, text, role):
    assert role_actor(question, text) == role


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("这项工作由哪个部门负责？", "由主要负责人负责单位安全生产工作"),  # a body is asked
        ("由谁负总责？", "各级人民政府对本行政区域耕地保护负总责。"),  # no role: a unit's duty
        ("由谁负总责？", "主要负责人要亲自部署。"),  # the role does another thing than the one asked
    ],
)
def test_no_role_answer(question, text):
    assert role_actor(question, text) is None
