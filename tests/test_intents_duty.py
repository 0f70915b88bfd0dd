"""What a named unit or role must do (市发展改革委还要负责做好哪方面的工作, 对各牵头单位提了什么要求) is a content
question about the clauses where it acts — never a request for units; a who-word keeps a responsibility question."""

from __future__ import annotations

import pytest

from assistant.answering.intents import Intent, Slot, detect_intent, detect_slot, refine_intent


def _read(question: str) -> tuple[Intent, Slot]:
    intent = detect_intent(question) or Intent.CONTENT
    slot = detect_slot(question, intent)
    return refine_intent(question, intent, slot), slot


@pytest.mark.parametrize(
    "question",
    [
        "菏泽的方案里，市发展改革委除了督导调度，还要负责做好哪方面的工作？",
        "菏泽那个绿色低碳分工落实方案，对各牵头单位提了什么要求？",
        "配合单位有什么要求？",
        "对主管部门提出了哪些要求？",
        "负责的部门要做哪些事？",
        "牵头单位还要干些什么？",
        "文件对各参与单位有什么要求？",
        "县里的主要负责同志要抓好哪方面的工作？",
    ],
)
def test_what_a_unit_or_role_must_do_is_content(question):
    assert _read(question) == (Intent.CONTENT, Slot.CONTENT)


@pytest.mark.parametrize(
    "question",
    [
        "这项工作由什么部门负责？",
        "推进一址多照由谁来负责？",
        "跨境电商支付试点归哪个部门管？",
        "哪个部门负责统筹？",
        "牵头单位是哪个？",
        "配合的单位有哪些？",
        "督导调度工作由哪个单位负责？",
    ],
)
def test_a_who_word_keeps_the_units_question(question):
    assert _read(question) == (Intent.RESPONSIBILITY, Slot.UNITS)


def test_a_units_task_list_stays_a_list():
    assert detect_intent("市财政局负责哪些工作？") is Intent.LIST
    assert detect_intent("省发改委在这个方案里主要负责什么？") is Intent.LIST
