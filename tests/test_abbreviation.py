"""Abbreviations written out in a text (assistant/lexicon/abbreviation.py)."""

from __future__ import annotations

import pytest

from assistant.lexicon.abbreviation import abbreviates


@pytest.mark.parametrize(
    "word, text",
    [
        ("社保", "平稳有序实施企业职工基本养老保险缴费比例、缴费基数统一政策，保持企业社会保险缴费成本预期稳定"),
        ("降费", "实施阶段性降低费率政策"),
        ("残联", "市残疾人联合会"),
        ("医保", "市医疗保障局"),
    ],
)
def test_a_short_word_is_found_written_out(word, text):
    assert abbreviates(word, text)


@pytest.mark.parametrize(
    "word, text",
    [
        ("残保金", "征收残疾人就业保障金"),  # 残…保 four characters apart: too far to be sure
        ("社保", "社会，保险"),  # not within one phrase
        ("火星移民", "推进移民搬迁和火电机组改造"),  # out of order
        ("信息消费规模", "信息……消费……规模"),  # too long to be an abbreviation
    ],
)
def test_characters_far_apart_out_of_order_or_across_phrases_are_not(word, text):
    assert not abbreviates(word, text)
